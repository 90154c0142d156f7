package dev.clustergov.core.policy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clustergov.core.kernel.Violation;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Which event types a policy's major matters (Art.14) may name (已记录的事件类型), on the policy package's own test
 * ({@code scenario.KnownEventsTest} checks the set against the commands, not these two methods): a recorded or a
 * reserved type, bare, or a recorded one qualified by a layer or role its events carry; a pack's list naming another is one violation for each such type.
 */
class KnownEventsNamesTest {

  @Test
  void a_recorded_or_reserved_type_is_named_bare_or_qualified_and_another_is_not() {
    assertThat(KnownEvents.names("SeatAppointed")).isTrue();
    assertThat(KnownEvents.names("SeatAppointed.DECISION")).isTrue();
    assertThat(KnownEvents.names("NameChanged")).isTrue();
    // a qualifier is one the type's events carry (KnownEvents.QUALIFIERS): a reserved type carries none yet, and a
    // misspelt one would never match a recorded event
    assertThat(KnownEvents.names("HeadChanged.X")).isFalse();
    assertThat(KnownEvents.names("SeatAppointed.CHIAR")).isFalse();
    assertThat(KnownEvents.names("SeatVacated")).isFalse();
    assertThat(KnownEvents.names("SeatVacated.DECISION")).isFalse();
    assertThat(KnownEvents.names("X.SeatAppointed")).isFalse();
    // a key beginning with a dot names nothing: no type is empty, and every name begins with a capital letter
    // (docs/pit-equivalent-mutants.md: why `dot < 0` and `dot <= 0` answer alike)
    assertThat(KnownEvents.names(".DECISION")).isFalse();
    assertThat(KnownEvents.names(".")).isFalse();
    assertThat(KnownEvents.TYPES.addAll(KnownEvents.RESERVED)).allMatch(t -> t.matches("[A-Z][A-Za-z0-9]*"));
  }

  @Test
  void a_pack_s_major_matters_naming_an_unrecorded_type_give_one_violation_each() {
    var v = KnownEvents.unrecordedMatters(Map.of("disclosure.majorMatters", "SeatAppointed.DECISION,SeatVacated,NameChanged,Merged.X"));
    assertThat(v.map(Violation::field).toJavaList()).containsExactly("disclosure.majorMatters", "disclosure.majorMatters");
    assertThat(v.map(Violation::code).distinct().toJavaList()).containsExactly("unknown-event-type");
    assertThat(v.map(Violation::en).toJavaList()).containsExactly(
        "'Merged.X' is not an event type the registry records, so it would never make a major matter to disclose (Art.14)",
        "'SeatVacated' is not an event type the registry records, so it would never make a major matter to disclose (Art.14)");
    assertThat(v.head().zh()).startsWith("“Merged.X”不是本系统记录的事件类型");
    // nothing to say: no values, no list, a list that does not parse (the pack's parsing reports that), only known types
    assertThat(KnownEvents.unrecordedMatters(null)).isEmpty();
    assertThat(KnownEvents.unrecordedMatters(Map.of("income.minimumSources", "2"))).isEmpty();
    assertThat(KnownEvents.unrecordedMatters(Map.of("disclosure.majorMatters", "not an event"))).isEmpty();
    assertThat(KnownEvents.unrecordedMatters(Map.of("disclosure.majorMatters", "SeatAppointed,HeadChanged"))).isEmpty();
  }
}
