package dev.clustergov.core.disclosure;

import dev.clustergov.core.kernel.Labelled;
import dev.clustergov.core.kernel.Text;

/**
 * What a disclosure makes public (披露类型, Art.14: 重大事项、年度报告等). An annual report names its
 * year, a major matter names the obligation it fulfils; the others name no subject.
 */
public enum DisclosureKind implements Labelled {
  /** 年度报告 — for one calendar year. */
  ANNUAL_REPORT(Text.of("年度报告", "annual report")),
  /** 重大事项 — fulfils one obligation that arose from a major matter. */
  MAJOR_MATTER(Text.of("重大事项", "major matter")),
  /** 收费标准 (Art.11: 收费标准公开). */
  FEE_STANDARD(Text.of("收费标准", "fee standard")),
  /** 章程. */
  CHARTER(Text.of("章程", "charter")),
  /** 其他 — the "等" of Art.14. */
  OTHER(Text.of("其他", "other"));

  private final Text label;

  DisclosureKind(Text label) {
    this.label = label;
  }

  @Override
  public Text label() {
    return label;
  }

  /** A kind by its name (披露类型). */
  public static io.vavr.control.Validation<dev.clustergov.core.kernel.Violation, DisclosureKind> parse(String field, String raw) {
    if (raw == null || raw.isBlank()) {
      return io.vavr.control.Validation.invalid(dev.clustergov.core.kernel.Violation.of(field, "required", "该项不能为空",
          field + " is required"));
    }
    for (DisclosureKind k : values()) {
      if (k.name().equals(raw.strip())) {
        return io.vavr.control.Validation.valid(k);
      }
    }
    // the choices by their names, as the other enums' problems list them (review stop 26, item 6)
    return io.vavr.control.Validation.invalid(dev.clustergov.core.kernel.Violation.of(field, "unknown-value",
        "该项须为以下之一：" + dev.clustergov.core.kernel.Parsing.choicesZh(DisclosureKind.class),
        // the same in English as in Chinese: the choices by label and code (review stop 27 item 20)
        field + " must be one of: " + dev.clustergov.core.kernel.Parsing.choicesEn(DisclosureKind.class)));
  }
}
