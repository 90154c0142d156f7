package dev.clustergov.adapters.rest;

import dev.clustergov.core.application.port.Evaluators;
import dev.clustergov.core.application.port.TimeSource;
import dev.clustergov.core.organization.OrganizationId;
import dev.clustergov.core.supervision.Evaluator;
import dev.clustergov.core.supervision.EvaluatorId;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What an evaluator's token grants now (评价机构委托核验, Art.28 with Art.26, decisions 0380, 0580): whether it names a
 * registered third-party evaluator, and whether that evaluator is engaged for a PO today — decided on every request from
 * the evaluator as stored now, read cheaply. Each check reads the evaluator's version (one statement on its own row); an
 * evaluator kept from an earlier request under the same version is the stored one, since every change to an evaluator — a
 * tie declared, an engagement made or ended — is a save that advances it. So an engagement ended, on this instance or on
 * another on the same database, refuses the very next request, and the day is today's on each request.
 *
 * <p>Within one request the evaluator is read once ({@link #pin}): the registration and the engagement are checked on
 * the same read, as the route's own reads follow it.
 */
final class EvaluatorGrants {

  /** How many evaluators are kept; past it the kept ones are dropped and read again (they are few). */
  static final int KEPT = 1_024;

  private final Evaluators store;
  private final TimeSource clock;
  private final ConcurrentHashMap<String, Evaluator> kept = new ConcurrentHashMap<>();
  /** The evaluator read for the request this thread is handling, if it was read. */
  private final ThreadLocal<Read> request = new ThreadLocal<>();

  private record Read(String id, Optional<Evaluator> evaluator) {}

  EvaluatorGrants(Evaluators store, TimeSource clock) {
    this.store = store;
    this.clock = clock;
  }

  /** The evaluator registered under {@code id} as stored now; empty when none is (or the id is malformed). */
  Optional<Evaluator> current(String id) {
    Read pinned = request.get();
    if (pinned != null && pinned.id().equals(id)) {
      return pinned.evaluator();
    }
    Optional<EvaluatorId> parsed = EvaluatorId.parse("evaluator", id).toJavaOptional();
    if (parsed.isEmpty()) {
      return Optional.empty();
    }
    Optional<Long> version = store.version(parsed.get());
    if (version.isEmpty()) {
      kept.remove(id);
      return Optional.empty();
    }
    Evaluator known = kept.get(id);
    if (known != null && known.version() == version.get()) {
      return Optional.of(known);
    }
    // read whole; kept under its own version, which names exactly what was read (a save after the version read is newer)
    Optional<Evaluator> read = store.find(parsed.get());
    read.ifPresentOrElse(e -> {
      if (kept.size() >= KEPT) {
        kept.clear();
      }
      kept.merge(id, e, (old, now) -> now.version() >= old.version() ? now : old);
    }, () -> kept.remove(id));
    return read;
  }

  /** Whether {@code id} names a registered evaluator now. */
  boolean registered(String id) {
    return current(id).isPresent();
  }

  /** Whether {@code evaluator} names a registered evaluator engaged today for the PO {@code po} (Art.28). */
  boolean engaged(String evaluator, String po) {
    return current(evaluator).flatMap(e -> OrganizationId.parse("organization", po).toJavaOptional()
        .map(o -> e.engagedFor(o, clock.today()))).orElse(false);
  }

  /**
   * Reads the evaluator {@code id} for the request this thread begins to handle: every check until {@link #unpin} decides
   * on this read.
   */
  Optional<Evaluator> pin(String id) {
    request.remove();
    Optional<Evaluator> now = current(id);
    request.set(new Read(id, now));
    return now;
  }

  /** The request is answered: the next one reads again. */
  void unpin() {
    request.remove();
  }
}
