package dev.clustergov.adapters.jdbc;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A table's column list (列清单), stated once: every INSERT, UPDATE and SELECT of the table is written from it,
 * and each column is bound under its own name ({@code :cluster_id}). A column added here is therefore in every
 * statement, and a row record that forgets to bind it fails on its first statement, since Jdbi refuses a
 * statement with a named parameter left unbound.
 */
final class Columns {
  private final String table;
  private final List<String> names;

  private Columns(String table, List<String> names) {
    this.table = table;
    this.names = names;
  }

  static Columns of(String table, String... names) {
    return new Columns(table, List.of(names));
  }

  String table() {
    return table;
  }

  List<String> names() {
    return names;
  }

  /** {@code a, b, c} */
  String list() {
    return String.join(", ", names);
  }

  /** {@code x.a, x.b, x.c}, for a join where the table is {@code alias}. */
  String list(String alias) {
    return names.stream().map(n -> alias + "." + n).collect(Collectors.joining(", "));
  }

  /** {@code SELECT a, b, c FROM t}; the caller adds its WHERE and ORDER BY. */
  String select() {
    return "SELECT " + list() + " FROM " + table;
  }

  /** {@code INSERT INTO t (a, b, c) VALUES (:a, :b, :c)} */
  String insert() {
    return "INSERT INTO " + table + " (" + list() + ") VALUES ("
        + names.stream().map(n -> ":" + n).collect(Collectors.joining(", ")) + ")";
  }

  /**
   * The optimistic update of a versioned row ({@link Versioned}): every column but {@code id} and {@code version}
   * set from its parameter, the version raised by one, only where the id and the version read still match.
   */
  String versionedUpdate() {
    return "UPDATE " + table + " SET version = version + 1, "
        + names.stream().filter(n -> !n.equals("id") && !n.equals("version")).map(n -> n + " = :" + n)
            .collect(Collectors.joining(", "))
        + " WHERE id = :id AND version = :version";
  }

  /** {@code DELETE FROM t WHERE organization_id IN (<ids>)}: a PO's child rows, for a chunk of POs. */
  String deleteOfOrganizations() {
    return "DELETE FROM " + table + " WHERE organization_id IN (<ids>)";
  }

  @Override
  public String toString() {
    return table + " (" + list() + ")";
  }
}
