package dev.clustergov.core.application.supervision;

import dev.clustergov.core.application.Refusal;
import dev.clustergov.core.application.internal.Context;
import dev.clustergov.core.application.port.RecordedEvent;
import dev.clustergov.core.evaluation.DossierAsRecorded;
import dev.clustergov.core.evaluation.EvaluationEngine;
import dev.clustergov.core.evaluation.EvaluationResult;
import dev.clustergov.core.evaluation.Snapshot;
import dev.clustergov.core.organization.OrganizationId;
import dev.clustergov.core.policy.PolicyResolver;
import dev.clustergov.core.rules.Dossier;
import dev.clustergov.core.supervision.Evaluation;
import dev.clustergov.core.supervision.EvaluationId;
import io.vavr.control.Either;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Checks a recorded evaluation (复核评价, Art.28): is the dossier as it was recorded at the evaluation's moment unchanged
 * (decision 0505)?
 *
 * <p>An evaluation recorded with its dossier kept ({@link Form#AS_RECORDED}) is compared line by line with the registry's
 * records as of the evaluation day: a record that differs, is gone, or is there without having been entered through a
 * command is a {@link Difference} naming its part and record, and the evaluation is not verified. A record changed by
 * an event entered after the evaluation (a suspension, a seat appointed, a system revised, a leaving entered late) is
 * listed in {@code changedAfter}, the kept line standing for it; a record dated on or before the evaluation day but
 * entered after it is listed in {@code backDated} — a late filing, told apart from a change nobody entered. The
 * evaluation is recomputed from the records entered by its moment, under the pack versions it recorded (Art.30), and
 * when nothing was changed after it the hash, the rating and the total must be the ones recorded; the stored
 * evaluation's rating, total and hash must be those of its own event in the log.
 *
 * <p>An evaluation recorded before dossiers were kept ({@link Form#BY_DATES}) is recomputed from the records dated on
 * or before its day, as before: later changes to the PO's own record, and records dated back after it, show as a hash
 * mismatch there.
 */
public final class VerifyEvaluation {

  /** How the evaluation can be checked. */
  public enum Form {
    /** Its dossier was kept when it was recorded: checked against what was recorded at its moment. */
    AS_RECORDED,
    /** Recorded before dossiers were kept: recomputed from the records dated on or before its day. */
    BY_DATES
  }

  /** Why a record makes the evaluation fail. */
  public enum Change {
    /** Its line differs from the kept one, and no event entered after the evaluation changed it. */
    CHANGED,
    /** Kept with the evaluation, no longer in the registry. */
    MISSING,
    /** In the registry on or before the evaluation day, not kept with it, and no event entered it after. */
    UNRECORDED
  }

  /** A record that makes the evaluation fail: its part ({@code membership}, {@code organization}, …), id and change. */
  public record Difference(String part, String record, Change change) {
    public Difference {
      Objects.requireNonNull(part, "part");
      Objects.requireNonNull(record, "record");
      Objects.requireNonNull(change, "change");
    }
  }

  /** An event of the log: its sequence number, type and when it was entered. */
  public record Entered(long sequence, String type, Instant at) {}

  /** A record touched by events entered after the evaluation, with those events. */
  public record Late(String part, String record, List<Entered> events) {
    public Late {
      events = List.copyOf(events);
    }
  }

  /** The outcome of a check: what was recorded, what recomputing gives, what matches and what changed. */
  public record Verification(Evaluation recorded, EvaluationResult recomputed, boolean hashMatches, boolean ratingMatches,
      boolean totalMatches, boolean policyMatches, Form form, long recordedThrough, boolean copyIntact,
      List<Difference> differences, List<Late> changedAfter, List<Late> backDated) {

    public Verification {
      Objects.requireNonNull(recorded, "recorded");
      Objects.requireNonNull(recomputed, "recomputed");
      Objects.requireNonNull(form, "form");
      differences = List.copyOf(differences);
      changedAfter = List.copyOf(changedAfter);
      backDated = List.copyOf(backDated);
    }

    /**
     * The evaluation stands: in the kept form, the kept dossier makes the recorded hash, no record differs from it
     * without a later event, the policy versions resolve, and — when nothing was changed after — recomputing gives the
     * recorded hash, rating and total; by dates, everything recomputed matches.
     */
    public boolean verified() {
      if (form == Form.BY_DATES) {
        return hashMatches && ratingMatches && totalMatches && policyMatches;
      }
      return copyIntact && differences.isEmpty() && policyMatches
          && (!changedAfter.isEmpty() || hashMatches && ratingMatches && totalMatches);
    }

    /** The parts with a difference, in the dossier's order, each once. */
    public List<String> differingParts() {
      return differences.stream().map(Difference::part).distinct().toList();
    }
  }

  private final Context context;

  public VerifyEvaluation(Context context) {
    this.context = context;
  }

  public Either<Refusal, Verification> handle(OrganizationId organization, EvaluationId id) {
    // one consistent read of the stores and the log (decision 0420)
    return context.ports().unitOfWork().read(() -> context.loading().organization(organization, OptionalLong.empty()).flatMap(o -> {
      var found = context.ports().evaluations().find(id).filter(e -> e.organization().equals(o.id()));
      if (found.isEmpty()) {
        return Either.left(new Refusal.NotFound("evaluation", id.value()));
      }
      Evaluation recorded = found.get();
      Optional<DossierAsRecorded> kept = context.ports().evaluations().dossierAsRecorded(id);
      return context.dossiers().of(o, EvaluationEngine.periodEnding(recorded.evaluatedOn()))
          .map(dossier -> kept.map(k -> asRecorded(recorded, k, dossier)).orElseGet(() -> byDates(recorded, dossier)));
    }));
  }

  private Verification byDates(Evaluation recorded, Dossier dossier) {
    EvaluationResult again = recompute(recorded, dossier);
    return new Verification(recorded, again, again.dossierHash().equals(recorded.dossierHash()), again.rating() == recorded.rating(),
        again.totalPercent().compareTo(recorded.totalPercent()) == 0, again.policyVersions().equals(recorded.policyVersions()),
        Form.BY_DATES, 0, false, List.of(), List.of(), List.of());
  }

  private Verification asRecorded(Evaluation recorded, DossierAsRecorded kept, Dossier dossier) {
    var day = recorded.evaluatedOn();
    Map<String, Snapshot.Entry> then = new LinkedHashMap<>();
    kept.entries().forEach(e -> then.put(e.part() + ' ' + e.key(), e));
    Map<String, Snapshot.Entry> now = new LinkedHashMap<>();
    Snapshot.entries(Snapshot.of(dossier, day), day).forEach(e -> now.put(e.part() + ' ' + e.key(), e));
    Set<String> names = new HashSet<>();
    then.values().forEach(e -> names.add(e.key()));
    now.values().forEach(e -> names.add(e.key()));
    names.add(recorded.id().value());
    String clusterId = dossier.cluster().id().value();
    String authorityId = dossier.organization().authority().value();
    names.add(clusterId);
    names.add(authorityId);
    names.add(dossier.organization().id().value());
    After after = after(kept.recordedThrough(), names);

    List<Difference> differences = new ArrayList<>();
    List<Late> changedAfter = new ArrayList<>();
    List<Late> backDated = new ArrayList<>();
    for (var e : then.values()) {
      Snapshot.Entry current = now.get(e.part() + ' ' + e.key());
      if (current != null && current.line().equals(e.line())) {
        continue;
      }
      List<Entered> why = after.explaining(e.part(), e.key(), current, dossier.organization().id().value(), clusterId, authorityId);
      if (!why.isEmpty()) {
        changedAfter.add(new Late(e.part(), e.key(), why));
      } else {
        differences.add(new Difference(e.part(), e.key(), current == null ? Change.MISSING : Change.CHANGED));
      }
    }
    for (var e : now.values()) {
      if (then.containsKey(e.part() + ' ' + e.key())) {
        continue;
      }
      List<Entered> why = after.explaining(e.part(), e.key(), e, dossier.organization().id().value(), clusterId, authorityId);
      if (why.isEmpty()) {
        differences.add(new Difference(e.part(), e.key(), Change.UNRECORDED));
      } else if (e.part().equals("accountSharedWith")) {
        changedAfter.add(new Late(e.part(), e.key(), why));
      } else {
        backDated.add(new Late(e.part(), e.key(), why));
      }
    }
    // the stored evaluation is the one its event entered: rating, total and hash as the log has them
    var ownEvent = after.evaluationRecorded(recorded.id().value());
    if (ownEvent.isEmpty() || !ownEvent.get().getOrDefault("rating", "").equals(recorded.rating().name())
        || !ownEvent.get().getOrDefault("dossierHash", "").equals(recorded.dossierHash())
        || !sameTotal(ownEvent.get().get("totalPercent"), recorded.totalPercent())) {
      differences.add(new Difference("evaluation", recorded.id().value(), ownEvent.isEmpty() ? Change.UNRECORDED : Change.CHANGED));
    }

    Set<String> keptKeys = then.keySet();
    Dossier asRecorded = Snapshot.keeping(dossier, (part, key) -> keptKeys.contains(part + ' ' + key));
    EvaluationResult again = recompute(recorded, asRecorded);
    return new Verification(recorded, again, again.dossierHash().equals(recorded.dossierHash()), again.rating() == recorded.rating(),
        again.totalPercent().compareTo(recorded.totalPercent()) == 0, again.policyVersions().equals(recorded.policyVersions()),
        Form.AS_RECORDED, kept.recordedThrough(), kept.hash().equals(recorded.dossierHash()), differences, changedAfter, backDated);
  }

  private static boolean sameTotal(String logged, BigDecimal stored) {
    try {
      return logged != null && new BigDecimal(logged).compareTo(stored) == 0;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  private EvaluationResult recompute(Evaluation recorded, Dossier dossier) {
    var policy = PolicyResolver.resolveAsRecorded(context.ports().policyPacks().all(), dossier.cluster().region(),
        recorded.evaluatedOn(), recorded.policyVersions());
    return EvaluationEngine.evaluate(dossier, policy, recorded.evaluatedOn(), context.book());
  }

  /** The events entered after the evaluation's moment that name one of {@code names}, and whether any PO's record moved. */
  private After after(long recordedThrough, Set<String> names) {
    Map<String, List<Entered>> byName = new HashMap<>();
    Map<String, Map<String, String>> evaluations = new HashMap<>();
    List<Entered> organizationEvents = new ArrayList<>();
    long cursor = recordedThrough;
    while (true) {
      List<RecordedEvent> page = context.ports().events().read(cursor, 1000);
      if (page.isEmpty()) {
        break;
      }
      for (RecordedEvent r : page) {
        var ev = r.event();
        Entered entered = new Entered(r.sequence(), ev.type(), ev.at());
        if (ev.aggregateType().equals("organization")) {
          organizationEvents.add(entered);
        }
        if (ev.aggregateType().equals("evaluation") && names.contains(ev.aggregateId())) {
          evaluations.putIfAbsent(ev.aggregateId(), ev.data());
        }
        Set<String> named = new HashSet<>();
        if (names.contains(ev.aggregateId())) {
          named.add(ev.aggregateType() + ' ' + ev.aggregateId());
        }
        for (String v : ev.data().values()) {
          if (names.contains(v)) {
            named.add("* " + v);
          }
        }
        named.forEach(n -> byName.computeIfAbsent(n, x -> new ArrayList<>()).add(entered));
      }
      cursor = page.get(page.size() - 1).sequence();
    }
    return new After(byName, evaluations, organizationEvents);
  }

  /** What was entered after the evaluation's moment, by what it names. */
  private record After(Map<String, List<Entered>> byName, Map<String, Map<String, String>> evaluations,
      List<Entered> organizationEvents) {

    Optional<Map<String, String>> evaluationRecorded(String id) {
      return Optional.ofNullable(evaluations.get(id));
    }

    /** The events entered after the moment that account for a record's line being what it is now. */
    List<Entered> explaining(String part, String key, Snapshot.Entry current, String organization, String cluster, String authority) {
      return switch (part) {
        case "organization" -> named("organization", organization);
        case "cluster" -> named("cluster", cluster);
        case "authority" -> named("authority", authority);
        // another PO's recognition or account moves these; the PO's own record too
        case "recognisedPeersInCluster", "accountSharedWith" -> organizationEvents;
        case "rest" -> union(organizationEvents, named("cluster", cluster), named("authority", authority));
        case "day", "period" -> List.of();
        default -> {
          List<Entered> own = union(named(aggregateOf(part), key), byName.getOrDefault("* " + key, List.of()));
          if (part.equals("disclosureObligation") && current != null) {
            // an obligation is fulfilled by a disclosure: the disclosure's event names it, the obligation's line names the disclosure
            List<Entered> fulfilled = new ArrayList<>(own);
            byName.forEach((n, events) -> {
              if (n.startsWith("disclosure ") && current.line().contains(n.substring("disclosure ".length()))) {
                fulfilled.addAll(events);
              }
            });
            yield union(fulfilled);
          }
          yield own;
        }
      };
    }

    private List<Entered> named(String aggregateType, String id) {
      return byName.getOrDefault(aggregateType + ' ' + id, List.of());
    }

    @SafeVarargs
    private static List<Entered> union(List<Entered>... lists) {
      java.util.TreeMap<Long, Entered> out = new java.util.TreeMap<>();
      for (List<Entered> l : lists) {
        l.forEach(e -> out.putIfAbsent(e.sequence(), e));
      }
      return List.copyOf(out.values());
    }

    /** The aggregate type of the events about a part's records. */
    private static String aggregateOf(String part) {
      return switch (part) {
        case "activity" -> "serviceActivity";
        case "income", "expenditure" -> "ledger";
        default -> part;
      };
    }
  }
}
