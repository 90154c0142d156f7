package dev.clustergov.core.testkit.memory;

import dev.clustergov.core.application.port.IdSource;
import dev.clustergov.core.kernel.Identifier;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Deterministic identifiers (顺序标识) for tests: {@code org-000001}, {@code org-000002}, … with one
 * counter per kind, so a scenario gives the same ids on every run. Safe to share between threads.
 */
public final class SequentialIds implements IdSource {
  private final ConcurrentMap<String, AtomicLong> counters = new ConcurrentHashMap<>();

  @Override
  public String next(String kind) {
    // kind + '-' + at least six digits must still be an identifier (at most 64 characters)
    if (kind == null || kind.length() > 57 || !Identifier.wellFormed(kind)) {
      throw new IllegalArgumentException("not a usable id kind: " + kind);
    }
    long n = counters.computeIfAbsent(kind, k -> new AtomicLong()).incrementAndGet();
    return String.format("%s-%06d", kind, n);
  }
}
