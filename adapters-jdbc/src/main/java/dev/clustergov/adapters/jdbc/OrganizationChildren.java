package dev.clustergov.adapters.jdbc;

import dev.clustergov.core.finance.IncomeKind;
import dev.clustergov.core.governance.Body;
import dev.clustergov.core.governance.BodyForm;
import dev.clustergov.core.governance.BodyId;
import dev.clustergov.core.governance.ExpertField;
import dev.clustergov.core.governance.Governance;
import dev.clustergov.core.governance.Layer;
import dev.clustergov.core.governance.Person;
import dev.clustergov.core.governance.PersonId;
import dev.clustergov.core.governance.Seat;
import dev.clustergov.core.governance.SeatRole;
import dev.clustergov.core.management.ManagementSystem;
import dev.clustergov.core.management.StaffMember;
import dev.clustergov.core.organization.ConsortiumComponent;
import dev.clustergov.core.organization.Founder;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.Query;

/**
 * The child rows of a set of POs (促进组织子表数据), grouped by organization id, each list in position order: the
 * eleven child tables read with one query each for any number of POs, and turned into the PO's collections.
 */
final class OrganizationChildren {
  /** The child tables, children before their parents: the order to delete in. */
  static final List<Columns> TABLES = List.of(SeatExpertFieldRow.COLUMNS, BodySeatRow.COLUMNS, GovernanceBodyRow.COLUMNS,
      FounderRow.COLUMNS, ConsortiumComponentRow.COLUMNS, CharterScopeItemRow.COLUMNS, CharterConsentRow.COLUMNS,
      EquipmentRow.COLUMNS, StaffRow.COLUMNS, ManagementSystemRow.COLUMNS, IncomeSourceRow.COLUMNS);

  private final Map<String, List<FounderRow>> founders = new HashMap<>();
  private final Map<String, List<ConsortiumComponentRow>> components = new HashMap<>();
  private final Map<String, List<String>> scope = new HashMap<>();
  private final Map<String, List<String>> consents = new HashMap<>();
  private final Map<String, List<String>> equipment = new HashMap<>();
  private final Map<String, List<StaffRow>> staff = new HashMap<>();
  private final Map<String, List<ManagementSystemRow>> systems = new HashMap<>();
  private final Map<String, List<String>> income = new HashMap<>();
  private final Map<String, List<GovernanceBodyRow>> bodies = new HashMap<>();
  /** by organization id, then body position */
  private final Map<String, Map<Integer, List<BodySeatRow>>> seats = new HashMap<>();
  /** by organization id + body position + seat position */
  private final Map<String, List<String>> fields = new HashMap<>();

  private OrganizationChildren() {}

  /** The children of the POs {@code ids}: one query per child table for each 500 of them. */
  static OrganizationChildren load(Handle h, List<String> ids) {
    OrganizationChildren c = new OrganizationChildren();
    for (List<String> chunk : Chunks.of(ids)) {
      c.read(h, chunk);
    }
    return c;
  }

  /**
   * The children of every PO whose id lies between {@code first} and {@code last}, both included: one range scan of
   * each table's primary key, with no list of ids to check each row against (decision 0480). For a page of a listing
   * with no filter, which holds every PO of that range; rows of a PO outside the page (one added since the page was
   * read) are read and never asked for.
   */
  static OrganizationChildren loadRange(Handle h, String first, String last) {
    OrganizationChildren c = new OrganizationChildren();
    c.read(h, "organization_id >= :first AND organization_id <= :last", q -> q.bind("first", first).bind("last", last));
    return c;
  }

  private void read(Handle h, List<String> ids) {
    read(h, "organization_id IN (<ids>)", q -> q.bindList("ids", ids));
  }

  private void read(Handle h, String where, Consumer<Query> binding) {
    String byPosition = "organization_id, position";
    read(h, FounderRow.COLUMNS, byPosition, where, binding, FounderRow::map, r -> add(founders, r.organizationId(), r));
    read(h, ConsortiumComponentRow.COLUMNS, byPosition, where, binding, ConsortiumComponentRow::map,
        r -> add(components, r.organizationId(), r));
    read(h, CharterScopeItemRow.COLUMNS, byPosition, where, binding, CharterScopeItemRow::map,
        r -> add(scope, r.organizationId(), r.item()));
    read(h, CharterConsentRow.COLUMNS, byPosition, where, binding, CharterConsentRow::map,
        r -> add(consents, r.organizationId(), r.founderName()));
    read(h, EquipmentRow.COLUMNS, byPosition, where, binding, EquipmentRow::map, r -> add(equipment, r.organizationId(), r.item()));
    read(h, StaffRow.COLUMNS, byPosition, where, binding, StaffRow::map, r -> add(staff, r.organizationId(), r));
    read(h, ManagementSystemRow.COLUMNS, byPosition, where, binding, ManagementSystemRow::map,
        r -> add(systems, r.organizationId(), r));
    read(h, IncomeSourceRow.COLUMNS, "organization_id, kind", where, binding, IncomeSourceRow::map,
        r -> add(income, r.organizationId(), r.kind()));
    read(h, GovernanceBodyRow.COLUMNS, byPosition, where, binding, GovernanceBodyRow::map, r -> add(bodies, r.organizationId(), r));
    read(h, BodySeatRow.COLUMNS, "organization_id, body_position, position", where, binding, BodySeatRow::map,
        r -> add(seats.computeIfAbsent(r.organizationId(), k -> new TreeMap<>()), r.bodyPosition(), r));
    read(h, SeatExpertFieldRow.COLUMNS, "organization_id, body_position, seat_position, field", where, binding,
        SeatExpertFieldRow::map, r -> add(fields, fieldKey(r.organizationId(), r.bodyPosition(), r.seatPosition()), r.field()));
  }

  private static <R> void read(Handle h, Columns table, String order, String where, Consumer<Query> binding, RowMapper<R> mapper,
      Consumer<R> sink) {
    Query q = h.createQuery(table.select() + " WHERE " + where + " ORDER BY " + order);
    binding.accept(q);
    q.map(mapper).forEach(sink);
  }

  private static <K, V> void add(Map<K, List<V>> map, K key, V value) {
    map.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
  }

  private static String fieldKey(String organization, int body, int seat) {
    return organization + "#" + body + "#" + seat;
  }

  // ---------------------------------------------------------------- one PO's collections

  List<String> scope(String id) {
    return scope.getOrDefault(id, List.of());
  }

  List<String> consents(String id) {
    return consents.getOrDefault(id, List.of());
  }

  List<String> equipment(String id) {
    return equipment.getOrDefault(id, List.of());
  }

  List<Founder> founders(Problems p, String id) {
    List<Founder> result = new ArrayList<>();
    int i = 0;
    for (FounderRow r : founders.getOrDefault(id, List.of())) {
      Founder f = r.toFounder(p, id + "#" + i++);
      if (f != null) {
        result.add(f);
      }
    }
    return result;
  }

  List<ConsortiumComponent> components(Problems p, String id) {
    List<ConsortiumComponent> result = new ArrayList<>();
    int i = 0;
    for (ConsortiumComponentRow r : components.getOrDefault(id, List.of())) {
      ConsortiumComponent c = r.toComponent(p, id + "#" + i++);
      if (c != null) {
        result.add(c);
      }
    }
    return result;
  }

  List<StaffMember> staff(Problems p, String id) {
    List<StaffMember> result = new ArrayList<>();
    for (StaffRow r : staff.getOrDefault(id, List.of())) {
      StaffMember s = r.toStaffMember(p);
      if (s != null) {
        result.add(s);
      }
    }
    return result;
  }

  List<ManagementSystem> systems(Problems p, String id) {
    List<ManagementSystem> result = new ArrayList<>();
    for (ManagementSystemRow r : systems.getOrDefault(id, List.of())) {
      ManagementSystem m = r.toSystem(p);
      if (m != null) {
        result.add(m);
      }
    }
    return result;
  }

  Set<IncomeKind> income(Problems p, String id) {
    Set<IncomeKind> result = EnumSet.noneOf(IncomeKind.class);
    for (String raw : income.getOrDefault(id, List.of())) {
      IncomeKind kind = p.enumValue(IncomeSourceRow.COLUMNS.table(), id + "#" + raw, "kind", IncomeKind.class, raw);
      if (kind != null) {
        result.add(kind);
      }
    }
    return result;
  }

  Governance governance(Problems p, String id) {
    String bodyTable = GovernanceBodyRow.COLUMNS.table();
    String seatTable = BodySeatRow.COLUMNS.table();
    List<Body> result = new ArrayList<>();
    Map<Integer, List<BodySeatRow>> seatsByBody = seats.getOrDefault(id, Map.of());
    for (GovernanceBodyRow r : bodies.getOrDefault(id, List.of())) {
      int b = r.position();
      String key = id + "#" + b;
      BodyId bodyId = p.identifier(bodyTable, key, "body_id", r.bodyId(), raw -> BodyId.parse("body_id", raw));
      Layer layer = p.enumValue(bodyTable, key, "layer", Layer.class, r.layer());
      BodyForm form = p.enumValue(bodyTable, key, "form", BodyForm.class, r.form());
      List<Seat> seatList = new ArrayList<>();
      for (BodySeatRow s : seatsByBody.getOrDefault(b, List.of())) {
        String seatKey = key + "#" + s.position();
        PersonId person = p.identifier(seatTable, seatKey, "person_id", s.personId(), raw -> PersonId.parse("person_id", raw));
        SeatRole role = p.enumValue(seatTable, seatKey, "role", SeatRole.class, s.role());
        Set<ExpertField> expertFields = EnumSet.noneOf(ExpertField.class);
        for (String raw : fields.getOrDefault(fieldKey(id, b, s.position()), List.of())) {
          ExpertField f = p.enumValue(SeatExpertFieldRow.COLUMNS.table(), seatKey + "#" + raw, "field", ExpertField.class, raw);
          if (f != null) {
            expertFields.add(f);
          }
        }
        if (person != null && role != null) {
          seatList.add(new Seat(new Person(person, s.personName()), role, expertFields));
        }
      }
      if (bodyId != null && layer != null && form != null) {
        result.add(new Body(bodyId, layer, form, r.name(), seatList));
      }
    }
    if (p.any()) {
      return Governance.EMPTY;
    }
    Governance g = p.construct(bodyTable, id, () -> new Governance(result));
    return g == null ? Governance.EMPTY : g;
  }
}
