package dev.clustergov.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clustergov.core.ip.IpActivity;
import dev.clustergov.core.ip.Ownership;
import dev.clustergov.core.ip.Party;
import dev.clustergov.core.ip.PartyKind;
import dev.clustergov.core.ip.Terms;
import dev.clustergov.core.ip.UseRight;
import dev.clustergov.core.organization.ImmutablePromotionOrganization;
import dev.clustergov.core.organization.PromotionOrganization;
import dev.clustergov.core.testkit.fixtures.Fixtures;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Art.16 (第十六条): 明确政府、集群发展促进组织、合作共建单位等各方在知识产权创造、保护和运用中的责任和义务，以及知识产权的归属、使用和利益分配.
 * {@link IpRules#checkTerms} is checked here on its own, one term broken at a time from terms written out by hand
 * (each of the five guards on both sides), so that a use case re-checking the terms is not the only witness.
 */
class IpTermsTest {

  static final String GOV = "苏州市澄湖产业园管理委员会";
  static final String PO_NAME = "苏州纳米新材料产业集群发展促进会";
  static final String PARTNER = "苏州某纳米研究院";
  static final String STRANGER = "未列为协议方的公司";

  static final PromotionOrganization PO = ImmutablePromotionOrganization.copyOf(Fixtures.compliantOrganization()).withName(PO_NAME);

  /** Terms as Art.16 asks, built by hand: each part may be replaced by a test. */
  record T(List<Party> parties, Map<IpActivity, SortedSet<String>> duties, List<Ownership> ownership, List<UseRight> useRights,
      Map<String, String> shares) {

    static T good() {
      Map<IpActivity, SortedSet<String>> duties = new EnumMap<>(IpActivity.class);
      duties.put(IpActivity.CREATION, set(PARTNER));
      duties.put(IpActivity.PROTECTION, set(PO_NAME));
      duties.put(IpActivity.UTILISATION, set(GOV, PARTNER));
      return new T(
          List.of(new Party(GOV, PartyKind.GOVERNMENT), new Party(PO_NAME, PartyKind.PROMOTION_ORGANIZATION),
              new Party(PARTNER, PartyKind.PARTNER)),
          duties,
          List.of(new Ownership("联合研发形成的专利", set(PO_NAME, PARTNER))),
          List.of(new UseRight(GOV, "公益性推广使用")),
          Map.of(GOV, "10", PO_NAME, "30", PARTNER, "60"));
    }

    Terms terms() {
      TreeMap<String, BigDecimal> s = new TreeMap<>();
      shares.forEach((k, v) -> s.put(k, new BigDecimal(v)));
      return new Terms(parties, duties, ownership, useRights, s);
    }

    T parties(Party... p) {
      return new T(List.of(p), duties, ownership, useRights, shares);
    }

    T duty(IpActivity a, String... who) {
      Map<IpActivity, SortedSet<String>> d = new EnumMap<>(duties);
      if (who.length == 0) {
        d.remove(a);
      } else {
        d.put(a, set(who));
      }
      return new T(parties, d, ownership, useRights, shares);
    }

    T withOwnership(Ownership... o) {
      return new T(parties, duties, List.of(o), useRights, shares);
    }

    T withUseRights(UseRight... u) {
      return new T(parties, duties, ownership, List.of(u), shares);
    }

    T shares(Map<String, String> s) {
      return new T(parties, duties, ownership, useRights, s);
    }
  }

  static SortedSet<String> set(String... names) {
    return new TreeSet<>(List.of(names));
  }

  static List<String> guards(T t) {
    return IpRules.checkTerms(t.terms(), PO).stream().map(Finding::rule).toList();
  }

  static Finding only(T t) {
    List<Finding> f = IpRules.checkTerms(t.terms(), PO);
    assertThat(f).hasSize(1);
    return f.get(0);
  }

  @Test
  void terms_naming_every_party_duty_owner_user_and_a_hundred_per_cent_pass() {
    assertThat(IpRules.checkTerms(T.good().terms(), PO)).isEmpty();
  }

  // ---- A16-parties: 政府、集群发展促进组织、合作共建单位等各方 ---------------------------------------------

  @Test
  void terms_without_a_government_party_fail_only_the_parties_guard() {
    T t = T.good().parties(new Party(GOV, PartyKind.PARTNER), new Party(PO_NAME, PartyKind.PROMOTION_ORGANIZATION),
        new Party(PARTNER, PartyKind.PARTNER));
    Finding f = only(t);
    assertThat(f.rule()).isEqualTo("A16-parties");
    assertThat(f.evidence()).extracting(Evidence::toString).containsExactly("government=[]",
        "promotionOrganization=[" + PO_NAME + "]", "expectedPromotionOrganization=" + PO_NAME,
        "partners=[" + GOV + ", " + PARTNER + "]");
  }

  @Test
  void terms_without_a_partner_fail_only_the_parties_guard() {
    T t = T.good().parties(new Party(GOV, PartyKind.GOVERNMENT), new Party(PO_NAME, PartyKind.PROMOTION_ORGANIZATION),
        new Party(PARTNER, PartyKind.GOVERNMENT));
    assertThat(guards(t)).containsExactly("A16-parties");
  }

  @Test
  void terms_whose_promotion_organization_is_another_po_or_missing_or_doubled_fail_the_parties_guard() {
    Party gov = new Party(GOV, PartyKind.GOVERNMENT);
    Party partner = new Party(PARTNER, PartyKind.PARTNER);
    T other = T.good().parties(gov, new Party(PO_NAME, PartyKind.PARTNER), partner);
    assertThat(guards(other)).containsExactly("A16-parties");
    T two = T.good().parties(gov, new Party(PO_NAME, PartyKind.PROMOTION_ORGANIZATION), partner,
        new Party("另一促进会", PartyKind.PROMOTION_ORGANIZATION));
    assertThat(guards(two)).containsExactly("A16-parties");
  }

  // ---- A16-duties: 创造、保护和运用中的责任和义务 --------------------------------------------------------

  @Test
  void each_unassigned_activity_is_named_and_nothing_else_fails() {
    for (IpActivity a : IpActivity.values()) {
      Finding f = only(T.good().duty(a));
      assertThat(f.rule()).isEqualTo("A16-duties");
      assertThat(f.evidence()).extracting(Evidence::toString).containsExactly("unassigned=[" + a.name() + "]", "notParties=[]");
    }
  }

  @Test
  void an_activity_assigned_to_an_empty_set_is_unassigned() {
    Map<IpActivity, SortedSet<String>> d = new EnumMap<>(T.good().duties());
    d.put(IpActivity.PROTECTION, new TreeSet<>());
    T t = new T(T.good().parties(), d, T.good().ownership(), T.good().useRights(), T.good().shares());
    assertThat(only(t).evidence()).extracting(Evidence::toString).containsExactly("unassigned=[PROTECTION]", "notParties=[]");
  }

  @Test
  void a_duty_carried_by_someone_not_a_party_fails_naming_the_stranger() {
    Finding f = only(T.good().duty(IpActivity.CREATION, PARTNER, STRANGER));
    assertThat(f.rule()).isEqualTo("A16-duties");
    assertThat(f.evidence()).extracting(Evidence::toString).containsExactly("unassigned=[]", "notParties=[" + STRANGER + "]");
  }

  // ---- A16-ownership: 知识产权的归属 ---------------------------------------------------------------------

  @Test
  void terms_without_an_ownership_clause_fail_the_ownership_guard() {
    Finding f = only(T.good().withOwnership());
    assertThat(f.rule()).isEqualTo("A16-ownership");
    assertThat(f.evidence()).extracting(Evidence::toString).containsExactly("clauses=0", "notParties=[]", "withoutOwner=[]");
  }

  @Test
  void a_result_owned_by_no_one_or_by_a_stranger_fails_the_ownership_guard() {
    Finding ownerless = only(T.good().withOwnership(new Ownership("联合研发形成的专利", set(PO_NAME)), new Ownership("公共检测方法", set())));
    assertThat(ownerless.rule()).isEqualTo("A16-ownership");
    assertThat(ownerless.evidence()).extracting(Evidence::toString)
        .containsExactly("clauses=2", "notParties=[]", "withoutOwner=[公共检测方法]");
    Finding stranger = only(T.good().withOwnership(new Ownership("联合研发形成的专利", set(PO_NAME, STRANGER))));
    assertThat(stranger.evidence()).extracting(Evidence::toString)
        .containsExactly("clauses=1", "notParties=[" + STRANGER + "]", "withoutOwner=[]");
  }

  // ---- A16-use-rights: 知识产权的使用 ---------------------------------------------------------------------

  @Test
  void terms_without_a_use_right_or_with_a_strangers_fail_the_use_rights_guard() {
    Finding none = only(T.good().withUseRights());
    assertThat(none.rule()).isEqualTo("A16-use-rights");
    assertThat(none.evidence()).extracting(Evidence::toString).containsExactly("useRights=0", "notParties=[]");
    Finding stranger = only(T.good().withUseRights(new UseRight(GOV, "推广"), new UseRight(STRANGER, "实施")));
    assertThat(stranger.evidence()).extracting(Evidence::toString).containsExactly("useRights=2", "notParties=[" + STRANGER + "]");
  }

  // ---- A16-benefit-shares: 利益分配, each share above zero, exactly 100 % -------------------------------

  @Test
  void shares_summing_to_one_ten_thousandth_below_or_above_a_hundred_fail_and_exactly_a_hundred_passes() {
    assertThat(guards(T.good().shares(Map.of(GOV, "10", PO_NAME, "30", PARTNER, "60.0000")))).isEmpty();
    Finding below = only(T.good().shares(Map.of(GOV, "10", PO_NAME, "30", PARTNER, "59.9999")));
    assertThat(below.rule()).isEqualTo("A16-benefit-shares");
    assertThat(below.evidence()).extracting(Evidence::toString)
        .containsExactly("sum=99.9999", "required=100", "notPositive=[]", "notParties=[]");
    assertThat(guards(T.good().shares(Map.of(GOV, "10", PO_NAME, "30", PARTNER, "60.0001")))).containsExactly("A16-benefit-shares");
  }

  @Test
  void a_zero_or_negative_share_fails_even_when_the_sum_is_a_hundred_and_the_smallest_positive_share_passes() {
    Finding zero = only(T.good().shares(Map.of(GOV, "0", PO_NAME, "40", PARTNER, "60")));
    assertThat(zero.evidence()).extracting(Evidence::toString)
        .containsExactly("sum=100.0000", "required=100", "notPositive=[" + GOV + "]", "notParties=[]");
    assertThat(guards(T.good().shares(Map.of(GOV, "-10", PO_NAME, "50", PARTNER, "60")))).containsExactly("A16-benefit-shares");
    assertThat(guards(T.good().shares(Map.of(GOV, "0.0001", PO_NAME, "39.9999", PARTNER, "60")))).isEmpty();
  }

  @Test
  void a_share_for_someone_not_a_party_fails_and_no_shares_at_all_fail() {
    Finding stranger = only(T.good().shares(Map.of(GOV, "10", PO_NAME, "30", STRANGER, "60")));
    assertThat(stranger.evidence()).extracting(Evidence::toString)
        .containsExactly("sum=100.0000", "required=100", "notPositive=[]", "notParties=[" + STRANGER + "]");
    Finding none = only(T.good().shares(Map.of()));
    assertThat(none.evidence()).extracting(Evidence::toString)
        .containsExactly("sum=0.0000", "required=100", "notPositive=[]", "notParties=[]");
  }

  @Test
  void every_broken_term_is_reported_at_once_in_the_order_of_the_clause() {
    T all = T.good().parties(new Party(GOV, PartyKind.GOVERNMENT), new Party(PO_NAME, PartyKind.PROMOTION_ORGANIZATION))
        .duty(IpActivity.CREATION).withOwnership().withUseRights().shares(Map.of(GOV, "50"));
    assertThat(guards(all)).containsExactly("A16-parties", "A16-duties", "A16-ownership", "A16-use-rights", "A16-benefit-shares");
    for (Finding f : IpRules.checkTerms(all.terms(), PO)) {
      assertThat(f.severity()).isEqualTo(Severity.BLOCKING);
      assertThat(f.citations()).extracting(c -> c.format()).containsExactly("Art.16");
    }
  }

  @Test
  void the_party_lists_in_the_evidence_are_sorted_by_name() {
    List<Party> parties = new ArrayList<>(List.of(new Party("乙政府", PartyKind.GOVERNMENT), new Party("甲政府", PartyKind.GOVERNMENT),
        new Party(PO_NAME, PartyKind.PROMOTION_ORGANIZATION)));
    T t = T.good().parties(parties.toArray(Party[]::new)).duty(IpActivity.CREATION, PO_NAME).duty(IpActivity.UTILISATION, PO_NAME)
        .withOwnership(new Ownership("专利", set(PO_NAME))).withUseRights(new UseRight(PO_NAME, "使用"))
        .shares(Map.of(PO_NAME, "100"));
    Finding f = only(t);
    assertThat(f.evidence().get(0).toString()).isEqualTo("government=" + new TreeSet<>(List.of("乙政府", "甲政府")));
  }
}
