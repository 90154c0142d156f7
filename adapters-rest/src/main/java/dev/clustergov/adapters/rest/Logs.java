package dev.clustergov.adapters.rest;

import org.slf4j.LoggerFactory;

/**
 * The runnable server's log (日志), text or one JSON object a line (decision 0373): logback, configured as
 * {@code logback-server.xml} beside this class describes (in code since issue 16, decision 0585). Touched only by {@link ServerMain}: the module as a library brings no
 * logging backend (logback is an optional dependency), and the host's configuration is never replaced.
 */
final class Logs {

  private Logs() {}

  /**
   * Configures logback for {@code format}, unless the operator gave a configuration of their own
   * ({@code -Dlogback.configurationFile}) or another SLF4J backend is in use; then it leaves the log as it is.
   */
  static void configure(Options.LogFormat format) {
    if (System.getProperty("logback.configurationFile") != null
        || !LoggerFactory.getILoggerFactory().getClass().getName().equals("ch.qos.logback.classic.LoggerContext")) {
      return;
    }
    Logback.configure(format);
  }

  /**
   * The loggers whose reports of a forced stop are a stack trace or a thread dump for what the server's one WARN line has
   * said already (decision 0521): Jetty's thread pool ("Couldn't stop Thread", and the thread's stack at DEBUG) and
   * HikariCP's connection proxy ("marked as broken", with the driver's exception, when the pool aborts a connection in use).
   */
  static final java.util.List<String> CUT_SHORT_LOGGERS = java.util.List.of("org.eclipse.jetty.util.thread.QueuedThreadPool",
      "com.zaxxer.hikari.pool.ProxyConnection");

  /**
   * Once a stop cuts requests short: {@link #CUT_SHORT_LOGGERS} report errors only, for the rest of the process's life (a
   * second or two). Nothing under another SLF4J backend, whose configuration is the host's.
   */
  static void quietCutShort() {
    if (LoggerFactory.getILoggerFactory().getClass().getName().equals("ch.qos.logback.classic.LoggerContext")) {
      Logback.quiet(CUT_SHORT_LOGGERS);
    }
  }

  /** Writes the access lines still queued, under logback (decision 0613); nothing under another backend. */
  static void flushAccess() {
    if (LoggerFactory.getILoggerFactory().getClass().getName().equals("ch.qos.logback.classic.LoggerContext")) {
      Logback.flush();
    }
  }

  /** Apart, so that logback's classes are loaded only when logback is there. */
  static final class Logback {
    static void quiet(java.util.List<String> names) {
      var context = (ch.qos.logback.classic.LoggerContext) LoggerFactory.getILoggerFactory();
      names.forEach(n -> context.getLogger(n).setLevel(ch.qos.logback.classic.Level.ERROR));
    }

    /**
     * What {@code logback-server.xml} says, set up in code: read by logback's XML configurator it was a tenth of the main
     * thread's time to ready (issue 16, decision 0585). The file stays the description an operator copies for a
     * configuration of their own; {@code LogsTest} holds the two to the same appenders, encoders and levels.
     */
    static void configure(Options.LogFormat format) {
      configure((ch.qos.logback.classic.LoggerContext) LoggerFactory.getILoggerFactory(), format);
    }

    static void configure(ch.qos.logback.classic.LoggerContext context, Options.LogFormat format) {
      context.reset();
      context.putProperty("LOG_FORMAT", format.name());
      var appender = new ch.qos.logback.core.ConsoleAppender<ch.qos.logback.classic.spi.ILoggingEvent>();
      appender.setContext(context);
      appender.setName(format.name());
      appender.setTarget("System.err");
      appender.setEncoder(format == Options.LogFormat.JSON ? json(context) : text(context));
      appender.start();
      level(context, "org.eclipse.jetty", ch.qos.logback.classic.Level.WARN);
      level(context, "io.javalin", ch.qos.logback.classic.Level.WARN);
      level(context, "io.javalin.Javalin", ch.qos.logback.classic.Level.OFF);
      level(context, "com.zaxxer.hikari", ch.qos.logback.classic.Level.WARN);
      level(context, "org.flywaydb", ch.qos.logback.classic.Level.WARN);
      // as the XML's ${clustergov.log.access:-INFO}: a system property, else the environment, else INFO
      String access = System.getProperty("clustergov.log.access", System.getenv().getOrDefault("clustergov.log.access", "INFO"));
      level(context, "clustergov.access", ch.qos.logback.classic.Level.toLevel(access));
      var root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
      root.setLevel(ch.qos.logback.classic.Level.INFO);
      root.addAppender(appender);
      // the access log, one line a request, is written by a thread of its own (decision 0613): the request's thread only
      // queues it; a full queue makes the request wait (nothing is discarded), a crash loses what was still queued
      var queued = new ch.qos.logback.classic.AsyncAppender();
      queued.setContext(context);
      queued.setName(ACCESS_APPENDER);
      queued.setQueueSize(ACCESS_QUEUE);
      queued.setDiscardingThreshold(0);
      queued.setNeverBlock(false);
      queued.addAppender(appender);
      queued.start();
      var accessLog = context.getLogger("clustergov.access");
      accessLog.setAdditive(false);
      accessLog.addAppender(queued);
    }

    /** The name of the access log's queueing appender, as in {@code logback-server.xml}. */
    static final String ACCESS_APPENDER = "ACCESS";

    /** How many access lines may wait for the writing thread (decision 0613), as in {@code logback-server.xml}. */
    static final int ACCESS_QUEUE = 8192;

    /**
     * Writes the access lines still queued (waiting at most a second, logback's default) and stops their thread: the last
     * step of an orderly stop (decision 0613). Nothing under another SLF4J backend or an operator's own configuration.
     */
    static void flush() {
      var context = (ch.qos.logback.classic.LoggerContext) LoggerFactory.getILoggerFactory();
      var queued = context.getLogger("clustergov.access").getAppender(ACCESS_APPENDER);
      if (queued != null) {
        queued.stop();
      }
    }

    private static void level(ch.qos.logback.classic.LoggerContext context, String name, ch.qos.logback.classic.Level level) {
      context.getLogger(name).setLevel(level);
    }

    private static ch.qos.logback.core.encoder.Encoder<ch.qos.logback.classic.spi.ILoggingEvent> text(
        ch.qos.logback.classic.LoggerContext context) {
      var encoder = new ch.qos.logback.classic.encoder.PatternLayoutEncoder();
      encoder.setContext(context);
      encoder.setPattern("%d{yyyy-MM-dd'T'HH:mm:ss.SSSZ} %level %logger{0} - %msg%n");
      encoder.start();
      return encoder;
    }

    private static ch.qos.logback.core.encoder.Encoder<ch.qos.logback.classic.spi.ILoggingEvent> json(
        ch.qos.logback.classic.LoggerContext context) {
      var encoder = new ch.qos.logback.classic.encoder.JsonEncoder();
      encoder.setContext(context);
      encoder.setWithSequenceNumber(false);
      encoder.setWithNanoseconds(false);
      encoder.setWithContext(false);
      encoder.setWithMessage(false);
      encoder.setWithArguments(false);
      encoder.setWithFormattedMessage(true);
      encoder.start();
      return encoder;
    }
  }
}
