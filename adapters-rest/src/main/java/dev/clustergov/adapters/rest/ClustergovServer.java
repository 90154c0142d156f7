package dev.clustergov.adapters.rest;

import dev.clustergov.adapters.rest.Route.Reply;
import dev.clustergov.core.application.Clustergov;
import dev.clustergov.core.application.Ports;
import dev.clustergov.core.kernel.Language;
import dev.clustergov.core.kernel.Text;
import dev.clustergov.core.organization.OrganizationId;
import dev.clustergov.core.supervision.AuthorityId;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpResponseException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The reference REST server (参考服务端): the core's use cases and queries over HTTP. The one public
 * entry point of this module besides the runnable jar's main class.
 *
 * <pre>{@code
 * ClustergovServer server = ClustergovServer.builder()
 *     .ports(() -> new InMemoryClustergov().ports())     // or JdbcClustergov.migrateAndConnect(…).ports()
 *     .tokens("s3cret-token-of-suzhou authority authority-000002")
 *     .start("127.0.0.1", 8080);
 * }</pre>
 */
public final class ClustergovServer {

  private static final Logger ACCESS = LoggerFactory.getLogger("clustergov.access");
  private static final Logger LOG = LoggerFactory.getLogger(ClustergovServer.class);

  /** How long Jetty waits, at most, for responses in flight to be written once the server stops. */
  static final long STOP_TIMEOUT_MS = 20_000;

  /** How long Jetty is given, at least, to stop once the grace of {@link #stop} has run out (decision 0521). */
  static final long STOP_FLOOR_MS = 500;

  /**
   * Worker threads, at most (decision 0370). A request holds one only while it runs: a slow body no longer holds one
   * at the client's pace (the minimum data rate, the body deadline and the close instead of draining).
   */
  static final int MAX_THREADS = 200;

  static final int MIN_THREADS = 8;

  /** Open connections, at most: beyond, Jetty stops accepting until one closes (decision 0370). */
  static final int MAX_CONNECTIONS = 6_000;

  /**
   * Connections the kernel keeps established while they wait to be accepted (the listen backlog; Linux caps it at
   * {@code net.core.somaxconn}, 4,096 by default). Jetty's default, 0, leaves the JDK's 50: a burst of a few hundred
   * connections overflowed it, and a {@code /health} probe whose SYN was dropped then waited out the 1 s retransmission
   * (issue 15, {@code SlowClientsProcessTest}).
   */
  static final int ACCEPT_QUEUE = 1_024;

  /** A connection silent this long is closed (Jetty's default is 30 s). */
  static final long IDLE_TIMEOUT_MS = 10_000;

  /**
   * A body still arriving more slowly than this, averaged from its first read, once {@link Exchange#BODY_RATE_GRACE_MS}
   * have passed, is refused with 408 (decision 0370). Not Jetty's {@code setMinRequestDataRate}: it has no grace, so a
   * small body whose last packet comes 200 ms late would be refused.
   */
  static final long MIN_REQUEST_DATA_RATE = 1024;

  /** A connection whose first request's headers have not all arrived this long after it opened is closed. */
  static final long HEADER_DEADLINE_MS = 10_000;

  /**
   * Up to this much more is added to each connection's header deadline, at random: slowloris connections opened in one
   * burst otherwise all reach their deadline in the same instant and, closed and reopened together, come back as a
   * second burst (issue 15: at 2,000 + 2,000 connections, the one {@code SlowClientsProcessTest} run over its p99 bound).
   */
  static final long HEADER_DEADLINE_SPREAD_MS = 2_000;

  /**
   * Closes a connection that has not sent the headers of its first request within {@link #HEADER_DEADLINE_MS}, plus a
   * random part of up to {@link #HEADER_DEADLINE_SPREAD_MS} (decision 0370): a slowloris client sending a header byte a second never trips the idle timeout, and without
   * this it would hold its place under the connection limit for as long as it likes.
   *
   * <p>The deadline is cancelled when the connection closes: a pending one held its closed connection, with its
   * parser, request and response, for the rest of the 10 s — at 1,600 connections opened and closed a second, 16,000
   * of them, 140 MB of live heap, young pauses of 250 ms and full ones of 1.5 s (issue 15, {@code SlowClientsProcessTest}).
   */
  static final class HeaderDeadline implements org.eclipse.jetty.io.Connection.Listener {
    private final org.eclipse.jetty.util.thread.Scheduler scheduler;
    private final java.util.Map<org.eclipse.jetty.io.Connection, org.eclipse.jetty.util.thread.Scheduler.Task> pending =
        new java.util.concurrent.ConcurrentHashMap<>();

    HeaderDeadline(org.eclipse.jetty.util.thread.Scheduler scheduler) {
      this.scheduler = scheduler;
    }

    @Override
    public void onOpened(org.eclipse.jetty.io.Connection connection) {
      pending.put(connection, scheduler.schedule(() -> {
        pending.remove(connection);
        if (connection.getMessagesIn() == 0 && connection.getEndPoint().isOpen()) {
          connection.getEndPoint().close();
        }
      }, HEADER_DEADLINE_MS + java.util.concurrent.ThreadLocalRandom.current().nextLong(HEADER_DEADLINE_SPREAD_MS + 1),
          java.util.concurrent.TimeUnit.MILLISECONDS));
    }

    @Override
    public void onClosed(org.eclipse.jetty.io.Connection connection) {
      org.eclipse.jetty.util.thread.Scheduler.Task deadline = pending.remove(connection);
      if (deadline != null) {
        deadline.cancel();
      }
    }

    /** Deadlines not yet run nor cancelled: one per open connection that has not yet passed its deadline. */
    int pending() {
      return pending.size();
    }
  }

  /** The default request size limit: 1 MiB is far above any founding application. */
  public static final long DEFAULT_MAX_BODY = 1024 * 1024;

  private final Javalin app;
  /** Jetty's server under Javalin, whose stop timeout {@link #stop} narrows to what is left of the grace (decision 0521). */
  private volatile org.eclipse.jetty.server.Server jetty;
  private final List<Route> routes;
  private final AtomicBoolean draining = new AtomicBoolean();
  private final AtomicInteger inFlight = new AtomicInteger();
  /** The requests in flight, {@code METHOD path} by their context: what a forced stop names as cut short (decision 0521). */
  private final java.util.Map<Context, String> running = new java.util.concurrent.ConcurrentHashMap<>();
  /** Whether the stop has cut requests short: their failures from then on are one line each, never a trace. */
  private final AtomicBoolean cuttingShort = new AtomicBoolean();
  /** The metrics and their management listener, when asked for (decision 0373); {@code null} otherwise. */
  private final Metrics metrics;
  /** The answers of a PO's GET routes, kept by read stamp (decision 0420). */
  private final ReadModel readModel;
  /** What an evaluator's token grants now (Art.28, decision 0580): read once a request, kept by the evaluator's version. */
  private final EvaluatorGrants grants;
  /** A creating request's Idempotency-Key, kept with its writes (decision 0540). */
  private final IdempotencyKeys keys;
  /** Whom a member token names: a current member unit or seat holder of its PO, checked per request (decision 0550). */
  private final Members members;

  /** The request attribute holding the route template a request was routed to, for the metrics. */
  private static final String ROUTE_TEMPLATE = "clustergov.route";

  private ClustergovServer(Builder b) {
    Ports ports = Rehearsal.guard(Objects.requireNonNull(b.ports.get(), "ports"));
    Clustergov gov = Clustergov.using(ports);
    // Art.15, Art.17, Art.8(2), decision 0550: whom a member token names, and the names it is a dispute's party by
    this.members = new Members(ports);
    // Art.28, decisions 0380, 0580: an evaluator reads a PO while an engagement by the PO's authority runs today, decided on
    // the evaluator as stored now — its version read on each request, the evaluator kept under it
    this.grants = new EvaluatorGrants(ports.evaluators(), ports.events(), ports.clock());
    Access access = new Access(id -> ports.authorities().find(new AuthorityId(id)).map(a -> a.jurisdiction()), grants::engaged,
        members::namesOf);
    Supplier<Tokens> tokens;
    try {
      Tokens fixed = b.tokens;
      tokens = b.tokensFile != null ? new TokensFile(b.tokensFile, b.tokens) : () -> fixed;
    } catch (IOException e) {
      throw new java.io.UncheckedIOException("cannot read the tokens file " + b.tokensFile, e);
    }
    Supplier<java.util.Optional<String>> chainProblem = b.chainProblem;
    BooleanSupplier storageReady = b.ready != null ? b.ready : () -> {
      ports.events().last();
      return true;
    };
    BooleanSupplier ready = () -> {
      if (draining.get()) {
        return false;
      }
      if (chainProblem.get().isPresent()) {
        return false;
      }
      try {
        return storageReady.getAsBoolean();
      } catch (RuntimeException e) {
        return false;
      }
    };
    // the OpenAPI document is written when first asked for, not at start, where it was a tenth of the time to ready (issue 16,
    // decision 0585); the routes it documents are fixed here, so every request gets the same bytes
    java.util.concurrent.atomic.AtomicReference<List<Route>> documented = new java.util.concurrent.atomic.AtomicReference<>();
    java.util.concurrent.atomic.AtomicReference<byte[]> openApi = new java.util.concurrent.atomic.AtomicReference<>();
    Supplier<byte[]> openApiDocument =
        () -> openApi.updateAndGet(written -> written != null ? written : Json.write(OpenApi.document(documented.get())));
    this.readModel = new ReadModel(gov.queries(), b.readModelBytes);
    this.keys = new IdempotencyKeys(ports.unitOfWork());
    Api api = new Api(gov, ports, access, ready, chainProblem, b.chainAudit, openApiDocument, new Pages(gov.queries()));
    this.routes = api.routes();
    documented.set(routes);
    long maxBody = b.maxBody;
    this.metrics = b.metricsPort < 0 ? null : new Metrics(b.metricsHost, b.metricsPort, inFlight);

    this.app = Javalin.create(cfg -> {
      // before any route: a request is matched only against the routes its path's first segment allows (decision 0614)
      IndexedRouter.install(cfg);
      cfg.startup.showJavalinBanner = false;
      cfg.startup.showOldJavalinVersionWarning = false;
      cfg.http.maxRequestSize = maxBody;
      cfg.http.prefer405over404 = true;
      cfg.http.compressionStrategy = compression();
      // connection and body limits (decision 0370): a bounded pool, a capped number of connections, a minimum data rate
      var pool = new org.eclipse.jetty.util.thread.QueuedThreadPool(MAX_THREADS, MIN_THREADS, 60_000);
      pool.setName("clustergov-http");
      cfg.jetty.threadPool = pool;
      org.eclipse.jetty.server.Server[] jetty = new org.eclipse.jetty.server.Server[1];
      cfg.events.serverStarting(() -> {
        for (var c : jetty[0].getConnectors()) {
          if (c instanceof org.eclipse.jetty.server.ServerConnector s) {
            s.setAcceptQueueSize(ACCEPT_QUEUE); // before the server starts, which opens the socket
          }
          if (c instanceof org.eclipse.jetty.server.AbstractConnector a) {
            a.setIdleTimeout(IDLE_TIMEOUT_MS);
            a.addBean(new HeaderDeadline(a.getScheduler()));
          }
        }
      });
      // Jetty finishes writing the responses of requests in flight before it closes their connections
      cfg.jetty.modifyServer(server -> {
        server.setStopTimeout(STOP_TIMEOUT_MS);
        jetty[0] = server;
        this.jetty = server;
        server.addBean(new org.eclipse.jetty.server.NetworkConnectionLimit(MAX_CONNECTIONS, server));
        // what Jetty answers itself, before a route runs (a URI or headers too long, a request it cannot parse):
        // a problem with the security headers too, never its HTML error page
        server.setErrorHandler(new JettyErrors());
      });
      cfg.jetty.modifyServletContextHandler(context -> context.insertHandler(new org.eclipse.jetty.server.handler.GracefulHandler()));
      // Swagger UI and the page's script, read when asked for: Javalin's static files cost a quarter of the start (0341)
      Assets assets = new Assets();
      for (HandlerType m : List.of(HandlerType.GET, HandlerType.HEAD)) { // HEAD as GET: a missing file is 404 (decision 0555)
        cfg.routes.addHttpHandler(m, Assets.WEBJARS + "<file>", ctx -> assets.serve(ctx, "META-INF/resources/webjars", ctx.pathParam("file")));
        cfg.routes.addHttpHandler(m, Assets.ASSETS + "<file>", ctx -> assets.serve(ctx, "assets", ctx.pathParam("file")));
      }
      cfg.requestLogger.http((ctx, ms) -> {
        ACCESS.info("{} {} {} {}ms", ctx.method().name(), ctx.path(), ctx.status().getCode(), Math.round(ms));
        if (metrics != null) {
          metrics.request(routeTemplate(ctx), ctx.method().name(), ctx.status().getCode(), Math.round(ms * 1_000_000));
        }
      });
      BooleanSupplier demo = b.demo;
      cfg.routes.before(ctx -> {
        securityHeaders(ctx);
        identityUnlessAsked(ctx);
        if (demo.getAsBoolean()) {
          // decision 0632: a demo server says so on every answer, and every page shows it
          ctx.header(DemoNotice.HEADER, "true");
          ctx.attribute(DemoNotice.HEADER, Boolean.TRUE);
        }
      });
      cfg.routes.before(ClustergovServer::noMethodOverride);
      // a HEAD's body is drained before anything else (decision 0522): Javalin answered HEAD itself then, without the route's
      // handler, and Jetty closed the connection after an answer that had said it stays open (KeptAliveFramingTest). HEAD now
      // runs the GET's pipeline (decision 0555), which drains too; this stays for a HEAD refused before it (a method override)
      cfg.routes.before(ctx -> {
        if (ctx.req().getMethod().equals("HEAD")) {
          Exchange.discardUnread(ctx);
        }
      });
      for (Route r : routes) {
        cfg.routes.addHttpHandler(HandlerType.findOrCreate(r.method()), r.path(), ctx -> handle(ctx, r, api, access, tokens, maxBody));
        if (r.method().equals("GET")) {
          // HEAD runs the GET's whole pipeline — authentication, admission, the object check, the handler — and Jetty sends its
          // head without the body: Javalin's own HEAD answered every GET route 200 without running it, so a HEAD without a
          // token told which ids exist (decision 0555)
          cfg.routes.addHttpHandler(HandlerType.HEAD, r.path(), ctx -> handle(ctx, r, api, access, tokens, maxBody));
        }
      }
      cfg.routes.exception(HttpResponseException.class, (e, ctx) -> {
        int status = e.getStatus();
        if (status == 413) {
          problem(ctx, Language.ZH, ApiError.of(413, "content-too-large",
              Text.of("请求体不得超过" + maxBody + "字节", "The request body must not exceed " + maxBody + " bytes")));
        } else {
          problem(ctx, Exchange.language(ctx.header("Accept-Language")), plain(status));
        }
      });
      cfg.routes.exception(ApiError.class, (e, ctx) -> {
        Exchange.discardUnread(ctx);
        problem(ctx, Exchange.language(ctx.header("Accept-Language")), e);
      });
      cfg.routes.exception(Exception.class, (e, ctx) -> internal(ctx, e));
      // no route, or not this method: the body is read and discarded before the answer, as in handle()
      cfg.routes.error(404, ctx -> {
        Exchange.discardUnread(ctx);
        if (ctx.result() == null || ctx.result().isEmpty()) {
          problem(ctx, Exchange.language(ctx.header("Accept-Language")), plain(404));
        }
      });
      cfg.routes.error(405, ctx -> {
        Exchange.discardUnread(ctx);
        problem(ctx, Exchange.language(ctx.header("Accept-Language")), plain(405));
      });
      cfg.events.serverStopping(() -> draining.set(true));
    });
  }

  public static Builder builder() {
    return new Builder();
  }

  /** How a server is put together. */
  public static final class Builder {
    private Supplier<Ports> ports;
    private Tokens tokens = Tokens.none();
    private Path tokensFile;
    private long maxBody = DEFAULT_MAX_BODY;
    private BooleanSupplier ready;
    private String metricsHost = "127.0.0.1";
    private int metricsPort = -1;
    private long readModelBytes = ReadModel.DEFAULT_BYTES;
    private Supplier<java.util.Optional<String>> chainProblem = java.util.Optional::empty;
    private BooleanSupplier demo = () -> false;
    private Supplier<java.util.Optional<dev.clustergov.adapters.jdbc.EventChainVerifier.Report>> chainAudit = java.util.Optional::empty;

    private Builder() {}

    /**
     * Serves the server's metrics in Prometheus' text format at {@code http://host:port/metrics}, a listener apart from
     * the public port (decision 0373): requests by route template, method and status with latency buckets, requests in
     * flight, the JVM and the process. Port 0 takes any free port ({@link ClustergovServer#metricsPort()}). Without
     * this call there are no metrics and no such listener.
     */
    public Builder metrics(String host, int port) {
      if (port < 0 || port > 65535) {
        throw new IllegalArgumentException("the metrics port must be 0–65535");
      }
      this.metricsHost = Objects.requireNonNull(host, "host");
      this.metricsPort = port;
      return this;
    }

    /** Where the driven ports come from: the in-memory test kit, the JDBC adapter, a host's own. */
    /**
     * How many bytes of answers the read model keeps (decision 0420; 16 MiB by default); 0 keeps none, and every
     * read of a PO's resources is computed afresh, still tagged and answered 304 on a matching If-None-Match.
     */
    public Builder readModelBytes(long bytes) {
      if (bytes < 0) {
        throw new IllegalArgumentException("bytes must not be negative");
      }
      this.readModelBytes = bytes;
      return this;
    }

    public Builder ports(Supplier<Ports> ports) {
      this.ports = Objects.requireNonNull(ports, "ports");
      return this;
    }

    /** Token entries, one a line (see the README): {@code <token or sha256:hex> <role> <scope…>}. */
    public Builder tokens(String entries) {
      this.tokens = Tokens.parse(entries, "tokens");
      this.tokensFile = null;
      return this;
    }

    /**
     * Token entries from a file, read again when it changes (checked at most every {@link TokensFile#CHECK_EVERY}):
     * a token removed or marked {@code revoked} is refused from then on, without a restart. The file fails closed
     * (decision 0362): one that cannot be read means no token; one with a bad line grants nothing new, and its
     * revocations and deletions take effect.
     */
    public Builder tokensFile(Path file) throws IOException {
      this.tokens = Tokens.load(file);
      this.tokensFile = file;
      return this;
    }

    public Builder maxRequestBytes(long bytes) {
      if (bytes < 1024) {
        throw new IllegalArgumentException("a request size limit below 1 KiB would refuse ordinary requests");
      }
      this.maxBody = bytes;
      return this;
    }

    /**
     * What is wrong with the event log's chain, if anything (decision 0372): while present, {@code /ready} is 503 and
     * says it.
     */
    public Builder chainProblem(Supplier<java.util.Optional<String>> problem) {
      this.chainProblem = Objects.requireNonNull(problem, "problem");
      return this;
    }

    /**
     * The audit of the event log's chain since its last signed checkpoint, run for {@code GET /chain/audit} (decision 0372);
     * empty when the storage keeps no hash chain (the in-memory test kit), which is the default.
     */
    public Builder chainAudit(Supplier<java.util.Optional<dev.clustergov.adapters.jdbc.EventChainVerifier.Report>> audit) {
      this.chainAudit = Objects.requireNonNull(audit, "audit");
      return this;
    }

    /**
     * Whether the storage holds demo data (decision 0632): while true, every answer carries {@code Clustergov-Demo-Data: true}
     * and every page the notice 演示数据 · Demo data. False by default.
     */
    public Builder demo(BooleanSupplier demo) {
      this.demo = Objects.requireNonNull(demo, "demo");
      return this;
    }

    /** Whether the storage answers, for {@code /ready}; by default the event log is asked for its last number. */
    public Builder readiness(BooleanSupplier ready) {
      this.ready = ready;
      return this;
    }

    public ClustergovServer start(String host, int port) {
      if (ports == null) {
        throw new IllegalStateException("ports are required");
      }
      ClustergovServer s = new ClustergovServer(this);
      try {
        s.app.start(host, port);
      } catch (RuntimeException e) {
        if (s.metrics != null) {
          s.metrics.close();
        }
        throw e;
      }
      return s;
    }

    int tokenCount() {
      return tokens.size();
    }
  }

  /** Javalin's state, for tests of its router (decision 0614). */
  io.javalin.config.JavalinState javalin() {
    return app.unsafe;
  }

  public int port() {
    return app.port();
  }

  /** The port of the metrics listener, when the builder asked for one ({@link Builder#metrics}). */
  public java.util.OptionalInt metricsPort() {
    return metrics == null ? java.util.OptionalInt.empty() : java.util.OptionalInt.of(metrics.port());
  }

  /** The registry the metrics are kept in, for the storage's pool to add its own. */
  Optional<io.micrometer.core.instrument.MeterRegistry> meterRegistry() {
    return metrics == null ? Optional.empty() : Optional.of(metrics.registry());
  }

  /**
   * The route template a request was routed to ({@code /organizations/{id}}), never the path itself: a path no route
   * matched is {@link Metrics#UNMATCHED}, so that ids sent by clients never become series of their own.
   */
  private static String routeTemplate(Context ctx) {
    String template = ctx.attribute(ROUTE_TEMPLATE);
    if (template != null) {
      return template;
    }
    String path = ctx.path();
    if (path.startsWith(Assets.WEBJARS)) {
      return Assets.WEBJARS + "{file}";
    }
    if (path.startsWith(Assets.ASSETS)) {
      return Assets.ASSETS + "{file}";
    }
    return Metrics.UNMATCHED;
  }

  /**
   * Stops taking new requests (they get 503 and {@code /ready} says so), waits up to {@code grace} for
   * the requests in flight to finish, then stops the server — anyway (decision 0521): Jetty is given what is left of the
   * grace to write the last answers (at least {@link #STOP_FLOOR_MS}, at most {@link #STOP_TIMEOUT_MS}), not its own
   * 20 s again, and then interrupts its workers. A request still running then is cut short: its answer is lost and its
   * unit of work does not commit — the storage, closed after the server, rolls it back.
   */
  public void stop(java.time.Duration grace) {
    stop(grace, () -> {});
  }

  /**
   * {@link #stop(java.time.Duration)}, running {@code beforeCut} once the grace has run out with requests still in flight,
   * just before they are cut short: the runnable server quiets the libraries' own reports of it there (Jetty's "Couldn't
   * stop Thread", HikariCP's broken connection with its stack trace), the one WARN line having said what was cut short.
   */
  void stop(java.time.Duration grace, Runnable beforeCut) {
    draining.set(true);
    long deadline = System.nanoTime() + grace.toNanos();
    while (inFlight.get() > 0 && System.nanoTime() < deadline) {
      try {
        Thread.sleep(10);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    int left = inFlight.get();
    if (left > 0) {
      cuttingShort.set(true);
      List<String> named = running.values().stream().sorted().toList();
      String which = named.isEmpty() ? "" : " (" + String.join(", ", named.subList(0, Math.min(10, named.size())))
          + (named.size() > 10 ? " and " + (named.size() - 10) + " more" : "") + ")";
      if (left == 1) {
        LOG.warn("stopping anyway: 1 request still in flight after the grace of {} ms is cut short{}; its unit of work rolls back",
            grace.toMillis(), which);
      } else {
        LOG.warn("stopping anyway: {} requests still in flight after the grace of {} ms are cut short{}; their units of work roll back",
            left, grace.toMillis(), which);
      }
      beforeCut.run();
    }
    org.eclipse.jetty.server.Server j = jetty;
    long jettyMs = Math.max(STOP_FLOOR_MS, Math.min(STOP_TIMEOUT_MS, (deadline - System.nanoTime()) / 1_000_000));
    if (j != null) {
      j.setStopTimeout(jettyMs);
    }
    try {
      app.stop();
    } catch (RuntimeException e) {
      // Jetty's graceful shutdown waits for every connection to close, idle kept-alive ones too; past its stop timeout it
      // closes them, stops everything and only then throws the timeout: the server has stopped
      if (!(e.getCause() instanceof java.util.concurrent.TimeoutException)) {
        throw e;
      }
      LOG.info("stopped after Jetty's stop timeout of {} ms: connections still open were closed", jettyMs);
    }
    if (metrics != null) {
      metrics.close();
    }
  }

  public void stop() {
    stop(java.time.Duration.ofSeconds(10));
  }

  /** The routes as registered with Javalin, {@code METHOD path} (filters and static files aside): for the document check. */
  List<String> registeredRoutes() {
    List<String> out = new ArrayList<>();
    // a GET route's HEAD is the GET itself (decision 0555), documented with it, not as a route of its own
    app.unsafe.internalRouter.allHttpHandlers().stream().filter(p -> p.endpoint.method.isHttpMethod())
        .filter(p -> p.endpoint.method != HandlerType.HEAD)
        .filter(p -> !Assets.isAsset(p.endpoint.path))
        .forEach(p -> out.add(p.endpoint.method.name() + " " + p.endpoint.path));
    return out;
  }

  List<Route> routes() {
    return routes;
  }

  int inFlight() {
    return inFlight.get();
  }

  /** Whether the server has begun to stop: new requests are turned away from now on. */
  boolean draining() {
    return draining.get();
  }

  // --- the pipeline: authenticate, admit by role, check the object, run, answer -------------------------

  private void handle(Context ctx, Route r, Api api, Access access, Supplier<Tokens> tokens, long maxBody) {
    inFlight.incrementAndGet();
    running.put(ctx, ctx.method().name() + " " + ctx.path());
    ctx.attribute(ROUTE_TEMPLATE, r.path());
    Language lang = Exchange.language(ctx.header("Accept-Language"));
    try {
      if (draining.get() && r.op() != Op.HEALTH) {
        ctx.header("Connection", "close");
        throw ApiError.of(503, "unavailable", Text.of("请稍后重试", "Try again later"));
      }
      Caller caller = authenticate(ctx, tokens.get());
      feed(ctx, r, caller, tokens.get());
      Access.admit(r.op(), caller);
      // the PO a read-model route reads: an evaluator's version is read with its stamp in one statement (decision 0606)
      Optional<OrganizationId> readPo = ReadModel.serves(r) ? ReadModel.organization(ctx.pathParamMap().get("id")) : Optional.empty();
      if (caller.role() == Caller.Role.EVALUATOR && grants.pin(caller.id(), readPo).isEmpty()) {
        // Art.28, decision 0380: a token that names no registered third-party evaluator reads and writes nothing
        throw ApiError.forbidden(Text.of("令牌所指第三方评价机构未录入评价机构名录，不能执行任何操作",
            "The token names no registered third-party evaluator and may do nothing"),
            List.of(dev.clustergov.core.guideline.Citation.article(28)));
      }
      if (caller.role() == Caller.Role.MEMBER && !members.current(caller)) {
        // Art.8(2), Art.17, decision 0550: a token that names no member unit on the PO's roll today and no holder of a seat
        // on one of its bodies reads and writes nothing — a member that left or a seat removed loses it the same day
        throw ApiError.forbidden(Text.of("令牌所指既不是该集群发展促进组织当天在册的成员单位，也不是在其治理机构中任职的人员，不能执行任何操作",
            "The token names neither a member unit on the PO's roll today nor a person holding a seat on one of its governance "
                + "bodies, and may do nothing"),
            List.of(dev.clustergov.core.guideline.Citation.item(8, 2), dev.clustergov.core.guideline.Citation.article(17)));
      }
      Exchange ex = new Exchange(ctx, caller, r, Imports.bodyLimit(r.op(), maxBody)); // imports have their own (decision 0519)
      if (r.scope() == Route.Scope.NONE) {
        access.require(r.op(), caller, Access.Target.NONE);
      } else if (r.scope() == Route.Scope.ORGANIZATION) {
        OrganizationId id = Api.orgId(ex);
        Optional<String> person = r.pathParams().contains("personId") ? Optional.of(ex.path("personId")) : Optional.empty();
        Access.Condition condition = Access.condition(r.op(), caller.role()).orElseThrow();
        Access.Target target = condition == Access.Condition.IN_JURISDICTION
            ? api.organizationTarget(id, person)
            : condition == Access.Condition.OWN_SUPERVISOR
            ? api.supervisorTarget(id, person)
            : new Access.Target(Optional.of(id.value()), Optional.empty(), Optional.empty(), person);
        if (condition == Access.Condition.IN_JURISDICTION && target.region().isEmpty()
            || condition == Access.Condition.OWN_SUPERVISOR && target.namedAuthority().isEmpty()) {
          throw ApiError.notFound("organization", id.value());
        }
        access.require(r.op(), caller, target);
      }
      if (ReadModel.serves(r)) {
        Optional<ReadModel.Answer> answer = readPo.isEmpty() ? Optional.empty()
            : readModel.answer(r, ex, readPo.get(), grants.stamp(readPo.get()), () -> runUnchecked(r, ex));
        if (answer.isPresent()) {
          ex.refuseIfMisshapen();
          ReadModel.write(ctx, r, answer.get());
          return;
        }
      }
      Reply reply = keys.run(r, ex, () -> run(r, ex));
      ex.refuseIfMisshapen();
      write(ctx, reply);
    } catch (ApiError e) {
      problem(ctx, lang, e);
    } catch (Exception e) {
      if (cuttingShort.get()) {
        // cut short by the stop (decision 0521): its connection aborted or its worker interrupted — said once, as such
        LOG.info("cut short by the stop: {} {} ({}: {})", ctx.method().name(), ctx.path(), e.getClass().getSimpleName(),
            StartupFailure.root(e));
        ctx.header("Connection", "close");
        problem(ctx, lang, ApiError.of(503, "unavailable", Text.of("请稍后重试", "Try again later")));
        return;
      }
      internal(ctx, e);
    } finally {
      running.remove(ctx);
      grants.unpin();
      // whatever of the body was not read — refused before it (401, 403, 404, 415), or a body the route does not
      // take — is read and discarded before the answer goes out: left unread, Jetty closes the connection while the
      // client is still sending (it saw a reset instead of the 403) or while a large answer is still being written
      Exchange.discardUnread(ctx);
      inFlight.decrementAndGet();
    }
  }

  /** The headers by which a client could ask for another method than the one it sent (decision 0361). */
  static final List<String> METHOD_OVERRIDES = List.of("X-HTTP-Method-Override", "X-HTTP-Method", "X-Method-Override");

  /**
   * Javalin takes {@code X-HTTP-Method-Override} as the method ({@code Context.method()}, not configurable), so a GET
   * carrying {@code X-HTTP-Method-Override: POST} would run the write and pass any gateway rule keyed on the method.
   * Such a request is refused before routing, whatever its method.
   */
  private static void noMethodOverride(Context ctx) {
    for (String h : METHOD_OVERRIDES) {
      if (ctx.req().getHeader(h) != null) {
        throw ApiError.malformed(List.of(dev.clustergov.core.kernel.Violation.of(h, "method-override",
            "不支持“" + h + "”请求头：请直接使用所需的请求方法", h + " is not supported: send the request with the method itself")));
      }
    }
  }

  /** The request attribute holding the calendar feed a {@code token} query parameter opens (decision 0431). */
  static final String FEED = "clustergov.feed";

  /**
   * A calendar route's {@code token} query parameter: the feed it opens, kept for the route to compare with the feed asked
   * for; an unknown or revoked one is 401 as a bad bearer token is, and one sent with an Authorization header 400 (never
   * "the first wins"). Other routes never read the parameter.
   */
  private static void feed(Context ctx, Route r, Caller caller, Tokens tokens) {
    if (Access.condition(r.op(), Caller.Role.PUBLIC).filter(c -> c == Access.Condition.FEED_TOKEN).isEmpty()) {
      return;
    }
    List<String> given = ctx.queryParams("token");
    if (given.isEmpty()) {
      return;
    }
    if (caller.role() != Caller.Role.PUBLIC || given.size() > 1) {
      throw ApiError.malformed(List.of(dev.clustergov.core.kernel.Violation.of("token", "repeated-credentials",
          "订阅令牌只能出现一次，且不能与请求头“Authorization”同时发送", "send the feed token once, and not with an Authorization header")));
    }
    String token = given.get(0);
    if (token.length() > 4096) {
      throw ApiError.invalidToken();
    }
    ctx.attribute(FEED, tokens.feed(token).orElseThrow(ApiError::invalidToken));
  }

  private static Caller authenticate(Context ctx, Tokens tokens) {
    var all = java.util.Collections.list(ctx.req().getHeaders("Authorization"));
    if (all.size() > 1) {
      // never "the first wins": a proxy that adds its own credentials must not decide which caller this is
      throw ApiError.malformed(List.of(dev.clustergov.core.kernel.Violation.of("Authorization", "repeated-header",
          "请求头“Authorization”只能出现一次", "the Authorization header must appear only once")))
          .withHeader("WWW-Authenticate", "Bearer realm=\"clustergov\", error=\"invalid_request\"");
    }
    String h = all.isEmpty() ? null : all.get(0);
    if (h == null) {
      return Caller.PUBLIC;
    }
    if (h.length() < 8 || !h.regionMatches(true, 0, "Bearer ", 0, 7) || h.length() > 4096) {
      throw ApiError.invalidToken();
    }
    return tokens.caller(h.substring(7).strip()).orElseThrow(ApiError::invalidToken);
  }

  /** {@link #run}, its checked exceptions thrown as they are (the pipeline's catch sees the same exception). */
  private static Reply runUnchecked(Route r, Exchange ex) {
    try {
      return run(r, ex);
    } catch (Exception e) {
      throw ClustergovServer.<RuntimeException>sneaky(e);
    }
  }

  @SuppressWarnings("unchecked")
  private static <E extends Exception> E sneaky(Exception e) throws E {
    throw (E) e;
  }

  /** Runs the route's handler: its reply, or null for a rehearsal that would have committed (refused by the caller). */
  private static Reply run(Route r, Exchange ex) throws Exception {
    try {
      return r.handler().handle(ex);
    } catch (ApiError e) {
      throw ex.misshapen(e);
    } catch (RuntimeException e) {
      if (!Rehearsal.stopped(e)) {
        throw e;
      }
      return null; // a rehearsal that would have committed: rolled back, and refused by refuseIfMisshapen or write
    } finally {
      Rehearsal.end();
    }
  }

  private static void write(Context ctx, Reply reply) {
    ctx.status(reply.status());
    reply.headers().forEach(ctx::header);
    if (reply.raw() != null) {
      ctx.contentType(reply.contentType());
      ctx.result(demoPage(ctx, reply.contentType(), reply.raw()));
      if (reply.contentType().startsWith("text/html") && !reply.headers().containsKey("Content-Security-Policy")) {
        ctx.header("Content-Security-Policy", ctx.path().startsWith("/docs") ? DOCS_CSP : PAGE_CSP);
      }
    } else {
      ctx.contentType("application/json");
      ctx.result(Json.write(reply.json()));
    }
  }

  /** A page of a demo server with its notice (decision 0632); any other answer as it is. */
  static byte[] demoPage(Context ctx, String contentType, byte[] body) {
    return contentType != null && contentType.startsWith("text/html") && Boolean.TRUE.equals(ctx.attribute(DemoNotice.HEADER))
        ? DemoNotice.mark(body) : body;
  }

  static void problem(Context ctx, Language lang, ApiError e) {
    ctx.status(e.status);
    e.headers.forEach(ctx::header);
    var p = new Views.Problem("urn:clustergov:problem:" + e.slug, e.title.in(lang), e.status, e.detail.in(lang), ctx.path(),
        e.violations == null ? null : e.violations.stream().map(v -> Views.ViolationView.of(v, lang)).toList(),
        e.rejection == null ? null : e.rejection.command(),
        e.rejection == null ? null : e.rejection.findings().stream().map(f -> Views.FindingView.of(f, lang)).toList(),
        e.conflict == null ? null : new Views.ConflictView(e.conflict.aggregateType(), e.conflict.aggregateId(),
            e.conflict.expected(), e.conflict.actual()),
        e.clauses.isEmpty() ? null : e.clauses.stream().map(dev.clustergov.core.guideline.Citation::format).toList());
    ctx.contentType("application/problem+json");
    ctx.result(Json.write(p));
  }

  /**
   * Anything unexpected: logged with an incident id, answered 500 without a trace of the cause — unless the
   * database is out of reach, which is answered 503 with {@code Retry-After} (decision 0300). A unit of work
   * the outage interrupted has rolled back, unless the connection broke while it committed. A write that waited out
   * {@code --db-wait-ms} behind another (H2 in a file, decision 0520) is a 503 {@code storage-busy}: it wrote nothing.
   */
  private static void internal(Context ctx, Exception e) {
    var busy = StorageOutage.writerBusy(e);
    if (busy.isPresent()) {
      // decision 0520: refused before its first write, so nothing of it was written; one line, no trace
      LOG.warn("storage busy on {} {}: {}", ctx.method().name(), ctx.path(), busy.get().getMessage());
      long seconds = Math.max(1, (busy.get().waitedMs() + 999) / 1000);
      problem(ctx, Exchange.language(ctx.header("Accept-Language")), ApiError.of(503, "storage-busy",
          Text.of("另一项写入占用数据库超过" + seconds + "秒，本次请求未写入任何内容，请稍后重试",
              "Another write held the database for more than " + seconds + " s; nothing of this request was written. Try again later"))
          .withHeader("Retry-After", Integer.toString(StorageOutage.RETRY_AFTER_SECONDS)));
      return;
    }
    var outage = StorageOutage.of(e);
    if (outage.isPresent()) {
      LOG.warn("storage unavailable on {} {}: {} (SQLSTATE {})", ctx.method().name(), ctx.path(), outage.get().getMessage(),
          outage.get().getSQLState());
      problem(ctx, Exchange.language(ctx.header("Accept-Language")), ApiError.of(503, "storage-unavailable",
          Text.of("数据库暂时无法访问，请稍后重试。写入一般已回滚；如故障恰在提交时发生，写入可能已生效，重试前请先查询确认",
              "The database cannot be reached; try again later. A write was rolled back unless the failure came while it "
                  + "committed, so read before retrying a write"))
          .withHeader("Retry-After", Integer.toString(StorageOutage.RETRY_AFTER_SECONDS)));
      return;
    }
    String incident = UUID.randomUUID().toString();
    // the incident id also as a field of its own, for a JSON log (decision 0373)
    try (var mdc = org.slf4j.MDC.putCloseable("incident", incident)) {
      LOG.error("incident {} on {} {}", incident, ctx.method().name(), ctx.path(), e);
    }
    problem(ctx, Exchange.language(ctx.header("Accept-Language")), ApiError.of(500, "internal",
        Text.of("故障编号：" + incident, "Incident " + incident)));
  }

  private static ApiError plain(int status) {
    return switch (status) {
      case 404 -> ApiError.of(404, "not-found", Text.of("请求的资源不存在", "No such resource"));
      case 414 -> ApiError.of(414, "uri-too-long",
          Text.of("请求地址超过服务器的长度上限", "The request URI is longer than the server accepts"));
      case 431 -> ApiError.of(431, "headers-too-large",
          Text.of("请求头超过服务器的长度上限", "The request headers are larger than the server accepts"));
      case 405 -> ApiError.of(405, "method-not-allowed",
          Text.of("此地址不支持该请求方式", "This resource does not support this method"));
      default -> ApiError.of(status, "http-" + status, Text.of("HTTP " + status, "HTTP " + status));
    };
  }

  /**
   * The tokens of a file, read again when its content changes, failing closed (decision 0362): a file that cannot be
   * read (deleted, unreadable, not UTF-8) means no token at all; a file with a bad line keeps only what was in force and
   * is still granted unchanged, and every revocation it names takes effect.
   */
  static final class TokensFile implements Supplier<Tokens> {
    static final java.time.Duration CHECK_EVERY = java.time.Duration.ofSeconds(1);

    private final Path file;
    private volatile Tokens current;
    private volatile byte[] digest;
    private volatile long checkedAt = System.nanoTime();

    TokensFile(Path file, Tokens initial) throws IOException {
      this.file = file;
      this.current = initial;
      this.digest = Tokens.sha256(java.nio.file.Files.readString(file, java.nio.charset.StandardCharsets.UTF_8));
    }

    @Override
    public Tokens get() {
      long now = System.nanoTime();
      if (now - checkedAt >= CHECK_EVERY.toNanos()) {
        synchronized (this) {
          if (now - checkedAt >= CHECK_EVERY.toNanos()) {
            reload();
            checkedAt = System.nanoTime();
          }
        }
      }
      return current;
    }

    private void reload() {
      String text;
      try {
        text = java.nio.file.Files.readString(file, java.nio.charset.StandardCharsets.UTF_8);
      } catch (IOException | SecurityException e) {
        if (digest != null) {
          LOG.error("TOKENS FILE {} CANNOT BE READ ({}): NO TOKEN IS ACCEPTED until it can be read again", file, e.toString());
        }
        current = Tokens.none();
        digest = null;
        return;
      }
      byte[] d = Tokens.sha256(text);
      if (digest != null && java.security.MessageDigest.isEqual(d, digest)) {
        return;
      }
      Tokens.Read read = Tokens.read(text, file.toString());
      if (read.problems().isEmpty()) {
        current = read.tokens();
        LOG.info("tokens file {} read again: tokens {}, revoked {}", file, current.size(), current.revokedCount());
      } else {
        // the messages name the entries, never their tokens
        current = (digest == null ? Tokens.none() : current).narrowedBy(read.tokens());
        LOG.error("tokens file {} is invalid, nothing it grants is taken, its revocations are: tokens in force {}, revoked {}; {}",
            file, current.size(), current.revokedCount(), String.join("; ", read.problems()));
      }
      digest = d;
    }
  }

  /**
   * Jetty's own refusals (414 URI too long, 431 headers too large, 400 on a request line it cannot parse),
   * which never reach Javalin: answered like every other refusal, an RFC 9457 problem with the security
   * headers, in the caller's language. The path is left out of the problem: it may be the very thing refused.
   */
  static final class JettyErrors extends org.eclipse.jetty.server.handler.ErrorHandler {
    /** Every method gets the problem: Jetty's default writes one only for GET, POST and HEAD, and an empty answer without our headers for the rest. */
    @Override
    public boolean errorPageForMethod(String method) {
      return true;
    }

    @Override
    protected void generateResponse(org.eclipse.jetty.server.Request request, org.eclipse.jetty.server.Response response, int code,
        String message, Throwable cause, org.eclipse.jetty.util.Callback callback) {
      Language lang = Exchange.language(request.getHeaders().get("Accept-Language"));
      ApiError e = plain(code);
      var p = new Views.Problem("urn:clustergov:problem:" + e.slug, e.title.in(lang), code, e.detail.in(lang), null, null, null, null, null, null);
      var h = response.getHeaders();
      h.put("X-Content-Type-Options", "nosniff");
      h.put("X-Frame-Options", "DENY");
      h.put("Referrer-Policy", "no-referrer");
      h.put("Cache-Control", "no-store");
      h.put("Content-Security-Policy", API_CSP);
      h.put("Content-Type", "application/problem+json");
      h.put("Connection", "close"); // Jetty closes a connection whose request it could not take: the client must not reuse it
      response.write(true, java.nio.ByteBuffer.wrap(Json.write(p)), callback);
    }
  }

  static final String API_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
  static final String PAGE_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
  static final String DOCS_CSP = "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
      + "connect-src 'self'; font-src 'self' data:; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

  /**
   * The media types the server answers with, which Javalin then knows it may compress from one look-up: its default
   * {@code GZIP} strategy otherwise tests every answer's type against each of its excluded types (images, archives…),
   * which none of these is, ignoring case — a few per cent of a read's time (issue 16, decision 0614). What is
   * compressed, when and how is Javalin's default, unchanged: gzip, for a client that accepts it, from 1,500 bytes.
   */
  static final List<String> COMPRESSIBLE = List.of("application/json", "application/problem+json", "text/html",
      "text/html; charset=utf-8", "text/html;charset=utf-8", "text/calendar; charset=utf-8", "text/calendar;charset=utf-8",
      "text/csv");

  static io.javalin.compression.CompressionStrategy compression() {
    var gzip = new io.javalin.compression.CompressionStrategy(null, new io.javalin.compression.Gzip());
    List<String> allowed = new java.util.ArrayList<>(gzip.getAllowedMimeTypes());
    allowed.addAll(COMPRESSIBLE);
    gzip.setAllowedMimeTypes(allowed);
    return gzip;
  }

  /**
   * A request that names no content coding it accepts gets its answer as it is, whatever its size (RFC 9110 §12.5.3: no
   * {@code Accept-Encoding} leaves the choice to the server): Javalin then decides on its first write without looking for a
   * compressor (decision 0614). A request that names some is left to Javalin's choice, as before.
   */
  private static void identityUnlessAsked(Context ctx) {
    String accepted = ctx.req().getHeader("Accept-Encoding");
    if (accepted == null || accepted.isBlank()) {
      ctx.minSizeForCompression(Integer.MAX_VALUE);
    }
  }

  private static void securityHeaders(Context ctx) {
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("X-Frame-Options", "DENY");
    ctx.header("Referrer-Policy", "no-referrer");
    ctx.header("Cache-Control", "no-store");
    String p = ctx.path().toLowerCase(Locale.ROOT);
    ctx.header("Content-Security-Policy", p.startsWith("/webjars/") || p.startsWith("/assets/") || p.startsWith("/docs") ? DOCS_CSP : API_CSP);
  }
}
