package dev.clustergov.core.application;

import dev.clustergov.core.application.establishment.AmendFoundingApplication;
import dev.clustergov.core.application.establishment.AppointToBody;
import dev.clustergov.core.application.establishment.EstablishOrganization;
import dev.clustergov.core.application.establishment.FoundingApplication;
import dev.clustergov.core.application.establishment.ProposeOrganization;
import dev.clustergov.core.application.establishment.RemoveFromBody;
import dev.clustergov.core.application.general.DissolveOrganization;
import dev.clustergov.core.application.general.RecogniseOrganization;
import dev.clustergov.core.application.general.ReinstateOrganization;
import dev.clustergov.core.application.general.RevokeRecognition;
import dev.clustergov.core.application.general.SuspendOrganization;
import static org.assertj.core.api.Assertions.assertThat;

import dev.clustergov.core.application.establishment.FoundingApplication.SeatInput;
import dev.clustergov.core.application.port.RecordedEvent;
import dev.clustergov.core.organization.LifecycleStage;
import dev.clustergov.core.organization.OrganizationId;
import dev.clustergov.core.organization.PromotionOrganization;
import dev.clustergov.core.supervision.AuthorityId;
import dev.clustergov.core.testkit.fixtures.Fixtures;
import dev.clustergov.core.testkit.property.Actions;
import dev.clustergov.core.testkit.property.Gen;
import io.vavr.control.Either;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import dev.clustergov.core.governance.PersonId;
import dev.clustergov.core.governance.SeatRole;
import dev.clustergov.core.governance.ExpertField;
import dev.clustergov.core.governance.BodyId;

/**
 * Random sequences of every lifecycle command against one PO of the Suzhou cluster, checked against a
 * model of its stage (Art.6: proposed → established → recognised ⇄ suspended → revoked or dissolved).
 * After every step: the stored stage is the previous one or one {@link LifecycleStage#next()} allows;
 * a final stage never changes; an accepted command moves the version by exactly one and appends
 * events with gap-free sequence numbers; a refused command leaves every store and the log as it was;
 * a recognised PO always has its credit code (Art.2).
 */
class LifecycleProperties {

  static final int SEQUENCES = 200;
  static final int MAX_STEPS = 30;

  /** The system under test and the model of it: what the PO should be. */
  static final class Lab {
    final SuzhouRegistry registry = new SuzhouRegistry();
    OrganizationId po;
    LifecycleStage stage;
    long version;
    boolean complete;      // the founding application meets Art.7–8 as far as the fixtures go
    boolean seatsChanged;  // seats changed while proposed: the model no longer predicts establishment
    boolean creditCode;

    Clustergov gov() {
      return registry.gov;
    }

    boolean hasPo() {
      return po != null;
    }

    AuthorityId authority(boolean own) {
      return own ? registry.authority.id() : registry.wuxi.id();
    }

    OptionalLong v() {
      return OptionalLong.of(version);
    }

    @Override
    public String toString() {
      return "Lab[" + stage + " v" + version + "]";
    }
  }

  enum Amendment { COMPLETE, WITHOUT_PARTY, MALFORMED }

  record Appointment(String body, String person, String role, List<String> fields) {}

  private static final Gen<Appointment> APPOINTMENTS = Gen.combine(
      Gen.elements("council", "supervisors", "secretariat", "experts", "assembly"),
      Gen.elements("p-wang", "p-liu", "p-sun", "p-new"),
      Gen.elements(List.of("MEMBER"), List.of("EXPERT", "SERVICES"), List.of("EXPERT"), List.of("CHAIR")),
      (body, person, role) -> new Appointment(body, person, role.get(0), role.subList(1, role.size())));

  private static final Gen<List<String>> REMOVALS = Gen.combine(
      Gen.elements("council", "supervisors", "secretariat", "experts", "assembly"),
      Gen.elements("p-wang", "p-liu", "p-sun", "p-zhao", "p-zhou", "p-chen", "p-zhang"), List::of);

  @Test
  void every_command_sequence_keeps_the_lifecycle_and_the_log_honest() {
    Actions.forModel(Lab::new)
        .action("propose", s -> !s.hasPo(), Gen.booleans(), LifecycleProperties::propose)
        .action("amend", Lab::hasPo, Gen.enumValues(Amendment.class), LifecycleProperties::amend)
        .action("establish", Lab::hasPo, Gen.booleans(), LifecycleProperties::establish)
        .action("recognise", Lab::hasPo, Gen.booleans(), (s, own) -> move(s, LifecycleStage.RECOGNISED,
            own && s.stage == LifecycleStage.ESTABLISHED && s.creditCode,
            () -> s.gov().recogniseOrganization().handle(new RecogniseOrganization.Command(s.po, s.v(), s.authority(own)))))
        .action("suspend", Lab::hasPo, Gen.booleans(), (s, own) -> move(s, LifecycleStage.SUSPENDED,
            own && s.stage == LifecycleStage.RECOGNISED,
            () -> s.gov().suspendOrganization().handle(new SuspendOrganization.Command(s.po, s.v(), s.authority(own), "限期整改"))))
        .action("reinstate", Lab::hasPo, Gen.booleans(), (s, own) -> move(s, LifecycleStage.RECOGNISED,
            own && s.stage == LifecycleStage.SUSPENDED,
            () -> s.gov().reinstateOrganization().handle(new ReinstateOrganization.Command(s.po, s.v(), s.authority(own), "整改完成"))))
        .action("revoke", Lab::hasPo, Gen.booleans(), (s, own) -> move(s, LifecycleStage.REVOKED,
            own && (s.stage == LifecycleStage.RECOGNISED || s.stage == LifecycleStage.SUSPENDED),
            () -> s.gov().revokeRecognition().handle(new RevokeRecognition.Command(s.po, s.v(), s.authority(own), "严重违规"))))
        .action("dissolve", Lab::hasPo, s -> move(s, LifecycleStage.DISSOLVED, !s.stage.isFinal(),
            () -> s.gov().dissolveOrganization().handle(new DissolveOrganization.Command(s.po, s.v(), "成员大会决议注销"))))
        .action("appoint", Lab::hasPo, APPOINTMENTS, LifecycleProperties::appoint)
        .action("remove", Lab::hasPo, REMOVALS, LifecycleProperties::remove)
        .action("stale write", Lab::hasPo, s -> {
          step(s, () -> s.gov().dissolveOrganization().handle(
              new DissolveOrganization.Command(s.po, OptionalLong.of(s.version + 1), "过期版本")), Optional.of(false));
          return s;
        })
        .check(SEQUENCES, MAX_STEPS);
  }

  // ---- actions ----------------------------------------------------------------------------------

  private static Lab propose(Lab s, boolean complete) {
    FoundingApplication a = complete ? s.registry.application() : s.registry.application(d -> d.partyOrganization = null);
    var o = step(s, () -> s.gov().proposeOrganization().handle(new ProposeOrganization.Command(a)), Optional.of(true));
    s.po = o.orElseThrow().id();
    assertThat(o.get().stage()).isEqualTo(LifecycleStage.PROPOSED);
    s.stage = LifecycleStage.PROPOSED;
    s.version = o.get().version();
    s.complete = complete;
    return s;
  }

  private static Lab amend(Lab s, Amendment kind) {
    FoundingApplication a = switch (kind) {
      case COMPLETE -> s.registry.application();
      case WITHOUT_PARTY -> s.registry.application(d -> d.partyOrganization = null);
      case MALFORMED -> s.registry.application(d -> {
        d.name = "";
        d.registeredCapital = null;
      });
    };
    boolean expected = s.stage == LifecycleStage.PROPOSED && kind != Amendment.MALFORMED;
    var o = step(s, () -> s.gov().amendFoundingApplication().handle(new AmendFoundingApplication.Command(s.po, s.v(), a)),
        Optional.of(expected));
    o.ifPresent(x -> {
      s.version = x.version();
      s.complete = kind == Amendment.COMPLETE;
      s.seatsChanged = false; // the amendment replaces the governance with the fixtures'
    });
    return s;
  }

  private static Lab establish(Lab s, boolean withCode) {
    Optional<Boolean> expected = s.stage != LifecycleStage.PROPOSED || !s.complete
        ? Optional.of(false) : s.seatsChanged ? Optional.empty() : Optional.of(true);
    var o = step(s, () -> s.gov().establishOrganization().handle(
        new EstablishOrganization.Command(s.po, s.v(), withCode ? Fixtures.PO_CODE : null)), expected);
    o.ifPresent(x -> {
      assertThat(x.stage()).isEqualTo(LifecycleStage.ESTABLISHED);
      s.stage = LifecycleStage.ESTABLISHED;
      s.version = x.version();
      s.creditCode = withCode;
    });
    return s;
  }

  private static Lab move(Lab s, LifecycleStage target, boolean expected, Supplier<Either<Refusal, PromotionOrganization>> command) {
    var o = step(s, command, Optional.of(expected));
    o.ifPresent(x -> {
      assertThat(x.stage()).isEqualTo(target);
      s.stage = target;
      s.version = x.version();
    });
    return s;
  }

  private static Lab appoint(Lab s, Appointment a) {
    var seat = new SeatInput(new PersonId(a.person()), "成员" + a.person(), SeatRole.valueOf(a.role()),
        a.fields().stream().map(ExpertField::valueOf).toList());
    var o = step(s, () -> s.gov().appointToBody().handle(new AppointToBody.Command(s.po, s.v(), new BodyId(a.body()), seat)),
        s.stage.isFinal() ? Optional.of(false) : Optional.empty());
    o.ifPresent(x -> seatsChanged(s, x));
    return s;
  }

  private static Lab remove(Lab s, List<String> bodyAndPerson) {
    var o = step(s, () -> s.gov().removeFromBody().handle(
        new RemoveFromBody.Command(s.po, s.v(), new BodyId(bodyAndPerson.get(0)), new PersonId(bodyAndPerson.get(1)))),
        s.stage.isFinal() ? Optional.of(false) : Optional.empty());
    o.ifPresent(x -> seatsChanged(s, x));
    return s;
  }

  private static void seatsChanged(Lab s, PromotionOrganization x) {
    assertThat(x.stage()).isEqualTo(s.stage);
    s.version = x.version();
    if (s.stage == LifecycleStage.PROPOSED) {
      s.seatsChanged = true;
    }
  }

  // ---- the invariants, after every step --------------------------------------------------------

  /**
   * Runs one command and checks every invariant; {@code expected} says whether the model demands
   * acceptance or refusal, or is silent. Returns the stored PO when accepted.
   */
  private static Optional<PromotionOrganization> step(
      Lab s, Supplier<Either<Refusal, PromotionOrganization>> command, Optional<Boolean> expected) {
    var memory = s.registry.memory;
    var before = memory.snapshot();
    long lastEvent = memory.events().last();
    LifecycleStage stageBefore = s.stage;

    Either<Refusal, PromotionOrganization> result = command.get();

    expected.ifPresent(e -> assertThat(result.isRight())
        .as("model expects %s from %s, got %s", e ? "acceptance" : "refusal", stageBefore, result).isEqualTo(e));
    List<RecordedEvent> log = memory.events().read(0, Integer.MAX_VALUE);
    for (int i = 0; i < log.size(); i++) {
      assertThat(log.get(i).sequence()).as("event log gap-free").isEqualTo(i + 1L);
    }
    if (result.isLeft()) {
      assertThat(memory.snapshot()).as("refused %s changes nothing", result.getLeft()).isEqualTo(before);
      return Optional.empty();
    }
    PromotionOrganization stored = memory.organizations().find(result.get().id()).orElseThrow();
    assertThat(stored).isEqualTo(result.get());
    assertThat(stored.version()).as("version moves by exactly one").isEqualTo(stageBefore == null ? 1 : s.version + 1);
    assertThat(log.size()).as("an accepted command appends events").isGreaterThan((int) lastEvent);
    if (stageBefore != null) {
      Set<LifecycleStage> reachable = EnumSet.of(stageBefore);
      reachable.addAll(stageBefore.next());
      assertThat(stageBefore.isFinal()).as("a final stage never changes").isFalse();
      assertThat(reachable).as("reachable from %s", stageBefore).contains(stored.stage());
    }
    if (stored.stage() == LifecycleStage.RECOGNISED) {
      assertThat(stored.creditCode()).as("a recognised PO is a legal person (Art.2)").isPresent();
    }
    return Optional.of(stored);
  }
}
