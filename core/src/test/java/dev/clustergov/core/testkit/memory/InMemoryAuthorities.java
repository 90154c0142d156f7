package dev.clustergov.core.testkit.memory;

import dev.clustergov.core.application.port.Authorities;
import dev.clustergov.core.supervision.Authority;
import dev.clustergov.core.supervision.AuthorityId;
import java.util.List;
import java.util.Optional;

/** {@link Authorities} in memory; obtained from {@link InMemoryClustergov#authorities()}. */
final class InMemoryAuthorities implements Authorities {
  private final Guard guard;
  final VersionedStore<AuthorityId, Authority> store =
      new VersionedStore<>("Authority", Authority::id, Authority::version, Authority::withVersion);

  InMemoryAuthorities(Guard guard) {
    this.guard = guard;
  }

  @Override
  public Optional<Authority> find(AuthorityId id) {
    return guard.locked(() -> store.find(id));
  }

  @Override
  public Authority save(Authority authority) {
    return guard.locked(() -> store.save(authority));
  }

  @Override
  public List<Authority> all() {
    return guard.locked(() -> store.where(a -> true));
  }
}
