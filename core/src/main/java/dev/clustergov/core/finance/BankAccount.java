package dev.clustergov.core.finance;

import java.util.Objects;

/**
 * The PO's bank account (银行账户, Art.12): the holder's name, the number, the bank. The number is kept
 * in one canonical form — without the spaces and dashes a passbook groups digits with — so that the
 * same account written two ways is recognised as shared (Art.12).
 */
public record BankAccount(String holder, String number, String bank) {
  private static final java.util.regex.Pattern SEPARATORS = java.util.regex.Pattern.compile("[\\s\\-\u2010-\u2015\u3000]");
  public BankAccount {
    Objects.requireNonNull(holder, "holder");
    number = canonical(Objects.requireNonNull(number, "number"));
    Objects.requireNonNull(bank, "bank");
  }

  /** The account number without whitespace and dashes, letters upper-cased. */
  public static String canonical(String number) {
    return SEPARATORS.matcher(number).replaceAll("").toUpperCase(java.util.Locale.ROOT);
  }
}
