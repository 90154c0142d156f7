package dev.clustergov.core.organization;

import java.util.Objects;
import java.util.Optional;

/**
 * A founding unit (发起单位, Art.2): its name, kind and, where given, its credit code and the number of
 * its own bank account — recorded so that the registry can tell the PO's account from its founders'
 * (Art.12).
 */
public record Founder(String name, FounderKind kind, Optional<CreditCode> creditCode, Optional<String> bankAccountNumber) {
  public Founder {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(creditCode, "creditCode");
    bankAccountNumber = Objects.requireNonNull(bankAccountNumber, "bankAccountNumber")
        .map(dev.clustergov.core.finance.BankAccount::canonical);
  }

  public Founder(String name, FounderKind kind, Optional<CreditCode> creditCode) {
    this(name, kind, creditCode, Optional.empty());
  }
}
