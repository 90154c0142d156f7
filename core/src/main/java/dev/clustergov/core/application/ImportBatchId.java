package dev.clustergov.core.application;

import dev.clustergov.core.kernel.Identifier;
import dev.clustergov.core.kernel.Violation;
import io.vavr.control.Validation;

/**
 * The identifier of one import (导入批次): a file of member units or service activities recorded by a secretariat in one
 * unit of work. Every event the import records names it under {@code importBatch}, beside {@code actedBy}, so the event
 * log tells which file brought a record in and who uploaded it (decision 0516); an event recorded otherwise names none.
 */
public record ImportBatchId(String value) implements Comparable<ImportBatchId> {

  public ImportBatchId {
    Identifier.require(value);
  }

  public static Validation<Violation, ImportBatchId> parse(String field, String raw) {
    return Identifier.check(field, raw).map(ImportBatchId::new);
  }

  @Override
  public int compareTo(ImportBatchId o) {
    return value.compareTo(o.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
