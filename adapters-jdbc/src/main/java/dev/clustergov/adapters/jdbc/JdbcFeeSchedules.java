package dev.clustergov.adapters.jdbc;

import dev.clustergov.core.application.port.FeeSchedules;
import dev.clustergov.core.finance.FeeEdition;
import dev.clustergov.core.finance.FeeItem;
import dev.clustergov.core.finance.FeeKind;
import dev.clustergov.core.finance.FeeSchedule;
import dev.clustergov.core.finance.FeeScheduleId;
import dev.clustergov.core.finance.Price;
import dev.clustergov.core.kernel.Money;
import dev.clustergov.core.organization.OrganizationId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * {@link FeeSchedules} in {@code fee_schedule} and its children (editions, items, tiers). Editions are
 * never changed once published, so a save inserts only the editions not yet stored; loading any number
 * of schedules takes one query per table.
 */
final class JdbcFeeSchedules implements FeeSchedules {
  static final String TABLE = "fee_schedule";

  private final Transactions tx;

  JdbcFeeSchedules(Transactions tx) {
    this.tx = tx;
  }

  @Override
  public Optional<FeeSchedule> find(FeeScheduleId id) {
    return tx.inTransaction(h -> load(h, "id = :k", id.value()).stream().findFirst());
  }

  @Override
  public List<FeeSchedule> of(OrganizationId organization) {
    return tx.inTransaction(h -> load(h, "organization_id = :k", organization.value()));
  }

  @Override
  public FeeSchedule save(FeeSchedule s) {
    return tx.inWriteTransaction(h -> {
      String id = s.id().value();
      Versioned.save(h, "FeeSchedule", TABLE, id, s.version(),
          x -> x.createUpdate("INSERT INTO fee_schedule (id, version, organization_id, kind, title) VALUES (:id, 1, :o, :kind, :title)")
              .bind("id", id).bind("o", s.organization().value()).bind("kind", s.kind().name()).bind("title", s.title()).execute(),
          x -> x.createUpdate("UPDATE fee_schedule SET version = version + 1, title = :title WHERE id = :id AND version = :version")
              .bind("id", id).bind("title", s.title()).bind("version", s.version()).execute());
      int stored = h.createQuery("SELECT COUNT(*) FROM fee_edition WHERE schedule_id = :id").bind("id", id).mapTo(Integer.class).one();
      List<FeeEdition> fresh = s.editions().subList(Math.min(stored, s.editions().size()), s.editions().size());
      if (!fresh.isEmpty()) {
        PreparedBatch editions = h.prepareBatch("INSERT INTO fee_edition (schedule_id, number, published_on, channel, recorded_on)"
            + " VALUES (:s, :n, :on, :channel, :recorded)");
        PreparedBatch items = h.prepareBatch("INSERT INTO fee_item (schedule_id, edition, position, code, name, pricing, amount,"
            + " min_amount, max_amount) VALUES (:s, :e, :p, :code, :name, :pricing, :amount, :min, :max)");
        PreparedBatch tiers = h.prepareBatch("INSERT INTO fee_tier (schedule_id, edition, item_position, position, label, amount)"
            + " VALUES (:s, :e, :i, :p, :label, :amount)");
        boolean anyTier = false;
        for (FeeEdition e : fresh) {
          editions.bind("s", id).bind("n", e.number()).bind("on", e.publishedOn()).bind("channel", e.channel())
              .bind("recorded", e.recordedOn()).add();
          int i = 0;
          for (FeeItem item : e.items()) {
            BigDecimal amount = null;
            BigDecimal min = null;
            BigDecimal max = null;
            String pricing;
            if (item.price() instanceof Price.Fixed f) {
              pricing = "FIXED";
              amount = f.amount().yuan();
            } else if (item.price() instanceof Price.Range r) {
              pricing = "RANGE";
              min = r.min().yuan();
              max = r.max().yuan();
            } else {
              pricing = "TIERED";
              int t = 0;
              for (Price.Tier tier : ((Price.Tiered) item.price()).tiers()) {
                tiers.bind("s", id).bind("e", e.number()).bind("i", i).bind("p", t++).bind("label", tier.label())
                    .bind("amount", tier.amount().yuan()).add();
                anyTier = true;
              }
            }
            items.bind("s", id).bind("e", e.number()).bind("p", i++).bind("code", item.code()).bind("name", item.name())
                .bind("pricing", pricing).bind("amount", amount).bind("min", min).bind("max", max).add();
          }
        }
        editions.execute();
        items.execute();
        if (anyTier) {
          tiers.execute();
        }
      }
      return s.withVersion(s.version() + 1);
    });
  }

  private static List<FeeSchedule> load(Handle h, String where, String key) {
    return load(h, where, q -> q.bind("k", key));
  }

  private static List<FeeSchedule> load(Handle h, String where, java.util.function.UnaryOperator<org.jdbi.v3.core.statement.Query> bind) {
    List<Object[]> heads = bind.apply(h.createQuery("SELECT id, version, organization_id, kind, title FROM fee_schedule WHERE " + where + " ORDER BY id")
        )
        .map((rs, ctx) -> new Object[] {rs.getString(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5)}).list();
    if (heads.isEmpty()) {
      return List.of();
    }
    String join = "FROM fee_schedule s JOIN %s x ON x.schedule_id = s.id WHERE s." + where;
    Map<String, List<Object[]>> editions = new HashMap<>();
    bind.apply(h.createQuery("SELECT x.schedule_id, x.number, x.published_on, x.channel, x.recorded_on " + join.formatted("fee_edition")
            + " ORDER BY x.schedule_id, x.number"))
        .map((rs, ctx) -> editions.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(new Object[] {rs.getInt(2),
            rs.getObject(3, LocalDate.class), rs.getString(4), rs.getObject(5, LocalDate.class)})).list();
    Map<String, List<Object[]>> items = new HashMap<>();
    bind.apply(h.createQuery("SELECT x.schedule_id, x.edition, x.position, x.code, x.name, x.pricing, x.amount, x.min_amount, x.max_amount "
            + join.formatted("fee_item") + " ORDER BY x.schedule_id, x.edition, x.position"))
        .map((rs, ctx) -> items.computeIfAbsent(rs.getString(1) + "#" + rs.getInt(2), k -> new ArrayList<>()).add(new Object[] {
            rs.getInt(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getBigDecimal(7), rs.getBigDecimal(8),
            rs.getBigDecimal(9)})).list();
    Map<String, List<Object[]>> tiers = new HashMap<>();
    bind.apply(h.createQuery("SELECT x.schedule_id, x.edition, x.item_position, x.label, x.amount " + join.formatted("fee_tier")
            + " ORDER BY x.schedule_id, x.edition, x.item_position, x.position"))
        .map((rs, ctx) -> tiers.computeIfAbsent(rs.getString(1) + "#" + rs.getInt(2) + "#" + rs.getInt(3), k -> new ArrayList<>())
            .add(new Object[] {rs.getString(4), rs.getBigDecimal(5)})).list();
    List<FeeSchedule> result = new ArrayList<>();
    for (Object[] head : heads) {
      String id = (String) head[0];
      Problems p = new Problems();
      FeeScheduleId sid = p.identifier(TABLE, id, "id", id, raw -> FeeScheduleId.parse("id", raw));
      OrganizationId oid = p.identifier(TABLE, id, "organization_id", (String) head[2], raw -> OrganizationId.parse("organization_id", raw));
      FeeKind kind = p.enumValue(TABLE, id, "kind", FeeKind.class, (String) head[3]);
      List<FeeEdition> eds = new ArrayList<>();
      for (Object[] e : editions.getOrDefault(id, List.of())) {
        int n = (Integer) e[0];
        List<FeeItem> is = new ArrayList<>();
        for (Object[] it : items.getOrDefault(id + "#" + n, List.of())) {
          String ik = id + "#" + n + "#" + it[0];
          Price price = switch ((String) it[3]) {
            case "FIXED" -> p.construct("fee_item", ik, () -> new Price.Fixed(money(p, ik, "amount", (BigDecimal) it[4])));
            case "RANGE" -> p.construct("fee_item", ik, () -> new Price.Range(money(p, ik, "min_amount", (BigDecimal) it[5]),
                money(p, ik, "max_amount", (BigDecimal) it[6])));
            case "TIERED" -> p.construct("fee_item", ik, () -> new Price.Tiered(tiers.getOrDefault(ik, List.of()).stream()
                .map(t -> new Price.Tier((String) t[0], money(p, ik, "tier.amount", (BigDecimal) t[1]))).toList()));
            default -> {
              p.add("fee_item", ik, "pricing: not FIXED, RANGE or TIERED: " + it[3]);
              yield null;
            }
          };
          if (price != null) {
            is.add(new FeeItem((String) it[1], (String) it[2], price));
          }
        }
        FeeEdition ed = p.construct("fee_edition", id + "#" + n, () -> new FeeEdition(n, (LocalDate) e[1], (String) e[2], (LocalDate) e[3], is));
        if (ed != null) {
          eds.add(ed);
        }
      }
      p.throwIfAny();
      FeeSchedule s = p.construct(TABLE, id, () -> new FeeSchedule(sid, (Long) head[1], oid, kind, (String) head[4], eds));
      p.throwIfAny();
      result.add(s);
    }
    return result;
  }

  private static Money money(Problems p, String key, String column, BigDecimal raw) {
    Money m = p.money("fee_item", key, column, raw);
    if (m == null) {
      throw new IllegalArgumentException(column + " missing");
    }
    return m;
  }

  @Override
  public Map<OrganizationId, List<FeeSchedule>> of(java.util.Set<OrganizationId> organizations) {
    return Bulk.read(tx, organizations, (h, os) -> load(h, "organization_id IN (<os>)", q -> q.bindList("os", os)), FeeSchedule::organization);
  }
}
