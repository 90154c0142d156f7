package dev.clustergov.adapters.rest;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.FileDescriptorMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The server's metrics (运行指标), in Prometheus' text format on a management listener of their own, apart from the
 * public port (decision 0373): requests by route template, method and status with their latency in fixed buckets, the
 * requests in flight, the connection pool (when a storage {@link #pool binds} it), and the JVM and the process.
 *
 * <p>A route is counted by its template ({@code /organizations/{id}}), never by the path it was asked with, so the
 * number of series is bounded by the route table, not by the ids clients send; a path no route matches is counted as
 * {@link #UNMATCHED}.
 */
final class Metrics implements AutoCloseable {

  /** The {@code uri} of a request that no route matched (404, or refused before routing). */
  static final String UNMATCHED = "UNMATCHED";

  /** The latency buckets of every route: from a cached read to the slowest write a loaded machine may take. */
  static final Duration[] BUCKETS = {Duration.ofMillis(5), Duration.ofMillis(10), Duration.ofMillis(25), Duration.ofMillis(50),
      Duration.ofMillis(100), Duration.ofMillis(250), Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofMillis(2_500),
      Duration.ofSeconds(5), Duration.ofSeconds(10)};

  private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
  private final JvmGcMetrics gc = new JvmGcMetrics();
  private final HttpServer listener;
  private final ExecutorService executor;

  /** Starts the management listener on {@code host:port} (port 0: any free one); the JVM and process meters are bound. */
  Metrics(String host, int port, AtomicInteger inFlight) {
    new ClassLoaderMetrics().bindTo(registry);
    new JvmMemoryMetrics().bindTo(registry);
    gc.bindTo(registry);
    new JvmThreadMetrics().bindTo(registry);
    new ProcessorMetrics().bindTo(registry);
    new UptimeMetrics().bindTo(registry);
    new FileDescriptorMetrics().bindTo(registry);
    Gauge.builder("clustergov.http.requests.in.flight", inFlight, AtomicInteger::get)
        .description("Requests the server is running now").register(registry);
    try {
      listener = HttpServer.create(new InetSocketAddress(host, port), 16);
    } catch (IOException e) {
      gc.close();
      registry.close();
      throw new UncheckedIOException("cannot listen for metrics on " + host + ":" + port + " (" + e.getMessage() + ")", e);
    }
    listener.createContext("/", this::answer);
    executor = Executors.newSingleThreadExecutor(r -> {
      Thread t = new Thread(r, "clustergov-metrics");
      t.setDaemon(true);
      return t;
    });
    listener.setExecutor(executor);
    listener.start();
  }

  MeterRegistry registry() {
    return registry;
  }

  int port() {
    return listener.getAddress().getPort();
  }

  /** One request answered: its route template (or {@link #UNMATCHED}), method, status and how long it took. */
  void request(String uri, String method, int status, long nanos) {
    Timer.builder("http.server.requests")
        .description("HTTP requests by route template, method and status")
        .tags("uri", uri, "method", method, "status", Integer.toString(status), "outcome", outcome(status))
        .serviceLevelObjectives(BUCKETS)
        .register(registry)
        .record(nanos, java.util.concurrent.TimeUnit.NANOSECONDS);
  }

  private static String outcome(int status) {
    return status >= 500 ? "SERVER_ERROR" : status >= 400 ? "CLIENT_ERROR" : status >= 300 ? "REDIRECTION"
        : status >= 200 ? "SUCCESS" : "INFORMATIONAL";
  }

  /** {@code GET /metrics} answers the scrape; anything else is a 404 or a 405. */
  private void answer(HttpExchange ex) throws IOException {
    try (ex) {
      String path = ex.getRequestURI().getPath();
      if (!path.equals("/metrics")) {
        send(ex, 404, "text/plain; charset=utf-8", "not found: the metrics are at /metrics\n");
      } else if (!ex.getRequestMethod().equals("GET") && !ex.getRequestMethod().equals("HEAD")) {
        ex.getResponseHeaders().set("Allow", "GET, HEAD");
        send(ex, 405, "text/plain; charset=utf-8", "method not allowed\n");
      } else {
        send(ex, 200, "text/plain; version=0.0.4; charset=utf-8", registry.scrape());
      }
    }
  }

  private static void send(HttpExchange ex, int status, String type, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    ex.getResponseHeaders().set("Content-Type", type);
    ex.getResponseHeaders().set("Cache-Control", "no-store");
    boolean head = ex.getRequestMethod().equals("HEAD");
    ex.sendResponseHeaders(status, head ? -1 : bytes.length);
    if (!head) {
      try (OutputStream out = ex.getResponseBody()) {
        out.write(bytes);
      }
    }
  }

  private final java.util.concurrent.atomic.AtomicBoolean closed = new java.util.concurrent.atomic.AtomicBoolean();

  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    listener.stop(0);
    executor.shutdownNow();
    gc.close();
    registry.close();
  }
}
