package dev.clustergov.core.management;

import dev.clustergov.core.kernel.Money;
import java.time.LocalDate;
import java.util.Objects;

/**
 * How a staff member was hired (聘用条件, Art.13): the hire date, the monthly salary agreed and the
 * market salary benchmark for the post (市场化薪酬对标) it was set against, both exact yuan.
 */
public record HireTerms(LocalDate hiredOn, Money monthlySalary, Money marketBenchmark) {
  public HireTerms {
    Objects.requireNonNull(hiredOn, "hiredOn");
    Objects.requireNonNull(monthlySalary, "monthlySalary");
    Objects.requireNonNull(marketBenchmark, "marketBenchmark");
  }
}
