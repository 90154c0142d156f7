package dev.clustergov.adapters.jdbc;

import dev.clustergov.core.application.port.ConcurrencyConflict;
import dev.clustergov.core.application.port.OrganizationQuery;
import dev.clustergov.core.application.port.Organizations;
import dev.clustergov.core.cluster.ClusterId;
import dev.clustergov.core.finance.BankAccount;
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
import dev.clustergov.core.kernel.Money;
import dev.clustergov.core.management.ManagementSystem;
import dev.clustergov.core.management.ManagementSystemKind;
import dev.clustergov.core.management.Recruitment;
import dev.clustergov.core.management.StaffCategory;
import dev.clustergov.core.management.StaffMember;
import dev.clustergov.core.organization.Charter;
import dev.clustergov.core.organization.ConsortiumComponent;
import dev.clustergov.core.organization.CreditCode;
import dev.clustergov.core.organization.Facilities;
import dev.clustergov.core.organization.Founder;
import dev.clustergov.core.organization.FounderKind;
import dev.clustergov.core.organization.ImmutablePromotionOrganization;
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
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.core.statement.SqlStatement;

/**
 * {@link Organizations} in the table {@code organization} (scalar fields) and eleven child tables
 * (founders, consortium components, charter scope items and consents, equipment, staff, management
 * systems, income sources, governance bodies, their seats and the seats' expert fields).
 *
 * <p>Loading any number of POs — one by id, or a page of a listing — takes one query for the
 * organization rows and one per child table for all of them, never one per child row. Saving
 * updates the organization row under its version, then replaces the children (delete, then one
 * batch insert per table) in the same transaction.
 */
final class JdbcOrganizations implements Organizations {
  static final String TYPE = "PromotionOrganization";
  static final String TABLE = "organization";
  /** The most ids bound in one IN list; well under every driver's parameter limit. */
  private static final int CHUNK = 500;

  private static final String COLUMNS = "id, version, name, cluster_id, authority_id, guiding_body, type_kind, credit_code,"
      + " charter_adopted_on, party_form, party_name, party_set_up_on, office_address, registered_capital, bank_holder,"
      + " bank_number, bank_name, stage, proposed_on, established_on, recognised_on, stage_changed_on,"
      + " legal_representative_id, legal_representative_name";
  private static final String VALUES = ":id, :version, :name, :cluster, :authority, :guidingBody, :typeKind, :creditCode,"
      + " :charterAdoptedOn, :partyForm, :partyName, :partySetUpOn, :officeAddress, :registeredCapital, :bankHolder,"
      + " :bankNumber, :bankName, :stage, :proposedOn, :establishedOn, :recognisedOn, :stageChangedOn,"
      + " :legalRepresentativeId, :legalRepresentativeName";
  private static final String UPDATE = "UPDATE organization SET version = version + 1, name = :name, cluster_id = :cluster,"
      + " authority_id = :authority, guiding_body = :guidingBody, type_kind = :typeKind, credit_code = :creditCode,"
      + " charter_adopted_on = :charterAdoptedOn, party_form = :partyForm, party_name = :partyName,"
      + " party_set_up_on = :partySetUpOn, office_address = :officeAddress, registered_capital = :registeredCapital,"
      + " bank_holder = :bankHolder, bank_number = :bankNumber, bank_name = :bankName, stage = :stage,"
      + " proposed_on = :proposedOn, established_on = :establishedOn, recognised_on = :recognisedOn,"
      + " stage_changed_on = :stageChangedOn, legal_representative_id = :legalRepresentativeId,"
      + " legal_representative_name = :legalRepresentativeName WHERE id = :id AND version = :version";

  /** Child tables, children before their parents, the order to delete in. */
  private static final List<String> CHILD_TABLES = List.of(
      "seat_expert_field", "body_seat", "governance_body", "organization_founder", "consortium_component",
      "charter_scope_item", "charter_consent", "organization_equipment", "organization_staff", "management_system",
      "income_source");

  /** How many POs {@link #find} keeps, the most recently read first (decision 0340). */
  static final int RECENT = 256;

  private final Transactions tx;
  /**
   * POs as committed, by id, each at the version it was read: a PO's version changes with every save of it and of
   * any of its children, so a cached PO whose version is the stored one is the stored PO (decision 0340).
   */
  private final Map<String, PromotionOrganization> recent = java.util.Collections.synchronizedMap(
      new java.util.LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, PromotionOrganization> eldest) {
          return size() > RECENT;
        }
      });

  JdbcOrganizations(Transactions tx) {
    this.tx = tx;
  }

  // ---------------------------------------------------------------- reading

  /**
   * One query for the stored version; the children (eleven queries) only when the PO read last at that version is
   * not kept. Only a PO read outside a unit of work is kept: inside one it may be the unit's own, not yet committed.
   */
  @Override
  public Optional<PromotionOrganization> find(OrganizationId id) {
    // a copy is kept only of what was committed: never of a PO this unit of work has written, which may roll back
    boolean committed = tx.readsCommitted(id.value());
    return tx.inTransaction(h -> {
      // the version query pays only when there is a copy to reuse: a PO not read before costs its
      // twelve queries, no more (JdbcScaleTest)
      PromotionOrganization known = recent.get(id.value());
      if (known != null) {
        Optional<Long> version = h.createQuery("SELECT version FROM organization WHERE id = :id")
            .bind("id", id.value())
            .mapTo(Long.class)
            .findOne();
        if (version.isEmpty()) {
          recent.remove(id.value());
          return Optional.<PromotionOrganization>empty();
        }
        if (known.version() == version.get()) {
          return Optional.of(known);
        }
      }
      List<OrgRow> rows = h.createQuery("SELECT " + COLUMNS + " FROM organization WHERE id = :id")
          .bind("id", id.value())
          .map((rs, ctx) -> OrgRow.read(rs))
          .list();
      Optional<PromotionOrganization> found = assemble(h, rows).stream().findFirst();
      if (committed) {
        found.ifPresent(o -> recent.put(o.id().value(), o));
      }
      return found;
    });
  }

  @Override
  public List<PromotionOrganization> list(OrganizationQuery q) {
    StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM organization WHERE 1 = 1");
    q.cluster().ifPresent(c -> sql.append(" AND cluster_id = :cluster"));
    q.authority().ifPresent(a -> sql.append(" AND authority_id = :authority"));
    q.stage().ifPresent(s -> sql.append(" AND stage = :stage"));
    q.after().ifPresent(a -> sql.append(" AND id > :after"));
    sql.append(" ORDER BY id LIMIT :limit");
    return tx.inTransaction(h -> {
      Query query = h.createQuery(sql.toString()).bind("limit", q.limit());
      q.cluster().ifPresent(c -> query.bind("cluster", c.value()));
      q.authority().ifPresent(a -> query.bind("authority", a.value()));
      q.stage().ifPresent(s -> query.bind("stage", s.name()));
      q.after().ifPresent(a -> query.bind("after", a.value()));
      return assemble(h, query.map((rs, ctx) -> OrgRow.read(rs)).list());
    });
  }

  @Override
  public int countInCluster(ClusterId cluster, LifecycleStage stage, OrganizationId except) {
    return tx.inTransaction(h -> h.createQuery(
            "SELECT COUNT(*) FROM organization WHERE cluster_id = :cluster AND stage = :stage AND id <> :except")
        .bind("cluster", cluster.value())
        .bind("stage", stage.name())
        .bind("except", except.value())
        .mapTo(Integer.class)
        .one());
  }

  /** One query over two indexed lookups (organization.bank_number, organization_founder.bank_number). */
  @Override
  public List<dev.clustergov.core.finance.AccountHolder> accountHolders(String raw) {
    String number = dev.clustergov.core.finance.BankAccount.canonical(java.util.Objects.requireNonNull(raw, "number"));
    return tx.inTransaction(h -> h.createQuery(
            "SELECT id AS organization_id, 0 AS role, name, 0 AS position FROM organization WHERE bank_number = :n"
                + " UNION ALL SELECT organization_id, 1 AS role, name, position FROM organization_founder WHERE bank_number = :n"
                + " ORDER BY role, organization_id, position")
        .bind("n", number)
        .map((rs, ctx) -> new dev.clustergov.core.finance.AccountHolder(new OrganizationId(rs.getString(1)),
            rs.getInt(2) == 0 ? dev.clustergov.core.finance.AccountHolder.Role.ORGANIZATION
                : dev.clustergov.core.finance.AccountHolder.Role.FOUNDER, rs.getString(3)))
        .list());
  }

  @Override
  public Optional<dev.clustergov.core.application.port.KeyedProposal> proposedUnder(String key) {
    java.util.Objects.requireNonNull(key, "key");
    return tx.inTransaction(h -> h.createQuery("SELECT idem_key, fingerprint, organization_id FROM proposal_key WHERE idem_key = :k")
        .bind("k", key)
        .map((rs, ctx) -> new dev.clustergov.core.application.port.KeyedProposal(rs.getString(1), rs.getString(2),
            new OrganizationId(rs.getString(3))))
        .findOne());
  }

  @Override
  public void keep(dev.clustergov.core.application.port.KeyedProposal proposal) {
    tx.inWriteTransaction(h -> h.createUpdate("INSERT INTO proposal_key (idem_key, fingerprint, organization_id) VALUES (:k, :f, :o)")
        .bind("k", proposal.key()).bind("f", proposal.fingerprint()).bind("o", proposal.organization().value()).execute());
  }

  @Override
  public List<OrganizationId> holdingCreditCode(dev.clustergov.core.organization.CreditCode code) {
    java.util.Objects.requireNonNull(code, "code");
    return tx.inTransaction(h -> h.createQuery("SELECT id FROM organization WHERE credit_code = :c ORDER BY id")
        .bind("c", code.value()).map((rs, ctx) -> new OrganizationId(rs.getString(1))).list());
  }

  /** One query per 500 clusters over the index on (cluster, stage). */
  @Override
  public Map<ClusterId, List<OrganizationId>> inClusters(Set<ClusterId> clusters, LifecycleStage stage) {
    List<String> ids = new java.util.TreeSet<>(clusters).stream().map(ClusterId::value).toList();
    return tx.inTransaction(h -> {
      Map<ClusterId, List<OrganizationId>> all = new java.util.LinkedHashMap<>();
      ids.forEach(c -> all.put(new ClusterId(c), new ArrayList<>()));
      for (List<String> chunk : chunks(ids)) {
        h.createQuery("SELECT cluster_id, id FROM organization WHERE cluster_id IN (<cs>) AND stage = :stage ORDER BY id")
            .bindList("cs", chunk).bind("stage", stage.name())
            .map((rs, ctx) -> all.get(new ClusterId(rs.getString(1))).add(new OrganizationId(rs.getString(2)))).list();
      }
      all.replaceAll((c, l) -> List.copyOf(l));
      return all;
    });
  }

  /** {@link #accountHolders(String)} for many numbers: the same two indexed lookups, 500 numbers a query. */
  @Override
  public Map<String, List<dev.clustergov.core.finance.AccountHolder>> accountHolders(Set<String> numbers) {
    Map<String, String> canonical = new TreeMap<>();
    numbers.forEach(n -> canonical.put(n, dev.clustergov.core.finance.BankAccount.canonical(java.util.Objects.requireNonNull(n, "number"))));
    List<String> wanted = new java.util.TreeSet<>(canonical.values()).stream().toList();
    return tx.inTransaction(h -> {
      Map<String, List<dev.clustergov.core.finance.AccountHolder>> byNumber = new HashMap<>();
      for (List<String> chunk : chunks(wanted)) {
        h.createQuery("SELECT bank_number, id AS organization_id, 0 AS role, name, 0 AS position FROM organization WHERE bank_number IN (<ns>)"
                + " UNION ALL SELECT bank_number, organization_id, 1 AS role, name, position FROM organization_founder WHERE bank_number IN (<ns>)"
                + " ORDER BY role, organization_id, position")
            .bindList("ns", chunk)
            .map((rs, ctx) -> byNumber.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(
                new dev.clustergov.core.finance.AccountHolder(new OrganizationId(rs.getString(2)),
                    rs.getInt(3) == 0 ? dev.clustergov.core.finance.AccountHolder.Role.ORGANIZATION
                        : dev.clustergov.core.finance.AccountHolder.Role.FOUNDER, rs.getString(4))))
            .list();
      }
      Map<String, List<dev.clustergov.core.finance.AccountHolder>> answer = new java.util.LinkedHashMap<>();
      canonical.forEach((asked, n) -> answer.put(asked, List.copyOf(byNumber.getOrDefault(n, List.of()))));
      return answer;
    });
  }

  /** The organizations of {@code rows}, in their order, with their children: one query per child table. */
  private static List<PromotionOrganization> assemble(Handle h, List<OrgRow> rows) {
    if (rows.isEmpty()) {
      return List.of();
    }
    List<String> ids = rows.stream().map(OrgRow::id).toList();
    Children children = Children.load(h, ids);
    List<PromotionOrganization> result = new ArrayList<>(rows.size());
    for (OrgRow row : rows) {
      result.add(row.toOrganization(children));
    }
    return result;
  }

  // ---------------------------------------------------------------- writing

  @Override
  public PromotionOrganization save(PromotionOrganization o) {
    return tx.inWriteTransaction(h -> {
      String id = o.id().value();
      tx.wrote(id);
      Versioned.save(h, TYPE, TABLE, id, o.version(),
          x -> bindRow(x.createUpdate("INSERT INTO organization (" + COLUMNS + ") VALUES (" + VALUES + ")"), o, 1).execute(),
          x -> bindRow(x.createUpdate(UPDATE), o, o.version()).execute());
      if (o.version() > 0) {
        deleteChildren(h, List.of(id));
      }
      insertChildren(h, List.of(o));
      return ImmutablePromotionOrganization.copyOf(o).withVersion(o.version() + 1);
    });
  }

  /**
   * Saves many POs in one transaction: new ones with one batch insert per table, stored ones each
   * under its version, all children with one batch per table. A conflict on any refuses them all.
   */
  List<PromotionOrganization> saveAll(Collection<? extends PromotionOrganization> organizations) {
    List<PromotionOrganization> all = List.copyOf(organizations);
    Set<OrganizationId> distinct = new HashSet<>();
    for (PromotionOrganization o : all) {
      if (!distinct.add(o.id())) {
        throw new IllegalArgumentException("the same organization twice: " + o.id());
      }
    }
    if (all.isEmpty()) {
      return List.of();
    }
    return tx.inWriteTransaction(h -> {
      all.forEach(o -> tx.wrote(o.id().value()));
      List<PromotionOrganization> fresh = all.stream().filter(o -> o.version() == 0).toList();
      List<PromotionOrganization> stored = all.stream().filter(o -> o.version() > 0).toList();
      if (!fresh.isEmpty()) {
        insertNew(h, fresh);
      }
      for (PromotionOrganization o : stored) {
        if (bindRow(h.createUpdate(UPDATE), o, o.version()).execute() == 0) {
          throw new ConcurrencyConflict(TYPE, o.id().value(), o.version(), Versioned.stored(h, TABLE, o.id().value()));
        }
      }
      if (!stored.isEmpty()) {
        deleteChildren(h, stored.stream().map(o -> o.id().value()).toList());
      }
      insertChildren(h, all);
      List<PromotionOrganization> saved = new ArrayList<>(all.size());
      for (PromotionOrganization o : all) {
        saved.add(ImmutablePromotionOrganization.copyOf(o).withVersion(o.version() + 1));
      }
      return saved;
    });
  }

  private static void insertNew(Handle h, List<PromotionOrganization> fresh) {
    String savepoint = "clustergov_insert_all";
    h.savepoint(savepoint);
    try {
      PreparedBatch batch = h.prepareBatch("INSERT INTO organization (" + COLUMNS + ") VALUES (" + VALUES + ")");
      for (PromotionOrganization o : fresh) {
        bindRow(batch, o, 1).add();
      }
      batch.execute();
    } catch (RuntimeException e) {
      if (!Transactions.isUniqueViolation(e)) {
        throw e;
      }
      h.rollbackToSavepoint(savepoint);
      for (PromotionOrganization o : fresh) {
        long version = Versioned.stored(h, TABLE, o.id().value());
        if (version != 0) {
          throw new ConcurrencyConflict(TYPE, o.id().value(), 0, version);
        }
      }
      throw e;
    }
    h.releaseSavepoint(savepoint);
  }

  private static <S extends SqlStatement<S>> S bindRow(S s, PromotionOrganization o, long version) {
    Optional<OrganizationType> type = o.type();
    Optional<PartyOrganization> party = o.partyOrganization();
    Optional<BankAccount> bank = o.bankAccount();
    return s.bind("id", o.id().value())
        .bind("version", version)
        .bind("name", o.name())
        .bind("cluster", o.cluster().value())
        .bind("authority", o.authority().value())
        .bind("guidingBody", o.guidingBody().orElse(null))
        .bind("typeKind", type.map(t -> t.kind().name()).orElse(null))
        .bind("creditCode", o.creditCode().map(CreditCode::value).orElse(null))
        .bind("charterAdoptedOn", o.charter().map(Charter::adoptedOn).orElse(null))
        .bind("partyForm", party.map(p -> p.form().name()).orElse(null))
        .bind("partyName", party.map(PartyOrganization::name).orElse(null))
        .bind("partySetUpOn", party.map(PartyOrganization::setUpOn).orElse(null))
        .bind("officeAddress", o.facilities().officeAddress().orElse(null))
        .bind("registeredCapital", o.registeredCapital().yuan())
        .bind("bankHolder", bank.map(BankAccount::holder).orElse(null))
        .bind("bankNumber", bank.map(BankAccount::number).orElse(null))
        .bind("bankName", bank.map(BankAccount::bank).orElse(null))
        .bind("stage", o.stage().name())
        .bind("proposedOn", o.proposedOn())
        .bind("establishedOn", o.establishedOn().orElse(null))
        .bind("recognisedOn", o.recognisedOn().orElse(null))
        .bind("stageChangedOn", o.stageChangedOn().orElse(null))
        .bind("legalRepresentativeId", o.legalRepresentative().map(r -> r.id().value()).orElse(null))
        .bind("legalRepresentativeName", o.legalRepresentative().map(Person::name).orElse(null));
  }

  private static void deleteChildren(Handle h, List<String> ids) {
    for (List<String> chunk : chunks(ids)) {
      for (String table : CHILD_TABLES) {
        h.createUpdate("DELETE FROM " + table + " WHERE organization_id IN (<ids>)").bindList("ids", chunk).execute();
      }
    }
  }

  /** One batch per child table for all of {@code organizations}; empty batches are not sent. */
  private static void insertChildren(Handle h, List<PromotionOrganization> organizations) {
    LazyBatch founders = new LazyBatch(h, "INSERT INTO organization_founder (organization_id, position, name, kind, credit_code, bank_number)"
        + " VALUES (:o, :p, :name, :kind, :creditCode, :bankNumber)");
    LazyBatch components = new LazyBatch(h, "INSERT INTO consortium_component (organization_id, position, name, kind)"
        + " VALUES (:o, :p, :name, :kind)");
    LazyBatch scope = new LazyBatch(h, "INSERT INTO charter_scope_item (organization_id, position, item) VALUES (:o, :p, :item)");
    LazyBatch consents = new LazyBatch(h, "INSERT INTO charter_consent (organization_id, position, founder_name) VALUES (:o, :p, :name)");
    LazyBatch equipment = new LazyBatch(h, "INSERT INTO organization_equipment (organization_id, position, item) VALUES (:o, :p, :item)");
    LazyBatch staff = new LazyBatch(h, "INSERT INTO organization_staff (organization_id, position, person_id, name, category, recruitment,"
        + " hired_on, monthly_salary, market_benchmark)"
        + " VALUES (:o, :p, :person, :name, :category, :recruitment, :hiredOn, :salary, :benchmark)");
    LazyBatch systems = new LazyBatch(h, "INSERT INTO management_system (organization_id, position, kind, title, adopted_on, revision)"
        + " VALUES (:o, :p, :kind, :title, :adoptedOn, :revision)");
    LazyBatch income = new LazyBatch(h, "INSERT INTO income_source (organization_id, kind) VALUES (:o, :kind)");
    LazyBatch bodies = new LazyBatch(h, "INSERT INTO governance_body (organization_id, position, body_id, layer, form, name)"
        + " VALUES (:o, :p, :body, :layer, :form, :name)");
    LazyBatch seats = new LazyBatch(h, "INSERT INTO body_seat (organization_id, body_position, position, person_id, person_name, role)"
        + " VALUES (:o, :b, :p, :person, :name, :role)");
    LazyBatch fields = new LazyBatch(h, "INSERT INTO seat_expert_field (organization_id, body_position, seat_position, field)"
        + " VALUES (:o, :b, :s, :field)");
    for (PromotionOrganization o : organizations) {
      String id = o.id().value();
      int i = 0;
      for (Founder f : o.founders()) {
        founders.row().bind("o", id).bind("p", i++).bind("name", f.name()).bind("kind", f.kind().name())
            .bind("creditCode", f.creditCode().map(CreditCode::value).orElse(null))
            .bind("bankNumber", f.bankAccountNumber().orElse(null)).add();
      }
      i = 0;
      for (ConsortiumComponent c : o.type().map(OrganizationType::components).orElse(List.of())) {
        components.row().bind("o", id).bind("p", i++).bind("name", c.name()).bind("kind", c.kind().name()).add();
      }
      if (o.charter().isPresent()) {
        i = 0;
        for (String item : o.charter().get().businessScope()) {
          scope.row().bind("o", id).bind("p", i++).bind("item", item).add();
        }
        i = 0;
        // a set: stored in a stable order so that equal POs give equal rows
        for (String name : new java.util.TreeSet<>(o.charter().get().consentingFounders())) {
          consents.row().bind("o", id).bind("p", i++).bind("name", name).add();
        }
      }
      i = 0;
      for (String item : o.facilities().equipment()) {
        equipment.row().bind("o", id).bind("p", i++).bind("item", item).add();
      }
      i = 0;
      for (StaffMember s : o.staff()) {
        staff.row().bind("o", id).bind("p", i++).bind("person", s.person().value()).bind("name", s.name())
            .bind("category", s.category().name()).bind("recruitment", s.recruitment().name())
            .bind("hiredOn", s.terms().map(t -> t.hiredOn()).orElse(null))
            .bind("salary", s.terms().map(t -> t.monthlySalary().yuan()).orElse(null))
            .bind("benchmark", s.terms().map(t -> t.marketBenchmark().yuan()).orElse(null)).add();
      }
      i = 0;
      for (ManagementSystem m : o.managementSystems()) {
        systems.row().bind("o", id).bind("p", i++).bind("kind", m.kind().name()).bind("title", m.title())
            .bind("adoptedOn", m.adoptedOn()).bind("revision", m.revision()).add();
      }
      for (IncomeKind k : o.incomeSources()) {
        income.row().bind("o", id).bind("kind", k.name()).add();
      }
      int b = 0;
      for (Body body : o.governance().bodies()) {
        bodies.row().bind("o", id).bind("p", b).bind("body", body.id().value()).bind("layer", body.layer().name())
            .bind("form", body.form().name()).bind("name", body.name()).add();
        int s = 0;
        for (Seat seat : body.seats()) {
          seats.row().bind("o", id).bind("b", b).bind("p", s).bind("person", seat.person().id().value())
              .bind("name", seat.person().name()).bind("role", seat.role().name()).add();
          for (ExpertField field : EnumSet.copyOf(seat.fields().isEmpty() ? EnumSet.noneOf(ExpertField.class) : seat.fields())) {
            fields.row().bind("o", id).bind("b", b).bind("s", s).bind("field", field.name()).add();
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


  static List<List<String>> chunks(List<String> ids) {
    List<List<String>> chunks = new ArrayList<>();
    for (int i = 0; i < ids.size(); i += CHUNK) {
      chunks.add(ids.subList(i, Math.min(ids.size(), i + CHUNK)));
    }
    return chunks;
  }

  // ---------------------------------------------------------------- rows

  /** The scalar columns of one organization row, as stored. */
  private record OrgRow(
      String id, long version, String name, String cluster, String authority, String guidingBody, String typeKind,
      String creditCode, LocalDate charterAdoptedOn, String partyForm, String partyName, LocalDate partySetUpOn,
      String officeAddress, BigDecimal registeredCapital, String bankHolder, String bankNumber, String bankName,
      String stage, LocalDate proposedOn, LocalDate establishedOn, LocalDate recognisedOn, LocalDate stageChangedOn,
      String legalRepresentativeId, String legalRepresentativeName) {

    static OrgRow read(ResultSet rs) throws SQLException {
      return new OrgRow(rs.getString("id"), rs.getLong("version"), rs.getString("name"), rs.getString("cluster_id"),
          rs.getString("authority_id"), rs.getString("guiding_body"), rs.getString("type_kind"), rs.getString("credit_code"),
          rs.getObject("charter_adopted_on", LocalDate.class), rs.getString("party_form"), rs.getString("party_name"),
          rs.getObject("party_set_up_on", LocalDate.class), rs.getString("office_address"),
          rs.getBigDecimal("registered_capital"), rs.getString("bank_holder"), rs.getString("bank_number"),
          rs.getString("bank_name"), rs.getString("stage"), rs.getObject("proposed_on", LocalDate.class),
          rs.getObject("established_on", LocalDate.class), rs.getObject("recognised_on", LocalDate.class),
          rs.getObject("stage_changed_on", LocalDate.class), rs.getString("legal_representative_id"),
          rs.getString("legal_representative_name"));
    }

    PromotionOrganization toOrganization(Children c) {
      Problems p = new Problems();
      String key = id;
      OrganizationId oid = p.identifier(TABLE, key, "id", id, raw -> OrganizationId.parse("id", raw));
      ClusterId clusterId = p.identifier(TABLE, key, "cluster_id", cluster, raw -> ClusterId.parse("cluster_id", raw));
      AuthorityId authorityId = p.identifier(TABLE, key, "authority_id", authority, raw -> AuthorityId.parse("authority_id", raw));
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
      List<String> scope = c.scope.getOrDefault(id, List.of());
      List<String> consents = c.consents.getOrDefault(id, List.of());
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
      List<Founder> founders = c.founders(p, id);
      List<StaffMember> staff = c.staff(p, id);
      List<ManagementSystem> systems = c.systems(p, id);
      Set<IncomeKind> income = c.income(p, id);
      Governance governance = c.governance(p, id);
      p.throwIfAny();
      Optional<OrganizationType> finalType = type;
      Optional<Charter> finalCharter = charter;
      Optional<PartyOrganization> finalParty = party;
      Optional<Person> finalLegalRepresentative = legalRepresentative;
      PromotionOrganization o = p.construct(TABLE, key, () -> PromotionOrganization.builder()
          .id(oid)
          .version(version)
          .name(name)
          .cluster(clusterId)
          .authority(authorityId)
          .guidingBody(Optional.ofNullable(guidingBody))
          .founders(founders)
          .type(finalType)
          .creditCode(code)
          .charter(finalCharter)
          .partyOrganization(finalParty)
          .facilities(new Facilities(Optional.ofNullable(officeAddress), c.equipment.getOrDefault(id, List.of())))
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

  /** The child rows of a set of organizations, grouped by organization id, each list in position order. */
  private static final class Children {
    final Map<String, List<Object[]>> founders = new HashMap<>();
    final Map<String, List<Object[]>> components = new HashMap<>();
    final Map<String, List<String>> scope = new HashMap<>();
    final Map<String, List<String>> consents = new HashMap<>();
    final Map<String, List<String>> equipment = new HashMap<>();
    final Map<String, List<Object[]>> staff = new HashMap<>();
    final Map<String, List<Object[]>> systems = new HashMap<>();
    final Map<String, List<String>> income = new HashMap<>();
    final Map<String, List<Object[]>> bodies = new HashMap<>();
    /** by organization id, then body position */
    final Map<String, Map<Integer, List<Object[]>>> seats = new HashMap<>();
    /** by organization id + body position + seat position */
    final Map<String, List<String>> fields = new HashMap<>();

    static Children load(Handle h, List<String> ids) {
      Children c = new Children();
      for (List<String> chunk : chunks(ids)) {
        c.read(h, chunk);
      }
      return c;
    }

    private void read(Handle h, List<String> ids) {
      query(h, "SELECT organization_id, name, kind, credit_code, bank_number FROM organization_founder WHERE organization_id IN (<ids>)"
          + " ORDER BY organization_id, position", ids, rs -> founders.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
          .add(new Object[] {rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)}));
      query(h, "SELECT organization_id, name, kind FROM consortium_component WHERE organization_id IN (<ids>)"
          + " ORDER BY organization_id, position", ids, rs -> components.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
          .add(new Object[] {rs.getString(2), rs.getString(3)}));
      query(h, "SELECT organization_id, item FROM charter_scope_item WHERE organization_id IN (<ids>)"
          + " ORDER BY organization_id, position", ids, rs -> scope.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
          .add(rs.getString(2)));
      query(h, "SELECT organization_id, founder_name FROM charter_consent WHERE organization_id IN (<ids>)"
          + " ORDER BY organization_id, position", ids, rs -> consents.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
          .add(rs.getString(2)));
      query(h, "SELECT organization_id, item FROM organization_equipment WHERE organization_id IN (<ids>)"
          + " ORDER BY organization_id, position", ids, rs -> equipment.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
          .add(rs.getString(2)));
      query(h, "SELECT organization_id, position, person_id, name, category, recruitment, hired_on, monthly_salary,"
          + " market_benchmark FROM organization_staff"
          + " WHERE organization_id IN (<ids>) ORDER BY organization_id, position", ids,
          rs -> staff.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
              .add(new Object[] {rs.getInt(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
                  rs.getObject(7, LocalDate.class), rs.getBigDecimal(8), rs.getBigDecimal(9)}));
      query(h, "SELECT organization_id, position, kind, title, adopted_on, revision FROM management_system"
          + " WHERE organization_id IN (<ids>) ORDER BY organization_id, position", ids,
          rs -> systems.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
              .add(new Object[] {rs.getInt(2), rs.getString(3), rs.getString(4), rs.getObject(5, LocalDate.class), rs.getInt(6)}));
      query(h, "SELECT organization_id, kind FROM income_source WHERE organization_id IN (<ids>) ORDER BY organization_id, kind",
          ids, rs -> income.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2)));
      query(h, "SELECT organization_id, position, body_id, layer, form, name FROM governance_body"
          + " WHERE organization_id IN (<ids>) ORDER BY organization_id, position", ids,
          rs -> bodies.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
              .add(new Object[] {rs.getInt(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6)}));
      query(h, "SELECT organization_id, body_position, position, person_id, person_name, role FROM body_seat"
          + " WHERE organization_id IN (<ids>) ORDER BY organization_id, body_position, position", ids,
          rs -> seats.computeIfAbsent(rs.getString(1), k -> new TreeMap<>()).computeIfAbsent(rs.getInt(2), k -> new ArrayList<>())
              .add(new Object[] {rs.getInt(3), rs.getString(4), rs.getString(5), rs.getString(6)}));
      query(h, "SELECT organization_id, body_position, seat_position, field FROM seat_expert_field"
          + " WHERE organization_id IN (<ids>) ORDER BY organization_id, body_position, seat_position, field", ids,
          rs -> fields.computeIfAbsent(rs.getString(1) + "#" + rs.getInt(2) + "#" + rs.getInt(3), k -> new ArrayList<>())
              .add(rs.getString(4)));
    }

    interface RowConsumer {
      void accept(ResultSet rs) throws SQLException;
    }

    private static void query(Handle h, String sql, List<String> ids, RowConsumer consumer) {
      h.createQuery(sql).bindList("ids", ids).map((rs, ctx) -> {
        consumer.accept(rs);
        return Boolean.TRUE;
      }).list();
    }

    List<Founder> founders(Problems p, String id) {
      List<Founder> result = new ArrayList<>();
      int i = 0;
      for (Object[] r : founders.getOrDefault(id, List.of())) {
        String key = id + "#" + i++;
        FounderKind kind = p.enumValue("organization_founder", key, "kind", FounderKind.class, (String) r[1]);
        Optional<CreditCode> code = r[2] == null ? Optional.empty()
            : Optional.ofNullable(p.creditCode("organization_founder", key, "credit_code", (String) r[2]));
        if (kind != null) {
          result.add(new Founder((String) r[0], kind, code, Optional.ofNullable((String) r[3])));
        }
      }
      return result;
    }

    List<ConsortiumComponent> components(Problems p, String id) {
      List<ConsortiumComponent> result = new ArrayList<>();
      int i = 0;
      for (Object[] r : components.getOrDefault(id, List.of())) {
        OrganizationKind kind = p.enumValue("consortium_component", id + "#" + i++, "kind", OrganizationKind.class, (String) r[1]);
        if (kind != null) {
          result.add(new ConsortiumComponent((String) r[0], kind));
        }
      }
      return result;
    }

    List<StaffMember> staff(Problems p, String id) {
      List<StaffMember> result = new ArrayList<>();
      for (Object[] r : staff.getOrDefault(id, List.of())) {
        String key = id + "#" + r[0];
        PersonId person = p.identifier("organization_staff", key, "person_id", (String) r[1], raw -> PersonId.parse("person_id", raw));
        StaffCategory category = p.enumValue("organization_staff", key, "category", StaffCategory.class, (String) r[3]);
        Recruitment recruitment = p.enumValue("organization_staff", key, "recruitment", Recruitment.class, (String) r[4]);
        Optional<dev.clustergov.core.management.HireTerms> terms = Optional.empty();
        if (r[5] != null || r[6] != null || r[7] != null) {
          if (r[5] == null || r[6] == null || r[7] == null) {
            p.add("organization_staff", key, "hire terms: hired_on, monthly_salary and market_benchmark go together");
          } else {
            Money salary = p.money("organization_staff", key, "monthly_salary", (BigDecimal) r[6]);
            Money benchmark = p.money("organization_staff", key, "market_benchmark", (BigDecimal) r[7]);
            if (salary != null && benchmark != null) {
              terms = Optional.of(new dev.clustergov.core.management.HireTerms((LocalDate) r[5], salary, benchmark));
            }
          }
        }
        if (person != null && category != null && recruitment != null) {
          result.add(new StaffMember(person, (String) r[2], category, recruitment, terms));
        }
      }
      return result;
    }

    List<ManagementSystem> systems(Problems p, String id) {
      List<ManagementSystem> result = new ArrayList<>();
      for (Object[] r : systems.getOrDefault(id, List.of())) {
        String key = id + "#" + r[0];
        ManagementSystemKind kind = p.enumValue("management_system", key, "kind", ManagementSystemKind.class, (String) r[1]);
        if (kind != null) {
          ManagementSystem m = p.construct("management_system", key,
              () -> new ManagementSystem(kind, (String) r[2], (LocalDate) r[3], (Integer) r[4]));
          if (m != null) {
            result.add(m);
          }
        }
      }
      return result;
    }

    Set<IncomeKind> income(Problems p, String id) {
      Set<IncomeKind> result = EnumSet.noneOf(IncomeKind.class);
      for (String raw : income.getOrDefault(id, List.of())) {
        IncomeKind kind = p.enumValue("income_source", id + "#" + raw, "kind", IncomeKind.class, raw);
        if (kind != null) {
          result.add(kind);
        }
      }
      return result;
    }

    Governance governance(Problems p, String id) {
      List<Body> result = new ArrayList<>();
      Map<Integer, List<Object[]>> seatsByBody = seats.getOrDefault(id, Map.of());
      Set<Integer> bodyPositions = new HashSet<>();
      for (Object[] r : bodies.getOrDefault(id, List.of())) {
        int b = (Integer) r[0];
        bodyPositions.add(b);
        String key = id + "#" + b;
        BodyId bodyId = p.identifier("governance_body", key, "body_id", (String) r[1], raw -> BodyId.parse("body_id", raw));
        Layer layer = p.enumValue("governance_body", key, "layer", Layer.class, (String) r[2]);
        BodyForm form = p.enumValue("governance_body", key, "form", BodyForm.class, (String) r[3]);
        List<Seat> seatList = new ArrayList<>();
        for (Object[] s : seatsByBody.getOrDefault(b, List.of())) {
          String seatKey = key + "#" + s[0];
          PersonId person = p.identifier("body_seat", seatKey, "person_id", (String) s[1], raw -> PersonId.parse("person_id", raw));
          SeatRole role = p.enumValue("body_seat", seatKey, "role", SeatRole.class, (String) s[3]);
          Set<ExpertField> expertFields = EnumSet.noneOf(ExpertField.class);
          for (String raw : fields.getOrDefault(id + "#" + b + "#" + s[0], List.of())) {
            ExpertField f = p.enumValue("seat_expert_field", seatKey + "#" + raw, "field", ExpertField.class, raw);
            if (f != null) {
              expertFields.add(f);
            }
          }
          if (person != null && role != null) {
            seatList.add(new Seat(new Person(person, (String) s[2]), role, expertFields));
          }
        }
        if (bodyId != null && layer != null && form != null) {
          result.add(new Body(bodyId, layer, form, (String) r[4], seatList));
        }
      }
      if (p.any()) {
        return Governance.EMPTY;
      }
      Governance g = p.construct("governance_body", id, () -> new Governance(result));
      return g == null ? Governance.EMPTY : g;
    }
  }
}
