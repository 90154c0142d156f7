package dev.clustergov.adapters.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;

/**
 * The verification route (复核, decision 0505) reads the records on every request, on H2 through HikariCP: a change made
 * outside the commands moves no read stamp, so an answer kept by the read model (decision 0420) would go on saying
 * "verified" after it.
 */
class VerificationReadsTheRecordsTest extends ServerHarness {

  private Storage storage;

  @Override
  protected Backend backend() throws Exception {
    storage = Storage.h2(Files.createTempDirectory("clustergov-rest-verify-"));
    return Backend.of("h2", storage, () -> {});
  }

  @Test
  void a_kept_line_edited_with_sql_after_a_verification_is_found_by_the_next_one() {
    String id = recognised();
    var engaged = http.post("/organizations/" + id + "/evaluator-engagements", Map.of("evaluator", world.evaluator, "until", "2099-12-31"))
        .token(World.SUZHOU).send();
    assertThat(engaged.status()).as(engaged.body()).isEqualTo(201);
    var recorded = http.post("/organizations/" + id + "/evaluations", Map.of()).token(World.EVALUATOR).send();
    assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
    String route = "/organizations/" + id + "/evaluations/" + recorded.json().get("id").asText() + "/verification";

    var before = http.get(route).token(World.SUZHOU).send();
    assertThat(before.status()).as(before.body()).isEqualTo(200);
    assertThat(before.json().get("verified").asBoolean()).isTrue();

    Jdbi.create(storage.dataSourceForTests()).useHandle(h -> h.createUpdate(
            "UPDATE evaluation_dossier_line SET line = 'organization forged' WHERE evaluation_id = :e AND part = 'organization'")
        .bind("e", recorded.json().get("id").asText()).execute());

    var after = http.get(route).token(World.SUZHOU).send();
    assertThat(after.status()).as(after.body()).isEqualTo(200);
    assertThat(after.json().get("copyIntact").asBoolean()).as(after.body()).isFalse();
    assertThat(after.json().get("differingParts").toString()).contains("organization");
    assertThat(after.json().get("verified").asBoolean()).isFalse();
  }
}
