package dev.clustergov.adapters.rest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clustergov.core.testkit.memory.InMemoryClustergov;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A token withdrawn from the tokens file — marked revoked, or its line deleted — is refused without a restart, and the
 * file fails closed (decision 0362): edited while the server runs.
 */
@Timeout(value = 3, unit = TimeUnit.MINUTES) // a server over HTTP
class TokensFileReloadTest {

  private World world;
  private Path file;
  private ClustergovServer server;
  private Http http;
  private String po;

  /** A server on the in-memory world, its tokens read from a file the test edits while it runs. */
  @BeforeEach
  void start() throws Exception {
    InMemoryClustergov memory = new InMemoryClustergov();
    world = new World(memory.ports());
    file = Files.createTempFile("clustergov-tokens-", ".txt");
    Files.writeString(file, world.tokens(), StandardCharsets.UTF_8);
    server = ClustergovServer.builder().ports(memory::ports).tokensFile(file).start("127.0.0.1", 0);
    http = new Http(server.port());
    po = "/organizations/" + world.poA;
  }

  @AfterEach
  void stop() throws Exception {
    server.stop(Duration.ofSeconds(2));
    Files.deleteIfExists(file);
  }

  @Test
  void a_token_revoked_or_removed_in_the_file_is_refused_from_then_on_and_a_broken_file_grants_nothing() throws Exception {
    assertThat(http.get(po).token(World.SECRETARIAT_A).send().status()).isEqualTo(200);
    assertThat(http.get(po).token(World.SUZHOU).send().status()).isEqualTo(200);
    // a file with a bad line: the tokens in force that it still grants stay in force
    Files.writeString(file, world.tokens() + "\nshort wizard x", StandardCharsets.UTF_8);
    Thread.sleep(ClustergovServer.TokensFile.CHECK_EVERY.toMillis() + 200);
    assertThat(http.get(po).token(World.SECRETARIAT_A).send().status()).isEqualTo(200);
    // the secretariat's token is marked revoked, Suzhou's line is deleted
    String next = world.tokens().lines().filter(l -> !l.contains(world.suzhou)).reduce("", (a, b) -> a + b + "\n")
        + World.SECRETARIAT_A + " revoked\n";
    Files.writeString(file, next, StandardCharsets.UTF_8);
    assertThat(statusWithin(http, po, World.SECRETARIAT_A, Duration.ofSeconds(10))).isEqualTo(401);
    assertThat(http.get(po).token(World.SUZHOU).send().status()).isEqualTo(401);
    assertThat(http.get(po).token(World.SECRETARIAT_A).send().status()).isEqualTo(401);
    // the others are untouched
    assertThat(http.get(po).token(World.JIANGSU).send().status()).isEqualTo(200);
  }

  @Test
  void a_revocation_takes_effect_even_beside_a_bad_line_and_an_invalid_file_grants_nothing_new() throws Exception {
    String fresh = "a-fresh-token-never-seen-0001";
    // one edit: Suzhou's token revoked, a new token added, and a line the parser rejects
    Files.writeString(file, world.tokens() + "\n" + World.SUZHOU + " revoked\n" + fresh + " authority " + world.suzhou + "\nshort wizard x\n",
        StandardCharsets.UTF_8);
    assertThat(statusWithin(http, po, World.SUZHOU, Duration.ofSeconds(10))).isEqualTo(401);
    assertThat(http.get(po).token(fresh).send().status()).as("an invalid file grants nothing new").isEqualTo(401);
    assertThat(http.get(po).token(World.SECRETARIAT_A).send().status()).isEqualTo(200);
    // the same token on two lines with two roles: the file is invalid and that token has neither role
    Files.writeString(file, world.tokens() + "\n" + World.SECRETARIAT_A + " authority " + world.suzhou + "\n", StandardCharsets.UTF_8);
    assertThat(statusWithin(http, po, World.SECRETARIAT_A, Duration.ofSeconds(10))).isEqualTo(401);
    assertThat(http.get(po).token(World.JIANGSU).send().status()).isEqualTo(200);
    // fixed, with comments at the ends of lines: every token of the file, the new one too
    String commented = world.tokens().lines().map(l -> l.isBlank() || l.startsWith("#") ? l : l + "   # issued 2026-12")
        .reduce("", (a, b) -> a + b + "\n") + fresh + " authority " + world.suzhou + " # the bureau's second token\n";
    Files.writeString(file, commented, StandardCharsets.UTF_8);
    assertThat(statusWithin(http, po, fresh, 401, Duration.ofSeconds(10))).isEqualTo(200);
    assertThat(http.get(po).token(World.SECRETARIAT_A).send().status()).isEqualTo(200);
    assertThat(http.get(po).token(World.SUZHOU).send().status()).isEqualTo(200);
    // the file deleted: no token at all, not the old ones
    Files.delete(file);
    assertThat(statusWithin(http, po, World.SUZHOU, Duration.ofSeconds(10))).isEqualTo(401);
    assertThat(http.get(po).token(World.SECRETARIAT_A).send().status()).isEqualTo(401);
    assertThat(http.get(po).token(fresh).send().status()).isEqualTo(401);
    assertThat(http.get("/health").send().status()).isEqualTo(200);
    // and back: read as any file is
    Files.writeString(file, world.tokens(), StandardCharsets.UTF_8);
    assertThat(statusWithin(http, po, World.SUZHOU, 401, Duration.ofSeconds(10))).isEqualTo(200);
  }

  private static int statusWithin(Http http, String path, String token, Duration limit) throws InterruptedException {
    return statusWithin(http, path, token, 200, limit);
  }

  /** Polls (bounded in time) until the status changes from {@code from}. */
  private static int statusWithin(Http http, String path, String token, int from, Duration limit) throws InterruptedException {
    long deadline = System.nanoTime() + limit.toNanos();
    int status = from;
    while (status == from && System.nanoTime() < deadline) {
      status = http.get(path).token(token).send().status();
      if (status == from) {
        Thread.sleep(100);
      }
    }
    return status;
  }
}
