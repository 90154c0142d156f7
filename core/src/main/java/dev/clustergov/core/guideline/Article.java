package dev.clustergov.core.guideline;

import dev.clustergov.core.kernel.Text;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.util.Objects;

/**
 * An article of the guideline (条). The original gives articles no titles; the titles here are
 * ours, short and faithful, for tables and menus.
 *
 * @param clause the article's own text: the whole article, or the lead before its items
 */
public record Article(int number, Chapter chapter, Text title, Clause clause, Seq<Item> items) {

  public Article {
    Objects.requireNonNull(chapter, "chapter");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(clause, "clause");
    Objects.requireNonNull(items, "items");
    if (!chapter.contains(number) || clause.citation().article() != number) {
      throw new IllegalArgumentException("article " + number + " misplaced");
    }
  }

  public Citation citation() {
    return clause.citation();
  }

  public Option<Item> item(int number) {
    return items.find(i -> i.number() == number);
  }

  /** The article's own clause, then each item followed by its points, in the guideline's order. */
  public Seq<Clause> clauses() {
    return items.foldLeft(List.of(clause),
        (all, item) -> all.append(item.clause()).appendAll(item.points()));
  }
}
