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
 */
final class JdbcEventLog implements EventLog {
  static final String TABLE = "event_log";

  private final Transactions tx;

  JdbcEventLog(Transactions tx) {
    this.tx = tx;
  }

  @Override
  public List<RecordedEvent> append(List<DomainEvent> events) {
    if (events.isEmpty()) {
      return List.of();
    }
    return tx.inWriteTransaction(h -> {
      Map<String, Object> head = h.createQuery("SELECT last_seq, last_hash FROM event_head WHERE id = 1 FOR UPDATE")
          .mapToMap()
          .one();
      long seq = ((Number) head.get("last_seq")).longValue();
      String prev = (String) head.get("last_hash");
      List<RecordedEvent> recorded = new ArrayList<>(events.size());
      PreparedBatch batch = h.prepareBatch("INSERT INTO event_log (seq, payload, prev_hash, hash) VALUES (:seq, :payload, :prev, :hash)");
      for (DomainEvent e : events) {
        seq++;
        String payload = e.canonical();
        String hash = Chain.hash(prev, seq, payload);
        batch.bind("seq", seq).bind("payload", payload).bind("prev", prev).bind("hash", hash).add();
        recorded.add(new RecordedEvent(seq, e));
        prev = hash;
      }
      batch.execute();
      h.createUpdate("UPDATE event_head SET last_seq = :seq, last_hash = :hash WHERE id = 1")
          .bind("seq", seq)
          .bind("hash", prev)
          .execute();
      return List.copyOf(recorded);
    });
  }

  @Override
  public List<RecordedEvent> read(long after, int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be at least 1");
    }
    return tx.inTransaction(h -> h.createQuery("SELECT seq, payload FROM event_log WHERE seq > :after ORDER BY seq LIMIT :limit")
        .bind("after", after)
        .bind("limit", limit)
        .map((rs, ctx) -> {
          long seq = rs.getLong("seq");
          DomainEvent event = Chain.parse(rs.getString("payload"))
              .orElseThrow(() -> new CorruptData(TABLE, Long.toString(seq), "payload: not a canonical event"));
          return new RecordedEvent(seq, event);
        })
        .list());
  }

  @Override
  public long last() {
    return tx.inTransaction(h -> h.createQuery("SELECT last_seq FROM event_head WHERE id = 1").mapTo(Long.class).one());
  }
}
