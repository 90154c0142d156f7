package dev.clustergov.core.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clustergov.core.application.port.RecordedEvent;
import dev.clustergov.core.disclosure.MajorMatters;
import dev.clustergov.core.policy.KnownEvents;
import dev.clustergov.core.testkit.memory.InMemoryClustergov;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The event types a policy may name as major matters are the types the commands record ({@link KnownEvents},
 * Art.14). This runs the chapters' scenarios and the use-case tests again — every {@code *Test} of
 * {@code core.scenario} and {@code core.application} — collects the type of every event their registries
 * recorded, and fails when a command records a type the set does not hold (a new command, a renamed event),
 * so that a pack naming it would be refused; and when the set holds a type no command recorded in them.
 */
class KnownEventsTest {

  static final List<String> PACKAGES = List.of("dev.clustergov.core.scenario", "dev.clustergov.core.application");

  @Test
  void every_event_type_a_command_records_in_the_scenarios_is_a_known_event_type_and_every_known_one_is_recorded() throws Exception {
    Map<String, String> recordedBy = new TreeMap<>();
    Map<String, String> qualified = new TreeMap<>();
    for (Class<?> test : testClasses()) {
      for (Method m : test.getDeclaredMethods()) {
        if (m.isAnnotationPresent(Test.class) && m.getParameterCount() == 0) {
          run(test, m).forEach(key -> (key.contains(".") ? qualified : recordedBy).putIfAbsent(key, test.getSimpleName() + "." + m.getName()));
        }
      }
    }
    assertThat(recordedBy).as("event types recorded by the scenarios and use-case tests").hasSizeGreaterThan(40);
    Map<String, String> unknown = new TreeMap<>(recordedBy);
    unknown.keySet().removeIf(KnownEvents.TYPES::contains);
    // the keys a pack may name an event by, its type qualified by the layer or role it carries (MajorMatters.keys)
    Map<String, String> unnamed = new TreeMap<>(qualified);
    unnamed.keySet().removeIf(KnownEvents::names);
    assertThat(qualified).as("qualified keys recorded by the scenarios").containsKeys("SeatAppointed.MANAGEMENT", "SeatRemoved.MEMBER", "PlatformRegistered.BUILT");
    assertThat(unnamed).as("qualified keys recorded that KnownEvents.QUALIFIERS does not name, with the test that first recorded each")
        .isEmpty();
    assertThat(unknown).as("recorded types missing from KnownEvents.TYPES, with the test that first recorded each").isEmpty();
    Set<String> unrecorded = new TreeSet<>(KnownEvents.TYPES.toJavaSet());
    unrecorded.removeAll(recordedBy.keySet());
    assertThat(unrecorded).as("types in KnownEvents.TYPES that no command recorded in the scenarios").isEmpty();
  }

  /**
   * The types of the events a fresh instance of {@code test} records running {@code method}, pass or fail, and the keys
   * qualified by the layer or role they carry.
   */
  static Set<String> run(Class<?> test, Method method) throws Exception {
    Constructor<?> constructor = test.getDeclaredConstructor();
    constructor.setAccessible(true);
    Object instance;
    try {
      instance = constructor.newInstance();
    } catch (ReflectiveOperationException e) {
      return Set.of();
    }
    try {
      for (Method before : test.getDeclaredMethods()) {
        if (before.isAnnotationPresent(BeforeEach.class) && before.getParameterCount() == 0) {
          before.setAccessible(true);
          before.invoke(instance);
        }
      }
      method.setAccessible(true);
      method.invoke(instance);
    } catch (ReflectiveOperationException | RuntimeException | AssertionError e) {
      // the test's own verdict is its run's business; here only what it recorded counts
    }
    Set<String> types = new TreeSet<>();
    for (InMemoryClustergov memory : registries(instance, 3, new IdentityHashMap<>())) {
      for (RecordedEvent r : memory.ports().events().read(0, 1_000_000)) {
        types.addAll(MajorMatters.keys(r.event()));
      }
    }
    return types;
  }

  /** The in-memory registries reachable from {@code o} through its fields, {@code depth} fields deep. */
  static List<InMemoryClustergov> registries(Object o, int depth, Map<Object, Boolean> seen) throws IllegalAccessException {
    List<InMemoryClustergov> found = new ArrayList<>();
    if (o == null || seen.put(o, true) != null) {
      return found;
    }
    if (o instanceof InMemoryClustergov memory) {
      found.add(memory);
      return found;
    }
    if (depth == 0 || !o.getClass().getName().startsWith("dev.clustergov.core")) {
      return found;
    }
    for (Class<?> c = o.getClass(); c != null && c.getName().startsWith("dev.clustergov.core"); c = c.getSuperclass()) {
      for (Field f : c.getDeclaredFields()) {
        if (!Modifier.isStatic(f.getModifiers()) && !f.getType().isPrimitive()) {
          f.setAccessible(true);
          found.addAll(registries(f.get(o), depth - 1, seen));
        }
      }
    }
    return found;
  }

  static List<Class<?>> testClasses() throws Exception {
    Path root = Path.of(KnownEventsTest.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    List<Class<?>> classes = new ArrayList<>();
    for (String pkg : PACKAGES) {
      try (Stream<Path> files = Files.list(root.resolve(pkg.replace('.', '/')))) {
        for (Path p : files.sorted().toList()) {
          String name = p.getFileName().toString();
          if (name.endsWith("Test.class") && !name.contains("$") && !name.equals("KnownEventsTest.class")) {
            classes.add(Class.forName(pkg + "." + name.substring(0, name.length() - ".class".length())));
          }
        }
      }
    }
    return classes;
  }
}
