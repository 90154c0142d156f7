package dev.clustergov.core.policy;

import dev.clustergov.core.kernel.RegionCode;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import java.time.LocalDate;

/**
 * The policy in force (适用政策) for a region on a date: the national baseline with each broader to
 * narrower jurisdiction's latest effective pack laid over it. What a rule reads; every value is
 * set. Made by {@link PolicyResolver#resolve}.
 */
public final class Policy {

  private final RegionCode jurisdiction;
  private final LocalDate date;
  private final ParameterValues values;
  private final Seq<PolicySource> sources;
  private final Map<String, PolicySource> origins;

  Policy(RegionCode jurisdiction, LocalDate date, ParameterValues values, Seq<PolicySource> sources,
      Map<String, PolicySource> origins) {
    this.jurisdiction = jurisdiction;
    this.date = date;
    this.values = values;
    this.sources = sources;
    this.origins = origins;
  }

  /** The value in force; every parameter has one, the baseline's unless a pack changed it. */
  public <T> T get(Parameter<T> parameter) {
    return values.get(parameter)
        .getOrElseThrow(() -> new IllegalArgumentException("not a registered parameter: " + parameter));
  }

  /** The region this policy was resolved for. */
  public RegionCode jurisdiction() {
    return jurisdiction;
  }

  /** The date this policy was resolved for. */
  public LocalDate date() {
    return date;
  }

  /** The packs used, broadest first (the national baseline first): what an assessment records. */
  public Seq<PolicySource> sources() {
    return sources;
  }

  /** The pack that set this parameter's value. */
  public PolicySource sourceOf(Parameter<?> parameter) {
    return origins.get(parameter.key())
        .getOrElseThrow(() -> new IllegalArgumentException("not a registered parameter: " + parameter));
  }

  /** Every value in force. */
  public ParameterValues values() {
    return values;
  }

  @Override
  public String toString() {
    return "Policy " + jurisdiction + " on " + date + " from " + sources.mkString(", ");
  }
}
