package dev.clustergov.adapters.rest;

import dev.clustergov.core.application.port.EvaluatorReadStamp;
import dev.clustergov.core.application.port.Evaluators;
import dev.clustergov.core.application.port.EventLog;
import dev.clustergov.core.application.port.ReadStamp;
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
 * the same read, as the route's own reads follow it. When the request reads a PO through the read model, the version is
 * read with the PO's read stamp in one statement (decision 0606), and the read model takes that stamp ({@link #stamp})
 * instead of reading it again: an evaluator's read that nothing changed costs one statement, as the public read does.
 */
final class EvaluatorGrants {

  /** How many evaluators are kept; past it the kept ones are dropped and read again (they are few). */
  static final int KEPT = 1_024;

  private final Evaluators store;
  private final EventLog log;
  private final TimeSource clock;
  private final ConcurrentHashMap<String, Evaluator> kept = new ConcurrentHashMap<>();
  /** The evaluator read for the request this thread is handling, if it was read. */
  private final ThreadLocal<Read> request = new ThreadLocal<>();

  /** The evaluator read for a request, and the read stamp of the PO read with it in the same statement, if one was. */
  private record Read(String id, Optional<Evaluator> evaluator, Optional<OrganizationId> po, Optional<ReadStamp> stamp) {}

  EvaluatorGrants(Evaluators store, EventLog log, TimeSource clock) {
    this.store = store;
    this.log = log;
    this.clock = clock;
  }

  /** The evaluator registered under {@code id} as stored now; empty when none is (or the id is malformed). */
  Optional<Evaluator> current(String id) {
    Read pinned = request.get();
    if (pinned != null && pinned.id().equals(id)) {
      return pinned.evaluator();
    }
    Optional<EvaluatorId> parsed = EvaluatorId.parse("evaluator", id).toJavaOptional();
    return parsed.isEmpty() ? Optional.empty() : at(id, parsed.get(), store.version(parsed.get()));
  }

  /** The evaluator {@code id} as stored now, of which {@code version} was read now: the one kept under it, or read whole. */
  private Optional<Evaluator> at(String id, EvaluatorId parsed, Optional<Long> version) {
    if (version.isEmpty()) {
      kept.remove(id);
      return Optional.empty();
    }
    Evaluator known = kept.get(id);
    if (known != null && known.version() == version.get()) {
      return Optional.of(known);
    }
    // read whole; kept under its own version, which names exactly what was read (a save after the version read is newer)
    Optional<Evaluator> read = store.find(parsed);
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
   * on this read. For a request that reads the PO {@code po} through the read model, the evaluator's version and the PO's
   * read stamp are read in one statement where the store can (decision 0606), and the stamp is kept for the request
   * ({@link #stamp}); where it cannot, or for any other request ({@code po} empty), the version is read alone.
   */
  Optional<Evaluator> pin(String id, Optional<OrganizationId> po) {
    request.remove();
    Optional<EvaluatorId> parsed = EvaluatorId.parse("evaluator", id).toJavaOptional();
    Optional<EvaluatorReadStamp> both = parsed.isEmpty() || po.isEmpty() ? Optional.empty() : log.stamp(po.get(), parsed.get());
    Optional<Evaluator> now = parsed.isEmpty() ? Optional.empty()
        : at(id, parsed.get(), both.isPresent() ? both.get().evaluator() : store.version(parsed.get()));
    request.set(new Read(id, now, both.isPresent() ? po : Optional.empty(), both.map(EvaluatorReadStamp::organization)));
    return now;
  }

  /**
   * The read stamp of {@code po} read with the evaluator pinned for this thread's request, if it was (decision 0606): of the
   * same moment as the version that decided the grant, and no older than the request.
   */
  Optional<ReadStamp> stamp(OrganizationId po) {
    Read pinned = request.get();
    return pinned != null && pinned.po().equals(Optional.of(po)) ? pinned.stamp() : Optional.empty();
  }

  /** The request is answered: the next one reads again. */
  void unpin() {
    request.remove();
  }
}
