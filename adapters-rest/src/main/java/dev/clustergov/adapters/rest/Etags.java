package dev.clustergov.adapters.rest;

import dev.clustergov.core.kernel.Text;
import dev.clustergov.core.kernel.Violation;
import java.util.List;
import java.util.OptionalLong;

/**
 * ETag is the aggregate's version, quoted ({@code "3"}), always a strong tag; {@code If-Match} carries it back (乐观并发)
 * and is compared strongly (decision 0361). A GET of a PO's resources answers {@code 304} to an {@code If-None-Match}
 * naming its tag, compared weakly; an answer derived from many parts carries a weak tag from the PO's read stamp
 * instead ({@link ReadModel}, decision 0420), which {@code If-Match} refuses as every weak tag.
 */
final class Etags {
  private Etags() {}

  static String of(long version) {
    return "\"" + version + "\"";
  }

  /** The version a write expects: empty when there is no {@code If-Match} or it is {@code *}. */
  static OptionalLong expected(String ifMatch) {
    if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
      return OptionalLong.empty();
    }
    String s = ifMatch.strip();
    if (s.startsWith("W/")) {
      // If-Match compares strongly (RFC 9110 §13.1.1): a weak tag never matches, whatever its value (decision 0361)
      throw ApiError.of(412, "precondition-failed",
          Text.of("请求头“If-Match”采用强比较，弱实体标签（以“W/”开头）不能匹配：请发送本系统给出的实体标签（“ETag”），如“\"3\"”",
              "If-Match uses the strong comparison, which a weak ETag (W/…) never passes: send the ETag this server gave, such as \"3\""));
    }
    if (s.length() >= 3 && s.length() <= 20 && s.startsWith("\"") && s.endsWith("\"")) {
      String digits = s.substring(1, s.length() - 1);
      if (digits.matches("\\d{1,18}")) {
        return OptionalLong.of(Long.parseLong(digits));
      }
    }
    throw ApiError.malformed(List.of(Violation.of("If-Match", "etag",
        "请求头“If-Match”须为本系统给出的实体标签（“ETag”），如“\"3\"”", "If-Match must be an ETag this server gave, such as \"3\"")));
  }
}
