package dev.clustergov.core.ip;

import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;

/** Who owns a kind of result (知识产权的归属): e.g. "联合研发形成的专利" owned jointly by two parties. */
public record Ownership(String results, SortedSet<String> owners) {
  public Ownership {
    Objects.requireNonNull(results, "results");
    owners = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(owners));
  }
}
