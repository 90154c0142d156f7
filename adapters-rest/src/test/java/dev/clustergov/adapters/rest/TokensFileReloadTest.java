package dev.clustergov.adapters.rest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clustergov.core.testkit.memory.InMemoryClustergov;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** A token withdrawn from the tokens file — marked revoked, or its line deleted — is refused without a restart. */
@Timeout(value = 3, unit = TimeUnit.MINUTES) // a server over HTTP
class TokensFileReloadTest {

  @Test
  void a_token_revoked_or_removed_in_the_file_is_refused_from_then_on_and_a_broken_file_changes_nothing() throws Exception {
    InMemoryClustergov memory = new InMemoryClustergov();
    World world = new World(memory.ports());
    Path file = Files.createTempFile("clustergov-tokens-", ".txt");
    Files.writeString(file, world.tokens(), StandardCharsets.UTF_8);
    ClustergovServer server = ClustergovServer.builder().ports(memory::ports).tokensFile(file).start("127.0.0.1", 0);
    try {
      Http http = new Http(server.port());
      String po = "/organizations/" + world.poA;
      assertThat(http.get(po).token(World.SECRETARIAT_A).send().status()).isEqualTo(200);
      assertThat(http.get(po).token(World.SUZHOU).send().status()).isEqualTo(200);
      // a file that no longer parses: reported, the tokens read before stay in force
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
    } finally {
      server.stop(Duration.ofSeconds(2));
      Files.deleteIfExists(file);
    }
  }

  /** Polls (bounded in time) until the status changes from 200. */
  private static int statusWithin(Http http, String path, String token, Duration limit) throws InterruptedException {
    long deadline = System.nanoTime() + limit.toNanos();
    int status = 200;
    while (status == 200 && System.nanoTime() < deadline) {
      status = http.get(path).token(token).send().status();
      if (status == 200) {
        Thread.sleep(100);
      }
    }
    return status;
  }
}
