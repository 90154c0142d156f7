package dev.clustergov.adapters.rest;

import dev.clustergov.adapters.rest.demo.Demo;
import dev.clustergov.adapters.rest.demo.DemoData;
import dev.clustergov.core.application.Clustergov;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code java -jar clustergov-server.jar [--port N] [--data-dir DIR] [--db-url URL …] [--tokens FILE] [--demo]}:
 * opens the storage, loads the demo data when asked, starts the server and stops it gracefully on
 * SIGTERM or Ctrl-C, letting requests in flight finish. A start that cannot go on is one line on stderr and
 * an exit code of {@link StartupFailure.Exit}, documented in {@code --help}.
 */
final class ServerMain {

  private static final Logger LOG = LoggerFactory.getLogger("clustergov.server");

  private ServerMain() {}

  public static void main(String[] args) {
    int code = launch(args, System.getenv(), System.out, System.err);
    if (code != 0) {
      System.exit(code);
    }
  }

  /**
   * Starts the server (it then runs until the JVM stops: on SIGTERM the process exits 143, decision 0521) and answers 0 to
   * {@link #main}, which then leaves the server's threads running; or answers {@code --help} or {@code --version}
   * on {@code out} and 0, or tells on {@code err} in one line why it cannot start and answers the exit code.
   */
  static int launch(String[] args, Map<String, String> env, PrintStream out, PrintStream err) {
    long started = System.nanoTime();
    try {
      Options options;
      try {
        options = Options.parse(args, env);
      } catch (Options.HelpRequested h) {
        out.print(Options.USAGE);
        return 0;
      } catch (Options.VersionRequested v) {
        out.println("clustergov-server " + version());
        return 0;
      } catch (IllegalArgumentException e) {
        throw new StartupFailure(StartupFailure.Exit.USAGE, e.getMessage() + " (--help lists the options)");
      }
      Logs.configure(options.logFormat());
      if (options.verify()) {
        return ChainGuard.verify(options, out);
      }
      run(options, started);
      return 0;
    } catch (StartupFailure f) {
      err.println("clustergov-server: " + f.getMessage());
      if (Boolean.getBoolean("clustergov.trace") && f.getCause() != null) {
        f.getCause().printStackTrace(err);
      }
      return f.exit().code;
    } catch (RuntimeException | Error e) {
      err.println("clustergov-server: unexpected failure at start (" + e.getClass().getSimpleName() + ": " + StartupFailure.root(e)
          + "); run again with -Dclustergov.trace=true for the stack trace, and report it");
      if (Boolean.getBoolean("clustergov.trace")) {
        e.printStackTrace(err);
      }
      return StartupFailure.Exit.UNEXPECTED.code;
    }
  }

  /** The version the build wrote into the jar ({@code version.properties}, filtered by Maven). */
  static String version() {
    try (InputStream in = ServerMain.class.getResourceAsStream("version.properties")) {
      Properties p = new Properties();
      if (in != null) {
        p.load(in);
      }
      String v = p.getProperty("version", "");
      return v.isBlank() || v.startsWith("${") ? "(unknown: not built by Maven)" : v;
    } catch (IOException e) {
      return "(unknown: " + e.getMessage() + ")";
    }
  }

  /**
   * Listens first, so that a load balancer sees the server at once — {@code /health} 200, {@code /ready} and every
   * route 503 — then opens and migrates the storage, loads the demo data when asked, and only then is ready.
   */
  static void run(Options options, long started) {
    ClustergovServer.Builder builder = ClustergovServer.builder();
    tokens(options, builder);
    options.metricsPort().ifPresent(p -> builder.metrics(options.metricsHost(), p));
    java.security.KeyPair keys = ChainGuard.keys(options.signingKey());
    java.util.concurrent.atomic.AtomicReference<java.util.Optional<String>> chain =
        new java.util.concurrent.atomic.AtomicReference<>(java.util.Optional.empty());
    builder.chainProblem(chain::get);
    // GET /chain/audit: the bounded audit of the start, run again on request (decision 0372)
    java.util.concurrent.atomic.AtomicReference<Storage> audited = new java.util.concurrent.atomic.AtomicReference<>();
    builder.chainAudit(() -> java.util.Optional.ofNullable(audited.get())
        .map(s -> s.verifier().auditSinceLastCheckpoint(java.util.Optional.of(keys.getPublic()))));
    StorageInWaiting waiting = new StorageInWaiting();
    // decision 0632: whether the storage holds demo data, known once it has arrived; until then nothing is served from it
    java.util.concurrent.atomic.AtomicBoolean demo = new java.util.concurrent.atomic.AtomicBoolean();
    builder.demo(demo::get);
    java.util.concurrent.atomic.AtomicReference<Storage> opened = new java.util.concurrent.atomic.AtomicReference<>();
    // the storage opens and migrates on a thread of its own while the server is built and starts listening: on two cores the
    // two take about as long each (issue 16, decision 0585); nothing is served from the storage before it has arrived
    java.util.concurrent.FutureTask<Storage> opening = new java.util.concurrent.FutureTask<>(() -> Storage.open(options));
    Thread opener = new Thread(opening, "clustergov-storage-open");
    opener.start();
    ClustergovServer server;
    try {
      server = listen(builder.ports(waiting::ports).readiness(() -> waiting.arrived() && opened.get().ready()), options.port());
    } catch (RuntimeException | Error e) {
      // the port's failure is the one reported; a storage that opened meanwhile is closed again
      abandon(opening, e);
      throw e;
    }
    LOG.info("listening on port {}; opening the storage", server.port());
    server.metricsPort().ifPresent(p -> LOG.info("metrics at http://{}:{}/metrics", options.metricsHost(), p));
    Storage storage;
    try {
      try {
        storage = arrived(opening);
      } catch (IllegalArgumentException e) {
        throw new StartupFailure(StartupFailure.Exit.USAGE, e.getMessage() + " (--help lists the options)");
      }
      opened.set(storage);
      audited.set(storage);
      server.meterRegistry().ifPresent(storage::meter);
    } catch (RuntimeException | Error e) {
      server.stop(Duration.ZERO);
      throw e;
    }
    ChainGuard guard;
    try {
      guard = ChainGuard.atStart(storage, keys, chain, options.checkpointSeconds());
      Clustergov gov = Clustergov.using(storage.ports());
      if (guard.broken()) {
        // nothing is written to a broken chain: no bootstrap, no demo; reads are served, /ready says why not
        demo.set(demoData(options, gov.queries()));
        waiting.arrive(storage.ports());
      } else {
        start(options, storage, gov);
        demo.set(demoData(options, gov.queries()));
        waiting.arrive(storage.ports());
      }
    } catch (RuntimeException | Error e) {
      server.stop(Duration.ZERO);
      storage.close();
      throw e;
    }
    LOG.info("clustergov server on port {} — storage {}; tokens {}; ready in {} ms; version {}", server.port(),
        storage.describe(), builder.tokenCount(), (System.nanoTime() - started) / 1_000_000, version());
    Duration grace = Duration.ofSeconds(options.stopGraceSeconds());
    Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(server, guard, storage, grace), "clustergov-shutdown"));
  }

  /** The storage {@code opening} opened, or what it threw, as {@link Storage#open} would have thrown it on this thread. */
  private static Storage arrived(java.util.concurrent.FutureTask<Storage> opening) {
    boolean interrupted = false;
    try {
      while (true) {
        try {
          return opening.get();
        } catch (InterruptedException e) {
          // the start is not given up half way: the storage's own thread would go on opening it
          interrupted = true;
        } catch (java.util.concurrent.ExecutionException e) {
          Throwable cause = e.getCause();
          if (cause instanceof RuntimeException r) {
            throw r;
          }
          if (cause instanceof Error err) {
            throw err;
          }
          throw new IllegalStateException("opening the storage failed", cause);
        }
      }
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /** After the start failed: waits for the storage being opened and closes it; what opening it threw goes with {@code failure}. */
  private static void abandon(java.util.concurrent.FutureTask<Storage> opening, Throwable failure) {
    try {
      arrived(opening).close();
    } catch (RuntimeException | Error e) {
      failure.addSuppressed(e);
    }
  }

  /**
   * How long after its grace the stop may still take — Jetty's last answers, the final checkpoint, the pool aborting the
   * connections of units of work cut short — before the process halts regardless (decision 0521).
   */
  static final Duration STOP_MARGIN = Duration.ofSeconds(15);

  /**
   * SIGTERM (decision 0521): requests in flight may run for {@code grace}; then the server stops anyway, and the storage is
   * closed, which aborts the connections of units of work still running — they roll back, nothing of them is written. The
   * whole stop runs on a thread of its own: should any of it hang, the process halts {@link #STOP_MARGIN} after the grace.
   */
  static void stop(ClustergovServer server, ChainGuard guard, Storage storage, Duration grace) {
    LOG.info("stopping: letting requests in flight finish (at most {} s)", grace.toSeconds());
    Thread stopping = new Thread(() -> {
      // each step whatever the one before did: a storage left open would leave the units of work cut short to the exit
      try {
        server.stop(grace, Logs::quietCutShort);
      } finally {
        try {
          guard.stop();
        } finally {
          storage.close();
        }
      }
    }, "clustergov-stop");
    stopping.setDaemon(true);
    stopping.start();
    try {
      stopping.join(grace.plus(STOP_MARGIN).toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    if (stopping.isAlive()) {
      LOG.error("not stopped {} s after the grace of {} s: halting; units of work still running are rolled back by the database",
          STOP_MARGIN.toSeconds(), grace.toSeconds());
      Runtime.getRuntime().halt(StartupFailure.Exit.UNEXPECTED.code);
    }
    LOG.info("stopped");
    Logs.flushAccess();
  }

  /**
   * Whether the server's pages say 演示数据 · Demo data (decision 0632): when started with {@code --demo}, and also when the
   * storage holds the demo's named set though the flag was not given this time — a server restarted over a demo folder or
   * database serves the same fiction, and the flag is a request to load, not a property of the data.
   */
  static boolean demoData(Options options, dev.clustergov.core.application.Queries queries) {
    return options.demo() || Demo.present(queries);
  }

  private static void start(Options options, Storage storage, Clustergov gov) {
    {
      Demo.bootstrap(gov);
      if (options.demo()) {
        LOG.info("loading the demo data");
        LOG.info(Demo.loadAll(storage.ports(), DemoData.Size.DEMO).strip());
      }
    }
  }

  private static void tokens(Options options, ClustergovServer.Builder builder) {
    try {
      if (options.tokens().isPresent()) {
        if (!Files.isReadable(options.tokens().get())) {
          throw new StartupFailure(StartupFailure.Exit.TOKENS, "--tokens " + options.tokens().get() + " cannot be read:"
              + " create it (one '<token> <role> <scope…>' a line), let this user read it, or name another file");
        }
        builder.tokensFile(options.tokens().get());
      } else if (options.tokenLines().isPresent()) {
        builder.tokens(options.tokenLines().get());
      }
    } catch (IOException e) {
      throw new StartupFailure(StartupFailure.Exit.TOKENS, "--tokens " + options.tokens().orElse(null) + " cannot be read ("
          + StartupFailure.root(e) + "): let this user read it, or name another file", e);
    } catch (IllegalArgumentException e) {
      String source = options.tokens().isPresent() ? "--tokens" : "CLUSTERGOV_TOKEN_LINES";
      throw new StartupFailure(StartupFailure.Exit.TOKENS, "the tokens in " + source + " are invalid (" + e.getMessage()
          + "): correct those lines", e);
    }
  }

  private static ClustergovServer listen(ClustergovServer.Builder builder, int port) {
    try {
      return builder.start("0.0.0.0", port);
    } catch (io.javalin.util.JavalinException e) {
      throw new StartupFailure(StartupFailure.Exit.PORT, "cannot listen on port " + port + " (" + StartupFailure.root(e)
          + "): stop what holds it, or give another --port", e);
    } catch (java.io.UncheckedIOException e) {
      throw new StartupFailure(StartupFailure.Exit.PORT, e.getMessage() + ": stop what holds it, or give another --metrics-port"
          + " or --metrics-host", e);
    }
  }
}
