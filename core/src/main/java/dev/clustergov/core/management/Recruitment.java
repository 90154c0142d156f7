package dev.clustergov.core.management;

import dev.clustergov.core.kernel.Labelled;
import dev.clustergov.core.kernel.Text;

/** How a staff member was recruited (招聘方式, Art.13: 面向社会公开招聘). */
public enum Recruitment implements Labelled {
  OPEN_RECRUITMENT(Text.of("公开招聘", "open public recruitment")),
  SECONDMENT(Text.of("借调或派驻", "secondment or assignment")),
  DIRECT_APPOINTMENT(Text.of("直接任命", "direct appointment")),
  OTHER(Text.of("其他", "other"));

  private final Text label;

  Recruitment(Text label) {
    this.label = label;
  }

  @Override
  public Text label() {
    return label;
  }
}
