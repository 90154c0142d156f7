package dev.clustergov.adapters.rest;

import dev.clustergov.core.kernel.Violation;
import java.util.List;
import java.util.OptionalLong;

/** ETag is the aggregate's version, quoted ({@code "3"}); {@code If-Match} carries it back (乐观并发). */
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
      s = s.substring(2);
    }
    if (s.length() >= 3 && s.length() <= 20 && s.startsWith("\"") && s.endsWith("\"")) {
      String digits = s.substring(1, s.length() - 1);
      if (digits.matches("\\d{1,18}")) {
        return OptionalLong.of(Long.parseLong(digits));
      }
    }
    throw ApiError.malformed(List.of(Violation.of("If-Match", "etag",
        "If-Match 须为本服务给出的 ETag，如 \"3\"", "If-Match must be an ETag this server gave, such as \"3\"")));
  }
}
