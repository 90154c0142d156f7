package dev.clustergov.adapters.rest;

/**
 * Why the server cannot start (启动失败): one line for the operator — what went wrong and what to do — and the exit
 * code {@code --help} and the README document, never a stack trace.
 */
final class StartupFailure extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * The documented exit codes; 0 is {@code --help}/{@code --version} answered or an intact {@code verify}. A server that ran
   * and was stopped exits as the JVM does on a signal, 143 for SIGTERM and 130 for Ctrl-C, or 1 when its stop was halted
   * (decision 0521).
   */
  enum Exit {
    UNEXPECTED(1), USAGE(2), DATA_DIR(3), DATABASE(4), TOKENS(5), PORT(6), CHAIN_BROKEN(7), SIGNING_KEY(8);

    final int code;

    Exit(int code) {
      this.code = code;
    }
  }

  private final Exit exit;

  StartupFailure(Exit exit, String line) {
    super(line, null, false, false);
    this.exit = exit;
  }

  StartupFailure(Exit exit, String line, Throwable cause) {
    super(line, cause, false, false);
    this.exit = exit;
  }

  Exit exit() {
    return exit;
  }

  /** The innermost message of {@code t}'s causes, on one line: what the driver, the file system or Jetty said. */
  static String root(Throwable t) {
    Throwable c = t;
    while (c.getCause() != null && c.getCause() != c) {
      c = c.getCause();
    }
    String m = c.getMessage() == null ? c.getClass().getSimpleName() : c.getMessage();
    return m.strip().replaceAll("\\s*\\R\\s*", " ");
  }
}
