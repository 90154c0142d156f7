package dev.clustergov.core.testkit.property;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(HarnessFlagsCleared.class) // the harness's defaults are under test: -Dclustergov.seed/tries must not change them
class ActionsTest {

  /** A counter whose third increment counts twice, and whose {@code add} breaks from 5 on. */
  static final class BuggyCounter {
    private int value;
    private int increments;

    void increment() {
      value += ++increments == 3 ? 2 : 1;
    }

    void decrement() {
      value--;
    }

    void add(int n) {
      value += n >= 5 ? n + 1 : n;
    }

    int value() {
      return value;
    }
  }

  record CounterState(BuggyCounter real, int expected) {
    CounterState expect(int next) {
      assertThat(real.value()).as("counter").isEqualTo(next);
      return new CounterState(real, next);
    }
  }

  private static Actions<CounterState> counter() {
    return Actions.forModel(() -> new CounterState(new BuggyCounter(), 0))
        .action("increment", s -> {
          s.real().increment();
          return s.expect(s.expected() + 1);
        })
        .action("decrement", s -> s.expected() > 0, s -> {
          s.real().decrement();
          return s.expect(s.expected() - 1);
        });
  }

  @Test
  void shrinks_a_failing_sequence_to_exactly_the_three_increments_that_break_the_counter() {
    AssertionError error = catchThrowableOfType(AssertionError.class, () -> counter().named("counter").check(100, 30));

    assertThat(error.getMessage())
        .contains("Action sequence 'counter' failed", "shortest failing sequence: 3 of ",
            "    1. increment\n    2. increment\n    3. increment\n  failure: ", "-Dclustergov.seed=")
        .doesNotContain("4. ");
    assertThat(error.getCause()).isInstanceOf(AssertionError.class);
  }

  @Test
  void shrinks_the_arguments_of_the_steps_too() {
    Actions<CounterState> adding = Actions.forModel(() -> new CounterState(new BuggyCounter(), 0))
        .action("add", s -> true, Gen.integers(0, 100), (s, n) -> {
          s.real().add(n);
          return s.expect(s.expected() + n);
        });

    AssertionError error = catchThrowableOfType(AssertionError.class, () -> adding.check(100, 10));

    assertThat(error.getMessage()).contains("shortest failing sequence: 1 of ", "    1. add(5)\n  failure: ");
  }

  /** A stack whose pop returns the bottom element when it holds exactly two. */
  static final class BuggyStack {
    private final Deque<Integer> items = new ArrayDeque<>();

    int pop() {
      return items.size() == 2 ? items.removeLast() : items.pop(); // pop throws when empty, as it should
    }
  }

  record StackState(BuggyStack real, int size, Deque<Integer> model) {}

  @Test
  void keeps_preconditions_true_so_a_shrunk_sequence_never_pops_an_empty_stack() {
    Actions<StackState> stack = Actions.forModel(() -> new StackState(new BuggyStack(), 0, new ArrayDeque<>()))
        .action("push", s -> true, Gen.integers(0, 9), (s, n) -> {
          s.real().items.push(n);
          s.model().push(n);
          return new StackState(s.real(), s.size() + 1, s.model());
        })
        .action("pop", s -> s.size() > 0, s -> {
          assertThat(s.real().pop()).isEqualTo(s.model().pop());
          return new StackState(s.real(), s.size() - 1, s.model());
        });

    AssertionError error = catchThrowableOfType(AssertionError.class, () -> stack.check(200, 20));

    assertThat(error.getMessage())
        .contains("shortest failing sequence: 3 of ", "    1. push(0)\n    2. push(1)\n    3. pop\n")
        .doesNotContain("NoSuchElementException");
  }

  @Test
  void the_same_seed_reports_the_same_sequences() {
    String first = catchThrowableOfType(AssertionError.class, () -> counter().seed(5L).check(50, 20)).getMessage();
    String second = catchThrowableOfType(AssertionError.class, () -> counter().seed(5L).check(50, 20)).getMessage();

    assertThat(first).isEqualTo(second).contains("seed 5");
  }

  @Test
  void a_passing_process_runs_one_fresh_sequence_per_try() {
    AtomicInteger sequences = new AtomicInteger();
    AtomicInteger steps = new AtomicInteger();

    Actions.forModel(() -> {
          sequences.incrementAndGet();
          return 0;
        })
        .action("step", n -> {
          steps.incrementAndGet();
          return n + 1;
        })
        .check(25, 4);

    assertThat(sequences).hasValue(25);
    assertThat(steps).hasValue(100);
  }

  @Test
  void an_unmet_assumption_makes_a_candidate_invalid_rather_than_a_counter_example() {
    Actions<Integer> process = Actions.forModel(() -> 0)
        .action("up", n -> n + 1)
        .action("check", n -> {
          Actions.assume(n >= 2);
          assertThat(n).isLessThan(4);
          return n;
        });

    AssertionError error = catchThrowableOfType(AssertionError.class, () -> process.check(100, 20));

    assertThat(error.getMessage()).contains("    1. up\n    2. up\n    3. up\n    4. up\n    5. check\n  failure");
  }

  /** Sequences numbered 1, 2, 3…; each runs one step, which an unmet assumption discards when {@code discard} says so. */
  private static Actions<Integer> numbered(java.util.function.IntPredicate discard) {
    AtomicInteger sequence = new AtomicInteger();
    return Actions.forModel(sequence::incrementAndGet).action("step", n -> {
      Actions.assume(!discard.test(n));
      return n;
    });
  }

  @Test
  void a_process_that_discards_more_sequences_than_it_completes_fails_saying_so() {
    AssertionError error = catchThrowableOfType(AssertionError.class,
        () -> numbered(n -> n % 4 != 0).named("discards").seed(1L).check(100, 1));

    assertThat(error).isNotNull();
    assertThat(error.getMessage()).contains("Action sequence 'discards' discarded 75 of 100 sequences", "Actions.assume",
        "more than the 25 it ran to their end", "-Dclustergov.seed=1");
  }

  @Test
  void a_process_that_discards_fewer_sequences_than_it_completes_passes() {
    numbered(n -> n % 4 == 0).check(100, 1);
    numbered(n -> n % 2 == 0).check(100, 1);
  }
}
