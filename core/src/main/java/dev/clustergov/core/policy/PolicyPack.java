package dev.clustergov.core.policy;

import dev.clustergov.core.kernel.RegionCode;
import dev.clustergov.core.kernel.Text;
import dev.clustergov.core.kernel.Validations;
import dev.clustergov.core.kernel.Violation;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.SortedMap;
import io.vavr.control.Validation;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Objects;

/**
 * A policy pack (政策包, Art.30): the parameter values one jurisdiction sets, in force from a date,
 * as one version of that jurisdiction's policy. The national baseline sets every parameter; a
 * local overlay sets only what it changes. A later version of a jurisdiction replaces the earlier
 * one whole: it does not stack on it.
 */
public final class PolicyPack {

  public static final int MAX_TITLE = 200;

  /** Older first: by effective date, then version. The last is the latest. */
  public static final Comparator<PolicyPack> BY_RECENCY =
      Comparator.comparing(PolicyPack::effectiveFrom).thenComparingInt(PolicyPack::version);

  private final RegionCode jurisdiction;
  private final LocalDate effectiveFrom;
  private final int version;
  private final Text title;
  private final ParameterValues values;

  private PolicyPack(RegionCode jurisdiction, LocalDate effectiveFrom, int version, Text title, ParameterValues values) {
    this.jurisdiction = jurisdiction;
    this.effectiveFrom = effectiveFrom;
    this.version = version;
    this.title = title;
    this.values = values;
  }

  /**
   * A pack from raw text values by parameter key, refused with every problem at once: a missing
   * header field, a version below 1, unknown keys, malformed values, values inconsistent with each
   * other (checked on this pack's own values; see {@link PolicyResolver#validateOverlay} for the
   * merged policy).
   */
  public static Validation<Seq<Violation>, PolicyPack> parse(
      RegionCode jurisdiction, LocalDate effectiveFrom, int version, Text title, java.util.Map<String, String> rawValues) {
    Validation<Seq<Violation>, ParameterValues> values = ParameterValues.parse(rawValues);
    Seq<Violation> header = header(jurisdiction, effectiveFrom, version, title);
    if (values.isInvalid()) {
      return Validation.invalid(header.appendAll(values.getError()));
    }
    return define(jurisdiction, effectiveFrom, version, title, values.get());
  }

  /** A pack from typed values; refused with every header problem and every inconsistency. */
  public static Validation<Seq<Violation>, PolicyPack> define(
      RegionCode jurisdiction, LocalDate effectiveFrom, int version, Text title, ParameterValues values) {
    ParameterValues set = values == null ? ParameterValues.empty() : values;
    Seq<Violation> bad = header(jurisdiction, effectiveFrom, version, title).appendAll(Parameters.inconsistencies(set));
    return bad.isEmpty()
        ? Validation.valid(new PolicyPack(jurisdiction, effectiveFrom, version,
            Text.of(title.zh().strip(), title.en().strip()), set))
        : Validation.invalid(bad);
  }

  private static Seq<Violation> header(RegionCode jurisdiction, LocalDate effectiveFrom, int version, Text title) {
    List<Violation> bad = List.empty();
    if (jurisdiction == null) {
      bad = bad.append(Violation.of("jurisdiction", "required", "适用地区不能为空", "jurisdiction is required"));
    }
    if (effectiveFrom == null) {
      bad = bad.append(Violation.of("effectiveFrom", "required", "生效日期不能为空", "effectiveFrom is required"));
    }
    if (version < 1) {
      bad = bad.append(Violation.of("version", "out-of-range", "版本号应从1开始", "version must be 1 or more"));
    }
    if (title == null) {
      bad = bad.append(Violation.of("title", "required", "标题不能为空", "title is required"));
    } else {
      bad = bad.appendAll(Validations.errors(
          Validations.seq(Validations.text("title.zh", title.zh(), MAX_TITLE)),
          Validations.seq(Validations.text("title.en", title.en(), MAX_TITLE))));
    }
    return bad;
  }

  public RegionCode jurisdiction() {
    return jurisdiction;
  }

  public LocalDate effectiveFrom() {
    return effectiveFrom;
  }

  public int version() {
    return version;
  }

  public Text title() {
    return title;
  }

  /** The values this pack sets, typed. */
  public ParameterValues values() {
    return values;
  }

  /** The values as canonical text by key: {@link #parse} reads them back to an equal pack. */
  public SortedMap<String, String> rawValues() {
    return values.format();
  }

  /** Whether this pack sets every parameter, as a baseline does. */
  public boolean isComplete() {
    return Parameters.all().forAll(values::contains);
  }

  /** Whether this pack is in force on {@code date} (its jurisdiction's latest aside). */
  public boolean isEffectiveOn(LocalDate date) {
    return !effectiveFrom.isAfter(date);
  }

  public PolicySource source() {
    return new PolicySource(jurisdiction, version, effectiveFrom);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PolicyPack p
        && p.jurisdiction.equals(jurisdiction)
        && p.effectiveFrom.equals(effectiveFrom)
        && p.version == version
        && p.title.equals(title)
        && p.values.equals(values);
  }

  @Override
  public int hashCode() {
    return Objects.hash(jurisdiction, effectiveFrom, version, title, values);
  }

  @Override
  public String toString() {
    return source() + " " + values;
  }
}
