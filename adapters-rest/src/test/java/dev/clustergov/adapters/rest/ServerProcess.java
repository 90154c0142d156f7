package dev.clustergov.adapters.rest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The reference server as an operating-system process of its own (服务进程) — {@code java -cp <the test
 * class path> dev.clustergov.adapters.rest.ServerMain --port 0 …}, as the runnable jar starts it — so that
 * a test can kill it with SIGKILL ({@code kill -9}) or stop it with SIGTERM. Its log goes to a file; the
 * port it took is read from its start-up line. When the process is closed its log is copied to
 * {@code target/server-logs/} of the module, so that the exception behind a failed assertion outlives
 * the test's temporary folder.
 */
final class ServerProcess implements AutoCloseable {

  private static final Pattern STARTED = Pattern.compile("clustergov server on port (\\d+)");
  private static final Pattern LISTENING = Pattern.compile("listening on port (\\d+)");

  private final Process process;
  private final Path log;
  private final int port;

  private ServerProcess(Process process, Path log, int port) {
    this.process = process;
    this.log = log;
    this.port = port;
  }

  /** Starts a server with these flags (besides {@code --port 0} and {@code --tokens}); waits until it listens. */
  static ServerProcess start(Path work, String name, String tokens, List<String> flags, Duration startup) throws IOException {
    return start(work, name, tokens, flags, startup, List.of());
  }

  /**
   * As {@link #start(Path, String, String, List, Duration)}, the java command run by {@code launcher} — {@code nsenter …
   * --}, say, to run it in another mount namespace. The launcher must exec java in its own process, so that the process
   * killed and waited for is the server's.
   */
  static ServerProcess start(Path work, String name, String tokens, List<String> flags, Duration startup, List<String> launcher)
      throws IOException {
    return start(work, name, tokens, flags, startup, launcher, null);
  }

  /**
   * Starts a server and returns once its log says {@code awaited} (a step of its start, such as {@code "loading the demo
   * data"}) — or it has started, whichever comes first; {@link #started} tells which.
   */
  static ServerProcess startUntil(Path work, String name, String tokens, List<String> flags, Duration startup, String awaited)
      throws IOException {
    return start(work, name, tokens, flags, startup, List.of(), awaited);
  }

  private static ServerProcess start(Path work, String name, String tokens, List<String> flags, Duration startup, List<String> launcher,
      String awaited) throws IOException {
    Files.createDirectories(work);
    Path tokenFile = work.resolve(name + "-tokens.txt");
    Files.writeString(tokenFile, tokens, StandardCharsets.UTF_8);
    Path log = work.resolve(name + ".log");
    Files.deleteIfExists(log);
    String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    List<String> command = new ArrayList<>(launcher);
    command.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Dfile.encoding=UTF-8",
        // the access log of thousands of requests would only slow the server down here
        "-Dclustergov.log.access=WARN",
        "-cp", classPath, "dev.clustergov.adapters.rest.ServerMain", "--port", "0", "--tokens", tokenFile.toString()));
    command.addAll(flags);
    if (!flags.contains("--signing-key")) {
      // never the default ./clustergov-signing.key, which would be written into the module's folder; one key per work
      // folder, as that default was one per folder: instances sharing a database sign its chain with the same key
      command.addAll(List.of("--signing-key", work.resolve("signing.key").toString()));
    }
    ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.to(log.toFile()));
    pb.environment().keySet().removeIf(k -> k.startsWith("CLUSTERGOV_"));
    Process p = pb.start();
    long deadline = System.nanoTime() + startup.toNanos();
    while (System.nanoTime() < deadline) {
      String text = Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
      Matcher m = STARTED.matcher(text);
      int found = m.find() ? Integer.parseInt(m.group(1)) : -1;
      if (found > 0) {
        return new ServerProcess(p, log, found);
      }
      Matcher listening = LISTENING.matcher(text);
      if (awaited != null && text.contains(awaited) && listening.find()) {
        return new ServerProcess(p, log, Integer.parseInt(listening.group(1)));
      }
      if (!p.isAlive()) {
        throw new IllegalStateException("the server process exited with " + p.exitValue() + ":\n" + tail(log));
      }
      sleep(50);
    }
    p.destroyForcibly();
    throw new IllegalStateException("the server process did not start within " + startup + ":\n" + tail(log));
  }

  /** What a server process that stopped by itself left: its exit code and what it wrote on each stream. */
  record Exited(int code, String out, String err) {}

  /**
   * Runs {@code ServerMain} with exactly these flags and environment variables (none of the caller's
   * {@code CLUSTERGOV_*}) and waits for it to exit, as a start-up that fails must: the process is killed and
   * the test fails after {@code within}.
   */
  static Exited exit(Path work, String name, List<String> flags, java.util.Map<String, String> env, Duration within)
      throws IOException, InterruptedException {
    Files.createDirectories(work);
    String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx128m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Dfile.encoding=UTF-8", "-cp", classPath,
        "dev.clustergov.adapters.rest.ServerMain"));
    command.addAll(flags);
    Path out = work.resolve(name + ".out");
    Path err = work.resolve(name + ".err");
    ProcessBuilder pb = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
    pb.environment().keySet().removeIf(k -> k.startsWith("CLUSTERGOV_"));
    pb.environment().putAll(env);
    Process p = pb.start();
    if (!p.waitFor(within.toMillis(), TimeUnit.MILLISECONDS)) {
      p.destroyForcibly();
      p.waitFor(20, TimeUnit.SECONDS);
      throw new IllegalStateException("the server process did not exit within " + within + ":\n" + tail(err));
    }
    return new Exited(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
  }

  int port() {
    return port;
  }

  /** Whether the server has said it is started (ready, its demo data loaded when asked). */
  boolean started() {
    try {
      return STARTED.matcher(Files.readString(log, StandardCharsets.UTF_8)).find();
    } catch (IOException e) {
      return false;
    }
  }

  /** Waits until the process has said it is started, or fails after {@code within}. */
  void awaitStarted(Duration within) throws IOException, InterruptedException {
    long deadline = System.nanoTime() + within.toNanos();
    while (!started()) {
      if (!process.isAlive() || System.nanoTime() > deadline) {
        throw new IllegalStateException("the server process did not start within " + within + ":\n" + tail(log));
      }
      Thread.sleep(50);
    }
  }

  long pid() {
    return process.pid();
  }

  /** SIGKILL, as {@code kill -9}: no shutdown hook runs, nothing is flushed, connections simply break. */
  void kill9() throws InterruptedException {
    process.destroyForcibly();
    if (!process.waitFor(20, TimeUnit.SECONDS)) {
      throw new IllegalStateException("the server process " + process.pid() + " outlived SIGKILL");
    }
  }

  /** SIGTERM: the server lets requests in flight finish and closes its storage. */
  void stop() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(40, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      process.waitFor(10, TimeUnit.SECONDS);
    }
  }

  /**
   * SIGTERM, and the process's exit code if it exited within {@code within}; empty if it still runs then (it is left
   * running: {@link #close} kills it).
   */
  java.util.OptionalInt terminate(Duration within) throws InterruptedException {
    process.destroy();
    return process.waitFor(within.toMillis(), TimeUnit.MILLISECONDS) ? java.util.OptionalInt.of(process.exitValue())
        : java.util.OptionalInt.empty();
  }

  /** The whole log so far (not only its tail, which {@link #log} gives for a message). */
  String wholeLog() throws IOException {
    return Files.readString(log, StandardCharsets.UTF_8);
  }

  String log() {
    return tail(log);
  }

  @Override
  public void close() throws InterruptedException {
    if (process.isAlive()) {
      process.destroyForcibly();
      process.waitFor(20, TimeUnit.SECONDS);
    }
    keep();
  }

  /** A folder under the module's {@code target/} where a test keeps what must outlive its temporary folder. */
  static Path kept(String name) {
    return Path.of(System.getProperty("basedir", ".")).resolve("target").resolve(name);
  }

  /** Copies the log beside the module's test reports, under the name the test gave the process. */
  private void keep() {
    try {
      Path kept = kept("server-logs");
      Files.createDirectories(kept);
      Files.copy(log, kept.resolve(log.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      System.err.println("the log of the server process " + process.pid() + " could not be kept: " + e);
    }
  }

  private static String tail(Path log) {
    try {
      String s = Files.readString(log, StandardCharsets.UTF_8);
      return s.length() > 4000 ? s.substring(s.length() - 4000) : s;
    } catch (IOException e) {
      return "(no log: " + e.getMessage() + ")";
    }
  }

  private static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
