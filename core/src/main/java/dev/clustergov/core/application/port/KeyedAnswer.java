package dev.clustergov.core.application.port;

import java.util.Objects;

/**
 * What a unit of work run under an idempotency key (幂等键, decision 0540) answered: the key, a fingerprint of who asked
 * what under it, and the answer as the caller put it in words (the REST adapter: the status, headers and body of its
 * HTTP answer) — so that the same request sent again under its key (after a timeout, say) is answered as the first was,
 * and runs no second time.
 *
 * @param first whether this call ran the work and kept the answer; {@code false}: the key was taken, the work was not
 *     run, and this is the answer kept when it was — whose {@code fingerprint} the caller compares with its own
 */
public record KeyedAnswer(String key, String fingerprint, String answer, boolean first) {

  /** The longest idempotency key kept, as {@code ProposeOrganization} keeps it. */
  public static final int MAX_KEY = 200;

  /** The longest fingerprint kept (a SHA-256 in hexadecimal is 64). */
  public static final int MAX_FINGERPRINT = 64;

  public KeyedAnswer {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(fingerprint, "fingerprint");
    Objects.requireNonNull(answer, "answer");
  }

  /** Whether {@code key} is one the stores keep: 1 to {@link #MAX_KEY} visible ASCII characters. */
  public static boolean wellFormed(String key) {
    return key != null && !key.isEmpty() && key.length() <= MAX_KEY && key.chars().allMatch(ch -> ch > 0x20 && ch < 0x7f);
  }
}
