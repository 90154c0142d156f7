package dev.clustergov.core.policy;

import dev.clustergov.core.kernel.Money;
import dev.clustergov.core.kernel.Violation;
import dev.clustergov.core.operation.TalentLevel;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.EnumMap;
import java.util.Map;

/**
 * An amount per person attracted, by the quality of the talent (人才招引奖励标准, Art.29: 人才招引数量及质量).
 * Written {@code LEADING:200000.00,HIGH_LEVEL:100000.00,HIGHLY_SKILLED:20000.00,GENERAL:0.00}; a level
 * left out earns nothing, and the canonical form lists every level, highest first.
 */
public final class TalentAmounts {

  private final Map<TalentLevel, Money> perPerson;

  private TalentAmounts(Map<TalentLevel, Money> perPerson) {
    EnumMap<TalentLevel, Money> all = new EnumMap<>(TalentLevel.class);
    for (TalentLevel l : TalentLevel.values()) {
      all.put(l, perPerson.getOrDefault(l, Money.ZERO));
    }
    this.perPerson = java.util.Collections.unmodifiableMap(all);
  }

  /** For amounts written in code: {@code level, yuan literal, level, yuan literal, …}. */
  public static TalentAmounts of(Object... pairs) {
    Map<TalentLevel, Money> m = new EnumMap<>(TalentLevel.class);
    for (int i = 0; i < pairs.length; i += 2) {
      m.put((TalentLevel) pairs[i], Money.yuan((String) pairs[i + 1]));
    }
    return new TalentAmounts(m);
  }

  /** Parses {@code LEVEL:yuan,…}, reporting every unknown level, repeated level and bad amount. */
  public static Validation<Seq<Violation>, TalentAmounts> parse(String field, String raw) {
    String s = raw == null ? "" : raw.strip();
    Map<TalentLevel, Money> m = new EnumMap<>(TalentLevel.class);
    if (s.isEmpty()) {
      return Validation.valid(new TalentAmounts(m));
    }
    List<Violation> bad = List.empty();
    String[] parts = s.split(",", -1);
    for (int i = 0; i < parts.length; i++) {
      String f = field + "[" + i + "]";
      String[] cell = parts[i].strip().split(":", -1);
      if (cell.length != 2) {
        bad = bad.append(Violation.of(f, "not-a-level-amount",
            "该项应为“人才层次:每人金额”，如“LEADING:200000.00”", f + " must be 'LEVEL:yuan per person', such as LEADING:200000.00"));
        continue;
      }
      TalentLevel level = null;
      for (TalentLevel l : TalentLevel.values()) {
        if (l.name().equals(cell[0].strip())) {
          level = l;
        }
      }
      if (level == null) {
        bad = bad.append(Violation.of(f, "unknown-value", "“" + cell[0].strip() + "”不是可选值，可选值为" + Codecs.quotedNames(TalentLevel.class),
            "'" + cell[0].strip() + "' is not one of " + Codecs.names(TalentLevel.class)));
        continue;
      }
      if (m.containsKey(level)) {
        bad = bad.append(Violation.of(f, "duplicate", "“" + level + "”重复", "'" + level + "' is repeated"));
        continue;
      }
      var amount = Money.parse(f + ".amount", cell[1]);
      if (amount.isInvalid()) {
        bad = bad.append(amount.getError());
        continue;
      }
      m.put(level, amount.get());
    }
    return bad.isEmpty() ? Validation.valid(new TalentAmounts(m)) : Validation.invalid(bad);
  }

  /** The amount per person of {@code level}. */
  public Money perPerson(TalentLevel level) {
    return perPerson.get(level);
  }

  public String format() {
    return List.of(TalentLevel.values()).map(l -> l.name() + ":" + perPerson.get(l)).mkString(",");
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TalentAmounts t && t.perPerson.equals(perPerson);
  }

  @Override
  public int hashCode() {
    return perPerson.hashCode();
  }

  @Override
  public String toString() {
    return format();
  }
}
