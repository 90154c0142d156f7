package dev.clustergov.adapters.rest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clustergov.adapters.rest.demo.Demo;
import dev.clustergov.core.application.Clustergov;
import dev.clustergov.core.application.port.RecordedEvent;
import dev.clustergov.core.organization.CreditCode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * An import's batch in the stored event log (decision 0516), on the server's default storage: the events of a recorded
 * import carry {@code importBatch} in the hashed payload, read back as stored, and the full chain audit finds the log
 * intact with them in it — the key needs no migration and changes no other entry.
 */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class ImportOnH2Test {

  static final String OFFICE = "token-secretariat-import-h2-001";

  @Test
  void an_imports_events_name_its_batch_in_the_stored_chain_and_the_audit_finds_it_intact() throws Exception {
    Path dir = Files.createTempDirectory("clustergov-import-h2-");
    try (Storage storage = Storage.h2(dir)) {
      Map<String, String> demo = new Demo(storage.ports()).load();
      String po = demo.get("苏州市澄湖纳米新材料产业集群促进会");
      ClustergovServer server = ClustergovServer.builder().ports(storage::ports).tokens(OFFICE + " secretariat " + po)
          .start("127.0.0.1", 0);
      try {
        Http http = new Http(server.port());
        long after = last(storage);
        String a = "91320500MB0000001";
        String b = "91320500MB0000002";
        String file = "name,creditCode,kind,joinedOn\n存储批次甲公司," + a + CreditCode.checkCharacter(a) + ",企业,"
            + storage.ports().clock().today() + "\n存储批次乙公司," + b + CreditCode.checkCharacter(b) + ",高校,\n";
        var r = http.post("/organizations/" + po + "/imports/members", null).raw(file.getBytes(StandardCharsets.UTF_8))
            .header("Content-Type", "text/csv").token(OFFICE).send();
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        String batch = r.json().get("batch").asText();
        List<RecordedEvent> stored = storage.ports().events().read(after, 1000);
        assertThat(stored.stream().filter(e -> e.event().type().equals("MemberAdmitted"))).hasSize(2)
            .allSatisfy(e -> assertThat(e.event().canonical()).contains("data.importBatch=" + batch + "\n"));
        var report = storage.verifier().audit(Optional.empty());
        assertThat(report.findings()).as("the chain with the import's entries in it").isEmpty();
        assertThat(report.count()).isEqualTo(last(storage));
      } finally {
        server.stop(java.time.Duration.ofSeconds(2));
      }
    }
  }

  /** On H2, where the key is a row of {@code answer_key} in the import's own transaction (decision 0540, addendum). */
  @Test
  void a_real_import_sent_again_under_its_key_records_once_on_h2_and_a_dry_run_keeps_no_key() throws Exception {
    Path dir = Files.createTempDirectory("clustergov-import-key-h2-");
    try (Storage storage = Storage.h2(dir)) {
      Map<String, String> demo = new Demo(storage.ports()).load();
      String po = demo.get("苏州市澄湖纳米新材料产业集群促进会");
      ClustergovServer server = ClustergovServer.builder().ports(storage::ports).tokens(OFFICE + " secretariat " + po)
          .start("127.0.0.1", 0);
      try {
        Http http = new Http(server.port());
        String path = "/organizations/" + po + "/imports/activities";
        String file = "item,title,heldOn,delivery,openToAllMembers\n第二十一条第（三）项,重发测试开放日," + storage.ports().clock().today()
            + ",直接服务,是\n";
        java.util.function.BiFunction<String, String, Http.Response> send = (p, body) -> http.post(p, null)
            .raw(body.getBytes(StandardCharsets.UTF_8)).header("Content-Type", "text/csv").header(IdempotencyKeys.HEADER, "h2-import-1")
            .token(OFFICE).send();
        var id = new dev.clustergov.core.organization.OrganizationId(po);
        int before = storage.ports().activities().of(id, dev.clustergov.core.finance.Period.assessedOn(storage.ports().clock().today())).size();
        var dry = send.apply(path + "?dryRun=true", file);
        assertThat(dry.status()).as(dry.body()).isEqualTo(200);
        var first = send.apply(path, file);
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        var again = send.apply(path, file);
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(storage.ports().activities().of(id, dev.clustergov.core.finance.Period.assessedOn(storage.ports().clock().today()))).hasSize(before + 1);
        var other = send.apply(path, file.replace("重发测试开放日", "另一开放日"));
        assertThat(other.status()).as(other.body()).isEqualTo(422);
        assertThat(storage.ports().activities().of(id, dev.clustergov.core.finance.Period.assessedOn(storage.ports().clock().today()))).hasSize(before + 1);
        assertThat(storage.verifier().audit(Optional.empty()).findings()).isEmpty();
      } finally {
        server.stop(java.time.Duration.ofSeconds(2));
      }
    }
  }

  /** A keyed import whose answer is longer than the kept column (a million characters) is kept and answered again. */
  @Test
  void a_keyed_import_of_3000_activities_is_kept_and_answered_again_on_h2() throws Exception {
    Path dir = Files.createTempDirectory("clustergov-import-key-large-h2-");
    try (Storage storage = Storage.h2(dir)) {
      Map<String, String> demo = new Demo(storage.ports()).load();
      String po = demo.get("苏州市澄湖纳米新材料产业集群促进会");
      ClustergovServer server = ClustergovServer.builder().ports(storage::ports).tokens(OFFICE + " secretariat " + po)
          .start("127.0.0.1", 0);
      try {
        Http http = new Http(server.port());
        StringBuilder file = new StringBuilder("item,title,heldOn,delivery,openToAllMembers,technologyTransactions\n");
        for (int i = 0; i < 3000; i++) {
          file.append("第二十一条第（三）项,中试平台开放日第").append(i).append("场,").append(storage.ports().clock().today())
              .append(",直接服务,是,2000000.00\n");
        }
        java.util.function.Supplier<Http.Response> send = () -> http.post("/organizations/" + po + "/imports/activities", null)
            .raw(file.toString().getBytes(StandardCharsets.UTF_8)).header("Content-Type", "text/csv")
            .header(IdempotencyKeys.HEADER, "h2-import-large").token(OFFICE).send();
        var first = send.get();
        assertThat(first.status()).as(first.body().substring(0, Math.min(2000, first.body().length()))).isEqualTo(201);
        assertThat(first.body().length()).as("an answer longer than the column").isGreaterThan(1_000_000);
        var again = send.get();
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.body()).isEqualTo(first.body());
        var id = new dev.clustergov.core.organization.OrganizationId(po);
        assertThat(storage.ports().activities().of(id, dev.clustergov.core.finance.Period.assessedOn(storage.ports().clock().today())))
            .hasSize(3000);
      } finally {
        server.stop(java.time.Duration.ofSeconds(2));
      }
    }
  }

  private static long last(Storage storage) {
    long after = 0;
    while (true) {
      var page = storage.ports().events().read(after, 1000);
      if (page.isEmpty()) {
        return after;
      }
      after = page.get(page.size() - 1).sequence();
    }
  }
}
