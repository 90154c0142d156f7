package dev.clustergov.adapters.rest;

import dev.clustergov.core.application.establishment.FoundingApplication;
import dev.clustergov.core.cluster.ClusterId;
import dev.clustergov.core.finance.IncomeKind;
import dev.clustergov.core.governance.Body;
import dev.clustergov.core.governance.BodyForm;
import dev.clustergov.core.governance.BodyId;
import dev.clustergov.core.governance.ExpertField;
import dev.clustergov.core.governance.Layer;
import dev.clustergov.core.governance.PersonId;
import dev.clustergov.core.governance.Seat;
import dev.clustergov.core.governance.SeatRole;
import dev.clustergov.core.kernel.Parsing;
import dev.clustergov.core.kernel.Violation;
import dev.clustergov.core.management.ManagementSystemKind;
import dev.clustergov.core.management.Recruitment;
import dev.clustergov.core.management.StaffCategory;
import dev.clustergov.core.organization.CreditCode;
import dev.clustergov.core.organization.FounderKind;
import dev.clustergov.core.organization.OrganizationKind;
import dev.clustergov.core.organization.PartyOrganizationForm;
import dev.clustergov.core.organization.PromotionOrganization;
import dev.clustergov.core.supervision.AuthorityId;
import io.vavr.control.Validation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.BiFunction;

/**
 * A founding application (组建申请) as JSON carries it: text, numbers, lists — the body of {@code POST /organizations} and
 * {@code PUT …/founding-application}, and the {@code application} of a PO's view, in one shape. {@link #typed} turns it
 * into the core's typed {@link FoundingApplication} with {@link Fields} (decision 0390): a value that does not parse is
 * reported with the path and the message the core gave before (e.g. {@code governance[1].seats[0].role},
 * "role 须为以下之一：…"), and left out. The bank account is the core's own {@link FoundingApplication.BankInput}, which is
 * text.
 */
record ApplicationBody(
    @Schema.Required String name,
    @Schema.Required String cluster,
    @Schema.Required String authority,
    String guidingBody,
    List<FounderInput> founders,
    TypeInput type,
    String creditCode,
    CharterInput charter,
    PartyInput partyOrganization,
    String officeAddress,
    List<String> equipment,
    BigDecimal registeredCapital,
    List<StaffInput> staff,
    List<SystemInput> managementSystems,
    @Schema.OneOf(IncomeKind.class) List<String> incomeSources,
    FoundingApplication.BankInput bankAccount,
    List<BodyInput> governance,
    PersonInput legalRepresentative) {

  record FounderInput(String name, @Schema.OneOf(FounderKind.class) String kind, String creditCode, String bankAccountNumber) {}

  record TypeInput(@Schema.OneOf(OrganizationKind.class) String kind, List<ComponentInput> components) {}

  record ComponentInput(String name, @Schema.OneOf(OrganizationKind.class) String kind) {}

  record CharterInput(String adoptedOn, List<String> businessScope, List<String> consentingFounders) {}

  record PartyInput(@Schema.OneOf(PartyOrganizationForm.class) String form, String name, String setUpOn) {}

  record StaffInput(String person, String name, @Schema.OneOf(StaffCategory.class) String category, @Schema.OneOf(Recruitment.class) String recruitment) {}

  record SystemInput(@Schema.OneOf(ManagementSystemKind.class) String kind, String title, String adoptedOn) {}

  record BodyInput(String id, @Schema.OneOf(Layer.class) String layer, @Schema.OneOf(BodyForm.class) String form, String name, List<SeatInput> seats) {}

  record SeatInput(@Schema.Required String person, @Schema.Required String name, @Schema.Required @Schema.OneOf(SeatRole.class) String role, @Schema.OneOf(ExpertField.class) List<String> fields) {}

  record PersonInput(String person, String name) {}

  /** The application in typed values; what does not parse is reported through {@code f} and left out. */
  FoundingApplication typed(Fields f) {
    return new FoundingApplication(
        name,
        f.value("cluster", cluster, ClusterId::parse),
        f.value("authority", authority, AuthorityId::parse),
        guidingBody,
        f.each("founders", founders, (p, x) -> new FoundingApplication.FounderInput(x.name(),
            choice(f, p, "kind", FounderKind.class, x.kind()), value(f, p, "creditCode", x.creditCode(), CreditCode::parse),
            x.bankAccountNumber())),
        Fields.part(type, t -> new FoundingApplication.TypeInput(choice(f, "type", "kind", OrganizationKind.class, t.kind()),
            f.each("type.components", t.components(), (p, c) -> new FoundingApplication.ComponentInput(c.name(),
                choice(f, p, "kind", OrganizationKind.class, c.kind()))))),
        f.value("creditCode", creditCode, CreditCode::parse),
        Fields.part(charter, c -> charter(f, "charter", c)),
        Fields.part(partyOrganization, p -> new FoundingApplication.PartyInput(
            choice(f, "partyOrganization", "form", PartyOrganizationForm.class, p.form()), p.name(),
            day(f, "partyOrganization", "setUpOn", p.setUpOn()))),
        officeAddress,
        equipment,
        f.money("registeredCapital", registeredCapital),
        f.each("staff", staff, (p, s) -> new FoundingApplication.StaffInput(value(f, p, "person", s.person(), PersonId::parse),
            s.name(), choice(f, p, "category", StaffCategory.class, s.category()),
            choice(f, p, "recruitment", Recruitment.class, s.recruitment()))),
        f.each("managementSystems", managementSystems, (p, s) -> new FoundingApplication.SystemInput(
            choice(f, p, "kind", ManagementSystemKind.class, s.kind()), s.title(), day(f, p, "adoptedOn", s.adoptedOn()))),
        f.each("incomeSources", incomeSources, (p, s) -> choice(f, p, "", IncomeKind.class, s)),
        bankAccount,
        f.each("governance", governance, (p, b) -> new FoundingApplication.BodyInput(value(f, p, "id", b.id(), BodyId::parse),
            choice(f, p, "layer", Layer.class, b.layer()), choice(f, p, "form", BodyForm.class, b.form()), b.name(),
            f.each(p + ".seats", b.seats(), (q, s) -> seat(f, q, s)))),
        Fields.part(legalRepresentative, r -> person(f, "legalRepresentative", r)));
  }

  /** A charter under {@code parent} (the application's {@code charter}, or an amendment's). */
  static FoundingApplication.CharterInput charter(Fields f, String parent, CharterInput c) {
    return new FoundingApplication.CharterInput(day(f, parent, "adoptedOn", c.adoptedOn()), c.businessScope(),
        c.consentingFounders());
  }

  /** A seat under {@code parent} ({@code governance[1].seats[0]}, or an appointment's {@code seat}). */
  static FoundingApplication.SeatInput seat(Fields f, String parent, SeatInput s) {
    return new FoundingApplication.SeatInput(value(f, parent, "person", s.person(), PersonId::parse), s.name(),
        choice(f, parent, "role", SeatRole.class, s.role()),
        f.each(parent + ".fields", s.fields(), (p, x) -> choice(f, p, "", ExpertField.class, x)));
  }

  /** A person under {@code parent} (the legal representative). */
  static FoundingApplication.PersonInput person(Fields f, String parent, PersonInput p) {
    return new FoundingApplication.PersonInput(value(f, parent, "person", p.person(), PersonId::parse), p.name());
  }

  // the core reported a nested value's violation under its parent's path with the message of its own name
  // (founders[0].kind: "kind 须为以下之一：…"); so do these, that the answers stay as they were

  private static <T> T value(Fields f, String parent, String leaf, String raw,
      BiFunction<String, String, Validation<Violation, T>> parse) {
    return f.value(leaf.isEmpty() ? parent : parent + "." + leaf, raw,
        (field, r) -> parse.apply(leaf, r).mapError(v -> v.under(parent)));
  }

  private static <E extends Enum<E>> E choice(Fields f, String parent, String leaf, Class<E> type, String raw) {
    return value(f, parent, leaf, raw, (field, r) -> Parsing.constant(field, type, r));
  }

  private static LocalDate day(Fields f, String parent, String leaf, String raw) {
    return value(f, parent, leaf, raw, Parsing::day);
  }

  /** A typed application in the shape the routes take (what a client sends for it). */
  static ApplicationBody of(FoundingApplication a) {
    return new ApplicationBody(a.name(), text(a.cluster()), text(a.authority()), a.guidingBody(),
        a.founders() == null ? null : a.founders().stream().map(f -> f == null ? null : new FounderInput(f.name(), text(f.kind()),
            text(f.creditCode()), f.bankAccountNumber())).toList(),
        a.type() == null ? null : new TypeInput(text(a.type().kind()), a.type().components() == null ? null
            : a.type().components().stream().map(c -> c == null ? null : new ComponentInput(c.name(), text(c.kind()))).toList()),
        text(a.creditCode()),
        a.charter() == null ? null : new CharterInput(text(a.charter().adoptedOn()), a.charter().businessScope(),
            a.charter().consentingFounders()),
        a.partyOrganization() == null ? null : new PartyInput(text(a.partyOrganization().form()), a.partyOrganization().name(),
            text(a.partyOrganization().setUpOn())),
        a.officeAddress(), a.equipment(), a.registeredCapital() == null ? null : a.registeredCapital().yuan(),
        a.staff() == null ? null : a.staff().stream().map(s -> s == null ? null : new StaffInput(text(s.person()), s.name(),
            text(s.category()), text(s.recruitment()))).toList(),
        a.managementSystems() == null ? null : a.managementSystems().stream().map(m -> m == null ? null
            : new SystemInput(text(m.kind()), m.title(), text(m.adoptedOn()))).toList(),
        a.incomeSources() == null ? null : a.incomeSources().stream().map(ApplicationBody::text).toList(),
        a.bankAccount(),
        a.governance() == null ? null : a.governance().stream().map(b -> b == null ? null : new BodyInput(text(b.id()), text(b.layer()),
            text(b.form()), b.name(), b.seats() == null ? null : b.seats().stream().map(ApplicationBody::text).toList())).toList(),
        a.legalRepresentative() == null ? null
            : new PersonInput(text(a.legalRepresentative().person()), a.legalRepresentative().name()));
  }

  /** A typed seat in the shape the routes take. */
  static SeatInput text(FoundingApplication.SeatInput s) {
    return s == null ? null : new SeatInput(text(s.person()), s.name(), text(s.role()),
        s.fields() == null ? null : s.fields().stream().map(ApplicationBody::text).toList());
  }

  // ids, credit codes and days print as their text; constants as their names
  private static String text(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof Enum<?> e) {
      return e.name();
    }
    return value.toString();
  }

  /** A PO's founding application as it stands, in the shape the routes take. */
  static ApplicationBody of(PromotionOrganization o) {
    return new ApplicationBody(
        o.name(), o.cluster().value(), o.authority().value(), o.guidingBody().orElse(null),
        o.founders().stream().map(f -> new FounderInput(f.name(), f.kind().name(),
            f.creditCode().map(Object::toString).orElse(null), null)).toList(),
        o.type().map(t -> new TypeInput(t.kind().name(), t.components().stream()
            .map(c -> new ComponentInput(c.name(), c.kind().name())).toList())).orElse(null),
        o.creditCode().map(Object::toString).orElse(null),
        o.charter().map(c -> new CharterInput(c.adoptedOn().toString(), List.copyOf(c.businessScope()),
            c.consentingFounders().stream().sorted().toList())).orElse(null),
        o.partyOrganization().map(p -> new PartyInput(p.form().name(), p.name(), p.setUpOn().toString())).orElse(null),
        o.facilities().officeAddress().orElse(null),
        List.copyOf(o.facilities().equipment()),
        o.registeredCapital().yuan(),
        o.staff().stream().map(s -> new StaffInput(s.person().value(), s.name(), s.category().name(),
            s.recruitment().name())).toList(),
        o.managementSystems().stream().map(m -> new SystemInput(m.kind().name(), m.title(),
            m.adoptedOn().toString())).toList(),
        o.incomeSources().stream().map(Enum::name).sorted().toList(),
        o.bankAccount().map(b -> new FoundingApplication.BankInput(b.holder(), b.number(), b.bank())).orElse(null),
        o.governance().bodies().stream().map(ApplicationBody::body).toList(),
        o.legalRepresentative().map(r -> new PersonInput(r.id().value(), r.name())).orElse(null));
  }

  private static BodyInput body(Body b) {
    return new BodyInput(b.id().value(), b.layer().name(), b.form().name(), b.name(),
        b.seats().stream().map(ApplicationBody::seat).toList());
  }

  private static SeatInput seat(Seat s) {
    return new SeatInput(s.person().id().value(), s.person().name(), s.role().name(),
        s.fields().stream().map(Enum::name).sorted().toList());
  }
}
