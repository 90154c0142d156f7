package dev.clustergov.adapters.jdbc;

import dev.clustergov.core.finance.IncomeKind;
import dev.clustergov.core.governance.Body;
import dev.clustergov.core.governance.ExpertField;
import dev.clustergov.core.governance.Seat;
import dev.clustergov.core.management.ManagementSystem;
import dev.clustergov.core.management.StaffMember;
import dev.clustergov.core.organization.ConsortiumComponent;
import dev.clustergov.core.organization.Founder;
import dev.clustergov.core.organization.OrganizationType;
import dev.clustergov.core.organization.PromotionOrganization;
import java.util.EnumSet;
import java.util.List;
import java.util.TreeSet;
import org.jdbi.v3.core.Handle;

/**
 * Writing the child rows of POs (促进组织子表写入): a save replaces them, deleting the stored ones (one statement per
 * child table for each 500 POs) and inserting the new ones (one batch per child table for all the POs).
 */
final class OrganizationChildWrites {
  private OrganizationChildWrites() {}

  static void delete(Handle h, List<String> ids) {
    for (List<String> chunk : Chunks.of(ids)) {
      for (Columns table : OrganizationChildren.TABLES) {
        h.createUpdate(table.deleteOfOrganizations()).bindList("ids", chunk).execute();
      }
    }
  }

  /** One batch per child table for all of {@code organizations}; empty batches are not sent. */
  static void insert(Handle h, List<PromotionOrganization> organizations) {
    LazyBatch founders = new LazyBatch(h, FounderRow.COLUMNS.insert());
    LazyBatch components = new LazyBatch(h, ConsortiumComponentRow.COLUMNS.insert());
    LazyBatch scope = new LazyBatch(h, CharterScopeItemRow.COLUMNS.insert());
    LazyBatch consents = new LazyBatch(h, CharterConsentRow.COLUMNS.insert());
    LazyBatch equipment = new LazyBatch(h, EquipmentRow.COLUMNS.insert());
    LazyBatch staff = new LazyBatch(h, StaffRow.COLUMNS.insert());
    LazyBatch systems = new LazyBatch(h, ManagementSystemRow.COLUMNS.insert());
    LazyBatch income = new LazyBatch(h, IncomeSourceRow.COLUMNS.insert());
    LazyBatch bodies = new LazyBatch(h, GovernanceBodyRow.COLUMNS.insert());
    LazyBatch seats = new LazyBatch(h, BodySeatRow.COLUMNS.insert());
    LazyBatch fields = new LazyBatch(h, SeatExpertFieldRow.COLUMNS.insert());
    for (PromotionOrganization o : organizations) {
      String id = o.id().value();
      int i = 0;
      for (Founder f : o.founders()) {
        FounderRow.of(id, i++, f).bind(founders.row()).add();
      }
      i = 0;
      for (ConsortiumComponent c : o.type().map(OrganizationType::components).orElse(List.of())) {
        ConsortiumComponentRow.of(id, i++, c).bind(components.row()).add();
      }
      if (o.charter().isPresent()) {
        i = 0;
        for (String item : o.charter().get().businessScope()) {
          new CharterScopeItemRow(id, i++, item).bind(scope.row()).add();
        }
        i = 0;
        // a set: stored in a stable order so that equal POs give equal rows
        for (String name : new TreeSet<>(o.charter().get().consentingFounders())) {
          new CharterConsentRow(id, i++, name).bind(consents.row()).add();
        }
      }
      i = 0;
      for (String item : o.facilities().equipment()) {
        new EquipmentRow(id, i++, item).bind(equipment.row()).add();
      }
      i = 0;
      for (StaffMember s : o.staff()) {
        StaffRow.of(id, i++, s).bind(staff.row()).add();
      }
      i = 0;
      for (ManagementSystem m : o.managementSystems()) {
        ManagementSystemRow.of(id, i++, m).bind(systems.row()).add();
      }
      for (IncomeKind k : o.incomeSources()) {
        new IncomeSourceRow(id, k.name()).bind(income.row()).add();
      }
      int b = 0;
      for (Body body : o.governance().bodies()) {
        GovernanceBodyRow.of(id, b, body).bind(bodies.row()).add();
        int s = 0;
        for (Seat seat : body.seats()) {
          BodySeatRow.of(id, b, s, seat).bind(seats.row()).add();
          for (ExpertField field : EnumSet.copyOf(seat.fields().isEmpty() ? EnumSet.noneOf(ExpertField.class) : seat.fields())) {
            new SeatExpertFieldRow(id, b, s, field.name()).bind(fields.row()).add();
          }
          s++;
        }
        b++;
      }
    }
    // parents before children (foreign keys)
    for (LazyBatch batch : List.of(founders, components, scope, consents, equipment, staff, systems, income, bodies, seats, fields)) {
      batch.execute();
    }
  }
}
