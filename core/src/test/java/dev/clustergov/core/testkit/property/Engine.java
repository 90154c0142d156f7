package dev.clustergov.core.testkit.property;

import io.vavr.Tuple;
import io.vavr.collection.Traversable;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** What {@link Property} and {@link Actions} share: seeds, tries, running, shrinking, showing. */
final class Engine {

  static final String SEED_PROPERTY = "clustergov.seed";
  static final String TRIES_PROPERTY = "clustergov.tries";
  static final int DEFAULT_TRIES = 200;
  static final int DEFAULT_MAX_SHRINK_STEPS = 1000;
  private static final int MAX_SHRINK_CANDIDATES = 20_000;

  private Engine() {}

  /** A piece of a check that may throw anything. */
  interface Run {
    void run() throws Exception;
  }

  /** The seed: an explicit one, else {@code -Dclustergov.seed}, else one derived from the name. */
  static long seed(Long explicit, String name) {
    if (explicit != null) {
      return explicit;
    }
    String property = System.getProperty(SEED_PROPERTY);
    if (property != null && !property.isBlank()) {
      try {
        return Long.parseLong(property.trim());
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("-D" + SEED_PROPERTY + " must be a long: " + property, e);
      }
    }
    long hash = 0xcbf29ce484222325L; // FNV-1a: stable across JVMs, unlike identity hashes
    for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
      hash = (hash ^ (b & 0xff)) * 0x100000001b3L;
    }
    return hash;
  }

  /** {@code -Dclustergov.tries=N} replaces the configured tries; {@code =Nx} multiplies them. */
  static int tries(int configured) {
    String property = System.getProperty(TRIES_PROPERTY);
    if (property == null || property.isBlank()) {
      return configured;
    }
    String p = property.trim().toLowerCase();
    try {
      return p.endsWith("x")
          ? (int) Math.max(1, Math.round(configured * Double.parseDouble(p.substring(0, p.length() - 1))))
          : Math.max(1, Integer.parseInt(p));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("-D" + TRIES_PROPERTY + " must be N or Nx: " + property, e);
    }
  }

  /** Size hint for try {@code i} of {@code n}: grows from small to {@link Gen#MAX_SIZE}. */
  static int size(int i, int n) {
    return (int) Math.min(Gen.MAX_SIZE, (long) Gen.MAX_SIZE * (i + 1) / Math.max(1, n));
  }

  /** The test method that called into the harness, as {@code Class.method}: the default name. */
  static String callerName() {
    Set<Class<?>> harness = Set.of(Property.class, Actions.class, Engine.class, Gen.class);
    return StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE)
        .walk(frames -> frames.filter(f -> !harness.contains(f.getDeclaringClass().getNestHost()))
            .findFirst()
            .map(f -> f.getDeclaringClass().getSimpleName() + "." + f.getMethodName().replaceAll("^lambda\\$(.*)\\$\\d+$", "$1"))
            .orElse("property"));
  }

  /** The failure of {@code run}, or null when it passes; errors of the JVM itself propagate. */
  static Throwable failureOf(Run run) {
    try {
      run.run();
      return null;
    } catch (VirtualMachineError e) {
      throw e;
    } catch (Throwable t) {
      return t;
    }
  }

  /** A shrunk counter-example: its value, the failure it causes, and how many steps found it. */
  record Shrunk<T>(T value, Throwable failure, int steps) {}

  /**
   * Greedy shrinking: moves to the first smaller candidate that still fails, until none does or
   * {@code maxSteps} moves (or a fixed budget of candidates) are spent.
   */
  static <T> Shrunk<T> shrink(
      Shrinkable<T> failing, Throwable failure, Function<? super T, Throwable> test, int maxSteps) {
    Shrinkable<T> current = failing;
    Throwable currentFailure = failure;
    int steps = 0;
    int candidates = 0;
    search:
    while (steps < maxSteps) {
      for (Shrinkable<T> candidate : current.shrinks()) {
        if (++candidates > MAX_SHRINK_CANDIDATES) {
          break search;
        }
        Throwable f = test.apply(candidate.value());
        if (f != null) {
          current = candidate;
          currentFailure = f;
          steps++;
          continue search;
        }
      }
      break;
    }
    return new Shrunk<>(current.value(), currentFailure, steps);
  }

  /** The reproduction hint shared by all reports; also printed to stderr for logs. */
  static String reproduce(String name, long seed) {
    String hint = "Reproduce: -D" + SEED_PROPERTY + "=" + seed + " (or .seed(" + seed + "L) on '" + name + "')";
    System.err.println("[clustergov property] '" + name + "' failed with seed " + seed + ". " + hint);
    return hint;
  }

  /** A one-line summary of a failure. */
  static String describe(Throwable failure) {
    String message = failure.getMessage();
    return failure.getClass().getName() + (message == null ? "" : ": " + message.strip().replace("\n", "\n      "));
  }

  /** Renders a value readably: strings quoted with invisible characters escaped, containers recursively. */
  static String show(Object value) {
    if (value instanceof CharSequence s) {
      return quote(s.toString());
    } else if (value instanceof Optional<?> o) {
      return o.map(v -> "Optional[" + show(v) + "]").orElse("Optional.empty");
    } else if (value instanceof Collection<?> c) {
      return c.stream().map(Engine::show).collect(Collectors.joining(", ", "[", "]"));
    } else if (value instanceof Map<?, ?> m) {
      return m.entrySet().stream().map(e -> show(e.getKey()) + "=" + show(e.getValue()))
          .collect(Collectors.joining(", ", "{", "}"));
    } else if (value instanceof Tuple t) {
      return t.toSeq().map(Engine::show).mkString("(", ", ", ")");
    } else if (value instanceof Traversable<?> t) {
      return t.map(Engine::show).mkString(t.stringPrefix() + "(", ", ", ")");
    }
    return String.valueOf(value);
  }

  private static String quote(String s) {
    StringBuilder out = new StringBuilder("\"");
    s.codePoints().forEach(c -> {
      switch (c) {
        case '"', '\\' -> out.append('\\').appendCodePoint(c);
        case '\n' -> out.append("\\n");
        case '\t' -> out.append("\\t");
        case '\r' -> out.append("\\r");
        default -> {
          int type = Character.getType(c);
          boolean invisible = Character.isISOControl(c) || (Character.isWhitespace(c) && c != ' ')
              || Character.isSpaceChar(c) && c != ' ' || type == Character.FORMAT || type == Character.UNASSIGNED
              || type == Character.SURROGATE || type == Character.PRIVATE_USE;
          out.append(invisible ? String.format(c > 0xFFFF ? "\\u{%X}" : "\\u%04X", c) : Character.toString(c));
        }
      }
    });
    return out.append('"').toString();
  }
}
