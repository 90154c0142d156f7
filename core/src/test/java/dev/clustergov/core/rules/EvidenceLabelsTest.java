package dev.clustergov.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clustergov.core.kernel.Text;
import dev.clustergov.core.policy.Parameters;
import dev.clustergov.core.testkit.ChineseTerms;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Decision 0525 (the list: {@code mvn -pl core test -Dtest=EvidenceLabelsTest}, then {@code core/target/evidence-names.txt}):
 * every evidence name the core can give — a rule's, a guard's, an indicator's, the incentive
 * calculator's — has a label in Chinese and in English ({@link EvidenceLabels}). The names are read from the core's main
 * sources, not from a list kept here: every place that makes an {@link Evidence} names it by a literal, by a policy
 * parameter's key, or by one of the few parameters that carry a name from their callers (a command's field, an
 * {@code Outcome.unless} name), whose callers' literals are read too. A new place that names evidence some other way
 * fails {@link #everyPlaceThatNamesEvidenceIsRead} until it is read here.
 */
class EvidenceLabelsTest {

  private static final Path MAIN = locate("core/src/main/java");

  private static Path locate(String path) {
    for (Path p : List.of(Path.of(path), Path.of("..").resolve(path))) {
      if (Files.isDirectory(p)) {
        return p;
      }
    }
    throw new IllegalStateException("no " + path + " from " + Path.of("").toAbsolutePath());
  }

  /** Every place that makes evidence, and the first argument it names it by. */
  private static final Pattern MADE = Pattern.compile("(?:Evidence\\.(?:of|lazily)|new Evidence)\\(\\s*([^,]+?),");
  private static final Pattern LITERAL = Pattern.compile("\"(\\w+)\"");
  private static final Pattern PARAMETER_KEY = Pattern.compile("Parameters\\.(\\w+)\\.key\\(\\)");

  /**
   * The names carried from callers: the parameter that carries one (as written where the evidence is made, in that
   * file) and the form of its callers whose literal is the name.
   */
  private record Carrier(String file, String argument, Pattern callers) {}

  private static final List<Carrier> CARRIERS = List.of(
      // Outcome.unless(problems, "missingLayers")
      new Carrier("Outcome.java", "name", Pattern.compile("Outcome\\.unless\\((?:[^;]*?),\\s*\"(\\w+)\"\\)", Pattern.DOTALL)),
      // money(activities, "landedInvestment", …)
      new Carrier("Measurements.java", "name", Pattern.compile("money\\(\\w+,\\s*\"(\\w+)\"")),
      // Guard.Decision.by("decidedBy", …)
      new Carrier("Guard.java", "field", Pattern.compile("Decision\\.by\\(\\s*\"(\\w+)\"")),
      // EvaluationRules.Dated("on", …), Dated.on("from", …)
      new Carrier("EvaluationRules.java", "s.field()", Pattern.compile("Dated(?:\\.on)?\\(\\s*\"(\\w+)\"")),
      // EvaluationRules.Since("recognisedOn", …)
      new Carrier("EvaluationRules.java", "b.name()", Pattern.compile("Since\\(\\s*\"(\\w+)\"")),
      // OperationRules.OperationDate.Recorded("heldOn", …)
      new Carrier("OperationRules.java", "r.field()", Pattern.compile("Recorded\\(\\s*\"(\\w+)\"")));

  /** The names the sources give, each with where it is given. */
  static SortedMap<String, Set<String>> namesInTheSources() {
    SortedMap<String, Set<String>> names = new TreeMap<>();
    sources().forEach((file, text) -> {
      Matcher m = MADE.matcher(text);
      while (m.find()) {
        String arg = m.group(1).strip();
        Matcher literal = LITERAL.matcher(arg);
        Matcher key = PARAMETER_KEY.matcher(arg);
        if (literal.matches()) {
          names.computeIfAbsent(literal.group(1), k -> new TreeSet<>()).add(file);
        } else if (key.matches()) {
          names.computeIfAbsent(parameterKey(key.group(1)), k -> new TreeSet<>()).add(file);
        }
      }
      for (Carrier c : CARRIERS) {
        Matcher callers = c.callers().matcher(text);
        while (callers.find()) {
          names.computeIfAbsent(callers.group(1), k -> new TreeSet<>()).add(file);
        }
      }
    });
    return names;
  }

  private static String parameterKey(String constant) {
    try {
      return ((dev.clustergov.core.policy.Parameter<?>) Parameters.class.getField(constant).get(null)).key();
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("no parameter " + constant, e);
    }
  }

  private static Map<String, String> sources() {
    Map<String, String> out = new TreeMap<>();
    try (Stream<Path> files = Files.walk(MAIN)) {
      files.filter(p -> p.toString().endsWith(".java")).forEach(p -> {
        try {
          out.put(MAIN.relativize(p).toString(), Files.readString(p));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  @Test
  void everyPlaceThatNamesEvidenceIsRead() {
    List<String> unread = new ArrayList<>();
    sources().forEach((file, text) -> {
      Matcher m = MADE.matcher(text);
      while (m.find()) {
        String arg = m.group(1).strip();
        String name = Path.of(file).getFileName().toString();
        boolean read = LITERAL.matcher(arg).matches() || PARAMETER_KEY.matcher(arg).matches()
            || CARRIERS.stream().anyMatch(c -> c.file().equals(name) && c.argument().equals(arg))
            // Evidence's own factories pass their caller's name on
            || name.equals("Evidence.java");
        if (!read) {
          unread.add(file + ": evidence named by “" + arg + "”");
        }
      }
    });
    assertThat(unread).as("evidence named in a way this test does not read: add a Carrier for it").isEmpty();
    // the carriers still exist: a renamed one would otherwise read nothing
    for (Carrier c : CARRIERS) {
      assertThat(sources().entrySet()).as(c.toString()).anySatisfy(e -> {
        assertThat(e.getKey()).endsWith(c.file());
        assertThat(e.getValue()).contains("Evidence.of(" + c.argument() + ",");
      });
      assertThat(sources().values()).as("callers of " + c).anySatisfy(t -> assertThat(c.callers().matcher(t).find()).isTrue());
    }
  }

  @Test
  void everyEvidenceNameHasALabelInBothLanguages() {
    SortedMap<String, Set<String>> names = namesInTheSources();
    assertThat(names).as("the sources give evidence names").hasSizeGreaterThan(200);
    List<String> unlabelled = new ArrayList<>();
    names.forEach((name, where) -> {
      var label = EvidenceLabels.label(name);
      if (label.isEmpty() || label.get().zh().isBlank() || label.get().en().isBlank()) {
        unlabelled.add(name + " (" + String.join(", ", where) + ")");
      }
    });
    // the list to read: core/target/evidence-names.txt, one name a line with its labels and the sources that give it
    StringBuilder list = new StringBuilder();
    names.forEach((name, where) -> {
      Text label = EvidenceLabels.label(name).orElse(Text.of("（无）", "(none)"));
      list.append(name).append('\t').append(label.zh()).append('\t').append(label.en()).append('\t')
          .append(String.join(", ", where)).append('\n');
    });
    try {
      Files.createDirectories(Path.of("target"));
      Files.writeString(Path.of("target", "evidence-names.txt"), list.toString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    assertThat(unlabelled).as("evidence names without a label in EvidenceLabels").isEmpty();
  }

  @Test
  void theTableLabelsNoNameTheSourcesDoNotGive() {
    Set<String> stale = new TreeSet<>(EvidenceLabels.all().keySet());
    stale.removeAll(namesInTheSources().keySet());
    assertThat(stale).as("labels of names no source gives").isEmpty();
  }

  @Test
  void everyLabelIsInTheTermsTableAndTheRegister() {
    List<String> found = new ArrayList<>();
    EvidenceLabels.all().forEach((name, label) -> {
      Text t = label;
      if (!ChineseTerms.isChinese(t.zh())) {
        found.add(name + ": not Chinese: " + t.zh());
      }
      ChineseTerms.problems(t.zh()).forEach(p -> found.add(name + ": " + p));
      ChineseTerms.englishProblems(t.en()).forEach(p -> found.add(name + ": " + p));
      ChineseTerms.mismatch(t.zh(), t.en()).forEach(p -> found.add(name + ": " + p));
      if (t.en().chars().anyMatch(ch -> Character.UnicodeScript.of(ch) == Character.UnicodeScript.HAN)) {
        found.add(name + ": Chinese in the English label: " + t.en());
      }
    });
    assertThat(found).isEmpty();
  }
}
