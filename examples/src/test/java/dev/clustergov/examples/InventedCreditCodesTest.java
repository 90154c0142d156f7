package dev.clustergov.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clustergov.core.organization.CreditCode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Issue 20, decisions 0615 and 0621: every credit code the examples write (统一社会信用代码, GB 32100) is invented — its
 * organisation code in the examples' part of the invented block ({@code MA00021nn}), a type prefix of a body the examples
 * name (51 社会团体, 52 社会服务机构, 91 enterprise, 12 public institution) and, written whole, a valid check character — never
 * the real {@code MA1…} pattern a live company's code may have.
 */
class InventedCreditCodesTest {

  /** A code's first 17 characters (whole, with its check character, or a pattern counting them) in a string literal. */
  private static final Pattern CODE = Pattern.compile("\"(\\d{8}[0-9A-Z]{9}|\\d{8}[0-9A-Z]{2,8}%0\\dd)([0-9A-Z]?)\"");

  @Test
  void every_credit_code_of_the_examples_is_an_invented_one() throws IOException {
    List<String> found = new ArrayList<>();
    List<String> wrong = new ArrayList<>();
    try (Stream<Path> files = Files.walk(Path.of("src", "main", "java"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
        Matcher m = CODE.matcher(Files.readString(f));
        while (m.find()) {
          String first = m.group(1);
          found.add(m.group());
          String where = f.getFileName() + ": " + m.group();
          if (!first.substring(8).startsWith("MA00021") && !first.substring(8).startsWith("MA0002%0")) {
            wrong.add(where + " is not of the examples' invented block MA00021nn");
          }
          if (!List.of("51", "52", "91", "12").contains(first.substring(0, 2))) {
            wrong.add(where + " has no type prefix of a body the examples name");
          }
          if (!m.group(2).isEmpty() && CreditCode.checkCharacter(first) != m.group(2).charAt(0)) {
            wrong.add(where + " has not its check character " + CreditCode.checkCharacter(first));
          }
        }
      }
    }
    assertThat(found).hasSizeGreaterThanOrEqualTo(8);
    assertThat(wrong).isEmpty();
  }
  /**
   * Decision 0601: the README's snippets are copied into hosts' code, so every credit code they quote is a whole invented
   * code — of the invented block (decision 0615: {@code MA000…}, {@code MJ000…}, {@code PD000…}), with a type prefix of a
   * body the examples name and a valid check character, so that {@code CreditCode.parse(…).get()} succeeds; never a
   * placeholder such as {@code 91320505MA1MXXX01X}.
   */
  @Test
  void every_credit_code_the_readme_quotes_is_a_whole_invented_one() throws IOException {
    Path root = Path.of("").toAbsolutePath();
    Path readme = Files.exists(root.resolve("README.md")) ? root.resolve("README.md") : root.getParent().resolve("README.md");
    Matcher m = Pattern.compile("\"(\\d{8}[0-9A-Z]{9,10})\"").matcher(Files.readString(readme));
    List<String> found = new ArrayList<>();
    List<String> wrong = new ArrayList<>();
    while (m.find()) {
      String code = m.group(1);
      found.add(code);
      if (code.length() != 18 || CreditCode.parse(code).isInvalid()) {
        wrong.add(code + " is not a whole valid credit code");
      }
      if (!List.of("MA000", "MJ000", "PD000").contains(code.substring(8, 13))) {
        wrong.add(code + " is not of the invented block");
      }
      if (!List.of("51", "52", "91", "12").contains(code.substring(0, 2))) {
        wrong.add(code + " has no type prefix of a body the examples name");
      }
    }
    assertThat(found).hasSizeGreaterThanOrEqualTo(3);
    assertThat(wrong).isEmpty();
  }
}
