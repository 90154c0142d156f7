package dev.clustergov.core.evaluation;

import dev.clustergov.core.supervision.EvaluationId;
import java.util.List;
import java.util.Objects;

/**
 * The dossier as it was recorded at an evaluation's moment (评价时记录在案的档案), kept with the evaluation (decision 0505):
 * the canonical lines of its {@link Snapshot}, each with its part and record, and the event log's last sequence number
 * when the evaluation read the dossier ({@code recordedThrough}): every record entered by then is in it, every one
 * entered after is not. Verifying the evaluation (复核) compares the registry's records with these lines: a record
 * that differs without an event recorded after this moment was changed outside the registry's commands.
 */
public record DossierAsRecorded(EvaluationId evaluation, long recordedThrough, List<Snapshot.Entry> entries) {

  public DossierAsRecorded {
    Objects.requireNonNull(evaluation, "evaluation");
    if (recordedThrough < 0) {
      throw new IllegalArgumentException("recordedThrough is a sequence number of the event log, 0 or more: " + recordedThrough);
    }
    entries = List.copyOf(entries);
  }

  /** The canonical text these lines make: its hash is the evaluation's dossier hash when the copy is intact. */
  public String text() {
    return Snapshot.text(entries);
  }

  /** SHA-256 of {@link #text}. */
  public String hash() {
    return Snapshot.hash(text());
  }
}
