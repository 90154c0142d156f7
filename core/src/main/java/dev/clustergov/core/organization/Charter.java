package dev.clustergov.core.organization;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The PO's charter (章程, Art.7(2), Art.8(2)): adopted on a date after common consultation, with the
 * business-scope items (业务范围) fees may fund, and the founders who consented to it.
 */
public record Charter(LocalDate adoptedOn, List<String> businessScope, Set<String> consentingFounders) {
  public Charter {
    Objects.requireNonNull(adoptedOn, "adoptedOn");
    businessScope = List.copyOf(businessScope);
    consentingFounders = Set.copyOf(consentingFounders);
  }
}
