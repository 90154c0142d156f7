package dev.clustergov.core.application.internal;

import dev.clustergov.core.application.Actor;
import dev.clustergov.core.application.Ports;
import dev.clustergov.core.application.Refusal;
import dev.clustergov.core.application.general.RecogniseOrganization;
import dev.clustergov.core.application.general.ReinstateOrganization;
import dev.clustergov.core.application.general.RevokeRecognition;
import dev.clustergov.core.application.general.SuspendOrganization;
import dev.clustergov.core.application.port.ConcurrencyConflict;
import dev.clustergov.core.cluster.Cluster;
import dev.clustergov.core.disclosure.DisclosureObligation;
import dev.clustergov.core.disclosure.DisclosureObligationId;
import dev.clustergov.core.disclosure.MajorMatters;
import dev.clustergov.core.policy.Parameters;
import dev.clustergov.core.kernel.Dates;
import dev.clustergov.core.kernel.DomainEvent;
import dev.clustergov.core.organization.LifecycleStage;
import dev.clustergov.core.organization.OrganizationId;
import dev.clustergov.core.organization.PromotionOrganization;
import dev.clustergov.core.policy.Policy;
import dev.clustergov.core.policy.PolicyResolver;
import dev.clustergov.core.rules.Dossier;
import dev.clustergov.core.rules.Finding;
import dev.clustergov.core.rules.Rejection;
import dev.clustergov.core.rules.RuleBook;
import io.vavr.control.Either;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.Supplier;

/**
 * What a command runs with (命令上下文): the host's driven ports, the rule book and the acting party, and
 * the parts a command decides with, each by its name — {@link Acting} (who acts, on which PO),
 * {@link Loading}, {@link Dossiers}, {@link Lifecycle}, {@link Changes} and {@link Recorder}. Not API:
 * the façade {@link dev.clustergov.core.application.Clustergov} is.
 */
public final class Context {

  /** The key under which every event names its actor ({@link Actor#label()}). */
  public static final String ACTED_BY = "actedBy";

  /** The key under which every event of an import names its batch (decision 0516); other events have none. */
  public static final String IMPORT_BATCH = "importBatch";

  private final Ports ports;
  private final RuleBook book;
  /** Who is acting in the commands run with this context (Art.6, 15, 16, 26). */
  private final Actor actor;
  /** The import the commands run with this context belong to, if any (decision 0516). */
  private final java.util.Optional<dev.clustergov.core.application.ImportBatchId> batch;

  public Context(Ports ports, RuleBook book, Actor actor) {
    this(ports, book, actor, java.util.Optional.empty());
  }

  private Context(Ports ports, RuleBook book, Actor actor, java.util.Optional<dev.clustergov.core.application.ImportBatchId> batch) {
    this.ports = java.util.Objects.requireNonNull(ports, "ports");
    this.book = java.util.Objects.requireNonNull(book, "book");
    this.actor = java.util.Objects.requireNonNull(actor, "actor");
    this.batch = java.util.Objects.requireNonNull(batch, "batch");
  }

  public Ports ports() {
    return ports;
  }

  public RuleBook book() {
    return book;
  }

  public Actor actor() {
    return actor;
  }

  public Acting acting() {
    return new Acting(this);
  }

  public Loading loading() {
    return new Loading(this);
  }

  public Dossiers dossiers() {
    return new Dossiers(this);
  }

  public Lifecycle lifecycle() {
    return new Lifecycle(this);
  }

  public Changes changes() {
    return new Changes(this);
  }

  public Recorder recorder() {
    return new Recorder(this);
  }

  /** The same ports and rules, with {@code other} acting. */
  public Context actingAs(Actor other) {
    return new Context(ports, book, other, batch);
  }

  /** The same ports, rules and actor, every event recorded naming {@code importBatch} (decision 0516). */
  public Context inImport(dev.clustergov.core.application.ImportBatchId importBatch) {
    return new Context(ports, book, actor, java.util.Optional.of(java.util.Objects.requireNonNull(importBatch, "importBatch")));
  }

  /** The import the commands belong to, if any. */
  public java.util.Optional<dev.clustergov.core.application.ImportBatchId> importBatch() {
    return batch;
  }

  public LocalDate today() {
    return ports.clock().today();
  }

  public static <T> Either<Refusal, T> reject(String command, List<Finding> findings) {
    return Either.left(new Refusal.Rejected(new Rejection(command, findings)));
  }

  /** As {@link #reject(String, List)}, for a command taken on a PO in {@code stage} (its words may differ there). */
  public static <T> Either<Refusal, T> reject(String command, dev.clustergov.core.organization.LifecycleStage stage, List<Finding> findings) {
    return Either.left(new Refusal.Rejected(new Rejection(command, findings, java.util.Optional.of(stage))));
  }

  public static <T> Either<Refusal, T> reject(String command, Finding finding) {
    return reject(command, List.of(finding));
  }

  /** Runs {@code work} as one unit of work; a stale write becomes a conflict and nothing is kept. */
  public <T> Either<Refusal, T> write(Supplier<Either<Refusal, T>> work) {
    try {
      return ports.unitOfWork().run(work);
    } catch (ConcurrencyConflict c) {
      return Either.left(new Refusal.Conflict(c.aggregateType(), c.aggregateId(), c.expected(), c.actual()));
    }
  }

  /** The guard for ledger, fee and hire commands: the PO must be operating (established, recognised or suspended). */
  public static java.util.Optional<Finding> booksClosed(PromotionOrganization o) {
    return dev.clustergov.core.rules.ManagementRules.BOOKS_OPEN.check(dev.clustergov.core.rules.ManagementRules.Books.of(o));
  }

  /** A required day that is not after today, for facts being recorded (a payment, a publication, a hire). */
  public io.vavr.control.Validation<io.vavr.collection.Seq<dev.clustergov.core.kernel.Violation>, LocalDate> pastDate(String field, LocalDate day) {
    return dev.clustergov.core.kernel.Validations.seq(dev.clustergov.core.kernel.Validations.day(field, day)).flatMap(d -> d.isAfter(today())
        ? io.vavr.control.Validation.invalid(io.vavr.collection.List.of(dev.clustergov.core.kernel.Violation.of(field, "future-date",
            "该项不能晚于当天（" + Dates.zh(today()) + "）", field + " is after today (" + Dates.en(today()) + ")")))
        : io.vavr.control.Validation.valid(d));
  }
}
