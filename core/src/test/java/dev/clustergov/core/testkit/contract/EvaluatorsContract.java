package dev.clustergov.core.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clustergov.core.application.port.Evaluators;
import dev.clustergov.core.organization.CreditCode;
import dev.clustergov.core.supervision.Evaluator;
import dev.clustergov.core.supervision.EvaluatorId;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The contract of {@link Evaluators}: extend it with a factory of a fresh, empty adapter. */
public abstract class EvaluatorsContract extends VersionedAggregatesContract<Evaluator, EvaluatorId> {
  private Evaluators evaluators;

  /** A fresh, empty adapter in which the sample POs may be named by ties; called once per test. */
  protected abstract Evaluators freshEvaluators();

  protected final Evaluators evaluators() {
    if (evaluators == null) {
      evaluators = freshEvaluators();
    }
    return evaluators;
  }

  @Test
  public void keeps_the_affiliated_authority_and_every_declared_tie_in_order() {
    Evaluator tied = EvaluatorSamples.tied("evaluator-7", "12320500MB0000007");
    Evaluator saved = evaluators().save(tied);
    assertThat(evaluators().find(tied.id())).contains(saved);
    assertThat(saved.ties()).isEqualTo(tied.ties());
    assertThat(saved.affiliatedAuthority()).isEqualTo(tied.affiliatedAuthority());
  }

  @Test
  public void keeps_every_engagement_in_order_and_adds_one_on_a_later_save() {
    var authority = Samples.authority().id();
    Evaluator engaged = EvaluatorSamples.tied("evaluator-8", "12320500MB0000008")
        .with(new dev.clustergov.core.supervision.EvaluatorEngagement(DisputeSamples.PO, authority, java.time.LocalDate.of(2025, 1, 1),
            java.time.LocalDate.of(2025, 12, 31)));
    Evaluator saved = evaluators().save(engaged);
    assertThat(evaluators().find(engaged.id())).contains(saved);
    assertThat(saved.engagements()).isEqualTo(engaged.engagements());
    Evaluator again = evaluators().save(saved.with(new dev.clustergov.core.supervision.EvaluatorEngagement(DisputeSamples.OTHER_PO,
        authority, java.time.LocalDate.of(2026, 1, 1), java.time.LocalDate.of(2026, 1, 1))));
    assertThat(evaluators().find(engaged.id()).orElseThrow().engagements()).extracting(e -> e.organization())
        .containsExactly(DisputeSamples.PO, DisputeSamples.OTHER_PO);
    assertThat(evaluators().find(engaged.id())).contains(again);
  }

  @Test
  public void keeps_an_engagement_ended_early_with_its_day_authority_and_reason_and_the_others_as_they_were() {
    var authority = Samples.authority().id();
    Evaluator engaged = evaluators().save(EvaluatorSamples.tied("evaluator-9", "12320500MB0000009")
        .with(new dev.clustergov.core.supervision.EvaluatorEngagement(DisputeSamples.PO, authority, java.time.LocalDate.of(2025, 1, 1),
            java.time.LocalDate.of(2025, 12, 31)))
        .with(new dev.clustergov.core.supervision.EvaluatorEngagement(DisputeSamples.OTHER_PO, authority, java.time.LocalDate.of(2025, 3, 1),
            java.time.LocalDate.of(2025, 9, 30))));
    var ending = new dev.clustergov.core.supervision.EvaluatorEngagement.Ending(java.time.LocalDate.of(2025, 6, 1), authority,
        "评价工作已完成；work done");
    Evaluator ended = evaluators().save(engaged.withEnded(1, ending));
    Evaluator read = evaluators().find(engaged.id()).orElseThrow();
    assertThat(read).isEqualTo(ended);
    assertThat(read.engagements().get(0).ending()).isEmpty();
    assertThat(read.engagements().get(1).ending()).contains(ending);
    assertThat(read.engagementsFor(DisputeSamples.OTHER_PO).get(0).lastDay()).isEqualTo(java.time.LocalDate.of(2025, 5, 31));
    // a later save of the same evaluator keeps the ending with its engagement
    Evaluator more = evaluators().save(read.with(new dev.clustergov.core.supervision.EvaluatorEngagement(DisputeSamples.PO, authority,
        java.time.LocalDate.of(2026, 1, 1), java.time.LocalDate.of(2026, 12, 31))));
    assertThat(evaluators().find(engaged.id())).contains(more);
    assertThat(more.engagements().get(1).ending()).contains(ending);
  }

  /** Decision 0580: the version read alone is the one {@code find} returns, advanced by each save; none for an unknown id. */
  @Test
  public void reads_the_version_alone_as_find_returns_it_advanced_by_every_save() {
    var authority = Samples.authority().id();
    assertThat(evaluators().version(new EvaluatorId("evaluator-404"))).isEmpty();
    Evaluator saved = evaluators().save(EvaluatorSamples.tied("evaluator-v", "12320500MB0000010"));
    assertThat(evaluators().version(saved.id())).contains(evaluators().find(saved.id()).orElseThrow().version());
    Evaluator engaged = evaluators().save(saved.with(new dev.clustergov.core.supervision.EvaluatorEngagement(DisputeSamples.PO,
        authority, java.time.LocalDate.of(2025, 1, 1), java.time.LocalDate.of(2025, 12, 31))));
    Evaluator ended = evaluators().save(engaged.withEnded(0, new dev.clustergov.core.supervision.EvaluatorEngagement.Ending(
        java.time.LocalDate.of(2025, 6, 1), authority, "委托终止；ended")));
    assertThat(engaged.version()).isGreaterThan(saved.version());
    assertThat(ended.version()).isGreaterThan(engaged.version());
    assertThat(evaluators().version(saved.id())).contains(ended.version()).contains(evaluators().find(saved.id()).orElseThrow().version());
  }

  @Test
  public void finds_an_evaluator_by_its_credit_code_and_nothing_by_another() {
    Evaluator a = evaluators().save(EvaluatorSamples.evaluator("evaluator-a", "91320500MA0000001"));
    evaluators().save(EvaluatorSamples.evaluator("evaluator-b", "91320500MA0000002"));
    assertThat(evaluators().findByCreditCode(a.creditCode())).contains(a);
    assertThat(evaluators().findByCreditCode(new CreditCode(EvaluatorSamples.code("91320500MA0000003")))).isEmpty();
  }

  @Test
  public void lists_every_evaluator_in_id_order() {
    Evaluator b = evaluators().save(EvaluatorSamples.evaluator("evaluator-b", "91320500MA0000002"));
    Evaluator a = evaluators().save(EvaluatorSamples.evaluator("evaluator-a", "91320500MA0000001"));
    assertThat(evaluators().all()).containsExactly(a, b);
  }

  @Override
  protected final String aggregateType() {
    return "Evaluator";
  }

  @Override
  protected final Evaluator sample(int n) {
    return EvaluatorSamples.evaluator("evaluator-s" + n, String.format("91320500MA%07d", 100 + n));
  }

  @Override
  protected final Evaluator changed(Evaluator e) {
    return e.with(new dev.clustergov.core.supervision.EvaluatorTie(DisputeSamples.PO, "新增关联", EvaluatorSamples.DAY,
        Optional.empty()));
  }

  @Override
  protected final Evaluator save(Evaluator e) {
    return evaluators().save(e);
  }

  @Override
  protected final Optional<Evaluator> find(EvaluatorId id) {
    return evaluators().find(id);
  }

  @Override
  protected final EvaluatorId id(Evaluator e) {
    return e.id();
  }

  @Override
  protected final long version(Evaluator e) {
    return e.version();
  }

  @Override
  protected final Evaluator withVersion(Evaluator e, long version) {
    return e.withVersion(version);
  }
}
