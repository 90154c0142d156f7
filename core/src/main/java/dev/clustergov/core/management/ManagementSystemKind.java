package dev.clustergov.core.management;

import dev.clustergov.core.kernel.Labelled;
import dev.clustergov.core.guideline.Citation;
import dev.clustergov.core.kernel.Text;
import java.util.EnumSet;
import java.util.Set;

/**
 * A kind of management system (管理制度). Art.7(4) requires personnel, financial and archives
 * systems at founding; Art.9 requires personnel, administrative, financial, business and
 * confidentiality/security systems once the PO operates; Art.15 a democratic consultation and internal
 * dispute mediation system; Art.16 a "co-build and share" IP management system.
 */
public enum ManagementSystemKind implements Labelled {
  PERSONNEL(Text.of("人事管理制度", "personnel management")),
  FINANCIAL(Text.of("财务管理制度", "financial management")),
  ARCHIVES(Text.of("档案管理制度", "archives management")),
  ADMINISTRATIVE(Text.of("行政管理制度", "administrative management")),
  BUSINESS(Text.of("业务管理制度", "business management")),
  CONFIDENTIALITY_SECURITY(Text.of("保密安全管理制度", "confidentiality and security management")),
  /** Art.15: 民主协商和内部矛盾调解制度. */
  DISPUTE_RESOLUTION(Text.of("民主协商和内部矛盾调解制度", "democratic consultation and internal dispute mediation")),
  /** Art.16: "共建共享"的知识产权管理制度. */
  IP_MANAGEMENT(Text.of("“共建共享”知识产权管理制度", "“co-build, co-share” IP management"));

  /** The systems Art.7(4) requires before establishment. */
  public static final Set<ManagementSystemKind> AT_FOUNDING = EnumSet.of(PERSONNEL, FINANCIAL, ARCHIVES);

  public static final Citation FOUNDING_CLAUSE = Citation.item(7, 4);

  private final Text label;

  ManagementSystemKind(Text label) {
    this.label = label;
  }

  @Override
  public Text label() {
    return label;
  }
}
