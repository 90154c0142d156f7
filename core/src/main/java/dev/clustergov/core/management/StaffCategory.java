package dev.clustergov.core.management;

import dev.clustergov.core.kernel.Labelled;
import dev.clustergov.core.kernel.Text;

/** A category of staff (工作人员类别, Art.7(3)). */
public enum StaffCategory implements Labelled {
  PROFESSIONAL_TECHNICAL(Text.of("专业技术人员", "professional-technical staff")),
  MANAGEMENT(Text.of("管理人员", "management staff")),
  AUXILIARY(Text.of("辅助人员", "auxiliary staff"));

  private final Text label;

  StaffCategory(Text label) {
    this.label = label;
  }

  @Override
  public Text label() {
    return label;
  }
}
