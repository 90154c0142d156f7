package dev.clustergov.adapters.jdbc;

import dev.clustergov.core.application.port.KeyedProposal;
import dev.clustergov.core.cluster.ClusterId;
import dev.clustergov.core.finance.AccountHolder;
import dev.clustergov.core.finance.BankAccount;
import dev.clustergov.core.organization.CreditCode;
import dev.clustergov.core.organization.LifecycleStage;
import dev.clustergov.core.organization.OrganizationId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The lookups of {@link JdbcOrganizations} that read ids and counts, not whole POs (促进组织查询): POs by cluster, by
 * credit code, the holders of a bank account, and the idempotency keys of proposals.
 */
final class OrganizationQueries {
  /** The table {@code proposal_key}: one row per proposal made under an idempotency key. */
  static final Columns PROPOSAL_KEY = Columns.of("proposal_key", "idem_key", "fingerprint", "organization_id");

  private final Transactions tx;

  OrganizationQueries(Transactions tx) {
    this.tx = tx;
  }

  int countInCluster(ClusterId cluster, LifecycleStage stage, OrganizationId except) {
    return tx.inTransaction(h -> h.createQuery(
            "SELECT COUNT(*) FROM organization WHERE cluster_id = :cluster AND stage = :stage AND id <> :except")
        .bind("cluster", cluster.value())
        .bind("stage", stage.name())
        .bind("except", except.value())
        .mapTo(Integer.class)
        .one());
  }

  /** One query over two indexed lookups (organization.bank_number, organization_founder.bank_number). */
  List<AccountHolder> accountHolders(String raw) {
    String number = BankAccount.canonical(Objects.requireNonNull(raw, "number"));
    return tx.inTransaction(h -> h.createQuery(
            "SELECT id AS organization_id, 0 AS role, name, 0 AS position FROM organization WHERE bank_number = :n"
                + " UNION ALL SELECT organization_id, 1 AS role, name, position FROM organization_founder WHERE bank_number = :n"
                + " ORDER BY role, organization_id, position")
        .bind("n", number)
        .map((rs, ctx) -> holder(rs, 1))
        .list());
  }

  /** {@link #accountHolders(String)} for many numbers: the same two indexed lookups, 500 numbers a query. */
  Map<String, List<AccountHolder>> accountHolders(Set<String> numbers) {
    Map<String, String> canonical = new TreeMap<>();
    numbers.forEach(n -> canonical.put(n, BankAccount.canonical(Objects.requireNonNull(n, "number"))));
    List<String> wanted = new TreeSet<>(canonical.values()).stream().toList();
    return tx.inTransaction(h -> {
      Map<String, List<AccountHolder>> byNumber = new HashMap<>();
      for (List<String> chunk : Chunks.of(wanted)) {
        h.createQuery("SELECT bank_number, id AS organization_id, 0 AS role, name, 0 AS position FROM organization WHERE bank_number IN (<ns>)"
                + " UNION ALL SELECT bank_number, organization_id, 1 AS role, name, position FROM organization_founder WHERE bank_number IN (<ns>)"
                + " ORDER BY role, organization_id, position")
            .bindList("ns", chunk)
            .map((rs, ctx) -> byNumber.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(holder(rs, 2)))
            .list();
      }
      Map<String, List<AccountHolder>> answer = new LinkedHashMap<>();
      canonical.forEach((asked, n) -> answer.put(asked, List.copyOf(byNumber.getOrDefault(n, List.of()))));
      return answer;
    });
  }

  /** The holder whose organization id, role and name start at column {@code first}. */
  private static AccountHolder holder(ResultSet rs, int first) throws SQLException {
    return new AccountHolder(new OrganizationId(rs.getString(first)),
        rs.getInt(first + 1) == 0 ? AccountHolder.Role.ORGANIZATION : AccountHolder.Role.FOUNDER, rs.getString(first + 2));
  }

  List<OrganizationId> holdingCreditCode(CreditCode code) {
    Objects.requireNonNull(code, "code");
    return tx.inTransaction(h -> h.createQuery("SELECT id FROM organization WHERE credit_code = :c ORDER BY id")
        .bind("c", code.value()).map((rs, ctx) -> new OrganizationId(rs.getString(1))).list());
  }

  /** One query per 500 clusters over the index on (cluster, stage). */
  Map<ClusterId, List<OrganizationId>> inClusters(Set<ClusterId> clusters, LifecycleStage stage) {
    List<String> ids = new TreeSet<>(clusters).stream().map(ClusterId::value).toList();
    return tx.inTransaction(h -> {
      Map<ClusterId, List<OrganizationId>> all = new LinkedHashMap<>();
      ids.forEach(c -> all.put(new ClusterId(c), new ArrayList<>()));
      for (List<String> chunk : Chunks.of(ids)) {
        h.createQuery("SELECT cluster_id, id FROM organization WHERE cluster_id IN (<cs>) AND stage = :stage ORDER BY id")
            .bindList("cs", chunk).bind("stage", stage.name())
            .map((rs, ctx) -> all.get(new ClusterId(rs.getString(1))).add(new OrganizationId(rs.getString(2)))).list();
      }
      all.replaceAll((c, l) -> List.copyOf(l));
      return all;
    });
  }

  Optional<KeyedProposal> proposedUnder(String key) {
    Objects.requireNonNull(key, "key");
    return tx.inTransaction(h -> h.createQuery(PROPOSAL_KEY.select() + " WHERE idem_key = :idem_key")
        .bind("idem_key", key)
        .map((rs, ctx) -> new KeyedProposal(rs.getString("idem_key"), rs.getString("fingerprint"),
            new OrganizationId(rs.getString("organization_id"))))
        .findOne());
  }

  void keep(KeyedProposal proposal) {
    tx.inWriteTransaction(h -> h.createUpdate(PROPOSAL_KEY.insert())
        .bind("idem_key", proposal.key()).bind("fingerprint", proposal.fingerprint())
        .bind("organization_id", proposal.organization().value()).execute());
  }
}
