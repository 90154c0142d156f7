package dev.clustergov.core.rules;

import static dev.clustergov.core.rules.GuardOracles.agrees;
import static dev.clustergov.core.rules.GuardOracles.value;
import static org.assertj.core.api.Assertions.assertThat;

import dev.clustergov.core.disclosure.Channel;
import dev.clustergov.core.disclosure.DisclosureObligation;
import dev.clustergov.core.disclosure.DisclosureObligationId;
import dev.clustergov.core.organization.OrganizationId;
import dev.clustergov.core.testkit.property.Gen;
import dev.clustergov.core.testkit.property.Property;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Art.14's guards on publishing a disclosure (信息披露), over generated situations, each against an oracle read
 * from the clause: a public channel, the PO's own obligation, a possible date.
 */
class DisclosureGuardProperties {

  static final Set<String> PUBLIC_ADDRESSES = Set.of("https://www.sznano.org.cn/xxgk/1", "https://gxj.suzhou.gov.cn/gs/2",
      "http://www.example.com/notice");
  static final List<String> PRIVATE_ADDRESSES = List.of("http://192.168.0.1/", "http://10.1.2.3/a", "https://oa.local/x",
      "http://localhost:8080/gs");

  @Test
  void a_channel_is_refused_exactly_when_it_does_not_reach_the_public_or_its_address_is_private() {
    List<String> references = new ArrayList<>(PUBLIC_ADDRESSES);
    references.addAll(PRIVATE_ADDRESSES);
    references.add("苏州日报 2025年3月5日 A5版");
    Gen<Channel> channels = Gen.zip(Gen.elements("WEBSITE", "AUTHORITY_PLATFORM", "NEWSPAPER", "NEW_MEDIA", "MEMBERS_ONLY", "INTERNAL"),
            Gen.elements(references.toArray(String[]::new)))
        .map(t -> Channel.parse("channel", t._1, t._2)).filter(v -> v.isValid()).map(v -> v.get());
    Property.forAll(channels).named("A14-public-channel both sides").check(c -> {
      String kind = c.kind().name();
      boolean reaches = Set.of("WEBSITE", "AUTHORITY_PLATFORM", "NEWSPAPER", "NEW_MEDIA").contains(kind);
      boolean addressed = Set.of("WEBSITE", "AUTHORITY_PLATFORM").contains(kind);
      boolean broken = !reaches || addressed && !PUBLIC_ADDRESSES.contains(c.reference());
      var found = Guard.PUBLIC_CHANNEL.check(c);
      agrees(Guard.PUBLIC_CHANNEL, found, broken, List.of("channel", "reference", "why"));
      found.ifPresent(f -> {
        assertThat(value(f, "channel")).isEqualTo(kind);
        assertThat(value(f, "reference")).isEqualTo(c.reference());
      });
    });
  }

  static final OrganizationId ONE = new OrganizationId("org-1");
  static final OrganizationId OTHER = new OrganizationId("org-2");

  @Test
  void a_disclosure_is_refused_exactly_when_the_obligation_it_names_is_another_POs() {
    Gen<OrganizationId> pos = Gen.elements(ONE, OTHER);
    Gen<Guard.Fulfilling> situations = Gen.combine(pos, Gen.optional(pos), (disclosing, of) -> new Guard.Fulfilling(disclosing,
        of.map(o -> DisclosureObligation.arising(new DisclosureObligationId("dob-1"), o, "OrganizationSuspended", 7,
            LocalDate.of(2025, 1, 2), 30))));
    Property.forAll(situations).named("A14-own-obligation both sides").check(s -> {
      boolean broken = s.obligation().isPresent() && !s.obligation().get().organization().value().equals(s.disclosing().value());
      var found = Guard.OWN_OBLIGATION.check(s);
      agrees(Guard.OWN_OBLIGATION, found, broken, List.of("obligation", "obligationOf", "disclosingOrganization"));
      found.ifPresent(f -> {
        assertThat(value(f, "obligation")).isEqualTo("dob-1");
        assertThat(value(f, "obligationOf")).isEqualTo(s.obligation().get().organization().value());
        assertThat(value(f, "disclosingOrganization")).isEqualTo(s.disclosing().value());
      });
    });
  }

  static final Gen<LocalDate> DATES = Gen.dates(LocalDate.of(2023, 12, 28), LocalDate.of(2024, 1, 4))
      .withEdgeCases(List.of(LocalDate.of(2023, 12, 31), LocalDate.of(2024, 1, 1)));

  @Test
  void a_disclosure_date_is_refused_exactly_when_it_is_after_today_before_establishment_or_the_matter_or_in_the_year_reported() {
    Gen<Guard.DisclosureDay> days = Gen.combine(Gen.zip(DATES, DATES), Gen.optional(DATES), Gen.optional(DATES),
        Gen.optional(Gen.integers(2022, 2025)), (pt, established, arisen, year) -> new Guard.DisclosureDay(pt._1, pt._2, established,
            arisen, year.map(OptionalInt::of).orElse(OptionalInt.empty())));
    Property.forAll(days).named("A14-disclosure-date both sides").check(d -> {
      long on = d.publishedOn().toEpochDay();
      List<String> broken = new ArrayList<>();
      if (on > d.today().toEpochDay()) {
        broken.add("publishedOnAfterToday");
      }
      if (d.establishedOn().filter(e -> on < e.toEpochDay()).isPresent()) {
        broken.add("publishedOnBeforeEstablishment");
      }
      if (d.matterArisenOn().filter(a -> on < a.toEpochDay()).isPresent()) {
        broken.add("publishedOnBeforeTheMatter");
      }
      // a year's report comes after the year: published in a later calendar year
      if (d.year().isPresent() && !(d.publishedOn().getYear() > d.year().getAsInt())) {
        broken.add("yearNotEnded");
      }
      var found = Guard.DISCLOSURE_DATE.check(d);
      agrees(Guard.DISCLOSURE_DATE, found, !broken.isEmpty(), broken);
      found.filter(f -> broken.contains("publishedOnAfterToday"))
          .ifPresent(f -> assertThat(value(f, "publishedOnAfterToday")).isEqualTo(d.publishedOn() + " > " + d.today()));
    });
  }

  @Test
  void no_obligation_named_never_breaks_the_own_obligation_guard() {
    assertThat(Guard.OWN_OBLIGATION.check(new Guard.Fulfilling(ONE, Optional.empty()))).isEmpty();
  }
}
