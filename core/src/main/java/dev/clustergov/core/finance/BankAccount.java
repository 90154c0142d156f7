package dev.clustergov.core.finance;

import java.util.Objects;

/** The PO's bank account (银行账户, Art.12): the holder's name, the number, the bank. */
public record BankAccount(String holder, String number, String bank) {
  public BankAccount {
    Objects.requireNonNull(holder, "holder");
    Objects.requireNonNull(number, "number");
    Objects.requireNonNull(bank, "bank");
  }
}
