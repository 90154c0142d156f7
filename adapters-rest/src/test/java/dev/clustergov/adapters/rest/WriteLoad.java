package dev.clustergov.adapters.rest;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntSupplier;

/**
 * Clients writing at once over real HTTP (并发写入): each writer thread hires staff into the PO they all
 * share and into a PO of its own (writer {@code t} into {@code own[t % own.size()]}), and proposes new POs, each write with a key of its own (a person id, a PO
 * name) so that what was acknowledged can be looked for afterwards. A hire reads the PO's ETag and sends
 * it as {@code If-Match}; a 412 (its If-Match failed) must be a problem with the current ETag, and the write is sent again
 * with it. A 503 or a broken connection leaves the write's outcome unknown to the client: it is noted
 * and the writer goes on with a new key. Bounded: at most {@code writesPerThread} writes a thread, at
 * most {@link #MAX_ATTEMPTS} attempts a write, and a deadline.
 */
final class WriteLoad {

  enum Kind {
    HIRE_SHARED, HIRE_OWN, PROPOSE
  }

  /** One write the client sent: for a hire, the PO and the person; for a proposal, the PO's name (and its id once acknowledged). */
  record Write(Kind kind, String organization, String key) {}

  static final int MAX_ATTEMPTS = 200;
  /** Longer than any wait for a pooled connection a test gives the server, so such a wait ends in an answer. */
  static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);

  /** When an acknowledged request was sent and when its answer came (nanoTime). */
  record Ack(long sent, long answered) {}

  /** What happened, counted across the writers. */
  static final class Tally {
    final Set<Write> acknowledged = ConcurrentHashMap.newKeySet();
    final Set<Write> unknown = ConcurrentHashMap.newKeySet();
    final AtomicInteger conflicts = new AtomicInteger();
    final AtomicInteger retries = new AtomicInteger();
    final AtomicInteger unavailable = new AtomicInteger();
    final AtomicInteger brokenConnections = new AtomicInteger();
    final AtomicInteger exhausted = new AtomicInteger();
    final AtomicLong maxLatencyNanos = new AtomicLong();
    /** Answers the guarantees do not allow (a 500, a 412 without its ETag, a 503 that is not a problem…), the first few. */
    final List<String> wrong = Collections.synchronizedList(new ArrayList<>());
    final AtomicInteger wrongCount = new AtomicInteger();
    /**
     * Each acknowledgement: when its request was sent and when the answer came (nanoTime). An answer may arrive
     * well after the commit it reports (a loaded machine), so what happened during a window is judged by when
     * the request was sent, not by when the client counted it.
     */
    final List<Ack> ackTimes = Collections.synchronizedList(new ArrayList<>());

    /** Acknowledgements of requests sent after {@code from} and answered before {@code to} (nanoTime). */
    long acksSentAndAnsweredBetween(long from, long to) {
      synchronized (ackTimes) {
        return ackTimes.stream().filter(a -> a.sent() > from && a.answered() < to).count();
      }
    }

    int acks() {
      return acknowledged.size();
    }

    long acks(Kind kind) {
      return acknowledged.stream().filter(w -> w.kind() == kind).count();
    }

    void wrong(String what) {
      wrongCount.incrementAndGet();
      if (wrong.size() < 10) {
        wrong.add(what);
      }
    }

    long maxLatencyMillis() {
      return maxLatencyNanos.get() / 1_000_000;
    }

    String figures() {
      return "acknowledged=" + acks() + " (shared PO " + acks(Kind.HIRE_SHARED) + ", own POs " + acks(Kind.HIRE_OWN) + ", proposals "
          + acks(Kind.PROPOSE) + ") conflicts412=" + conflicts.get() + " retries=" + retries.get() + " unavailable503=" + unavailable.get()
          + " brokenConnections=" + brokenConnections.get() + " unknownOutcome=" + unknown.size() + " maxLatencyMs=" + maxLatencyMillis();
    }
  }

  private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(2)).build();

  private final LoadWorld w;
  private final List<Kind> mix;
  private final Tally tally = new Tally();
  private final AtomicBoolean stop = new AtomicBoolean();
  private final IntSupplier[] ports;
  private final String run;

  /**
   * @param ports the port of each server instance; writer {@code t}'s request {@code k} goes to instance
   *     {@code (t + k) % n}, so a write read from one instance is often sent to another
   * @param mix the kinds of write a writer sends, in turn
   */
  WriteLoad(LoadWorld w, List<IntSupplier> ports, List<Kind> mix, String run) {
    this.w = w;
    this.ports = ports.toArray(IntSupplier[]::new);
    this.mix = List.copyOf(mix);
    this.run = run;
  }

  Tally tally() {
    return tally;
  }

  /** Asks the writers to stop after the request each is sending. */
  void stop() {
    stop.set(true);
  }

  /** Starts the writers; {@link Running#await} waits for them. */
  Running start(int threads, int writesPerThread, Duration deadline) {
    long end = System.nanoTime() + deadline.toNanos();
    CountDownLatch done = new CountDownLatch(threads);
    CountDownLatch go = new CountDownLatch(1);
    for (int t = 0; t < threads; t++) {
      int writer = t;
      Thread th = new Thread(() -> {
        try {
          go.await();
          Writer wr = new Writer(writer);
          for (int i = 0; i < writesPerThread && !stop.get() && System.nanoTime() < end; i++) {
            wr.write(mix.get(i % mix.size()), i, end);
          }
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
          tally.wrong("writer " + writer + " failed: " + e);
        } finally {
          done.countDown();
        }
      }, "load-writer-" + t);
      th.setDaemon(true);
      th.start();
    }
    go.countDown();
    return new Running(done, end);
  }

  final class Running {
    private final CountDownLatch done;
    private final long end;

    Running(CountDownLatch done, long end) {
      this.done = done;
      this.end = end;
    }

    /** Waits for every writer, at most until the deadline and one request timeout more. */
    Tally await() throws InterruptedException {
      long left = end - System.nanoTime() + REQUEST_TIMEOUT.toNanos() + Duration.ofSeconds(5).toNanos();
      if (!done.await(Math.max(left, 0), TimeUnit.NANOSECONDS)) {
        throw new AssertionError("the writers did not finish within their deadline: " + tally.figures());
      }
      return tally;
    }
  }

  /** No connection could be made: the request was never sent. */
  static final Answer REFUSED = new Answer(-1, Map.of(), "");

  record Answer(int status, Map<String, List<String>> headers, String body) {
    String header(String name) {
      return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name)).findFirst()
          .map(e -> String.join(",", e.getValue())).orElse(null);
    }

    JsonNode json() {
      try {
        return Json.MAPPER.readTree(body);
      } catch (IOException e) {
        throw new AssertionError("not JSON (" + status + "): " + body, e);
      }
    }
  }

  /** One writer: its own PO and token, a counter of requests for choosing the instance. */
  private final class Writer {
    private final int t;
    private int requests;
    /** When the last request was sent (nanoTime). */
    private long lastSent;

    Writer(int t) {
      this.t = t;
    }

    void write(Kind kind, int i, long end) {
      if (kind == Kind.PROPOSE) {
        propose(i);
      } else {
        hire(kind, i, end);
      }
    }

    private void propose(int i) {
      String name = "苏州市负载测试产业集群促进会" + run + "-" + t + "-" + i;
      Write wr = new Write(Kind.PROPOSE, null, name);
      Answer a = send("POST", "/organizations", World.SUZHOU,
          World.application(w.world.suzhouCluster, w.world.suzhou, name), null);
      if (a == REFUSED) {
        return;
      } else if (a == null) {
        tally.unknown.add(wr);
      } else if (a.status() == 201) {
        String id = a.json().get("id").asText();
        acknowledge(new Write(Kind.PROPOSE, id, name));
      } else if (unavailable(a)) {
        tally.unknown.add(wr);
      } else {
        tally.wrong("proposal " + name + ": " + a.status() + " " + a.body());
      }
    }

    private void hire(Kind kind, int i, long end) {
      String po = kind == Kind.HIRE_SHARED ? w.shared : w.own.get(t % w.own.size());
      String token = kind == Kind.HIRE_SHARED ? World.SECRETARIAT_S : w.ownTokens.get(t % w.own.size());
      String person = "load-" + run + "-t" + t + "-" + i;
      Write wr = new Write(kind, po, person);
      Answer read = send("GET", "/organizations/" + po, token, null, null);
      if (read == null || read == REFUSED || unavailable(read)) {
        return; // nothing was written: the write is not sent
      }
      if (read.status() != 200 || read.header("ETag") == null) {
        tally.wrong("reading " + po + ": " + read.status() + " " + read.body());
        return;
      }
      String etag = read.header("ETag");
      Map<String, Object> body = Map.of("person", person, "name", "吴昊", "category", "PROFESSIONAL_TECHNICAL",
          "recruitment", "OPEN_RECRUITMENT", "hiredOn", w.today, "monthlySalary", new BigDecimal("16000.00"),
          "marketBenchmark", new BigDecimal("15000.00"));
      for (int attempt = 1; attempt <= MAX_ATTEMPTS && System.nanoTime() < end && !stop.get(); attempt++) {
        if (attempt > 1) {
          tally.retries.incrementAndGet();
        }
        Answer a = send("POST", "/organizations/" + po + "/staff", token, body, etag);
        if (a == REFUSED) {
          return;
        }
        if (a == null) {
          tally.unknown.add(wr);
          return;
        }
        if (a.status() == 201) {
          acknowledge(wr);
          return;
        }
        if (a.status() == 412) { // If-Match was sent: a lost race is its failed precondition (decision 0361)
          tally.conflicts.incrementAndGet();
          String current = a.header("ETag");
          if (!problem(a) || current == null || current.equals(etag)) {
            tally.wrong("a conflict on " + po + " without a problem or a newer ETag: " + a.status() + " " + a.headers() + " " + a.body());
            return;
          }
          etag = current;
          backOff(attempt);
          continue;
        }
        if (unavailable(a)) {
          tally.unknown.add(wr);
          return;
        }
        tally.wrong("hire " + person + " into " + po + ": " + a.status() + " " + a.body());
        return;
      }
      if (!stop.get() && System.nanoTime() < end) {
        tally.exhausted.incrementAndGet();
        tally.wrong("hire " + person + " into " + po + " still conflicting after " + MAX_ATTEMPTS + " attempts");
      }
    }

    /** A client that collided waits a little, at random, before sending again, as a well-behaved one does. */
    private void backOff(int attempt) {
      try {
        Thread.sleep(java.util.concurrent.ThreadLocalRandom.current().nextInt(1 + Math.min(50, 5 * attempt)));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }

    private void acknowledge(Write wr) {
      tally.acknowledged.add(wr);
      tally.ackTimes.add(new Ack(lastSent, System.nanoTime()));
    }

    /** A 503 must be a problem with Retry-After; counted, and true when the answer is one. */
    private boolean unavailable(Answer a) {
      if (a.status() != 503) {
        return false;
      }
      tally.unavailable.incrementAndGet();
      if (!problem(a) || a.header("Retry-After") == null) {
        tally.wrong("a 503 that is not a problem with Retry-After: " + a.headers() + " " + a.body());
      }
      return true;
    }

    /**
     * The answer; null when the connection broke or the request timed out (the outcome is unknown);
     * {@link #REFUSED} when no connection could be made (nothing was sent).
     */
    private Answer send(String method, String path, String token, Object body, String ifMatch) {
      IntSupplier[] p = ports;
      int port = p[(t + requests++) % p.length].getAsInt();
      HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).timeout(REQUEST_TIMEOUT)
          .header("Authorization", "Bearer " + token)
          .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(Json.write(Http.wire(body))));
      if (body != null) {
        b.header("Content-Type", "application/json");
      }
      if (ifMatch != null) {
        b.header("If-Match", ifMatch);
      }
      long started = System.nanoTime();
      lastSent = started;
      try {
        HttpResponse<String> r = CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Answer(r.statusCode(), r.headers().map(), r.body());
      } catch (java.net.ConnectException e) {
        tally.brokenConnections.incrementAndGet();
        return REFUSED;
      } catch (IOException e) {
        tally.brokenConnections.incrementAndGet();
        return null;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return null;
      } finally {
        tally.maxLatencyNanos.accumulateAndGet(System.nanoTime() - started, Math::max);
      }
    }
  }

  static boolean problem(Answer a) {
    String type = a.header("Content-Type");
    if (type == null || !type.startsWith("application/problem+json")) {
      return false;
    }
    JsonNode p = a.json();
    return p.path("status").asInt() == a.status() && p.path("type").asText().startsWith("urn:clustergov:problem:")
        && !a.body().contains("Exception") && !a.body().contains(".java:");
  }
}
