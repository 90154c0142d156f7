package dev.clustergov.core.testkit.memory;

import dev.clustergov.core.application.port.Authorities;
import dev.clustergov.core.testkit.contract.AuthoritiesContract;

class InMemoryAuthoritiesTest extends AuthoritiesContract {
  @Override
  protected Authorities freshAuthorities() {
    return new InMemoryClustergov().authorities();
  }
}
