package dev.clustergov.adapters.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.clustergov.core.application.Ports;
import dev.clustergov.core.application.port.ConcurrencyConflict;
import dev.clustergov.core.governance.PersonId;
import dev.clustergov.core.kernel.DomainEvent;
import dev.clustergov.core.management.Recruitment;
import dev.clustergov.core.management.StaffCategory;
import dev.clustergov.core.management.StaffMember;
import dev.clustergov.core.organization.ImmutablePromotionOrganization;
import dev.clustergov.core.organization.OrganizationId;
import dev.clustergov.core.organization.PromotionOrganization;
import dev.clustergov.core.testkit.contract.Samples;
import dev.clustergov.core.testkit.property.Gen;
import dev.clustergov.core.testkit.property.Property;
import io.vavr.control.Either;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Properties of the adapter on generated data, on H2 and on a real PostgreSQL. */
@Timeout(value = 5, unit = TimeUnit.MINUTES) // threads writing at once, H2 and PostgreSQL
class JdbcAdapterProperties {

  abstract static class On {
    abstract Database database();

    private final AtomicInteger ids = new AtomicInteger();

    private Connected connectedWithRegistries() {
      Connected c = Connected.to(database());
      c.jdbc().ports().clusters().save(Samples.cluster());
      c.jdbc().ports().authorities().save(Samples.authority());
      return c;
    }

    private PromotionOrganization withFreshId(PromotionOrganization o) {
      return ImmutablePromotionOrganization.copyOf(o).withId(new OrganizationId("org-" + ids.incrementAndGet()));
    }

    @Test
    void save_then_load_gives_back_an_equal_aggregate_and_so_does_an_update_that_replaces_every_child() {
      Ports ports = connectedWithRegistries().jdbc().ports();

      // 55 tries: about 41 arbitrary POs as before the kit's compliant ones joined the mix (one in four), and 14 compliant
      Property.forAll(OrganizationGen.organizations(), OrganizationGen.organizations()).tries(55).check((first, second) -> {
        PromotionOrganization saved = ports.organizations().save(withFreshId(first));
        assertThat(ports.organizations().find(saved.id())).contains(saved);

        PromotionOrganization replaced = ports.organizations().save(
            ImmutablePromotionOrganization.copyOf(second).withId(saved.id()).withVersion(saved.version()));
        assertThat(replaced.version()).isEqualTo(2);
        assertThat(ports.organizations().find(saved.id())).contains(replaced);
      });
    }

    @Test
    void concurrent_writers_of_one_aggregate_never_lose_an_accepted_write() {
      Ports ports = connectedWithRegistries().jdbc().ports();

      Property.forAll(Gen.integers(2, 4), Gen.integers(1, 6)).tries(6).check((writers, writes) -> {
        PromotionOrganization start = ports.organizations().save(withFreshId(Samples.organization("org-x")));
        AtomicInteger conflicts = new AtomicInteger();
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
          List<Future<?>> done = new ArrayList<>();
          for (int w = 0; w < writers; w++) {
            int writer = w;
            done.add(pool.submit(() -> {
              go.await();
              for (int k = 0; k < writes; k++) {
                StaffMember added = new StaffMember(new PersonId("w" + writer + "-" + k), "写入者" + writer,
                    StaffCategory.MANAGEMENT, Recruitment.OPEN_RECRUITMENT);
                while (true) {
                  PromotionOrganization current = ports.organizations().find(start.id()).orElseThrow();
                  try {
                    ports.organizations().save(ImmutablePromotionOrganization.copyOf(current)
                        .withStaff(append(current.staff(), added)));
                    break;
                  } catch (ConcurrencyConflict c) {
                    conflicts.incrementAndGet(); // someone else's write was accepted first: read again and retry
                  }
                }
              }
              return null;
            }));
          }
          go.countDown();
          for (Future<?> f : done) {
            f.get(60, TimeUnit.SECONDS);
          }
        } finally {
          pool.shutdownNow();
        }
        PromotionOrganization end = ports.organizations().find(start.id()).orElseThrow();
        assertThat(end.version()).isEqualTo(1 + (long) writers * writes);
        assertThat(end.staff()).hasSize(writers * writes);
        assertThat(end.staff()).extracting(s -> s.person().value()).doesNotHaveDuplicates();
      });
    }

    private static <T> List<T> append(List<T> list, T item) {
      List<T> next = new ArrayList<>(list);
      next.add(item);
      return next;
    }

    @Test
    void a_failure_injected_at_any_statement_of_a_unit_of_work_leaves_state_and_event_log_as_before() {
      Connected c = connectedWithRegistries();
      Ports ports = c.jdbc().ports();
      PromotionOrganization stored = ports.organizations().save(withFreshId(Samples.organization("org-x")));
      ports.events().append(List.of(Samples.event(stored.id().value(), 1)));

      // 34 tries: about 25 arbitrary POs as before, and 9 compliant
      Property.forAll(OrganizationGen.organizations(), Gen.integers(1, 1_000)).tries(34).check((generated, pick) -> {
        PromotionOrganization current = ports.organizations().find(stored.id()).orElseThrow();
        PromotionOrganization next = ImmutablePromotionOrganization.copyOf(generated).withId(current.id()).withVersion(current.version());
        PromotionOrganization other = withFreshId(generated);
        List<DomainEvent> events = List.of(Samples.event(current.id().value(), 2), Samples.event(other.id().value(), 3));
        String before = Tables.dump(c.dataSource());

        // count the statements of the whole work, then fail one of them
        long start = c.dataSource().executed();
        ports.unitOfWork().run(() -> {
          ports.organizations().save(next);
          ports.organizations().save(other);
          ports.events().append(events);
          return Either.left("counted");
        });
        long statements = c.dataSource().executed() - start;
        long failing = 1 + (pick % statements);

        c.dataSource().failAt(failing);
        Throwable thrown;
        try {
          thrown = catchThrowable(() -> ports.unitOfWork().run(() -> {
            ports.organizations().save(next);
            ports.organizations().save(other);
            ports.events().append(events);
            return Either.right("written");
          }));
        } finally {
          c.dataSource().disarm();
        }

        assertThat(thrown).as("statement %d of %d fails", failing, statements).isNotNull();
        assertThat(Tables.dump(c.dataSource())).isEqualTo(before);
        assertThat(c.jdbc().verifier().verify().intact()).isTrue();
      });
    }

    /** The ways one row of the log can be tampered with. */
    enum Tamper { ALTER_PAYLOAD, ALTER_HASH, DELETE, INSERT_AT_END, INSERT_RENUMBERING, SWAP }

    @Test
    void the_verifier_catches_every_single_row_tampering_of_a_generated_log() {
      Connected c = Connected.to(database());
      Gen<List<DomainEvent>> logs = Gen.listOf(
          Gen.combine(Gen.integers(0, 50), OrganizationGen.text(), (n, text) -> DomainEvent.of("Sample", "organization",
              "org-" + n, Samples.AT.plusSeconds(n), Map.of("text", text))), 2, 25);

      Property.forAll(logs, Gen.enumValues(Tamper.class), Gen.integers(0, 1_000)).tries(40).check((events, tamper, pick) -> {
        Tables.execute(c.dataSource(), "DELETE FROM event_log");
        Tables.execute(c.dataSource(), "UPDATE event_head SET last_seq = 0, last_hash = ?", Chain.GENESIS);
        c.jdbc().ports().events().append(events);
        assertThat(c.jdbc().verifier().verify()).isEqualTo(new EventChainVerifier.Verdict.Intact(events.size(), lastHash(c)));
        int n = events.size();
        long k = 1 + pick % n;
        long other = 1 + (k % n); // a different entry, for a swap
        long expectedAt = k;
        switch (tamper) {
          case ALTER_PAYLOAD -> Tables.execute(c.dataSource(),
              "UPDATE event_log SET payload = CONCAT(payload, 'data.x=1' || CHR(10)) WHERE seq = ?", k);
          case ALTER_HASH -> Tables.execute(c.dataSource(),
              "UPDATE event_log SET hash = ? WHERE seq = ?", "f".repeat(64), k);
          case DELETE -> Tables.execute(c.dataSource(), "DELETE FROM event_log WHERE seq = ?", k);
          case INSERT_AT_END -> {
            // a forger who knows the algorithm appends a well-linked entry but cannot move the head
            String last = lastHash(c);
            String payload = Samples.event("org-forged", 1).canonical();
            Tables.execute(c.dataSource(), "INSERT INTO event_log (seq, payload, prev_hash, hash) VALUES (?, ?, ?, ?)",
                (long) n + 1, payload, last, Chain.hash(last, n + 1, payload));
            expectedAt = n + 1;
          }
          case INSERT_RENUMBERING -> {
            // renumber entries k.. one up (from the top, keeping the key unique), then a well-linked forged entry at k
            for (long s = n; s >= k; s--) {
              Tables.execute(c.dataSource(), "UPDATE event_log SET seq = ? WHERE seq = ?", s + 1, s);
            }
            String prev = k == 1 ? Chain.GENESIS : hashAt(c, k - 1);
            String payload = Samples.event("org-forged", 1).canonical();
            Tables.execute(c.dataSource(), "INSERT INTO event_log (seq, payload, prev_hash, hash) VALUES (?, ?, ?, ?)",
                k, payload, prev, Chain.hash(prev, k, payload));
            expectedAt = k + 1;
          }
          case SWAP -> {
            long lo = Math.min(k, other);
            long hi = Math.max(k, other);
            Tables.execute(c.dataSource(), "UPDATE event_log SET seq = -1 WHERE seq = ?", lo);
            Tables.execute(c.dataSource(), "UPDATE event_log SET seq = ? WHERE seq = ?", lo, hi);
            Tables.execute(c.dataSource(), "UPDATE event_log SET seq = ? WHERE seq = -1", hi);
            expectedAt = lo;
          }
          default -> throw new IllegalStateException();
        }

        EventChainVerifier.Verdict verdict = c.jdbc().verifier().verify();
        assertThat(verdict.intact()).as("%s at %d of %d", tamper, k, n).isFalse();
        assertThat(((EventChainVerifier.Verdict.Broken) verdict).sequence()).as("%s at %d of %d: %s", tamper, k, n, verdict)
            .isEqualTo(expectedAt);
      });
    }

    private static String lastHash(Connected c) {
      return c.jdbc().verifier().verify() instanceof EventChainVerifier.Verdict.Intact i ? i.lastHash() : "?";
    }

    private static String hashAt(Connected c, long seq) {
      try (var con = c.dataSource().getConnection();
          var ps = con.prepareStatement("SELECT hash FROM event_log WHERE seq = ?")) {
        ps.setLong(1, seq);
        try (var rs = ps.executeQuery()) {
          rs.next();
          return rs.getString(1);
        }
      } catch (java.sql.SQLException e) {
        throw new IllegalStateException(e);
      }
    }
  }

  @Nested
  class H2Memory extends On {
    @Override
    Database database() {
      return Database.H2_MEMORY;
    }
  }

  @Nested
  class PostgreSQL extends On {
    @Override
    Database database() {
      return Database.POSTGRESQL;
    }
  }
}
