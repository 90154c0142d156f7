package dev.clustergov.core.supervision;

import dev.clustergov.core.kernel.RegionCode;
import dev.clustergov.core.kernel.Validations;
import dev.clustergov.core.kernel.Violation;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.Objects;

/**
 * A local industry and information-technology authority (地方工业和信息化主管部门, Art.6, Art.26): it
 * guides, recognises, supervises and assesses the POs of clusters inside its jurisdiction.
 */
public record Authority(AuthorityId id, long version, String name, RegionCode jurisdiction) {

  public Authority {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(jurisdiction, "jurisdiction");
    if (version < 0) {
      throw new IllegalArgumentException("version");
    }
  }

  /** An authority from typed values ({@code jurisdiction} required), every problem at once. */
  public static Validation<Seq<Violation>, Authority> of(AuthorityId id, String name, RegionCode jurisdiction) {
    return Validation.combine(
            Validations.seq(Validations.text("name", name, 100)),
            Validations.seq(Validations.required("jurisdiction", jurisdiction)))
        .ap((n, j) -> new Authority(id, 0, n, j))
        .mapError(errors -> errors.flatMap(s -> s));
  }

  /** Whether this authority's jurisdiction contains {@code region} (Art.6: 所在地). */
  public boolean covers(RegionCode region) {
    return jurisdiction.covers(region);
  }

  public Authority withVersion(long v) {
    return new Authority(id, v, name, jurisdiction);
  }
}
