package dev.clustergov.adapters.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clustergov.adapters.jdbc.EventChainVerifier.Finding;
import dev.clustergov.adapters.jdbc.EventChainVerifier.Problem;
import dev.clustergov.adapters.jdbc.EventChainVerifier.Report;
import dev.clustergov.core.application.Clustergov;
import dev.clustergov.core.application.establishment.EstablishOrganization;
import dev.clustergov.core.application.establishment.ProposeOrganization;
import dev.clustergov.core.application.operation.AdmitMember;
import dev.clustergov.core.operation.MemberKind;
import dev.clustergov.core.organization.CreditCode;
import dev.clustergov.core.organization.PromotionOrganization;
import dev.clustergov.core.testkit.fixtures.Fixtures;
import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.time.ZoneId;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The chain audits read in one snapshot (链校验的一致快照, decision 0560): a unit of work that commits between the audit's
 * read of the head and its read of the entries (or of the checkpoints) is not a tampered log. Each test puts that commit
 * at the exact point — a connection wrapper runs it, on another thread and to its end, when the auditing thread prepares
 * the named statement — on H2 in a file, H2 in memory and PostgreSQL. Before the fix each was a false {@code INSERTED}
 * or {@code TRUNCATED}; the true findings stay the {@link TamperEvidenceTest}'s, and an entry really inserted beyond the
 * head is still found here.
 */
class ChainAuditSnapshotTest {

  /** The walk's read of the entries, after the head was read. */
  static final Predicate<String> ENTRIES = sql -> sql.contains("FROM event_log WHERE seq >=");
  /** The read of the signed checkpoints, after the head was read. */
  static final Predicate<String> CHECKPOINTS = sql -> sql.contains("FROM chain_checkpoint ORDER BY seq");
  /** The full audit's first read of an aggregate's stored state, after the entries were walked. */
  static final Predicate<String> STATES = sql -> sql.startsWith("SELECT '");

  /**
   * A data source that, once armed, runs {@code commit} on another thread, and waits for it to end, when the armed thread
   * prepares a statement {@code at} matches: the interleaving is placed, not hoped for.
   */
  static final class Interleaving implements DataSource {
    private final DataSource target;
    private volatile Thread armed;
    private volatile Predicate<String> at;
    private volatile Runnable commit;
    private final AtomicBoolean fired = new AtomicBoolean();

    Interleaving(DataSource target) {
      this.target = target;
    }

    void arm(Predicate<String> at, Runnable commit) {
      this.at = at;
      this.commit = commit;
      this.fired.set(false);
      this.armed = Thread.currentThread();
    }

    boolean fired() {
      return fired.get();
    }

    @Override
    public Connection getConnection() throws SQLException {
      Connection c = target.getConnection();
      return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class}, (p, m, args) -> {
        if (m.getName().equals("prepareStatement") && Thread.currentThread() == armed && at.test((String) args[0])
            && fired.compareAndSet(false, true)) {
          armed = null;
          CompletableFuture.runAsync(commit).join();
        }
        try {
          return m.invoke(c, args);
        } catch (InvocationTargetException e) {
          throw e.getCause();
        }
      });
    }

    @Override
    public Connection getConnection(String user, String password) throws SQLException {
      throw new SQLFeatureNotSupportedException();
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
      return target.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
      target.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
      target.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
      return target.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
      return target.getParentLogger();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
      return target.unwrap(iface);
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) throws SQLException {
      return target.isWrapperFor(iface);
    }
  }

  /** A registry with one established PO and one member, a hook on its connections, and a key to sign with. */
  record Scene(Connected c, Interleaving hook, Clustergov gov, PromotionOrganization po, KeyPair keys, Jdbi sql) {
    private static final AtomicInteger MEMBERS = new AtomicInteger(1);

    static Scene of(Database database) {
      Interleaving hook = new Interleaving(database.fresh());
      Connected c = Connected.to(database, new TestDataSource(hook));
      c.clock().set(Fixtures.TODAY.atTime(10, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant());
      c.jdbc().ports().clusters().save(Fixtures.cluster());
      c.jdbc().ports().authorities().save(Fixtures.authority());
      Clustergov gov = Clustergov.using(c.jdbc().ports());
      PromotionOrganization po = gov.proposeOrganization().handle(new ProposeOrganization.Command(Fixtures.compliantApplication())).get();
      po = gov.establishOrganization().handle(new EstablishOrganization.Command(po.id(), OptionalLong.empty(), Fixtures.PO_CODE)).get();
      Scene s = new Scene(c, hook, gov, po, ChainAuditSnapshotTest.keys(), Jdbi.create(c.dataSource()));
      s.admit();
      return s;
    }

    /** A legitimate command that appends an entry and commits. */
    dev.clustergov.core.operation.Membership admit() {
      int n = MEMBERS.getAndIncrement();
      return gov.admitMember().handle(new AdmitMember.Command(po.id(), "苏州纳米成员单位" + n + "有限公司",
          CreditCode.parse(Fixtures.creditCode(String.format("91320500MB%07d", n))).get(), MemberKind.ENTERPRISE, null)).get();
    }

    long head() {
      return sql.withHandle(h -> h.createQuery("SELECT last_seq FROM event_head").mapTo(Long.class).one());
    }

    Report sinceLastCheckpoint() {
      return c.jdbc().verifier().auditSinceLastCheckpoint(Optional.of(keys.getPublic()));
    }

    Report full() {
      return c.jdbc().verifier().audit(Optional.of(keys.getPublic()));
    }

    EventChainVerifier.Signed sign() {
      return c.jdbc().verifier().checkpoint(keys.getPrivate(), keys.getPublic());
    }
  }

  static KeyPair keys() {
    try {
      return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  abstract static class On {
    abstract Database database();

    @Test
    void a_commit_between_the_head_and_the_entries_is_the_next_audits_not_an_inserted_entry() {
      Scene s = Scene.of(database());
      long before = s.head();
      s.hook().arm(ENTRIES, s::admit);
      Report full = s.full();
      System.out.println("CHAIN SNAPSHOT: full audit, commit before the entries: " + full.findings());
      assertThat(s.hook().fired()).as("the commit ran at the entries' read").isTrue();
      assertThat(s.head()).as("the commit appended").isGreaterThan(before);
      assertThat(full.findings()).isEmpty();
      assertThat(full.count()).as("the audit checked the log as of its head").isEqualTo(before);
      Report next = s.full();
      assertThat(next.findings()).isEmpty();
      assertThat(next.count()).as("the next audit checks the later entries").isEqualTo(s.head());
    }

    @Test
    void the_audit_since_the_last_checkpoint_and_the_signing_are_not_fooled_either() {
      Scene s = Scene.of(database());
      assertThat(s.sign().checkpoint()).isPresent();
      s.admit();
      long before = s.head();
      s.hook().arm(ENTRIES, s::admit);
      Report start = s.sinceLastCheckpoint();
      System.out.println("CHAIN SNAPSHOT: since last checkpoint, commit before the entries: " + start.findings());
      assertThat(s.hook().fired()).isTrue();
      assertThat(start.findings()).isEmpty();
      assertThat(start.count()).isEqualTo(before);

      // the signer's audit: it signs the head it read, which the later commit does not unsettle
      long head = s.head();
      s.hook().arm(ENTRIES, s::admit);
      EventChainVerifier.Signed signed = s.sign();
      assertThat(s.hook().fired()).isTrue();
      assertThat(signed.report().findings()).isEmpty();
      assertThat(signed.checkpoint()).hasValueSatisfying(c -> assertThat(c.sequence()).isEqualTo(head));
      assertThat(s.full().findings()).as("the checkpoint signed at the read head verifies").isEmpty();
    }

    @Test
    void a_checkpoint_signed_between_the_head_and_the_checkpoints_is_not_a_truncation() {
      // a second server on the same database (PostgreSQL), or the signer of this one, signs a newer head meanwhile
      Scene s = Scene.of(database());
      assertThat(s.sign().checkpoint()).isPresent();
      s.hook().arm(CHECKPOINTS, () -> {
        s.admit();
        assertThat(s.sign().checkpoint()).isPresent();
      });
      Report start = s.sinceLastCheckpoint();
      System.out.println("CHAIN SNAPSHOT: since last checkpoint, a checkpoint signed before the checkpoints: " + start.findings());
      assertThat(s.hook().fired()).isTrue();
      assertThat(start.findings()).isEmpty();
      s.hook().arm(CHECKPOINTS, () -> {
        s.admit();
        assertThat(s.sign().checkpoint()).isPresent();
      });
      Report full = s.full();
      assertThat(s.hook().fired()).isTrue();
      assertThat(full.findings()).isEmpty();
      assertThat(s.sinceLastCheckpoint().findings()).isEmpty();
    }

    @Test
    void a_command_committed_between_the_entries_and_the_states_is_not_an_edited_state_row() {
      Scene s = Scene.of(database());
      var member = s.admit();
      // the walk records the member's admission as its latest state; the commit then changes that membership
      s.hook().arm(STATES, () -> s.gov().recordMemberLeaving().handle(new dev.clustergov.core.application.operation.RecordMemberLeaving
          .Command(s.po().id(), member.id(), OptionalLong.empty(), Fixtures.TODAY)).get());
      Report full = s.full();
      System.out.println("CHAIN SNAPSHOT: full audit, commit before the states: " + full.findings());
      assertThat(s.hook().fired()).isTrue();
      assertThat(full.findings()).isEmpty();
      assertThat(s.full().findings()).as("the next audit compares the membership with its leaving").isEmpty();
    }

    @Test
    void an_entry_really_inserted_beyond_the_head_is_still_found_by_both_audits() {
      Scene s = Scene.of(database());
      assertThat(s.sign().checkpoint()).isPresent();
      long head = s.head();
      // appended outside the adapter, well formed and linked, but the head not moved: what INSERTED is for
      s.sql().useHandle(h -> {
        var last = h.createQuery("SELECT payload, hash FROM event_log WHERE seq = :s").bind("s", head).mapToMap().one();
        String payload = (String) last.get("payload");
        String hash = Chain.hash((String) last.get("hash"), head + 1, payload, null);
        h.createUpdate("INSERT INTO event_log (seq, payload, prev_hash, hash, state_hash) VALUES (:s, :p, :prev, :h, NULL)")
            .bind("s", head + 1).bind("p", payload).bind("prev", (String) last.get("hash")).bind("h", hash).execute();
      });
      for (Report r : new Report[] {s.full(), s.sinceLastCheckpoint()}) {
        System.out.println("CHAIN SNAPSHOT: inserted beyond the head: " + r.findings());
        assertThat(r.findings()).extracting(Finding::problem).containsExactly(Problem.INSERTED);
        assertThat(r.findings().get(0).sequence()).isEqualTo(head + 1);
      }
      assertThat(s.sign().checkpoint()).as("a broken chain is never signed").isEmpty();
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
  class OnH2InMemory extends On {
    @Override
    Database database() {
      return Database.H2_MEMORY;
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
