package dev.clustergov.core.ip;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/** One version of an agreement's terms (协议文本版本), numbered from 1, and the signatures under it. */
public record Revision(int number, LocalDate proposedOn, Terms terms, List<Signature> signatures) {
  public Revision {
    Objects.requireNonNull(proposedOn, "proposedOn");
    Objects.requireNonNull(terms, "terms");
    signatures = List.copyOf(signatures);
    if (number < 1) {
      throw new IllegalArgumentException("revision numbers start at 1");
    }
    if (signatures.stream().map(Signature::party).distinct().count() != signatures.size()) {
      throw new IllegalArgumentException("a party signs a revision once");
    }
    if (signatures.stream().anyMatch(s -> s.on().isBefore(proposedOn))) {
      throw new IllegalArgumentException("a signature cannot precede the text it signs");
    }
  }

  public Set<String> signedBy() {
    return signatures.stream().map(Signature::party).collect(Collectors.toSet());
  }

  public Revision with(Signature s) {
    List<Signature> more = new ArrayList<>(signatures);
    more.add(s);
    return new Revision(number, proposedOn, terms, more);
  }
}
