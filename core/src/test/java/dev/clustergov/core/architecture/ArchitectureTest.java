package dev.clustergov.core.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.Architectures;
import dev.clustergov.core.architecture.planted.DrawsRandomness;
import dev.clustergov.core.architecture.planted.ReadsTheClock;
import dev.clustergov.core.architecture.planted.TalksToADatabase;
import dev.clustergov.core.architecture.planted.onion.application.UseCase;
import dev.clustergov.core.architecture.planted.onion.application.port.Store;
import dev.clustergov.core.architecture.planted.onion.kernel.LeaksOutward;
import dev.clustergov.core.architecture.planted.onion.kernel.Value;
import dev.clustergov.core.architecture.planted.onion.rules.Check;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The core's architecture (DESIGN.md, STYLE.md), checked on its main classes only. Each rule is also
 * shown, once, to fail on a planted violation from {@code planted}: a rule that names a package that
 * does not exist, or that can never fail, checks nothing.
 */
class ArchitectureTest {

  static final String CORE = "dev.clustergov.core";

  static final JavaClasses CORE_MAIN_CLASSES = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages(CORE);

  // ---- the rules -------------------------------------------------------------------------------

  /** I/O lives in the adapters: the JDK's database, network and file APIs are not for the core. */
  static final String[] IO_PACKAGES = {"java.sql..", "javax.sql..", "java.net..", "java.nio.file..", "java.io.."};

  static final ArchRule DEPENDS_ONLY_ON_THE_JDK_VAVR_AND_IMMUTABLES = classes()
      .that().resideInAPackage(CORE + "..")
      .should().onlyDependOnClassesThat(
          resideInAnyPackage("java..", "io.vavr..", "org.immutables..", CORE + "..")
              .and(not(resideInAnyPackage(IO_PACKAGES))))
      .as("the core's main classes depend only on java.* (without its I/O packages), io.vavr.*, org.immutables.* and the core")
      .because("the core is embedded in hosts of every kind: no framework, no I/O, no java.sql, no JSON (DESIGN.md)");

  /**
   * The onion over the packages under {@code root}: the model at the centre, the rules around it, the
   * use cases and their ports outside; nothing is left outside the onion. A function of the root so
   * the planted classes can be checked against the very same rule.
   */
  static ArchRule onion(String root) {
    return Architectures.onionArchitecture()
        .domainModels(root + ".kernel..", root + ".guideline..", root + ".cluster..", root + ".organization..",
            root + ".governance..", root + ".management..", root + ".finance..", root + ".supervision..",
            root + ".policy..", root + ".dispute..", root + ".ip..", root + ".disclosure..", root + ".operation..")
        .domainServices(root + ".rules..", root + ".evaluation..", root + ".incentive..", root + ".whatif..")
        .applicationServices(root + ".application..")
        // the adapters are other modules, so the core's adapter layer is empty by design; that a
        // misspelt package does not leave a layer empty is checked by the import test below
        .withOptionalLayers(true)
        .ensureAllClassesAreContainedInArchitecture()
        .as("dependencies point inward: use cases and ports → rules → model, and every core class is in a layer")
        .because("a model that knew its use cases, or rules that knew their ports, could not be reused or tested alone (DESIGN.md)");
  }

  static final ArchRule FOLLOWS_THE_ONION = onion(CORE);

  /** Calls that read the wall clock or draw randomness. */
  static final DescribedPredicate<JavaCall<?>> READS_THE_CLOCK_OR_RANDOMNESS =
      DescribedPredicate.describe("read the clock or randomness", ArchitectureTest::readsClockOrRandomness);

  private static final Set<String> CLOCK_OWNERS = Set.of(
      "java.time.Instant", "java.time.LocalDate", "java.time.LocalDateTime", "java.time.LocalTime",
      "java.time.ZonedDateTime", "java.time.OffsetDateTime", "java.time.OffsetTime", "java.time.Year",
      "java.time.YearMonth", "java.time.MonthDay");

  private static boolean readsClockOrRandomness(JavaCall<?> call) {
    String owner = call.getTargetOwner().getFullName();
    String name = call.getName();
    return (CLOCK_OWNERS.contains(owner) && name.equals("now"))
        || (owner.equals("java.time.Clock") && name.startsWith("system"))
        || (owner.equals("java.util.UUID") && name.equals("randomUUID"))
        || (owner.equals("java.lang.System") && (name.equals("currentTimeMillis") || name.equals("nanoTime")))
        || (owner.equals("java.lang.Math") && name.equals("random"))
        || (owner.equals("java.util.concurrent.ThreadLocalRandom") && name.equals("current"))
        || ((owner.equals("java.util.Random") || owner.equals("java.security.SecureRandom")) && name.equals("<init>"));
  }

  static final ArchRule NEITHER_CLOCK_NOR_RANDOMNESS = noClasses()
      .that().resideInAPackage(CORE + "..")
      .should().callCodeUnitWhere(READS_THE_CLOCK_OR_RANDOMNESS)
      .as("no core main class reads the clock or randomness (Instant.now, LocalDate.now, LocalDateTime.now, "
          + "UUID.randomUUID, System.currentTimeMillis, new Random, …)")
      .because("a rule is a pure function of (dossier, policy, date): time and identifiers come through the Clock and "
          + "IdSource ports, so the same inputs always give the same report");

  // ---- the core holds them ---------------------------------------------------------------------

  @Test
  void the_core_main_classes_depend_only_on_the_jdk_vavr_immutables_and_the_core() {
    DEPENDS_ONLY_ON_THE_JDK_VAVR_AND_IMMUTABLES.check(CORE_MAIN_CLASSES);
  }

  @Test
  void the_core_follows_the_onion_with_every_class_in_a_layer() {
    FOLLOWS_THE_ONION.check(CORE_MAIN_CLASSES);
  }

  @Test
  void no_core_main_class_reads_the_clock_or_randomness() {
    NEITHER_CLOCK_NOR_RANDOMNESS.check(CORE_MAIN_CLASSES);
  }

  @Test
  void the_import_holds_every_core_package_and_no_test_class() {
    // guards against a rule that passes because it looked at nothing
    assertThatCode(() -> {
      for (String p : new String[] {"kernel", "guideline", "cluster", "organization", "governance", "management",
          "finance", "supervision", "policy", "dispute", "ip", "disclosure", "operation", "rules", "evaluation", "incentive", "whatif", "application", "application.port"}) {
        if (!CORE_MAIN_CLASSES.containPackage(CORE + "." + p)) {
          throw new AssertionError("no main classes imported from " + CORE + "." + p);
        }
      }
    }).doesNotThrowAnyException();
    assertThatThrownBy(() -> CORE_MAIN_CLASSES.get(ArchitectureTest.class)).isInstanceOf(IllegalArgumentException.class);
  }

  // ---- each rule catches a planted violation ---------------------------------------------------

  @Test
  void the_dependency_rule_catches_a_class_that_talks_to_a_database() {
    JavaClasses planted = new ClassFileImporter().importClasses(TalksToADatabase.class);
    assertThatThrownBy(() -> DEPENDS_ONLY_ON_THE_JDK_VAVR_AND_IMMUTABLES.check(planted))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("java.sql.Connection");
  }

  @Test
  void the_onion_passes_a_planted_onion_whose_dependencies_point_inward() {
    JavaClasses planted = new ClassFileImporter().importClasses(Value.class, Check.class, UseCase.class, Store.class);
    onion(PLANTED_ONION).check(planted);
  }

  @Test
  void the_onion_catches_a_model_class_that_depends_on_a_use_case() {
    JavaClasses planted = new ClassFileImporter()
        .importClasses(Value.class, Check.class, UseCase.class, Store.class, LeaksOutward.class);
    assertThatThrownBy(() -> onion(PLANTED_ONION).check(planted))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining(LeaksOutward.class.getName());
  }

  @Test
  void the_onion_catches_a_class_outside_every_layer() {
    JavaClasses planted = new ClassFileImporter()
        .importClasses(Value.class, Check.class, UseCase.class, Store.class, ReadsTheClock.class);
    assertThatThrownBy(() -> onion(PLANTED_ONION).check(planted))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining(ReadsTheClock.class.getName());
  }

  @Test
  void the_clock_rule_catches_a_class_that_calls_instant_now() {
    JavaClasses planted = new ClassFileImporter().importClasses(ReadsTheClock.class);
    assertThatThrownBy(() -> NEITHER_CLOCK_NOR_RANDOMNESS.check(planted))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Instant.now()")
        .hasMessageContaining("LocalDate.now()")
        .hasMessageContaining("System.currentTimeMillis()");
  }

  @Test
  void the_clock_rule_catches_a_class_that_draws_randomness() {
    JavaClasses planted = new ClassFileImporter().importClasses(DrawsRandomness.class);
    assertThatThrownBy(() -> NEITHER_CLOCK_NOR_RANDOMNESS.check(planted))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("UUID.randomUUID()")
        .hasMessageContaining("Random.<init>()");
  }

  static final String PLANTED_ONION = "dev.clustergov.core.architecture.planted.onion";
}
