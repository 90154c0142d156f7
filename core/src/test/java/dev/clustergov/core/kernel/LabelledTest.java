package dev.clustergov.core.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Issue 20, decision 0598: an enum's words come from one interface, {@link Labelled}, for the evidence lines
 * ({@code Evidence}) and the choices an error lists ({@link Parsing#choicesZh}) alike — no longer found by reflection,
 * {@code title} then {@code label} in one place and {@code label} then {@code title} in the other. Every enum of the
 * core that has its words in a public {@code label()} or {@code title()} is {@link Labelled} and gives the same words
 * through it, so no text a person reads changed.
 */
class LabelledTest {

  /** Every enum compiled into the core's main classes. */
  private static List<Class<?>> enums() throws IOException, URISyntaxException {
    Path root = Path.of(Labelled.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    List<Class<?>> out = new ArrayList<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path p : files.filter(f -> f.toString().endsWith(".class")).toList()) {
        String name = root.relativize(p).toString().replace('/', '.').replaceAll("\\.class$", "");
        try {
          Class<?> c = Class.forName(name, false, LabelledTest.class.getClassLoader());
          if (c.isEnum()) {
            out.add(c);
          }
        } catch (ClassNotFoundException | LinkageError e) {
          // not loadable on its own: not an enum a text shows
        }
      }
    }
    return out;
  }

  /** The words the old reflective lookups found: a public {@code label()} or {@code title()} giving a {@link Text}. */
  private static Optional<Method> words(Class<?> type) {
    for (String name : new String[] {"label", "title"}) {
      try {
        Method m = type.getMethod(name);
        if (m.getReturnType() == Text.class && !Modifier.isStatic(m.getModifiers())) {
          return Optional.of(m);
        }
      } catch (NoSuchMethodException e) {
        // the next name
      }
    }
    return Optional.empty();
  }

  @Test
  void everyEnumWithWordsIsLabelledAndSaysTheSameThroughIt() throws Exception {
    List<Class<?>> all = enums();
    assertThat(all).hasSizeGreaterThan(40);
    List<String> found = new ArrayList<>();
    int labelled = 0;
    for (Class<?> type : all) {
      Optional<Method> words = words(type);
      if (words.isEmpty()) {
        continue;
      }
      if (!Labelled.class.isAssignableFrom(type)) {
        found.add(type.getName() + " has words but is not Labelled");
        continue;
      }
      labelled++;
      for (Object constant : type.getEnumConstants()) {
        Text reflected = (Text) words.get().invoke(constant);
        if (!reflected.equals(((Labelled) constant).label())) {
          found.add(type.getName() + "." + constant + ": " + reflected + " by reflection, " + ((Labelled) constant).label());
        }
      }
    }
    assertThat(found).isEmpty();
    assertThat(labelled).isGreaterThanOrEqualTo(41);
  }

  @Test
  void theChoicesNameEachConstantByItsLabelAndAnUnlabelledOneByItsCode() {
    assertThat(Parsing.choicesZh(dev.clustergov.core.organization.LifecycleStage.class))
        .startsWith("筹建中（PROPOSED）、已组建（ESTABLISHED）、");
    assertThat(Parsing.choicesZh(dev.clustergov.core.supervision.SanctionKind.class)).startsWith("警告（WARNING）、责令限期整改（");
    assertThat(Parsing.choicesZh(Language.class)).isEqualTo("“ZH”、“EN”");
  }

  @Test
  void labelledGivesTheWordsOfALabelledValueOnly() {
    assertThat(Labelled.of(dev.clustergov.core.supervision.Rating.GOLD)).contains(dev.clustergov.core.supervision.Rating.GOLD.title());
    assertThat(Labelled.of(Language.ZH)).isEmpty();
    assertThat(Labelled.of("GOLD")).isEmpty();
  }
}
