package dev.clustergov.core.governance;

import java.util.Objects;

/** A natural person who holds a seat (人员): identified, with a name. */
public record Person(PersonId id, String name) {
  public Person {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
  }
}
