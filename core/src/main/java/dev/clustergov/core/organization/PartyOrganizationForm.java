package dev.clustergov.core.organization;

import dev.clustergov.core.kernel.Labelled;
import dev.clustergov.core.kernel.Text;

/** The form of a Party organization (党组织形式, Art.7(1)). */
public enum PartyOrganizationForm implements Labelled {
  COMMITTEE(Text.of("党委", "Party committee")),
  GENERAL_BRANCH(Text.of("党总支", "Party general branch")),
  BRANCH(Text.of("党支部", "Party branch")),
  JOINT_BRANCH(Text.of("联合党支部", "joint Party branch"));

  private final Text label;

  PartyOrganizationForm(Text label) {
    this.label = label;
  }

  @Override
  public Text label() {
    return label;
  }
}
