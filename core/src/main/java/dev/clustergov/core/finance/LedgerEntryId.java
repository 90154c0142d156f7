package dev.clustergov.core.finance;

import dev.clustergov.core.kernel.Identifier;
import dev.clustergov.core.kernel.Violation;
import io.vavr.control.Validation;

/** The identifier of a ledger entry (账目标识): an income or an expenditure. */
public record LedgerEntryId(String value) implements Comparable<LedgerEntryId> {
  public LedgerEntryId {
    Identifier.require(value);
  }

  public static Validation<Violation, LedgerEntryId> parse(String field, String raw) {
    return Identifier.check(field, raw).map(LedgerEntryId::new);
  }

  @Override
  public int compareTo(LedgerEntryId o) {
    return value.compareTo(o.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
