package dev.clustergov.examples;

import dev.clustergov.core.guideline.Citation;
import dev.clustergov.core.guideline.Guideline;
import dev.clustergov.core.rules.RuleBook;
import java.io.PrintStream;
import java.util.List;

/**
 * The traceability table (条款追溯表): one line per clause of the guideline, in the catalogue's order —
 * the clause id, a TAB, and the ids of the rules and command guards that enforce exactly that clause,
 * comma-separated; nothing after the TAB where no rule does (yet).
 */
final class Traceability {

  private Traceability() {}

  static List<String> lines(RuleBook book) {
    return Guideline.clauses().map(c -> line(book, c)).toJavaList();
  }

  static String line(RuleBook book, Citation clause) {
    return clause.format() + "\t" + String.join(",", book.idsCiting(clause));
  }

  static void print(PrintStream out) {
    lines(RuleBook.standard()).forEach(out::println);
  }
}
