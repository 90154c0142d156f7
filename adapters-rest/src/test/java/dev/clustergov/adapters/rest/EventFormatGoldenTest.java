package dev.clustergov.adapters.rest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clustergov.adapters.rest.demo.Demo;
import dev.clustergov.adapters.rest.demo.DemoData;
import dev.clustergov.core.application.port.RecordedEvent;
import dev.clustergov.core.testkit.memory.InMemoryClustergov;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The event log's format (事件格式) is a published contract: the event feed and the hash chain carry it, and a
 * host may read it as an outbox. The demo registry (its named set and the generated small set) is recorded and each event's
 * type, aggregate and data — everything but the instant (and the dossier hash that covers instants) — must equal the golden file line for line, so a change of
 * how events are built in the code cannot change what is stored. A deliberate change of format regenerates the file
 * ({@code -Dclustergov.golden.write=true}) and says so in a decision record, with a migration of stored events.
 */
class EventFormatGoldenTest {

  static final String GOLDEN = "/golden/demo-events.txt";

  static List<String> demoEvents() {
    InMemoryClustergov memory = new InMemoryClustergov();
    Demo.loadAll(memory.ports(), DemoData.Size.SMALL);
    List<String> lines = new ArrayList<>();
    long after = 0;
    while (true) {
      List<RecordedEvent> page = memory.ports().events().read(after, 1000);
      if (page.isEmpty()) {
        break;
      }
      for (RecordedEvent r : page) {
        String canonical = r.event().canonical();
        // the instant is the clock's, not the format's
        lines.add(r.sequence() + " " + canonical.replaceAll("(?m)^at=.*\\n", "")
            // a dossier's hash covers the instants of its records: its form is the format, its value is not
            .replaceAll("(?m)^(data\\.dossierHash=)[0-9a-f]{64}$", "$1<sha-256>")
            .replace("\n", " | "));
        after = r.sequence();
      }
    }
    return lines;
  }

  @Test
  void the_demo_registrys_events_keep_their_recorded_format() throws IOException {
    List<String> actual = demoEvents();
    if (Boolean.getBoolean("clustergov.golden.write")) {
      Path out = Path.of("src/test/resources" + GOLDEN);
      Files.writeString(out, String.join("\n", actual) + "\n", StandardCharsets.UTF_8);
    }
    List<String> expected;
    try (InputStream in = EventFormatGoldenTest.class.getResourceAsStream(GOLDEN)) {
      assertThat(in).as("golden file " + GOLDEN).isNotNull();
      expected = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    }
    assertThat(actual).as("events recorded by the demo registry").hasSizeGreaterThan(150);
    for (int i = 0; i < Math.min(actual.size(), expected.size()); i++) {
      assertThat(actual.get(i)).as("event line " + (i + 1)).isEqualTo(expected.get(i));
    }
    assertThat(actual).hasSameSizeAs(expected);
  }
}
