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

  /** Apart, so that logback's classes are loaded only when logback is there. */
  private static final class Logback {
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
