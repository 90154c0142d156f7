package dev.clustergov.adapters.rest;

import java.nio.charset.StandardCharsets;

/**
 * What marks a demo server's answers as fiction (decision 0632, review stop 28 item D1): every HTML page carries a visible
 * notice, 演示数据 · Demo data, at the top of its body, and every answer the header {@value #HEADER}{@code : true}. A
 * server without demo data answers neither.
 */
final class DemoNotice {

  private DemoNotice() {}

  /** The header every answer of a demo server carries (documented in OpenAPI on the public routes). */
  static final String HEADER = "Clustergov-Demo-Data";

  /** The notice's own words, Chinese first, as on every page. */
  static final dev.clustergov.core.kernel.Text WORDS = dev.clustergov.core.kernel.Text.of("演示数据", "Demo data");

  /** The notice's title as every page shows it: 演示数据 · Demo data. */
  static final String TITLE = WORDS.zh() + " · " + WORDS.en();

  /**
   * The notice: a note in the page's own type, on a pale yellow ground, kept in print (a printed demo report is still fiction).
   * It says what is fictional without calling the real government departments fictional: their acts shown here never took place.
   */
  static final String BANNER = "<p class=\"demo-notice\" role=\"note\" style=\"border:1px solid #d4a72c;background:#fff8c5;"
      + "padding:.5rem .75rem;margin:0 0 1rem;font-size:.9rem;color:#1f2328\"><strong>" + TITLE + "</strong><br>"
      + "本服务器载有演示数据：所列集群发展促进组织、成员单位、人员及事项均为虚构，各主管部门的认定、暂停、撤销、处理等行为均未实际发生。"
      + "<br><span lang=\"en\">This server holds demo data: the POs, member units, people and events shown are "
      + "fictional, and no act of an authority shown here (recognition, suspension, revocation, sanction) took place.</span></p>\n";

  private static final byte[] BODY = "<body>".getBytes(StandardCharsets.UTF_8);
  private static final byte[] BANNER_BYTES = BANNER.getBytes(StandardCharsets.UTF_8);

  /** {@code html} with the notice placed right after its {@code <body>} tag (and the line break after it); as it is if it has none. */
  static byte[] mark(byte[] html) {
    int at = indexOf(html, BODY);
    if (at < 0) {
      return html;
    }
    int after = at + BODY.length;
    if (after < html.length && html[after] == '\n') {
      after++;
    }
    byte[] out = new byte[html.length + BANNER_BYTES.length];
    System.arraycopy(html, 0, out, 0, after);
    System.arraycopy(BANNER_BYTES, 0, out, after, BANNER_BYTES.length);
    System.arraycopy(html, after, out, after + BANNER_BYTES.length, html.length - after);
    return out;
  }

  private static int indexOf(byte[] hay, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= hay.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (hay[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
