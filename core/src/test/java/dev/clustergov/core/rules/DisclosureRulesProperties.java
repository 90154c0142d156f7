package dev.clustergov.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clustergov.core.disclosure.AnnualReport;
import dev.clustergov.core.disclosure.Channel;
import dev.clustergov.core.disclosure.ChannelKind;
import dev.clustergov.core.disclosure.Deadline;
import dev.clustergov.core.disclosure.Disclosure;
import dev.clustergov.core.disclosure.DisclosureId;
import dev.clustergov.core.disclosure.DisclosureKind;
import dev.clustergov.core.disclosure.DisclosureObligation;
import dev.clustergov.core.disclosure.DisclosureObligationId;
import dev.clustergov.core.organization.LifecycleStage;
import dev.clustergov.core.organization.PromotionOrganization;
import dev.clustergov.core.testkit.fixtures.Fixtures;
import dev.clustergov.core.testkit.property.Gen;
import dev.clustergov.core.testkit.property.Property;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/**
 * Art.14's deadlines over generated dates — across year ends and leap years — checked against plain
 * day-number arithmetic (epoch days), and each rule failing exactly when its clause is broken.
 */
class DisclosureRulesProperties {

  private static final Gen<LocalDate> DATES = Gen.dates(LocalDate.of(1999, 1, 1), LocalDate.of(2101, 12, 31))
      .withEdgeCases(List.of(LocalDate.of(2023, 12, 31), LocalDate.of(2024, 2, 28), LocalDate.of(2024, 2, 29),
          LocalDate.of(2100, 2, 28), LocalDate.of(2000, 2, 29)));
  private static final Gen<MonthDay> MONTH_DAYS = Gen.integers(1, 366)
      .map(n -> MonthDay.from(LocalDate.ofYearDay(2024, n)))
      .withEdgeCases(List.of(MonthDay.of(2, 29), MonthDay.of(12, 31), MonthDay.of(1, 1), MonthDay.of(5, 31)));

  @Test
  void a_major_matter_is_due_exactly_its_days_after_it_arose() {
    Property.forAll(DATES, Gen.integers(1, 366)).named("due = arisen + N days").holds((arisen, days) ->
        DisclosureObligation.arising(new DisclosureObligationId("dob-1"), Fixtures.ORGANIZATION_ID, "X", 1, arisen, days)
            .dueOn().toEpochDay() == arisen.toEpochDay() + days);
  }

  @Test
  void days_late_are_the_calendar_days_after_the_due_day_published_or_not() {
    Property.forAll(DATES, Gen.integers(-800, 800)).named("days late").check((due, offset) -> {
      LocalDate other = LocalDate.ofEpochDay(due.toEpochDay() + offset);
      Deadline published = Deadline.of(due, Optional.of(other), LocalDate.of(2200, 1, 1));
      Deadline open = Deadline.of(due, Optional.empty(), other);
      assertThat(published.daysLate()).isEqualTo(Math.max(0, offset));
      assertThat(published.status()).isEqualTo(offset > 0 ? Deadline.Status.LATE : Deadline.Status.MET);
      assertThat(open.daysLate()).isEqualTo(Math.max(0, offset));
      assertThat(open.status()).isEqualTo(offset > 0 ? Deadline.Status.OVERDUE : Deadline.Status.DUE);
    });
  }

  @Test
  void the_annual_report_of_a_year_is_due_on_the_policy_day_of_the_next_year_29_february_falling_back_to_the_28th() {
    Property.forAll(Gen.integers(1900, 2400), MONTH_DAYS).named("annual due day").check((year, day) -> {
      LocalDate due = AnnualReport.dueOn(year, day);
      boolean fallsBack = day.equals(MonthDay.of(2, 29)) && !Year.isLeap(year + 1L);
      assertThat(due.getYear()).isEqualTo(year + 1);
      assertThat(due.getMonthValue()).isEqualTo(day.getMonthValue());
      assertThat(due.getDayOfMonth()).isEqualTo(fallsBack ? 28 : day.getDayOfMonth());
    });
  }

  /** An obligation: arisen, days, publication offset from the due day (or none). */
  private record Case(LocalDate arisen, int days, Optional<Integer> offset) {
    DisclosureObligation obligation(int n) {
      DisclosureObligation o = DisclosureObligation.arising(new DisclosureObligationId("dob-" + n), Fixtures.ORGANIZATION_ID,
          "OrganizationSuspended", n + 1, arisen, days);
      return offset.map(off -> o.fulfilledBy(disclosure(n, LocalDate.ofEpochDay(o.dueOn().toEpochDay() + off),
          DisclosureKind.MAJOR_MATTER, OptionalInt.empty()))).orElse(o);
    }
  }

  private static Disclosure disclosure(int n, LocalDate on, DisclosureKind kind, OptionalInt year) {
    return new Disclosure(new DisclosureId("dis-" + n), 1, Fixtures.ORGANIZATION_ID, kind, year,
        kind == DisclosureKind.MAJOR_MATTER ? Optional.of(new DisclosureObligationId("dob-" + n)) : Optional.empty(), on,
        new Channel(ChannelKind.NEWSPAPER, "苏州日报"), "公告");
  }

  private static final Gen<Case> CASES = Gen.combine(Gen.dates(LocalDate.of(2023, 10, 1), LocalDate.of(2025, 3, 1)),
      Gen.integers(1, 60), Gen.optional(Gen.integers(-30, 30)), Case::new);

  @Test
  void the_major_matter_rules_fail_exactly_when_an_obligation_is_overdue_or_was_disclosed_late() {
    Property.forAll(Gen.listOf(CASES, 0, 6), Gen.dates(LocalDate.of(2023, 10, 1), LocalDate.of(2025, 6, 30)))
        .named("A14-major-matter-disclosed both sides").check((cases, on) -> {
          List<DisclosureObligation> obligations = new ArrayList<>();
          boolean overdue = false;
          boolean late = false;
          for (int i = 0; i < cases.size(); i++) {
            DisclosureObligation o = cases.get(i).obligation(i);
            obligations.add(o);
            long due = o.dueOn().toEpochDay();
            long today = on.toEpochDay();
            boolean arisen = o.arisenOn().toEpochDay() <= today;
            Optional<Long> published = o.fulfilledOn().map(LocalDate::toEpochDay).filter(p -> p <= today);
            overdue |= arisen && published.isEmpty() && today > due;
            late |= arisen && published.isPresent() && published.get() > due;
          }
          Dossier d = Dossier.builder().from(Fixtures.dossier(Fixtures.compliantOrganization())).disclosureObligations(obligations).build();
          assertThat(DisclosureRules.MAJOR_MATTER_DISCLOSED.evaluate(d, Fixtures.baseline(), on).failed()).isEqualTo(overdue);
          assertThat(DisclosureRules.MAJOR_MATTER_ON_TIME.evaluate(d, Fixtures.baseline(), on).failed()).isEqualTo(late);
        });
  }

  @Test
  void the_annual_report_rules_fail_exactly_when_a_report_is_overdue_or_came_after_31_may() {
    Gen<List<Optional<Integer>>> publications = Gen.listOf(Gen.optional(Gen.integers(-120, 120)), 0, 5);
    Property.forAll(Gen.dates(LocalDate.of(2019, 1, 1), LocalDate.of(2023, 12, 31)), publications,
            Gen.dates(LocalDate.of(2020, 1, 1), LocalDate.of(2026, 12, 31)))
        .named("A14-annual-report-disclosed both sides").check((established, offsets, on) -> {
          PromotionOrganization o = PromotionOrganization.builder().from(Fixtures.compliantOrganization())
              .stage(LifecycleStage.RECOGNISED).establishedOn(established).build();
          List<Disclosure> reports = new ArrayList<>();
          for (int i = 0; i < offsets.size(); i++) {
            int year = established.getYear() + i;
            int n = i;
            offsets.get(i).ifPresent(off -> reports.add(disclosure(n, LocalDate.of(year + 1, 5, 31).plusDays(off),
                DisclosureKind.ANNUAL_REPORT, OptionalInt.of(year))));
          }
          boolean overdue = false;
          boolean late = false;
          for (int year = established.getYear(); year < on.getYear(); year++) {
            long due = LocalDate.of(year + 1, 5, 31).toEpochDay();
            int y = year;
            Optional<Long> published = reports.stream().filter(r -> r.year().getAsInt() == y)
                .map(r -> r.publishedOn().toEpochDay()).filter(p -> p <= on.toEpochDay()).findFirst();
            overdue |= published.isEmpty() && on.toEpochDay() > due;
            late |= published.isPresent() && published.get() > due;
          }
          Dossier d = Dossier.builder().from(Fixtures.dossier(o)).disclosures(reports).build();
          assertThat(DisclosureRules.ANNUAL_REPORT_DISCLOSED.evaluate(d, Fixtures.baseline(), on).failed()).isEqualTo(overdue);
          assertThat(DisclosureRules.ANNUAL_REPORT_ON_TIME.evaluate(d, Fixtures.baseline(), on).failed()).isEqualTo(late);
        });
  }

  @Test
  void a_channel_parses_without_throwing_and_is_public_only_when_its_kind_reaches_the_public() {
    Gen<String> references = Gen.oneOf(Gen.strings(0, 40), Gen.elements("https://www.sznano.org.cn/a", "http://192.168.0.1/",
        "https://oa.local/x", "http://[::1]/", "https://例子.中国/公告", "ftp://x.cn", "https://", "苏州日报 A5版"));
    Property.forAll(Gen.elements("WEBSITE", "AUTHORITY_PLATFORM", "NEWSPAPER", "NEW_MEDIA", "MEMBERS_ONLY", "INTERNAL", "FAX", ""), references)
        .named("Channel.parse").check((kind, reference) -> Channel.parse("channel", kind, reference).forEach(c -> {
          if (!c.kind().reachesThePublic()) {
            assertThat(c.isPublic()).isFalse();
          }
          assertThat(c.whyNotPublic().isEmpty()).isEqualTo(c.isPublic());
          assertThat(Channel.parse("channel", c.kind().name(), c.reference()).get()).isEqualTo(c);
        }));
  }
}
