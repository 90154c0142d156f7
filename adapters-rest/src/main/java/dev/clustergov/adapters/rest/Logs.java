package dev.clustergov.adapters.rest;

import org.slf4j.LoggerFactory;

/**
 * The runnable server's log (日志), text or one JSON object a line (decision 0373): logback, configured from
 * {@code logback-server.xml} beside this class. Touched only by {@link ServerMain}: the module as a library brings no
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

  /** Apart, so that logback's classes are loaded only when logback is there. */
  private static final class Logback {
    static void quiet(java.util.List<String> names) {
      var context = (ch.qos.logback.classic.LoggerContext) LoggerFactory.getILoggerFactory();
      names.forEach(n -> context.getLogger(n).setLevel(ch.qos.logback.classic.Level.ERROR));
    }

    static void configure(Options.LogFormat format) {
      var context = (ch.qos.logback.classic.LoggerContext) LoggerFactory.getILoggerFactory();
      var configurator = new ch.qos.logback.classic.joran.JoranConfigurator();
      configurator.setContext(context);
      context.reset();
      context.putProperty("LOG_FORMAT", format.name());
      try {
        configurator.doConfigure(Logs.class.getResource("logback-server.xml"));
      } catch (ch.qos.logback.core.joran.spi.JoranException e) {
        throw new IllegalStateException("the server's log configuration cannot be read: " + e.getMessage(), e);
      }
    }
  }
}
