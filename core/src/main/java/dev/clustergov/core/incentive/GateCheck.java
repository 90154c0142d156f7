package dev.clustergov.core.incentive;

import dev.clustergov.core.rules.Evidence;
import dev.clustergov.core.rules.Finding;
import dev.clustergov.core.rules.Guard;
import java.util.List;
import java.util.Objects;

/** One eligibility gate as checked (奖励条件核查): the gate, whether it held, and the evidence either way. */
public record GateCheck(Guard<?> gate, boolean passed, List<Evidence> evidence) {

  public GateCheck {
    Objects.requireNonNull(gate, "gate");
    evidence = List.copyOf(evidence);
  }

  /** {@code gate} checked over {@code situation}: it holds when its check finds no breach; the evidence either way. */
  public static <S extends dev.clustergov.core.rules.IncentiveGuards.Gate> GateCheck of(Guard<S> gate, S situation) {
    return new GateCheck(gate, gate.check(situation).isEmpty(), situation.evidence());
  }

  /** The reason a failed gate gives, as a blocking finding citing its clauses. */
  public Finding finding() {
    return gate.finding(evidence.toArray(Evidence[]::new));
  }
}
