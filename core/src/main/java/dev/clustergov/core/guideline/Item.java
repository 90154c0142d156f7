package dev.clustergov.core.guideline;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.util.Objects;

/** An item of an article (项), numbered （一）（二）…; only Art.8(2) has points (目). */
public record Item(Clause clause, Seq<Clause> points) {

  public Item {
    Objects.requireNonNull(clause, "clause");
    Objects.requireNonNull(points, "points");
  }

  public int number() {
    return clause.citation().item();
  }

  public Citation citation() {
    return clause.citation();
  }

  public Option<Clause> point(int number) {
    return points.find(p -> p.citation().point() == number);
  }
}
