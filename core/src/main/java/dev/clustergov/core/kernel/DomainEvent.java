package dev.clustergov.core.kernel;

import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Something that happened (领域事件): an accepted command records one or more of these through the
 * event log. The payload is a sorted map of plain strings, so it has one canonical form that an
 * adapter can hash and store without knowing the domain.
 */
public record DomainEvent(String type, String aggregateType, String aggregateId, Instant at, SortedMap<String, String> data) {

  public DomainEvent {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(aggregateType, "aggregateType");
    Objects.requireNonNull(aggregateId, "aggregateId");
    Objects.requireNonNull(at, "at");
    data = Collections.unmodifiableSortedMap(new TreeMap<>(data));
  }

  public static DomainEvent of(String type, String aggregateType, String aggregateId, Instant at, Map<String, String> data) {
    return new DomainEvent(type, aggregateType, aggregateId, at, new TreeMap<>(data));
  }

  /** A canonical text form: type, aggregate, instant and each key=value, escaped, one per line. */
  public String canonical() {
    StringBuilder b = new StringBuilder()
        .append("type=").append(escape(type)).append('\n')
        .append("aggregateType=").append(escape(aggregateType)).append('\n')
        .append("aggregateId=").append(escape(aggregateId)).append('\n')
        .append("at=").append(at).append('\n');
    data.forEach((k, v) -> b.append("data.").append(escape(k)).append('=').append(escape(v)).append('\n'));
    return b.toString();
  }

  private static String escape(String s) {
    return s.replace("\\", "\\\\").replace("\n", "\\n").replace("=", "\\=");
  }
}
