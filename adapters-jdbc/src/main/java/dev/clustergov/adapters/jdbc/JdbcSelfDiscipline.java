package dev.clustergov.adapters.jdbc;

import dev.clustergov.core.application.port.SelfDiscipline;
import dev.clustergov.core.governance.BodyId;
import dev.clustergov.core.operation.MembershipId;
import dev.clustergov.core.organization.OrganizationId;
import dev.clustergov.core.supervision.DisciplinaryAction;
import dev.clustergov.core.supervision.DisciplinaryActionId;
import dev.clustergov.core.supervision.DisciplineKind;
import dev.clustergov.core.supervision.MeasureId;
import dev.clustergov.core.supervision.MeasureKind;
import dev.clustergov.core.supervision.SelfDisciplineMeasure;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** {@link SelfDiscipline} in the tables {@code self_discipline_measure} and {@code disciplinary_action}: one row each. */
final class JdbcSelfDiscipline implements SelfDiscipline {
  static final String MEASURE = "self_discipline_measure";
  static final String ACTION = "disciplinary_action";

  private final Transactions tx;

  JdbcSelfDiscipline(Transactions tx) {
    this.tx = tx;
  }

  private record MeasureRow(String id, long version, String organization, String kind, String title, String adoptedBy, LocalDate on) {}

  private record ActionRow(String id, long version, String organization, String member, String measure, String kind,
      LocalDate on, String reason) {}

  private static final Columns MEASURE_COLUMNS = Columns.of(MEASURE,
      "id", "version", "organization_id", "kind", "title", "adopted_by", "adopted_on");
  private static final Columns ACTION_COLUMNS = Columns.of(ACTION,
      "id", "version", "organization_id", "member_id", "measure_id", "kind", "taken_on", "reason");
  private static final String MEASURES = MEASURE_COLUMNS.select();
  private static final String ACTIONS = ACTION_COLUMNS.select();

  @Override
  public Optional<SelfDisciplineMeasure> findMeasure(MeasureId id) {
    return tx.inTransaction(h -> measures(h.createQuery(MEASURES + " WHERE id = :id").bind("id", id.value())
        .map((rs, ctx) -> new MeasureRow(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
            rs.getString(6), rs.getObject(7, LocalDate.class))).list()).stream().findFirst());
  }

  @Override
  public List<SelfDisciplineMeasure> measuresOf(OrganizationId organization) {
    return tx.inTransaction(h -> measures(h.createQuery(MEASURES + " WHERE organization_id = :o ORDER BY id").bind("o", organization.value())
        .map((rs, ctx) -> new MeasureRow(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
            rs.getString(6), rs.getObject(7, LocalDate.class))).list()));
  }

  @Override
  public SelfDisciplineMeasure saveMeasure(SelfDisciplineMeasure m) {
    return tx.inWriteTransaction(h -> {
      String id = m.id().value();
      Versioned.save(h, "SelfDisciplineMeasure", MEASURE, id, m.version(),
          x -> bind(x.createUpdate(MEASURE_COLUMNS.insert()), m, 1).execute(),
          x -> bind(x.createUpdate(MEASURE_COLUMNS.versionedUpdate()), m, m.version()).execute());
      return m.withVersion(m.version() + 1);
    });
  }

  /** The row of {@code m} under {@link #MEASURE_COLUMNS}, with {@code version}: 1 to insert, the version read to update. */
  private static org.jdbi.v3.core.statement.Update bind(org.jdbi.v3.core.statement.Update u, SelfDisciplineMeasure m, long version) {
    return u.bind("id", m.id().value()).bind("version", version).bind("organization_id", m.organization().value())
        .bind("kind", m.kind().name()).bind("title", m.title()).bind("adopted_by", m.adoptedBy().value())
        .bind("adopted_on", m.adoptedOn());
  }

  /** The row of {@code a} under {@link #ACTION_COLUMNS}, with {@code version}: 1 to insert, the version read to update. */
  private static org.jdbi.v3.core.statement.Update bind(org.jdbi.v3.core.statement.Update u, DisciplinaryAction a, long version) {
    return u.bind("id", a.id().value()).bind("version", version).bind("organization_id", a.organization().value())
        .bind("member_id", a.member().value()).bind("measure_id", a.measure().value()).bind("kind", a.kind().name())
        .bind("taken_on", a.takenOn()).bind("reason", a.reason());
  }

  @Override
  public Optional<DisciplinaryAction> findAction(DisciplinaryActionId id) {
    return tx.inTransaction(h -> actions(h.createQuery(ACTIONS + " WHERE id = :id").bind("id", id.value())
        .map((rs, ctx) -> new ActionRow(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
            rs.getString(6), rs.getObject(7, LocalDate.class), rs.getString(8))).list()).stream().findFirst());
  }

  @Override
  public List<DisciplinaryAction> actionsOf(OrganizationId organization) {
    return tx.inTransaction(h -> actions(h.createQuery(ACTIONS + " WHERE organization_id = :o ORDER BY id").bind("o", organization.value())
        .map((rs, ctx) -> new ActionRow(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
            rs.getString(6), rs.getObject(7, LocalDate.class), rs.getString(8))).list()));
  }

  @Override
  public DisciplinaryAction saveAction(DisciplinaryAction a) {
    return tx.inWriteTransaction(h -> {
      String id = a.id().value();
      Versioned.save(h, "DisciplinaryAction", ACTION, id, a.version(),
          x -> bind(x.createUpdate(ACTION_COLUMNS.insert()), a, 1).execute(),
          x -> bind(x.createUpdate(ACTION_COLUMNS.versionedUpdate()), a, a.version()).execute());
      return a.withVersion(a.version() + 1);
    });
  }

  private static List<SelfDisciplineMeasure> measures(List<MeasureRow> rows) {
    Problems p = new Problems();
    List<SelfDisciplineMeasure> out = new ArrayList<>();
    for (MeasureRow r : rows) {
      MeasureId id = p.identifier(MEASURE, r.id(), "id", r.id(), raw -> MeasureId.parse("id", raw));
      OrganizationId org = p.identifier(MEASURE, r.id(), "organization_id", r.organization(), raw -> OrganizationId.parse("organization_id", raw));
      MeasureKind kind = p.enumValue(MEASURE, r.id(), "kind", MeasureKind.class, r.kind());
      BodyId by = p.identifier(MEASURE, r.id(), "adopted_by", r.adoptedBy(), raw -> BodyId.parse("adopted_by", raw));
      p.throwIfAny();
      out.add(p.construct(MEASURE, r.id(), () -> new SelfDisciplineMeasure(id, r.version(), org, kind, r.title(), by, r.on())));
      p.throwIfAny();
    }
    return out;
  }

  private static List<DisciplinaryAction> actions(List<ActionRow> rows) {
    Problems p = new Problems();
    List<DisciplinaryAction> out = new ArrayList<>();
    for (ActionRow r : rows) {
      DisciplinaryActionId id = p.identifier(ACTION, r.id(), "id", r.id(), raw -> DisciplinaryActionId.parse("id", raw));
      OrganizationId org = p.identifier(ACTION, r.id(), "organization_id", r.organization(), raw -> OrganizationId.parse("organization_id", raw));
      MembershipId member = p.identifier(ACTION, r.id(), "member_id", r.member(), raw -> MembershipId.parse("member_id", raw));
      MeasureId measure = p.identifier(ACTION, r.id(), "measure_id", r.measure(), raw -> MeasureId.parse("measure_id", raw));
      DisciplineKind kind = p.enumValue(ACTION, r.id(), "kind", DisciplineKind.class, r.kind());
      p.throwIfAny();
      out.add(p.construct(ACTION, r.id(), () -> new DisciplinaryAction(id, r.version(), org, member, measure, kind, r.on(), r.reason())));
      p.throwIfAny();
    }
    return out;
  }

  @Override
  public java.util.Map<OrganizationId, List<SelfDisciplineMeasure>> measuresOf(java.util.Set<OrganizationId> organizations) {
    return Bulk.read(tx, organizations, (h, os) -> measures(h.createQuery(MEASURES + " WHERE organization_id IN (<os>) ORDER BY id")
        .bindList("os", os).map((rs, ctx) -> new MeasureRow(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getString(4),
            rs.getString(5), rs.getString(6), rs.getObject(7, LocalDate.class))).list()), SelfDisciplineMeasure::organization);
  }

  @Override
  public java.util.Map<OrganizationId, List<DisciplinaryAction>> actionsOf(java.util.Set<OrganizationId> organizations) {
    return Bulk.read(tx, organizations, (h, os) -> actions(h.createQuery(ACTIONS + " WHERE organization_id IN (<os>) ORDER BY id")
        .bindList("os", os).map((rs, ctx) -> new ActionRow(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getString(4),
            rs.getString(5), rs.getString(6), rs.getObject(7, LocalDate.class), rs.getString(8))).list()), DisciplinaryAction::organization);
  }
}
