package dev.clustergov.adapters.jdbc;

import dev.clustergov.core.application.port.ConcurrencyConflict;
import dev.clustergov.core.application.port.PolicyPacks;
import dev.clustergov.core.kernel.RegionCode;
import dev.clustergov.core.kernel.Text;
import dev.clustergov.core.policy.PolicyPack;
import io.vavr.control.Validation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * {@link PolicyPacks} in {@code policy_pack} (the header) and {@code policy_value} (one row per
 * parameter, as canonical text). Packs are immutable once published (Art.30): identity is
 * jurisdiction and version, and a second publication of one is a conflict.
 */
final class JdbcPolicyPacks implements PolicyPacks {
  static final String TABLE = "policy_pack";
  private static final String SAVEPOINT = "clustergov_publish";

  private final Transactions tx;

  JdbcPolicyPacks(Transactions tx) {
    this.tx = tx;
  }

  private record Header(String jurisdiction, int version, LocalDate effectiveFrom, String titleZh, String titleEn) {
    String key() {
      return jurisdiction + "@" + version;
    }
  }

  @Override
  public List<PolicyPack> all() {
    return tx.inTransaction(h -> {
      List<Header> headers = h.createQuery(
              "SELECT jurisdiction, version, effective_from, title_zh, title_en FROM policy_pack ORDER BY jurisdiction, version")
          .map((rs, ctx) -> new Header(rs.getString("jurisdiction"), rs.getInt("version"),
              rs.getObject("effective_from", LocalDate.class), rs.getString("title_zh"), rs.getString("title_en")))
          .list();
      Map<String, Map<String, String>> values = new HashMap<>();
      h.createQuery("SELECT jurisdiction, version, param_key, param_value FROM policy_value")
          .map((rs, ctx) -> {
            values.computeIfAbsent(rs.getString("jurisdiction") + "@" + rs.getInt("version"), k -> new LinkedHashMap<>())
                .put(rs.getString("param_key"), rs.getString("param_value"));
            return 0;
          })
          .list();
      Problems p = new Problems();
      List<PolicyPack> packs = new ArrayList<>();
      for (Header header : headers) {
        RegionCode jurisdiction = p.region(TABLE, header.key(), "jurisdiction", header.jurisdiction());
        if (jurisdiction == null) {
          continue;
        }
        Validation<io.vavr.collection.Seq<dev.clustergov.core.kernel.Violation>, PolicyPack> pack = PolicyPack.parse(
            jurisdiction, header.effectiveFrom(), header.version(), Text.of(header.titleZh(), header.titleEn()),
            values.getOrDefault(header.key(), Map.of()));
        if (pack.isValid()) {
          packs.add(pack.get());
        } else {
          pack.getError().forEach(v -> p.add(TABLE, header.key(), v.field() + ": " + v.en() + " (" + v.code() + ")"));
        }
      }
      p.throwIfAny();
      return List.copyOf(packs);
    });
  }

  @Override
  public void publish(PolicyPack pack) {
    String jurisdiction = pack.jurisdiction().value();
    tx.inWriteTransaction(h -> {
      h.savepoint(SAVEPOINT);
      try {
        h.createUpdate("INSERT INTO policy_pack (jurisdiction, version, effective_from, title_zh, title_en)"
                + " VALUES (:jurisdiction, :version, :effectiveFrom, :zh, :en)")
            .bind("jurisdiction", jurisdiction)
            .bind("version", pack.version())
            .bind("effectiveFrom", pack.effectiveFrom())
            .bind("zh", pack.title().zh())
            .bind("en", pack.title().en())
            .execute();
      } catch (RuntimeException e) {
        if (!Transactions.isUniqueViolation(e)) {
          throw e;
        }
        h.rollbackToSavepoint(SAVEPOINT);
        throw new ConcurrencyConflict("PolicyPack", jurisdiction + "@" + pack.version(), 0, 1);
      }
      h.releaseSavepoint(SAVEPOINT);
      if (!pack.rawValues().isEmpty()) {
        PreparedBatch batch = h.prepareBatch("INSERT INTO policy_value (jurisdiction, version, param_key, param_value)"
            + " VALUES (:jurisdiction, :version, :key, :value)");
        pack.rawValues().forEach(t -> batch.bind("jurisdiction", jurisdiction)
            .bind("version", pack.version())
            .bind("key", t._1)
            .bind("value", t._2)
            .add());
        batch.execute();
      }
      return null;
    });
  }
}
