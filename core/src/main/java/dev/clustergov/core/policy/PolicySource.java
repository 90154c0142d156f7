package dev.clustergov.core.policy;

import dev.clustergov.core.kernel.RegionCode;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Which pack version a policy was resolved from (政策来源): what an assessment records so that it
 * can be reproduced.
 */
public record PolicySource(RegionCode jurisdiction, int version, LocalDate effectiveFrom) {

  public PolicySource {
    Objects.requireNonNull(jurisdiction, "jurisdiction");
    Objects.requireNonNull(effectiveFrom, "effectiveFrom");
    if (version < 1) {
      throw new IllegalArgumentException("version " + version);
    }
  }

  /**
   * The pack in words, in each language, wherever a report or a page names it: the baseline as this library's parameters
   * after the Guideline, applied from its day — 基准参数第1版（依据《指引》，自2023年12月1日起适用） · baseline parameters,
   * version 1 (after the Guideline), applied from 1 December 2023 —, never as a state instrument in force (施行): the
   * Guideline is a 指引 and the day is one this library chose (review stop 28, P6); a local pack by its region,
   * 江苏省第2版政策参数（2025年1月1日起施行） · version 2 of the policy pack of Jiangsu Province, in force from 1 January 2025.
   */
  public dev.clustergov.core.kernel.Text words() {
    if (jurisdiction.equals(RegionCode.NATIONAL)) {
      dev.clustergov.core.kernel.Text name = NationalBaseline.NAME;
      return dev.clustergov.core.kernel.Text.of(
          name.zh() + "第" + version + "版（依据《指引》，自" + dev.clustergov.core.kernel.Dates.zh(effectiveFrom) + "起适用）",
          name.en() + ", version " + version + " (after the Guideline), applied from " + dev.clustergov.core.kernel.Dates.en(effectiveFrom));
    }
    dev.clustergov.core.kernel.Text region = dev.clustergov.core.kernel.RegionNames.name(jurisdiction);
    return dev.clustergov.core.kernel.Text.of(
        region.zh() + "第" + version + "版政策参数（" + dev.clustergov.core.kernel.Dates.zh(effectiveFrom) + "起施行）",
        "version " + version + " of the policy pack of " + region.en() + ", in force from " + dev.clustergov.core.kernel.Dates.en(effectiveFrom));
  }

  /**
   * The pack by its name and version alone, for a sentence that says a parameter of it applies: 基准参数第1版 · baseline
   * parameters, version 1; 江苏省第2版政策参数 · version 2 of the policy pack of Jiangsu Province (review stop 28, P5).
   */
  public dev.clustergov.core.kernel.Text name() {
    if (jurisdiction.equals(RegionCode.NATIONAL)) {
      return dev.clustergov.core.kernel.Text.of(NationalBaseline.NAME.zh() + "第" + version + "版", NationalBaseline.NAME.en() + ", version " + version);
    }
    dev.clustergov.core.kernel.Text region = dev.clustergov.core.kernel.RegionNames.name(jurisdiction);
    return dev.clustergov.core.kernel.Text.of(region.zh() + "第" + version + "版政策参数", "version " + version + " of the policy pack of " + region.en());
  }

  /** E.g. {@code 320000 v2 from 2024-07-01}. */
  @Override
  public String toString() {
    return jurisdiction + " v" + version + " from " + effectiveFrom;
  }
}
