package dev.clustergov.core.operation;

import dev.clustergov.core.kernel.Labelled;
import dev.clustergov.core.kernel.Text;

/** What kind of unit a member is (成员单位类型). */
public enum MemberKind implements Labelled {
  ENTERPRISE("企业", "enterprise"),
  RESEARCH_INSTITUTE("科研院所", "research institute"),
  UNIVERSITY("高等院校", "university"),
  SOCIAL_GROUP("社会团体", "social group"),
  FINANCIAL_INSTITUTION("金融机构", "financial institution"),
  SERVICE_PROVIDER("服务机构", "service provider"),
  OTHER("其他", "other");

  private final Text title;

  MemberKind(String zh, String en) {
    this.title = Text.of(zh, en);
  }

  public Text title() {
    return title;
  }
  /** Its title: the words every {@link Labelled} value gives. */
  @Override
  public Text label() {
    return title();
  }

}
