package dev.clustergov.core.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clustergov.core.application.port.ConcurrencyConflict;
import dev.clustergov.core.application.port.SelfDiscipline;
import dev.clustergov.core.supervision.DisciplinaryAction;
import dev.clustergov.core.supervision.MeasureId;
import dev.clustergov.core.supervision.SelfDisciplineMeasure;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link SelfDiscipline}: extend it with a factory of a fresh, empty adapter in which
 * the sample POs {@code org-001} and {@code org-002} exist.
 */
public abstract class SelfDisciplineContract {
  private SelfDiscipline selfDiscipline;

  protected abstract SelfDiscipline freshSelfDiscipline();

  protected final SelfDiscipline port() {
    if (selfDiscipline == null) {
      selfDiscipline = freshSelfDiscipline();
    }
    return selfDiscipline;
  }

  @Test
  public void saves_a_measure_at_version_one_finds_it_and_lists_it_with_its_organization_only() {
    SelfDisciplineMeasure b = port().saveMeasure(SupervisionSamples.convention("measure-b", SupervisionSamples.PO));
    SelfDisciplineMeasure a = port().saveMeasure(SupervisionSamples.convention("measure-a", SupervisionSamples.PO));
    port().saveMeasure(SupervisionSamples.convention("measure-c", SupervisionSamples.OTHER_PO));

    assertThat(a.version()).isEqualTo(1);
    assertThat(port().findMeasure(a.id())).contains(a);
    assertThat(port().findMeasure(new MeasureId("measure-z"))).isEmpty();
    assertThat(port().measuresOf(SupervisionSamples.PO)).containsExactly(a, b);
  }

  @Test
  public void saves_an_action_under_a_measure_and_lists_the_actions_of_one_organization() {
    SelfDisciplineMeasure m = port().saveMeasure(SupervisionSamples.convention("measure-1", SupervisionSamples.PO));
    DisciplinaryAction b = port().saveAction(SupervisionSamples.criticism("discipline-b", SupervisionSamples.PO, m.id()));
    DisciplinaryAction a = port().saveAction(SupervisionSamples.criticism("discipline-a", SupervisionSamples.PO, m.id()));
    SelfDisciplineMeasure other = port().saveMeasure(SupervisionSamples.convention("measure-2", SupervisionSamples.OTHER_PO));
    port().saveAction(SupervisionSamples.criticism("discipline-c", SupervisionSamples.OTHER_PO, other.id()));

    assertThat(port().findAction(a.id())).contains(a);
    assertThat(a).isEqualTo(SupervisionSamples.criticism("discipline-a", SupervisionSamples.PO, m.id()).withVersion(1));
    assertThat(port().actionsOf(SupervisionSamples.PO)).containsExactly(a, b);
  }

  @Test
  public void a_stale_save_of_a_measure_or_an_action_is_a_conflict_and_writes_nothing() {
    SelfDisciplineMeasure m = port().saveMeasure(SupervisionSamples.convention("measure-1", SupervisionSamples.PO));
    DisciplinaryAction a = port().saveAction(SupervisionSamples.criticism("discipline-1", SupervisionSamples.PO, m.id()));

    assertThatThrownBy(() -> port().saveMeasure(SupervisionSamples.convention("measure-1", SupervisionSamples.PO)))
        .isInstanceOf(ConcurrencyConflict.class);
    assertThatThrownBy(() -> port().saveAction(SupervisionSamples.criticism("discipline-1", SupervisionSamples.PO, m.id())))
        .isInstanceOf(ConcurrencyConflict.class);
    assertThat(port().findMeasure(m.id())).contains(m);
    assertThat(port().findAction(a.id())).contains(a);
  }
}
