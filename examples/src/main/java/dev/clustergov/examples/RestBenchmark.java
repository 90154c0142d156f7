package dev.clustergov.examples;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The REST load benchmark (接口压测): the reference server against a bare Javalin baseline answering the same
 * bytes, both started here as child processes from the same class path, measured with {@code wrk} on loopback
 * in the same run. Prints, per route, requests per second of each, their ratio and p99; the server's start to
 * ready (process start until {@code GET /ready} answers 200) on an empty data folder with {@code --demo} and
 * on a restart over that folder; and its RSS ({@code VmRSS}) sampled while wrk loads it.
 *
 * <p>{@code java -jar clustergov-examples.jar rest-benchmark [--duration S] [--warmup S] [--connections N]
 * [--threads N]}: defaults 10 s measured and 3 s of warm-up per route, 64 connections, 2 wrk threads.
 */
final class RestBenchmark {

  /**
   * How the benchmark launches the server: the flags of the README's launch command (decision 0341). A bounded
   * heap with the serial collector keeps RSS under 300 MB (the default heap is a quarter of the machine's memory);
   * C1 only, because on 2 cores C2's compiler threads took as much CPU as the server itself during start and the
   * first minute of load (the run just before, without these flags: 0.01–0.05× the baseline, docs/PERFORMANCE.md).
   */
  static final List<String> SERVER_JVM = List.of("-Xmx192m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");

  static final String SERVER_MAIN = "dev.clustergov.adapters.rest.ServerMain";
  static final String EVALUATOR_TOKEN = "bench-evaluator-token-000000001";
  static final String SECRETARIAT_TOKEN = "bench-secretariat-token-0000001";
  static final String MINISTRY_TOKEN = "bench-ministry-authority-token-01";
  /** The PO's own supervising authority, which engages the evaluator (Art.26, Art.28). */
  static final String AUTHORITY_TOKEN = "bench-po-authority-token-00000001";

  record Settings(int seconds, int warmup, int connections, int threads, List<String> serverJvm, boolean postgresql) {
    Settings(int seconds, int warmup, int connections, int threads) {
      this(seconds, warmup, connections, threads, SERVER_JVM, false);
    }

    /** The database both the server and the write route's baseline write to, as the table names it. */
    String database() {
      return postgresql ? "PostgreSQL" : "H2 file";
    }

    static Settings parse(List<String> args) {
      int seconds = 10;
      int warmup = 3;
      int connections = 64;
      int threads = 2;
      List<String> jvm = SERVER_JVM;
      boolean postgresql = false;
      for (int i = 0; i < args.size(); i++) {
        String a = args.get(i);
        if (i + 1 >= args.size()) {
          throw new IllegalArgumentException("missing value after " + a);
        }
        if (a.equals("--server-jvm")) { // other JVM flags for the server, to compare them: --server-jvm "-Xmx256m -XX:+UseG1GC"
          jvm = List.of(args.get(++i).strip().split("\\s+")).stream().filter(f -> !f.isEmpty()).toList();
          continue;
        }
        if (a.equals("--db")) { // h2 (a file, the default) or postgresql (an embedded server started for the run)
          String db = args.get(++i);
          if (!db.equals("h2") && !db.equals("postgresql")) {
            throw new IllegalArgumentException("--db takes h2 or postgresql, not: " + db);
          }
          postgresql = db.equals("postgresql");
          continue;
        }
        int v;
        try {
          v = Integer.parseInt(args.get(++i));
        } catch (NumberFormatException e) {
          throw new IllegalArgumentException(a + " takes a whole number, not: " + args.get(i));
        }
        if (v < 0 || v > 600) {
          throw new IllegalArgumentException(a + " must be between 0 and 600");
        }
        switch (a) {
          case "--duration" -> seconds = Math.max(1, v);
          case "--warmup" -> warmup = v;
          case "--connections" -> connections = Math.max(1, v);
          case "--threads" -> threads = Math.max(1, v);
          default -> throw new IllegalArgumentException("unknown option " + a);
        }
      }
      return new Settings(seconds, warmup, connections, threads, jvm, postgresql);
    }
  }

  /** What wrk reported for one run. */
  record Wrk(double requestsPerSecond, double p50Ms, double p99Ms, long requests, long non2xx, long socketErrors) {

    private static final Pattern RPS = Pattern.compile("Requests/sec:\\s+([0-9.]+)");
    private static final Pattern REQUESTS = Pattern.compile("(\\d+) requests in");
    private static final Pattern NON2XX = Pattern.compile("Non-2xx or 3xx responses:\\s+(\\d+)");
    private static final Pattern SOCKET = Pattern.compile("Socket errors: connect (\\d+), read (\\d+), write (\\d+), timeout (\\d+)");

    /** Parses {@code wrk --latency} output; fails when it has no throughput line (wrk did not run). */
    static Wrk parse(String out) {
      Matcher rps = RPS.matcher(out);
      Matcher requests = REQUESTS.matcher(out);
      if (!rps.find() || !requests.find()) {
        throw new IllegalStateException("not wrk --latency output:\n" + out);
      }
      Matcher non2xx = NON2XX.matcher(out);
      Matcher socket = SOCKET.matcher(out);
      long errors = 0;
      if (socket.find()) {
        for (int g = 1; g <= 4; g++) {
          errors += Long.parseLong(socket.group(g));
        }
      }
      return new Wrk(Double.parseDouble(rps.group(1)), percentile(out, "50%"), percentile(out, "99%"),
          Long.parseLong(requests.group(1)), non2xx.find() ? Long.parseLong(non2xx.group(1)) : 0, errors);
    }

    private static double percentile(String out, String label) {
      Matcher m = Pattern.compile("^\\s*" + Pattern.quote(label) + "\\s+([0-9.]+)(us|ms|s|m)\\s*$", Pattern.MULTILINE).matcher(out);
      if (!m.find()) {
        throw new IllegalStateException("wrk printed no " + label + " latency (run it with --latency):\n" + out);
      }
      double v = Double.parseDouble(m.group(1));
      return switch (m.group(2)) {
        case "us" -> v / 1000;
        case "ms" -> v;
        case "s" -> v * 1000;
        default -> v * 60_000;
      };
    }
  }

  /** One route under load: how wrk requests it (a Lua script for headers and bodies), and its name. */
  record Load(String name, String method, String path, String script, Path file) {}

  /**
   * One line of the table; a write route has also its plain-JDBC baseline ({@link BareJdbcWrite}) measured in the same run,
   * with the activities and events that baseline's database gained while wrk loaded it.
   */
  record Row(Load load, Wrk server, Wrk bare, Optional<Wrk> jdbc, long jdbcActivities, long jdbcEvents, Optional<Wrk> oneWriter,
      long oneWriterActivities) {
    Row(Load load, Wrk server, Wrk bare) {
      this(load, server, bare, Optional.empty(), 0, 0, Optional.empty(), 0);
    }

    double ratio() {
      return bare.requestsPerSecond() > 0 ? server.requestsPerSecond() / bare.requestsPerSecond() : 0;
    }

    /** The server against its plain-JDBC baseline; 0 without one. */
    double jdbcRatio() {
      return jdbc.filter(j -> j.requestsPerSecond() > 0).map(j -> server.requestsPerSecond() / j.requestsPerSecond()).orElse(0.0);
    }

    /** The server against its plain-JDBC baseline writing one transaction at a time (decision 0608); 0 without one. */
    double oneWriterRatio() {
      return oneWriter.filter(j -> j.requestsPerSecond() > 0).map(j -> server.requestsPerSecond() / j.requestsPerSecond()).orElse(0.0);
    }
  }

  /** The figures of one run. */
  record Result(List<Row> rows, long demoStartMs, long restartMs, long maxRssKb, String loadBefore, String loadAfter) {}

  /**
   * Where the server keeps its data for the run: a folder of H2 files, or a database of an embedded PostgreSQL server
   * started by the benchmark (decision 0608); and where the write route's baseline writes: a copy of it.
   */
  private interface Store extends AutoCloseable {
    /** The server's options for its storage. */
    List<String> serverOptions();

    /** Copies the server's data (the server stopped) for the baseline; the baseline's argument that opens the copy. */
    String copyForBaseline() throws IOException;

    @Override
    void close();
  }

  private static Store h2Store(Path work) {
    Path data = work.resolve("data");
    return new Store() {
      @Override
      public List<String> serverOptions() {
        return List.of("--data-dir", data.toString());
      }

      @Override
      public String copyForBaseline() throws IOException {
        Path copy = work.resolve("baseline-data");
        copyTree(data, copy);
        return copy.toString();
      }

      @Override
      public void close() {}
    };
  }

  private static Store postgresStore() {
    io.zonky.test.db.postgres.embedded.EmbeddedPostgres pg;
    try {
      pg = io.zonky.test.db.postgres.embedded.EmbeddedPostgres.builder().setPGStartupWait(Duration.ofSeconds(60)).start();
    } catch (IOException e) {
      throw new UncheckedIOException("embedded PostgreSQL did not start", e);
    }
    String url = "jdbc:postgresql://localhost:" + pg.getPort() + "/";
    admin(pg, "CREATE DATABASE clustergov_server");
    return new Store() {
      @Override
      public List<String> serverOptions() {
        return List.of("--db-url", url + "clustergov_server", "--db-user", "postgres");
      }

      @Override
      public String copyForBaseline() {
        // the server has stopped: no session holds the template
        admin(pg, "CREATE DATABASE clustergov_baseline TEMPLATE clustergov_server");
        return url + "clustergov_baseline";
      }

      @Override
      public void close() {
        try {
          pg.close();
        } catch (IOException e) {
          throw new UncheckedIOException("embedded PostgreSQL did not stop", e);
        }
      }
    };
  }

  private static void admin(io.zonky.test.db.postgres.embedded.EmbeddedPostgres pg, String sql) {
    try (java.sql.Connection c = pg.getPostgresDatabase().getConnection(); java.sql.Statement st = c.createStatement()) {
      st.execute(sql);
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(sql + ": " + e.getMessage(), e);
    }
  }

  private RestBenchmark() {}

  static int run(List<String> args, PrintStream out, PrintStream err) {
    Settings settings;
    try {
      settings = Settings.parse(args);
    } catch (IllegalArgumentException e) {
      err.println("rest-benchmark: " + e.getMessage());
      err.println("usage: rest-benchmark [--duration S] [--warmup S] [--connections N] [--threads N] [--server-jvm \"FLAGS\"] [--db h2|postgresql]");
      return Main.USAGE;
    }
    if (which("wrk").isEmpty()) {
      err.println("rest-benchmark: wrk is not on the PATH (apt-get install wrk)");
      return Main.USAGE;
    }
    try {
      Result r = measure(settings, out);
      print(r, settings, out);
      return 0;
    } catch (IOException | RuntimeException e) {
      err.println("rest-benchmark failed: " + e.getMessage());
      return 1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return 1;
    }
  }

  static Result measure(Settings s, PrintStream log) throws IOException, InterruptedException {
    Path work = Files.createTempDirectory("clustergov-rest-bench");
    List<Process> children = new ArrayList<>();
    Thread reaper = new Thread(() -> children.forEach(Process::destroyForcibly));
    Runtime.getRuntime().addShutdownHook(reaper);
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    try (Store store = s.postgresql() ? postgresStore() : h2Store(work)) {
      String loadBefore = loadAverage();
      Path data = work.resolve("data");
      Path tokens = work.resolve("tokens");
      Files.writeString(tokens, MINISTRY_TOKEN + " authority authority-000001\n", StandardCharsets.UTF_8);
      // 1. an empty data folder, --demo: migrations, the demo data through the use cases, then ready
      int port = freePort();
      ready(http, port, 0); // the client's own first use, so it is not counted in the server's start
      long t0 = System.nanoTime();
      Process first = start(children, s.serverJvm(), work.resolve("server-demo.log"), List.of("--demo"), port, store, data, tokens);
      long demoStartMs = ready(http, port, 120_000) ? (System.nanoTime() - t0) / 1_000_000 : fail(first, work.resolve("server-demo.log"));
      String po = firstRecognised(http, port);
      // an evaluator reads a PO only while engaged for it (Art.28, decision 0380): the PO's own authority engages one
      // once the server that takes the load is up
      String evaluatorOfPo = anEvaluator(http, port);
      String authorityOfPo = authorityOf(http, port, po);
      log.printf("server started with --demo on an empty folder in %d ms; PO under load: %s%n", demoStartMs, po);
      stop(first, children);
      // the write route's plain-JDBC baseline writes into a copy of that database: the same kind (H2 in a file), the same
      // schema (the project's migrations) and the same PO, opened as the server opens it
      String baselineData = store.copyForBaseline();
      // 2. a restart over that folder, with the tokens of the PO found: this server takes the load
      Files.writeString(tokens, MINISTRY_TOKEN + " authority authority-000001\n" + EVALUATOR_TOKEN + " evaluator " + evaluatorOfPo + "\n"
          + SECRETARIAT_TOKEN + " secretariat " + po + "\n" + AUTHORITY_TOKEN + " authority " + authorityOfPo + "\n",
          StandardCharsets.UTF_8);
      long t1 = System.nanoTime();
      Process server = start(children, s.serverJvm(), work.resolve("server.log"), List.of(), port, store, data, tokens);
      long restartMs = ready(http, port, 120_000) ? (System.nanoTime() - t1) / 1_000_000 : fail(server, work.resolve("server.log"));
      log.printf("server restarted over that folder in %d ms%n", restartMs);
      engage(http, port, po, evaluatorOfPo);

      List<Load> loads = loads(po, work);
      // 3. the bytes the server answers, for the baseline
      StringBuilder routes = new StringBuilder();
      int n = 0;
      for (Load l : loads) {
        HttpResponse<byte[]> r = capture(http, port, l);
        if (r.statusCode() / 100 != 2) {
          throw new IllegalStateException(l.name() + ": the server answered " + r.statusCode() + ": " + new String(r.body(), StandardCharsets.UTF_8));
        }
        Path body = work.resolve("answer-" + n);
        Files.write(body, r.body());
        // the server's own headers go with its bytes (decision 0604): the baseline answers what the server answered
        Path headers = work.resolve("answer-" + n++ + ".headers");
        Files.writeString(headers, ownHeaders(r), StandardCharsets.UTF_8);
        routes.append(l.method()).append('\t').append(l.path()).append('\t').append(r.statusCode()).append('\t')
            .append(r.headers().firstValue("Content-Type").orElse("application/json")).append('\t').append(body)
            .append('\t').append(headers).append('\n');
      }
      Files.writeString(work.resolve("routes"), routes.toString(), StandardCharsets.UTF_8);
      int barePort = freePort();
      List<String> bareCommand = new ArrayList<>(List.of(java(), "-cp", System.getProperty("java.class.path")));
      bareCommand.addAll(List.of(Main.class.getName(), "bare-javalin", String.valueOf(barePort), work.resolve("routes").toString()));
      Process bare = spawn(children, bareCommand, work.resolve("bare.log"));
      if (!ready(http, barePort, 60_000)) {
        fail(bare, work.resolve("bare.log"));
      }
      int jdbcPort = freePort();
      List<String> jdbcCommand = new ArrayList<>(List.of(java()));
      jdbcCommand.addAll(s.serverJvm()); // the server's JVM flags: the same heap, collector and compiler
      jdbcCommand.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName(), "bare-jdbc-write",
          String.valueOf(jdbcPort), baselineData));
      Process jdbc = spawn(children, jdbcCommand, work.resolve("bare-jdbc.log"));
      if (!ready(http, jdbcPort, 60_000)) {
        fail(jdbc, work.resolve("bare-jdbc.log"));
      }

      // 4. wrk against each, the server first, each warmed up alike; the server's RSS sampled meanwhile
      AtomicLong maxRss = new AtomicLong();
      AtomicBoolean sampling = new AtomicBoolean(true);
      Thread sampler = new Thread(() -> {
        while (sampling.get()) {
          maxRss.accumulateAndGet(rssKb(server.pid()), Math::max);
          try {
            Thread.sleep(250);
          } catch (InterruptedException e) {
            return;
          }
        }
      }, "rss-sampler");
      sampler.setDaemon(true);
      sampler.start();
      List<Row> rows = new ArrayList<>();
      for (Load l : loads) {
        Wrk onServer = wrk(s, port, l);
        Wrk onBare = wrk(s, barePort, l);
        log.printf("%-16s server %9.1f req/s p99 %8.1f ms | bare %9.1f req/s p99 %8.1f ms%n", l.name(), onServer.requestsPerSecond(),
            onServer.p99Ms(), onBare.requestsPerSecond(), onBare.p99Ms());
        if (!l.method().equals("POST")) {
          rows.add(new Row(l, onServer, onBare));
          continue;
        }
        long[] before = written(http, jdbcPort);
        Wrk onJdbc = wrk(s, jdbcPort, l);
        long[] after = written(http, jdbcPort);
        log.printf("%-16s plain JDBC %9.1f req/s p99 %8.1f ms, %d activities and %d events written%n", l.name(),
            onJdbc.requestsPerSecond(), onJdbc.p99Ms(), after[0] - before[0], after[1] - before[1]);
        // the same write, one transaction at a time, as the adapter must write H2 in a file (decisions 0302, 0608)
        Load serial = new Load(l.name(), l.method(), BareJdbcWrite.ONE_WRITER_PREFIX + l.path(), l.script(), l.file());
        Wrk onOneWriter = wrk(s, jdbcPort, serial);
        long[] afterSerial = written(http, jdbcPort);
        rows.add(new Row(l, onServer, onBare, Optional.of(onJdbc), after[0] - before[0], after[1] - before[1], Optional.of(onOneWriter),
            afterSerial[0] - after[0]));
        log.printf("%-16s plain JDBC, one writer %9.1f req/s p99 %8.1f ms, %d activities written%n", l.name(),
            onOneWriter.requestsPerSecond(), onOneWriter.p99Ms(), afterSerial[0] - after[0]);
      }
      sampling.set(false);
      sampler.join(2_000);
      String loadAfter = loadAverage();
      stop(jdbc, children);
      stop(bare, children);
      stop(server, children);
      return new Result(rows, demoStartMs, restartMs, maxRss.get(), loadBefore, loadAfter);
    } finally {
      for (Process p : children) {
        p.destroyForcibly();
      }
      Runtime.getRuntime().removeShutdownHook(reaper);
      deleteTree(work);
    }
  }

  /** The routes under load: two public reads (JSON and HTML), two authenticated reads, one write. */
  static List<Load> loads(String po, Path work) throws IOException {
    String evaluator = "wrk.headers[\"Authorization\"] = \"Bearer " + EVALUATOR_TOKEN + "\"\n";
    String json = "wrk.headers[\"Accept\"] = \"application/json\"\n";
    // each request records a new activity, its title numbered by wrk thread and request
    String write = """
        wrk.method = "POST"
        wrk.headers["Authorization"] = "Bearer %s"
        wrk.headers["Content-Type"] = "application/json"
        local threads = 0
        function setup(thread)
          thread:set("tid", threads)
          threads = threads + 1
        end
        local n = 0
        function request()
          n = n + 1
          local body = string.format('{"item":"第二十三条第（二）项","title":"基准测试对接会 %%d-%%d","delivery":"BROKERED",'
            .. '"memberParticipants":[],"outsideParticipants":["苏州元禾控股股份有限公司"],"openToAllMembers":true,'
            .. '"outcomes":{"landedInvestment":1000000,"talents":{"GENERAL":1}}}', tid or 0, n)
          return wrk.format(nil, nil, nil, body)
        end
        """.formatted(SECRETARIAT_TOKEN);
    List<String[]> spec = List.of(
        new String[] {"public PO json", "GET", "/public/organizations/" + po, json},
        new String[] {"public PO html", "GET", "/public/organizations/" + po + ".html", ""},
        new String[] {"PO (evaluator)", "GET", "/organizations/" + po, evaluator + json},
        new String[] {"compliance", "GET", "/organizations/" + po + "/compliance", evaluator + json},
        new String[] {"record activity", "POST", "/organizations/" + po + "/activities", write});
    List<Load> loads = new ArrayList<>();
    for (String[] l : spec) {
      Path file = work.resolve("load-" + loads.size() + ".lua");
      Files.writeString(file, l[3], StandardCharsets.UTF_8);
      loads.add(new Load(l[0], l[1], l[2], l[3], file));
    }
    return loads;
  }

  /** The activities and events the plain-JDBC baseline's database holds. */
  private static long[] written(HttpClient http, int port) throws IOException, InterruptedException {
    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/written"))
        .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    JsonNode n = new ObjectMapper().readTree(r.body());
    if (r.statusCode() != 200 || !n.has("activities")) {
      throw new IllegalStateException("the plain-JDBC baseline answered " + r.statusCode() + ": " + r.body());
    }
    return new long[] {n.path("activities").asLong(), n.path("events").asLong()};
  }

  private static Wrk wrk(Settings s, int port, Load l) throws IOException, InterruptedException {
    if (s.warmup() > 0) {
      runWrk(s, s.warmup(), port, l);
    }
    return Wrk.parse(runWrk(s, s.seconds(), port, l));
  }

  private static String runWrk(Settings s, int seconds, int port, Load l) throws IOException, InterruptedException {
    List<String> cmd = List.of("wrk", "-t" + s.threads(), "-c" + s.connections(), "-d" + seconds + "s", "--timeout", "10s", "--latency",
        "-s", l.file().toString(), "http://127.0.0.1:" + port + l.path());
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    byte[] out = p.getInputStream().readAllBytes();
    if (!p.waitFor(seconds + 30L, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new IllegalStateException("wrk did not finish: " + String.join(" ", cmd));
    }
    return new String(out, StandardCharsets.UTF_8);
  }

  /** The headers of a captured answer that are the server's own, not the transport's: one {@code Name: value} a line. */
  static String ownHeaders(HttpResponse<?> r) {
    StringBuilder out = new StringBuilder();
    r.headers().map().forEach((name, values) -> {
      if (!BareJavalin.TRANSPORT.contains(name.toLowerCase(Locale.ROOT)) && !name.startsWith(":")) {
        values.forEach(v -> out.append(name).append(": ").append(v).append('\n'));
      }
    });
    return out.toString();
  }

  private static HttpResponse<byte[]> capture(HttpClient http, int port, Load l) throws IOException, InterruptedException {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + l.path())).timeout(Duration.ofSeconds(30));
    if (l.script().contains(EVALUATOR_TOKEN)) {
      b.header("Authorization", "Bearer " + EVALUATOR_TOKEN);
    }
    if (l.script().contains("application/json")) {
      b.header("Accept", "application/json");
    }
    if (l.method().equals("POST")) {
      String body = "{\"item\":\"第二十三条第（二）项\",\"title\":\"基准测试对接会 样本\",\"delivery\":\"BROKERED\",\"memberParticipants\":[],"
          + "\"outsideParticipants\":[\"苏州元禾控股股份有限公司\"],\"openToAllMembers\":true,"
          + "\"outcomes\":{\"landedInvestment\":1000000,\"talents\":{\"GENERAL\":1}}}";
      b.header("Authorization", "Bearer " + SECRETARIAT_TOKEN).header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  /** The first recognised PO of the demo data, asked of the server as the ministry (it covers every region). */
  private static String firstRecognised(HttpClient http, int port) throws IOException, InterruptedException {
    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/organizations?stage=RECOGNISED&limit=1"))
        .header("Authorization", "Bearer " + MINISTRY_TOKEN).timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    JsonNode items = new ObjectMapper().readTree(r.body()).path("items");
    if (r.statusCode() != 200 || items.isEmpty()) {
      throw new IllegalStateException("the demo data has no recognised PO (" + r.statusCode() + "): " + r.body());
    }
    return items.get(0).path("id").asText();
  }

  /** A registered third-party evaluator of the demo data, read by the ministry. */
  private static String anEvaluator(HttpClient http, int port) throws IOException, InterruptedException {
    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/evaluators"))
        .header("Authorization", "Bearer " + MINISTRY_TOKEN).timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    JsonNode items = new ObjectMapper().readTree(r.body()).path("items");
    if (r.statusCode() != 200 || items.isEmpty()) {
      throw new IllegalStateException("the demo data has no evaluator (" + r.statusCode() + "): " + r.body());
    }
    return items.get(0).path("id").asText();
  }

  /** The PO's own supervising authority, read by the ministry. */
  private static String authorityOf(HttpClient http, int port, String po) throws IOException, InterruptedException {
    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/organizations/" + po))
        .header("Authorization", "Bearer " + MINISTRY_TOKEN).timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    String authority = new ObjectMapper().readTree(r.body()).path("application").path("authority").asText();
    if (r.statusCode() != 200 || authority.isEmpty()) {
      throw new IllegalStateException("cannot read the authority of " + po + " (" + r.statusCode() + "): " + r.body());
    }
    return authority;
  }

  /** The PO's own authority engages the evaluator for the PO from today for a year (Art.28, Art.26). */
  private static void engage(HttpClient http, int port, String po, String evaluator) throws IOException, InterruptedException {
    java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
    String body = "{\"evaluator\":\"" + evaluator + "\",\"from\":\"" + today + "\",\"until\":\"" + today.plusYears(1) + "\"}";
    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/organizations/" + po
            + "/evaluator-engagements")).header("Authorization", "Bearer " + AUTHORITY_TOKEN).header("Content-Type", "application/json")
        .timeout(Duration.ofSeconds(30)).POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() != 201) {
      throw new IllegalStateException("engaging " + evaluator + " for " + po + " was answered " + r.statusCode() + ": " + r.body());
    }
  }

  private static Process start(List<Process> children, List<String> jvm, Path logFile, List<String> extra, int port, Store store,
      Path data, Path tokens) throws IOException {
    List<String> cmd = new ArrayList<>();
    cmd.add(java());
    cmd.addAll(jvm);
    cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), SERVER_MAIN, "--port", String.valueOf(port)));
    cmd.addAll(store.serverOptions());
    cmd.addAll(List.of("--tokens", tokens.toString(),
        // the chain's signing key beside the benchmark's data, not in the folder it was started from
        "--signing-key", data.resolveSibling(data.getFileName() + "-signing.key").toString()));
    cmd.addAll(extra);
    return spawn(children, cmd, logFile);
  }

  private static Process spawn(List<Process> children, List<String> cmd, Path logFile) throws IOException {
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(logFile.toFile()).start();
    children.add(p);
    return p;
  }

  private static void stop(Process p, List<Process> children) throws InterruptedException {
    p.destroy();
    if (!p.waitFor(30, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      p.waitFor(10, TimeUnit.SECONDS);
    }
    children.remove(p);
  }

  private static long fail(Process p, Path logFile) {
    p.destroyForcibly();
    String log;
    try {
      log = Files.readString(logFile, StandardCharsets.UTF_8);
    } catch (IOException e) {
      log = "(no log: " + e.getMessage() + ")";
    }
    throw new IllegalStateException("a server did not become ready; its log:\n" + log);
  }

  /** Polls {@code GET /ready} every 10 ms until it answers 200, at most {@code timeoutMs}. */
  static boolean ready(HttpClient http, int port, long timeoutMs) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMs);
    HttpRequest req = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/ready")).timeout(Duration.ofSeconds(2)).build();
    do {
      try {
        if (http.send(req, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
          return true;
        }
      } catch (IOException e) {
        // not listening yet
      }
      Thread.sleep(10);
    } while (System.nanoTime() < deadline);
    return false;
  }

  static long rssKb(long pid) {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
        if (line.startsWith("VmRSS:")) {
          return Long.parseLong(line.replaceAll("\\D", ""));
        }
      }
    } catch (IOException | NumberFormatException e) {
      return 0;
    }
    return 0;
  }

  private static String loadAverage() {
    try {
      String[] f = Files.readString(Path.of("/proc/loadavg")).split("\\s+");
      return f[0] + " " + f[1] + " " + f[2];
    } catch (IOException e) {
      return "unknown";
    }
  }

  private static String cpu() {
    try (Stream<String> lines = Files.lines(Path.of("/proc/cpuinfo"))) {
      return lines.filter(l -> l.startsWith("model name")).findFirst().map(l -> l.replaceAll("^[^:]*:\\s*", "")).orElse("unknown cpu");
    } catch (IOException | UncheckedIOException e) {
      return "unknown cpu";
    }
  }

  static void print(Result r, Settings s, PrintStream out) {
    out.println();
    out.printf("REST under load: wrk -t%d -c%d -d%ds --latency on loopback (after %d s of warm-up each), the server against a bare"
        + " Javalin route answering the same bytes (body and the server's own headers), in this run%n", s.threads(), s.connections(), s.seconds(), s.warmup());
    out.printf("machine: %d cores (%s), Java %s; load average before %s, after %s%n", Runtime.getRuntime().availableProcessors(), cpu(),
        System.getProperty("java.version"), r.loadBefore(), r.loadAfter());
    out.println("server JVM flags: " + (s.serverJvm().isEmpty() ? "(none)" : String.join(" ", s.serverJvm())));
    out.println();
    out.println("| route | server req/s | bare req/s | ratio (goal ≥ 0.5; compliance ≥ 0.3) | server p99 (goal ≤ 2× bare) | bare p99 | server errors |");
    out.println("|---|---|---|---|---|---|---|");
    for (Row row : r.rows()) {
      out.printf(Locale.ROOT, "| %s `%s %s` | %.0f | %.0f | %.2f× | %.1f ms | %.1f ms | %d |%n", row.load().name(), row.load().method(),
          row.load().path(), row.server().requestsPerSecond(), row.bare().requestsPerSecond(), row.ratio(), row.server().p99Ms(),
          row.bare().p99Ms(), row.server().non2xx() + row.server().socketErrors());
    }
    out.println();
    out.println("the write route against the same rows and event written by plain JDBC in one transaction (bare-jdbc-write), into a"
        + " copy of the server's database (" + s.database() + ", the project's migrations), with the server's JVM flags:");
    out.println();
    out.println("| write route | server req/s | plain-JDBC req/s | ratio (goal ≥ 0.5) | server p99 | plain-JDBC p99 (goal: server ≤ 2×) |"
        + " plain-JDBC errors | rows written by plain JDBC |");
    out.println("|---|---|---|---|---|---|---|---|");
    for (Row row : r.rows()) {
      row.jdbc().ifPresent(j -> out.printf(Locale.ROOT, "| %s `%s %s`, %s | %.0f | %.0f | %.2f× | %.1f ms | %.1f ms | %d | %d activities, %d events |%n",
          row.load().name(), row.load().method(), row.load().path(), s.database(), row.server().requestsPerSecond(), j.requestsPerSecond(),
          row.jdbcRatio(), row.server().p99Ms(), j.p99Ms(), j.non2xx() + j.socketErrors(), row.jdbcActivities(), row.jdbcEvents()));
      row.oneWriter().ifPresent(j -> out.printf(Locale.ROOT, "| %s, %s, plain JDBC one transaction at a time (decision 0608) | %.0f | %.0f"
          + " | %.2f× | %.1f ms | %.1f ms | %d | %d activities |%n", row.load().name(), s.database(), row.server().requestsPerSecond(), j.requestsPerSecond(),
          row.oneWriterRatio(), row.server().p99Ms(), j.p99Ms(), j.non2xx() + j.socketErrors(), row.oneWriterActivities()));
    }
    out.println();
    out.println("plain JDBC side by side is what H2 lets through; one transaction at a time is what the adapter must do on H2 in a"
        + " file, whose store a crash tears when several transactions write it at once (decisions 0302, 0481, 0608)");
    out.println();
    out.printf("start to ready (goals ≤ 1 s and ≤ 3 s): %d ms on a restart over the data folder; %d ms on an empty folder with --demo%n",
        r.restartMs(), r.demoStartMs());
    out.printf("server RSS under load (goal ≤ 300 MB): %d MB at most (VmRSS sampled every 250 ms)%n", r.maxRssKb() / 1024);
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  private static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  static Optional<Path> which(String program) {
    String path = System.getenv("PATH");
    if (path == null) {
      return Optional.empty();
    }
    return Stream.of(path.split(java.io.File.pathSeparator)).map(d -> Path.of(d, program)).filter(Files::isExecutable).findFirst();
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> all = Files.walk(from)) {
      for (Path p : all.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
  }

  private static void deleteTree(Path root) {
    try (Stream<Path> all = Files.walk(root)) {
      all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // a temporary folder left behind is harmless
    }
  }
}
