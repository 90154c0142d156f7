package dev.clustergov.core.testkit.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.clustergov.core.application.Ports;
import dev.clustergov.core.application.port.RecordedEvent;
import dev.clustergov.core.testkit.contract.Samples;
import io.vavr.control.Either;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class InMemoryClustergovTest {
  private final InMemoryClustergov memory = new InMemoryClustergov();

  @Test
  void ports_are_the_registrys_own_adapters() {
    Ports ports = memory.ports();

    assertThat(ports.clusters()).isSameAs(memory.clusters());
    assertThat(ports.authorities()).isSameAs(memory.authorities());
    assertThat(ports.organizations()).isSameAs(memory.organizations());
    assertThat(ports.policyPacks()).isSameAs(memory.policyPacks());
    assertThat(ports.events()).isSameAs(memory.events());
    assertThat(ports.clock()).isSameAs(memory.clock());
    assertThat(ports.ids()).isSameAs(memory.ids());
    assertThat(ports.unitOfWork()).isSameAs(memory.unitOfWork());
    assertThat(ports.disputes()).isSameAs(memory.disputes());
    assertThat(ports.ipAgreements()).isSameAs(memory.ipAgreements());
  }

  @Test
  void a_snapshot_is_unchanged_by_a_refused_unit_of_work_and_changed_by_an_accepted_one() {
    memory.clusters().save(Samples.cluster());
    InMemoryClustergov.Snapshot before = memory.snapshot();

    memory.unitOfWork().run(() -> {
      memory.authorities().save(Samples.authority());
      memory.events().append(List.of(Samples.event("org-001", 1)));
      return Either.left("refused");
    });
    assertThat(memory.snapshot()).isEqualTo(before);

    memory.unitOfWork().run(() -> Either.right(memory.authorities().save(Samples.authority())));
    assertThat(memory.snapshot()).isNotEqualTo(before);
    assertThat(memory.snapshot().authorities()).containsKey(Samples.AUTHORITY);
  }

  @Test
  void a_snapshot_is_a_value_later_writes_do_not_touch() {
    InMemoryClustergov.Snapshot empty = memory.snapshot();
    memory.clusters().save(Samples.cluster());

    assertThat(empty.clusters()).isEmpty();
    assertThat(catchThrowable(() -> empty.clusters().clear())).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void ids_and_clock_are_not_rolled_back() {
    memory.unitOfWork().run(() -> {
      memory.ids().next("org");
      return Either.left("refused");
    });

    assertThat(memory.ids().next("org")).isEqualTo("org-000002");
  }

  @Test
  void units_of_work_on_several_threads_run_one_at_a_time() throws Exception {
    int threads = 8;
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int n = t;
        done.add(pool.submit(() -> {
          start.await();
          for (int i = 0; i < 50; i++) {
            int k = i;
            memory.unitOfWork().run(() -> {
              long before = memory.events().last();
              memory.events().append(List.of(Samples.event("org-" + n, k)));
              // nobody else may append between our read and our write
              assertThat(memory.events().last()).isEqualTo(before + 1);
              return k % 2 == 0 ? Either.right(k) : Either.left(k);
            });
          }
          return null;
        }));
      }
      start.countDown();
      for (Future<?> f : done) {
        f.get(30, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }

    assertThat(memory.events().last()).isEqualTo(threads * 25L);
    assertThat(memory.events().read(0, 500)).extracting(RecordedEvent::sequence)
        .containsExactlyElementsOf(LongStream.rangeClosed(1, threads * 25L).boxed().toList());
  }
}
