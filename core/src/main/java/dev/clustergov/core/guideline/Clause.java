package dev.clustergov.core.guideline;

import dev.clustergov.core.kernel.Text;
import io.vavr.control.Option;
import java.util.Objects;

/**
 * A clause of the guideline (条款): an article's own text, one of its items (项) or one of an
 * item's points (目).
 *
 * @param citation where it stands
 * @param heading the short heading the original gives some items and points (Art.8(1) 组织类型,
 *     Art.8(2).1 决策层); empty for most clauses
 * @param text the Chinese verbatim from the original (without its （一） or 1. marker) and an
 *     English summary — a summary, not a translation; the Chinese wins
 * @param modality its modal word ({@link Modality})
 * @param note why the modality was read as it was, where the wording is mixed or unusual
 */
public record Clause(Citation citation, Option<Text> heading, Text text, Modality modality, Option<Text> note) {

  public Clause {
    Objects.requireNonNull(citation, "citation");
    Objects.requireNonNull(heading, "heading");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(modality, "modality");
    Objects.requireNonNull(note, "note");
  }

  public String zh() {
    return text.zh();
  }

  public String en() {
    return text.en();
  }

  public boolean binding() {
    return modality.binding();
  }
}
