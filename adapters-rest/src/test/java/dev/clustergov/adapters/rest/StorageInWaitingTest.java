package dev.clustergov.adapters.rest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clustergov.adapters.rest.demo.Demo;
import dev.clustergov.core.application.Clustergov;
import dev.clustergov.core.testkit.memory.InMemoryClustergov;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 120, unit = TimeUnit.SECONDS) // a server and sockets: a hang fails here, not the whole build
class StorageInWaitingTest {

  @Test
  void a_server_listening_before_its_storage_is_live_but_not_ready_and_answers_503_until_the_storage_arrives() {
    StorageInWaiting waiting = new StorageInWaiting();
    ClustergovServer server = ClustergovServer.builder().ports(waiting::ports).readiness(waiting::arrived)
        .tokens("token-of-the-ministry-for-the-test authority authority-000001").start("127.0.0.1", 0);
    try {
      Http http = new Http(server.port());
      assertThat(http.get("/health").send().status()).isEqualTo(200);
      assertThat(http.get("/ready").send().status()).isEqualTo(503);
      var early = http.get("/clusters").token("token-of-the-ministry-for-the-test").send();
      assertThat(early.status()).as(early.body()).isEqualTo(503);
      assertThat(early.header("Retry-After")).isNotNull();

      InMemoryClustergov memory = new InMemoryClustergov();
      Demo.bootstrap(Clustergov.using(memory.ports()));
      waiting.arrive(memory.ports());

      assertThat(http.get("/ready").send().status()).isEqualTo(200);
      var later = http.get("/clusters").token("token-of-the-ministry-for-the-test").send();
      assertThat(later.status()).as(later.body()).isEqualTo(200);
    } finally {
      server.stop(Duration.ofSeconds(1));
    }
  }
}
