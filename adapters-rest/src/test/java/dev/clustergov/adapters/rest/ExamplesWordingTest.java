package dev.clustergov.adapters.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Decision 0630: the OpenAPI's example requests say what the guideline and the model allow, read as a reviewer of official
 * Chinese reads them — every example a request an authority could send.
 */
class ExamplesWordingTest {

  private static String reason(String example) throws Exception {
    return new ObjectMapper().readTree(example).get("reason").asText();
  }

  /**
   * A PO is handled (依法依规予以处理) for breaking the rules, Art.29: a third-party rating is a reference for the cluster's
   * competitiveness (Art.28), never a ground, and the guideline knows no 未达标. A reason cites the clauses it rests on.
   */
  @Test
  void a_sanctions_reason_rests_on_a_broken_rule_never_on_an_evaluation() throws Exception {
    for (String example : List.of(Examples.SUSPENSION, Examples.REVOCATION, Examples.SANCTION)) {
      String reason = reason(example);
      assertThat(reason).as(example).doesNotContain("评价").doesNotContain("达标");
    }
    assertThat(reason(Examples.SUSPENSION)).contains("第二十九条");
    assertThat(reason(Examples.REVOCATION)).contains("第二十九条");
  }

  /**
   * A suspension's reason says why it suspends; it orders nothing else: a rectification order is a sanction of its own,
   * recorded with its deadline (POST …/sanctions, RECTIFICATION_ORDER), which a reason would leave unrecorded.
   */
  @Test
  void a_suspensions_reason_orders_no_other_sanction() throws Exception {
    String reason = reason(Examples.SUSPENSION);
    assertThat(reason).doesNotContain("责令").doesNotContain("警告").doesNotContain("撤销");
  }

  /** The lifting shown beside the warning of the sanction example answers that warning's ground, not a rectification it never ordered. */
  @Test
  void the_lifting_answers_the_warnings_ground() throws Exception {
    assertThat(reason(Examples.SANCTION)).contains("年度报告");
    assertThat(reason(Examples.LIFTING)).contains("年度报告").doesNotContain("整改");
  }

  /** A document is named by its full title in 《》 (TERMS-zh): never a short form such as 《指引》. */
  @Test
  void every_document_an_example_names_is_named_by_its_full_title() throws Exception {
    Pattern quoted = Pattern.compile("《([^》]*)》");
    List<String> shortTitles = new ArrayList<>();
    int examples = 0;
    for (Field f : Examples.class.getDeclaredFields()) {
      if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class) {
        f.setAccessible(true);
        String text = (String) f.get(null);
        examples++;
        Matcher m = quoted.matcher(text);
        while (m.find()) {
          if (m.group(1).length() < 6) {
            shortTitles.add(f.getName() + ": 《" + m.group(1) + "》");
          }
        }
      }
    }
    assertThat(examples).isGreaterThan(30);
    assertThat(shortTitles).isEmpty();
  }
}
