package dev.clustergov.core.application.establishment;

import static dev.clustergov.core.kernel.Validations.seq;
import static dev.clustergov.core.kernel.Validations.under;

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
import dev.clustergov.core.kernel.Validations;
import dev.clustergov.core.kernel.Violation;
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
import dev.clustergov.core.organization.OrganizationKind;
import dev.clustergov.core.organization.OrganizationType;
import dev.clustergov.core.organization.PartyOrganization;
import dev.clustergov.core.organization.PartyOrganizationForm;
import dev.clustergov.core.supervision.AuthorityId;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * A founding application (组建申请) in typed values — ids, enum constants, days, amounts — that a host, the REST
 * adapter or a test fills in; text stays text only where it is free text (names, titles, addresses). {@link #parse()}
 * validates it into domain values, reporting every problem at once with the path of the field (e.g.
 * {@code governance[1].seats[0].role}). Absent optional parts are {@code null} ({@code creditCode} null when none yet,
 * {@code registeredCapital} null for none); lists may be {@code null} for empty, and may hold {@code null} where an
 * element is missing (reported as required at its index).
 */
public record FoundingApplication(
    String name,
    ClusterId cluster,
    AuthorityId authority,
    String guidingBody,
    java.util.List<FounderInput> founders,
    TypeInput type,
    CreditCode creditCode,
    CharterInput charter,
    PartyInput partyOrganization,
    String officeAddress,
    java.util.List<String> equipment,
    Money registeredCapital,
    java.util.List<StaffInput> staff,
    java.util.List<SystemInput> managementSystems,
    java.util.List<IncomeKind> incomeSources,
    BankInput bankAccount,
    java.util.List<BodyInput> governance,
    PersonInput legalRepresentative) {

  /** An application without a legal representative (法定代表人 may be named later). */
  public FoundingApplication(
      String name, ClusterId cluster, AuthorityId authority, String guidingBody, java.util.List<FounderInput> founders,
      TypeInput type, CreditCode creditCode, CharterInput charter, PartyInput partyOrganization, String officeAddress,
      java.util.List<String> equipment, Money registeredCapital, java.util.List<StaffInput> staff,
      java.util.List<SystemInput> managementSystems, java.util.List<IncomeKind> incomeSources, BankInput bankAccount,
      java.util.List<BodyInput> governance) {
    this(name, cluster, authority, guidingBody, founders, type, creditCode, charter, partyOrganization, officeAddress,
        equipment, registeredCapital, staff, managementSystems, incomeSources, bankAccount, governance, null);
  }

  /**
   * A founder; {@code creditCode} null when it has none, {@code bankAccountNumber} optional (null), recorded so the PO's
   * account can be told from its founders' (Art.12).
   */
  public record FounderInput(String name, FounderKind kind, CreditCode creditCode, String bankAccountNumber) {
    public FounderInput(String name, FounderKind kind, CreditCode creditCode) {
      this(name, kind, creditCode, null);
    }
  }

  public record TypeInput(OrganizationKind kind, java.util.List<ComponentInput> components) {}

  public record ComponentInput(String name, OrganizationKind kind) {}

  public record CharterInput(LocalDate adoptedOn, java.util.List<String> businessScope, java.util.List<String> consentingFounders) {}

  public record PartyInput(PartyOrganizationForm form, String name, LocalDate setUpOn) {}

  public record StaffInput(PersonId person, String name, StaffCategory category, Recruitment recruitment) {}

  public record SystemInput(ManagementSystemKind kind, String title, LocalDate adoptedOn) {}

  /** A bank account (银行账户): the number as written, checked as an account number ({@link #accountNumber}). */
  public record BankInput(String holder, String number, String bank) {}

  public record BodyInput(BodyId id, Layer layer, BodyForm form, String name, java.util.List<SeatInput> seats) {}

  public record SeatInput(PersonId person, String name, SeatRole role, java.util.List<ExpertField> fields) {}

  /** A natural person named in the application, e.g. the legal representative (法定代表人): id and name. */
  public record PersonInput(PersonId person, String name) {}

  /** The application in domain values. */
  public record Founding(
      String name, ClusterId cluster, AuthorityId authority, Optional<String> guidingBody, List<Founder> founders,
      Optional<OrganizationType> type, Optional<CreditCode> creditCode, Optional<Charter> charter,
      Optional<PartyOrganization> partyOrganization, Facilities facilities, Money registeredCapital,
      List<StaffMember> staff, List<ManagementSystem> managementSystems, Set<IncomeKind> incomeSources,
      Optional<BankAccount> bankAccount, Governance governance, Optional<Person> legalRepresentative) {

    /** Fills a PO builder with these values (identity, stage and dates are the caller's). */
    public ImmutablePromotionOrganization.Builder applyTo(ImmutablePromotionOrganization.Builder b) {
      return b.name(name).cluster(cluster).authority(authority).guidingBody(guidingBody)
          .founders(founders).type(type).creditCode(creditCode).charter(charter)
          .partyOrganization(partyOrganization).facilities(facilities).registeredCapital(registeredCapital)
          .staff(staff).managementSystems(managementSystems).incomeSources(incomeSources)
          .bankAccount(bankAccount).governance(governance).legalRepresentative(legalRepresentative);
    }
  }

  public static final int MAX_ITEMS = 500;

  /** The application in domain values, or every violation of it at once, each with its path. */
  public Validation<Seq<Violation>, Founding> parse() {
    var vName = seq(Validations.text("name", name, 100));
    var vCluster = required("cluster", cluster);
    var vAuthority = required("authority", authority);
    var vGuiding = optionalText("guidingBody", guidingBody, 100);
    var vFounders = items("founders", founders).flatMap(x -> Validations.each("founders", x, FoundingApplication::founder))
        .flatMap(fs -> distinct("founders", fs.map(Founder::name)).map(ok -> fs));
    var vType = type == null ? Validation.<Seq<Violation>, Optional<OrganizationType>>valid(Optional.empty())
        : under("type", type(type)).map(Optional::of);
    var vCredit = Validation.<Seq<Violation>, Optional<CreditCode>>valid(Optional.ofNullable(creditCode));
    var vCharter = charter == null ? Validation.<Seq<Violation>, Optional<Charter>>valid(Optional.empty())
        : under("charter", charter(charter)).map(Optional::of);
    var vParty = partyOrganization == null ? Validation.<Seq<Violation>, Optional<PartyOrganization>>valid(Optional.empty())
        : under("partyOrganization", party(partyOrganization)).map(Optional::of);
    var vFacilities = facilities();
    var vCapital = Validation.<Seq<Violation>, Money>valid(registeredCapital == null ? Money.ZERO : registeredCapital);
    var vStaff = items("staff", staff).flatMap(x -> Validations.each("staff", x, FoundingApplication::staffMember));
    var vSystems = items("managementSystems", managementSystems)
        .flatMap(x -> Validations.each("managementSystems", x, FoundingApplication::system));
    var vIncome = items("incomeSources", incomeSources)
        .flatMap(x -> Validations.each("incomeSources", x, Validation::<Seq<Violation>, IncomeKind>valid))
        .map(l -> enumSet(IncomeKind.class, l));
    var vBank = bankAccount == null ? Validation.<Seq<Violation>, Optional<BankAccount>>valid(Optional.empty())
        : under("bankAccount", bank(bankAccount)).map(Optional::of);
    var vGovernance = items("governance", governance).flatMap(x -> Validations.each("governance", x, FoundingApplication::body))
        .flatMap(bs -> distinct("governance", bs.map(b -> b.id().value())).map(ok -> new Governance(bs.toJavaList())));
    var vLegal = legalRepresentative == null ? Validation.<Seq<Violation>, Optional<Person>>valid(Optional.empty())
        : under("legalRepresentative", person(legalRepresentative)).map(Optional::of);

    Seq<Violation> errors = Validations.errors(vName, vCluster, vAuthority, vGuiding, vFounders, vType, vCredit, vCharter,
        vParty, vFacilities, vCapital, vStaff, vSystems, vIncome, vBank, vGovernance, vLegal);
    if (!errors.isEmpty()) {
      return Validation.invalid(errors);
    }
    return Validation.valid(new Founding(vName.get(), vCluster.get(), vAuthority.get(), vGuiding.get(), vFounders.get(),
        vType.get(), vCredit.get(), vCharter.get(), vParty.get(), vFacilities.get(), vCapital.get(), vStaff.get(),
        vSystems.get(), vIncome.get(), vBank.get(), vGovernance.get(), vLegal.get()));
  }

  // ---- parts ----------------------------------------------------------------------------------

  private static <T> Validation<Seq<Violation>, T> required(String field, T value) {
    return seq(Validations.required(field, value));
  }

  private static <T> Validation<Seq<Violation>, java.util.List<T>> items(String field, java.util.List<T> list) {
    if (list == null) {
      return Validation.valid(java.util.List.of());
    }
    return list.size() > MAX_ITEMS
        ? Validation.invalid(List.of(Violation.of(field, "too-many", "该项最多" + MAX_ITEMS + "项",
            field + " has more than " + MAX_ITEMS + " entries")))
        : Validation.valid(list);
  }

  private static Validation<Seq<Violation>, Boolean> distinct(String field, Seq<String> keys) {
    Set<String> seen = new HashSet<>();
    List<Violation> dups = List.empty();
    for (String k : keys) {
      if (!seen.add(k)) {
        dups = dups.append(Violation.of(field, "duplicate", "该项中重复：" + k, field + " repeats " + k));
      }
    }
    return dups.isEmpty() ? Validation.valid(true) : Validation.invalid(dups);
  }

  public static Validation<Seq<Violation>, Optional<String>> optionalText(String field, String raw, int max) {
    return raw == null || raw.isBlank() ? Validation.valid(Optional.empty()) : seq(Validations.text(field, raw, max)).map(Optional::of);
  }

  private static Validation<Seq<Violation>, Founder> founder(FounderInput f) {
    var n = seq(Validations.text("name", f.name(), 100));
    var k = required("kind", f.kind());
    var c = Validation.<Seq<Violation>, Optional<CreditCode>>valid(Optional.ofNullable(f.creditCode()));
    var b = f.bankAccountNumber() == null || f.bankAccountNumber().isBlank()
        ? Validation.<Seq<Violation>, Optional<String>>valid(Optional.empty())
        : seq(accountNumber("bankAccountNumber", f.bankAccountNumber())).map(Optional::of);
    Seq<Violation> errors = Validations.errors(n, k, c, b);
    return errors.isEmpty() ? Validation.valid(new Founder(n.get(), k.get(), c.get(), b.get())) : Validation.invalid(errors);
  }

  private static Validation<Seq<Violation>, OrganizationType> type(TypeInput t) {
    var k = required("kind", t.kind());
    var cs = items("components", t.components()).flatMap(x -> Validations.each("components", x, c -> combine2(
        seq(Validations.text("name", c.name(), 100)), required("kind", c.kind()))
        .map(p -> new ConsortiumComponent(p._1, p._2))));
    return combine2(k, cs).map(p -> new OrganizationType(p._1, p._2.toJavaList()));
  }

  public static Validation<Seq<Violation>, Charter> charter(CharterInput c) {
    var d = seq(Validations.day("adoptedOn", c.adoptedOn()));
    var scope = items("businessScope", c.businessScope())
        .flatMap(x -> Validations.each("businessScope", x, s -> seq(Validations.text("", s, 200))));
    var consent = items("consentingFounders", c.consentingFounders())
        .flatMap(x -> Validations.each("consentingFounders", x, s -> seq(Validations.text("", s, 100))));
    return combine3(d, scope, consent).map(t -> new Charter(t._1, t._2.toJavaList(), t._3.toJavaSet()));
  }

  private static Validation<Seq<Violation>, PartyOrganization> party(PartyInput p) {
    return combine3(required("form", p.form()), seq(Validations.text("name", p.name(), 100)),
        seq(Validations.day("setUpOn", p.setUpOn()))).map(t -> new PartyOrganization(t._1, t._2, t._3));
  }

  private Validation<Seq<Violation>, Facilities> facilities() {
    var office = optionalText("officeAddress", officeAddress, 200);
    var eq = items("equipment", equipment).flatMap(x -> Validations.each("equipment", x, s -> seq(Validations.text("", s, 100))));
    return combine2(office, eq).map(p -> new Facilities(p._1, p._2.toJavaList()));
  }

  private static Validation<Seq<Violation>, StaffMember> staffMember(StaffInput s) {
    var person = required("person", s.person());
    var name = seq(Validations.text("name", s.name(), 100));
    var cat = required("category", s.category());
    var rec = required("recruitment", s.recruitment());
    Seq<Violation> errors = Validations.errors(person, name, cat, rec);
    return errors.isEmpty()
        ? Validation.valid(new StaffMember(person.get(), name.get(), cat.get(), rec.get()))
        : Validation.invalid(errors);
  }

  private static Validation<Seq<Violation>, ManagementSystem> system(SystemInput s) {
    return combine3(required("kind", s.kind()), seq(Validations.text("title", s.title(), 200)),
        seq(Validations.day("adoptedOn", s.adoptedOn()))).map(t -> new ManagementSystem(t._1, t._2, t._3, 1));
  }

  private static Validation<Seq<Violation>, BankAccount> bank(BankInput b) {
    return combine3(seq(Validations.text("holder", b.holder(), 100)), seq(accountNumber("number", b.number())),
        seq(Validations.text("bank", b.bank(), 100))).map(t -> new BankAccount(t._1, t._2, t._3));
  }

  private static Validation<Seq<Violation>, Body> body(BodyInput b) {
    var id = required("id", b.id());
    var layer = required("layer", b.layer());
    var form = required("form", b.form());
    var name = seq(Validations.text("name", b.name(), 100));
    var seats = items("seats", b.seats()).flatMap(x -> Validations.each("seats", x, FoundingApplication::seat))
        .flatMap(ss -> distinct("seats", ss.map(s -> s.person().id().value())).map(ok -> ss));
    Seq<Violation> errors = Validations.errors(id, layer, form, name, seats);
    return errors.isEmpty()
        ? Validation.valid(new Body(id.get(), layer.get(), form.get(), name.get(), seats.get().toJavaList()))
        : Validation.invalid(errors);
  }

  public static Validation<Seq<Violation>, Seat> seat(SeatInput s) {
    var person = required("person", s.person());
    var name = seq(Validations.text("name", s.name(), 100));
    var role = required("role", s.role());
    var fields = items("fields", s.fields()).flatMap(x -> Validations.each("fields", x, Validation::<Seq<Violation>, ExpertField>valid));
    Seq<Violation> errors = Validations.errors(person, name, role, fields);
    return errors.isEmpty()
        ? Validation.valid(new Seat(new Person(person.get(), name.get()), role.get(),
            enumSet(ExpertField.class, fields.get())))
        : Validation.invalid(errors);
  }

  public static Validation<Seq<Violation>, Person> person(PersonInput p) {
    var person = required("person", p.person());
    var name = seq(Validations.text("name", p.name(), 100));
    Seq<Violation> errors = Validations.errors(person, name);
    return errors.isEmpty() ? Validation.valid(new Person(person.get(), name.get())) : Validation.invalid(errors);
  }

  /**
   * A bank account number (银行账号): 6–34 letters or digits once the spaces and dashes a passbook groups
   * them with are removed — the form in which accounts are compared across the registry (Art.12).
   */
  public static Validation<Violation, String> accountNumber(String field, String raw) {
    return Validations.text(field, raw, 60).flatMap(t -> {
      String c = BankAccount.canonical(t);
      return c.matches("[0-9A-Z]{6,34}")
          ? Validation.valid(c)
          : Validation.invalid(Violation.of(field, "account-number", "该项须为6至34位数字或字母（可含空格、连字符）",
              field + " must be 6 to 34 digits or letters (spaces and dashes allowed)"));
    });
  }

  public static <E extends Enum<E>> Set<E> enumSet(Class<E> type, Seq<E> values) {
    Set<E> set = EnumSet.noneOf(type);
    values.forEach(set::add);
    return set;
  }

  private static <A, B> Validation<Seq<Violation>, io.vavr.Tuple2<A, B>> combine2(
      Validation<Seq<Violation>, A> a, Validation<Seq<Violation>, B> b) {
    Seq<Violation> errors = Validations.errors(a, b);
    return errors.isEmpty() ? Validation.valid(io.vavr.Tuple.of(a.get(), b.get())) : Validation.invalid(errors);
  }

  private static <A, B, C> Validation<Seq<Violation>, io.vavr.Tuple3<A, B, C>> combine3(
      Validation<Seq<Violation>, A> a, Validation<Seq<Violation>, B> b, Validation<Seq<Violation>, C> c) {
    Seq<Violation> errors = Validations.errors(a, b, c);
    return errors.isEmpty() ? Validation.valid(io.vavr.Tuple.of(a.get(), b.get(), c.get())) : Validation.invalid(errors);
  }

  /**
   * A builder that names each part of the application, for hosts that fill it in field by field:
   * {@code FoundingApplication.builder().name("…").cluster(new ClusterId("cluster-000001"))…build()}; what is left out is null, and
   * validating the application reports every problem at once, as for the positional form.
   */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this application, to change some of its parts. */
  public Builder toBuilder() {
    return new Builder().name(name).cluster(cluster).authority(authority).guidingBody(guidingBody).founders(founders).type(type).creditCode(creditCode).charter(charter).partyOrganization(partyOrganization).officeAddress(officeAddress).equipment(equipment).registeredCapital(registeredCapital).staff(staff).managementSystems(managementSystems).incomeSources(incomeSources).bankAccount(bankAccount).governance(governance).legalRepresentative(legalRepresentative);
  }

  /** Builds a {@link FoundingApplication} by name. */
  public static final class Builder {
    private String name;
    private ClusterId cluster;
    private AuthorityId authority;
    private String guidingBody;
    private java.util.List<FounderInput> founders;
    private TypeInput type;
    private CreditCode creditCode;
    private CharterInput charter;
    private PartyInput partyOrganization;
    private String officeAddress;
    private java.util.List<String> equipment;
    private Money registeredCapital;
    private java.util.List<StaffInput> staff;
    private java.util.List<SystemInput> managementSystems;
    private java.util.List<IncomeKind> incomeSources;
    private BankInput bankAccount;
    private java.util.List<BodyInput> governance;
    private PersonInput legalRepresentative;

    private Builder() {}

    public Builder name(String name) {
      this.name = name;
      return this;
    }

    public Builder cluster(ClusterId cluster) {
      this.cluster = cluster;
      return this;
    }

    public Builder authority(AuthorityId authority) {
      this.authority = authority;
      return this;
    }

    public Builder guidingBody(String guidingBody) {
      this.guidingBody = guidingBody;
      return this;
    }

    public Builder founders(java.util.List<FounderInput> founders) {
      this.founders = founders;
      return this;
    }

    public Builder type(TypeInput type) {
      this.type = type;
      return this;
    }

    public Builder creditCode(CreditCode creditCode) {
      this.creditCode = creditCode;
      return this;
    }

    public Builder charter(CharterInput charter) {
      this.charter = charter;
      return this;
    }

    public Builder partyOrganization(PartyInput partyOrganization) {
      this.partyOrganization = partyOrganization;
      return this;
    }

    public Builder officeAddress(String officeAddress) {
      this.officeAddress = officeAddress;
      return this;
    }

    public Builder equipment(java.util.List<String> equipment) {
      this.equipment = equipment;
      return this;
    }

    public Builder registeredCapital(Money registeredCapital) {
      this.registeredCapital = registeredCapital;
      return this;
    }

    public Builder staff(java.util.List<StaffInput> staff) {
      this.staff = staff;
      return this;
    }

    public Builder managementSystems(java.util.List<SystemInput> managementSystems) {
      this.managementSystems = managementSystems;
      return this;
    }

    public Builder incomeSources(java.util.List<IncomeKind> incomeSources) {
      this.incomeSources = incomeSources;
      return this;
    }

    public Builder bankAccount(BankInput bankAccount) {
      this.bankAccount = bankAccount;
      return this;
    }

    public Builder governance(java.util.List<BodyInput> governance) {
      this.governance = governance;
      return this;
    }

    public Builder legalRepresentative(PersonInput legalRepresentative) {
      this.legalRepresentative = legalRepresentative;
      return this;
    }

    public FoundingApplication build() {
      return new FoundingApplication(name, cluster, authority, guidingBody, founders, type, creditCode, charter, partyOrganization, officeAddress, equipment, registeredCapital, staff, managementSystems, incomeSources, bankAccount, governance, legalRepresentative);
    }
  }
}
