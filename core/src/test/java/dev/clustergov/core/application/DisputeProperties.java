package dev.clustergov.core.application;

import dev.clustergov.core.application.management.RecordDisputeStep;
import static org.assertj.core.api.Assertions.assertThat;

import dev.clustergov.core.dispute.Capacity;
import dev.clustergov.core.dispute.Dispute;
import dev.clustergov.core.dispute.DisputeState;
import dev.clustergov.core.dispute.Route;
import dev.clustergov.core.dispute.StepKind;
import dev.clustergov.core.testkit.property.Actions;
import dev.clustergov.core.testkit.property.Gen;
import io.vavr.control.Either;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Random sequences of raising disputes and recording steps of every kind, in every capacity, on dates
 * before, on and after the last step, against a model of the procedure (Art.15). After every step: the
 * model predicts acceptance exactly; a refusal changes nothing, event log included; an accepted step
 * moves the version by one and appends one event; a resolved or closed dispute never changes; no
 * dispute ever reaches internal mediation or a route outside the PO without a failed consultation
 * before it; step dates never go backwards.
 */
class DisputeProperties {

  /** What a dispute should be. */
  static final class Model {
    Dispute stored;
    DisputeState state = DisputeState.RAISED;
    Optional<Route> route = Optional.empty();
    LocalDate last;
    long version;
  }

  static final class Lab {
    final DisputeDesk desk = new DisputeDesk();
    final List<Model> disputes = new ArrayList<>();

    boolean any() {
      return !disputes.isEmpty();
    }

    @Override
    public String toString() {
      return "Lab" + disputes.stream().map(m -> m.state + "@v" + m.version).toList();
    }
  }

  record Raise(Capacity capacity, int daysBack) {}

  record StepArg(int which, StepKind kind, Capacity capacity, int dayShift, Route route) {}

  private static final Gen<Raise> RAISES = Gen.combine(Gen.enumValues(Capacity.class), Gen.integers(-1, 3), Raise::new);

  private static final Gen<StepArg> STEPS = Gen.combine(Gen.integers(0, 5),
      Gen.elements(StepKind.CONSULTATION_OPENED, StepKind.RESOLVED_BY_CONSULTATION, StepKind.CONSULTATION_FAILED,
          StepKind.MEDIATION_OPENED, StepKind.RESOLVED_BY_MEDIATION, StepKind.MEDIATION_FAILED, StepKind.ESCALATED, StepKind.CLOSED),
      Gen.combine(Gen.enumValues(Capacity.class), Gen.enumValues(Route.class), (c, r) -> new Object[] {c, r}),
      Gen.integers(-1, 2), (which, kind, cr, shift) -> new StepArg(which, kind, (Capacity) cr[0], shift, (Route) cr[1]));

  @Test
  void no_sequence_of_steps_reaches_an_illegal_state_and_refusals_change_nothing() {
    Actions.forModel(Lab::new)
        .action("raise", s -> s.disputes.size() < 4, RAISES, DisputeProperties::raise)
        .action("step", Lab::any, STEPS, DisputeProperties::step)
        .action("days pass", s -> true, Gen.integers(1, 40), (s, days) -> {
          s.desk.daysPass(days);
          return s;
        })
        .action("stale step", Lab::any, Gen.integers(0, 5), (s, which) -> {
          Model m = s.disputes.get(which % s.disputes.size());
          run(s, () -> s.desk.gov().recordDisputeStep().handle(new RecordDisputeStep.Command(s.desk.po.id(),
              m.stored.id(), OptionalLong.of(m.version + 1), StepKind.CONSULTATION_OPENED, null, "陈静", Capacity.SECRETARIAT, null, null)), false);
          return s;
        })
        .check(150, 30);
  }

  private static Lab raise(Lab s, Raise r) {
    LocalDate today = s.desk.today();
    LocalDate on = today.minusDays(r.daysBack());
    boolean expected = StepKind.RAISED.takenBy().contains(r.capacity()) && !on.isAfter(today)
        && !on.isBefore(s.desk.po.proposedOn());
    var result = run(s, () -> s.desk.raise(r.capacity().name(), on.toString()), expected);
    if (result.isRight()) {
      Model m = new Model();
      m.stored = result.get();
      m.last = on;
      m.version = 1;
      s.disputes.add(m);
    }
    return s;
  }

  private static Lab step(Lab s, StepArg a) {
    Model m = s.disputes.get(a.which() % s.disputes.size());
    LocalDate today = s.desk.today();
    LocalDate on = m.last.plusDays(a.dayShift());
    DisputeState before = m.state;
    Optional<Route> route = a.kind() == StepKind.ESCALATED ? Optional.of(a.route()) : Optional.empty();
    // the law's table, written out here rather than read from the code under test: after mediation outside
    // the PO failed, arbitration or litigation; after arbitration or litigation, nothing (decision 0350)
    boolean arrow = before == DisputeState.ESCALATED && a.kind() == StepKind.ESCALATED
        ? m.route.equals(Optional.of(Route.EXTERNAL_MEDIATION)) && a.route() != Route.EXTERNAL_MEDIATION
        : a.kind().from(before).isPresent();
    boolean expected = !before.isFinal() && arrow && a.kind().takenBy().contains(a.capacity())
        && !on.isBefore(m.last) && !on.isAfter(today);
    String note = a.kind() == StepKind.CLOSED ? "法院判决已生效" : null;
    var result = run(s, () -> s.desk.step(m.stored, a.kind().name(), a.capacity().name(), route.map(Route::name).orElse(null), note, on.toString()), expected);
    if (result.isRight()) {
      Dispute d = result.get();
      assertThat(before.isFinal()).as("a final dispute never changes").isFalse();
      m.state = a.kind().to();
      if (route.isPresent()) {
        m.route = route;
      }
      assertThat(d.state()).isEqualTo(m.state);
      m.stored = d;
      m.last = on;
      m.version++;
    } else if (!before.isFinal() && a.kind().needsFailedConsultation() && !before.consultationFailed()) {
      assertThat(((Refusal.Rejected) result.getLeft()).rejection().findings()).extracting(f -> f.rule())
          .contains("A15-consultation-first");
    }
    return s;
  }

  /** Runs one command and checks the invariants that hold whatever it was. */
  private static Either<Refusal, Dispute> run(Lab s, Supplier<Either<Refusal, Dispute>> command, boolean expected) {
    var memory = s.desk.registry.memory;
    var before = memory.snapshot();
    long events = memory.events().last();
    Either<Refusal, Dispute> result = command.get();
    assertThat(result.isRight()).as("model expects %s, got %s", expected ? "acceptance" : "refusal", result).isEqualTo(expected);
    if (result.isLeft()) {
      assertThat(memory.snapshot()).as("a refusal changes nothing").isEqualTo(before);
      return result;
    }
    assertThat(memory.events().last()).as("one event per accepted step").isEqualTo(events + 1);
    Dispute d = memory.disputes().find(result.get().id()).orElseThrow();
    assertThat(d).isEqualTo(result.get());
    List<StepKind> kinds = d.steps().stream().map(x -> x.kind()).toList();
    for (int i = 0; i < kinds.size(); i++) {
      if (kinds.get(i).needsFailedConsultation()) {
        assertThat(kinds.subList(0, i)).as("Art.15: consultation failed before %s", kinds.get(i)).contains(StepKind.CONSULTATION_FAILED);
      }
      if (i > 0) {
        assertThat(d.steps().get(i).on()).as("dates never go backwards").isAfterOrEqualTo(d.steps().get(i - 1).on());
      }
    }
    return result;
  }
}
