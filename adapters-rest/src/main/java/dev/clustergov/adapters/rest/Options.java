package dev.clustergov.adapters.rest;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * The command line (启动参数): each flag may also come from an environment variable; a flag wins over
 * the environment.
 */
record Options(int port, Path dataDir, Optional<String> dbUrl, Optional<String> dbUser, Optional<String> dbPassword,
    Optional<Path> tokens, Optional<String> tokenLines, boolean demo, long dbWaitMs, java.util.OptionalInt metricsPort,
    String metricsHost, LogFormat logFormat, Path signingKey, Optional<Path> publicKey, long checkpointSeconds, boolean verify,
    long stopGraceSeconds) {

  /** How long SIGTERM lets requests in flight run before the server stops anyway (decision 0521). */
  static final long DEFAULT_STOP_GRACE_SECONDS = 30;

  /** How the log is written: lines of text for a person, or one JSON object a line for a log pipeline. */
  enum LogFormat {
    TEXT,
    JSON
  }

  static final String USAGE = """
      usage: java -jar clustergov-server.jar [options]
             java -jar clustergov-server.jar verify [--data-dir DIR | --db-url URL …] [--public-key FILE]

        --port N            HTTP port (default 8080)                     CLUSTERGOV_PORT
        --data-dir DIR      embedded H2 database folder (default ./clustergov-data)  CLUSTERGOV_DATA_DIR
        --db-url URL        PostgreSQL JDBC URL instead of H2            CLUSTERGOV_DB_URL
        --db-user USER                                                   CLUSTERGOV_DB_USER
        --db-password PW                                                 CLUSTERGOV_DB_PASSWORD
        --db-wait-ms N      how long a request waits for a database connection before
                            it is answered 503 (default 2000)            CLUSTERGOV_DB_WAIT_MS
        --tokens FILE       bearer tokens, one '<token> <role> <scope…>' a line   CLUSTERGOV_TOKENS
                            (or the lines themselves, ';'-separated, in CLUSTERGOV_TOKEN_LINES)
        --metrics-port N    serve Prometheus metrics at /metrics on this port, apart from
                            the public one (default: no metrics)         CLUSTERGOV_METRICS_PORT
        --metrics-host H    the address the metrics listener binds
                            (default 127.0.0.1)                          CLUSTERGOV_METRICS_HOST
        --log-format F      text (default) or json: one JSON object a line  CLUSTERGOV_LOG_FORMAT
        --signing-key FILE  Ed25519 key that signs checkpoints of the event log, kept outside
                            the database; created (mode 0600, and FILE.pub) when absent
                            (default ./clustergov-signing.key)           CLUSTERGOV_SIGNING_KEY
        --checkpoint-seconds N  how often the head is signed (default 60) CLUSTERGOV_CHECKPOINT_SECONDS
        --public-key FILE   verify only: the public key (FILE.pub, kept elsewhere) to check
                            the checkpoints' signatures with; default: the --signing-key file
        --stop-grace-seconds N  on SIGTERM, how long requests in flight may run before the
                            server stops anyway, rolling back their units of work; the
                            process is gone at most 15 s later (default 30)  CLUSTERGOV_STOP_GRACE_SECONDS
        --demo              load the demo data set (idempotent)         CLUSTERGOV_DEMO=true
                            (true/false, 1/0, yes/no; anything else is a usage error)
        --version           print the version and exit
        --help

      exit codes, each failure told in one line on stderr:
        0  --help or --version answered
        143  stopped by SIGTERM (130: Ctrl-C), as the JVM reports a stop by a signal;
           1 when the stop had to halt, 15 s after --stop-grace-seconds
        1  an unexpected failure (-Dclustergov.trace=true prints its stack trace)
        2  usage: an unknown option or a bad value
        3  the data folder is unusable: a file, not writable, or in use by another process
        4  the database is out of reach, refused the login or cannot be migrated
        5  the tokens file (or CLUSTERGOV_TOKEN_LINES) cannot be read or has a bad line
        6  the port cannot be bound
        7  verify: the event log's chain, a checkpoint or a stored state did not check out
           (one line per problem on stdout)
        8  the signing key cannot be read or created
      """;

  /** Parses {@code args} over {@code env}; a bad flag is an {@link IllegalArgumentException} naming it. */
  static Options parse(String[] args, Map<String, String> env) {
    String port = env.get("CLUSTERGOV_PORT");
    String dataDir = env.get("CLUSTERGOV_DATA_DIR");
    String dbUrl = env.get("CLUSTERGOV_DB_URL");
    String dbUser = env.get("CLUSTERGOV_DB_USER");
    String dbPassword = env.get("CLUSTERGOV_DB_PASSWORD");
    String tokens = env.get("CLUSTERGOV_TOKENS");
    String tokenLines = env.get("CLUSTERGOV_TOKEN_LINES");
    String dbWait = env.get("CLUSTERGOV_DB_WAIT_MS");
    boolean demo = bool("CLUSTERGOV_DEMO", env.get("CLUSTERGOV_DEMO"));
    String metricsPort = env.get("CLUSTERGOV_METRICS_PORT");
    String metricsHost = env.get("CLUSTERGOV_METRICS_HOST");
    String logFormat = env.get("CLUSTERGOV_LOG_FORMAT");
    String signingKey = env.get("CLUSTERGOV_SIGNING_KEY");
    String checkpointSeconds = env.get("CLUSTERGOV_CHECKPOINT_SECONDS");
    String stopGrace = env.get("CLUSTERGOV_STOP_GRACE_SECONDS");
    String publicKey = null;
    boolean verify = args.length > 0 && args[0].equals("verify");
    for (int i = verify ? 1 : 0; i < args.length; i++) {
      String a = args[i];
      String value = null;
      String flag = a;
      int eq = a.indexOf('=');
      if (a.startsWith("--") && eq > 0) {
        flag = a.substring(0, eq);
        value = a.substring(eq + 1);
      }
      switch (flag) {
        case "--demo" -> demo = true;
        case "--help", "-h" -> throw new HelpRequested();
        case "--version" -> throw new VersionRequested();
        case "--port", "--data-dir", "--db-url", "--db-user", "--db-password", "--db-wait-ms", "--tokens", "--metrics-port",
            "--metrics-host", "--log-format", "--signing-key", "--checkpoint-seconds", "--public-key", "--stop-grace-seconds" -> {
          if (value == null) {
            if (i + 1 >= args.length) {
              throw new IllegalArgumentException(flag + " needs a value");
            }
            value = args[++i];
          }
          switch (flag) {
            case "--port" -> port = value;
            case "--data-dir" -> dataDir = value;
            case "--db-url" -> dbUrl = value;
            case "--db-user" -> dbUser = value;
            case "--db-password" -> dbPassword = value;
            case "--db-wait-ms" -> dbWait = value;
            case "--metrics-port" -> metricsPort = value;
            case "--metrics-host" -> metricsHost = value;
            case "--log-format" -> logFormat = value;
            case "--signing-key" -> signingKey = value;
            case "--checkpoint-seconds" -> checkpointSeconds = value;
            case "--public-key" -> publicKey = value;
            case "--stop-grace-seconds" -> stopGrace = value;
            default -> tokens = value;
          }
        }
        default -> throw new IllegalArgumentException("unknown option " + a);
      }
    }
    int p = 8080;
    if (port != null) {
      try {
        p = Integer.parseInt(port.strip());
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("--port must be a number, not " + port);
      }
      if (p < 0 || p > 65535) {
        throw new IllegalArgumentException("--port must be 0–65535");
      }
    }
    long waitMs = Storage.CONNECTION_TIMEOUT_MS;
    if (dbWait != null && !dbWait.isBlank()) {
      try {
        waitMs = Long.parseLong(dbWait.strip());
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("--db-wait-ms must be a number of milliseconds, not " + dbWait);
      }
      // HikariCP refuses less than 250 ms
      if (waitMs < 250) {
        throw new IllegalArgumentException("--db-wait-ms must be at least 250");
      }
    }
    java.util.OptionalInt metrics = java.util.OptionalInt.empty();
    if (metricsPort != null && !metricsPort.isBlank()) {
      try {
        metrics = java.util.OptionalInt.of(Integer.parseInt(metricsPort.strip()));
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("--metrics-port must be a number, not " + metricsPort);
      }
      if (metrics.getAsInt() < 0 || metrics.getAsInt() > 65535) {
        throw new IllegalArgumentException("--metrics-port must be 0–65535");
      }
    }
    long every = 60;
    if (checkpointSeconds != null && !checkpointSeconds.isBlank()) {
      try {
        every = Long.parseLong(checkpointSeconds.strip());
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("--checkpoint-seconds must be a number of seconds, not " + checkpointSeconds);
      }
      if (every < 1) {
        throw new IllegalArgumentException("--checkpoint-seconds must be at least 1");
      }
    }
    long grace = DEFAULT_STOP_GRACE_SECONDS;
    if (stopGrace != null && !stopGrace.isBlank()) {
      try {
        grace = Long.parseLong(stopGrace.strip());
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("--stop-grace-seconds must be a number of seconds, not " + stopGrace);
      }
      if (grace < 1 || grace > 3600) {
        throw new IllegalArgumentException("--stop-grace-seconds must be 1–3600");
      }
    }
    return new Options(p, Path.of(dataDir == null || dataDir.isBlank() ? "clustergov-data" : dataDir),
        blank(dbUrl), blank(dbUser), blank(dbPassword), blank(tokens).map(Path::of), blank(tokenLines), demo, waitMs,
        metrics, blank(metricsHost).orElse("127.0.0.1").strip(), logFormat(logFormat),
        Path.of(signingKey == null || signingKey.isBlank() ? "clustergov-signing.key" : signingKey), blank(publicKey).map(Path::of),
        every, verify, grace);

  }

  private static LogFormat logFormat(String raw) {
    if (raw == null || raw.isBlank()) {
      return LogFormat.TEXT;
    }
    return switch (raw.strip().toLowerCase(java.util.Locale.ROOT)) {
      case "text" -> LogFormat.TEXT;
      case "json" -> LogFormat.JSON;
      default -> throw new IllegalArgumentException("--log-format must be text or json, not '" + raw + "'");
    };
  }

  /** A yes-or-no from the environment: the usual spellings in any case, unset or blank as no, anything else refused. */
  static boolean bool(String name, String raw) {
    if (raw == null || raw.isBlank()) {
      return false;
    }
    return switch (raw.strip().toLowerCase(java.util.Locale.ROOT)) {
      case "true", "1", "yes" -> true;
      case "false", "0", "no" -> false;
      default -> throw new IllegalArgumentException(name + " must be true or false (or 1/0, yes/no), not '" + raw + "'");
    };
  }

  private static Optional<String> blank(String s) {
    return s == null || s.isBlank() ? Optional.empty() : Optional.of(s);
  }

  /** {@code --help}: print the usage and exit 0. */
  static final class HelpRequested extends RuntimeException {
    private static final long serialVersionUID = 1L;

    HelpRequested() {
      super("help", null, false, false);
    }
  }

  /** {@code --version}: print the version and exit 0. */
  static final class VersionRequested extends RuntimeException {
    private static final long serialVersionUID = 1L;

    VersionRequested() {
      super("version", null, false, false);
    }
  }
}
