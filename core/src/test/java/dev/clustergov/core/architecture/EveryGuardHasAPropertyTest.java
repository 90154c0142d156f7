package dev.clustergov.core.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import dev.clustergov.core.rules.Guard;
import dev.clustergov.core.rules.RuleBook;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every guard is tested on both sides by property (命令前提均有性质测试, issue 14 item 3): each guard the rule book lists is
 * checked, through one of the constants that hold it, by a {@code *GuardProperties} class beside the rules — a guard added
 * with only example tests fails here, naming itself.
 */
class EveryGuardHasAPropertyTest {

  static final Path PROPERTIES = Path.of("src/test/java/dev/clustergov/core/rules");

  /** Each guard of the core's rules, with the constants that hold it, as {@code Class.FIELD}. */
  static Map<Guard<?>, List<String>> constants() throws IllegalAccessException, ClassNotFoundException {
    Map<Guard<?>, List<String>> held = new IdentityHashMap<>();
    for (JavaClass c : ArchitectureTest.CORE_MAIN_CLASSES) {
      if (!c.getPackageName().equals("dev.clustergov.core.rules")) {
        continue;
      }
      for (Field f : Class.forName(c.getName()).getDeclaredFields()) {
        if (Modifier.isStatic(f.getModifiers()) && Modifier.isPublic(f.getModifiers()) && Guard.class.isAssignableFrom(f.getType())) {
          held.computeIfAbsent((Guard<?>) f.get(null), g -> new ArrayList<>()).add(c.getSimpleName() + "." + f.getName());
        }
      }
    }
    return held;
  }

  static String properties() throws IOException {
    StringBuilder all = new StringBuilder();
    try (Stream<Path> files = Files.list(PROPERTIES)) {
      for (Path p : files.filter(p -> p.getFileName().toString().endsWith("GuardProperties.java")).sorted().toList()) {
        all.append(Files.readString(p, StandardCharsets.UTF_8));
      }
    }
    return all.toString();
  }

  @Test
  void every_guard_of_the_rule_book_is_checked_by_a_guard_property() throws Exception {
    Map<Guard<?>, List<String>> constants = constants();
    String properties = properties();
    assertThat(properties).as("the guard properties read from " + PROPERTIES).contains("Property.forAll(");
    List<String> unchecked = new ArrayList<>();
    for (Guard<?> g : RuleBook.standard().guards()) {
      List<String> names = constants.get(g);
      assertThat(names).as(g.id() + " is held by a public constant of the rules").isNotNull();
      if (names.stream().noneMatch(n -> properties.contains(n + ".check("))) {
        unchecked.add(g.id() + " " + names);
      }
    }
    assertThat(unchecked).as("guards no *GuardProperties checks on both sides").isEmpty();
  }
}
