package dev.clustergov.core.ip;

import java.util.Objects;

/** A right of a party to use results (知识产权的使用): who, and within what scope. */
public record UseRight(String holder, String scope) {
  public UseRight {
    Objects.requireNonNull(holder, "holder");
    Objects.requireNonNull(scope, "scope");
  }
}
