package dev.clustergov.core.organization;

import java.time.LocalDate;
import java.util.List;
import java.util.Collections;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The PO's charter (章程, Art.7(2), Art.8(2)): adopted on a date after common consultation, with the
 * business-scope items (业务范围) fees may fund, and the founders who consented to it.
 */
public record Charter(LocalDate adoptedOn, List<String> businessScope, Set<String> consentingFounders) {
  public Charter {
    Objects.requireNonNull(adoptedOn, "adoptedOn");
    businessScope = List.copyOf(businessScope);
    // by name, the same in every process (not Set.copyOf's order, which changes from one JVM to the next): the charter's
    // text is part of the evaluation's dossier hash (SnapshotAcrossProcessesTest)
    consentingFounders = Collections.unmodifiableSortedSet(new TreeSet<>(consentingFounders));
  }
}
