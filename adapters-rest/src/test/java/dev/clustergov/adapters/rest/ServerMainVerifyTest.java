package dev.clustergov.adapters.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clustergov.adapters.rest.demo.Demo;
import dev.clustergov.core.application.Clustergov;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code verify} and the check at start (issue 15 item 6, decision 0372) on H2 in a data folder, each broken on purpose:
 * the exit code and the one line per problem, the key file created 0600 with its {@code .pub}, and a server whose chain
 * was cut back below its last checkpoint refusing every write and saying so.
 */
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class ServerMainVerifyTest {

  @TempDir
  Path work;

  private record Outcome(int code, String out, String err) {}

  private static Outcome launch(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = ServerMain.launch(args, Map.of(), new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Outcome(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  /** A data folder with the bootstrap's events, signed at the head as a server would at start. */
  private KeyPair seeded(Path data, Path key) {
    KeyPair keys = ChainGuard.keys(key);
    try (Storage s = Storage.h2(data)) {
      Demo.bootstrap(Clustergov.using(s.ports()));
      ChainGuard g = ChainGuard.atStart(s, keys, new AtomicReference<>(Optional.empty()), 3600);
      assertThat(g.broken()).isFalse();
      g.stop();
    }
    return keys;
  }

  private static void sql(Path data, String... statements) throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + data.toAbsolutePath().resolve("clustergov"), "sa", "");
        Statement st = c.createStatement()) {
      for (String s : statements) {
        st.execute(s);
      }
    }
  }

  @Test
  void verify_says_intact_with_exit_0_and_the_key_file_is_created_0600_with_its_public_half() throws Exception {
    Path data = work.resolve("data");
    Path key = work.resolve("keys/signing.key");
    seeded(data, key);
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(key))).isEqualTo("rw-------");
    assertThat(Files.readString(Path.of(key + ".pub"))).startsWith("public ").doesNotContain("private");

    Outcome o = launch("verify", "--data-dir", data.toString(), "--public-key", key + ".pub");
    System.out.println("TAMPER: verify intact: " + o.out().strip());
    assertThat(o.code()).as(o.err()).isZero();
    assertThat(o.out()).contains("intact").contains("with their signatures");
  }

  @Test
  void verify_names_an_edited_state_row_with_exit_7() throws Exception {
    Path data = work.resolve("data");
    Path key = work.resolve("signing.key");
    seeded(data, key);
    sql(data, "UPDATE authority SET name = 'Forged' WHERE id = (SELECT MIN(id) FROM authority)");
    Outcome o = launch("verify", "--data-dir", data.toString(), "--signing-key", key.toString());
    System.out.println("TAMPER: verify edited state: " + o.out().strip());
    assertThat(o.code()).isEqualTo(7);
    assertThat(o.out().lines().filter(l -> l.startsWith("STATE_ALTERED"))).singleElement().asString().contains("authority ");
  }

  @Test
  void verify_without_any_key_still_finds_a_rewrite_through_a_checkpoint_but_says_it_did_not_check_signatures() throws Exception {
    Path data = work.resolve("data");
    seeded(data, work.resolve("signing.key"));
    sql(data, "UPDATE chain_checkpoint SET hash = '" + "0".repeat(64) + "'");
    Outcome o = launch("verify", "--data-dir", data.toString(), "--signing-key", work.resolve("absent.key").toString());
    System.out.println("TAMPER: verify rewritten checkpoint, no key: " + o.out().strip());
    assertThat(o.code()).isEqualTo(7);
    assertThat(o.out()).contains("REWRITTEN").contains("signatures not checked");
  }

  @Test
  void at_start_a_log_cut_back_below_its_checkpoint_halts_writes_and_says_why() throws Exception {
    Path data = work.resolve("data");
    Path key = work.resolve("signing.key");
    KeyPair keys = seeded(data, key);
    sql(data, "DELETE FROM event_log WHERE seq = (SELECT MAX(seq) FROM event_log)",
        "UPDATE event_head SET last_seq = last_seq - 1, last_hash = COALESCE((SELECT hash FROM event_log WHERE seq = "
            + "(SELECT MAX(seq) FROM event_log)), '" + "0".repeat(64) + "')");
    try (Storage s = Storage.h2(data)) {
      AtomicReference<Optional<String>> problem = new AtomicReference<>(Optional.empty());
      ChainGuard g = ChainGuard.atStart(s, keys, problem, 3600);
      System.out.println("TAMPER: start after truncation: " + problem.get().orElse("-"));
      assertThat(g.broken()).isTrue();
      assertThat(problem.get()).get().asString().startsWith("TRUNCATED");
      assertThatThrownBy(() -> s.ports().events().append(java.util.List.of(dev.clustergov.core.kernel.DomainEvent.of("X", "cluster",
          "c", java.time.Instant.EPOCH, Map.of()))))
          .as("nothing is appended after a truncation").hasMessageContaining("takes no entry");

      ClustergovServer server = ClustergovServer.builder().ports(s::ports).chainProblem(problem::get).start("127.0.0.1", 0);
      try {
        var answer = java.net.http.HttpClient.newHttpClient().send(
            java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + server.port() + "/ready")).build(),
            java.net.http.HttpResponse.BodyHandlers.ofString());
        System.out.println("TAMPER: /ready after truncation: " + answer.statusCode() + " " + answer.body());
        assertThat(answer.statusCode()).isEqualTo(503);
        assertThat(answer.body()).contains("NOT_READY").contains("TRUNCATED");
      } finally {
        server.stop(java.time.Duration.ZERO);
      }
    }
  }

  @Test
  void the_audit_route_tells_any_authority_whether_the_chain_holds_naming_entries_and_aggregates_never_payloads() throws Exception {
    Path data = work.resolve("data");
    Path key = work.resolve("signing.key");
    KeyPair keys = seeded(data, key);
    String tokens = "token-audit-authority-00001 authority authority-000001\ntoken-audit-secretariat-0001 secretariat org-000001";
    for (boolean tampered : new boolean[] {false, true}) {
      if (tampered) {
        // a rewrite through the signed checkpoint: the entry it names no longer has the hash signed (decision 0372)
        sql(data, "UPDATE chain_checkpoint SET hash = '" + "0".repeat(64) + "'");
      }
      try (Storage s = Storage.h2(data)) {
        ClustergovServer server = ClustergovServer.builder().ports(s::ports).tokens(tokens)
            .chainAudit(() -> Optional.of(s.verifier().auditSinceLastCheckpoint(Optional.of(keys.getPublic())))).start("127.0.0.1", 0);
        try {
          var http = java.net.http.HttpClient.newHttpClient();
          java.util.function.BiFunction<String, String, java.net.http.HttpResponse<String>> call = (token, path) -> {
            try {
              var b = java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + server.port() + path));
              if (token != null) {
                b.header("Authorization", "Bearer " + token);
              }
              return http.send(b.build(), java.net.http.HttpResponse.BodyHandlers.ofString());
            } catch (Exception e) {
              throw new IllegalStateException(e);
            }
          };
          var audit = call.apply("token-audit-authority-00001", "/chain/audit");
          System.out.println("TAMPER: GET /chain/audit " + (tampered ? "after a rewrite" : "untouched") + ": " + audit.statusCode() + " "
              + audit.body());
          assertThat(audit.statusCode()).isEqualTo(200);
          var json = Json.MAPPER.readTree(audit.body());
          if (!tampered) {
            assertThat(json.get("status").asText()).isEqualTo("INTACT");
            assertThat(json.get("problems")).isEmpty();
          } else {
            assertThat(json.get("status").asText()).isEqualTo("BROKEN");
            java.util.List<String> kinds = new java.util.ArrayList<>();
            json.get("problems").forEach(p -> kinds.add(p.get("problem").asText()));
            // with the key, the altered checkpoint no longer verifies: CHECKPOINT_FORGED (without it, REWRITTEN)
            assertThat(kinds).containsAnyOf("CHECKPOINT_FORGED", "REWRITTEN");
            var rewritten = json.get("problems").get(0);
            assertThat(rewritten.get("sequence").asLong()).isPositive();
            // the entry at the checkpoint is still readable (its own hash holds): its aggregate is named
            assertThat(rewritten.get("aggregateType").asText()).isNotBlank();
            assertThat(rewritten.get("aggregateId").asText()).isNotBlank();
          }
          // never a payload: no name, no data key, no hash of the entries
          assertThat(audit.body()).doesNotContain("工业和信息化").doesNotContain("\"data").doesNotContain("0".repeat(64))
              .doesNotContain("detail");
          assertThat(call.apply("token-audit-secretariat-0001", "/chain/audit").statusCode()).isEqualTo(403);
          assertThat(call.apply(null, "/chain/audit").statusCode()).isEqualTo(401);
        } finally {
          server.stop(java.time.Duration.ZERO);
        }
      }
    }
  }
}
