package dev.clustergov.adapters.rest;

import dev.clustergov.core.application.Clustergov;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code java -jar clustergov-server.jar [--port N] [--data-dir DIR] [--db-url URL …] [--tokens FILE] [--demo]}:
 * opens the storage, loads the demo data when asked, starts the server and stops it gracefully on
 * SIGTERM or Ctrl-C, letting requests in flight finish.
 */
final class ServerMain {

  private static final Logger LOG = LoggerFactory.getLogger("clustergov.server");

  private ServerMain() {}

  public static void main(String[] args) {
    long started = System.nanoTime();
    Options options;
    try {
      options = Options.parse(args, System.getenv());
    } catch (Options.HelpRequested h) {
      System.out.print(Options.USAGE);
      return;
    } catch (IllegalArgumentException e) {
      System.err.println("clustergov-server: " + e.getMessage());
      System.err.print(Options.USAGE);
      System.exit(2);
      return;
    }
    try {
      run(options, started);
    } catch (IllegalArgumentException | IOException e) {
      System.err.println("clustergov-server: " + e.getMessage());
      System.exit(2);
    } catch (io.javalin.util.JavalinException e) {
      System.err.println("clustergov-server: cannot listen on port " + options.port() + " (" + rootMessage(e) + ")");
      System.exit(1);
    }
  }

  private static String rootMessage(Throwable t) {
    Throwable c = t;
    while (c.getCause() != null && c.getCause() != c) {
      c = c.getCause();
    }
    return c.getMessage();
  }

  static void run(Options options, long started) throws IOException {
    ClustergovServer.Builder builder = ClustergovServer.builder();
    if (options.tokens().isPresent()) {
      if (!Files.isReadable(options.tokens().get())) {
        throw new IllegalArgumentException("--tokens: cannot read " + options.tokens().get());
      }
      builder.tokensFile(options.tokens().get());
    } else if (options.tokenLines().isPresent()) {
      builder.tokens(options.tokenLines().get());
    }
    Storage storage = Storage.open(options);
    Clustergov gov = Clustergov.using(storage.ports());
    Demo.bootstrap(gov);
    if (options.demo()) {
      LOG.info(Demo.loadAll(storage.ports(), DemoData.Size.DEMO).strip());
    }
    ClustergovServer server = builder.ports(storage::ports).readiness(storage::ready).start("0.0.0.0", options.port());
    LOG.info("clustergov server on port {} — storage {}; {} token(s); ready in {} ms", server.port(), storage.describe(),
        builder.tokenCount(), (System.nanoTime() - started) / 1_000_000);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      LOG.info("stopping: letting requests in flight finish");
      server.stop(Duration.ofSeconds(20));
      storage.close();
      LOG.info("stopped");
    }, "clustergov-shutdown"));
  }
}
