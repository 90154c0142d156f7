package dev.clustergov.core.application.port;

/** Where new identifiers come from (标识来源): a driven port, so the core never draws randomness. */
public interface IdSource {
  /** A fresh identifier for an aggregate of {@code kind} (e.g. "org"), unique in this registry. */
  String next(String kind);
}
