package dev.clustergov.core.rules;

import dev.clustergov.core.guideline.Citation;
import dev.clustergov.core.kernel.RegionCode;
import dev.clustergov.core.kernel.Text;
import java.util.List;
import java.util.Objects;

/**
 * Command guards of local policy (地方政策, Art.30): who publishes a policy pack and who tries a draft one.
 * Registered in the rule book, so the traceability table shows what enforces Art.30.
 */
public final class PolicyGuards {

  private PolicyGuards() {}

  /** Art.30 addresses localities: the national baseline ships with the library and is not published here. */
  public static final Guard<Publishing> POLICY_IS_LOCAL = Guard.of("A30-local-policy", List.of(Citation.article(30)),
      Text.of("鼓励地方参照本指引制定政策措施：地方政策参数由地方工业和信息化主管部门为本辖区发布",
          "Localities are encouraged to draw up policy measures with reference to the guideline: a policy pack is published by a local industry and information technology authority for its own jurisdiction"),
      s -> s.jurisdiction().equals(RegionCode.NATIONAL),
      s -> List.of(Evidence.of("jurisdiction", s.jurisdiction())));

  /** The jurisdiction a pack would be published for: the publishing authority's own. */
  public record Publishing(RegionCode jurisdiction) {
    public Publishing {
      Objects.requireNonNull(jurisdiction, "jurisdiction");
    }
  }

  /** Art.30 with Art.26: an authority tries drafts for its own jurisdiction or a narrower one inside it. */
  public static final Guard<Trying> WHAT_IF_OWN_JURISDICTION = Guard.of("A30-what-if-own-jurisdiction",
      List.of(Citation.article(30), Citation.article(26)),
      Text.of("地方政策模拟由辖区覆盖该地区的工业和信息化主管部门进行", "A policy simulation is run by an authority whose jurisdiction covers the region"),
      s -> !s.authorityJurisdiction().covers(s.jurisdiction()),
      s -> List.of(Evidence.of("jurisdiction", s.jurisdiction()), Evidence.of("authorityJurisdiction", s.authorityJurisdiction())));

  /** The jurisdiction a what-if is asked for, and the jurisdiction of the authority asking. */
  public record Trying(RegionCode jurisdiction, RegionCode authorityJurisdiction) {
    public Trying {
      Objects.requireNonNull(jurisdiction, "jurisdiction");
      Objects.requireNonNull(authorityJurisdiction, "authorityJurisdiction");
    }
  }

  public static final List<Guard<?>> GUARDS = List.of(POLICY_IS_LOCAL, WHAT_IF_OWN_JURISDICTION);
}
