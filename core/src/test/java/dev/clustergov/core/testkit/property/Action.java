package dev.clustergov.core.testkit.property;

import java.util.function.Function;
import java.util.function.Predicate;

/**
 * One kind of step in an action sequence over a model state {@code S}: a name, a precondition on
 * the state, a generator of arguments, and a step that runs the action against the system under
 * test, asserts what it observes, and returns the next model state.
 *
 * <p>When the system under test is mutable, create it fresh in the initial-state supplier of
 * {@link Actions#forModel} and carry it inside {@code S} next to the model, so every sequence
 * (and every shrinking attempt) starts from a new system.
 *
 * @param <S> the state, model and (a reference to) the system under test
 */
public final class Action<S> {

  /** Runs an action without arguments and returns the next state. */
  @FunctionalInterface
  public interface Transition<S> {
    S apply(S state) throws Exception;
  }

  /** Runs an action with an argument and returns the next state. */
  @FunctionalInterface
  public interface Step<S, A> {
    S apply(S state, A argument) throws Exception;
  }

  /** One generated step of a sequence: what to show, when it may run, and what it does. */
  record Invocation<S>(String description, Predicate<? super S> precondition, Transition<S> transition) {
    @Override
    public String toString() {
      return description;
    }
  }

  private final String name;
  private final Predicate<? super S> precondition;
  private final Function<? super S, Gen<Invocation<S>>> invocations;

  private Action(String name, Predicate<? super S> precondition, Function<? super S, Gen<Invocation<S>>> invocations) {
    this.name = name;
    this.precondition = precondition;
    this.invocations = invocations;
  }

  /** An action without arguments, enabled when {@code precondition} holds. */
  public static <S> Action<S> of(String name, Predicate<? super S> precondition, Transition<S> transition) {
    return new Action<>(name, precondition, state -> Gen.constant(new Invocation<>(name, precondition, transition)));
  }

  /** An action with an argument from {@code arguments}; the argument shrinks with the sequence. */
  public static <S, A> Action<S> of(String name, Predicate<? super S> precondition, Gen<A> arguments, Step<S, A> step) {
    return dependent(name, precondition, state -> arguments, step);
  }

  /**
   * An action whose argument generator depends on the state it starts from (e.g. picks one of the
   * members the state already has). Shrinking replays the argument as drawn; the precondition
   * guards any state change that removing earlier steps causes.
   */
  public static <S, A> Action<S> dependent(
      String name, Predicate<? super S> precondition, Function<? super S, Gen<A>> arguments, Step<S, A> step) {
    return new Action<>(name, precondition, state -> arguments.apply(state).map(argument -> new Invocation<S>(
        name + "(" + Engine.show(argument) + ")", precondition, s -> step.apply(s, argument))));
  }

  /** The action's name, as shown in reports. */
  public String name() {
    return name;
  }

  boolean enabled(S state) {
    return precondition.test(state);
  }

  Gen<Invocation<S>> invocations(S state) {
    return invocations.apply(state);
  }

  @Override
  public String toString() {
    return name;
  }
}
