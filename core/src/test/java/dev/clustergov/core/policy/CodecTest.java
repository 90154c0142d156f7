package dev.clustergov.core.policy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clustergov.core.governance.ExpertField;
import dev.clustergov.core.kernel.Violation;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.MonthDay;
import org.junit.jupiter.api.Test;

class CodecTest {

  private static <T> void roundTrips(Codec<T> codec, String canonical) {
    Validation<Seq<Violation>, T> parsed = codec.parse("f", canonical);
    assertThat(parsed.isValid()).as(canonical + " " + parsed).isTrue();
    assertThat(codec.format(parsed.get())).isEqualTo(canonical);
    assertThat(codec.parse("f", codec.format(parsed.get())).get()).isEqualTo(parsed.get());
  }

  private static Seq<Violation> errors(Codec<?> codec, String raw) {
    Validation<Seq<Violation>, ?> v = codec.parse("f", raw);
    assertThat(v.isInvalid()).as(raw).isTrue();
    return v.getError();
  }

  @Test
  void every_value_kind_round_trips_through_its_text() {
    roundTrips(Codec.money(), "100000.00");
    roundTrips(Codec.money(), "0.00");
    roundTrips(Codec.count(), "0");
    roundTrips(Codec.count(), "2147483647");
    roundTrips(Codec.flag(), "true");
    roundTrips(Codec.flag(), "false");
    roundTrips(Codec.enumSet(ExpertField.class), "TECHNOLOGY,SERVICES,INDUSTRY_MANAGEMENT");
    roundTrips(Codec.enumSet(ExpertField.class), "");
    roundTrips(Codec.ruleIds(), "A7.3-staffing,A8.2-five-layers");
    roundTrips(Codec.ruleIds(), "");
    roundTrips(Codec.tiers(), "200:5,1000:10,*:15");
    roundTrips(Codec.tiers(), "*:3");
    roundTrips(Codec.monthDay(), "03-31");
    roundTrips(Codec.monthDay(), "02-29");
    roundTrips(Codec.days(), "30");
    roundTrips(Codec.indicators(), "O1:OPERATION:Art.18:2:ACTIVITIES(GUIDE_STRATEGY):4:25;R1:RESULTS:Art.21:98:MEMBERS:10:0");
  }

  @Test
  void loose_spellings_read_to_the_canonical_text() {
    assertThat(Codec.money().format(Codec.money().parse("f", " 30000 ").get())).isEqualTo("30000.00");
    assertThat(Codec.flag().parse("f", "TRUE").get()).isTrue();
    assertThat(Codec.monthDay().parse("f", "--12-01").get()).isEqualTo(MonthDay.of(12, 1));
    assertThat(Codec.enumSet(ExpertField.class).format(
        Codec.enumSet(ExpertField.class).parse("f", " SERVICES , TECHNOLOGY").get())).isEqualTo("TECHNOLOGY,SERVICES");
    assertThat(Codec.tiers().parse("f", "200 : 5, * : 8").get().format()).isEqualTo("200:5,*:8");
  }

  @Test
  void negative_or_non_numeric_counts_are_refused() {
    assertThat(errors(Codec.count(), "-1").map(Violation::code)).containsExactly("negative");
    assertThat(errors(Codec.count(), "three").map(Violation::code)).containsExactly("not-a-number");
    assertThat(errors(Codec.count(), "99999999999").map(Violation::code)).containsExactly("out-of-range");
    assertThat(errors(Codec.count(1, 6), "7").map(Violation::code)).containsExactly("out-of-range");
    assertThat(errors(Codec.days(), "40000").map(Violation::code)).containsExactly("out-of-range");
  }

  @Test
  void negative_money_is_refused_under_its_field() {
    assertThat(errors(Codec.money(), "-1.00")).extracting(Violation::field, Violation::code)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("f", "negative"));
  }

  @Test
  void a_set_reports_every_bad_element_with_its_position() {
    Seq<Violation> bad = errors(Codec.enumSet(ExpertField.class), "TECHNOLOGY,ASTROLOGY,,TECHNOLOGY");

    assertThat(bad).extracting(Violation::field, Violation::code).containsExactly(
        org.assertj.core.groups.Tuple.tuple("f[1]", "unknown-value"),
        org.assertj.core.groups.Tuple.tuple("f[2]", "required"),
        org.assertj.core.groups.Tuple.tuple("f[3]", "duplicate"));
  }

  @Test
  void a_rule_id_with_a_comma_or_space_inside_is_refused() {
    assertThat(errors(Codec.ruleIds(), "A7.3 staffing").map(Violation::code)).containsExactly("not-a-rule-id");
  }

  @Test
  void tiers_must_ascend_in_both_columns_and_end_open() {
    assertThat(errors(Codec.tiers(), "1000:10,200:5,*:15")).extracting(Violation::field, Violation::code)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("f[1]", "tiers-bounds-order"),
            org.assertj.core.groups.Tuple.tuple("f[1]", "tiers-staff-order"));
    assertThat(errors(Codec.tiers(), "200:5,200:6,*:7").map(Violation::code)).containsExactly("tiers-bounds-order");
    assertThat(errors(Codec.tiers(), "200:5,1000:10").map(Violation::code)).containsExactly("tiers-not-open");
    assertThat(errors(Codec.tiers(), "*:5,1000:10").map(Violation::code))
        .containsExactly("tiers-open-early", "tiers-not-open");
    assertThat(errors(Codec.tiers(), "").map(Violation::code)).containsExactly("required");
  }

  @Test
  void incentive_codecs_round_trip_and_report_every_bad_tier_or_level() {
    roundTrips(Codec.marginalRates(), "10000000.00:1,100000000.00:0.5,*:0.2");
    roundTrips(Codec.marginalRates(), "*:0.0001");
    roundTrips(Codec.talentAmounts(), "LEADING:200000.00,HIGH_LEVEL:0.00,HIGHLY_SKILLED:1.50,GENERAL:0.00");
    roundTrips(Codec.optionalMoney(), "none");
    roundTrips(Codec.optionalMoney(), "500000.00");
    roundTrips(Codec.enumValue(dev.clustergov.core.supervision.Rating.class), "BRONZE");
    assertThat(errors(Codec.marginalRates(), "100.00:1,50.00:2,*:101").map(Violation::code))
        .containsExactly("out-of-range");
    assertThat(errors(Codec.marginalRates(), "100.00:1,50.00:2,*:1").map(Violation::code)).containsExactly("tiers-bounds-order");
    assertThat(errors(Codec.marginalRates(), "*:1,100.00:2").map(Violation::code)).containsExactly("tiers-open-early", "tiers-not-open");
    assertThat(errors(Codec.marginalRates(), "x:1,-5:0.123456").map(Violation::field)).containsExactly("f[0].upTo", "f[1].upTo", "f[1].percent");
    assertThat(errors(Codec.talentAmounts(), "LEADING:1,LEADING:2,GURU:3,GENERAL:-1").map(Violation::code))
        .containsExactly("duplicate", "unknown-value", "negative");
    assertThat(errors(Codec.enumValue(dev.clustergov.core.supervision.Rating.class), "PLATINUM").map(Violation::code))
        .containsExactly("unknown-value");
    assertThat(Codec.talentAmounts().parse("f", "LEADING:5").get().perPerson(dev.clustergov.core.operation.TalentLevel.GENERAL).isZero())
        .isTrue();
  }

  @Test
  void malformed_tiers_are_each_reported() {
    assertThat(errors(Codec.tiers(), "200-5,x:3,*:-1")).extracting(Violation::field, Violation::code)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("f[0]", "not-a-tier"),
            org.assertj.core.groups.Tuple.tuple("f[1].maxEnterprises", "not-a-number"),
            org.assertj.core.groups.Tuple.tuple("f[2].minimumStaff", "negative"));
  }

  @Test
  void impossible_days_and_garbage_flags_are_refused() {
    assertThat(errors(Codec.monthDay(), "02-30").map(Violation::code)).containsExactly("not-a-month-day");
    assertThat(errors(Codec.monthDay(), "2024-03-31").map(Violation::code)).containsExactly("not-a-month-day");
    assertThat(errors(Codec.flag(), "yes").map(Violation::code)).containsExactly("not-a-flag");
    assertThat(errors(Codec.flag(), null).map(Violation::code)).containsExactly("not-a-flag");
  }

  @Test
  void a_codec_never_throws_on_odd_input() {
    String[] odd = {null, "", " ", ",", ":", "*", "-", "--", "1e9", "NaN", "０", "\u0000", "200:5,*:", "::", "--13-01"};
    for (Codec<?> codec : java.util.List.of(Codec.money(), Codec.count(), Codec.flag(), Codec.days(),
        Codec.enumSet(ExpertField.class), Codec.ruleIds(), Codec.tiers(), Codec.monthDay())) {
      for (String s : odd) {
        codec.parse("f", s);
      }
    }
  }

  @Test
  void a_percentage_reads_up_to_its_maximum_with_two_decimals_and_is_written_without_trailing_zeros() {
    Codec<java.math.BigDecimal> percent = Percentages.codec(new java.math.BigDecimal("100"));
    roundTrips(percent, "50");
    roundTrips(percent, "12.5");
    roundTrips(percent, "0");
    // the maximum itself is a percentage; a hundredth above it is not
    assertThat(percent.parse("f", "100").get()).isEqualTo(new java.math.BigDecimal("100")); // scale 0, not 1E+2
    assertThat(percent.format(percent.parse("f", " 100.00 ").get())).isEqualTo("100");
    assertThat(percent.format(percent.parse("f", "12.50").get())).isEqualTo("12.5");
    assertThat(percent.format(new java.math.BigDecimal("1E+1"))).isEqualTo("10");
    Violation above = errors(percent, "100.01").head();
    assertThat(above.field() + " " + above.code()).isEqualTo("f out-of-range");
    assertThat(above.zh()).isEqualTo("该项不能超过100");
    assertThat(above.en()).isEqualTo("f must not exceed 100");
    for (String bad : new String[] {"-1", "12.345", "1e2", "fifty", "", null}) {
      Violation v = errors(percent, bad).head();
      assertThat(v.code()).as(bad).isEqualTo("not-a-percentage");
      assertThat(v.en()).as(bad).isEqualTo("f must be a percentage such as 50 or 12.5");
    }
    // the salary tolerance's maximum is 1000 % (Art.13)
    assertThat(errors(Parameters.EMPLOYMENT_SALARY_TOLERANCE_PERCENT.codec(), "1000.5").head().en())
        .isEqualTo("f must not exceed 1000");
  }

  @Test
  void event_keys_are_written_as_the_list_they_read_and_a_lower_case_or_dotted_start_is_not_an_event_type() {
    Codec<io.vavr.collection.SortedSet<String>> keys = Codec.eventKeys();
    roundTrips(keys, "OrganizationDissolved,SeatAppointed.DECISION");
    roundTrips(keys, "");
    assertThat(keys.format(keys.parse("f", " SeatAppointed.DECISION , OrganizationDissolved").get()))
        .isEqualTo("OrganizationDissolved,SeatAppointed.DECISION");
    assertThat(Parameters.DISCLOSURE_MAJOR_MATTERS.format(io.vavr.collection.TreeSet.of("NameChanged", "CharterAmended")))
        .isEqualTo("CharterAmended,NameChanged");
    assertThat(errors(keys, "seatAppointed,.DECISION").map(Violation::code)).containsExactly("not-an-event-type", "not-an-event-type");
  }
}
