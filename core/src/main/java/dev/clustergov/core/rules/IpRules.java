package dev.clustergov.core.rules;

import static dev.clustergov.core.rules.Severity.BLOCKING;

import dev.clustergov.core.guideline.Citation;
import dev.clustergov.core.ip.IpActivity;
import dev.clustergov.core.ip.IpAgreement;
import dev.clustergov.core.ip.Ownership;
import dev.clustergov.core.ip.Party;
import dev.clustergov.core.ip.PartyKind;
import dev.clustergov.core.ip.Terms;
import dev.clustergov.core.ip.UseRight;
import dev.clustergov.core.kernel.Text;
import dev.clustergov.core.management.ManagementSystemKind;
import dev.clustergov.core.organization.LifecycleStage;
import dev.clustergov.core.organization.PromotionOrganization;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Art.16 ("共建共享"的知识产权管理制度): the rule over a PO's dossier, and the guards an agreement's
 * terms and signatures must pass — the parties the clause names, duties in creation, protection and
 * utilisation, ownership, use and benefit sharing, and every party's signature.
 */
public final class IpRules {

  private IpRules() {}

  public static final Citation ART16 = Citation.article(16);

  /** One hundred per cent, at the shares' scale. */
  public static final BigDecimal HUNDRED = new BigDecimal("100.0000");

  /**
   * 应当建立"共建共享"的知识产权管理制度 — 通过合同约定、签订知识产权管理协议等方式: the system counts
   * as established by an adopted IP management system document, or by an IP agreement in force
   * (decision 0243); it must exist once the PO is recognised.
   */
  public static final Rule IP_SYSTEM = Rule.define("A16-ip-system", ART16, BLOCKING,
      "应当建立“共建共享”的知识产权管理制度（制定知识产权管理制度，或签订生效的知识产权管理协议）",
      "A co-build and share IP management system must be established: an adopted IP management system, or an IP agreement in force",
      (d, p) -> {
        boolean document = d.organization().systemKinds().contains(ManagementSystemKind.IP_MANAGEMENT);
        List<String> inForce = d.ipAgreements().stream().filter(IpAgreement::inForce).map(a -> a.id().value()).toList();
        return Outcome.when(document || !inForce.isEmpty(),
            Evidence.of("ipManagementSystem", document), Evidence.of("agreementsInForce", inForce));
      })
      .at(LifecycleStage.RECOGNISED, LifecycleStage.SUSPENDED);

  public static final List<Rule> ALL = List.of(IP_SYSTEM);

  // ---- guards of the terms ------------------------------------------------------------------------

  public static final Guard<?> PARTIES = new Guard<>("A16-parties", List.of(ART16),
      Text.of("须明确政府、集群发展促进组织、合作共建单位等各方：至少一个政府方、本促进组织本身、至少一个合作共建单位",
          "The parties are government, the PO and co-building partners: at least one government party, the PO itself, and at least one partner"));

  public static final Guard<?> DUTIES = new Guard<>("A16-duties", List.of(ART16),
      Text.of("须明确各方在知识产权创造、保护和运用中的责任和义务：每项均由至少一个协议方承担",
          "Duties in IP creation, protection and utilisation: each is assigned to at least one party of the agreement"));

  public static final Guard<?> OWNERSHIP = new Guard<>("A16-ownership", List.of(ART16),
      Text.of("须明确知识产权的归属：至少一项归属约定，每项归属于协议方",
          "Ownership of IP is stated: at least one clause, each result owned by parties of the agreement"));

  public static final Guard<?> USE_RIGHTS = new Guard<>("A16-use-rights", List.of(ART16),
      Text.of("须明确知识产权的使用：至少一项使用约定，使用方为协议方",
          "Use of IP is stated: at least one use right, each held by a party of the agreement"));

  public static final Guard<?> BENEFIT_SHARES = new Guard<>("A16-benefit-shares", List.of(ART16),
      Text.of("须明确利益分配：各方分配比例均大于零，合计恰为100%",
          "Benefit sharing: every share above zero, the shares summing to exactly 100 %"));

  public static final Guard<?> SIGNATURES = new Guard<>("A16-signatures", List.of(ART16),
      Text.of("协议（及其修改）经各方签署后生效：签署方须为须签署的协议方，每方签署一次，签署日期不早于文本日期且不晚于当日",
          "An agreement or amendment takes effect once every party has signed: the signer must be a party still to sign, once, on a date not before the text and not after today"));

  public static final Guard<?> ONE_PENDING = new Guard<>("A16-one-pending-revision", List.of(ART16),
      Text.of("协议修改须经各方重新签署：上一修改文本尚待签署时不得再提出修改",
          "Every party signs an amendment again: no further amendment while one still awaits signatures"));

  public static final List<Guard<?>> GUARDS = List.of(PARTIES, DUTIES, OWNERSHIP, USE_RIGHTS, BENEFIT_SHARES, SIGNATURES, ONE_PENDING);

  /** Every way {@code terms} fall short of Art.16 for {@code organization}: all findings, not the first. */
  public static List<Finding> checkTerms(Terms terms, PromotionOrganization organization) {
    List<Finding> findings = new ArrayList<>();
    SortedSet<String> names = terms.partyNames();

    List<String> government = names(terms.ofKind(PartyKind.GOVERNMENT));
    List<String> po = names(terms.ofKind(PartyKind.PROMOTION_ORGANIZATION));
    List<String> partners = names(terms.ofKind(PartyKind.PARTNER));
    if (government.isEmpty() || partners.isEmpty() || !po.equals(List.of(organization.name()))) {
      findings.add(PARTIES.finding(Evidence.of("government", government), Evidence.of("promotionOrganization", po),
          Evidence.of("expectedPromotionOrganization", organization.name()), Evidence.of("partners", partners)));
    }

    List<String> unassigned = new ArrayList<>();
    SortedSet<String> strangers = new TreeSet<>();
    for (IpActivity a : IpActivity.values()) {
      SortedSet<String> who = terms.duties().getOrDefault(a, new TreeSet<>());
      if (who.isEmpty()) {
        unassigned.add(a.name());
      }
      who.stream().filter(n -> !names.contains(n)).forEach(strangers::add);
    }
    if (!unassigned.isEmpty() || !strangers.isEmpty()) {
      findings.add(DUTIES.finding(Evidence.of("unassigned", unassigned), Evidence.of("notParties", strangers)));
    }

    SortedSet<String> owners = new TreeSet<>();
    List<String> ownerless = new ArrayList<>();
    for (Ownership o : terms.ownership()) {
      o.owners().stream().filter(n -> !names.contains(n)).forEach(owners::add);
      if (o.owners().isEmpty()) {
        ownerless.add(o.results());
      }
    }
    if (terms.ownership().isEmpty() || !owners.isEmpty() || !ownerless.isEmpty()) {
      findings.add(OWNERSHIP.finding(Evidence.of("clauses", terms.ownership().size()), Evidence.of("notParties", owners),
          Evidence.of("withoutOwner", ownerless)));
    }

    List<String> holders = terms.useRights().stream().map(UseRight::holder).filter(n -> !names.contains(n)).sorted().toList();
    if (terms.useRights().isEmpty() || !holders.isEmpty()) {
      findings.add(USE_RIGHTS.finding(Evidence.of("useRights", terms.useRights().size()), Evidence.of("notParties", holders)));
    }

    BigDecimal sum = terms.shareSum();
    List<String> notPositive = terms.shares().entrySet().stream().filter(e -> e.getValue().signum() <= 0)
        .map(Map.Entry::getKey).toList();
    List<String> shareStrangers = terms.shares().keySet().stream().filter(n -> !names.contains(n)).toList();
    if (sum.compareTo(HUNDRED) != 0 || !notPositive.isEmpty() || !shareStrangers.isEmpty() || terms.shares().isEmpty()) {
      findings.add(BENEFIT_SHARES.finding(Evidence.of("sum", sum.toPlainString()), Evidence.of("required", "100"),
          Evidence.of("notPositive", notPositive), Evidence.of("notParties", shareStrangers)));
    }
    return findings;
  }

  private static List<String> names(List<Party> parties) {
    return parties.stream().map(Party::name).sorted().toList();
  }
}
