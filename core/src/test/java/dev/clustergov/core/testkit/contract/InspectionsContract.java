package dev.clustergov.core.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clustergov.core.application.port.Inspections;
import dev.clustergov.core.supervision.Inspection;
import dev.clustergov.core.supervision.InspectionId;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link Inspections}: extend it with a factory of a fresh, empty adapter in which the
 * sample POs {@code org-001} and {@code org-002} and the sample authority exist.
 */
public abstract class InspectionsContract extends VersionedAggregatesContract<Inspection, InspectionId> {
  private Inspections inspections;

  protected abstract Inspections freshInspections();

  protected final Inspections inspections() {
    if (inspections == null) {
      inspections = freshInspections();
    }
    return inspections;
  }

  @Test
  public void keeps_every_finding_with_its_clause_deadline_and_rectification_evidence() {
    Inspection i = SupervisionSamples.withFindings("inspection-9");

    Inspection saved = inspections().save(i);

    assertThat(inspections().find(i.id())).contains(saved);
    assertThat(inspections().find(i.id()).orElseThrow().findings()).isEqualTo(i.findings());
    assertThat(saved.openFindings()).hasSize(1);
  }

  @Test
  public void a_new_finding_and_a_rectification_replace_the_stored_findings() {
    Inspection saved = inspections().save(SupervisionSamples.opened("inspection-1", SupervisionSamples.PO));
    Inspection more = SupervisionSamples.withFindings("inspection-1").withVersion(saved.version());

    Inspection again = inspections().save(more);

    assertThat(inspections().find(saved.id()).orElseThrow().findings()).isEqualTo(more.findings());
    assertThat(again.version()).isEqualTo(2);
  }

  @Test
  public void lists_the_inspections_of_one_organization_in_id_order_and_no_other() {
    Inspection b = inspections().save(SupervisionSamples.opened("inspection-b", SupervisionSamples.PO));
    Inspection a = inspections().save(SupervisionSamples.opened("inspection-a", SupervisionSamples.PO));
    inspections().save(SupervisionSamples.opened("inspection-c", SupervisionSamples.OTHER_PO));

    assertThat(inspections().of(SupervisionSamples.PO)).containsExactly(a, b);
  }

  @Override
  protected final String aggregateType() {
    return "Inspection";
  }

  @Override
  protected final Inspection sample(int n) {
    return SupervisionSamples.opened("inspection-" + n, SupervisionSamples.PO);
  }

  @Override
  protected final Inspection changed(Inspection i) {
    return new Inspection(i.id(), i.version(), i.organization(), i.authority(), i.openedOn(), i.subject() + "（专项）", i.findings());
  }

  @Override
  protected final Inspection save(Inspection i) {
    return inspections().save(i);
  }

  @Override
  protected final Optional<Inspection> find(InspectionId id) {
    return inspections().find(id);
  }

  @Override
  protected final InspectionId id(Inspection i) {
    return i.id();
  }

  @Override
  protected final long version(Inspection i) {
    return i.version();
  }

  @Override
  protected final Inspection withVersion(Inspection i, long version) {
    return i.withVersion(version);
  }
}
