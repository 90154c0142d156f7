package dev.clustergov.examples;

import dev.clustergov.examples.host.ProvincialPlatform;
import java.io.PrintStream;

/** The {@code embedded-host} subcommand: {@link ProvincialPlatform} on a fresh H2 database in memory. */
final class EmbeddedHost {

  private EmbeddedHost() {}

  static int run(PrintStream out) {
    return ProvincialPlatform.run(out);
  }
}
