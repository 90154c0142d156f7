package dev.clustergov.core.organization;

import java.time.LocalDate;
import java.util.Objects;

/** The Party organization set up in the PO (党组织, Art.7(1)). */
public record PartyOrganization(PartyOrganizationForm form, String name, LocalDate setUpOn) {
  public PartyOrganization {
    Objects.requireNonNull(form, "form");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(setUpOn, "setUpOn");
  }
}
