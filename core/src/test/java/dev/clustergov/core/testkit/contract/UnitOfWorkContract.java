package dev.clustergov.core.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.clustergov.core.application.Ports;
import dev.clustergov.core.application.port.ConcurrencyConflict;
import dev.clustergov.core.application.port.KeyedAnswer;
import dev.clustergov.core.cluster.Cluster;
import dev.clustergov.core.organization.OrganizationId;
import dev.clustergov.core.supervision.Authority;
import io.vavr.control.Either;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link dev.clustergov.core.application.port.UnitOfWork}: extend it with a factory of
 * fresh, empty ports whose repositories and event log all take part in the ports' unit of work.
 */
public abstract class UnitOfWorkContract {
  private Ports ports;

  /** Fresh, empty ports sharing one unit of work; called once per test, on first use. */
  protected abstract Ports freshPorts();

  protected final Ports ports() {
    if (ports == null) {
      ports = freshPorts();
    }
    return ports;
  }

  /** A cluster at version 1 and one event, committed before the unit of work under test. */
  private Cluster committedBefore() {
    Cluster stored = ports().clusters().save(Samples.cluster());
    ports().events().append(List.of(Samples.event("org-000", 0)));
    return stored;
  }

  /** Writes through every repository and the event log. */
  private void writeEverything(Cluster stored) {
    ports().clusters().save(stored);
    ports().clusters().save(Samples.cluster("cluster-2"));
    ports().authorities().save(Samples.authority());
    ports().organizations().save(Samples.organization("org-001"));
    ports().disputes().save(DisputeSamples.raised("dispute-1", DisputeSamples.PO));
    ports().ipAgreements().save(DisputeSamples.drafted("ip-1", DisputeSamples.PO));
    ports().policyPacks().publish(Samples.policyPack(Samples.SUZHOU, 1));
    ports().events().append(List.of(Samples.event("org-001", 1), Samples.event("org-001", 2)));
  }

  private void assertOnlyWhatWasCommittedBefore(Cluster stored) {
    assertThat(ports().clusters().all()).containsExactly(stored);
    assertThat(ports().authorities().all()).isEmpty();
    assertThat(ports().organizations().find(new OrganizationId("org-001"))).isEmpty();
    assertThat(ports().disputes().of(DisputeSamples.PO)).isEmpty();
    assertThat(ports().ipAgreements().of(DisputeSamples.PO)).isEmpty();
    assertThat(ports().policyPacks().all()).isEmpty();
    assertThat(ports().events().last()).isEqualTo(1);
    assertThat(ports().events().read(0, 10)).hasSize(1);
  }

  @Test
  public void commits_everything_written_when_the_work_returns_right() {
    Cluster stored = committedBefore();

    Either<String, String> result = ports().unitOfWork().run(() -> {
      writeEverything(stored);
      return Either.right("done");
    });

    assertThat(result).isEqualTo(Either.right("done"));
    assertThat(ports().clusters().find(stored.id())).contains(stored.withVersion(2));
    assertThat(ports().clusters().all()).hasSize(2);
    assertThat(ports().authorities().find(Samples.AUTHORITY)).isPresent();
    assertThat(ports().organizations().find(new OrganizationId("org-001"))).isPresent();
    assertThat(ports().disputes().of(DisputeSamples.PO)).hasSize(1);
    assertThat(ports().ipAgreements().of(DisputeSamples.PO)).hasSize(1);
    assertThat(ports().policyPacks().all()).hasSize(1);
    assertThat(ports().events().last()).isEqualTo(3);
  }

  @Test
  public void rolls_back_repositories_and_event_log_when_the_work_returns_left() {
    Cluster stored = committedBefore();

    Either<String, String> result = ports().unitOfWork().run(() -> {
      writeEverything(stored);
      return Either.left("refused");
    });

    assertThat(result).isEqualTo(Either.left("refused"));
    assertOnlyWhatWasCommittedBefore(stored);
  }

  @Test
  public void rolls_back_repositories_and_event_log_and_rethrows_when_the_work_throws() {
    Cluster stored = committedBefore();
    IllegalStateException failure = new IllegalStateException("infrastructure fault");

    Throwable thrown = catchThrowable(() -> ports().unitOfWork().run(() -> {
      writeEverything(stored);
      throw failure;
    }));

    assertThat(thrown).isSameAs(failure);
    assertOnlyWhatWasCommittedBefore(stored);
  }

  @Test
  public void a_conflict_inside_the_work_rolls_back_what_was_written_before_it() {
    Cluster stored = committedBefore();

    Throwable thrown = catchThrowable(() -> ports().unitOfWork().run(() -> {
      writeEverything(stored);
      ports().clusters().save(stored);
      return Either.right("unreachable");
    }));

    assertThat(thrown).isInstanceOf(ConcurrencyConflict.class);
    assertOnlyWhatWasCommittedBefore(stored);
  }

  @Test
  public void a_unit_of_work_run_inside_another_joins_it_and_the_outer_outcome_decides() {
    Cluster stored = committedBefore();

    Either<String, String> result = ports().unitOfWork().run(() -> {
      Either<String, Authority> inner = ports().unitOfWork().run(() -> {
        writeEverything(stored);
        return Either.right(Samples.authority());
      });
      assertThat(inner.isRight()).isTrue();
      return Either.left("refused after the inner work succeeded");
    });

    assertThat(result.isLeft()).isTrue();
    assertOnlyWhatWasCommittedBefore(stored);
  }

  @Test
  public void consecutive_units_of_work_keep_what_earlier_ones_committed() {
    Cluster stored = committedBefore();
    ports().unitOfWork().run(() -> Either.right(ports().authorities().save(Samples.authority())));

    ports().unitOfWork().run(() -> {
      ports().organizations().save(Samples.organization("org-001"));
      return Either.left("refused");
    });

    assertThat(ports().clusters().all()).containsExactly(stored);
    assertThat(ports().authorities().all()).hasSize(1);
    assertThat(ports().organizations().find(new OrganizationId("org-001"))).isEmpty();
  }

  // --- once under an idempotency key (幂等键, decision 0540) ----------------------------------------------------------

  @Test
  public void once_keeps_the_answer_with_the_writes_and_answers_the_key_again_without_running_the_work() {
    Cluster stored = committedBefore();
    int[] runs = {0};

    var first = ports().unitOfWork().once("key-1", "fingerprint-a", () -> {
      runs[0]++;
      writeEverything(stored);
      return Either.<String, String>right("answer-1");
    });
    var again = ports().unitOfWork().once("key-1", "fingerprint-b", () -> {
      runs[0]++;
      ports().authorities().save(Samples.authority("authority-2"));
      return Either.<String, String>right("answer-2");
    });

    assertThat(first).isEqualTo(Either.right(new KeyedAnswer("key-1", "fingerprint-a", "answer-1", true)));
    assertThat(again).isEqualTo(Either.right(new KeyedAnswer("key-1", "fingerprint-a", "answer-1", false)));
    assertThat(runs[0]).isEqualTo(1);
    assertThat(ports().authorities().all()).hasSize(1);
    assertThat(ports().events().last()).isEqualTo(3);
  }

  @Test
  public void a_work_refused_or_thrown_under_a_key_keeps_neither_its_writes_nor_the_key() {
    Cluster stored = committedBefore();

    var refused = ports().unitOfWork().once("key-1", "fingerprint-a", () -> {
      writeEverything(stored);
      return Either.<String, String>left("refused");
    });
    Throwable thrown = catchThrowable(() -> ports().unitOfWork().once("key-1", "fingerprint-b", () -> {
      writeEverything(stored);
      throw new IllegalStateException("infrastructure fault");
    }));

    assertThat(refused).isEqualTo(Either.left("refused"));
    assertThat(thrown).hasMessage("infrastructure fault");
    assertOnlyWhatWasCommittedBefore(stored);
    var later = ports().unitOfWork().once("key-1", "fingerprint-c", () -> Either.<String, String>right("answer-c"));
    assertThat(later).isEqualTo(Either.right(new KeyedAnswer("key-1", "fingerprint-c", "answer-c", true)));
  }

  @Test
  public void a_key_taken_inside_a_unit_of_work_that_rolls_back_is_removed_with_the_writes() {
    Cluster stored = committedBefore();

    Either<String, KeyedAnswer> outer = ports().unitOfWork().run(() -> {
      var inner = ports().unitOfWork().once("key-1", "fingerprint-a", () -> {
        writeEverything(stored);
        return Either.<String, String>right("answer-a");
      });
      assertThat(inner.isRight()).isTrue();
      return Either.left("refused after the keyed work succeeded");
    });

    assertThat(outer.isLeft()).isTrue();
    assertOnlyWhatWasCommittedBefore(stored);
    var later = ports().unitOfWork().once("key-1", "fingerprint-b", () -> Either.<String, String>right("answer-b"));
    assertThat(later.get().first()).isTrue();
  }

  /** Racing threads under one key: exactly one runs the work, every other gets its answer, the store holds one write. */
  @Test
  public void sixteen_racing_units_of_work_under_one_key_run_the_work_once_and_all_get_its_answer() throws Exception {
    committedBefore();
    int racers = 16;
    var ready = new java.util.concurrent.CountDownLatch(racers);
    var go = new java.util.concurrent.CountDownLatch(1);
    var runs = new java.util.concurrent.atomic.AtomicInteger();
    var pool = java.util.concurrent.Executors.newFixedThreadPool(racers);
    try {
      List<java.util.concurrent.Future<Either<String, KeyedAnswer>>> sent = new java.util.ArrayList<>();
      for (int i = 0; i < racers; i++) {
        int n = i;
        sent.add(pool.submit(() -> {
          ready.countDown();
          go.await();
          return ports().unitOfWork().once("raced", "fingerprint", () -> {
            runs.incrementAndGet();
            ports().events().append(List.of(Samples.event("org-001", 1)));
            return Either.<String, String>right("answer of racer " + n);
          });
        }));
      }
      ready.await();
      go.countDown();
      List<KeyedAnswer> answers = new java.util.ArrayList<>();
      for (var f : sent) {
        answers.add(f.get(60, java.util.concurrent.TimeUnit.SECONDS).get());
      }
      assertThat(runs.get()).isEqualTo(1);
      assertThat(answers.stream().filter(KeyedAnswer::first)).hasSize(1);
      assertThat(answers.stream().map(KeyedAnswer::answer).distinct()).hasSize(1);
      assertThat(ports().events().last()).isEqualTo(2);
    } finally {
      pool.shutdownNow();
    }
  }
}
