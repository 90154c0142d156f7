package dev.clustergov.core.application.port;

import dev.clustergov.core.organization.OrganizationId;
import java.util.Objects;

/**
 * A proposal sent with an idempotency key (幂等键): the key, a fingerprint of who sent what, and the PO it
 * founded — so that the same proposal sent again under its key (after a timeout, say) answers with that PO
 * instead of founding a second.
 */
public record KeyedProposal(String key, String fingerprint, OrganizationId organization) {
  public KeyedProposal {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(fingerprint, "fingerprint");
    Objects.requireNonNull(organization, "organization");
  }
}
