package dev.clustergov.core.kernel;

import io.vavr.control.Validation;

/**
 * An administrative region code (行政区划代码) after GB/T 2260: six digits, {@code 320000} a
 * province, {@code 320500} a city, {@code 320505} a county. {@code 000000} stands for the whole
 * country (全国), the jurisdiction of the national baseline policy pack.
 */
public record RegionCode(String value) implements Comparable<RegionCode> {
  private static final java.util.regex.Pattern SIX_DIGITS = java.util.regex.Pattern.compile("\\d{6}");

  public static final RegionCode NATIONAL = new RegionCode("000000");

  /** Levels, from the broadest; a jurisdiction covers the regions below it. */
  public enum Level {
    /** 国家级 */
    NATIONAL,
    /** 省级 */
    PROVINCE,
    /** 市级 */
    CITY,
    /** 县级 */
    COUNTY
  }

  public RegionCode {
    if (value == null || !SIX_DIGITS.matcher(value).matches() || invalidShape(value)) {
      throw new IllegalArgumentException("not a region code: " + value);
    }
  }

  public static Validation<Violation, RegionCode> parse(String field, String raw) {
    if (raw == null || raw.isBlank()) {
      return Validation.invalid(Violation.of(field, "required", "该项不能为空", field + " is required"));
    }
    String s = raw.strip();
    if (!SIX_DIGITS.matcher(s).matches() || invalidShape(s)) {
      return Validation.invalid(Violation.of(field, "region-code",
          "该项不是有效的六位行政区划代码（GB/T 2260）",
          field + " is not a six-digit administrative region code (GB/T 2260)"));
    }
    return Validation.valid(new RegionCode(s));
  }

  public static Validation<Violation, RegionCode> parse(String raw) {
    return parse("regionCode", raw);
  }

  /** A province code's first two digits are 11–82 (GB/T 2260); a lower level keeps its parent's. */
  private static boolean invalidShape(String s) {
    if (s.equals("000000")) {
      return false;
    }
    int province = Integer.parseInt(s.substring(0, 2));
    if (province < 11 || province > 82) {
      return true;
    }
    // a county code under a province without a city part (e.g. 320005) is not a GB/T 2260 shape
    return s.substring(2, 4).equals("00") && !s.substring(4).equals("00");
  }

  public Level level() {
    if (value.equals("000000")) {
      return Level.NATIONAL;
    }
    if (value.endsWith("0000")) {
      return Level.PROVINCE;
    }
    if (value.endsWith("00")) {
      return Level.CITY;
    }
    return Level.COUNTY;
  }

  /** Whether this jurisdiction contains {@code other} (a region covers itself). */
  public boolean covers(RegionCode other) {
    return switch (level()) {
      case NATIONAL -> true;
      case PROVINCE -> other.value.startsWith(value.substring(0, 2));
      case CITY -> other.value.startsWith(value.substring(0, 4));
      case COUNTY -> other.value.equals(value);
    };
  }

  /** The next broader jurisdiction, or empty for the nation. */
  public java.util.Optional<RegionCode> parent() {
    return switch (level()) {
      case NATIONAL -> java.util.Optional.empty();
      case PROVINCE -> java.util.Optional.of(NATIONAL);
      case CITY -> java.util.Optional.of(new RegionCode(value.substring(0, 2) + "0000"));
      case COUNTY -> java.util.Optional.of(new RegionCode(value.substring(0, 4) + "00"));
    };
  }

  @Override
  public int compareTo(RegionCode o) {
    return value.compareTo(o.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
