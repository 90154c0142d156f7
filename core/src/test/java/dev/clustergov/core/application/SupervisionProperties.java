package dev.clustergov.core.application;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clustergov.core.application.port.RecordedEvent;
import dev.clustergov.core.organization.LifecycleStage;
import dev.clustergov.core.supervision.AuthorityId;
import dev.clustergov.core.supervision.Inspection;
import dev.clustergov.core.supervision.InspectionFinding;
import dev.clustergov.core.supervision.Sanction;
import dev.clustergov.core.supervision.SanctionKind;
import dev.clustergov.core.testkit.property.Actions;
import dev.clustergov.core.testkit.property.Gen;
import io.vavr.control.Either;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Random sequences of opening inspections, noting findings, closing them, imposing and lifting
 * sanctions, suspending and reinstating, adopting a self-discipline measure and letting days pass, by
 * the PO's own authority or a neighbouring one, on dates around today (Art.24(1), Art.25–29). After
 * every step: another authority is always refused; a refusal leaves the in-memory snapshot and the event
 * log identical; an acceptance appends events gap-free; and the state is never illegal — a suspension
 * sanction in force means a suspended (or revoked) PO, a revocation means a revoked one, revoked stays
 * revoked, no finding is rectified before it was noted or after the day it was recorded, and the
 * stored inspections and sanctions are exactly those accepted.
 */
class SupervisionProperties {

  static final class Lab {
    final SupervisionDesk desk = new SupervisionDesk();
    boolean revoked;
    int accepted;

    List<Inspection> inspections() {
      return desk.registry.memory.inspections().of(desk.po.id());
    }

    List<Sanction> sanctions() {
      return desk.registry.memory.sanctions().of(desk.po.id());
    }

    @Override
    public String toString() {
      return "Lab[" + desk.current().stage() + ", " + inspections().size() + " inspections, " + sanctions().size() + " sanctions]";
    }
  }

  record Act(boolean own, int which, int number, int shift, int kind) {}

  private static final Gen<Act> ACTS = Gen.combine(Gen.booleans(), Gen.integers(0, 3), Gen.integers(1, 3), Gen.integers(-2, 2),
      (own, which, number, shift) -> new int[] {own ? 1 : 0, which, number, shift})
      .flatMap(a -> Gen.integers(0, 3).map(k -> new Act(a[0] == 1, a[1], a[2], a[3], k)));

  /** Accepted commands by event type over the whole run, so the property cannot pass by refusing everything. */
  static final java.util.Map<String, Integer> ACCEPTED = new java.util.concurrent.ConcurrentHashMap<>();

  @Test
  void no_sequence_reaches_an_illegal_state_and_every_refusal_changes_nothing() {
    ACCEPTED.clear();
    Actions.forModel(Lab::new)
        .action("open", s -> true, ACTS, (s, a) -> {
          run(s, a, () -> s.desk.open(actor(s, a), s.desk.today().plusDays(a.shift())));
          return s;
        })
        .action("add finding", s -> !s.inspections().isEmpty(), ACTS, (s, a) -> {
          Inspection i = pick(s.inspections(), a.which());
          run(s, a, () -> s.desk.note(i, actor(s, a), s.desk.today().plusDays(a.shift() * 5L),
              s.desk.today().plusDays(Math.min(a.shift(), 1))));
          return s;
        })
        .action("close", s -> !s.inspections().isEmpty(), ACTS, (s, a) -> {
          Inspection i = pick(s.inspections(), a.which());
          run(s, a, () -> s.desk.rectify(i, a.number(), actor(s, a), s.desk.today().plusDays(a.shift())));
          return s;
        })
        .action("impose", s -> true, ACTS, (s, a) -> {
          SanctionKind kind = SanctionKind.values()[a.kind()];
          java.time.LocalDate by = kind == SanctionKind.RECTIFICATION_ORDER ? s.desk.today().plusDays(a.shift() * 10L) : null;
          run(s, a, () -> s.desk.impose(actor(s, a), kind, by));
          return s;
        })
        .action("lift", s -> !s.sanctions().isEmpty(), ACTS, (s, a) -> {
          Sanction x = pick(s.sanctions(), a.which());
          run(s, a, () -> s.desk.lift(x, actor(s, a), a.shift() < 0 ? s.desk.today().minusDays(1) : null));
          return s;
        })
        .action("suspend", s -> true, ACTS, (s, a) -> {
          run(s, a, () -> s.desk.suspend(actor(s, a)));
          return s;
        })
        .action("reinstate", s -> true, ACTS, (s, a) -> {
          run(s, a, () -> s.desk.reinstate(actor(s, a)));
          return s;
        })
        .action("adopt measure", s -> true, ACTS, (s, a) -> {
          run(s, new Act(true, 0, 0, 0, 0), () -> s.desk.adopt(a.own() ? "assembly" : "council", null));
          return s;
        })
        .action("days pass", s -> true, Gen.integers(1, 12), (s, days) -> {
          s.desk.daysPass(days);
          invariants(s);
          return s;
        })
        .check(120, 25);
    assertThat(ACCEPTED.keySet()).as("every kind of step was accepted at least once")
        .contains("InspectionOpened", "InspectionFindingRecorded", "FindingRectified", "SanctionImposed", "SanctionLifted",
            "OrganizationSuspended", "OrganizationReinstated", "RecognitionRevoked");
  }

  private static AuthorityId actor(Lab s, Act a) {
    return a.own() ? s.desk.own() : s.desk.wuxi();
  }

  private static <T> T pick(List<T> list, int which) {
    return list.get(which % list.size());
  }

  /** Runs one command and checks what holds whatever it was. */
  private static void run(Lab s, Act a, Supplier<? extends Either<Refusal, ?>> command) {
    var memory = s.desk.registry.memory;
    var before = memory.snapshot();
    long last = memory.events().last();
    Either<Refusal, ?> result = command.get();
    if (!a.own()) {
      assertThat(result.isLeft()).as("another authority is always refused: %s", result).isTrue();
    }
    if (result.isLeft()) {
      assertThat(memory.snapshot()).as("a refusal changes nothing, event log included: %s", result.getLeft()).isEqualTo(before);
    } else {
      s.accepted++;
      List<RecordedEvent> events = memory.events().read(last, Integer.MAX_VALUE);
      assertThat(events).as("an accepted command records its events").isNotEmpty();
      for (int i = 0; i < events.size(); i++) {
        assertThat(events.get(i).sequence()).as("the log is gap-free").isEqualTo(last + 1 + i);
        ACCEPTED.merge(events.get(i).event().type(), 1, Integer::sum);
      }
    }
    invariants(s);
  }

  private static void invariants(Lab s) {
    var today = s.desk.today();
    LifecycleStage stage = s.desk.current().stage();
    List<Sanction> sanctions = s.sanctions();
    if (sanctions.stream().anyMatch(x -> x.kind() == SanctionKind.SUSPENSION && x.inForceOn(today))) {
      assertThat(stage).as("a suspension sanction in force").isIn(LifecycleStage.SUSPENDED, LifecycleStage.REVOKED);
    }
    if (sanctions.stream().anyMatch(x -> x.kind() == SanctionKind.REVOCATION)) {
      assertThat(stage).as("a revocation sanction").isEqualTo(LifecycleStage.REVOKED);
      assertThat(sanctions.stream().filter(x -> x.kind() == SanctionKind.REVOCATION)).allMatch(x -> x.liftedOn().isEmpty());
    }
    if (s.revoked) {
      assertThat(stage).as("revoked is final").isEqualTo(LifecycleStage.REVOKED);
    }
    s.revoked = stage == LifecycleStage.REVOKED;
    assertThat(sanctions).allSatisfy(x -> {
      assertThat(x.authority()).as("only the own authority sanctions").isEqualTo(s.desk.own());
      assertThat(x.decidedOn()).isBeforeOrEqualTo(today);
      x.liftedOn().ifPresent(l -> assertThat(l).isBeforeOrEqualTo(today).isAfterOrEqualTo(x.decidedOn()));
    });
    for (Inspection i : s.inspections()) {
      assertThat(i.authority()).as("only the own authority inspects").isEqualTo(s.desk.own());
      for (InspectionFinding f : i.findings()) {
        assertThat(f.notedOn()).isAfterOrEqualTo(i.openedOn()).isBeforeOrEqualTo(today);
        assertThat(f.rectifyBy()).isAfterOrEqualTo(f.notedOn());
        f.rectification().ifPresent(r -> assertThat(r.on()).isAfterOrEqualTo(f.notedOn()).isBeforeOrEqualTo(today));
      }
    }
  }
}
