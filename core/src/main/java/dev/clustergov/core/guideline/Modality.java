package dev.clustergov.core.guideline;

import dev.clustergov.core.kernel.Labelled;
import dev.clustergov.core.kernel.Text;
import io.vavr.collection.List;

/**
 * The modal word of a clause (情态词), which decides how much a rule built on it weighs.
 *
 * <p>Only {@link #SHALL} binds: a rule on a binding clause blocks a lifecycle step that depends on
 * it. The others make advisory rules — a finding is reported and blocks nothing — unless a local
 * policy pack (Art.30) makes them binding. A clause with no modal word of its own takes the word of
 * the lead that governs it (the items of Art.7 are conditions under its 应当); a clause that is
 * purely declarative or descriptive is {@link #NONE}.
 */
public enum Modality implements Labelled {
  /**
   * 应 / 应当 / 必须 / 要 — shall, must. 不得 (shall not, Art.10) is the same force as a
   * prohibition, so it is listed here too.
   */
  SHALL(Text.of("应当", "shall"), List.of("应当", "应", "必须", "要", "不得")),
  /** 宜 — should, preferably. */
  SHOULD(Text.of("宜", "should"), List.of("宜")),
  /** 鼓励 — is encouraged to. */
  ENCOURAGE(Text.of("鼓励", "is encouraged"), List.of("鼓励")),
  /** 支持 — is supported. */
  SUPPORT(Text.of("支持", "is supported"), List.of("支持")),
  /** 可以 — may. */
  MAY(Text.of("可以", "may"), List.of("可以")),
  /** No modal word: the clause states a purpose, a definition or a practice, and obliges nobody. */
  NONE(Text.of("无", "none"), List.empty());

  private final Text label;
  private final List<String> words;

  Modality(Text label, List<String> words) {
    this.label = label;
    this.words = words;
  }

  @Override
  public Text label() {
    return label;
  }

  /** The Chinese words that express this modality, longest first. */
  public List<String> words() {
    return words;
  }

  /** Whether a rule on such a clause may block (only {@link #SHALL}). */
  public boolean binding() {
    return this == SHALL;
  }
}
