package dev.clustergov.examples;

import dev.clustergov.core.cluster.ClusterLevel;
import dev.clustergov.core.disclosure.AnnualReport;
import dev.clustergov.core.disclosure.Deadline;
import dev.clustergov.core.disclosure.DisclosureObligation;
import dev.clustergov.core.dispute.Dispute;
import dev.clustergov.core.finance.ChargeBasis;
import dev.clustergov.core.finance.Expenditure;
import dev.clustergov.core.finance.FeeEdition;
import dev.clustergov.core.finance.FeeKind;
import dev.clustergov.core.finance.FeeSchedule;
import dev.clustergov.core.finance.IncomeEntry;
import dev.clustergov.core.governance.Body;
import dev.clustergov.core.governance.ExpertField;
import dev.clustergov.core.governance.Governance;
import dev.clustergov.core.governance.Layer;
import dev.clustergov.core.governance.PersonId;
import dev.clustergov.core.governance.Seat;
import dev.clustergov.core.guideline.Function;
import dev.clustergov.core.ip.IpAgreement;
import dev.clustergov.core.kernel.Money;
import dev.clustergov.core.management.ManagementSystem;
import dev.clustergov.core.management.ManagementSystemKind;
import dev.clustergov.core.management.Recruitment;
import dev.clustergov.core.management.StaffCategory;
import dev.clustergov.core.management.StaffMember;
import dev.clustergov.core.operation.Platform;
import dev.clustergov.core.operation.ServiceActivity;
import dev.clustergov.core.organization.Founder;
import dev.clustergov.core.organization.OrganizationKind;
import dev.clustergov.core.organization.OrganizationType;
import dev.clustergov.core.organization.PromotionOrganization;
import dev.clustergov.core.policy.Parameters;
import dev.clustergov.core.policy.Policy;
import dev.clustergov.core.rules.Dossier;
import dev.clustergov.core.rules.ManagementRules;
import dev.clustergov.core.supervision.Inspection;
import dev.clustergov.core.supervision.SelfDisciplineMeasure;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The assessment benchmark's baseline (直接校验基线): every condition of the rule book for a PO assessed as
 * recognised, written out by hand as one straight-line method over the dossier — no rule objects, no
 * outcomes, no evidence, no findings; one pass over the activities for all seven functions. It answers
 * pass, fail or not applicable per condition, in the order of {@link #IDS}; a test holds it to
 * {@code RuleBook.standard().assess(dossier, policy, date, RECOGNISED)} rule by rule, so it checks exactly
 * what the rules check and cannot be faster by checking less.
 */
final class StraightLineCheck {

  private StraightLineCheck() {}

  enum Status { PASS, FAIL, NOT_APPLICABLE }

  /** The rule ids, in the rule book's order: the {@code i}-th status answers the {@code i}-th id. */
  static final List<String> IDS = List.of(
      "A2-founders", "A2-government-guidance", "A2-legal-person", "A2-one-recognised-per-cluster", "A6-supervising-authority",
      "A7.1-party-organisation", "A7.2-name", "A7.2-charter", "A7.2-facilities", "A7.2-capital", "A7.3-staff-categories",
      "A7.3-staff-headcount", "A7.4-management-systems", "A7.5-income-sources", "A8.1-organization-type", "A8.2-charter-consensus",
      "A8.2-five-layers", "A8.2.1-decision-body", "A8.2.2-supervision-body", "A8.2.3-management-body", "A8.2.4-execution-body",
      "A8.2.5-advisory-body", "A8.2.2-supervisor-separation", "A8.2.5-expert-fields",
      "A15-dispute-system", "A15-consultation-overdue",
      "A16-ip-system",
      "A14-major-matter-disclosed", "A14-major-matter-on-time", "A14-annual-report-disclosed", "A14-annual-report-on-time",
      "A9-personnel-system", "A9-administrative-system", "A9-financial-system", "A9-business-system",
      "A9-confidentiality-security-system", "A10-no-private-taking", "A11-charges-under-published-standards",
      "A11-fees-for-business-scope", "A12-own-account", "A12-account-not-shared", "A13-open-recruitment", "A13-market-salary",
      "A17-non-exclusive-activities", "A17-open-platforms",
      "A18-function-performed", "A19-function-performed", "A20-function-performed", "A21-function-performed",
      "A22-function-performed", "A23-function-performed", "A24-function-performed",
      "A25-rectification-overdue", "A24.1-self-discipline");

  private static final Pattern CJK = Pattern.compile("\\p{IsHan}");
  private static final Function[] FUNCTIONS = {Function.GUIDE_STRATEGY, Function.PROMOTE_COMMUNICATION,
      Function.CONNECT_GOVERNMENT_ENTERPRISE, Function.COLLABORATIVE_INNOVATION, Function.OPENNESS_INTEGRATION,
      Function.SERVICE_BASE, Function.SELF_DISCIPLINE};

  private static Status of(boolean pass) {
    return pass ? Status.PASS : Status.FAIL;
  }

  /** Every condition for {@code d} assessed as recognised under {@code p} on {@code date}. */
  static Status[] check(Dossier d, Policy p, LocalDate date) {
    PromotionOrganization o = d.organization();
    Governance g = o.governance();
    Set<ManagementSystemKind> systems = EnumSet.noneOf(ManagementSystemKind.class);
    for (ManagementSystem s : o.managementSystems()) {
      systems.add(s.kind());
    }
    Status[] s = new Status[IDS.size()];
    int i = 0;

    // ---- Art.2, Art.6 ----
    s[i++] = of(!o.founders().isEmpty());
    s[i++] = of(o.guidingBody().isPresent());
    s[i++] = of(o.creditCode().isPresent());
    s[i++] = of(d.recognisedPeersInCluster() < p.get(Parameters.CLUSTER_MAX_RECOGNISED_ORGANIZATIONS));
    s[i++] = of(d.authority().isPresent() && d.authority().get().covers(d.cluster().region()));

    // ---- Art.7 ----
    s[i++] = of(o.partyOrganization().isPresent());
    String name = o.name();
    int length = name.codePointCount(0, name.length());
    boolean national = d.cluster().level() == ClusterLevel.NATIONAL;
    s[i++] = of(length >= 4 && length <= 50 && CJK.matcher(name).find() && name.codePoints().noneMatch(Character::isISOControl)
        && name.equals(name.strip()) && (national || !(name.contains("中国") || name.contains("全国") || name.contains("中华"))));
    s[i++] = of(o.charter().isPresent() && o.charter().get().businessScope().size() >= p.get(Parameters.CHARTER_MINIMUM_BUSINESS_SCOPE_ITEMS));
    s[i++] = of(o.facilities().officeAddress().isPresent() && !o.facilities().equipment().isEmpty());
    Money capital = o.registeredCapital();
    s[i++] = of(!capital.isZero() && !capital.isLessThan(p.get(national ? Parameters.CAPITAL_MINIMUM_NATIONAL : Parameters.CAPITAL_MINIMUM_LOCAL)));
    if (!p.get(Parameters.STAFFING_REQUIRE_ALL_CATEGORIES)) {
      s[i++] = Status.NOT_APPLICABLE;
    } else {
      Set<StaffCategory> present = EnumSet.noneOf(StaffCategory.class);
      for (StaffMember m : o.staff()) {
        present.add(m.category());
      }
      s[i++] = of(present.size() == StaffCategory.values().length);
    }
    s[i++] = of(o.staff().size() >= p.get(Parameters.STAFFING_TIERS).minimumStaffFor(d.cluster().enterprises()));
    s[i++] = of(systems.containsAll(ManagementSystemKind.AT_FOUNDING));
    s[i++] = of(o.incomeSources().size() >= Math.max(1, p.get(Parameters.INCOME_MINIMUM_SOURCES)));

    // ---- Art.8 ----
    if (o.type().isEmpty()) {
      s[i++] = Status.FAIL;
    } else {
      OrganizationType t = o.type().get();
      if (t.kind() != OrganizationKind.CONSORTIUM) {
        s[i++] = of(t.components().isEmpty());
      } else {
        s[i++] = of(t.components().size() >= 2 && t.components().stream().noneMatch(c -> c.kind() == OrganizationKind.CONSORTIUM));
      }
    }
    if (o.charter().isEmpty()) {
      s[i++] = Status.FAIL;
    } else {
      boolean all = true;
      for (Founder f : o.founders()) {
        all &= o.charter().get().consentingFounders().contains(f.name());
      }
      s[i++] = of(all);
    }
    boolean[] layerPresent = new boolean[Layer.values().length];
    boolean[] layerPermitted = new boolean[Layer.values().length];
    for (Body b : g.bodies()) {
      layerPresent[b.layer().ordinal()] = true;
      layerPermitted[b.layer().ordinal()] |= b.formPermitted();
    }
    boolean allLayers = true;
    for (boolean present : layerPresent) {
      allLayers &= present;
    }
    s[i++] = of(allLayers);
    for (Layer layer : new Layer[] {Layer.DECISION, Layer.SUPERVISION, Layer.MANAGEMENT, Layer.EXECUTION, Layer.ADVISORY}) {
      s[i++] = of(layerPermitted[layer.ordinal()]);
    }
    if (!p.get(Parameters.GOVERNANCE_SUPERVISOR_MANAGER_SEPARATION)) {
      s[i++] = Status.NOT_APPLICABLE;
    } else {
      Set<PersonId> supervising = new HashSet<>();
      Set<PersonId> managing = new HashSet<>();
      for (Body b : g.bodies()) {
        for (Seat seat : b.seats()) {
          if (b.layer() == Layer.SUPERVISION) {
            supervising.add(seat.person().id());
          } else if (b.layer() == Layer.MANAGEMENT || b.layer() == Layer.EXECUTION) {
            managing.add(seat.person().id());
          }
        }
      }
      supervising.retainAll(managing);
      s[i++] = of(supervising.isEmpty());
    }
    boolean allExperts = true;
    Set<ExpertField> covered = EnumSet.noneOf(ExpertField.class);
    for (Body b : g.bodies()) {
      if (b.layer() == Layer.ADVISORY) {
        for (Seat seat : b.seats()) {
          allExperts &= seat.isExpert();
          covered.addAll(seat.fields());
        }
      }
    }
    boolean required = true;
    for (ExpertField f : p.get(Parameters.ADVISORY_REQUIRED_EXPERT_FIELDS)) {
      required &= covered.contains(f);
    }
    s[i++] = of(allExperts && required && covered.size() >= p.get(Parameters.ADVISORY_MINIMUM_EXPERT_FIELDS) && !covered.isEmpty());

    // ---- Art.15, Art.16 ----
    s[i++] = of(systems.contains(ManagementSystemKind.DISPUTE_RESOLUTION));
    int maxDays = p.get(Parameters.DISPUTE_CONSULTATION_MAX_DAYS);
    boolean noneOverdue = true;
    for (Dispute x : d.disputes()) {
      noneOverdue &= !(x.state().awaitingConsultation() && ChronoUnit.DAYS.between(x.raisedOn(), date) > maxDays);
    }
    s[i++] = of(noneOverdue);
    // an IP system adopted, or as of the date a revision every needed party had signed by then
    boolean inForce = false;
    for (IpAgreement a : d.ipAgreements()) {
      for (var r : a.revisions()) {
        boolean all = true;
        for (String party : a.requiredSigners(r)) {
          boolean signedByThen = false;
          for (var sig : r.signatures()) {
            signedByThen |= sig.party().equals(party) && !sig.on().isAfter(date);
          }
          all &= signedByThen;
        }
        inForce |= all;
      }
    }
    s[i++] = of(systems.contains(ManagementSystemKind.IP_MANAGEMENT) || inForce);

    // ---- Art.14 ----
    boolean overdueMatter = false;
    boolean lateMatter = false;
    for (DisclosureObligation ob : d.disclosureObligations()) {
      if (!ob.arisenOn().isAfter(date)) {
        Deadline.Status st = ob.deadline(date).status();
        overdueMatter |= st == Deadline.Status.OVERDUE;
        lateMatter |= st == Deadline.Status.LATE;
      }
    }
    s[i++] = of(!overdueMatter);
    s[i++] = of(!lateMatter);
    boolean overdueReport = false;
    boolean lateReport = false;
    for (AnnualReport r : AnnualReport.of(o, d.disclosures(), p.get(Parameters.DISCLOSURE_ANNUAL_REPORT_DUE),
        p.get(Parameters.DISCLOSURE_ANNUAL_REPORT_ESTABLISHED_BY), date)) {
      Deadline.Status st = r.deadline(date).status();
      overdueReport |= st == Deadline.Status.OVERDUE;
      lateReport |= st == Deadline.Status.LATE;
    }
    s[i++] = of(!overdueReport);
    s[i++] = of(!lateReport);

    // ---- Art.9–13 ----
    for (ManagementSystemKind k : new ManagementSystemKind[] {ManagementSystemKind.PERSONNEL, ManagementSystemKind.ADMINISTRATIVE,
        ManagementSystemKind.FINANCIAL, ManagementSystemKind.BUSINESS, ManagementSystemKind.CONFIDENTIALITY_SECURITY}) {
      s[i++] = of(systems.contains(k));
    }
    Set<String> scope = o.charter().map(c -> Set.copyOf(c.businessScope())).orElse(Set.of());
    boolean taken = false;
    boolean feesOutside = false;
    for (Expenditure e : d.expenditures()) {
      boolean inScope = e.scopeItem().isPresent() && scope.contains(e.scopeItem().get());
      taken |= e.relation().insider() && !e.isPayroll() && !inScope;
      feesOutside |= e.feeFunded() && !inScope;
    }
    s[i++] = of(!taken);
    boolean chargesOk = true;
    for (IncomeEntry e : d.income()) {
      if (FeeKind.isFee(e.kind())) {
        chargesOk &= charged(d.feeSchedules(), e);
      }
    }
    s[i++] = of(chargesOk);
    s[i++] = of(!feesOutside);
    s[i++] = of(o.bankAccount().isPresent() && o.bankAccount().get().holder().strip().equals(o.name().strip()));
    if (o.bankAccount().isEmpty()) {
      s[i++] = Status.NOT_APPLICABLE;
    } else {
      String number = o.bankAccount().get().number();
      boolean shared = d.accountSharedWith().stream().anyMatch(h -> !(h.role() == dev.clustergov.core.finance.AccountHolder.Role.ORGANIZATION
          && h.organization().equals(o.id())));
      for (Founder f : o.founders()) {
        shared |= f.bankAccountNumber().map(number::equals).orElse(false);
      }
      s[i++] = of(!shared);
    }
    boolean open = true;
    BigDecimal tolerance = p.get(Parameters.EMPLOYMENT_SALARY_TOLERANCE_PERCENT);
    int withTerms = 0;
    boolean salariesOk = true;
    for (StaffMember m : o.staff()) {
      open &= m.recruitment() == Recruitment.OPEN_RECRUITMENT;
      if (m.terms().isPresent()) {
        withTerms++;
        salariesOk &= ManagementRules.withinBenchmark(m.terms().get(), tolerance);
      }
    }
    s[i++] = of(open);
    s[i++] = withTerms == 0 ? Status.NOT_APPLICABLE : of(salariesOk);

    // ---- Art.17–24: one pass over the activities for every function ----
    int months = p.get(Parameters.OPERATION_FUNCTION_LOOKBACK_MONTHS);
    LocalDate end = d.period().to().isBefore(date) ? d.period().to() : date;
    LocalDate start = end.minusMonths(months);
    boolean closedWithoutReason = false;
    boolean[] served = new boolean[Function.values().length];
    for (ServiceActivity a : d.activities()) {
      closedWithoutReason |= !a.openToAllMembers() && a.closedReason().filter(r -> !r.isBlank()).isEmpty();
      if (!a.heldOn().isBefore(start) && !a.heldOn().isAfter(end)) {
        served[a.item().function().ordinal()] = true;
      }
    }
    s[i++] = of(!closedWithoutReason);
    boolean restricted = false;
    for (Platform x : d.platforms()) {
      restricted |= !x.openToAllMembers() && x.restrictionReason().filter(r -> !r.isBlank()).isEmpty();
    }
    s[i++] = of(!restricted);
    boolean tooRecent = o.recognisedOn().map(r -> r.isAfter(start)).orElse(true);
    boolean periodTooShort = d.period().from().isAfter(start);
    for (Function f : FUNCTIONS) {
      s[i++] = tooRecent || periodTooShort ? Status.NOT_APPLICABLE : of(served[f.ordinal()]);
    }

    // ---- Art.25, Art.24(1) ----
    boolean overdue = false;
    for (Inspection x : d.inspections()) {
      overdue |= !x.overdueOn(date).isEmpty();
    }
    s[i++] = of(!overdue);
    // Art.24(1) after the function rules' months, counted back from the day (decision 0617)
    if (o.recognisedOn().isEmpty() || o.recognisedOn().get().isAfter(date.minusMonths(months))) {
      s[i++] = Status.NOT_APPLICABLE;
    } else {
      boolean measure = false;
      for (SelfDisciplineMeasure m : d.selfDisciplineMeasures()) {
        measure |= m.inForceOn(date);
      }
      s[i++] = of(measure);
    }
    if (i != s.length) {
      throw new IllegalStateException("checked " + i + " conditions for " + s.length + " ids");
    }
    return s;
  }

  /** A fee taken under an item of a schedule in force on its day, at its price and under the edition in force. */
  private static boolean charged(List<FeeSchedule> schedules, IncomeEntry e) {
    ChargeBasis b = e.basis().orElseThrow();
    FeeSchedule schedule = null;
    for (FeeSchedule x : schedules) {
      if (x.id().equals(b.schedule())) {
        schedule = x;
        break;
      }
    }
    if (schedule == null || schedule.kind().income() != e.kind()) {
      return false;
    }
    Optional<FeeEdition> edition = schedule.inForceOn(e.receivedOn());
    return edition.isPresent() && edition.get().number() == b.edition()
        && edition.get().item(b.item()).map(item -> item.price().admits(e.amount(), b.tier())).orElse(false);
  }
}
