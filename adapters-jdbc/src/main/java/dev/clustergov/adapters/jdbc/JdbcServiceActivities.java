package dev.clustergov.adapters.jdbc;

import dev.clustergov.core.application.port.ServiceActivities;
import dev.clustergov.core.finance.Period;
import dev.clustergov.core.guideline.Function;
import dev.clustergov.core.guideline.FunctionItem;
import dev.clustergov.core.kernel.Money;
import dev.clustergov.core.operation.ActivityId;
import dev.clustergov.core.operation.Delivery;
import dev.clustergov.core.operation.MembershipId;
import dev.clustergov.core.operation.Outcomes;
import dev.clustergov.core.operation.ServiceActivity;
import dev.clustergov.core.operation.TalentIntake;
import dev.clustergov.core.operation.TalentLevel;
import dev.clustergov.core.organization.OrganizationId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.core.statement.Update;

/**
 * {@link ServiceActivities} in the tables {@code service_activity}, {@code activity_member} and
 * {@code activity_outside}. The activities of a PO in a period take three queries however many there
 * are — the rows by the index on (organization, day), then each child table joined to the same
 * condition — never one per activity. Saving updates the row under its version and replaces the
 * children.
 */
final class JdbcServiceActivities implements ServiceActivities {
  static final String TYPE = "ServiceActivity";
  static final String TABLE = "service_activity";
  private static final TalentLevel[] LEVELS = {TalentLevel.LEADING, TalentLevel.HIGH_LEVEL, TalentLevel.HIGHLY_SKILLED, TalentLevel.GENERAL};
  private static final String[] LEVEL_COLUMNS = {"talents_leading", "talents_high_level", "talents_highly_skilled", "talents_general"};
  private static final Columns COLUMNS = Columns.of(TABLE, "id", "version", "organization_id", "item_article", "item_number",
      "title", "held_on", "delivery", "open_to_all", "closed_reason", "landed_investment", "technology_transactions",
      "supply_contracts", LEVEL_COLUMNS[0], LEVEL_COLUMNS[1], LEVEL_COLUMNS[2], LEVEL_COLUMNS[3]);
  private static final String PREFIXED = COLUMNS.list("a");

  private final Transactions tx;

  JdbcServiceActivities(Transactions tx) {
    this.tx = tx;
  }

  @Override
  public Optional<ServiceActivity> find(ActivityId id) {
    return tx.inTransaction(h -> load(h, "a.id = :id", q -> q.bind("id", id.value())).stream().findFirst());
  }

  @Override
  public List<ServiceActivity> of(OrganizationId organization, Period period) {
    return tx.inTransaction(h -> load(h, "a.organization_id = :o AND a.held_on >= :from AND a.held_on <= :to",
        q -> q.bind("o", organization.value()).bind("from", period.from()).bind("to", period.to())));
  }

  @Override
  public ServiceActivity save(ServiceActivity a) {
    return tx.inWriteTransaction(h -> {
      String id = a.id().value();
      Versioned.save(h, TYPE, TABLE, id, a.version(),
          x -> bind(x.createUpdate(COLUMNS.insert()), a, 1).execute(),
          x -> bind(x.createUpdate(COLUMNS.versionedUpdate()), a, a.version()).execute());
      if (a.version() > 0) {
        h.createUpdate("DELETE FROM activity_member WHERE activity_id = :id").bind("id", id).execute();
        h.createUpdate("DELETE FROM activity_outside WHERE activity_id = :id").bind("id", id).execute();
      }
      if (!a.memberParticipants().isEmpty()) {
        var members = h.prepareBatch("INSERT INTO activity_member (activity_id, position, membership_id) VALUES (:a, :p, :m)");
        for (int i = 0; i < a.memberParticipants().size(); i++) {
          members.bind("a", id).bind("p", i).bind("m", a.memberParticipants().get(i).value()).add();
        }
        members.execute();
      }
      if (!a.outsideParticipants().isEmpty()) {
        var outside = h.prepareBatch("INSERT INTO activity_outside (activity_id, position, name) VALUES (:a, :p, :n)");
        for (int i = 0; i < a.outsideParticipants().size(); i++) {
          outside.bind("a", id).bind("p", i).bind("n", a.outsideParticipants().get(i)).add();
        }
        outside.execute();
      }
      return a.withVersion(a.version() + 1);
    });
  }

  /** The row of {@code a} under {@link #COLUMNS}, with {@code version}: 1 to insert, the version read to update. */
  private static Update bind(Update u, ServiceActivity a, long version) {
    Outcomes o = a.outcomes();
    u.bind("id", a.id().value()).bind("version", version).bind("organization_id", a.organization().value())
        .bind("item_article", a.item().citation().article()).bind("item_number", a.item().number()).bind("title", a.title())
        .bind("held_on", a.heldOn()).bind("delivery", a.delivery().name())
        .bind("open_to_all", (short) (a.openToAllMembers() ? 1 : 0)).bind("closed_reason", a.closedReason().orElse(null))
        .bind("landed_investment", o.landedInvestment().yuan()).bind("technology_transactions", o.technologyTransactions().yuan())
        .bind("supply_contracts", o.supplyContracts().yuan());
    for (int i = 0; i < LEVELS.length; i++) {
      u.bind(LEVEL_COLUMNS[i], o.talentCount(LEVELS[i]));
    }
    return u;
  }

  private record Row(
      String id, long version, String organization, int article, int number, String title, LocalDate held, String delivery,
      int open, String reason, java.math.BigDecimal landed, java.math.BigDecimal tech, java.math.BigDecimal supply, int[] talents) {}

  private static List<ServiceActivity> load(Handle h, String where, UnaryOperator<Query> bind) {
    List<Row> rows = bind.apply(h.createQuery("SELECT " + PREFIXED
            + " FROM service_activity a WHERE " + where + " ORDER BY a.held_on, a.id"))
        .map((rs, ctx) -> {
          int[] talents = new int[LEVELS.length];
          for (int i = 0; i < LEVELS.length; i++) {
            talents[i] = rs.getInt(LEVEL_COLUMNS[i]);
          }
          return new Row(rs.getString("id"), rs.getLong("version"), rs.getString("organization_id"), rs.getInt("item_article"),
              rs.getInt("item_number"), rs.getString("title"), rs.getObject("held_on", LocalDate.class), rs.getString("delivery"),
              rs.getInt("open_to_all"), rs.getString("closed_reason"), rs.getBigDecimal("landed_investment"),
              rs.getBigDecimal("technology_transactions"), rs.getBigDecimal("supply_contracts"), talents);
        })
        .list();
    if (rows.isEmpty()) {
      return List.of();
    }
    Map<String, List<String>> members = new HashMap<>();
    bind.apply(h.createQuery("SELECT m.activity_id, m.membership_id FROM activity_member m JOIN service_activity a ON a.id = m.activity_id"
            + " WHERE " + where + " ORDER BY m.activity_id, m.position"))
        .map((rs, ctx) -> members.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2))).list();
    Map<String, List<String>> outside = new HashMap<>();
    bind.apply(h.createQuery("SELECT o.activity_id, o.name FROM activity_outside o JOIN service_activity a ON a.id = o.activity_id"
            + " WHERE " + where + " ORDER BY o.activity_id, o.position"))
        .map((rs, ctx) -> outside.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2))).list();
    List<ServiceActivity> out = new ArrayList<>(rows.size());
    for (Row r : rows) {
      out.add(assemble(r, members.getOrDefault(r.id(), List.of()), outside.getOrDefault(r.id(), List.of())));
    }
    return out;
  }

  private static ServiceActivity assemble(Row r, List<String> rawMembers, List<String> outside) {
    Problems p = new Problems();
    String key = r.id();
    ActivityId id = p.identifier(TABLE, key, "id", key, raw -> ActivityId.parse("id", raw));
    OrganizationId org = p.identifier(TABLE, key, "organization_id", r.organization(), raw -> OrganizationId.parse("organization_id", raw));
    Optional<FunctionItem> item = Function.ofArticle(r.article()).flatMap(f -> f.item(r.number())).toJavaOptional();
    if (item.isEmpty()) {
      p.add(TABLE, key, "item (" + r.article() + ", " + r.number() + ") is not a function item of Art.18–24");
    }
    Delivery delivery = p.enumValue(TABLE, key, "delivery", Delivery.class, r.delivery());
    if (r.open() != 0 && r.open() != 1) {
      p.add(TABLE, key, "open_to_all is " + r.open() + ", not 0 or 1");
    }
    Money landed = p.money(TABLE, key, "landed_investment", r.landed());
    Money tech = p.money(TABLE, key, "technology_transactions", r.tech());
    Money supply = p.money(TABLE, key, "supply_contracts", r.supply());
    List<MembershipId> members = new ArrayList<>();
    for (String m : rawMembers) {
      members.add(p.identifier("activity_member", key, "membership_id", m, raw -> MembershipId.parse("membership_id", raw)));
    }
    List<TalentIntake> talents = new ArrayList<>();
    for (int i = 0; i < LEVELS.length; i++) {
      if (r.talents()[i] < 0) {
        p.add(TABLE, key, LEVEL_COLUMNS[i] + " is negative");
      } else if (r.talents()[i] > 0) {
        talents.add(new TalentIntake(LEVELS[i], r.talents()[i]));
      }
    }
    p.throwIfAny();
    ServiceActivity a = p.construct(TABLE, key, () -> new ServiceActivity(id, r.version(), org, item.get(), r.title(), r.held(), delivery,
        members, outside, r.open() == 1, Optional.ofNullable(r.reason()), new Outcomes(landed, tech, supply, talents)));
    p.throwIfAny();
    return a;
  }

  @Override
  public java.util.Map<OrganizationId, List<ServiceActivity>> of(java.util.Set<OrganizationId> organizations, Period period) {
    return Bulk.read(tx, organizations, (h, os) -> load(h, "a.organization_id IN (<os>) AND a.held_on >= :from AND a.held_on <= :to",
        q -> q.bindList("os", os).bind("from", period.from()).bind("to", period.to())), ServiceActivity::organization);
  }
}
