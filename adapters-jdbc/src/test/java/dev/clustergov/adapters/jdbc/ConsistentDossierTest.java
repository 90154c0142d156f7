package dev.clustergov.adapters.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clustergov.core.application.Clustergov;
import dev.clustergov.core.application.Ports;
import dev.clustergov.core.application.Queries;
import dev.clustergov.core.application.Refusal;
import dev.clustergov.core.finance.Period;
import dev.clustergov.core.organization.PromotionOrganization;
import dev.clustergov.core.rules.Dossier;
import dev.clustergov.core.testkit.contract.FinanceSamples;
import dev.clustergov.core.testkit.fixtures.Fixtures;
import io.vavr.control.Either;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * One consistent dossier read (一致读取, decision 0420): a PO's dossier is read in one read-only transaction over a
 * snapshot, with as many statements for a PO of 500 staff and 200 ledger entries as for one of 5 and none; and while
 * writers change two parts of the PO in one unit of work, no read sees one without the other.
 */
class ConsistentDossierTest {

  /** Units of work the writer commits; each adds one income entry and one expenditure. */
  static final int UNITS = 150;

  abstract static class On {
    abstract Database database();

    @Test
    void a_compliance_read_takes_as_many_statements_for_a_large_po_as_for_a_small_one() {
      Connected c = Connected.to(database());
      c.clock().set(Fixtures.TODAY.atTime(10, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant());
      Ports ports = c.jdbc().ports();
      ports.clusters().save(Fixtures.cluster());
      ports.authorities().save(Fixtures.authority());
      PromotionOrganization small = ports.organizations().save(LargeOrganizations.of("org-small", 5));
      PromotionOrganization large = ports.organizations().save(LargeOrganizations.of("org-large", 500));
      for (int i = 0; i < 100; i++) {
        ports.ledger().record(FinanceSamples.donation("inc-" + i, large.id(), Fixtures.TODAY, "100.00"));
        ports.ledger().record(FinanceSamples.expenditure("exp-" + i, large.id(), Fixtures.TODAY, "50.00"));
      }
      Queries q = Clustergov.using(ports).queries();
      // the first read of each PO loads it (twelve statements); the figures compared are of the next reads, as a server's
      q.compliance(small.id()).get();
      q.compliance(large.id()).get();

      long before = c.dataSource().executed();
      assertThat(q.compliance(small.id()).isRight()).isTrue();
      long forSmall = c.dataSource().executed() - before;
      before = c.dataSource().executed();
      assertThat(q.compliance(large.id()).isRight()).isTrue();
      long forLarge = c.dataSource().executed() - before;

      System.out.println("STATEMENTS: compliance read (" + database() + ") small=" + forSmall + " large=" + forLarge);
      assertThat(forLarge).isEqualTo(forSmall);
      // the PO's version, cluster, authority, the two peer counts, sixteen parts, the policy packs (and on PostgreSQL
      // the statement that makes the transaction a read-only snapshot): one each, whatever the PO holds
      assertThat(forLarge).isLessThanOrEqualTo(24);
    }

    @Test
    @Timeout(value = 3, unit = TimeUnit.MINUTES)
    void while_a_writer_changes_two_parts_in_one_unit_of_work_no_read_sees_one_without_the_other() throws Exception {
      Connected c = Connected.to(database());
      c.clock().set(Fixtures.TODAY.atTime(10, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant());
      Ports ports = c.jdbc().ports();
      ports.clusters().save(Fixtures.cluster());
      ports.authorities().save(Fixtures.authority());
      PromotionOrganization po = ports.organizations().save(LargeOrganizations.of("org-torn", 3));
      Queries q = Clustergov.using(ports).queries();
      Period period = Period.assessedOn(Fixtures.TODAY);

      AtomicBoolean writing = new AtomicBoolean(true);
      AtomicLong reads = new AtomicLong();
      AtomicLong readsWhileWriting = new AtomicLong();
      ConcurrentLinkedQueue<String> torn = new ConcurrentLinkedQueue<>();
      CountDownLatch readersStarted = new CountDownLatch(2);
      ExecutorService pool = Executors.newFixedThreadPool(3);
      try {
        List<Future<?>> readers = new ArrayList<>();
        for (int r = 0; r < 2; r++) {
          readers.add(pool.submit(() -> {
            readersStarted.countDown();
            while (writing.get()) {
              Dossier d = q.dossier(po.id(), period).get();
              reads.incrementAndGet();
              readsWhileWriting.incrementAndGet();
              if (d.income().size() != d.expenditures().size()) {
                torn.add("income " + d.income().size() + ", expenditures " + d.expenditures().size());
              }
            }
            return null;
          }));
        }
        Future<?> writer = pool.submit(() -> {
          readersStarted.await();
          try {
            for (int i = 0; i < UNITS; i++) {
              int n = i;
              Either<Refusal, Integer> done = ports.unitOfWork().run(() -> {
                ports.ledger().record(FinanceSamples.donation(String.format("inc-%04d", n), po.id(), Fixtures.TODAY, "100.00"));
                ports.ledger().record(FinanceSamples.expenditure(String.format("exp-%04d", n), po.id(), Fixtures.TODAY, "50.00"));
                return Either.right(n);
              });
              assertThat(done.isRight()).isTrue();
            }
          } finally {
            writing.set(false);
          }
          return null;
        });
        writer.get(150, TimeUnit.SECONDS);
        for (Future<?> r : readers) {
          r.get(60, TimeUnit.SECONDS);
        }
      } finally {
        pool.shutdownNow();
      }
      Dossier last = q.dossier(po.id(), period).get();
      System.out.println("CONSISTENT: " + database() + " units=" + UNITS + " reads=" + reads.get() + " torn=" + torn.size());
      assertThat(readsWhileWriting.get()).as("reads ran while the writer wrote").isPositive();
      assertThat(torn).as("reads that saw one part of a unit of work without the other").isEmpty();
      assertThat(last.income()).hasSize(UNITS);
      assertThat(last.expenditures()).hasSize(UNITS);
    }
  }

  @Nested
  class OnH2InMemory extends On {
    @Override
    Database database() {
      return Database.H2_MEMORY;
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
  class OnPostgresql extends On {
    @Override
    Database database() {
      return Database.POSTGRESQL;
    }
  }
}
