package dev.clustergov.core.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.clustergov.core.application.port.ConcurrencyConflict;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * What every repository of a versioned aggregate promises (乐观并发): a save succeeds only on the stored
 * version (0 when absent), returns the aggregate one version on, and otherwise throws a
 * {@link ConcurrencyConflict} naming both versions and writes nothing. The per-port contracts
 * ({@link ClustersContract}, {@link AuthoritiesContract}, {@link OrganizationsContract}) fill in the
 * hooks; a host extends those, not this.
 */
public abstract class VersionedAggregatesContract<T, I> {

  /** The aggregate type a conflict names, e.g. {@code "Cluster"}. */
  protected abstract String aggregateType();

  /** A new aggregate at version 0; distinct {@code n} give distinct ids. */
  protected abstract T sample(int n);

  /** The same aggregate (id and version) with some content changed. */
  protected abstract T changed(T aggregate);

  protected abstract T save(T aggregate);

  protected abstract Optional<T> find(I id);

  protected abstract I id(T aggregate);

  protected abstract long version(T aggregate);

  protected abstract T withVersion(T aggregate, long version);

  @Test
  public void saves_a_new_aggregate_at_version_one_and_finds_it() {
    T saved = save(sample(1));

    assertThat(version(saved)).isEqualTo(1);
    assertThat(saved).isEqualTo(withVersion(sample(1), 1));
    assertThat(find(id(saved))).contains(saved);
  }

  @Test
  public void finds_nothing_under_an_unknown_id() {
    save(sample(1));

    assertThat(find(id(sample(2)))).isEmpty();
  }

  @Test
  public void versions_increase_by_one_with_each_save() {
    T v1 = save(sample(1));
    T v2 = save(changed(v1));
    T v3 = save(v2);

    assertThat(List.of(version(v1), version(v2), version(v3))).containsExactly(1L, 2L, 3L);
    assertThat(find(id(v3))).contains(v3);
  }

  @Test
  public void a_stale_write_is_refused_naming_both_versions_and_writes_nothing() {
    T v1 = save(sample(1));
    T v2 = save(v1);

    ConcurrencyConflict conflict = catchThrowableOfType(() -> save(changed(v1)), ConcurrencyConflict.class);

    assertThat(conflict).isNotNull();
    assertThat(conflict.aggregateType()).isEqualTo(aggregateType());
    assertThat(conflict.aggregateId()).isEqualTo(id(v1).toString());
    assertThat(conflict.expected()).isEqualTo(1);
    assertThat(conflict.actual()).isEqualTo(2);
    assertThat(find(id(v1))).contains(v2);
  }

  @Test
  public void a_new_aggregate_with_an_existing_id_is_refused() {
    T stored = save(sample(1));

    ConcurrencyConflict conflict = catchThrowableOfType(() -> save(changed(sample(1))), ConcurrencyConflict.class);

    assertThat(conflict).isNotNull();
    assertThat(conflict.expected()).isZero();
    assertThat(conflict.actual()).isEqualTo(1);
    assertThat(find(id(stored))).contains(stored);
  }

  @Test
  public void a_write_claiming_a_version_never_stored_is_refused() {
    T ahead = withVersion(sample(1), 4);

    ConcurrencyConflict conflict = catchThrowableOfType(() -> save(ahead), ConcurrencyConflict.class);

    assertThat(conflict).isNotNull();
    assertThat(conflict.expected()).isEqualTo(4);
    assertThat(conflict.actual()).isZero();
    assertThat(find(id(ahead))).isEmpty();
  }

  @Test
  public void saving_one_aggregate_leaves_the_others_alone() {
    T first = save(sample(1));
    T second = save(sample(2));
    save(changed(second));

    assertThat(find(id(first))).contains(first);
  }

  @Test
  public void of_concurrent_writers_of_the_same_version_exactly_one_wins() throws Exception {
    T v1 = save(sample(1));
    int writers = 8;
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(writers);
    try {
      List<Future<Boolean>> outcomes = new ArrayList<>();
      for (int i = 0; i < writers; i++) {
        Callable<Boolean> write = () -> {
          start.await();
          try {
            save(changed(v1));
            return true;
          } catch (ConcurrencyConflict c) {
            return false;
          }
        };
        outcomes.add(pool.submit(write));
      }
      start.countDown();
      int wins = 0;
      for (Future<Boolean> f : outcomes) {
        wins += f.get(30, TimeUnit.SECONDS) ? 1 : 0;
      }
      assertThat(wins).isEqualTo(1);
      assertThat(find(id(v1)).map(this::version)).contains(2L);
    } finally {
      pool.shutdownNow();
    }
  }
}
