package dev.clustergov.core.organization;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Basic facilities for the business (基本设施, Art.7(2)): a fixed office and office equipment. */
public record Facilities(Optional<String> officeAddress, List<String> equipment) {
  public static final Facilities NONE = new Facilities(Optional.empty(), List.of());

  public Facilities {
    Objects.requireNonNull(officeAddress, "officeAddress");
    equipment = List.copyOf(equipment);
  }
}
