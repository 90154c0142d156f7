package dev.clustergov.core.cluster;

import dev.clustergov.core.kernel.RegionCode;
import dev.clustergov.core.kernel.Validations;
import dev.clustergov.core.kernel.Violation;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.Objects;

/**
 * An advanced manufacturing cluster (先进制造业集群, Art.2): the place a promotion organization
 * serves. Its region decides which authority may supervise the PO (Art.6); its size — the number of
 * enterprises in it — drives the staffing a policy expects (Art.7(3)).
 *
 * @param version the stored version, 0 before the first save (optimistic concurrency)
 */
public record Cluster(
    ClusterId id, long version, String name, RegionCode region, String industry, ClusterLevel level, int enterprises) {

  public static final int MAX_ENTERPRISES = 1_000_000;

  public Cluster {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(region, "region");
    Objects.requireNonNull(industry, "industry");
    Objects.requireNonNull(level, "level");
    if (version < 0 || enterprises < 0 || enterprises > MAX_ENTERPRISES) {
      throw new IllegalArgumentException("cluster " + id + ": version or size out of range");
    }
  }

  /** Everything a registration needs, in typed values ({@code region} and {@code level} required), every problem at once. */
  public static Validation<Seq<Violation>, Cluster> of(
      ClusterId id, String name, RegionCode region, String industry, ClusterLevel level, Integer enterprises) {
    return Validation.combine(
            Validations.seq(Validations.text("name", name, 100)),
            Validations.seq(Validations.required("region", region)),
            Validations.seq(Validations.text("industry", industry, 100)),
            Validations.seq(Validations.required("level", level)),
            Validations.seq(parseEnterprises(enterprises)))
        .ap((n, r, i, l, e) -> new Cluster(id, 0, n, r, i, l, e))
        .mapError(errors -> errors.flatMap(s -> s));
  }

  private static Validation<Violation, Integer> parseEnterprises(Integer raw) {
    if (raw == null) {
      return Validation.invalid(Violation.of("enterprises", "required", "集群企业数不能为空", "enterprises is required"));
    }
    if (raw < 0 || raw > MAX_ENTERPRISES) {
      return Validation.invalid(Violation.of("enterprises", "range", "集群企业数须在0至1000000之间",
          "enterprises must be between 0 and 1000000"));
    }
    return Validation.valid(raw);
  }

  public Cluster withVersion(long v) {
    return new Cluster(id, v, name, region, industry, level, enterprises);
  }
}
