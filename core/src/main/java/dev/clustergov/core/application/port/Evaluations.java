package dev.clustergov.core.application.port;

import dev.clustergov.core.organization.OrganizationId;
import dev.clustergov.core.supervision.Evaluation;
import dev.clustergov.core.supervision.EvaluationId;
import java.util.List;
import java.util.Optional;

/** The record of third-party evaluations (评价记录, Art.28), with their scores and explanations: a driven port. */
public interface Evaluations {
  Optional<Evaluation> find(EvaluationId id);

  /** Optimistic like {@link Clusters#save}; an evaluation is recorded once and not changed. */
  Evaluation save(Evaluation evaluation);

  /**
   * Keeps the dossier as it was recorded at the evaluation's moment beside the evaluation (decision 0505), in the unit
   * of work that records it; once, and not changed.
   */
  void keep(dev.clustergov.core.evaluation.DossierAsRecorded dossier);

  /**
   * The dossier kept with evaluation {@code id}, its lines in their order; empty for an evaluation recorded before
   * these were kept (the old form, verified by the records' dates alone).
   */
  Optional<dev.clustergov.core.evaluation.DossierAsRecorded> dossierAsRecorded(EvaluationId id);

  /** Every evaluation of {@code organization}, oldest first (by day, then id). */
  List<Evaluation> of(OrganizationId organization);

  /**
   * {@link #of(OrganizationId)} of each of {@code organizations} at once (a page of a registry-wide task): every PO asked about is a key, with the same list, in the same
   * order, as the per-PO method gives. An adapter over a database answers with one query per table.
   */
  default java.util.Map<OrganizationId, List<Evaluation>> of(java.util.Set<OrganizationId> organizations) {
    return ByOrganization.each(organizations, this::of);
  }
}
