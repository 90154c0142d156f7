package dev.clustergov.core.testkit;

import org.junit.jupiter.api.Assumptions;

/**
 * What a test needs from the machine besides the JVM (Chromium for the browser tests, {@code wrk} for the
 * load benchmark). On a developer's machine a test whose tool is missing is skipped, saying what to
 * install; in CI — the environment variable {@code CI} set, as {@code .ci/run} and CI services set it — it
 * fails instead, so that a missing tool can never turn into a green build that did not run the test.
 */
public final class Prerequisites {

  private Prerequisites() {}

  /**
   * Returns when {@code present}; otherwise fails the test in CI and skips it elsewhere.
   *
   * @param what what is missing and how to get it, e.g. {@code "wrk is not installed (apt-get install wrk)"}
   */
  public static void require(boolean present, String what) {
    require(present, what, System.getenv("CI"));
  }

  /** Whether this run is CI's. */
  public static boolean inCi() {
    return inCi(System.getenv("CI"));
  }

  static void require(boolean present, String what, String ci) {
    if (present) {
      return;
    }
    if (inCi(ci)) {
      throw new AssertionError("CI=" + ci + " and " + what + ": in CI no test may skip (.ci/run installs what the tests need)");
    }
    Assumptions.abort("SKIPPED outside CI: " + what);
  }

  /** {@code CI} set to anything but empty, {@code false} or {@code 0}. */
  static boolean inCi(String ci) {
    return ci != null && !ci.isBlank() && !ci.strip().equalsIgnoreCase("false") && !ci.strip().equals("0");
  }
}
