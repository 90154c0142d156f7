package dev.clustergov.adapters.jdbc;

import java.util.ArrayList;
import java.util.List;

/** Ids cut into IN lists (分批): at most 500 a statement, well under every driver's parameter limit. */
final class Chunks {
  /** The most ids bound in one IN list. */
  static final int SIZE = 500;

  private Chunks() {}

  static List<List<String>> of(List<String> ids) {
    List<List<String>> chunks = new ArrayList<>();
    for (int i = 0; i < ids.size(); i += SIZE) {
      chunks.add(ids.subList(i, Math.min(ids.size(), i + SIZE)));
    }
    return chunks;
  }
}
