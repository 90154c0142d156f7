package dev.clustergov.core.governance;

import dev.clustergov.core.kernel.Labelled;
import dev.clustergov.core.kernel.Text;
import java.util.EnumSet;
import java.util.Set;

/**
 * The form of a governance body (机构形式), as Art.8(2).1–5 list them for each layer. The original
 * lists 管理部门 (management department) for both the management and the execution layer. Each point
 * ends "等成员公认的…机构" — other bodies the members recognise as holding that power — which
 * {@link #OTHER_RECOGNISED} stands for, in any layer.
 */
public enum BodyForm implements Labelled {
  MEMBERS_ASSEMBLY(Text.of("成员大会", "members' assembly"), EnumSet.of(Layer.DECISION)),
  MEMBER_CONGRESS(Text.of("会员大会", "member congress"), EnumSet.of(Layer.DECISION)),
  DECISION_DEPARTMENT(Text.of("决策部门", "decision department"), EnumSet.of(Layer.DECISION)),
  BOARD_OF_SUPERVISORS(Text.of("监事会", "board of supervisors"), EnumSet.of(Layer.SUPERVISION)),
  SUPERVISORY_DEPARTMENT(Text.of("监督部门", "supervisory department"), EnumSet.of(Layer.SUPERVISION)),
  COUNCIL(Text.of("理事会", "council"), EnumSet.of(Layer.MANAGEMENT)),
  MANAGEMENT_DEPARTMENT(Text.of("管理部门", "management department"), EnumSet.of(Layer.MANAGEMENT, Layer.EXECUTION)),
  SECRETARIAT(Text.of("秘书处", "secretariat"), EnumSet.of(Layer.EXECUTION)),
  EXPERT_COMMITTEE(Text.of("专家委员会", "expert committee"), EnumSet.of(Layer.ADVISORY)),
  ADVISORY_DEPARTMENT(Text.of("咨询部门", "advisory department"), EnumSet.of(Layer.ADVISORY)),
  OTHER_RECOGNISED(Text.of("成员公认的其他机构", "another body the members recognise"), EnumSet.allOf(Layer.class));

  private final Text label;
  private final Set<Layer> layers;

  BodyForm(Text label, Set<Layer> layers) {
    this.label = label;
    this.layers = layers;
  }

  @Override
  public Text label() {
    return label;
  }

  /** Whether the guideline names this form for {@code layer}. */
  public boolean permittedIn(Layer layer) {
    return layers.contains(layer);
  }
}
