package dev.clustergov.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clustergov.core.organization.LifecycleStage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The README's first hour runs, ends with a recognised PO, and is quoted in the README as it is in the code. */
class FirstHourTest {

  @Test
  void the_first_hour_reaches_a_recognised_po_after_reporting_what_recognition_asks_and_handling_a_refusal() {
    var bytes = new ByteArrayOutputStream();
    var po = FirstHour.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String out = bytes.toString(StandardCharsets.UTF_8);

    assertThat(po.stage()).isEqualTo(LifecycleStage.RECOGNISED);
    assertThat(out).contains("establishment clear: true; recognition asks for: [A2-legal-person]")
        .contains("refused: A26-own-authority");
  }

  @Test
  void the_readme_quotes_the_code_as_it_is() throws Exception {
    Path root = Path.of("").toAbsolutePath();
    Path readme = Files.exists(root.resolve("README.md")) ? root.resolve("README.md") : root.getParent().resolve("README.md");
    Path source = readme.getParent().resolve("examples/src/main/java/dev/clustergov/examples/FirstHour.java");
    String code = Files.readString(source);
    String quoted = code.substring(code.indexOf("// first-hour:start") + "// first-hour:start".length(), code.indexOf("    // first-hour:end"));
    String unindented = quoted.lines().map(l -> l.startsWith("    ") ? l.substring(4) : l).reduce("", (a, b) -> a + b + "\n").strip();
    assertThat(Files.readString(readme)).contains(unindented);
  }
}
