package dev.clustergov.core.policy;

import dev.clustergov.core.guideline.Citation;
import dev.clustergov.core.kernel.Violation;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.SortedSet;
import io.vavr.collection.TreeSet;
import io.vavr.control.Validation;
import java.util.Map;

/**
 * The event types the library records (已记录的事件类型): every type a command of the core writes to the event
 * log, in one place. A policy's list of major matters ({@code disclosure.majorMatters}, Art.14) names events
 * by these types — optionally qualified by layer or role ({@code SeatAppointed.DECISION}) — so a pack that
 * names a type not in this set would wait for an event that never comes: that is a pack problem, reported
 * with the pack's other problems. A core test runs the chapters' scenarios and fails when a command records
 * a type missing here, so the set follows the commands.
 */
public final class KnownEvents {

  private KnownEvents() {}

  /** Every event type a command records, by the name the event log stores. */
  public static final SortedSet<String> TYPES = TreeSet.of(
      // registry and lifecycle (Chapter 1, Art.2–6)
      "AuthorityRegistered", "ClusterRegistered", "OrganizationProposed", "OrganizationEstablished", "OrganizationRecognised",
      "OrganizationSuspended", "OrganizationReinstated", "RecognitionRevoked", "OrganizationDissolved",
      // establishment (Chapter 2, Art.7–12)
      "FoundingApplicationAmended", "CharterAmended", "CapitalChanged", "LegalRepresentativeChanged", "SeatAppointed", "SeatRemoved",
      // management (Chapter 3, Art.12–16)
      "StaffHired", "ManagementSystemAdopted", "ManagementSystemRevised", "BankAccountChanged", "IncomeRecorded", "ExpenditureRecorded",
      "ChargeRecorded", "FeeSchedulePublished", "DisclosurePublished", "DisclosureObligationArisen",
      "DisputeRaised", "ConsultationOpened", "DisputeResolvedByConsultation", "ConsultationFailed", "MediationOpened",
      "DisputeResolvedByMediation", "MediationFailed", "DisputeEscalated", "DisputeClosed",
      "IpAgreementDrafted", "IpAgreementAmended", "IpAgreementSigned", "IpAgreementInForce",
      // operation (Chapter 4, Art.17–24)
      "MemberAdmitted", "MemberLeft", "PlatformRegistered", "PlatformOpennessChanged", "ServiceActivityRecorded",
      // supervision (Chapter 5, Art.25–30)
      "InspectionOpened", "InspectionFindingRecorded", "FindingRectified", "SelfDisciplineMeasureAdopted", "DisciplinaryActionTaken",
      "SanctionImposed", "SanctionLifted", "EvaluatorRegistered", "EvaluatorTieDeclared", "EvaluatorEngaged", "EvaluatorEngagementEnded",
      "EvaluationRecorded",
      "IncentiveGranted",
      "PolicyPackPublished");

  /**
   * Types the national baseline names as major matters ahead of the commands that will record them (decision
   * 0220): a change of the PO's name (名称变更) and of its head (负责人变更), registered changes under the
   * 《社会团体登记管理条例》 art.18. A pack may name them; no obligation arises until a command records them.
   */
  public static final SortedSet<String> RESERVED = TreeSet.of("NameChanged", "HeadChanged");

  /**
   * Whether {@code key} — a type, or a type qualified by layer or role — names a type the library records or
   * has reserved.
   */
  public static boolean names(String key) {
    int dot = key.indexOf('.');
    String type = dot < 0 ? key : key.substring(0, dot);
    return TYPES.contains(type) || RESERVED.contains(type);
  }

  /**
   * Every major matter a pack's raw values name by an event type the library does not record, each a
   * violation of {@code disclosure.majorMatters} citing the parameter's clause (Art.14). A list that does not
   * parse gives none here: the pack's parsing reports it.
   */
  public static Seq<Violation> unrecordedMatters(Map<String, String> rawValues) {
    Parameter<SortedSet<String>> matters = Parameters.DISCLOSURE_MAJOR_MATTERS;
    String raw = rawValues == null ? null : rawValues.get(matters.key());
    if (raw == null) {
      return List.empty();
    }
    Validation<Seq<Violation>, SortedSet<String>> keys = matters.parse(raw);
    if (keys.isInvalid()) {
      return List.empty();
    }
    Citation clause = matters.clauses().head();
    return List.ofAll(keys.get()).filter(k -> !names(k)).map(k -> Violation.of(matters.key(), "unknown-event-type",
        "“" + k + "” 不是本系统记录的事件类型，不会产生须披露的重大事项（" + clause.formatChinese() + "）",
        "'" + k + "' is not an event type the registry records, so it would never make a major matter to disclose ("
            + clause.format() + ")"));
  }
}
