package dev.clustergov.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.clustergov.core.guideline.Citation;
import dev.clustergov.core.kernel.Language;
import dev.clustergov.core.kernel.Text;
import dev.clustergov.core.organization.LifecycleStage;
import dev.clustergov.core.testkit.ChineseTerms;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Decision 0565 (issue 20): every command the core can reject names itself in words, and a rejection in Chinese holds
 * no code identifier — “认定”操作未通过：…, not {@code RecogniseOrganization: …}.
 */
class CommandNameTest {

  /** The commands of the core: every class of the application packages with a nested {@code Command}. */
  private static Set<String> commandClasses() {
    Set<String> out = new TreeSet<>();
    for (JavaClass c : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("dev.clustergov.core")) {
      if (c.getSimpleName().equals("Command") && c.getEnclosingClass().isPresent()) {
        out.add(c.getEnclosingClass().get().getSimpleName());
      }
    }
    return out;
  }

  /** The names the core's code hands to a rejection, a lifecycle step or a guard as a literal. */
  private static final Pattern NAMED = Pattern.compile(
      "(?:reject|acting|within|operating|to|on|change|governance|decide)\\((?:[a-z]+, )?\"([A-Z][a-z]+[A-Z][A-Za-z]+)\"");

  private static Set<String> namedInTheCode() throws IOException {
    Set<String> out = new TreeSet<>();
    try (Stream<Path> files = Files.walk(Path.of("src/main/java/dev/clustergov/core"))) {
      for (Path p : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        Matcher m = NAMED.matcher(Files.readString(p));
        while (m.find()) {
          out.add(m.group(1));
        }
      }
    }
    return out;
  }

  @Test
  void everyCommandOfTheCoreAndEveryNameARejectionCarriesHasWords() throws IOException {
    Set<String> classes = commandClasses();
    Set<String> named = namedInTheCode();
    assertThat(classes).as("command classes found").hasSizeGreaterThan(40).contains("RecogniseOrganization");
    assertThat(named).as("names handed to rejections found").hasSizeGreaterThan(40).contains("RecordIncome");
    List<String> unnamed = new ArrayList<>();
    classes.stream().filter(c -> !CommandName.of(c).known()).forEach(c -> unnamed.add("command class " + c));
    named.stream().filter(c -> !CommandName.of(c).known()).forEach(c -> unnamed.add("named in the code " + c));
    assertThat(unnamed).isEmpty();
  }

  /** What stands outside quotation marks: a quoted value (a record's id) is data, not the text's own words. */
  private static String own(String zh) {
    return zh.replaceAll("“[^”]*”", "“”");
  }

  @Test
  void aRejectionInChineseNamesTheOperationInWordsAndHoldsNoIdentifier() {
    List<String> found = new ArrayList<>();
    for (String command : CommandName.all()) {
      // a real guard's finding, with the stage and the command as its evidence
      Finding lifecycle = Guard.LIFECYCLE.check(Guard.Move.acting(command, LifecycleStage.DISSOLVED)).orElseThrow();
      Rejection r = Rejection.of(command, lifecycle,
          new Finding("A8.2-charter-consensus", List.of(Citation.item(8, 2)), Severity.BLOCKING, Text.of("章程须经协商一致", "the charter by consensus"), List.of()));
      String zh = r.render(Language.ZH);
      if (own(zh).matches("(?s).*[A-Za-z].*")) {
        found.add(command + ": ASCII letters in " + zh);
      }
      ChineseTerms.problems(zh).forEach(p -> found.add(command + ": " + p));
      if (!zh.startsWith("“" + CommandName.of(command).words().zh() + "”操作未通过：")) {
        found.add(command + ": does not open with the operation in words: " + zh);
      }
      String en = r.render(Language.EN);
      // the English names the operation in words, no code identifier beside them (review stop 26, item 13)
      if (en.contains("(" + command + ")") || !en.contains("“" + CommandName.of(command).words().en() + "”")
          || !en.contains("A8.2-charter-consensus")) {
        found.add(command + ": the English names the identifier, or lost the words or the rule: " + en);
      }
    }
    assertThat(found).isEmpty();
  }

  @Test
  void anUnknownCommandFallsBackToAGeneralWord() {
    assertThat(CommandName.of("Nothing").known()).isFalse();
    assertThat(CommandName.of("Nothing").operation()).isEqualTo(Text.of("该操作", "The operation Nothing"));
    assertThat(CommandName.of("RecogniseOrganization").operation())
        .isEqualTo(Text.of("“认定”操作", "The operation “recognise the PO”"));
  }

  /** Every command the core names is listed, each with words in both languages. */
  @Test
  void every_command_is_listed_with_its_words() {
    assertThat(CommandName.all()).contains("ProposeOrganization", "RecogniseOrganization", "DissolveOrganization", "RunWhatIf")
        .hasSizeGreaterThanOrEqualTo(49);
    assertThat(CommandName.all()).allSatisfy(c -> assertThat(CommandName.of(c).known()).as(c).isTrue());
    assertThat(CommandName.of("RecogniseOrganization").words()).isEqualTo(Text.of("认定", "recognise the PO"));
  }
}
