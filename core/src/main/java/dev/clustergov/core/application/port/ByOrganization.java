package dev.clustergov.core.application.port;

import dev.clustergov.core.organization.OrganizationId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The answer of a bulk read (批量读取): for each PO asked about, its rows in the order the per-PO method
 * gives them — every PO asked about is a key, with an empty list when it has none. The ports' bulk methods
 * (e.g. {@link Disputes#of(Set)}) answer with it, so that a registry-wide task such as a what-if loads the
 * parts of a page of POs with one query per table instead of one per PO.
 */
public final class ByOrganization {

  private ByOrganization() {}

  /** The per-PO answers, asked one PO at a time: what a port that has no bulk read of its own gives. */
  public static <T> Map<OrganizationId, List<T>> each(Set<OrganizationId> organizations, Function<OrganizationId, List<T>> one) {
    Map<OrganizationId, List<T>> all = new LinkedHashMap<>();
    for (OrganizationId o : new TreeSet<>(organizations)) {
      all.put(o, List.copyOf(one.apply(o)));
    }
    return all;
  }

  /**
   * {@code rows}, already in the per-PO order, grouped by their organization; rows of POs not asked about
   * are left out, POs asked about without rows get an empty list.
   */
  public static <T> Map<OrganizationId, List<T>> group(
      Set<OrganizationId> organizations, Collection<T> rows, Function<T, OrganizationId> organization) {
    Map<OrganizationId, List<T>> grouped = new LinkedHashMap<>();
    for (OrganizationId o : new TreeSet<>(organizations)) {
      grouped.put(Objects.requireNonNull(o, "organization"), new ArrayList<>());
    }
    for (T row : rows) {
      List<T> of = grouped.get(organization.apply(row));
      if (of != null) {
        of.add(row);
      }
    }
    grouped.replaceAll((o, l) -> List.copyOf(l));
    return grouped;
  }
}
