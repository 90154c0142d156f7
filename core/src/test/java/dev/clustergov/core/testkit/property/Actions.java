package dev.clustergov.core.testkit.property;

import dev.clustergov.core.testkit.property.Action.Invocation;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Random action sequences against a process (a state machine): each run starts from a fresh
 * state, repeatedly picks one of the actions whose precondition holds, draws its argument, and
 * runs it. A failing sequence is shrunk, by removing chunks and single steps and shrinking
 * arguments, to a short sequence that still fails with every precondition still true.
 *
 * <pre>{@code
 * Actions.forModel(() -> new State(new Counter(), 0))
 *     .action("increment", s -> { s.real().increment(); assertThat(s.real().value()).isEqualTo(s.count() + 1);
 *                                 return s.withCount(s.count() + 1); })
 *     .action("reset", s -> s.count() > 0, s -> { s.real().reset(); return s.withCount(0); })
 *     .action("add", s -> true, Gen.integers(1, 5), (s, n) -> { ... })
 *     .check(100, 30);
 * }</pre>
 *
 * <p>Seeds and {@code clustergov.tries} work as for {@link Property}. Instances are immutable.
 *
 * @param <S> the state, model and (a reference to) the system under test
 */
public final class Actions<S> {

  private final Supplier<? extends S> initialState;
  private final List<Action<S>> actions;
  private final String name;
  private final Long seed;
  private final int maxShrinkSteps;

  private Actions(Supplier<? extends S> initialState, List<Action<S>> actions, String name, Long seed, int maxShrinkSteps) {
    this.initialState = initialState;
    this.actions = List.copyOf(actions);
    this.name = name;
    this.seed = seed;
    this.maxShrinkSteps = maxShrinkSteps;
  }

  /** Sequences that each start from a fresh {@code initialState.get()}. */
  public static <S> Actions<S> forModel(Supplier<? extends S> initialState) {
    return new Actions<>(initialState, List.of(), Engine.callerName(), null, Engine.DEFAULT_MAX_SHRINK_STEPS);
  }

  /**
   * Inside a step: gives up this sequence as invalid, not failed, unless {@code condition} holds;
   * for steps whose argument an earlier, now removed step made valid. The sequence counts as
   * discarded, and a check that discards more sequences than it completes fails.
   */
  public static void assume(boolean condition) {
    if (!condition) {
      throw new Invalid();
    }
  }

  /** Adds an action. */
  public Actions<S> action(Action<S> action) {
    List<Action<S>> more = new ArrayList<>(actions);
    more.add(action);
    return new Actions<>(initialState, more, name, seed, maxShrinkSteps);
  }

  /** Adds an action that is always enabled and takes no argument. */
  public Actions<S> action(String name, Action.Transition<S> transition) {
    return action(Action.of(name, state -> true, transition));
  }

  /** Adds an action without argument, enabled when {@code precondition} holds. */
  public Actions<S> action(String name, Predicate<? super S> precondition, Action.Transition<S> transition) {
    return action(Action.of(name, precondition, transition));
  }

  /** Adds an action with an argument drawn from {@code arguments}. */
  public <A> Actions<S> action(String name, Predicate<? super S> precondition, Gen<A> arguments, Action.Step<S, A> step) {
    return action(Action.of(name, precondition, arguments, step));
  }

  /** Names the process in reports; the name also fixes the default seed. */
  public Actions<S> named(String name) {
    return new Actions<>(initialState, actions, name, seed, maxShrinkSteps);
  }

  /** Fixes the seed, overriding {@code -Dclustergov.seed}. */
  public Actions<S> seed(long seed) {
    return new Actions<>(initialState, actions, name, seed, maxShrinkSteps);
  }

  /** Bounds shrinking to this many successful steps. */
  public Actions<S> maxShrinkSteps(int steps) {
    return new Actions<>(initialState, actions, name, seed, steps);
  }

  /**
   * Runs {@code tries} sequences of up to {@code maxLength} actions (a sequence ends early when no
   * action is enabled).
   *
   * @throws AssertionError for the first failing sequence, shrunk, listing its steps and the seed,
   *     with the original failure as cause; or when more sequences were discarded by an unmet
   *     {@link #assume} than were run to their end, since such a check proves less than it claims
   */
  public void check(int tries, int maxLength) {
    if (actions.isEmpty() || tries < 1 || maxLength < 1) {
      throw new IllegalArgumentException("need actions, tries > 0 and maxLength > 0");
    }
    long s = Engine.seed(seed, name);
    int total = Engine.tries(tries);
    SplittableRandom master = new SplittableRandom(s);
    int discarded = 0;
    for (int i = 0; i < total; i++) {
      SplittableRandom random = new SplittableRandom(master.nextLong());
      int size = Engine.size(i, total);
      List<Shrinkable<Invocation<S>>> done = new ArrayList<>();
      S state = initialState.get();
      for (int step = 0; step < maxLength; step++) {
        S current = state;
        List<Action<S>> enabled = actions.stream().filter(a -> a.enabled(current)).toList();
        if (enabled.isEmpty()) {
          break;
        }
        Shrinkable<Invocation<S>> next = enabled.get(random.nextInt(enabled.size())).invocations(state).generate(random, size);
        done.add(next);
        Outcome<S> outcome = run(next.value(), state);
        if (outcome.failure() instanceof Invalid) {
          discarded++;
          break;
        } else if (outcome.failure() != null) {
          throw falsified(Shrinkable.list(done, 1), outcome.failure(), i + 1, total, s);
        }
        state = outcome.state();
      }
    }
    int completed = total - discarded;
    if (discarded > completed) {
      throw new AssertionError("Action sequence '" + name + "' discarded " + discarded + " of " + total
          + " sequences (an unmet Actions.assume ends one), more than the " + completed + " it ran to their end, seed " + s + "\n"
          + "  make the preconditions choose valid steps instead of assuming them\n"
          + "  " + Engine.reproduce(name, s));
    }
  }

  private record Outcome<S>(S state, Throwable failure) {}

  private Outcome<S> run(Invocation<S> invocation, S state) {
    List<S> next = new ArrayList<>(1);
    Throwable failure = Engine.failureOf(() -> next.add(invocation.transition().apply(state)));
    return new Outcome<>(failure == null ? next.get(0) : null, failure);
  }

  /** Replays a candidate from a fresh state: its failure, or null if it passes or is invalid. */
  private Throwable replay(List<Invocation<S>> sequence) {
    S state = initialState.get();
    for (Invocation<S> invocation : sequence) {
      if (!invocation.precondition().test(state)) {
        return null;
      }
      Outcome<S> outcome = run(invocation, state);
      if (outcome.failure() != null) {
        return outcome.failure() instanceof Invalid ? null : outcome.failure();
      }
      state = outcome.state();
    }
    return null;
  }

  private AssertionError falsified(
      Shrinkable<List<Invocation<S>>> original, Throwable failure, int attempt, int total, long s) {
    Engine.Shrunk<List<Invocation<S>>> shrunk = Engine.shrink(original, failure, this::replay, maxShrinkSteps);
    List<Invocation<S>> steps = shrunk.value();
    String message = "Action sequence '" + name + "' failed on try " + attempt + " of " + total + ", seed " + s + "\n"
        + "  shortest failing sequence: " + steps.size() + " of " + original.value().size() + " steps ("
        + shrunk.steps() + " shrink steps)\n"
        + IntStream.range(0, steps.size()).mapToObj(i -> "    " + (i + 1) + ". " + steps.get(i).description() + "\n")
            .collect(Collectors.joining())
        + "  failure: " + Engine.describe(shrunk.failure()) + "\n"
        + "  original sequence: " + original.value().stream().map(Invocation::description).collect(Collectors.joining(", ")) + "\n"
        + "  " + Engine.reproduce(name, s);
    AssertionError error = new AssertionError(message, failure);
    if (shrunk.failure() != failure) {
      error.addSuppressed(shrunk.failure());
    }
    return error;
  }

  /** Thrown by {@link #assume} to mark a sequence invalid. */
  private static final class Invalid extends RuntimeException {
    Invalid() {
      super("assumption not met", null, false, false);
    }
  }
}
