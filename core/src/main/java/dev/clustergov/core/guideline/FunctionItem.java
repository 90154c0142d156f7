package dev.clustergov.core.guideline;

import dev.clustergov.core.kernel.Violation;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.Objects;

/**
 * An item of a function (职能事项), e.g. Art.21(3) incubation, commercialisation and testing. A
 * service activity records the item it serves; coverage of items feeds evaluation (Art.28).
 *
 * @param zh the item's Chinese verbatim from the original
 * @param en an English summary
 */
public record FunctionItem(Function function, int number, String zh, String en, Citation citation) {

  static final List<FunctionItem> ALL = List.of(Function.values())
      .flatMap(f -> f.article().items().map(i -> new FunctionItem(f, i.number(), i.clause().zh(), i.clause().en(),
          i.citation())));

  public FunctionItem {
    Objects.requireNonNull(function, "function");
    Objects.requireNonNull(zh, "zh");
    Objects.requireNonNull(en, "en");
    Objects.requireNonNull(citation, "citation");
    if (!citation.equals(Citation.item(function.citation().article(), number))) {
      throw new IllegalArgumentException(citation + " is not item " + number + " of " + function);
    }
  }

  /** All 32 items of the seven functions, in the guideline's order. */
  public static Seq<FunctionItem> all() {
    return ALL;
  }

  /** A function item from its citation in either spelling ({@code Art.23(2)}, {@code 第二十三条第（二）项}). */
  public static Validation<Violation, FunctionItem> parse(String raw) {
    return Citation.parse(raw).flatMap(c -> ALL.find(i -> i.citation().equals(c)).toValidation(() ->
        Violation.of("functionItem", "not-a-function-item",
            "“" + Citation.echo(raw.strip()) + "”（" + c.formatChinese() + "）不是职能事项（第十八条至第二十四条的某一项）",
            "'" + Citation.echo(raw.strip()) + "' (" + c.format() + ") is not a function item (an item of Art.18–24)")));
  }

  public Clause clause() {
    return Guideline.clause(citation).get();
  }
}
