package dev.clustergov.core.rules;

import dev.clustergov.core.guideline.Citation;
import dev.clustergov.core.kernel.Text;
import java.util.List;

/**
 * Command guards of local policy (地方政策, Art.30): who publishes a policy pack and who tries a draft one.
 * Registered in the rule book, so the traceability table shows what enforces Art.30.
 */
public final class PolicyGuards {

  private PolicyGuards() {}

  /** Art.30 addresses localities: the national baseline ships with the library and is not published here. */
  public static final Guard<?> POLICY_IS_LOCAL = new Guard<>("A30-local-policy", List.of(Citation.article(30)),
      Text.of("鼓励地方参照本指引制定政策措施：政策包由地方主管部门为本辖区发布",
          "Localities adapt the guideline: a policy pack is published by a local authority for its own jurisdiction"));

  /** Art.30 with Art.26: an authority tries drafts for its own jurisdiction or a narrower one inside it. */
  public static final Guard<?> WHAT_IF_OWN_JURISDICTION = new Guard<>("A30-what-if-own-jurisdiction",
      List.of(Citation.article(30), Citation.article(26)),
      Text.of("地方政策模拟由辖区覆盖该地区的主管部门进行", "A what-if is run by an authority whose jurisdiction covers the region"));

  public static final List<Guard<?>> GUARDS = List.of(POLICY_IS_LOCAL, WHAT_IF_OWN_JURISDICTION);
}
