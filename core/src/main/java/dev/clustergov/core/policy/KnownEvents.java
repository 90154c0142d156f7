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
   * The qualifiers each type's events carry (限定), by the type: the layer and the role of a seat (Art.8(2)), the role of
   * a platform (Art.18) — what its events hold as {@code layer} or {@code role}, so what a key {@code Type.QUALIFIER}
   * can match. A type not here carries none.
   */
  public static final Map<String, java.util.Set<String>> QUALIFIERS = qualifiers();

  private static Map<String, java.util.Set<String>> qualifiers() {
    java.util.Set<String> seat = new java.util.TreeSet<>();
    java.util.Arrays.stream(dev.clustergov.core.governance.Layer.values()).forEach(l -> seat.add(l.name()));
    java.util.Arrays.stream(dev.clustergov.core.governance.SeatRole.values()).forEach(r -> seat.add(r.name()));
    java.util.Set<String> platform = new java.util.TreeSet<>();
    java.util.Arrays.stream(dev.clustergov.core.operation.PlatformRole.values()).forEach(r -> platform.add(r.name()));
    return Map.of("SeatAppointed", java.util.Collections.unmodifiableSet(seat), "SeatRemoved",
        java.util.Collections.unmodifiableSet(seat), "PlatformRegistered", java.util.Collections.unmodifiableSet(platform));
  }

  /**
   * Whether {@code key} — a type, or a type qualified by a layer or role its events carry — names a type the library
   * records or has reserved. A qualifier the type's events never carry ({@code SeatAppointed.CHIAR},
   * {@code OrganizationSuspended.DECISION}) would never match, so it names nothing.
   */
  public static boolean names(String key) {
    int dot = key.indexOf('.');
    if (dot < 0) {
      return TYPES.contains(key) || RESERVED.contains(key);
    }
    String type = key.substring(0, dot);
    return TYPES.contains(type) && QUALIFIERS.getOrDefault(type, java.util.Set.of()).contains(key.substring(dot + 1));
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
    return List.ofAll(keys.get()).filter(k -> !names(k)).map(k -> names(k.substring(0, Math.max(k.indexOf('.'), 0)))
        ? Violation.of(matters.key(), "unknown-event-type",
            "“" + k + "”所限定的层级或职务不是该类事件记录的层级或职务，不会产生须披露的重大事项（" + clause.formatChinese() + "）",
            "'" + k + "' qualifies the event type by a layer or role its events never carry, so it would never make a major"
                + " matter to disclose (" + clause.format() + ")")
        : Violation.of(matters.key(), "unknown-event-type",
            "“" + k + "”不是本系统记录的事件类型，不会产生须披露的重大事项（" + clause.formatChinese() + "）",
            "'" + k + "' is not an event type the registry records, so it would never make a major matter to disclose ("
                + clause.format() + ")"));
  }
}
