package dev.clustergov.adapters.jdbc;

import dev.clustergov.core.application.port.EventLog;
import dev.clustergov.core.application.port.RecordedEvent;
import dev.clustergov.core.kernel.DomainEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * {@link EventLog} in the table {@code event_log}. Sequence numbers are allocated under the lock of
 * {@code event_head}'s one row ({@code SELECT … FOR UPDATE}, on H2 and PostgreSQL alike) in the
 * transaction of the state change, so they are gap-free: a rolled-back unit of work gives its numbers
 * back, and concurrent writers — even in several processes sharing one database — queue on the lock.
 *
 * <p>In the same transaction it advances the read stamps (decision 0420): an event about a PO's own parts sets the
 * PO's row of {@code organization_stamp} to its sequence number; an event of a PO's own record, or of no PO, advances
 * {@code event_head.registry_stamp} too, in the statement that moves the head.
 */
final class JdbcEventLog implements EventLog {
  static final String TABLE = "event_log";

  private final Transactions tx;
  private final AggregateStates states;
  /** Why appending is refused, once the chain was found broken (decision 0372); null while it is not. */
  private volatile String halted;

  JdbcEventLog(Transactions tx, AggregateStates states) {
    this.tx = tx;
    this.states = states;
  }

  /** Refuses every append from now on, for {@code reason}: a broken chain must not be buried under new entries. */
  void halt(String reason) {
    this.halted = java.util.Objects.requireNonNull(reason, "reason");
  }

  /** Why appending is refused, if it is. */
  java.util.Optional<String> halted() {
    return java.util.Optional.ofNullable(halted);
  }

  @Override
  public List<RecordedEvent> append(List<DomainEvent> events) {
    if (events.isEmpty()) {
      return List.of();
    }
    String reason = halted;
    if (reason != null) {
      // a connection-class SQLSTATE, so that the server answers 503 (decision 0300) and the caller retries later
      throw new IllegalStateException("the event log takes no entry: " + reason,
          new java.sql.SQLNonTransientConnectionException("event log halted: " + reason, "08000"));
    }
    return tx.inWriteTransaction(h -> {
      Map<String, Object> head = h.createQuery("SELECT last_seq, last_hash FROM event_head WHERE id = 1 FOR UPDATE")
          .mapToMap()
          .one();
      long seq = ((Number) head.get("last_seq")).longValue();
      String prev = (String) head.get("last_hash");
      List<RecordedEvent> recorded = new ArrayList<>(events.size());
      Map<String, Long> organizations = new java.util.LinkedHashMap<>();
      int registry = 0;
      PreparedBatch batch = h.prepareBatch("INSERT INTO event_log (seq, payload, prev_hash, hash, state_hash) VALUES (:seq, :payload, :prev, :hash, :state)");
      for (DomainEvent e : events) {
        seq++;
        String payload = e.canonical();
        // the state this unit of work has written for the event's aggregate, read back in it: one statement per event
        String state = states.hash(h, e.aggregateType(), e.aggregateId()).orElse(null);
        String hash = Chain.hash(prev, seq, payload, state);
        batch.bind("seq", seq).bind("payload", payload).bind("prev", prev).bind("hash", hash).bind("state", state).add();
        recorded.add(new RecordedEvent(seq, e));
        prev = hash;
        String po = organizationOf(e);
        if (po != null) {
          organizations.put(po, seq);
        }
        if (po == null || e.aggregateType().equals(ORGANIZATION)) {
          registry = 1;
        }
      }
      batch.execute();
      h.createUpdate("UPDATE event_head SET last_seq = :seq, last_hash = :hash, registry_stamp = registry_stamp + :registry WHERE id = 1")
          .bind("seq", seq)
          .bind("hash", prev)
          .bind("registry", registry)
          .execute();
      // under event_head's lock: no other writer inserts the same PO's stamp between the update and the insert
      organizations.forEach((po, at) -> {
        if (h.createUpdate("UPDATE organization_stamp SET stamp = :at WHERE organization_id = :po").bind("at", at).bind("po", po).execute() == 0) {
          h.createUpdate("INSERT INTO organization_stamp (organization_id, stamp) VALUES (:po, :at)").bind("po", po).bind("at", at).execute();
        }
      });
      tx.stamped();
      return List.copyOf(recorded);
    });
  }

  @Override
  public List<RecordedEvent> read(long after, int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be at least 1");
    }
    return tx.inTransaction(h -> h.createQuery(
            "SELECT seq, payload, prev_hash, hash, state_hash FROM event_log WHERE seq > :after ORDER BY seq LIMIT :limit")
        .bind("after", after)
        .bind("limit", limit)
        .map((rs, ctx) -> {
          long seq = rs.getLong("seq");
          // an entry whose hash does not match it is not served as if it were sound (issue 15); its link to the entry
          // before is the verifier's to check
          if (!Chain.hash(rs.getString("prev_hash"), seq, rs.getString("payload"), rs.getString("state_hash"))
              .equals(rs.getString("hash"))) {
            throw new CorruptData(TABLE, Long.toString(seq), "hash: does not match the entry (altered)");
          }
          DomainEvent event = Chain.parse(rs.getString("payload"))
              .orElseThrow(() -> new CorruptData(TABLE, Long.toString(seq), "payload: not a canonical event"));
          return new RecordedEvent(seq, event);
        })
        .list());
  }

  /** The aggregate type of a PO's own record. */
  private static final String ORGANIZATION = "organization";

  /** The aggregate type of a PO's books, whose id is the PO's (income, expenditures, charges). */
  private static final String LEDGER = "ledger";

  /**
   * The PO an event is about — its aggregate, its books, or the {@code organization} it names — or null: an event
   * about no PO this can name advances the registry's stamp, which is never wrong, only coarser.
   */
  private static String organizationOf(DomainEvent e) {
    return e.aggregateType().equals(ORGANIZATION) || e.aggregateType().equals(LEDGER) ? e.aggregateId() : e.data().get(ORGANIZATION);
  }

  /**
   * One statement, in auto-commit outside a transaction: the PO's stamp and the registry's (decision 0420). Run as a plain
   * JDBC statement ({@link Transactions#readPlain}, decision 0612): it is read on every GET of a PO's resources.
   */
  @Override
  public java.util.Optional<dev.clustergov.core.application.port.ReadStamp> stamp(dev.clustergov.core.organization.OrganizationId organization) {
    return java.util.Optional.of(tx.readPlain(
        "SELECT h.registry_stamp, s.stamp FROM event_head h LEFT JOIN organization_stamp s ON s.organization_id = ? WHERE h.id = 1",
        st -> st.setString(1, organization.value()),
        rs -> {
          if (!rs.next()) {
            throw new IllegalStateException("event_head has no row 1: the schema is not migrated");
          }
          return new dev.clustergov.core.application.port.ReadStamp(rs.getLong(2), rs.getLong(1));
        }));
  }

  /**
   * One statement, in auto-commit outside a transaction (decision 0606): the evaluator's version, as {@link
   * JdbcEvaluators#version} reads it on its own row, with the PO's stamp and the registry's, as {@link #stamp} reads them.
   * A scalar subquery on the evaluator's key beside the stamps' join: every value is of the one statement's moment. A
   * plain JDBC statement, as {@link #stamp(dev.clustergov.core.organization.OrganizationId)} (decision 0612).
   */
  @Override
  public java.util.Optional<dev.clustergov.core.application.port.EvaluatorReadStamp> stamp(
      dev.clustergov.core.organization.OrganizationId organization, dev.clustergov.core.supervision.EvaluatorId evaluator) {
    return java.util.Optional.of(tx.readPlain("SELECT h.registry_stamp, s.stamp, (SELECT e.version FROM " + JdbcEvaluators.TABLE
            + " e WHERE e.id = ?) FROM event_head h LEFT JOIN organization_stamp s ON s.organization_id = ? WHERE h.id = 1",
        st -> {
          st.setString(1, evaluator.value());
          st.setString(2, organization.value());
        },
        rs -> {
          if (!rs.next()) {
            throw new IllegalStateException("event_head has no row 1: the schema is not migrated");
          }
          long version = rs.getLong(3);
          java.util.Optional<Long> registered = rs.wasNull() ? java.util.Optional.empty() : java.util.Optional.of(version);
          return new dev.clustergov.core.application.port.EvaluatorReadStamp(registered,
              new dev.clustergov.core.application.port.ReadStamp(rs.getLong(2), rs.getLong(1)));
        }));
  }

  @Override
  public long last() {
    return tx.inTransaction(h -> h.createQuery("SELECT last_seq FROM event_head WHERE id = 1").mapTo(Long.class).one());
  }
}
