package dev.clustergov.core.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clustergov.core.application.port.Authorities;
import dev.clustergov.core.supervision.Authority;
import dev.clustergov.core.supervision.AuthorityId;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The contract of {@link Authorities}: extend it with a factory of a fresh, empty adapter. */
public abstract class AuthoritiesContract extends VersionedAggregatesContract<Authority, AuthorityId> {
  private Authorities authorities;

  /** A fresh, empty adapter; called once per test, on first use. */
  protected abstract Authorities freshAuthorities();

  protected final Authorities authorities() {
    if (authorities == null) {
      authorities = freshAuthorities();
    }
    return authorities;
  }

  @Test
  public void lists_every_authority_saved_at_its_latest_version() {
    Authority city = authorities().save(Samples.authority("authority-suzhou"));
    Authority province = authorities().save(
        new Authority(new AuthorityId("authority-jiangsu"), 0, "江苏省工业和信息化厅", Samples.JIANGSU));

    assertThat(authorities().all()).containsExactlyInAnyOrder(city, province);
  }

  @Override
  protected final String aggregateType() {
    return "Authority";
  }

  @Override
  protected final Authority sample(int n) {
    return Samples.authority("authority-" + n);
  }

  @Override
  protected final Authority changed(Authority a) {
    return new Authority(a.id(), a.version(), a.name() + "（更名）", a.jurisdiction());
  }

  @Override
  protected final Authority save(Authority a) {
    return authorities().save(a);
  }

  @Override
  protected final Optional<Authority> find(AuthorityId id) {
    return authorities().find(id);
  }

  @Override
  protected final AuthorityId id(Authority a) {
    return a.id();
  }

  @Override
  protected final long version(Authority a) {
    return a.version();
  }

  @Override
  protected final Authority withVersion(Authority a, long version) {
    return a.withVersion(version);
  }
}
