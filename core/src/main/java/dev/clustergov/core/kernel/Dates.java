package dev.clustergov.core.kernel;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * Dates inside text (文中日期): 2026年12月7日 in Chinese (GB/T 15835 gives Arabic numerals in 公文 dates), 7 December 2026
 * in English. The ISO form (2026-12-07) is for JSON fields, evidence and input, never for prose.
 */
public final class Dates {

  private Dates() {}

  /** 2026年12月7日 */
  public static String zh(LocalDate d) {
    return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
  }

  /** 7 December 2026 */
  public static String en(LocalDate d) {
    return d.getDayOfMonth() + " " + d.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + d.getYear();
  }

  /** The date in both languages. */
  public static Text of(LocalDate d) {
    return Text.of(zh(d), en(d));
  }
}
