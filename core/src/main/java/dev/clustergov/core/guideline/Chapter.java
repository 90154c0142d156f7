package dev.clustergov.core.guideline;

import dev.clustergov.core.kernel.Labelled;
import dev.clustergov.core.kernel.Text;
import io.vavr.collection.List;
import io.vavr.control.Option;

/** A chapter of the guideline (章): six of them, each a contiguous range of articles. */
public enum Chapter implements Labelled {
  GENERAL(1, Text.of("总则", "General"), 1, 6),
  ESTABLISHMENT(2, Text.of("组建", "Establishment"), 7, 8),
  MANAGEMENT(3, Text.of("管理", "Management"), 9, 16),
  OPERATION(4, Text.of("运行", "Operation"), 17, 24),
  SUPERVISION(5, Text.of("监督", "Supervision"), 25, 30),
  SUPPLEMENTARY(6, Text.of("附则", "Supplementary"), 31, 31);

  private final int number;
  private final Text title;
  private final int first;
  private final int last;

  Chapter(int number, Text title, int first, int last) {
    this.number = number;
    this.title = title;
    this.first = first;
    this.last = last;
  }

  /** 1 … 6, as in 第一章 … 第六章. */
  public int number() {
    return number;
  }

  public Text title() {
    return title;
  }

  /** Its title: the words every {@link Labelled} value gives. */
  @Override
  public Text label() {
    return title();
  }

  public int firstArticle() {
    return first;
  }

  public int lastArticle() {
    return last;
  }

  public boolean contains(int article) {
    return article >= first && article <= last;
  }

  /** The chapter an article stands in; empty for a number the guideline does not have. */
  public static Option<Chapter> containing(int article) {
    return List.of(values()).find(c -> c.contains(article));
  }

  /** {@code 第二章 组建}, as the guideline heads it. */
  public String headingChinese() {
    return "第" + Citation.chinese(number) + "章 " + title.zh();
  }
}
