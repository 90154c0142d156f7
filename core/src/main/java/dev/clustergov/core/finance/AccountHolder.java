package dev.clustergov.core.finance;

import dev.clustergov.core.organization.OrganizationId;
import java.util.Objects;

/**
 * Who in the registry records a given bank account number (账户使用方, Art.12): a PO as its own
 * account, or a founder of a PO (named) as the founder's account.
 */
public record AccountHolder(OrganizationId organization, Role role, String name) {

  public enum Role { ORGANIZATION, FOUNDER }

  public AccountHolder {
    Objects.requireNonNull(organization, "organization");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(name, "name");
  }
}
