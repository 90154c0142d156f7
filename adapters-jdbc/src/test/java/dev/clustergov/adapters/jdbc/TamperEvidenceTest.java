package dev.clustergov.adapters.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clustergov.adapters.jdbc.EventChainVerifier.Finding;
import dev.clustergov.adapters.jdbc.EventChainVerifier.Problem;
import dev.clustergov.adapters.jdbc.EventChainVerifier.Report;
import dev.clustergov.core.application.Clustergov;
import dev.clustergov.core.application.establishment.EstablishOrganization;
import dev.clustergov.core.application.establishment.ProposeOrganization;
import dev.clustergov.core.application.operation.AdmitMember;
import dev.clustergov.core.organization.PromotionOrganization;
import dev.clustergov.core.testkit.fixtures.Fixtures;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Tamper evidence (issue 15, decision 0372), each check broken on purpose: an edited event row, an edited state row,
 * a truncated log, a chain rewritten with recomputed hashes from an edited entry to its head, a forged checkpoint — on
 * H2 in a file and on PostgreSQL.
 */
class TamperEvidenceTest {

  abstract static class On {
    abstract Database database();

    record Scene(Connected c, Jdbi sql, PromotionOrganization po, KeyPair keys) {
      Report audit() {
        return c.jdbc().verifier().audit(Optional.of(keys.getPublic()));
      }

      EventChainVerifier.Signed sign() {
        return c.jdbc().verifier().checkpoint(keys.getPrivate(), keys.getPublic());
      }

      long head() {
        return sql.withHandle(h -> h.createQuery("SELECT last_seq FROM event_head").mapTo(Long.class).one());
      }
    }

    /** A PO proposed and established, with two members: organization and membership events with state hashes. */
    Scene scene() {
      Connected c = Connected.to(database());
      c.clock().set(Fixtures.TODAY.atTime(10, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant());
      c.jdbc().ports().clusters().save(Fixtures.cluster());
      c.jdbc().ports().authorities().save(Fixtures.authority());
      Clustergov gov = Clustergov.using(c.jdbc().ports());
      PromotionOrganization po = gov.proposeOrganization().handle(new ProposeOrganization.Command(Fixtures.compliantApplication())).get();
      po = gov.establishOrganization().handle(new EstablishOrganization.Command(po.id(), OptionalLong.empty(), Fixtures.PO_CODE)).get();
      for (int n = 1; n <= 2; n++) {
        gov.admitMember().handle(new AdmitMember.Command(po.id(), "苏州纳米成员单位" + n + "有限公司",
            dev.clustergov.core.organization.CreditCode.parse(Fixtures.creditCode(String.format("91320500MA%07d", n))).get(),
            dev.clustergov.core.operation.MemberKind.ENTERPRISE, null)).get();
      }
      return new Scene(c, Jdbi.create(c.dataSource()), po, keys());
    }

    static KeyPair keys() {
      try {
        return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException(e);
      }
    }

    static List<Problem> problems(Report r) {
      return r.findings().stream().map(Finding::problem).toList();
    }

    @Test
    void an_untouched_log_is_intact_with_every_state_and_its_signed_checkpoint() {
      Scene s = scene();
      assertThat(s.sign().checkpoint()).isPresent();
      Report r = s.audit();
      System.out.println("TAMPER: untouched: " + r.summary());
      assertThat(r.findings()).isEmpty();
      assertThat(r.count()).isEqualTo(s.head());
      assertThat(r.aggregates()).as("the PO and its two memberships").isGreaterThanOrEqualTo(3);
      assertThat(r.checkpoints()).isEqualTo(1);
      assertThat(s.c().jdbc().verifier().auditSinceLastCheckpoint(Optional.of(s.keys().getPublic())).intact()).isTrue();
      assertThat(s.sign().checkpoint()).as("nothing new to sign").isEmpty();
    }

    @Test
    void an_edited_event_row_is_found_and_not_served() {
      Scene s = scene();
      s.sql().useHandle(h -> {
        String payload = h.createQuery("SELECT payload FROM event_log WHERE seq = 2").mapTo(String.class).one();
        h.createUpdate("UPDATE event_log SET payload = :p WHERE seq = 2").bind("p", payload.replace("type=", "type=Forged")).execute();
      });
      Report r = s.audit();
      System.out.println("TAMPER: edited event: " + r.findings());
      assertThat(r.findings()).singleElement().satisfies(f -> {
        assertThat(f.problem()).isEqualTo(Problem.ALTERED);
        assertThat(f.sequence()).isEqualTo(2);
      });
      assertThatThrownBy(() -> s.c().jdbc().ports().events().read(0, 100)).isInstanceOf(CorruptData.class)
          .hasMessageContaining("altered");
    }

    @Test
    void an_edited_state_row_is_found_with_its_aggregate_and_event() {
      Scene s = scene();
      assertThat(s.audit().intact()).isTrue();
      s.sql().useHandle(h -> h.createUpdate("UPDATE organization_staff SET name = 'Forged' WHERE organization_id = :id AND position = 0")
          .bind("id", s.po().id().value()).execute());
      Report r = s.audit();
      System.out.println("TAMPER: edited state row: " + r.findings());
      assertThat(r.findings()).singleElement().satisfies(f -> {
        assertThat(f.problem()).isEqualTo(Problem.STATE_ALTERED);
        assertThat(f.detail()).startsWith("organization " + s.po().id().value());
      });
      // a row deleted from a membership's table is found as well
      s.sql().useHandle(h -> h.createUpdate("UPDATE membership SET name = 'Forged' WHERE name LIKE '%1有限公司'").execute());
      assertThat(problems(s.audit())).containsExactly(Problem.STATE_ALTERED, Problem.STATE_ALTERED);
    }

    @Test
    void an_ending_of_an_engagement_removed_from_its_table_is_found_so_ended_reads_are_not_regained() {
      Scene s = scene();
      Clustergov gov = Clustergov.using(s.c().jdbc().ports());
      var evaluator = gov.registerEvaluator().handle(new dev.clustergov.core.application.supervision.RegisterEvaluator.Command(
          Fixtures.authority().id(), "苏州第三方评价中心", dev.clustergov.core.organization.CreditCode.parse(
              Fixtures.creditCode("91320500MA0EX0001")).get(), null, null)).get();
      gov.engageEvaluator().handle(new dev.clustergov.core.application.supervision.EngageEvaluator.Command(evaluator.id(), s.po().id(),
          OptionalLong.empty(), null, java.time.LocalDate.of(2099, 12, 31))).get();
      gov.endEngagement().handle(new dev.clustergov.core.application.supervision.EndEngagement.Command(evaluator.id(), 1, s.po().id(),
          OptionalLong.empty(), null, "委托终止")).get();
      assertThat(s.audit().intact()).isTrue();
      // decision 0475: deleting the ending would give the evaluator its reads back; the evaluator's state hash covers it
      s.sql().useHandle(h -> h.createUpdate("DELETE FROM evaluator_engagement_end WHERE evaluator_id = :id")
          .bind("id", evaluator.id().value()).execute());
      Report r = s.audit();
      System.out.println("TAMPER: deleted ending: " + r.findings());
      assertThat(r.findings()).singleElement().satisfies(f -> {
        assertThat(f.problem()).isEqualTo(Problem.STATE_ALTERED);
        assertThat(f.detail()).startsWith("evaluator " + evaluator.id().value());
      });
    }

    @Test
    void a_truncation_below_the_last_checkpoint_is_found_and_writes_can_be_halted() {
      Scene s = scene();
      s.sign();
      long head = s.head();
      s.sql().useHandle(h -> {
        String hash = h.createQuery("SELECT hash FROM event_log WHERE seq = :s").bind("s", head - 2).mapTo(String.class).one();
        h.createUpdate("DELETE FROM event_log WHERE seq > :s").bind("s", head - 2).execute();
        h.createUpdate("UPDATE event_head SET last_seq = :s, last_hash = :h").bind("s", head - 2).bind("h", hash).execute();
      });
      Report full = s.audit();
      Report start = s.c().jdbc().verifier().auditSinceLastCheckpoint(Optional.of(s.keys().getPublic()));
      System.out.println("TAMPER: truncated: " + full.findings());
      assertThat(problems(full)).contains(Problem.TRUNCATED);
      assertThat(problems(start)).contains(Problem.TRUNCATED);
      assertThat(s.sign().checkpoint()).as("a broken chain is never signed").isEmpty();

      s.c().jdbc().haltWrites(start.findings().get(0).toString());
      assertThatThrownBy(() -> s.c().jdbc().ports().events().append(List.of(dev.clustergov.core.kernel.DomainEvent.of("X", "cluster",
          "c", java.time.Instant.EPOCH, Map.of())))).hasMessageContaining("takes no entry").hasMessageContaining("TRUNCATED");
      assertThat(s.head()).isEqualTo(head - 2);
    }

    @Test
    void a_chain_rewritten_from_an_edited_entry_to_its_head_no_longer_passes_its_signed_checkpoint() {
      Scene s = scene();
      s.sign();
      rewriteFrom(s, 2);
      Report unsigned = s.c().jdbc().verifier().audit(Optional.empty());
      System.out.println("TAMPER: rewritten chain: " + unsigned.findings());
      assertThat(unsigned.findings()).as("the links and hashes all check out, only the checkpoint does not")
          .singleElement().satisfies(f -> {
            assertThat(f.problem()).isEqualTo(Problem.REWRITTEN);
            assertThat(f.sequence()).isEqualTo(s.head());
          });
      assertThat(problems(s.c().jdbc().verifier().auditSinceLastCheckpoint(Optional.of(s.keys().getPublic()))))
          .containsExactly(Problem.REWRITTEN);
    }

    @Test
    void a_checkpoint_altered_to_match_a_rewritten_chain_or_signed_by_another_key_is_forged() {
      Scene s = scene();
      s.sign();
      String newHead = rewriteFrom(s, 2);
      s.sql().useHandle(h -> h.createUpdate("UPDATE chain_checkpoint SET hash = :h").bind("h", newHead).execute());
      Report r = s.audit();
      System.out.println("TAMPER: checkpoint altered: " + r.findings());
      assertThat(problems(r)).containsExactly(Problem.CHECKPOINT_FORGED);

      // the forger signs with a key of its own: the checkpoint names another key
      KeyPair other = keys();
      s.sql().useHandle(h -> h.createUpdate("DELETE FROM chain_checkpoint").execute());
      s.c().jdbc().verifier().checkpoint(other.getPrivate(), other.getPublic());
      Report r2 = s.audit();
      System.out.println("TAMPER: checkpoint signed by another key: " + r2.findings());
      assertThat(r2.findings()).singleElement().satisfies(f -> {
        assertThat(f.problem()).isEqualTo(Problem.CHECKPOINT_FORGED);
        assertThat(f.detail()).contains("not the public key given");
      });
    }

    /** Edits entry {@code from} and recomputes every hash from it to the head, as a forger with database access would. */
    private static String rewriteFrom(Scene s, long from) {
      return s.sql().inTransaction(h -> {
        String prev = h.createQuery("SELECT prev_hash FROM event_log WHERE seq = :s").bind("s", from).mapTo(String.class).one();
        List<Map<String, Object>> rows = h.createQuery("SELECT seq, payload, state_hash FROM event_log WHERE seq >= :s ORDER BY seq")
            .bind("s", from).mapToMap().list();
        for (Map<String, Object> row : rows) {
          long seq = ((Number) row.get("seq")).longValue();
          String payload = (String) row.get("payload");
          if (seq == from) {
            payload = payload.replace("type=", "type=Forged");
          }
          String hash = Chain.hash(prev, seq, payload, (String) row.get("state_hash"));
          h.createUpdate("UPDATE event_log SET payload = :p, prev_hash = :prev, hash = :h WHERE seq = :s")
              .bind("p", payload).bind("prev", prev).bind("h", hash).bind("s", seq).execute();
          prev = hash;
        }
        h.createUpdate("UPDATE event_head SET last_hash = :h").bind("h", prev).execute();
        return prev;
      });
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
