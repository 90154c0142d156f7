package dev.clustergov.adapters.jdbc;

import dev.clustergov.core.finance.BankAccount;
import dev.clustergov.core.finance.IncomeKind;
import dev.clustergov.core.governance.Body;
import dev.clustergov.core.governance.BodyForm;
import dev.clustergov.core.governance.BodyId;
import dev.clustergov.core.governance.ExpertField;
import dev.clustergov.core.governance.Governance;
import dev.clustergov.core.governance.Layer;
import dev.clustergov.core.governance.Person;
import dev.clustergov.core.governance.PersonId;
import dev.clustergov.core.governance.Seat;
import dev.clustergov.core.governance.SeatRole;
import dev.clustergov.core.kernel.Money;
import dev.clustergov.core.management.ManagementSystem;
import dev.clustergov.core.management.ManagementSystemKind;
import dev.clustergov.core.management.Recruitment;
import dev.clustergov.core.management.StaffCategory;
import dev.clustergov.core.management.StaffMember;
import dev.clustergov.core.organization.Charter;
import dev.clustergov.core.organization.ConsortiumComponent;
import dev.clustergov.core.organization.CreditCode;
import dev.clustergov.core.organization.Facilities;
import dev.clustergov.core.organization.Founder;
import dev.clustergov.core.organization.FounderKind;
import dev.clustergov.core.organization.LifecycleStage;
import dev.clustergov.core.organization.OrganizationId;
import dev.clustergov.core.organization.OrganizationKind;
import dev.clustergov.core.organization.OrganizationType;
import dev.clustergov.core.organization.PartyOrganization;
import dev.clustergov.core.organization.PartyOrganizationForm;
import dev.clustergov.core.organization.PromotionOrganization;
import dev.clustergov.core.organization.ImmutablePromotionOrganization;
import dev.clustergov.core.testkit.contract.Samples;
import dev.clustergov.core.testkit.gen.DomainGens;
import dev.clustergov.core.testkit.gen.OrganizationGens;
import dev.clustergov.core.testkit.property.Alphabet;
import dev.clustergov.core.testkit.property.Gen;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Varied promotion organizations for the adapter's properties (生成器): every optional part present
 * or absent, lists from empty to a few dozen, Chinese, ASCII and emoji text, every enum constant
 * and lifecycle stage, dates in any order — and, one in four, a compliant PO from the core test
 * kit ({@link OrganizationGens#compliant()}: five-layer governance, experts, a full founding
 * record). All refer to {@link Samples#CLUSTER} and {@link Samples#AUTHORITY}, which a test stores
 * first. Credit codes, amounts and person ids come from the kit's {@link DomainGens}.
 *
 * <p>Still local because the kit's PO generator makes compliant POs only: every optional part
 * present, no empty lists, three stages, no recognition or stage-change dates — a round trip needs
 * the absent and the empty too. When the kit has an arbitrary-PO generator, this file goes.
 */
final class OrganizationGen {
  private OrganizationGen() {}

  private static final Alphabet TEXT = Alphabet.CJK_IDEOGRAPHS.or(Alphabet.ASCII_LETTERS_DIGITS, Alphabet.EMOJI, Alphabet.of(" -=\\\n"));

  static Gen<String> text() {
    return Gen.strings(TEXT, 1, 12);
  }

  static Gen<LocalDate> dates() {
    return Gen.dates(LocalDate.of(2020, 1, 1), LocalDate.of(2030, 12, 31));
  }

  static Gen<CreditCode> creditCodes() {
    return DomainGens.creditCodes();
  }

  static Gen<List<Founder>> founders() {
    Gen<Founder> one = Gen.combine(text(), Gen.enumValues(FounderKind.class), Gen.optional(creditCodes()), Founder::new);
    // names must be distinct: suffix each with its position
    return Gen.listOf(one, 0, 5).map(fs -> {
      List<Founder> distinct = new ArrayList<>();
      for (int i = 0; i < fs.size(); i++) {
        distinct.add(new Founder(fs.get(i).name() + "#" + i, fs.get(i).kind(), fs.get(i).creditCode()));
      }
      return distinct;
    });
  }

  static Gen<Optional<OrganizationType>> types() {
    Gen<ConsortiumComponent> component = Gen.combine(text(), Gen.enumValues(OrganizationKind.class), ConsortiumComponent::new);
    return Gen.optional(Gen.combine(Gen.enumValues(OrganizationKind.class), Gen.listOf(component, 0, 3), OrganizationType::new));
  }

  static Gen<Optional<Charter>> charters() {
    return Gen.optional(Gen.combine(dates(), Gen.listOf(text(), 0, 5), Gen.setOf(text(), 0, 4), Charter::new));
  }

  static Gen<Optional<PartyOrganization>> parties() {
    return Gen.optional(Gen.combine(Gen.enumValues(PartyOrganizationForm.class), text(), dates(), PartyOrganization::new));
  }

  static Gen<Facilities> facilities() {
    return Gen.combine(Gen.optional(text()), Gen.listOf(text(), 0, 4), Facilities::new);
  }

  static Gen<Money> money() {
    return DomainGens.money();
  }

  static Gen<PersonId> personIds() {
    return DomainGens.identifiers().map(PersonId::new);
  }

  static Gen<List<StaffMember>> staff() {
    Gen<StaffMember> one = Gen.combine(personIds(), text(), Gen.enumValues(StaffCategory.class), Gen.enumValues(Recruitment.class),
        StaffMember::new);
    return Gen.listOf(one, 0, 30);
  }

  static Gen<List<ManagementSystem>> systems() {
    Gen<ManagementSystem> one = Gen.combine(Gen.enumValues(ManagementSystemKind.class), text(), dates(), Gen.integers(1, 9),
        ManagementSystem::new);
    return Gen.listOf(one, 0, 6);
  }

  static Gen<Optional<BankAccount>> banks() {
    return Gen.optional(Gen.combine(text(), Gen.strings(Alphabet.DIGITS, 8, 20), text(), BankAccount::new));
  }

  static Gen<Governance> governance() {
    Gen<Seat> seat = Gen.combine(Gen.combine(personIds(), text(), Person::new), Gen.enumValues(SeatRole.class),
        Gen.setOf(Gen.enumValues(ExpertField.class), 0, 3), Seat::new);
    Gen<Body> body = Gen.combine(Gen.zip(Gen.enumValues(Layer.class), Gen.enumValues(BodyForm.class)), text(),
        Gen.listOf(seat, 0, 6), (lf, name, seats) -> new Body(new BodyId("tmp"), lf._1, lf._2, name, seats));
    return Gen.listOf(body, 0, 6).map(bodies -> {
      List<Body> distinct = new ArrayList<>();
      for (int i = 0; i < bodies.size(); i++) {
        Body b = bodies.get(i);
        distinct.add(new Body(new BodyId("body-" + i), b.layer(), b.form(), b.name(), b.seats()));
      }
      return new Governance(distinct);
    });
  }

  /** A PO at version 0: three in four {@link #arbitrary()}, one in four compliant (the kit's). */
  static Gen<PromotionOrganization> organizations() {
    return Gen.frequency(3, arbitrary(), 1, compliant());
  }

  /** The kit's compliant PO, moved to the sample cluster and authority, with id {@code org-<n>}. */
  static Gen<PromotionOrganization> compliant() {
    return Gen.combine(OrganizationGens.compliant(), Gen.integers(0, 999_999), (c, n) ->
        ImmutablePromotionOrganization.copyOf(c.organization())
            .withId(new OrganizationId(String.format("org-%06d", n)))
            .withCluster(Samples.CLUSTER)
            .withAuthority(Samples.AUTHORITY));
  }

  /** A PO at version 0 with id {@code org-<n>}, any optional part present or absent. */
  static Gen<PromotionOrganization> arbitrary() {
    var identity = Gen.zip(Gen.integers(0, 999_999), text(), Gen.optional(text()), Gen.enumValues(LifecycleStage.class));
    var founding = Gen.zip(founders(), types(), Gen.optional(creditCodes()), charters());
    var means = Gen.zip(parties(), facilities(), money(), staff());
    var rest = Gen.zip(systems(), Gen.setOf(Gen.enumValues(IncomeKind.class), 0, 5), banks(), governance());
    var dates = Gen.zip(dates(), Gen.optional(dates()), Gen.optional(dates()), Gen.optional(dates()));
    return Gen.combine(Gen.zip(identity, founding), Gen.zip(means, rest), dates, (a, b, d) -> PromotionOrganization.builder()
        .id(new OrganizationId(String.format("org-%06d", a._1._1)))
        .name(a._1._2)
        .cluster(Samples.CLUSTER)
        .authority(Samples.AUTHORITY)
        .guidingBody(a._1._3)
        .stage(a._1._4)
        .founders(a._2._1)
        .type(a._2._2)
        .creditCode(a._2._3)
        .charter(a._2._4)
        .partyOrganization(b._1._1)
        .facilities(b._1._2)
        .registeredCapital(b._1._3)
        .staff(b._1._4)
        .managementSystems(b._2._1)
        .incomeSources(b._2._2)
        .bankAccount(b._2._3)
        .governance(b._2._4)
        // one in three has a legal representative (法定代表人), named by the id's number
        .legalRepresentative(a._1._1 % 3 == 0
            ? java.util.Optional.of(new dev.clustergov.core.governance.Person(
                new dev.clustergov.core.governance.PersonId("p-" + a._1._1), "法定代表人" + a._1._1))
            : java.util.Optional.empty())
        .proposedOn(d._1)
        .establishedOn(d._2)
        .recognisedOn(d._3)
        .stageChangedOn(d._4)
        .build());
  }
}
