package dev.clustergov.examples;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.spi.ContextAwareBase;

/**
 * The examples' log (日志), found by logback through {@code META-INF/services} and set up in code (no XML to read at
 * start): what {@code simplelogger.properties} said when the examples logged through slf4j-simple — INFO and up to
 * stderr, one line each, the libraries' chatter at WARN. The server the examples start ({@code rest-benchmark}'s, the
 * walkthroughs') replaces it with the server's own log, as the runnable server does (decision 0614).
 */
public final class ExamplesLog extends ContextAwareBase implements Configurator {

  @Override
  public ExecutionStatus configure(LoggerContext context) {
    PatternLayoutEncoder encoder = new PatternLayoutEncoder();
    encoder.setContext(context);
    encoder.setPattern("%d{yyyy-MM-dd'T'HH:mm:ss.SSSZ} %level %logger{0} - %msg%n");
    encoder.start();
    ConsoleAppender<ILoggingEvent> console = new ConsoleAppender<>();
    console.setContext(context);
    console.setName("CONSOLE");
    console.setTarget("System.err");
    console.setEncoder(encoder);
    console.start();
    context.getLogger("org.eclipse.jetty").setLevel(Level.WARN);
    context.getLogger("io.javalin").setLevel(Level.WARN);
    // its one error, "Failed to start Javalin", is told by the server in one line with the reason and the exit code 6
    context.getLogger("io.javalin.Javalin").setLevel(Level.OFF);
    context.getLogger("com.zaxxer.hikari").setLevel(Level.WARN);
    context.getLogger("org.flywaydb").setLevel(Level.WARN);
    var root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    root.setLevel(Level.INFO);
    root.addAppender(console);
    return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
  }
}
