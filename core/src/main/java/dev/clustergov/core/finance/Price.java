package dev.clustergov.core.finance;

import dev.clustergov.core.kernel.Money;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How a fee item is priced (收费标准, Art.11): a fixed amount, a range (for fees set case by case
 * within published bounds), or tiers (e.g. dues by member grade: 会长单位、副会长单位、理事单位、会员单位).
 */
public sealed interface Price {

  /** Whether a charge of {@code amount}, naming {@code tier} if any, is at this price. */
  boolean admits(Money amount, Optional<String> tier);

  record Fixed(Money amount) implements Price {
    public Fixed {
      Objects.requireNonNull(amount, "amount");
    }

    @Override
    public boolean admits(Money charged, Optional<String> tier) {
      return tier.isEmpty() && charged.equals(amount);
    }
  }

  record Range(Money min, Money max) implements Price {
    public Range {
      Objects.requireNonNull(min, "min");
      Objects.requireNonNull(max, "max");
      if (max.isLessThan(min)) {
        throw new IllegalArgumentException("range max below min");
      }
    }

    @Override
    public boolean admits(Money charged, Optional<String> tier) {
      return tier.isEmpty() && !charged.isLessThan(min) && !max.isLessThan(charged);
    }
  }

  record Tier(String label, Money amount) {
    public Tier {
      Objects.requireNonNull(label, "label");
      Objects.requireNonNull(amount, "amount");
    }
  }

  /** A charge names its tier, and its amount is that tier's. */
  record Tiered(List<Tier> tiers) implements Price {
    public Tiered {
      tiers = List.copyOf(tiers);
      if (tiers.isEmpty() || tiers.stream().map(Tier::label).distinct().count() != tiers.size()) {
        throw new IllegalArgumentException("tiers must be at least one, with distinct labels");
      }
    }

    @Override
    public boolean admits(Money charged, Optional<String> tier) {
      return tier.isPresent() && tiers.stream().anyMatch(t -> t.label().equals(tier.get()) && t.amount().equals(charged));
    }
  }
}
