package dev.clustergov.core.finance;

import java.util.Objects;

/** One item of a fee schedule (收费项目): a code a charge names, a name, and its price. */
public record FeeItem(String code, String name, Price price) {
  public FeeItem {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(price, "price");
  }
}
