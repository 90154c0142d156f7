package dev.clustergov.core.application.management;

import dev.clustergov.core.finance.BankAccount;
import dev.clustergov.core.finance.ChargeBasis;
import dev.clustergov.core.finance.Expenditure;
import dev.clustergov.core.finance.FeeEdition;
import dev.clustergov.core.finance.FeeKind;
import dev.clustergov.core.finance.FeeScheduleId;
import dev.clustergov.core.finance.IncomeEntry;
import dev.clustergov.core.governance.PersonId;
import dev.clustergov.core.kernel.Event;
import dev.clustergov.core.management.HireTerms;
import dev.clustergov.core.management.ManagementSystem;
import dev.clustergov.core.management.Recruitment;
import dev.clustergov.core.organization.OrganizationId;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What the PO's own management did (管理事件, Art.9–13): its management systems, fee standards, books,
 * bank account and staff. The ledger's events are about the PO's books, so their aggregate is the
 * {@code ledger} of the PO.
 */
public sealed interface ManagementEvent extends Event {

  /** Art.9: a kind of management system adopted, revision 1. */
  record ManagementSystemAdopted(OrganizationId organization, ManagementSystem system) implements ManagementEvent {
    @Override public String aggregateType() {
      return "organization";
    }

    @Override public String aggregateId() {
      return organization.value();
    }

    @Override public Map<String, String> data() {
      return systemData(system);
    }
  }

  /** Art.9: a new revision of an adopted system. */
  record ManagementSystemRevised(OrganizationId organization, ManagementSystem system) implements ManagementEvent {
    @Override public String aggregateType() {
      return "organization";
    }

    @Override public String aggregateId() {
      return organization.value();
    }

    @Override public Map<String, String> data() {
      return systemData(system);
    }
  }

  private static Map<String, String> systemData(ManagementSystem s) {
    return Map.of("kind", s.kind().name(), "title", s.title(), "on", s.adoptedOn().toString(), "revision", String.valueOf(s.revision()));
  }

  /** Art.11: an edition of a fee standard made public (the first edition of a new schedule, or a later one). */
  record FeeSchedulePublished(FeeScheduleId schedule, OrganizationId organization, FeeKind kind, FeeEdition edition)
      implements ManagementEvent {
    @Override public String aggregateType() {
      return "feeSchedule";
    }

    @Override public String aggregateId() {
      return schedule.value();
    }

    @Override public Map<String, String> data() {
      return Map.of("organization", organization.value(), "kind", kind.name(), "edition", String.valueOf(edition.number()),
          "publishedOn", edition.publishedOn().toString(), "channel", edition.channel(), "items", String.valueOf(edition.items().size()));
    }
  }

  /** Art.11: a due or service fee charged under a published standard; {@code entry} has its basis. */
  record ChargeRecorded(IncomeEntry entry) implements ManagementEvent {
    public ChargeRecorded {
      Objects.requireNonNull(entry, "entry");
      if (entry.basis().isEmpty()) {
        throw new IllegalArgumentException("a charge names the schedule it is charged under");
      }
    }

    @Override public String aggregateType() {
      return "ledger";
    }

    @Override public String aggregateId() {
      return entry.organization().value();
    }

    @Override public Map<String, String> data() {
      ChargeBasis b = entry.basis().orElseThrow();
      Map<String, String> data = new TreeMap<>(Map.of("entry", entry.id().value(), "schedule", b.schedule().value(),
          "edition", String.valueOf(b.edition()), "item", b.item(), "amount", entry.amount().toString(),
          "chargedOn", entry.receivedOn().toString(), "payer", entry.payer()));
      b.tier().ifPresent(t -> data.put("tier", t));
      return data;
    }
  }

  /** Art.10: income other than fees (an appropriation, a donation, other lawful income). */
  record IncomeRecorded(IncomeEntry entry) implements ManagementEvent {
    @Override public String aggregateType() {
      return "ledger";
    }

    @Override public String aggregateId() {
      return entry.organization().value();
    }

    @Override public Map<String, String> data() {
      return Map.of("entry", entry.id().value(), "kind", entry.kind().name(), "amount", entry.amount().toString(),
          "receivedOn", entry.receivedOn().toString(), "payer", entry.payer());
    }
  }

  /** Art.10, Art.11: a payment out of the PO's property, with the payee's derived and declared relation. */
  record ExpenditureRecorded(Expenditure expenditure) implements ManagementEvent {
    @Override public String aggregateType() {
      return "ledger";
    }

    @Override public String aggregateId() {
      return expenditure.organization().value();
    }

    @Override public Map<String, String> data() {
      Expenditure e = expenditure;
      Map<String, String> data = new TreeMap<>(Map.of("entry", e.id().value(), "amount", e.amount().toString(),
          "paidOn", e.paidOn().toString(), "payee", e.payee(), "relation", e.relation().name(),
          "declaredRelation", e.declaredRelation().name(), "purpose", e.purpose(), "payroll", String.valueOf(e.payroll()),
          "feeFunded", String.valueOf(e.feeFunded())));
      e.scopeItem().ifPresent(s -> data.put("scopeItem", s));
      return data;
    }
  }

  /** Art.12: the PO's account, in its own name. */
  record BankAccountChanged(OrganizationId organization, BankAccount account) implements ManagementEvent {
    @Override public String aggregateType() {
      return "organization";
    }

    @Override public String aggregateId() {
      return organization.value();
    }

    @Override public Map<String, String> data() {
      return Map.of("holder", account.holder(), "number", account.number(), "bank", account.bank());
    }
  }

  /** Art.13: a staff member hired, how, and on what terms. */
  record StaffHired(OrganizationId organization, PersonId person, Recruitment recruitment, HireTerms terms) implements ManagementEvent {
    @Override public String aggregateType() {
      return "organization";
    }

    @Override public String aggregateId() {
      return organization.value();
    }

    @Override public Map<String, String> data() {
      return Map.of("person", person.value(), "recruitment", recruitment.name(), "hiredOn", terms.hiredOn().toString(),
          "monthlySalary", terms.monthlySalary().toString(), "marketBenchmark", terms.marketBenchmark().toString());
    }
  }
}
