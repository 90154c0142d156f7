package dev.clustergov.adapters.rest;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * An iCalendar (RFC 5545) writer for the deadline feeds (日历订阅): all-day events only, so no time zone is needed.
 * Lines end in CRLF and are folded at 75 octets of UTF-8 without splitting a character (RFC 5545 §3.1); TEXT values
 * escape backslash, semicolon, comma and line breaks (§3.3.11), and the characters a content line may not hold (controls
 * but tab) are dropped. No METHOD: a subscribed feed is not an iTIP message (RFC 5546 would then ask for an ORGANIZER). A
 * small writer rather than a library: no Java iCalendar library resolves for this build (decision 0431); the tests read
 * its output with libical.
 */
final class ICalendar {

  /** One all-day event: its stable UID, its day, what it says, and its categories. */
  record Event(String uid, LocalDate day, String summary, String description, List<String> categories) {}

  private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;
  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

  private final StringBuilder out = new StringBuilder(4096);

  /** A calendar named {@code name}, stamped {@code now}; clients are asked to refresh it every 6 hours. */
  static String calendar(String name, String description, Instant now, List<Event> events) {
    ICalendar c = new ICalendar();
    c.line("BEGIN:VCALENDAR");
    c.line("VERSION:2.0");
    c.line("PRODID:-//clustergov//deadlines//ZH-EN");
    c.line("CALSCALE:GREGORIAN");
    c.line("NAME:" + text(name)); // RFC 7986
    c.line("X-WR-CALNAME:" + text(name));
    c.line("DESCRIPTION:" + text(description));
    c.line("REFRESH-INTERVAL;VALUE=DURATION:PT6H"); // RFC 7986
    c.line("X-PUBLISHED-TTL:PT6H");
    String stamp = STAMP.format(now);
    for (Event e : events) {
      c.line("BEGIN:VEVENT");
      c.line("UID:" + text(e.uid()));
      c.line("DTSTAMP:" + stamp);
      c.line("DTSTART;VALUE=DATE:" + DATE.format(e.day()));
      c.line("DTEND;VALUE=DATE:" + DATE.format(e.day().plusDays(1)));
      c.line("SUMMARY:" + text(e.summary()));
      c.line("DESCRIPTION:" + text(e.description()));
      if (!e.categories().isEmpty()) {
        c.line("CATEGORIES:" + String.join(",", e.categories().stream().map(ICalendar::text).toList()));
      }
      c.line("TRANSP:TRANSPARENT");
      c.line("END:VEVENT");
    }
    c.line("END:VCALENDAR");
    return c.out.toString();
  }

  /** A TEXT value, escaped (RFC 5545 §3.3.11); control characters other than line breaks and tab are dropped. */
  static String text(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder b = new StringBuilder(s.length() + 8);
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      switch (ch) {
        case '\\' -> b.append("\\\\");
        case ';' -> b.append("\\;");
        case ',' -> b.append("\\,");
        case '\n' -> b.append("\\n");
        case '\r' -> {
          if (i + 1 >= s.length() || s.charAt(i + 1) != '\n') {
            b.append("\\n");
          }
        }
        default -> {
          if (ch == '\t' || ch >= 0x20 && ch != 0x7F) {
            b.append(ch);
          }
        }
      }
    }
    return b.toString();
  }

  /** Appends a content line, folded so that no physical line exceeds 75 octets before its CRLF. */
  private void line(String content) {
    out.append(fold(content)).append("\r\n");
  }

  /** Folds a content line: CRLF and one space before every 75 octets (74 after the first, the space counting). */
  static String fold(String content) {
    StringBuilder b = new StringBuilder(content.length() + 16);
    int octets = 0;
    int limit = 75;
    for (int i = 0; i < content.length(); ) {
      int cp = content.codePointAt(i);
      int n = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
      if (octets + n > limit) {
        b.append("\r\n ");
        octets = 1;
      }
      b.appendCodePoint(cp);
      octets += n;
      i += Character.charCount(cp);
    }
    return b.toString();
  }
}
