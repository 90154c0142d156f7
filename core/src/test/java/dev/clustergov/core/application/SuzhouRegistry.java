package dev.clustergov.core.application;

import dev.clustergov.core.application.establishment.EstablishOrganization;
import dev.clustergov.core.application.establishment.FoundingApplication;
import dev.clustergov.core.application.establishment.ProposeOrganization;
import dev.clustergov.core.application.general.DissolveOrganization;
import dev.clustergov.core.application.general.RecogniseOrganization;
import dev.clustergov.core.application.general.RegisterAuthority;
import dev.clustergov.core.application.general.RegisterCluster;
import dev.clustergov.core.application.general.RevokeRecognition;
import dev.clustergov.core.application.general.SuspendOrganization;
import static org.assertj.core.api.Assertions.assertThat;

import dev.clustergov.core.application.establishment.FoundingApplication.BankInput;
import dev.clustergov.core.application.establishment.FoundingApplication.BodyInput;
import dev.clustergov.core.application.establishment.FoundingApplication.CharterInput;
import dev.clustergov.core.application.establishment.FoundingApplication.FounderInput;
import dev.clustergov.core.application.establishment.FoundingApplication.PartyInput;
import dev.clustergov.core.application.establishment.FoundingApplication.StaffInput;
import dev.clustergov.core.application.establishment.FoundingApplication.SystemInput;
import dev.clustergov.core.application.establishment.FoundingApplication.TypeInput;
import dev.clustergov.core.application.port.RecordedEvent;
import dev.clustergov.core.cluster.Cluster;
import dev.clustergov.core.guideline.Citation;
import dev.clustergov.core.organization.OrganizationId;
import dev.clustergov.core.organization.PromotionOrganization;
import dev.clustergov.core.rules.Finding;
import dev.clustergov.core.supervision.Authority;
import dev.clustergov.core.supervision.AuthorityId;
import dev.clustergov.core.testkit.fixtures.Fixtures;
import dev.clustergov.core.testkit.memory.InMemoryClustergov;
import io.vavr.control.Either;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.function.Consumer;
import java.util.function.Supplier;
import dev.clustergov.core.cluster.ClusterLevel;
import dev.clustergov.core.kernel.RegionCode;
import dev.clustergov.core.cluster.ClusterId;
import dev.clustergov.core.organization.CreditCode;
import dev.clustergov.core.kernel.Money;
import dev.clustergov.core.finance.IncomeKind;
import dev.clustergov.core.management.ManagementSystemKind;
import dev.clustergov.core.governance.Layer;

/**
 * A registry for use-case tests: the Suzhou nano-materials cluster, its authority 苏州市工业和信息化局
 * and a neighbouring city's authority, registered through the use cases themselves, with the
 * fixtures' compliant founding application pointed at the ids they were given.
 */
final class SuzhouRegistry {

  final InMemoryClustergov memory = new InMemoryClustergov();
  final Clustergov gov = Clustergov.using(memory.ports());

  /**
   * The façade, with {@code evaluator} engaged for {@code organization} by the PO's own authority over a period
   * covering every day a test evaluates (Art.28, decision 0380); an evaluator or PO that does not exist is left alone.
   */
  Clustergov engaging(dev.clustergov.core.supervision.EvaluatorId evaluator, dev.clustergov.core.organization.OrganizationId organization) {
    boolean engaged = gov.queries().evaluators().stream().filter(e -> e.id().equals(evaluator))
        .anyMatch(e -> !e.engagementsFor(organization).isEmpty());
    if (!engaged) {
      gov.engageEvaluator().handle(new dev.clustergov.core.application.supervision.EngageEvaluator.Command(evaluator, organization,
          java.util.OptionalLong.empty(), java.time.LocalDate.of(2000, 1, 1), java.time.LocalDate.of(2099, 12, 31)));
    }
    return gov;
  }
  final Cluster cluster;
  final Authority authority;
  final Authority wuxi;

  SuzhouRegistry() {
    cluster = accepted(gov.registerCluster().handle(
        new RegisterCluster.Command("苏州市恒岳纳米新材料集群", new RegionCode("320500"), "纳米新材料", ClusterLevel.MUNICIPAL, 600)));
    authority = accepted(gov.registerAuthority().handle(new RegisterAuthority.Command("苏州市工业和信息化局", new RegionCode("320500"))));
    wuxi = accepted(gov.registerAuthority().handle(new RegisterAuthority.Command("无锡市工业和信息化局", new RegionCode("320200"))));
  }

  // ---- founding applications ------------------------------------------------------------------

  /** The fixtures' compliant application, for this registry's cluster and authority. */
  FoundingApplication application() {
    return edit(Fixtures.compliantApplication(), d -> {
      d.cluster = cluster.id();
      d.authority = authority.id();
    });
  }

  /** The compliant application with {@code change} made to it. */
  FoundingApplication application(Consumer<Draft> change) {
    return edit(application(), change);
  }

  static FoundingApplication edit(FoundingApplication a, Consumer<Draft> change) {
    Draft d = new Draft(a);
    change.accept(d);
    return d.build();
  }

  /** A founding application's fields, to change a few and rebuild the record. */
  static final class Draft {
    String name;
    ClusterId cluster;
    AuthorityId authority;
    String guidingBody;
    List<FounderInput> founders;
    TypeInput type;
    CreditCode creditCode;
    CharterInput charter;
    PartyInput partyOrganization;
    String officeAddress;
    List<String> equipment;
    Money registeredCapital;
    List<StaffInput> staff;
    List<SystemInput> managementSystems;
    List<IncomeKind> incomeSources;
    BankInput bankAccount;
    List<BodyInput> governance;
    FoundingApplication.PersonInput legalRepresentative;

    Draft(FoundingApplication a) {
      name = a.name();
      cluster = a.cluster();
      authority = a.authority();
      guidingBody = a.guidingBody();
      founders = a.founders();
      type = a.type();
      creditCode = a.creditCode();
      charter = a.charter();
      partyOrganization = a.partyOrganization();
      officeAddress = a.officeAddress();
      equipment = a.equipment();
      registeredCapital = a.registeredCapital();
      staff = a.staff();
      managementSystems = a.managementSystems();
      incomeSources = a.incomeSources();
      bankAccount = a.bankAccount();
      governance = a.governance();
      legalRepresentative = a.legalRepresentative();
    }

    /** Drops the management system of {@code kind} (e.g. ARCHIVES). */
    void withoutSystem(ManagementSystemKind kind) {
      managementSystems = managementSystems.stream().filter(s -> !s.kind().equals(kind)).toList();
    }

    /** Drops every body of {@code layer} (e.g. ADVISORY). */
    void withoutLayer(Layer layer) {
      governance = governance.stream().filter(b -> !b.layer().equals(layer)).toList();
    }

    FoundingApplication build() {
      return new FoundingApplication(name, cluster, authority, guidingBody, founders, type, creditCode, charter,
          partyOrganization, officeAddress, equipment, registeredCapital, staff, managementSystems, incomeSources,
          bankAccount, governance, legalRepresentative);
    }
  }

  // ---- POs at each stage ----------------------------------------------------------------------

  /**
   * Proposes {@code application}; when a PO on the register already has its name, under a name and an
   * account of its own (a name is one live PO's in its cluster, Art.7(2); an account one PO's, Art.12), so
   * that the fixtures' second and later POs are distinct legal persons.
   */
  PromotionOrganization propose(FoundingApplication application) {
    var onRegister = gov.queries().organizations(dev.clustergov.core.application.port.OrganizationQuery.all(500));
    boolean nameTaken = onRegister.stream().anyMatch(o -> !o.stage().isFinal() && o.name().equals(application.name()));
    boolean accountTaken = application.bankAccount() != null && onRegister.stream().anyMatch(o -> o.bankAccount()
        .map(a -> a.number().equals(dev.clustergov.core.finance.BankAccount.canonical(application.bankAccount().number()))).orElse(false));
    FoundingApplication filed = !nameTaken && !accountTaken ? application : edit(application, d -> {
      int n = ++proposedUnderOwnName;
      if (nameTaken) {
        d.name = application.name() + "第" + n + "分会";
      }
      d.bankAccount = new FoundingApplication.BankInput(d.name, String.format("3225019988360%07d", n), d.bankAccount.bank());
    });
    return accepted(gov.proposeOrganization().handle(new ProposeOrganization.Command(filed)));
  }

  private int proposedUnderOwnName;
  private int established;

  PromotionOrganization proposed() {
    return propose(application());
  }

  /** Establishes {@code o}, the first PO under the fixtures' credit code, each later one under a code of its own (Art.2). */
  PromotionOrganization establish(PromotionOrganization o) {
    CreditCode code = CreditCode.parse(established++ == 0 ? Fixtures.PO_CREDIT_CODE
        : Fixtures.creditCode(String.format("51320500MJ%07d", established))).get();
    return accepted(gov.establishOrganization().handle(new EstablishOrganization.Command(o.id(), OptionalLong.of(o.version()), code)));
  }

  PromotionOrganization established() {
    return establish(proposed());
  }

  PromotionOrganization recognise(PromotionOrganization o) {
    return accepted(gov.recogniseOrganization().handle(
        new RecogniseOrganization.Command(o.id(), OptionalLong.of(o.version()), authority.id())));
  }

  PromotionOrganization recognised() {
    return recognise(established());
  }

  PromotionOrganization suspend(PromotionOrganization o) {
    return accepted(gov.suspendOrganization().handle(
        new SuspendOrganization.Command(o.id(), OptionalLong.of(o.version()), authority.id(), "年度检查发现问题，限期整改")));
  }

  PromotionOrganization suspended() {
    return suspend(recognised());
  }

  PromotionOrganization revoked() {
    PromotionOrganization o = recognised();
    return accepted(gov.revokeRecognition().handle(
        new RevokeRecognition.Command(o.id(), OptionalLong.of(o.version()), authority.id(), "整改不到位")));
  }

  PromotionOrganization dissolved() {
    PromotionOrganization o = recognised();
    return accepted(gov.dissolveOrganization().handle(
        new DissolveOrganization.Command(o.id(), OptionalLong.of(o.version()), "成员大会决议注销")));
  }

  PromotionOrganization stored(OrganizationId id) {
    return accepted(gov.queries().organization(id));
  }

  // ---- outcomes -------------------------------------------------------------------------------

  static <T> T accepted(Either<Refusal, T> result) {
    assertThat(result.isRight()).as("accepted, but was refused: %s", result.isLeft() ? result.getLeft() : null).isTrue();
    return result.get();
  }

  /** Runs a command that must be refused, and checks that it wrote nothing anywhere, event log included. */
  Refusal refused(Supplier<? extends Either<Refusal, ?>> command) {
    InMemoryClustergov.Snapshot before = memory.snapshot();
    Either<Refusal, ?> result = command.get();
    assertThat(result.isLeft()).as("refused, but was accepted: %s", result.isRight() ? result.get() : null).isTrue();
    assertThat(memory.snapshot()).as("a refused command changes nothing").isEqualTo(before);
    return result.getLeft();
  }

  /** The findings of a command that must be rejected by the guideline (nothing written). */
  List<Finding> rejected(Supplier<? extends Either<Refusal, ?>> command) {
    Refusal r = refused(command);
    assertThat(r).isInstanceOf(Refusal.Rejected.class);
    return ((Refusal.Rejected) r).rejection().findings();
  }

  /** The violations of a command that must be malformed (nothing written). */
  List<String> malformed(Supplier<? extends Either<Refusal, ?>> command) {
    Refusal r = refused(command);
    assertThat(r).isInstanceOf(Refusal.Malformed.class);
    return ((Refusal.Malformed) r).violations().stream().map(v -> v.field() + ":" + v.code()).toList();
  }

  /** "rule-id Art.x(y)…" for each finding, to compare with what the guideline says. */
  static List<String> cited(List<Finding> findings) {
    return findings.stream()
        .map(f -> f.rule() + " " + String.join(" ", f.citations().stream().map(Citation::format).toList()))
        .toList();
  }

  static List<String> ruleIds(List<Finding> findings) {
    return findings.stream().map(Finding::rule).toList();
  }

  /** The events a command appended, checking their sequence numbers follow the log's without a gap. */
  <T> Appended<T> appendedBy(Supplier<Either<Refusal, T>> command) {
    long last = memory.events().last();
    T value = accepted(command.get());
    List<RecordedEvent> events = memory.events().read(last, Integer.MAX_VALUE);
    for (int i = 0; i < events.size(); i++) {
      assertThat(events.get(i).sequence()).as("gap-free sequence").isEqualTo(last + 1 + i);
    }
    return new Appended<>(value, events);
  }

  record Appended<T>(T value, List<RecordedEvent> events) {
    List<String> types() {
      return events.stream().map(e -> e.event().type()).toList();
    }

    /** The command's one event, followed by the disclosure obligation it creates as a major matter (Art.14). */
    RecordedEvent majorMatter() {
      assertThat(types()).hasSize(2).element(1).isEqualTo("DisclosureObligationArisen");
      assertThat(events.get(1).event().data()).containsEntry("event", Long.toString(events.get(0).sequence()));
      return events.get(0);
    }

    RecordedEvent only() {
      assertThat(events).hasSize(1);
      return events.get(0);
    }
  }

  static AuthorityId unknownAuthority() {
    return new AuthorityId("authority-999999");
  }

  static List<String> list(String... s) {
    return new ArrayList<>(List.of(s));
  }
}
