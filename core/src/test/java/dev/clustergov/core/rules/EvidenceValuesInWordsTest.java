package dev.clustergov.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clustergov.core.finance.Period;
import dev.clustergov.core.kernel.Language;
import dev.clustergov.core.kernel.Text;
import dev.clustergov.core.organization.OrganizationId;
import dev.clustergov.core.policy.Parameters;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Decision 0525, each kind of value a rule gives as evidence said in words, one by one, the expected words written by
 * hand (not read back from {@link Evidence}): what {@link EvidenceWordsTest} shows for the common kinds, here for every
 * branch — nothing, a said value, a parameter, an optional, a number, a yes or no, a period, a list, a map, and the texts
 * a rule builds (nothing, several, a date range, a date, a clause, an actor, a record's id, plain Chinese).
 */
class EvidenceValuesInWordsTest {

  private static Text words(Object v) {
    return Text.of(Evidence.words(v, Language.ZH), Evidence.words(v, Language.EN));
  }

  @Test
  void nothingIsSaidAsNothing() {
    assertThat(words(null)).isEqualTo(Text.of("无", "none"));
    assertThat(words(Optional.empty())).isEqualTo(Text.of("无", "none"));
    assertThat(words(List.of())).isEqualTo(Text.of("无", "none"));
    assertThat(words(Map.of())).isEqualTo(Text.of("无", "none"));
    assertThat(words("none")).isEqualTo(Text.of("无", "none"));
    assertThat(words("")).isEqualTo(Text.of("无", "none"));
    assertThat(words(Arrays.asList((Object) null))).isEqualTo(Text.of("无", "none"));
  }

  @Test
  void aValueOfTheDomainIsSaidByWhatItIs() {
    assertThat(words(Evidence.said("national", "国家级集群", "national-level cluster"))).isEqualTo(Text.of("国家级集群", "national-level cluster"));
    // decision 0565: a parameter by what it sets in Chinese, its key only in the English
    assertThat(words(Parameters.CAPITAL_MINIMUM_NATIONAL)).isEqualTo(Text.of("国家级集群的集群发展促进组织最低注册资金（元）",
        "Minimum registered capital of a PO of a national-level cluster (yuan) (capital.minimum.national)"));
    assertThat(words(Parameters.INCENTIVE_TALENT_AMOUNTS)).isEqualTo(Text.of("每引进一名人才的奖励金额",
        "Amount per talent attracted, by level (incentive.talentAmounts)"));
    assertThat(words(Optional.of(LocalDate.of(2026, 1, 1)))).isEqualTo(Text.of("2026年1月1日", "1 January 2026"));
    assertThat(words(new BigDecimal("1.50"))).isEqualTo(Text.of("1.50", "1.50"));
    assertThat(words(Boolean.TRUE)).isEqualTo(Text.of("是", "yes"));
    assertThat(words(Boolean.FALSE)).isEqualTo(Text.of("否", "no"));
    assertThat(words(new Period(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31))))
        .isEqualTo(Text.of("2026年1月1日至2026年12月31日", "1 January 2026 to 31 December 2026"));
    assertThat(words(new OrganizationId("org-000001"))).isEqualTo(Text.of("“org-000001”", "org-000001"));
    // decision 0565: an operation by its name, never the command's identifier inside Chinese
    assertThat(words(CommandName.of("RecogniseOrganization"))).isEqualTo(Text.of("“认定”", "recognise the PO"));
  }

  @Test
  void aListAndAMapAreSaidPartByPart() {
    List<Object> two = new ArrayList<>(List.of("2026-01-01", "2026-02-01"));
    assertThat(words(two)).isEqualTo(Text.of("2026年1月1日、2026年2月1日", "1 January 2026, 1 February 2026"));
    Map<String, Object> one = new LinkedHashMap<>();
    one.put("org-000001", LocalDate.of(2026, 1, 1));
    assertThat(words(one)).isEqualTo(Text.of("“org-000001”：2026年1月1日", "org-000001: 1 January 2026"));
    one.put("org-000002", Boolean.TRUE);
    assertThat(words(one)).isEqualTo(Text.of("“org-000001”：2026年1月1日；“org-000002”：是", "org-000001: 1 January 2026; org-000002: yes"));
  }

  @Test
  void aTextARuleBuiltIsSaidInWords() {
    assertThat(words("2026-01-01; 2026-02-01")).isEqualTo(Text.of("2026年1月1日；2026年2月1日", "1 January 2026; 1 February 2026"));
    assertThat(words("2026-01-01..2026-12-31")).isEqualTo(Text.of("2026年1月1日至2026年12月31日", "1 January 2026 to 31 December 2026"));
    assertThat(words("2026-03-04")).isEqualTo(Text.of("2026年3月4日", "4 March 2026"));
    // shaped like a day, but no day: left as it is
    assertThat(words("2026-02-30")).isEqualTo(Text.of("2026-02-30", "2026-02-30"));
    assertThat(words("Art.7(1)")).isEqualTo(Text.of("第七条第（一）项", "Art.7(1)"));
    assertThat(words("authority:authority-1")).isEqualTo(Text.of("工业和信息化主管部门", "supervising authority"));
    assertThat(words("public")).isEqualTo(Text.of("社会公众", "the public"));
    assertThat(words("member:org-1/某公司")).isEqualTo(Text.of("成员单位“某公司”", "member unit 某公司"));
    assertThat(words("member-000004")).isEqualTo(Text.of("“member-000004”", "member-000004"));
    assertThat(words("某公司")).isEqualTo(Text.of("某公司", "某公司"));
  }
}
