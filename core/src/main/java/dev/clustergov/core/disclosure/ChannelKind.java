package dev.clustergov.core.disclosure;

import dev.clustergov.core.kernel.Labelled;
import dev.clustergov.core.kernel.Text;

/**
 * Where a disclosure is published (披露渠道). Art.14 asks for 公开渠道 facing society (面向社会公开):
 * a channel that only members or staff can read is recorded for what it is, but it discloses nothing.
 */
public enum ChannelKind implements Labelled {
  /** The PO's own website (门户网站); the reference is its public http(s) address. */
  WEBSITE(Text.of("门户网站", "website"), true, true),
  /** The authority's or the registration authority's public platform (主管部门或登记管理机关的公示平台), by address. */
  AUTHORITY_PLATFORM(Text.of("主管部门公示平台", "authority's platform"), true, true),
  /** A newspaper (报刊); the reference names the paper, date and page. */
  NEWSPAPER(Text.of("报刊", "newspaper"), true, false),
  /** A public new-media account (微信公众号等), by its name or address. */
  NEW_MEDIA(Text.of("新媒体公众号", "public new-media account"), true, false),
  /** Circulated to members only (会员内部通报). */
  MEMBERS_ONLY(Text.of("仅限成员单位", "member units only"), false, false),
  /** Internal notice board or intranet (内部公告栏、内网). */
  INTERNAL(Text.of("内部", "internal"), false, false);

  private final Text label;
  private final boolean reachesThePublic;
  private final boolean addressed;

  ChannelKind(Text label, boolean reachesThePublic, boolean addressed) {
    this.label = label;
    this.reachesThePublic = reachesThePublic;
    this.addressed = addressed;
  }

  @Override
  public Text label() {
    return label;
  }

  /** Whether anyone, not only members or staff, can read what is published here (面向社会). */
  public boolean reachesThePublic() {
    return reachesThePublic;
  }

  /** Whether the reference is a web address (http or https). */
  public boolean addressed() {
    return addressed;
  }
}
