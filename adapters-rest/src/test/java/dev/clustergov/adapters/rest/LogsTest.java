package dev.clustergov.adapters.rest;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The server's log set up in code is what {@code logback-server.xml} describes (decision 0585). */
class LogsTest {

  @ParameterizedTest
  @EnumSource(Options.LogFormat.class)
  void the_log_set_up_in_code_has_the_levels_appender_and_encoding_the_xml_describes(Options.LogFormat format) throws Exception {
    LoggerContext fromXml = new LoggerContext();
    fromXml.putProperty("LOG_FORMAT", format.name());
    JoranConfigurator configurator = new JoranConfigurator();
    configurator.setContext(fromXml);
    configurator.doConfigure(Logs.class.getResource("logback-server.xml"));
    LoggerContext inCode = new LoggerContext();
    Logs.Logback.configure(inCode, format);

    assertThat(levels(inCode)).isEqualTo(levels(fromXml)).containsEntry("ROOT", Level.INFO).containsEntry("io.javalin.Javalin", Level.OFF);
    ConsoleAppender<ILoggingEvent> xmlAppender = appender(fromXml);
    ConsoleAppender<ILoggingEvent> codeAppender = appender(inCode);
    assertThat(codeAppender.getName()).isEqualTo(xmlAppender.getName()).isEqualTo(format.name());
    assertThat(codeAppender.getTarget()).isEqualTo(xmlAppender.getTarget()).isEqualTo("System.err");
    assertThat(codeAppender.getEncoder().getClass()).isEqualTo(xmlAppender.getEncoder().getClass());

    LoggingEvent event = new LoggingEvent("test", fromXml.getLogger("clustergov.server"), Level.WARN, "a {} line", null,
        new Object[] {"logged"});
    event.setTimeStamp(1_700_000_000_000L);
    event.setThreadName("main");
    event.setMDCPropertyMap(Map.of("incident", "inc-1"));
    String written = new String(codeAppender.getEncoder().encode(event), StandardCharsets.UTF_8);
    assertThat(written).isEqualTo(new String(xmlAppender.getEncoder().encode(event), StandardCharsets.UTF_8)).contains("a logged line");
  }

  @Test
  void the_access_log_takes_its_level_from_the_system_property_as_the_xml_does() {
    String before = System.getProperty("clustergov.log.access");
    System.setProperty("clustergov.log.access", "WARN");
    try {
      LoggerContext inCode = new LoggerContext();
      Logs.Logback.configure(inCode, Options.LogFormat.TEXT);
      assertThat(inCode.getLogger("clustergov.access").getLevel()).isEqualTo(Level.WARN);
    } finally {
      if (before == null) {
        System.clearProperty("clustergov.log.access");
      } else {
        System.setProperty("clustergov.log.access", before);
      }
    }
  }

  @ParameterizedTest
  @EnumSource(Options.LogFormat.class)
  void the_access_log_is_queued_for_the_console_as_the_xml_describes_and_every_line_is_written(Options.LogFormat format)
      throws Exception {
    LoggerContext fromXml = new LoggerContext();
    fromXml.putProperty("LOG_FORMAT", format.name());
    JoranConfigurator configurator = new JoranConfigurator();
    configurator.setContext(fromXml);
    configurator.doConfigure(Logs.class.getResource("logback-server.xml"));
    LoggerContext inCode = new LoggerContext();
    Logs.Logback.configure(inCode, format);

    for (LoggerContext context : java.util.List.of(fromXml, inCode)) {
      Logger access = context.getLogger("clustergov.access");
      assertThat(access.isAdditive()).as("the access line is written once, by its queue").isFalse();
      var queued = (ch.qos.logback.classic.AsyncAppender) access.getAppender(Logs.Logback.ACCESS_APPENDER);
      assertThat(queued).as("the access log's queue").isNotNull();
      assertThat(queued.getQueueSize()).isEqualTo(Logs.Logback.ACCESS_QUEUE);
      assertThat(queued.getDiscardingThreshold()).as("no line is discarded when the queue fills").isZero();
      assertThat(queued.isNeverBlock()).as("a full queue makes the request wait").isFalse();
      assertThat(queued.getAppender(format.name())).as("the queue writes to the console's appender").isSameAs(appender(context));
    }

    // every access line reaches the console, in order, once the queue is flushed as an orderly stop does
    inCode.setMDCAdapter(new ch.qos.logback.classic.util.LogbackMDCAdapter()); // what logback's provider gives its context
    ConsoleAppender<ILoggingEvent> console = appender(inCode);
    java.io.ByteArrayOutputStream written = new java.io.ByteArrayOutputStream();
    console.setOutputStream(written);
    Logger access = inCode.getLogger("clustergov.access");
    for (int i = 0; i < 3 * Logs.Logback.ACCESS_QUEUE; i++) {
      access.info("{} {} {} {}ms", "GET", "/public/organizations/org-" + i, 200, 1);
    }
    access.getAppender(Logs.Logback.ACCESS_APPENDER).stop();
    String[] lines = written.toString(StandardCharsets.UTF_8).split("\n");
    assertThat(lines).hasSize(3 * Logs.Logback.ACCESS_QUEUE);
    assertThat(lines[0]).contains("GET").contains("org-0 200 1ms");
    assertThat(lines[lines.length - 1]).contains("org-" + (3 * Logs.Logback.ACCESS_QUEUE - 1) + " 200 1ms");
  }

  private static Map<String, Level> levels(LoggerContext context) {
    Map<String, Level> levels = new TreeMap<>();
    for (Logger logger : context.getLoggerList()) {
      if (logger.getLevel() != null) {
        levels.put(logger.getName(), logger.getLevel());
      }
    }
    return levels;
  }

  @SuppressWarnings("unchecked")
  private static ConsoleAppender<ILoggingEvent> appender(LoggerContext context) {
    var appenders = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).iteratorForAppenders();
    var only = (ConsoleAppender<ILoggingEvent>) appenders.next();
    assertThat(appenders.hasNext()).as("one appender").isFalse();
    return only;
  }
}
