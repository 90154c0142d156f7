package dev.clustergov.core.testkit.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;

/**
 * The store's index by owner and its keyset pages answer exactly what a pass over every row would: after saves that
 * move a row to another owner, and after a unit of work's rows are restored.
 */
class VersionedStoreTest {

  /** A record of an owner, with the store's optimistic version. */
  record Row(String id, String owner, int size, long version) {
    Row withVersion(long v) {
      return new Row(id, owner, size, v);
    }

    Row movedTo(String other) {
      return new Row(id, other, size, version);
    }
  }

  private final VersionedStore<String, Row> store =
      new VersionedStore<String, Row>("Row", Row::id, Row::version, Row::withVersion).indexedBy(Row::owner);

  @Test
  void an_owner_s_rows_are_those_a_pass_over_every_row_finds_in_id_order() {
    store.save(new Row("r3", "a", 3, 0));
    store.save(new Row("r1", "a", 1, 0));
    store.save(new Row("r2", "b", 2, 0));
    store.save(new Row("r4", "c", 4, 0));

    assertThat(ids(store.ofOwner("a", r -> true))).containsExactly("r1", "r3");
    assertThat(ids(store.ofOwners(Set.of("a", "b"), r -> true))).containsExactly("r1", "r2", "r3");
    assertThat(ids(store.ofOwners(Set.of("a", "c"), r -> r.size() > 1))).containsExactly("r3", "r4");
    assertThat(store.ofOwner("nobody", r -> true)).isEmpty();
    assertThat(store.ofOwners(Set.of("a", "b", "c"), r -> true)).isEqualTo(store.where(r -> true));
  }

  @Test
  void a_row_saved_under_another_owner_leaves_its_old_owner() {
    Row saved = store.save(new Row("r1", "a", 1, 0));
    store.save(new Row("r2", "a", 2, 0));

    Row moved = store.save(saved.movedTo("b"));

    assertThat(ids(store.ofOwner("a", r -> true))).containsExactly("r2");
    assertThat(store.ofOwner("b", r -> true)).containsExactly(moved);
    assertThat(moved.version()).isEqualTo(2);
  }

  @Test
  void restored_rows_are_indexed_as_they_were_and_the_change_count_advances() {
    store.save(new Row("r1", "a", 1, 0));
    SortedMap<String, Row> before = store.copy();
    long changes = store.changes();
    Row r1 = store.find("r1").orElseThrow();
    store.save(r1.movedTo("b"));
    store.save(new Row("r2", "b", 2, 0));
    assertThat(store.changes()).isEqualTo(changes + 2);

    store.restore(before);

    assertThat(store.changes()).isEqualTo(changes + 3);
    assertThat(ids(store.ofOwner("a", r -> true))).containsExactly("r1");
    assertThat(store.ofOwner("b", r -> true)).isEmpty();
  }

  @Test
  void a_keyset_page_starts_after_its_key_and_stops_at_its_limit() {
    for (int i = 1; i <= 9; i++) {
      store.save(new Row("r" + i, i % 2 == 0 ? "even" : "odd", i, 0));
    }

    assertThat(ids(store.page(Optional.empty(), r -> true, 4))).containsExactly("r1", "r2", "r3", "r4");
    assertThat(ids(store.page(Optional.of("r4"), r -> true, 4))).containsExactly("r5", "r6", "r7", "r8");
    assertThat(ids(store.page(Optional.of("r8"), r -> true, 4))).containsExactly("r9");
    assertThat(ids(store.page(Optional.of("r2"), r -> r.owner().equals("odd"), 2))).containsExactly("r3", "r5");
    assertThat(ids(store.page(Optional.of("r0"), r -> true, 1))).containsExactly("r1");
    assertThat(store.page(Optional.of("r9"), r -> true, 4)).isEmpty();
  }

  @Test
  void a_store_without_an_index_refuses_to_read_by_owner_and_an_index_is_made_once() {
    VersionedStore<String, Row> plain = new VersionedStore<>("Row", Row::id, Row::version, Row::withVersion);

    assertThatThrownBy(() -> plain.ofOwner("a", r -> true)).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("Row has no index by owner");
    assertThatThrownBy(() -> store.indexedBy(Row::owner)).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("indexed already");
  }

  private static List<String> ids(List<Row> rows) {
    return rows.stream().map(Row::id).toList();
  }
}
