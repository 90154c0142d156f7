package dev.clustergov.adapters.jdbc;

import dev.clustergov.core.cluster.ClusterId;
import dev.clustergov.core.finance.BankAccount;
import dev.clustergov.core.governance.Person;
import dev.clustergov.core.governance.PersonId;
import dev.clustergov.core.kernel.Money;
import dev.clustergov.core.organization.Charter;
import dev.clustergov.core.organization.ConsortiumComponent;
import dev.clustergov.core.organization.CreditCode;
import dev.clustergov.core.organization.Facilities;
import dev.clustergov.core.organization.LifecycleStage;
import dev.clustergov.core.organization.OrganizationId;
import dev.clustergov.core.organization.OrganizationKind;
import dev.clustergov.core.organization.OrganizationType;
import dev.clustergov.core.organization.PartyOrganization;
import dev.clustergov.core.organization.PartyOrganizationForm;
import dev.clustergov.core.organization.PromotionOrganization;
import dev.clustergov.core.supervision.AuthorityId;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.statement.SqlStatement;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * One row of the table {@code organization} (促进组织数据行): the scalar fields of a promotion organization, as
 * stored. Its column list is the one every INSERT, UPDATE and SELECT of the table is written from; the rest of
 * the PO is in its child tables ({@link OrganizationChildren}).
 */
record OrganizationRow(
    String id, long version, String name, String clusterId, String authorityId, String guidingBody, String typeKind,
    String creditCode, LocalDate charterAdoptedOn, String partyForm, String partyName, LocalDate partySetUpOn,
    String officeAddress, BigDecimal registeredCapital, String bankHolder, String bankNumber, String bankName,
    String stage, LocalDate proposedOn, LocalDate establishedOn, LocalDate recognisedOn, LocalDate stageChangedOn,
    String legalRepresentativeId, String legalRepresentativeName) {

  static final String TABLE = "organization";
  static final Columns COLUMNS = Columns.of(TABLE, "id", "version", "name", "cluster_id", "authority_id", "guiding_body",
      "type_kind", "credit_code", "charter_adopted_on", "party_form", "party_name", "party_set_up_on", "office_address",
      "registered_capital", "bank_holder", "bank_number", "bank_name", "stage", "proposed_on", "established_on",
      "recognised_on", "stage_changed_on", "legal_representative_id", "legal_representative_name");

  /** The row of {@code o} with {@code version}: 1 to insert it, the version read to update it. */
  static OrganizationRow of(PromotionOrganization o, long version) {
    Optional<OrganizationType> type = o.type();
    Optional<PartyOrganization> party = o.partyOrganization();
    Optional<BankAccount> bank = o.bankAccount();
    return new OrganizationRow(o.id().value(), version, o.name(), o.cluster().value(), o.authority().value(),
        o.guidingBody().orElse(null), type.map(t -> t.kind().name()).orElse(null),
        o.creditCode().map(CreditCode::value).orElse(null), o.charter().map(Charter::adoptedOn).orElse(null),
        party.map(p -> p.form().name()).orElse(null), party.map(PartyOrganization::name).orElse(null),
        party.map(PartyOrganization::setUpOn).orElse(null), o.facilities().officeAddress().orElse(null),
        o.registeredCapital().yuan(), bank.map(BankAccount::holder).orElse(null),
        bank.map(BankAccount::number).orElse(null), bank.map(BankAccount::bank).orElse(null), o.stage().name(),
        o.proposedOn(), o.establishedOn().orElse(null), o.recognisedOn().orElse(null),
        o.stageChangedOn().orElse(null), o.legalRepresentative().map(r -> r.id().value()).orElse(null),
        o.legalRepresentative().map(Person::name).orElse(null));
  }

  <S extends SqlStatement<S>> S bind(S s) {
    return s.bind("id", id)
        .bind("version", version)
        .bind("name", name)
        .bind("cluster_id", clusterId)
        .bind("authority_id", authorityId)
        .bind("guiding_body", guidingBody)
        .bind("type_kind", typeKind)
        .bind("credit_code", creditCode)
        .bind("charter_adopted_on", charterAdoptedOn)
        .bind("party_form", partyForm)
        .bind("party_name", partyName)
        .bind("party_set_up_on", partySetUpOn)
        .bind("office_address", officeAddress)
        .bind("registered_capital", registeredCapital)
        .bind("bank_holder", bankHolder)
        .bind("bank_number", bankNumber)
        .bind("bank_name", bankName)
        .bind("stage", stage)
        .bind("proposed_on", proposedOn)
        .bind("established_on", establishedOn)
        .bind("recognised_on", recognisedOn)
        .bind("stage_changed_on", stageChangedOn)
        .bind("legal_representative_id", legalRepresentativeId)
        .bind("legal_representative_name", legalRepresentativeName);
  }

  /** The {@link org.jdbi.v3.core.mapper.RowMapper} of {@link #COLUMNS}. */
  static OrganizationRow map(ResultSet rs, StatementContext ctx) throws SQLException {
    return new OrganizationRow(rs.getString("id"), rs.getLong("version"), rs.getString("name"), rs.getString("cluster_id"),
        rs.getString("authority_id"), rs.getString("guiding_body"), rs.getString("type_kind"), rs.getString("credit_code"),
        rs.getObject("charter_adopted_on", LocalDate.class), rs.getString("party_form"), rs.getString("party_name"),
        rs.getObject("party_set_up_on", LocalDate.class), rs.getString("office_address"),
        rs.getBigDecimal("registered_capital"), rs.getString("bank_holder"), rs.getString("bank_number"),
        rs.getString("bank_name"), rs.getString("stage"), rs.getObject("proposed_on", LocalDate.class),
        rs.getObject("established_on", LocalDate.class), rs.getObject("recognised_on", LocalDate.class),
        rs.getObject("stage_changed_on", LocalDate.class), rs.getString("legal_representative_id"),
        rs.getString("legal_representative_name"));
  }

  /** The PO of this row and its children, or {@link CorruptData} naming every problem of both. */
  PromotionOrganization toOrganization(OrganizationChildren c) {
    Problems p = new Problems();
    String key = id;
    OrganizationId oid = p.identifier(TABLE, key, "id", id, raw -> OrganizationId.parse("id", raw));
    ClusterId cluster = p.identifier(TABLE, key, "cluster_id", clusterId, raw -> ClusterId.parse("cluster_id", raw));
    AuthorityId authority = p.identifier(TABLE, key, "authority_id", authorityId, raw -> AuthorityId.parse("authority_id", raw));
    LifecycleStage lifecycle = p.enumValue(TABLE, key, "stage", LifecycleStage.class, stage);
    Money capital = p.money(TABLE, key, "registered_capital", registeredCapital);
    if (version < 1) {
      p.add(TABLE, key, "version: a stored organization has version 1 or more, not " + version);
    }
    Optional<CreditCode> code = creditCode == null ? Optional.empty()
        : Optional.ofNullable(p.creditCode(TABLE, key, "credit_code", creditCode));
    Optional<OrganizationType> type = Optional.empty();
    List<ConsortiumComponent> components = c.components(p, id);
    if (typeKind != null) {
      OrganizationKind kind = p.enumValue(TABLE, key, "type_kind", OrganizationKind.class, typeKind);
      type = kind == null ? Optional.empty() : Optional.of(new OrganizationType(kind, components));
    } else if (!components.isEmpty()) {
      p.add("consortium_component", key, "components of an organization without a type");
    }
    List<String> scope = c.scope(id);
    List<String> consents = c.consents(id);
    Optional<Charter> charter = Optional.empty();
    if (charterAdoptedOn != null) {
      charter = Optional.of(new Charter(charterAdoptedOn, scope, new LinkedHashSet<>(consents)));
    } else if (!scope.isEmpty() || !consents.isEmpty()) {
      p.add("charter_scope_item", key, "charter rows of an organization without a charter");
    }
    Optional<PartyOrganization> party = Optional.empty();
    if (partyForm != null) {
      PartyOrganizationForm form = p.enumValue(TABLE, key, "party_form", PartyOrganizationForm.class, partyForm);
      party = Optional.ofNullable(form == null ? null
          : p.construct(TABLE, key, () -> new PartyOrganization(form, partyName, partySetUpOn)));
    }
    Optional<BankAccount> bank = bankNumber == null ? Optional.empty()
        : Optional.ofNullable(p.construct(TABLE, key, () -> new BankAccount(bankHolder, bankNumber, bankName)));
    Optional<Person> legalRepresentative = Optional.empty();
    if (legalRepresentativeId != null || legalRepresentativeName != null) {
      PersonId person = p.identifier(TABLE, key, "legal_representative_id", legalRepresentativeId,
          raw -> PersonId.parse("legal_representative_id", raw));
      legalRepresentative = person == null ? Optional.empty()
          : Optional.ofNullable(p.construct(TABLE, key, () -> new Person(person, legalRepresentativeName)));
    }
    var founders = c.founders(p, id);
    var staff = c.staff(p, id);
    var systems = c.systems(p, id);
    var income = c.income(p, id);
    var governance = c.governance(p, id);
    p.throwIfAny();
    Optional<OrganizationType> finalType = type;
    Optional<Charter> finalCharter = charter;
    Optional<PartyOrganization> finalParty = party;
    Optional<Person> finalLegalRepresentative = legalRepresentative;
    PromotionOrganization o = p.construct(TABLE, key, () -> PromotionOrganization.builder()
        .id(oid)
        .version(version)
        .name(name)
        .cluster(cluster)
        .authority(authority)
        .guidingBody(Optional.ofNullable(guidingBody))
        .founders(founders)
        .type(finalType)
        .creditCode(code)
        .charter(finalCharter)
        .partyOrganization(finalParty)
        .facilities(new Facilities(Optional.ofNullable(officeAddress), c.equipment(id)))
        .registeredCapital(capital)
        .staff(staff)
        .managementSystems(systems)
        .incomeSources(income)
        .bankAccount(bank)
        .governance(governance)
        .legalRepresentative(finalLegalRepresentative)
        .stage(lifecycle)
        .proposedOn(proposedOn)
        .establishedOn(Optional.ofNullable(establishedOn))
        .recognisedOn(Optional.ofNullable(recognisedOn))
        .stageChangedOn(Optional.ofNullable(stageChangedOn))
        .build());
    p.throwIfAny();
    return o;
  }
}
