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
