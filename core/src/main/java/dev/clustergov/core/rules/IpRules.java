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
import dev.clustergov.core.kernel.Dates;
import dev.clustergov.core.kernel.Text;
import dev.clustergov.core.management.ManagementSystemKind;
import dev.clustergov.core.organization.LifecycleStage;
import dev.clustergov.core.organization.PromotionOrganization;
import dev.clustergov.core.ip.Revision;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
   * (decision 0243); it must exist once the PO is recognised. An agreement counts as of the day (decision 0609): one
   * whose last needed signature came after the day does not, so a later signature never changes the verdict for an
   * earlier day. The agreements in force are named by title and the day they came into force.
   */
  public static final Rule IP_SYSTEM = Rule.defineDated("A16-ip-system", ART16, BLOCKING,
      "应当建立“共建共享”的知识产权管理制度（制定知识产权管理制度，或签订生效的知识产权管理协议）",
      "A “co-build, co-share” IP management system must be established: an adopted IP management system, or an IP agreement in force",
      (d, p, day) -> {
        // the document as the other management-system rules read it (A7.4, A9, A15): by kind, not yet by day (decision 0609)
        boolean document = d.organization().systemKinds().contains(ManagementSystemKind.IP_MANAGEMENT);
        List<Evidence.Said> inForce = d.ipAgreements().stream().filter(a -> a.inForceOn(day))
            .map(a -> Evidence.document(a.id().value(), a.title(), a.inForceSince().orElseThrow())).toList();
        return Outcome.when(document || !inForce.isEmpty(),
            Evidence.of("ipManagementSystem", document), Evidence.of("agreementsInForce", inForce));
      })
      .at(LifecycleStage.RECOGNISED, LifecycleStage.SUSPENDED);

  public static final List<Rule> ALL = List.of(IP_SYSTEM);

  // ---- guards of the terms ------------------------------------------------------------------------

  public static final Guard<Drafting> PARTIES = new Guard<>("A16-parties", List.of(ART16),
      Text.of("须明确政府、集群发展促进组织、合作共建单位等各方：至少一个政府方、该集群发展促进组织本身、至少一个合作共建单位",
          "The parties are government, the PO and co-building partners: at least one government party, the PO itself, and at least one partner"),
      d -> {
        List<String> government = names(d.terms().ofKind(PartyKind.GOVERNMENT));
        List<String> po = names(d.terms().ofKind(PartyKind.PROMOTION_ORGANIZATION));
        List<String> partners = names(d.terms().ofKind(PartyKind.PARTNER));
        return government.isEmpty() || partners.isEmpty() || !po.equals(List.of(d.organization()))
            ? Optional.of(List.of(Evidence.of("government", government), Evidence.of("promotionOrganization", po),
                Evidence.of("expectedPromotionOrganization", d.organization()), Evidence.of("partners", partners)))
            : Optional.empty();
      });

  public static final Guard<Drafting> DUTIES = new Guard<>("A16-duties", List.of(ART16),
      Text.of("须明确各方在知识产权创造、保护和运用中的责任和义务：每项均由至少一个协议方承担",
          "Duties in IP creation, protection and utilisation: each is assigned to at least one party of the agreement"),
      d -> {
        SortedSet<String> names = d.terms().partyNames();
        List<String> unassigned = new ArrayList<>();
        SortedSet<String> strangers = new TreeSet<>();
        for (IpActivity a : IpActivity.values()) {
          SortedSet<String> who = d.terms().duties().getOrDefault(a, new TreeSet<>());
          if (who.isEmpty()) {
            unassigned.add(a.name());
          }
          who.stream().filter(n -> !names.contains(n)).forEach(strangers::add);
        }
        return !unassigned.isEmpty() || !strangers.isEmpty()
            ? Optional.of(List.of(Evidence.of("unassigned", unassigned), Evidence.of("notParties", strangers)))
            : Optional.empty();
      });

  public static final Guard<Drafting> OWNERSHIP = new Guard<>("A16-ownership", List.of(ART16),
      Text.of("须明确知识产权的归属：至少一项归属约定，每项归属于协议方",
          "Ownership of IP is stated: at least one ownership term, each result owned by parties of the agreement"),
      d -> {
        SortedSet<String> names = d.terms().partyNames();
        SortedSet<String> owners = new TreeSet<>();
        List<String> ownerless = new ArrayList<>();
        for (Ownership o : d.terms().ownership()) {
          o.owners().stream().filter(n -> !names.contains(n)).forEach(owners::add);
          if (o.owners().isEmpty()) {
            ownerless.add(o.results());
          }
        }
        return d.terms().ownership().isEmpty() || !owners.isEmpty() || !ownerless.isEmpty()
            ? Optional.of(List.of(Evidence.of("clauses", d.terms().ownership().size()), Evidence.of("notParties", owners),
                Evidence.of("withoutOwner", ownerless)))
            : Optional.empty();
      });

  public static final Guard<Drafting> USE_RIGHTS = new Guard<>("A16-use-rights", List.of(ART16),
      Text.of("须明确知识产权的使用：至少一项使用约定，使用方为协议方",
          "Use of IP is stated: at least one use right, each held by a party of the agreement"),
      d -> {
        SortedSet<String> names = d.terms().partyNames();
        List<String> holders = d.terms().useRights().stream().map(UseRight::holder).filter(n -> !names.contains(n)).sorted().toList();
        return d.terms().useRights().isEmpty() || !holders.isEmpty()
            ? Optional.of(List.of(Evidence.of("useRights", d.terms().useRights().size()), Evidence.of("notParties", holders)))
            : Optional.empty();
      });

  public static final Guard<Drafting> BENEFIT_SHARES = new Guard<>("A16-benefit-shares", List.of(ART16),
      Text.of("须明确利益分配：各方分配比例均大于零，合计恰为100%",
          "Benefit sharing: every share above zero, the shares summing to exactly 100 %"),
      d -> {
        Terms terms = d.terms();
        SortedSet<String> names = terms.partyNames();
        BigDecimal sum = terms.shareSum();
        List<String> notPositive = terms.shares().entrySet().stream().filter(e -> e.getValue().signum() <= 0)
            .map(Map.Entry::getKey).toList();
        List<String> shareStrangers = terms.shares().keySet().stream().filter(n -> !names.contains(n)).toList();
        return sum.compareTo(HUNDRED) != 0 || !notPositive.isEmpty() || !shareStrangers.isEmpty() || terms.shares().isEmpty()
            ? Optional.of(List.of(Evidence.of("sum", sum.toPlainString()), Evidence.of("required", "100"),
                Evidence.of("notPositive", notPositive), Evidence.of("notParties", shareStrangers)))
            : Optional.empty();
      });

  /** Terms drafted (or proposed as an amendment) by the PO named {@code organization}. */
  public record Drafting(Terms terms, String organization) {
    public Drafting {
      java.util.Objects.requireNonNull(terms, "terms");
      java.util.Objects.requireNonNull(organization, "organization");
    }
  }

  public static final Guard<Signing> SIGNATURES = new Guard<>("A16-signatures", List.of(ART16),
      Text.of("协议（及其修改）经各方签署后生效：签署方须为尚未签署的协议方，每方签署一次",
          "An agreement or amendment takes effect once every party has signed: the signer must be a party still to sign, and signs once"),
      s -> {
        IpAgreement a = s.agreement();
        if (a.pending().isEmpty()) {
          return Optional.of(List.of(Evidence.of("pendingRevision", "none"), Evidence.of("party", s.party())));
        }
        Revision r = a.pending().get();
        return !a.requiredSigners(r).contains(s.party()) || r.signedBy().contains(s.party())
            ? Optional.of(List.of(Evidence.of("party", s.party()), Evidence.of("stillToSign", a.missingSignatures()),
                Evidence.of("alreadySigned", new TreeSet<>(r.signedBy()))))
            : Optional.empty();
      });

  /** {@code party} signing {@code agreement}. */
  public record Signing(IpAgreement agreement, String party) {
    public Signing {
      java.util.Objects.requireNonNull(agreement, "agreement");
      java.util.Objects.requireNonNull(party, "party");
    }
  }

  /**
   * The day of a signature (签署日期, decision 0609): it is the day the revision it completes takes effect, the day the
   * rules judge by, so it is no later than today and no earlier than the PO's proposal, the text it signs, or the day
   * the revision before took effect. Every way the day is impossible is reported at once.
   */
  public static final Guard<SigningDay> SIGNATURE_DATE = Guard.of("A16-signature-date", List.of(ART16),
      Text.of("签署日期不得晚于当天，不得早于集群发展促进组织筹建之日、所签文本提出之日和上一文本生效之日",
          "A signature is dated no later than today, and not before the PO was proposed, the text it signs was proposed, or the previous text took effect"),
      d -> !d.breaches().isEmpty(),
      SigningDay::breaches);

  /**
   * A signature dated {@code on}, seen {@code today}, of the revision proposed on {@code revisionProposedOn} of an
   * agreement of a PO proposed on {@code organizationProposedOn}; {@code previousInForceOn} the day the revision before
   * took effect, empty for revision 1.
   */
  public record SigningDay(LocalDate on, LocalDate today, LocalDate organizationProposedOn, LocalDate revisionProposedOn,
      Optional<LocalDate> previousInForceOn) {
    public SigningDay {
      java.util.Objects.requireNonNull(on, "on");
      java.util.Objects.requireNonNull(today, "today");
      java.util.Objects.requireNonNull(organizationProposedOn, "organizationProposedOn");
      java.util.Objects.requireNonNull(revisionProposedOn, "revisionProposedOn");
      java.util.Objects.requireNonNull(previousInForceOn, "previousInForceOn");
    }

    /** The day {@code revision} of {@code agreement} is signed on, for a PO proposed on {@code organizationProposedOn}. */
    public static SigningDay of(IpAgreement agreement, Revision revision, LocalDate on, LocalDate today, LocalDate organizationProposedOn) {
      Optional<LocalDate> previous = revision.number() == 1 ? Optional.empty()
          : agreement.inForceOn(agreement.revisions().get(revision.number() - 2));
      return new SigningDay(on, today, organizationProposedOn, revision.proposedOn(), previous);
    }

    /** Each way the day is impossible, as evidence. */
    List<Evidence> breaches() {
      List<Evidence> out = new ArrayList<>();
      if (on.isAfter(today)) {
        out.add(Evidence.of("signedOnAfterToday", Evidence.said(on + " > " + today,
            Dates.zh(on) + "晚于当天（" + Dates.zh(today) + "）", Dates.en(on) + " is after today (" + Dates.en(today) + ")")));
      }
      if (on.isBefore(organizationProposedOn)) {
        out.add(Evidence.of("signedOnBeforeOrganizationProposed", before(organizationProposedOn)));
      }
      if (on.isBefore(revisionProposedOn)) {
        out.add(Evidence.of("signedOnBeforeRevisionProposed", before(revisionProposedOn)));
      }
      previousInForceOn.filter(on::isBefore).ifPresent(p -> out.add(Evidence.of("signedOnBeforePreviousInForce", before(p))));
      return out;
    }

    private Evidence.Said before(LocalDate limit) {
      return Evidence.said(on + " < " + limit, Dates.zh(on) + "早于" + Dates.zh(limit), Dates.en(on) + " is before " + Dates.en(limit));
    }
  }

  public static final Guard<Amending> ONE_PENDING = Guard.of("A16-one-pending-revision", List.of(ART16),
      Text.of("协议修改须经各方重新签署：上一修改文本尚待签署时不得再提出修改",
          "Every party signs an amendment again: no further amendment while one still awaits signatures"),
      m -> m.agreement().pending().isPresent(),
      m -> List.of(Evidence.of("pendingRevision", m.agreement().pending().get().number()),
          Evidence.of("missingSignatures", m.agreement().missingSignatures())));

  /** New terms proposed for {@code agreement}. */
  public record Amending(IpAgreement agreement) {
    public Amending {
      java.util.Objects.requireNonNull(agreement, "agreement");
    }
  }

  public static final List<Guard<?>> GUARDS = List.of(PARTIES, DUTIES, OWNERSHIP, USE_RIGHTS, BENEFIT_SHARES, SIGNATURES, SIGNATURE_DATE,
      ONE_PENDING);

  /** The guards of the terms themselves, in the order they are reported. */
  public static final List<Guard<Drafting>> TERMS = List.of(PARTIES, DUTIES, OWNERSHIP, USE_RIGHTS, BENEFIT_SHARES);

  /** Every way {@code terms} fall short of Art.16 for {@code organization}: all findings, not the first. */
  public static List<Finding> checkTerms(Terms terms, PromotionOrganization organization) {
    Drafting drafting = new Drafting(terms, organization.name());
    return TERMS.stream().flatMap(g -> g.check(drafting).stream()).toList();
  }

  private static List<String> names(List<Party> parties) {
    return parties.stream().map(Party::name).sorted().toList();
  }
}
