package dev.clustergov.core.ip;

import java.time.LocalDate;
import java.util.Objects;

/** A party's signature under one revision of the terms (签署): which party, signed by whom, when. */
public record Signature(String party, String signatory, LocalDate on) {
  public Signature {
    Objects.requireNonNull(party, "party");
    Objects.requireNonNull(signatory, "signatory");
    Objects.requireNonNull(on, "on");
  }
}
