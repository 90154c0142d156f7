package dev.clustergov.adapters.rest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clustergov.adapters.rest.demo.Demo;
import dev.clustergov.core.application.Clustergov;
import dev.clustergov.core.application.general.RegisterAuthority;
import dev.clustergov.core.application.general.RegisterCluster;
import dev.clustergov.core.cluster.ClusterLevel;
import dev.clustergov.core.kernel.RegionCode;
import io.vavr.control.Either;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Decision 0520: on H2 in a file, a write held behind a long unit of work (the single writer's lock, decision 0481) waits
 * no longer than {@code --db-wait-ms} and is answered 503 {@code storage-busy} with {@code Retry-After}, having written
 * nothing; reads go on meanwhile. It waited without bound before.
 */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class StorageBusyTest {

  @TempDir
  Path data;

  @Test
  void a_write_behind_a_long_unit_of_work_is_a_503_within_the_wait_and_writes_nothing() throws Exception {
    try (Storage storage = Storage.h2(data, 500)) {
      var ports = storage.ports();
      Clustergov gov = Clustergov.using(ports);
      Demo.bootstrap(gov);
      var suzhou = gov.registerAuthority().handle(new RegisterAuthority.Command("苏州市工业和信息化局", new RegionCode("320500"))).get();
      ClustergovServer server = ClustergovServer.builder().ports(() -> ports)
          .tokens("token-of-suzhou-for-the-busy-test authority " + suzhou.id().value()).start("127.0.0.1", 0);
      CountDownLatch inside = new CountDownLatch(1);
      CountDownLatch release = new CountDownLatch(1);
      // the long unit: a registration whose unit of work goes on holding the writer until the test lets it end
      Thread holder = new Thread(() -> ports.unitOfWork().run(() -> {
        var held = gov.registerCluster().handle(new RegisterCluster.Command("苏州市长事务测试集群", new RegionCode("320500"), "长事务测试",
            ClusterLevel.MUNICIPAL, 100));
        inside.countDown();
        try {
          release.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        return Either.right(held);
      }), "busy-test-holder");
      holder.start();
      try {
        assertThat(inside.await(60, TimeUnit.SECONDS)).isTrue();
        Http http = new Http(server.port());
        var refused = http.post("/clusters", new RegisterCluster.Command("苏州市被拒测试集群", new RegionCode("320500"), "被拒测试",
            ClusterLevel.MUNICIPAL, 100)).token("token-of-suzhou-for-the-busy-test").header("Accept-Language", "en").send();
        assertThat(refused.status()).as(refused.body()).isEqualTo(503);
        assertThat(refused.header("Retry-After")).isEqualTo("2");
        assertThat(refused.json().get("type").asText()).isEqualTo("urn:clustergov:problem:storage-busy");
        assertThat(refused.json().get("detail").asText()).contains("nothing of this request was written");
        assertThat(refused.body()).doesNotContain("Exception", "decision 0520");
        var read = http.get("/clusters").send();
        assertThat(read.status()).as("a read is not held by the writer").isEqualTo(200);
        assertThat(holder.isAlive()).as("the refusal came by the bound, not by the holder's end").isTrue();
      } finally {
        release.countDown();
        holder.join(60_000);
        server.stop(Duration.ofSeconds(1));
      }
      var names = gov.queries().clusters().stream().map(c -> c.name()).toList();
      assertThat(names).contains("苏州市长事务测试集群").doesNotContain("苏州市被拒测试集群");
    }
  }
}
