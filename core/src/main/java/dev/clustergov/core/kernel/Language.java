package dev.clustergov.core.kernel;

/** The two languages every message carries (语言): Chinese, the original, and English. */
public enum Language {
  ZH,
  EN
}
