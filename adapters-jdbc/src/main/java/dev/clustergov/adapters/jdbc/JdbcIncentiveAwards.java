package dev.clustergov.adapters.jdbc;

import dev.clustergov.core.application.port.IncentiveAwards;
import dev.clustergov.core.finance.Period;
import dev.clustergov.core.incentive.IncentiveAward;
import dev.clustergov.core.incentive.IncentiveAwardId;
import dev.clustergov.core.incentive.IncentiveMetric;
import dev.clustergov.core.incentive.MetricAward;
import dev.clustergov.core.incentive.MetricTotals;
import dev.clustergov.core.kernel.Money;
import dev.clustergov.core.kernel.Text;
import dev.clustergov.core.operation.TalentLevel;
import dev.clustergov.core.organization.OrganizationId;
import dev.clustergov.core.supervision.AuthorityId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * {@link IncentiveAwards} in the tables {@code incentive_award} and {@code incentive_award_metric}. Loading
 * any number of awards takes two queries; saving updates the award row under its version and replaces its
 * metrics. Amounts are exact decimals; the policy versions are kept in order, joined by {@code "; "}.
 */
final class JdbcIncentiveAwards implements IncentiveAwards {
  static final String TYPE = "IncentiveAward";
  static final String TABLE = "incentive_award";
  private static final String SEPARATOR = "; ";

  private final Transactions tx;

  JdbcIncentiveAwards(Transactions tx) {
    this.tx = tx;
  }

  private record Row(String id, long version, String organization, String authority, LocalDate from, LocalDate to,
      LocalDate grantedOn, BigDecimal landed, BigDecimal tech, BigDecimal supply, int[] talents, int activities,
      BigDecimal subtotal, BigDecimal cap, BigDecimal amount, String formulaZh, String formulaEn, String policy) {}

  private static final Columns COLUMNS = Columns.of(TABLE, "id", "version", "organization_id", "authority_id", "period_from",
      "period_to", "granted_on", "landed_investment", "technology_transactions", "supply_contracts", "talent_leading",
      "talent_high_level", "talent_highly_skilled", "talent_general", "activities", "subtotal", "cap", "amount", "formula_zh",
      "formula_en", "policy_versions");
  private static final String SELECT = COLUMNS.select();

  private static Row row(java.sql.ResultSet rs) throws java.sql.SQLException {
    return new Row(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getObject(5, LocalDate.class),
        rs.getObject(6, LocalDate.class), rs.getObject(7, LocalDate.class), rs.getBigDecimal(8), rs.getBigDecimal(9),
        rs.getBigDecimal(10), new int[] {rs.getInt(11), rs.getInt(12), rs.getInt(13), rs.getInt(14)}, rs.getInt(15),
        rs.getBigDecimal(16), rs.getBigDecimal(17), rs.getBigDecimal(18), rs.getString(19), rs.getString(20), rs.getString(21));
  }

  @Override
  public Optional<IncentiveAward> find(IncentiveAwardId id) {
    return tx.inTransaction(h -> assemble(h, h.createQuery(SELECT + " WHERE id = :id").bind("id", id.value())
        .map((rs, ctx) -> row(rs)).list()).stream().findFirst());
  }

  @Override
  public List<IncentiveAward> of(OrganizationId organization) {
    return tx.inTransaction(h -> assemble(h, h.createQuery(SELECT + " WHERE organization_id = :o ORDER BY period_from, id")
        .bind("o", organization.value()).map((rs, ctx) -> row(rs)).list()));
  }

  @Override
  public IncentiveAward save(IncentiveAward a) {
    return tx.inWriteTransaction(h -> {
      String id = a.id().value();
      Versioned.save(h, TYPE, TABLE, id, a.version(),
          x -> bind(x.createUpdate(COLUMNS.insert()), a, 1).execute(),
          x -> bind(x.createUpdate(COLUMNS.versionedUpdate()), a, a.version()).execute());
      if (a.version() > 0) {
        h.createUpdate("DELETE FROM incentive_award_metric WHERE award_id = :id").bind("id", id).execute();
      }
      var batch = h.prepareBatch("INSERT INTO incentive_award_metric (award_id, position, metric, base, formula_zh, formula_en,"
          + " computed, cap, amount) VALUES (:id, :p, :metric, :base, :fzh, :fen, :computed, :cap, :amount)");
      for (int i = 0; i < a.metrics().size(); i++) {
        MetricAward m = a.metrics().get(i);
        batch.bind("id", id).bind("p", i).bind("metric", m.metric().name()).bind("base", m.base())
            .bind("fzh", m.formula().zh()).bind("fen", m.formula().en()).bind("computed", m.computed().yuan())
            .bind("cap", m.cap().map(Money::yuan).orElse(null)).bind("amount", m.amount().yuan()).add();
      }
      if (!a.metrics().isEmpty()) {
        batch.execute();
      }
      return a.withVersion(a.version() + 1);
    });
  }

  /** The row of {@code a} under {@link #COLUMNS}, with {@code version}: 1 to insert, the version read to update. */
  private static org.jdbi.v3.core.statement.Update bind(org.jdbi.v3.core.statement.Update u, IncentiveAward a, long version) {
    MetricTotals t = a.totals();
    return u.bind("id", a.id().value()).bind("version", version).bind("organization_id", a.organization().value())
        .bind("authority_id", a.authority().value())
        .bind("period_from", a.period().from()).bind("period_to", a.period().to()).bind("granted_on", a.grantedOn())
        .bind("landed_investment", t.landedInvestment().yuan()).bind("technology_transactions", t.technologyTransactions().yuan())
        .bind("supply_contracts", t.supplyContracts().yuan())
        .bind("talent_leading", t.talents().get(TalentLevel.LEADING))
        .bind("talent_high_level", t.talents().get(TalentLevel.HIGH_LEVEL))
        .bind("talent_highly_skilled", t.talents().get(TalentLevel.HIGHLY_SKILLED))
        .bind("talent_general", t.talents().get(TalentLevel.GENERAL))
        .bind("activities", t.activities()).bind("subtotal", a.subtotal().yuan()).bind("cap", a.cap().yuan())
        .bind("amount", a.amount().yuan()).bind("formula_zh", a.formula().zh()).bind("formula_en", a.formula().en())
        .bind("policy_versions", String.join(SEPARATOR, a.policyVersions()));
  }

  private record MetricRow(String metric, String base, String zh, String en, BigDecimal computed, BigDecimal cap, BigDecimal amount) {}

  private static List<IncentiveAward> assemble(Handle h, List<Row> rows) {
    if (rows.isEmpty()) {
      return List.of();
    }
    Problems p = new Problems();
    Map<String, List<MetricRow>> metrics = new HashMap<>();
    for (List<String> chunk : Chunks.of(rows.stream().map(Row::id).toList())) {
      h.createQuery("SELECT award_id, metric, base, formula_zh, formula_en, computed, cap, amount FROM incentive_award_metric"
              + " WHERE award_id IN (<ids>) ORDER BY award_id, position")
          .bindList("ids", chunk)
          .map((rs, ctx) -> metrics.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(new MetricRow(rs.getString(2),
              rs.getString(3), rs.getString(4), rs.getString(5), rs.getBigDecimal(6), rs.getBigDecimal(7), rs.getBigDecimal(8))))
          .list();
    }
    List<IncentiveAward> out = new ArrayList<>(rows.size());
    for (Row r : rows) {
      String key = r.id();
      IncentiveAwardId id = p.identifier(TABLE, key, "id", r.id(), raw -> IncentiveAwardId.parse("id", raw));
      OrganizationId org = p.identifier(TABLE, key, "organization_id", r.organization(), raw -> OrganizationId.parse("organization_id", raw));
      AuthorityId authority = p.identifier(TABLE, key, "authority_id", r.authority(), raw -> AuthorityId.parse("authority_id", raw));
      Money landed = p.money(TABLE, key, "landed_investment", r.landed());
      Money tech = p.money(TABLE, key, "technology_transactions", r.tech());
      Money supply = p.money(TABLE, key, "supply_contracts", r.supply());
      Money subtotal = p.money(TABLE, key, "subtotal", r.subtotal());
      Money cap = p.money(TABLE, key, "cap", r.cap());
      Money amount = p.money(TABLE, key, "amount", r.amount());
      List<MetricAward> awards = new ArrayList<>();
      for (MetricRow m : metrics.getOrDefault(key, List.of())) {
        IncentiveMetric metric = p.enumValue("incentive_award_metric", key, "metric", IncentiveMetric.class, m.metric());
        Money computed = p.money("incentive_award_metric", key, "computed", m.computed());
        Optional<Money> metricCap = m.cap() == null ? Optional.empty()
            : Optional.ofNullable(p.money("incentive_award_metric", key, "cap", m.cap()));
        Money metricAmount = p.money("incentive_award_metric", key, "amount", m.amount());
        p.throwIfAny();
        awards.add(p.construct("incentive_award_metric", key,
            () -> new MetricAward(metric, m.base(), Text.of(m.zh(), m.en()), computed, metricCap, metricAmount)));
      }
      p.throwIfAny();
      Map<TalentLevel, Integer> talents = new EnumMap<>(TalentLevel.class);
      for (int i = 0; i < TalentLevel.values().length; i++) {
        talents.put(TalentLevel.values()[i], r.talents()[i]);
      }
      List<String> policy = r.policy().isEmpty() ? List.of() : Arrays.asList(r.policy().split(SEPARATOR, -1));
      out.add(p.construct(TABLE, key, () -> new IncentiveAward(id, r.version(), org, authority, new Period(r.from(), r.to()),
          r.grantedOn(), new MetricTotals(landed, tech, supply, talents, r.activities()), awards, subtotal, cap, amount,
          Text.of(r.formulaZh(), r.formulaEn()), policy)));
      p.throwIfAny();
    }
    return out;
  }
}
