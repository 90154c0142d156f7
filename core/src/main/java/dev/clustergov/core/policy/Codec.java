package dev.clustergov.core.policy;

import dev.clustergov.core.kernel.Money;
import dev.clustergov.core.kernel.Violation;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.SortedSet;
import io.vavr.collection.TreeSet;
import io.vavr.control.Validation;
import java.time.DateTimeException;
import java.time.MonthDay;
import java.util.regex.Pattern;

/**
 * How a parameter's value is written as text (参数编码), so that packs can be stored and sent as
 * plain strings. {@link #format} is canonical: {@code parse(format(v))} gives back {@code v}, and
 * two values are equal exactly when their formats are.
 *
 * @param <T> the value kind
 */
public interface Codec<T> {

  /** Parses raw text; every problem is reported under {@code field}, never thrown. */
  Validation<Seq<Violation>, T> parse(String field, String raw);

  /** The canonical text of a value. */
  String format(T value);

  /** A codec from a value type's own parser and canonical format. */
  static <T> Codec<T> of(java.util.function.BiFunction<String, String, Validation<Seq<Violation>, T>> parser,
      java.util.function.Function<T, String> formatter) {
    return new Codec<>() {
      @Override
      public Validation<Seq<Violation>, T> parse(String field, String raw) {
        return parser.apply(field, raw);
      }

      @Override
      public String format(T value) {
        return formatter.apply(value);
      }
    };
  }

  /** Exact yuan, e.g. {@code 100000.00}; negatives refused. */
  static Codec<Money> money() {
    return new Codec<>() {
      @Override
      public Validation<Seq<Violation>, Money> parse(String field, String raw) {
        return Money.parse(field, raw).mapError(List::of);
      }

      @Override
      public String format(Money value) {
        return value.toString();
      }
    };
  }

  /** A whole number from 0 upwards. */
  static Codec<Integer> count() {
    return count(0, Integer.MAX_VALUE);
  }

  /** A whole number in {@code [min, max]}, written in plain digits. */
  static Codec<Integer> count(int min, int max) {
    return new Codec<>() {
      @Override
      public Validation<Seq<Violation>, Integer> parse(String field, String raw) {
        return Codecs.integer(field, raw, min, max).mapError(List::of);
      }

      @Override
      public String format(Integer value) {
        return value.toString();
      }
    };
  }

  /** A number of days, from 0 to a hundred years (a larger count is a typing error). */
  static Codec<Integer> days() {
    return count(0, 36_500);
  }

  /** {@code true} or {@code false} (any case). */
  static Codec<Boolean> flag() {
    return new Codec<>() {
      @Override
      public Validation<Seq<Violation>, Boolean> parse(String field, String raw) {
        String s = raw == null ? "" : raw.strip();
        if (s.equalsIgnoreCase("true")) {
          return Validation.valid(true);
        }
        if (s.equalsIgnoreCase("false")) {
          return Validation.valid(false);
        }
        return Validation.invalid(List.of(Violation.of(field, "not-a-flag",
            "该项应为 true 或 false", field + " must be true or false")));
      }

      @Override
      public String format(Boolean value) {
        return value.toString();
      }
    };
  }

  /** A calendar day without a year, e.g. {@code 03-31} (ISO {@code --03-31} is also read). */
  static Codec<MonthDay> monthDay() {
    return new Codec<>() {
      private final Pattern shape = Pattern.compile("(?:--)?(\\d{2})-(\\d{2})");

      @Override
      public Validation<Seq<Violation>, MonthDay> parse(String field, String raw) {
        var m = shape.matcher(raw == null ? "" : raw.strip());
        if (m.matches()) {
          try {
            return Validation.valid(MonthDay.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
          } catch (DateTimeException e) {
            // falls through to the violation below
          }
        }
        return Validation.invalid(List.of(Violation.of(field, "not-a-month-day",
            "该项应为“月-日”，如“03-31”", field + " must be a month and day such as 03-31")));
      }

      @Override
      public String format(MonthDay value) {
        return String.format("%02d-%02d", value.getMonthValue(), value.getDayOfMonth());
      }
    };
  }

  /** Comma-separated constant names, e.g. {@code TECHNOLOGY,SERVICES}; empty text is the empty set. */
  static <E extends Enum<E>> Codec<SortedSet<E>> enumSet(Class<E> type) {
    return new Codec<>() {
      @Override
      public Validation<Seq<Violation>, SortedSet<E>> parse(String field, String raw) {
        return Codecs.set(field, raw, (f, name) -> {
          for (E e : type.getEnumConstants()) {
            if (e.name().equals(name)) {
              return Validation.valid(e);
            }
          }
          return Validation.invalid(Violation.of(f, "unknown-value",
              "“" + name + "”不是可选值，可选值为" + Codecs.quotedNames(type),
              "'" + name + "' is not one of " + Codecs.names(type)));
        });
      }

      @Override
      public String format(SortedSet<E> value) {
        return value.toList().map(Enum::name).mkString(",");  // a sorted set would re-sort the names
      }
    };
  }

  /**
   * Comma-separated rule ids such as {@code A8.2-five-layers}. Only the spelling is checked here;
   * whether a rule of that id exists is the rule catalogue's business.
   */
  static Codec<SortedSet<String>> ruleIds() {
    Pattern id = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    return new Codec<>() {
      @Override
      public Validation<Seq<Violation>, SortedSet<String>> parse(String field, String raw) {
        return Codecs.set(field, raw, (f, s) -> id.matcher(s).matches()
            ? Validation.valid(s)
            : Validation.invalid(Violation.of(f, "not-a-rule-id",
                "“" + s + "”不是规则编号（规则编号由字母、数字和“.”“_”“-”组成）",
                "'" + s + "' is not a rule id (letters, digits, . _ -)")));
      }

      @Override
      public String format(SortedSet<String> value) {
        return value.mkString(",");
      }
    };
  }

  /**
   * Comma-separated event types, each optionally qualified by a layer or role, such as
   * {@code OrganizationDissolved,SeatAppointed.DECISION} (the major matters of Art.14). Only the
   * spelling is checked: a type no command records yet simply never matches.
   */
  static Codec<SortedSet<String>> eventKeys() {
    Pattern key = Pattern.compile("[A-Z][A-Za-z0-9]{0,63}(\\.[A-Z][A-Z0-9_]{0,31})?");
    return new Codec<>() {
      @Override
      public Validation<Seq<Violation>, SortedSet<String>> parse(String field, String raw) {
        return Codecs.set(field, raw, (f, s) -> key.matcher(s).matches()
            ? Validation.valid(s)
            : Validation.invalid(Violation.of(f, "not-an-event-type",
                "“" + s + "”不是事件类型（如“OrganizationDissolved”或“SeatAppointed.DECISION”）",
                "'" + s + "' is not an event type (such as OrganizationDissolved or SeatAppointed.DECISION)")));
      }

      @Override
      public String format(SortedSet<String> value) {
        return value.mkString(",");
      }
    };
  }

  /** One constant's name, e.g. {@code BRONZE}. */
  static <E extends Enum<E>> Codec<E> enumValue(Class<E> type) {
    return new Codec<>() {
      @Override
      public Validation<Seq<Violation>, E> parse(String field, String raw) {
        String s = raw == null ? "" : raw.strip();
        for (E e : type.getEnumConstants()) {
          if (e.name().equals(s)) {
            return Validation.valid(e);
          }
        }
        return Validation.invalid(List.of(Violation.of(field, "unknown-value",
            "“" + s + "”不是可选值，可选值为" + Codecs.quotedNames(type), "'" + s + "' is not one of " + Codecs.names(type))));
      }

      @Override
      public String format(E value) {
        return value.name();
      }
    };
  }

  /** An amount in yuan, or {@code none} for no amount (an optional cap). */
  static Codec<io.vavr.control.Option<Money>> optionalMoney() {
    return new Codec<>() {
      @Override
      public Validation<Seq<Violation>, io.vavr.control.Option<Money>> parse(String field, String raw) {
        if (raw != null && raw.strip().equals("none")) {
          return Validation.valid(io.vavr.control.Option.none());
        }
        return Money.parse(field, raw).map(io.vavr.control.Option::some).mapError(List::of);
      }

      @Override
      public String format(io.vavr.control.Option<Money> value) {
        return value.map(Money::toString).getOrElse("none");
      }
    };
  }

  /** Marginal tiered rates, e.g. {@code 10000000.00:1,*:0.5}; see {@link MarginalRates}. */
  static Codec<MarginalRates> marginalRates() {
    return of(MarginalRates::parse, MarginalRates::format);
  }

  /** Amounts per person by talent level, e.g. {@code LEADING:200000.00,GENERAL:0.00}; see {@link TalentAmounts}. */
  static Codec<TalentAmounts> talentAmounts() {
    return of(TalentAmounts::parse, TalentAmounts::format);
  }

  /** Staffing tiers, e.g. {@code 200:5,1000:10,*:15}; see {@link StaffingTiers}. */
  static Codec<StaffingTiers> tiers() {
    return of(StaffingTiers::parse, StaffingTiers::format);
  }

  /** An evaluation indicator set; see {@link Indicators}. */
  static Codec<Indicators> indicators() {
    return of(Indicators::parse, Indicators::format);
  }
}
