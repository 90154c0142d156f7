package dev.clustergov.core.testkit.memory;

import dev.clustergov.core.application.port.Platforms;
import dev.clustergov.core.testkit.contract.PlatformsContract;

class InMemoryPlatformsTest extends PlatformsContract {
  @Override
  protected Platforms freshPlatforms() {
    return new InMemoryClustergov().platforms();
  }
}
