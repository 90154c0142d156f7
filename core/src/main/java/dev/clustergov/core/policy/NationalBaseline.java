package dev.clustergov.core.policy;

import dev.clustergov.core.kernel.RegionCode;
import dev.clustergov.core.kernel.Text;
import java.time.LocalDate;

/**
 * The baseline pack (基准参数, after the Guideline): every parameter at the value {@link Parameters}
 * documents, for the whole country, from December 2023 — the month the guideline was published.
 * Every resolved policy starts from it.
 */
public final class NationalBaseline {

  public static final LocalDate EFFECTIVE_FROM = LocalDate.of(2023, 12, 1);
  public static final int VERSION = 1;
  /**
   * The one name of the baseline (基准参数), in its pack's title and wherever a policy source is named ({@link PolicySource#words}):
   * not 国家基准政策参数, which presented this library's parameters as a state instrument (review stop 28, P6).
   */
  public static final dev.clustergov.core.kernel.Text NAME = dev.clustergov.core.kernel.Text.of("基准参数", "baseline parameters");

  private static final PolicyPack PACK = build();

  private NationalBaseline() {}

  public static PolicyPack pack() {
    return PACK;
  }

  private static PolicyPack build() {
    ParameterValues values = ParameterValues.empty();
    for (Parameter<?> p : Parameters.all()) {
      values = withBaseline(values, p);
    }
    return PolicyPack.define(RegionCode.NATIONAL, EFFECTIVE_FROM, VERSION,
            NAME,
            values)
        .fold(errors -> {
          throw new IllegalStateException("national baseline inconsistent: " + errors.mkString("; "));
        }, pack -> pack);
  }

  private static <T> ParameterValues withBaseline(ParameterValues values, Parameter<T> p) {
    return values.with(p, p.baseline());
  }
}
