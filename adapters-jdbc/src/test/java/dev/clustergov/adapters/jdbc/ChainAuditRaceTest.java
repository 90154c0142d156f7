package dev.clustergov.adapters.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clustergov.adapters.jdbc.EventChainVerifier.Report;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The chain audits while writers commit (审计与写入竞争, decision 0560): two writer threads admit members, one unit of work
 * after another, while the auditing thread runs {@value #ROUNDS} rounds of the audit since the last checkpoint (every
 * {@value #SIGN_EVERY}th round signs, as the server's signer does; every {@value #FULL_EVERY}th runs the full audit of
 * {@code verify}). Nothing tampers with the log, so every finding is a false alarm: there must be none. The rounds the head
 * moved during are counted and printed, to show the race was run; {@link ChainAuditSnapshotTest} places the commit
 * exactly, this one shows no other window is left.
 */
class ChainAuditRaceTest {
  static final int ROUNDS = 200;
  static final int SIGN_EVERY = 10;
  static final int FULL_EVERY = 20;
  static final int WRITERS = 2;

  abstract static class On {
    abstract Database database();

    @Test
    void audits_raced_by_committing_writers_raise_no_false_alarm() throws Exception {
      ChainAuditSnapshotTest.Scene s = ChainAuditSnapshotTest.Scene.of(database());
      assertThat(s.sign().checkpoint()).isPresent();
      AtomicBoolean done = new AtomicBoolean();
      AtomicInteger committed = new AtomicInteger();
      List<Throwable> writerErrors = java.util.Collections.synchronizedList(new ArrayList<>());
      CountDownLatch started = new CountDownLatch(WRITERS);
      List<Thread> writers = new ArrayList<>();
      for (int w = 0; w < WRITERS; w++) {
        Thread t = new Thread(() -> {
          started.countDown();
          while (!done.get()) {
            try {
              s.admit();
              committed.incrementAndGet();
            } catch (RuntimeException e) {
              writerErrors.add(e);
              return;
            }
          }
        }, "chain-race-writer-" + w);
        t.start();
        writers.add(t);
      }
      started.await();
      List<String> falseAlarms = new ArrayList<>();
      int moved = 0;
      try {
        for (int round = 1; round <= ROUNDS; round++) {
          long before = s.head();
          Report r;
          if (round % SIGN_EVERY == 0) {
            r = s.sign().report();
          } else if (round % FULL_EVERY == 1) {
            r = s.full();
          } else {
            r = s.sinceLastCheckpoint();
          }
          if (s.head() != before) {
            moved++;
          }
          if (!r.intact()) {
            falseAlarms.add("round " + round + ": " + r.findings());
          }
        }
      } finally {
        done.set(true);
        for (Thread t : writers) {
          t.join();
        }
      }
      System.out.printf("CHAIN RACE %s: %d rounds, head moved during %d, %d writes committed, %d false alarm(s)%s%n",
          database(), ROUNDS, moved, committed.get(), falseAlarms.size(), falseAlarms.isEmpty() ? "" : ": " + falseAlarms.get(0));
      assertThat(writerErrors).as("the writers ran").isEmpty();
      assertThat(committed.get()).as("writes committed while the audits ran").isPositive();
      assertThat(falseAlarms).as("false alarms in " + ROUNDS + " rounds").isEmpty();
      assertThat(s.full().findings()).as("the log is intact afterwards").isEmpty();
    }
  }

  @Nested
  class OnH2InAFile extends On {
    @Override
    Database database() {
      return Database.H2_FILE;
    }
  }

  @Nested
  class OnPostgres extends On {
    @Override
    Database database() {
      return Database.POSTGRESQL;
    }
  }
}
