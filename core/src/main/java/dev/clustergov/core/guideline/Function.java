package dev.clustergov.core.guideline;

import dev.clustergov.core.kernel.Labelled;
import dev.clustergov.core.kernel.Text;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;

/**
 * A function of a promotion organization (职能, Art.3): seven of them, each spelled out in its own
 * article of chapter 4 (Art.18–24) as numbered items, 32 in all.
 */
public enum Function implements Labelled {
  GUIDE_STRATEGY(18),
  PROMOTE_COMMUNICATION(19),
  CONNECT_GOVERNMENT_ENTERPRISE(20),
  COLLABORATIVE_INNOVATION(21),
  OPENNESS_INTEGRATION(22),
  SERVICE_BASE(23),
  SELF_DISCIPLINE(24);

  private final int article;

  Function(int article) {
    this.article = article;
  }

  /** The article that spells the function out. */
  public Article article() {
    return Guideline.article(article).get();
  }

  public Citation citation() {
    return Citation.article(article);
  }

  /** As Art.3 names it, e.g. 引导集群战略方向 / Guide the cluster's strategic direction. */
  public Text title() {
    return article().title();
  }

  /** Its title: the words every {@link Labelled} value gives. */
  @Override
  public Text label() {
    return title();
  }

  /** Its items, in order: Art.18(1) … Art.18(5). */
  public Seq<FunctionItem> items() {
    return FunctionItem.ALL.filter(i -> i.function() == this);
  }

  public Option<FunctionItem> item(int number) {
    return items().find(i -> i.number() == number);
  }

  /** The function spelled out by an article; empty outside Art.18–24. */
  public static Option<Function> ofArticle(int article) {
    return List.of(values()).find(f -> f.article == article);
  }
}
