package dev.clustergov.adapters.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every start-up that cannot go on is one line on stderr — what went wrong and what to do — and the exit code
 * {@code --help} documents, never a stack trace. Failures found before the storage opens run in this JVM; those that
 * need a second process (a locked data folder) or may log through the pool run as processes of their own, so that
 * everything the JVM writes is seen.
 */
@Timeout(value = 180, unit = TimeUnit.SECONDS) // processes and sockets: a hang fails here, not the whole build
class ServerMainTest {

  @TempDir
  Path work;

  private record Outcome(int code, String out, String err) {}

  private Outcome launch(Map<String, String> env, String... args) {
    if (!java.util.Arrays.asList(args).contains("--signing-key") && !env.containsKey("CLUSTERGOV_SIGNING_KEY")) {
      // never the default ./clustergov-signing.key, which would be written into the module's folder
      args = java.util.stream.Stream.concat(java.util.Arrays.stream(args), java.util.stream.Stream.of("--signing-key",
          work.resolve("signing.key").toString())).toArray(String[]::new);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = ServerMain.launch(args, env, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Outcome(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  /**
   * Exactly one line telling the failure, with no trace of an exception in it; besides it, only the server's own
   * progress lines at INFO ("listening on port …"), never a warning, an error or a stack trace from a library.
   */
  private static String oneLine(String err) {
    List<String> lines = err.lines().filter(l -> !l.isBlank()).toList();
    List<String> failure = lines.stream().filter(l -> l.startsWith("clustergov-server: ")).toList();
    assertThat(failure).as("stderr:\n%s", err).hasSize(1);
    assertThat(lines).as("stderr:\n%s", err).allMatch(l -> l.startsWith("clustergov-server: ") || l.matches("\\S+ INFO server - .*"));
    assertThat(failure.get(0)).doesNotContain("Exception", "\tat ", "at dev.", "at org.");
    return failure.get(0);
  }

  @Test
  void an_unknown_option_is_a_usage_error_in_one_line() {
    Outcome o = launch(Map.of(), "--prot", "8080");
    assertThat(o.code()).isEqualTo(2);
    assertThat(oneLine(o.err())).contains("--prot", "--help");
  }

  @Test
  void a_boolean_from_the_environment_that_is_not_yes_or_no_is_a_usage_error() {
    Outcome o = launch(Map.of("CLUSTERGOV_DEMO", "maybe"));
    assertThat(o.code()).isEqualTo(2);
    assertThat(oneLine(o.err())).contains("CLUSTERGOV_DEMO", "maybe");
  }

  @Test
  void version_prints_the_version_the_build_wrote() {
    Outcome o = launch(Map.of(), "--version");
    assertThat(o.code()).isZero();
    assertThat(o.out().strip()).matches("clustergov-server \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
    assertThat(o.err()).isEmpty();
  }

  @Test
  void help_documents_every_exit_code() {
    Outcome o = launch(Map.of(), "--help");
    assertThat(o.code()).isZero();
    for (StartupFailure.Exit e : StartupFailure.Exit.values()) {
      assertThat(o.out()).containsPattern("(?m)^\\s+" + e.code + "\\s+\\S");
    }
    assertThat(o.out()).contains("--version");
  }

  @Test
  void a_data_folder_that_is_a_file_is_exit_3() throws Exception {
    Path file = Files.writeString(work.resolve("data"), "not a folder");
    Outcome o = launch(Map.of(), "--port", "0", "--data-dir", file.toString());
    assertThat(o.code()).isEqualTo(3);
    assertThat(oneLine(o.err())).contains("is a file, not a folder");
  }

  @Test
  void a_data_folder_under_a_file_is_exit_3() throws Exception {
    Path file = Files.writeString(work.resolve("data"), "not a folder");
    Outcome o = launch(Map.of(), "--port", "0", "--data-dir", file.resolve("inside").toString());
    assertThat(o.code()).isEqualTo(3);
    assertThat(oneLine(o.err())).contains("cannot create the folder");
  }

  /**
   * A folder the server may not write. The tests run as root in CI, and the permission bits do not stop root, so the
   * folder is {@code /proc}: a read-only file system even for root. The check writes a file, so it is the same for
   * a folder with mode 555 and an ordinary user.
   */
  @Test
  void a_data_folder_that_cannot_be_written_is_exit_3() {
    Outcome o = launch(Map.of(), "--port", "0", "--data-dir", "/proc");
    assertThat(o.code()).isEqualTo(3);
    assertThat(oneLine(o.err())).contains("is not writable");
  }

  @Test
  void a_tokens_file_with_a_bad_line_is_exit_5_and_never_shows_a_token() throws Exception {
    Path tokens = Files.writeString(work.resolve("tokens.txt"), "a-token-long-enough-to-be-taken-0001 emperor x\n");
    Outcome o = launch(Map.of(), "--tokens", tokens.toString(), "--data-dir", work.resolve("data").toString());
    assertThat(o.code()).isEqualTo(5);
    assertThat(oneLine(o.err())).contains("entry 1", "emperor").doesNotContain("a-token-long-enough-to-be-taken-0001");
  }

  @Test
  void a_missing_tokens_file_is_exit_5() {
    Outcome o = launch(Map.of(), "--tokens", work.resolve("nowhere.txt").toString(), "--data-dir", work.resolve("data").toString());
    assertThat(o.code()).isEqualTo(5);
    assertThat(oneLine(o.err())).contains("cannot be read");
  }

  @Test
  void a_data_folder_another_server_holds_is_exit_3_in_one_line() throws Exception {
    Path data = work.resolve("data");
    try (ServerProcess first = ServerProcess.start(work, "first", "", List.of("--data-dir", data.toString()), Duration.ofSeconds(90))) {
      ServerProcess.Exited second = ServerProcess.exit(work, "second", List.of("--port", "0", "--data-dir", data.toString()), Map.of(),
          Duration.ofSeconds(90));
      assertThat(second.code()).as(second.err()).isEqualTo(3);
      assertThat(oneLine(second.err())).contains("in use by another process", "--data-dir");
      assertThat(new Http(first.port()).get("/ready").send().status()).as("the first server goes on").isEqualTo(200);
    }
  }

  @Test
  void a_database_out_of_reach_is_exit_4_in_one_line() throws Exception {
    int closed;
    try (ServerSocket s = new ServerSocket(0)) {
      closed = s.getLocalPort();
    }
    ServerProcess.Exited o = ServerProcess.exit(work, "pg", List.of("--port", "0"),
        Map.of("CLUSTERGOV_DB_URL", "jdbc:postgresql://127.0.0.1:" + closed + "/clustergov"), Duration.ofSeconds(90));
    assertThat(o.code()).as(o.err()).isEqualTo(4);
    assertThat(oneLine(o.err())).contains("cannot reach PostgreSQL", "127.0.0.1:" + closed, "--db-url");
  }

  @Test
  void a_port_taken_by_another_process_is_exit_6_in_one_line() throws Exception {
    try (ServerSocket taken = new ServerSocket(0)) {
      ServerProcess.Exited o = ServerProcess.exit(work, "port", List.of("--port", String.valueOf(taken.getLocalPort()),
          "--data-dir", work.resolve("data").toString()), Map.of(), Duration.ofSeconds(90));
      assertThat(o.code()).as(o.err()).isEqualTo(6);
      assertThat(oneLine(o.err())).contains("cannot listen on port " + taken.getLocalPort());
    }
  }

  /** The storage opens beside the server's start (decision 0585): when both fail, the port is still the one reported. */
  @Test
  void a_port_taken_is_reported_even_when_the_storage_opened_beside_it_fails_too() throws Exception {
    Path notAFolder = Files.writeString(work.resolve("a-file"), "not a folder");
    try (ServerSocket taken = new ServerSocket(0)) {
      ServerProcess.Exited o = ServerProcess.exit(work, "port-and-folder", List.of("--port", String.valueOf(taken.getLocalPort()),
          "--data-dir", notAFolder.toString()), Map.of(), Duration.ofSeconds(90));
      assertThat(o.code()).as(o.err()).isEqualTo(6);
      assertThat(oneLine(o.err())).contains("cannot listen on port " + taken.getLocalPort()).doesNotContain("is a file, not a folder");
    }
  }
}
