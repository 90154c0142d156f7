package dev.clustergov.examples;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Issue 20: the examples' console output names things in Chinese by their names and labels, never by record ids
 * (org-000001, cluster-000001, evaluation-000003). The event log's lines are the raw records (type, id, data) and are
 * not Chinese prose; every other line with Chinese in it is checked.
 */
final class ChineseOutput {

  private ChineseOutput() {}

  private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
  private static final Pattern RECORD_ID = Pattern.compile("(?<![A-Za-z0-9/.-])[a-z]+(?:-[a-z]+)*-\\d{2,}(?:#\\d+)?(?![A-Za-z0-9-])");
  private static final Pattern EVENT_LINE = Pattern.compile("^\\s*#\\d+ ");

  /** Each line of {@code printed} with Chinese in it that holds a record id, event-log lines aside. */
  static List<String> linesWithRecordIds(String printed) {
    return printed.lines().filter(l -> HAN.matcher(l).find() && !EVENT_LINE.matcher(l).find())
        .filter(l -> RECORD_ID.matcher(l).find()).toList();
  }
}
