package dev.clustergov.core.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clustergov.core.application.port.Platforms;
import dev.clustergov.core.operation.Platform;
import dev.clustergov.core.operation.PlatformId;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link Platforms}: extend it with a factory of a fresh, empty adapter in which the
 * sample POs {@code org-001} and {@code org-002} may own platforms.
 */
public abstract class PlatformsContract extends VersionedAggregatesContract<Platform, PlatformId> {
  private Platforms platforms;

  protected abstract Platforms freshPlatforms();

  protected final Platforms platforms() {
    if (platforms == null) {
      platforms = freshPlatforms();
    }
    return platforms;
  }

  @Test
  public void keeps_a_restriction_with_its_reason() {
    Platform p = platforms().save(OperationSamples.restrictedPlatform("platform-9"));

    assertThat(platforms().find(p.id())).contains(p);
    assertThat(p.openToAllMembers()).isFalse();
    assertThat(p.restrictionReason()).isPresent();
  }

  @Test
  public void lists_the_platforms_of_one_organization_in_id_order_and_no_other() {
    Platform b = platforms().save(OperationSamples.platform("platform-b", OperationSamples.PO));
    Platform a = platforms().save(OperationSamples.platform("platform-a", OperationSamples.PO));
    platforms().save(OperationSamples.platform("platform-c", OperationSamples.OTHER_PO));

    assertThat(platforms().of(OperationSamples.PO)).containsExactly(a, b);
  }

  @Override
  protected final String aggregateType() {
    return "Platform";
  }

  @Override
  protected final Platform sample(int n) {
    return OperationSamples.platform("platform-" + n, OperationSamples.PO);
  }

  @Override
  protected final Platform changed(Platform p) {
    return new Platform(p.id(), p.version(), p.organization(), p.name(), p.kind(), p.role(), p.operator(), p.openedOn(), false,
        Optional.of("仅向共建单位开放"));
  }

  @Override
  protected final Platform save(Platform p) {
    return platforms().save(p);
  }

  @Override
  protected final Optional<Platform> find(PlatformId id) {
    return platforms().find(id);
  }

  @Override
  protected final PlatformId id(Platform p) {
    return p.id();
  }

  @Override
  protected final long version(Platform p) {
    return p.version();
  }

  @Override
  protected final Platform withVersion(Platform p, long version) {
    return p.withVersion(version);
  }
}
