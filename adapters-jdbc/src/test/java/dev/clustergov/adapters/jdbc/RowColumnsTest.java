package dev.clustergov.adapters.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Each row record's column list (列清单) is the record itself and the table as migrated: a column added to the
 * table, the list or the record and forgotten in another fails here, before any statement is written from it.
 */
class RowColumnsTest {
  static final List<Class<? extends Record>> ROWS = List.of(OrganizationRow.class, FounderRow.class,
      ConsortiumComponentRow.class, CharterScopeItemRow.class, CharterConsentRow.class, EquipmentRow.class, StaffRow.class,
      ManagementSystemRow.class, IncomeSourceRow.class, GovernanceBodyRow.class, BodySeatRow.class,
      SeatExpertFieldRow.class);

  @Test
  void each_row_record_has_one_component_per_column_in_the_order_of_its_column_list() throws Exception {
    for (Class<? extends Record> row : ROWS) {
      List<String> components = Arrays.stream(row.getRecordComponents()).map(RecordComponent::getName)
          .map(RowColumnsTest::snake).toList();
      assertThat(columns(row).names()).as(row.getSimpleName()).containsExactlyElementsOf(components);
    }
  }

  @Test
  void each_column_list_names_every_column_of_its_table_as_migrated() throws Exception {
    Connected c = Connected.to(Database.H2_MEMORY);
    try (Connection connection = c.dataSource().getConnection()) {
      for (Class<? extends Record> row : ROWS) {
        Columns columns = columns(row);
        List<String> migrated = new ArrayList<>();
        try (ResultSet rs = connection.getMetaData().getColumns(null, null, columns.table().toUpperCase(Locale.ROOT), null)) {
          while (rs.next()) {
            migrated.add(rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
          }
        }
        assertThat(columns.names()).as(columns.table()).containsExactlyInAnyOrderElementsOf(migrated);
      }
    }
  }

  @Test
  void the_statements_of_a_table_are_written_from_its_one_list() {
    Columns columns = Columns.of("t", "id", "version", "a_b");
    assertThat(columns.select()).isEqualTo("SELECT id, version, a_b FROM t");
    assertThat(columns.insert()).isEqualTo("INSERT INTO t (id, version, a_b) VALUES (:id, :version, :a_b)");
    assertThat(columns.versionedUpdate())
        .isEqualTo("UPDATE t SET version = version + 1, a_b = :a_b WHERE id = :id AND version = :version");
  }

  private static Columns columns(Class<?> row) throws ReflectiveOperationException {
    var field = row.getDeclaredField("COLUMNS");
    field.setAccessible(true);
    return (Columns) field.get(null);
  }

  private static String snake(String camel) {
    return camel.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
  }
}
