package dev.clustergov.core.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import dev.clustergov.core.application.Clustergov;
import dev.clustergov.core.rules.Evidence;
import dev.clustergov.core.rules.Guard;
import dev.clustergov.core.rules.RuleBook;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Guards hold their checks (命令前提自带判断, decision 0346): every guard the rule book lists can check a
 * situation itself; no use case decides a guard inline and reports it with {@code finding(...)}; every
 * command lists the guards it applies, and every guard is applied by some command.
 */
class GuardsHoldTheirChecksTest {

  @Test
  void a_guard_cannot_be_made_without_its_check() {
    // the transitional constructor without a check is gone: every way to make a guard takes one
    for (var c : Guard.class.getConstructors()) {
      assertThat(c.getParameterTypes()).as(c.toString()).contains(Guard.Check.class);
    }
    for (Method m : Guard.class.getMethods()) {
      if (java.lang.reflect.Modifier.isStatic(m.getModifiers()) && m.getReturnType() == Guard.class) {
        assertThat(m.getParameterCount()).as(m.toString()).isGreaterThan(3);
      }
    }
    assertThat(RuleBook.standard().guards()).allSatisfy(g -> assertThat(g.check()).as(g.id()).isNotNull());
  }

  @Test
  void no_use_case_reports_a_guard_it_decided_itself() {
    noClasses().that().resideInAPackage("dev.clustergov.core.application..")
        .should().callMethod(Guard.class, "finding", Evidence[].class)
        .because("a guard holds its check: a command states the situation and calls check(...) (decision 0346)")
        .check(ArchitectureTest.CORE_MAIN_CLASSES);
  }

  /** The commands of the façade: what it hands out whose {@code handle} takes a {@code Command}. */
  static List<Class<?>> commands() {
    List<Class<?>> out = new ArrayList<>();
    for (Method m : Clustergov.class.getMethods()) {
      Class<?> type = m.getReturnType();
      if (m.getParameterCount() == 0 && type.getPackageName().startsWith("dev.clustergov.core.application.")) {
        for (Method h : type.getMethods()) {
          if (h.getName().equals("handle") && h.getParameterCount() == 1 && h.getParameterTypes()[0].getSimpleName().equals("Command")) {
            out.add(type);
            break;
          }
        }
      }
    }
    return out;
  }

  @SuppressWarnings("unchecked")
  static List<Guard<?>> guardsOf(Class<?> command) throws ReflectiveOperationException {
    Field f = command.getField("GUARDS");
    assertThat(Modifier.isStatic(f.getModifiers())).as(command.getSimpleName() + ".GUARDS is static").isTrue();
    return (List<Guard<?>>) f.get(null);
  }

  @Test
  void every_command_lists_its_guards_and_every_guard_is_applied_by_a_command() throws ReflectiveOperationException {
    List<Class<?>> commands = commands();
    assertThat(commands).as("commands of the façade").hasSizeGreaterThan(40);
    Set<String> applied = new HashSet<>();
    List<String> without = new ArrayList<>();
    for (Class<?> c : commands) {
      try {
        guardsOf(c).forEach(g -> applied.add(g.id()));
      } catch (NoSuchFieldException e) {
        without.add(c.getSimpleName());
      }
    }
    assertThat(without).as("commands that do not list their guards").isEmpty();
    List<String> unapplied = RuleBook.standard().guards().stream().map(Guard::id).filter(id -> !applied.contains(id)).toList();
    assertThat(unapplied).as("guards no command lists").isEmpty();
  }
}
