package dev.clustergov.adapters.jdbc;

import dev.clustergov.core.application.port.ByOrganization;
import dev.clustergov.core.organization.OrganizationId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.jdbi.v3.core.Handle;

/**
 * The ports' bulk reads (decision 0330): the rows of a set of POs by {@code organization_id IN (<os>)},
 * 500 ids a query, in one transaction, grouped by PO. The per-PO query's {@code ORDER BY} is kept, so each
 * PO's rows come in the order its single read gives them.
 */
final class Bulk {

  private Bulk() {}

  static <T> Map<OrganizationId, List<T>> read(Transactions tx, Set<OrganizationId> organizations,
      BiFunction<Handle, List<String>, List<T>> chunk, Function<T, OrganizationId> organization) {
    List<String> ids = new TreeSet<>(organizations).stream().map(OrganizationId::value).toList();
    return tx.inTransaction(h -> {
      List<T> rows = new ArrayList<>();
      for (List<String> part : Chunks.of(ids)) {
        rows.addAll(chunk.apply(h, part));
      }
      return ByOrganization.group(organizations, rows, organization);
    });
  }
}
