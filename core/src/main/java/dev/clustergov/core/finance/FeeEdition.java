package dev.clustergov.core.finance;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One published version of a fee schedule (收费标准版本, Art.11): its number, the day it was made
 * public and the public channel it was published through (公开渠道), the day it was recorded here, and
 * its items. It is in force from its publication date until a later edition's.
 */
public record FeeEdition(int number, LocalDate publishedOn, String channel, LocalDate recordedOn, List<FeeItem> items) {
  public FeeEdition {
    Objects.requireNonNull(publishedOn, "publishedOn");
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(recordedOn, "recordedOn");
    items = List.copyOf(items);
    if (number < 1 || items.isEmpty() || items.stream().map(FeeItem::code).distinct().count() != items.size()) {
      throw new IllegalArgumentException("an edition has a number ≥ 1 and at least one item, with distinct codes");
    }
  }

  public Optional<FeeItem> item(String code) {
    for (FeeItem i : items) {
      if (i.code().equals(code)) {
        return Optional.of(i);
      }
    }
    return Optional.empty();
  }
}
