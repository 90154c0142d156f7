package dev.clustergov.core.rules;

import static dev.clustergov.core.rules.OperationGuardProperties.DAY;
import static dev.clustergov.core.rules.OperationGuardProperties.agrees;
import static dev.clustergov.core.rules.OperationGuardProperties.bothSides;
import static dev.clustergov.core.rules.OperationGuardProperties.days;
import static dev.clustergov.core.rules.OperationGuardProperties.ev;
import static dev.clustergov.core.rules.OperationGuardProperties.listed;
import static dev.clustergov.core.rules.OperationGuardProperties.roll;
import static org.assertj.core.api.Assertions.assertThat;

import dev.clustergov.core.governance.BodyId;
import dev.clustergov.core.guideline.Citation;
import dev.clustergov.core.operation.Membership;
import dev.clustergov.core.operation.MembershipId;
import dev.clustergov.core.organization.LifecycleStage;
import dev.clustergov.core.organization.OrganizationId;
import dev.clustergov.core.supervision.AuthorityId;
import dev.clustergov.core.supervision.InspectionFinding;
import dev.clustergov.core.supervision.MeasureId;
import dev.clustergov.core.supervision.MeasureKind;
import dev.clustergov.core.supervision.Sanction;
import dev.clustergov.core.supervision.SanctionId;
import dev.clustergov.core.supervision.SanctionKind;
import dev.clustergov.core.supervision.SelfDisciplineMeasure;
import dev.clustergov.core.testkit.gen.SupervisionGens;
import dev.clustergov.core.testkit.property.Gen;
import dev.clustergov.core.testkit.property.Property;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The guards of Chapter 5's supervision commands (监督, Art.6, 25–27, 29) hold their checks: over generated
 * situations — authorities from a small pool, dates a few days either side of each other, rolls of members, measures
 * of this PO or another, sanctions of every kind lifted or not — each guard gives a finding exactly when an oracle
 * written from its clause (plain day numbers, no call of the guard or of the domain's date helpers) says the clause
 * is broken, with the evidence the commands have always reported; both sides are counted.
 */
class SupervisionGuardProperties {

  static final OrganizationId PO = OperationGuardProperties.PO;
  static final OrganizationId OTHER_PO = new OrganizationId("org-2");
  static final Gen<AuthorityId> AUTHORITIES = Gen.elements(new AuthorityId("authority-1"), new AuthorityId("authority-2"),
      new AuthorityId("authority-3"));

  @Test
  void only_the_pos_own_supervising_authority_inspects_and_sanctions_it() {
    AtomicInteger broken = new AtomicInteger();
    AtomicInteger kept = new AtomicInteger();
    Property.forAll(AUTHORITIES, AUTHORITIES).named("A26-own-supervisor both sides").check((acting, supervising) -> {
      boolean other = !acting.value().equals(supervising.value());
      agrees(SupervisionRules.OWN_SUPERVISOR.check(new Guard.Supervising(acting, supervising)), "A26-own-supervisor", other,
          List.of(ev("actingAuthority", acting.value()), ev("supervisingAuthority", supervising.value())), broken, kept);
    });
    bothSides(broken, kept);
  }

  @Test
  void an_inspection_or_measure_is_misdated_exactly_when_it_lies_before_the_proposal_or_after_today() {
    AtomicInteger broken = new AtomicInteger();
    AtomicInteger kept = new AtomicInteger();
    Property.forAll(days(3), days(3), days(3)).named("A25-supervision-dates (inspection, measure) both sides").check((on, proposed, today) -> {
      boolean misdated = on.toEpochDay() > today.toEpochDay() || on.toEpochDay() < proposed.toEpochDay();
      agrees(SupervisionRules.SUPERVISION_DATES.check(new SupervisionRules.SupervisionDate.OfRecord(on, proposed, today)),
          "A25-supervision-dates", misdated, List.of(ev("on", on), ev("today", today), ev("organizationProposedOn", proposed)), broken, kept);
    });
    bothSides(broken, kept);
  }

  @Test
  void a_finding_is_misdated_exactly_when_it_lies_before_its_inspection_or_after_today_or_its_deadline_before_it() {
    AtomicInteger broken = new AtomicInteger();
    AtomicInteger kept = new AtomicInteger();
    Property.forAll(Gen.zip(days(3), days(3)), days(3), days(3)).named("A25-supervision-dates (finding) both sides")
        .check((onAndOpened, rectifyBy, today) -> {
          LocalDate on = onAndOpened._1;
          LocalDate opened = onAndOpened._2;
          boolean misdated = on.toEpochDay() > today.toEpochDay() || on.toEpochDay() < opened.toEpochDay()
              || rectifyBy.toEpochDay() < on.toEpochDay();
          agrees(SupervisionRules.SUPERVISION_DATES.check(new SupervisionRules.SupervisionDate.OfFinding(on, opened, rectifyBy, today)),
              "A25-supervision-dates", misdated,
              List.of(ev("on", on), ev("inspectionOpenedOn", opened), ev("rectifyBy", rectifyBy), ev("today", today)), broken, kept);
        });
    bothSides(broken, kept);
  }

  @Test
  void a_rectification_is_misdated_exactly_when_it_lies_before_its_finding_or_after_today() {
    AtomicInteger broken = new AtomicInteger();
    AtomicInteger kept = new AtomicInteger();
    Property.forAll(days(3), days(3), days(3)).named("A25-supervision-dates (rectification) both sides").check((on, noted, today) -> {
      boolean misdated = on.toEpochDay() > today.toEpochDay() || on.toEpochDay() < noted.toEpochDay();
      agrees(SupervisionRules.SUPERVISION_DATES.check(new SupervisionRules.SupervisionDate.OfRectification(on, noted, today)),
          "A25-supervision-dates", misdated, List.of(ev("on", on), ev("findingNotedOn", noted), ev("today", today)), broken, kept);
    });
    bothSides(broken, kept);
  }

  @Test
  void a_disciplinary_action_is_misdated_exactly_when_it_lies_after_today() {
    AtomicInteger broken = new AtomicInteger();
    AtomicInteger kept = new AtomicInteger();
    Property.forAll(days(3), days(3)).named("A25-supervision-dates (action) both sides").check((on, today) -> {
      boolean misdated = on.toEpochDay() > today.toEpochDay();
      agrees(SupervisionRules.SUPERVISION_DATES.check(new SupervisionRules.SupervisionDate.OfAction(on, today)), "A25-supervision-dates",
          misdated, List.of(ev("on", on), ev("today", today)), broken, kept);
    });
    bothSides(broken, kept);
  }

  @Test
  void a_sanction_is_misdated_exactly_when_it_lies_before_the_proposal_or_after_today_or_its_deadline_before_it() {
    AtomicInteger broken = new AtomicInteger();
    AtomicInteger kept = new AtomicInteger();
    Property.forAll(Gen.zip(days(3), days(3)), Gen.optional(days(3)), days(3)).named("A25-supervision-dates (sanction) both sides")
        .check((onAndProposed, rectifyBy, today) -> {
          LocalDate on = onAndProposed._1;
          LocalDate proposed = onAndProposed._2;
          boolean misdated = on.toEpochDay() > today.toEpochDay() || on.toEpochDay() < proposed.toEpochDay()
              || (rectifyBy.isPresent() && rectifyBy.get().toEpochDay() < on.toEpochDay());
          agrees(SupervisionRules.SUPERVISION_DATES.check(new SupervisionRules.SupervisionDate.OfSanction(on, proposed, rectifyBy, today)),
              "A25-supervision-dates", misdated, List.of(ev("on", on), ev("today", today), ev("organizationProposedOn", proposed),
                  ev("rectifyBy", rectifyBy.map(LocalDate::toString).orElse("none"))), broken, kept);
        });
    bothSides(broken, kept);
  }

  @Test
  void a_finding_is_refused_rectification_exactly_when_it_has_been_rectified() {
    AtomicInteger broken = new AtomicInteger();
    AtomicInteger kept = new AtomicInteger();
    Property.forAll(Gen.integers(1, 5).flatMap(n -> SupervisionGens.findings(n, DAY))).named("A25-finding-open both sides")
        .check(f -> {
          boolean rectified = f.rectification().isPresent();
          agrees(SupervisionRules.FINDING_OPEN.check(f), "A25-finding-open", rectified,
              rectified ? List.of(ev("finding", f.number()), ev("rectifiedOn", f.rectification().get().on())) : List.of(), broken, kept);
        });
    bothSides(broken, kept);
  }

  @Test
  void a_disciplinary_action_is_refused_exactly_when_its_measure_is_not_the_pos_or_not_yet_adopted_on_its_day() {
    AtomicInteger broken = new AtomicInteger();
    AtomicInteger kept = new AtomicInteger();
    Gen<Optional<SelfDisciplineMeasure>> found = Gen.optional(Gen.combine(Gen.elements(PO, OTHER_PO), days(3), (org, adopted) ->
        new SelfDisciplineMeasure(new MeasureId("measure-1"), 0, org, MeasureKind.CONVENTION, "自律公约", new BodyId("assembly"), adopted)));
    Property.forAll(found, days(3)).named("A27-measure-in-force both sides").check((measure, on) -> {
      // Art.27: the action rests on a measure of this PO, adopted on or before the action's day
      boolean ours = measure.isPresent() && measure.get().organization().value().equals(PO.value());
      boolean inForce = ours && measure.get().adoptedOn().toEpochDay() <= on.toEpochDay();
      agrees(SupervisionRules.MEASURE_IN_FORCE.check(new SupervisionRules.UnderMeasure(PO, new MeasureId("measure-1"), measure, on)),
          "A27-measure-in-force", !inForce, List.of(ev("measure", "measure-1"), ev("on", on),
              ev("adoptedOn", ours ? measure.get().adoptedOn().toString() : "not the PO's measure")), broken, kept);
    });
    bothSides(broken, kept);
  }

  @Test
  void a_disciplinary_action_is_refused_exactly_when_members_are_on_record_and_the_unit_was_not_one_on_its_day() {
    AtomicInteger broken = new AtomicInteger();
    AtomicInteger kept = new AtomicInteger();
    Property.forAll(Gen.integers(1, 5).map(n -> new MembershipId("member-" + n)), days(5), roll(0, 4))
        .named("A27-cluster-member both sides").check((member, on, roll) -> {
          boolean wasMember = false;
          for (Membership m : roll) {
            if (m.id().value().equals(member.value()) && m.joinedOn().toEpochDay() <= on.toEpochDay()
                && (m.leftOn().isEmpty() || on.toEpochDay() < m.leftOn().get().toEpochDay())) {
              wasMember = true;
            }
          }
          boolean notMember = !roll.isEmpty() && !wasMember;
          agrees(SupervisionRules.CLUSTER_MEMBER.check(new SupervisionRules.Disciplined(member, on, roll)), "A27-cluster-member", notMember,
              List.of(ev("member", member.value()), ev("on", on)), broken, kept);
        });
    bothSides(broken, kept);
  }

  /** A sanction {@code sanction-n} of every kind, decided near {@link OperationGuardProperties#DAY}, lifted or not. */
  static Gen<Sanction> sanction(int n) {
    return Gen.combine(Gen.enumValues(SanctionKind.class), days(3), Gen.optional(Gen.integers(0, 4)), (kind, decided, lifted) ->
        new Sanction(new SanctionId("sanction-" + n), 0, PO, new AuthorityId("authority-1"), kind, decided, List.of(Citation.article(25)),
            "检查发现问题", kind == SanctionKind.RECTIFICATION_ORDER ? Optional.of(decided.plusDays(30)) : Optional.empty(),
            lifted.map(decided::plusDays)));
  }

  @Test
  void a_sanction_is_refused_lifting_exactly_when_lifted_already_a_revocation_or_the_day_is_before_it_or_after_today() {
    AtomicInteger broken = new AtomicInteger();
    AtomicInteger kept = new AtomicInteger();
    Property.forAll(sanction(1), days(4), days(4)).named("A29-sanction-in-force both sides").check((s, on, today) -> {
      // Art.29: only a sanction in force is lifted, on a day between its decision and today; a revocation is final (Art.6)
      boolean refused = s.liftedOn().isPresent() || s.kind().name().equals("REVOCATION")
          || on.toEpochDay() < s.decidedOn().toEpochDay() || on.toEpochDay() > today.toEpochDay();
      agrees(SupervisionRules.SANCTION_LIFTED_ONCE.check(new SupervisionRules.Lifting(s, on, today)), "A29-sanction-in-force", refused,
          List.of(ev("kind", s.kind().name()), ev("decidedOn", s.decidedOn()),
              ev("liftedOn", s.liftedOn().map(LocalDate::toString).orElse("none")), ev("on", on), ev("today", today)), broken, kept);
    });
    bothSides(broken, kept);
  }

  @Test
  void a_po_is_refused_reinstatement_exactly_while_a_suspension_sanction_is_in_force_naming_each() {
    AtomicInteger broken = new AtomicInteger();
    AtomicInteger kept = new AtomicInteger();
    Gen<List<Sanction>> sanctions = Gen.integers(0, 3).flatMap(k -> {
      Gen<List<Sanction>> acc = Gen.constant(List.of());
      for (int i = 1; i <= k; i++) {
        acc = Gen.combine(acc, sanction(i), (l, s) -> {
          List<Sanction> more = new ArrayList<>(l);
          more.add(s);
          return List.copyOf(more);
        });
      }
      return acc;
    });
    Property.forAll(sanctions, days(5)).named("A29-suspension-in-force both sides").check((all, today) -> {
      // in force today: decided on or before it and not lifted on or before it
      List<String> inForce = new ArrayList<>();
      for (Sanction s : all) {
        if (s.kind().name().equals("SUSPENSION") && s.decidedOn().toEpochDay() <= today.toEpochDay()
            && (s.liftedOn().isEmpty() || today.toEpochDay() < s.liftedOn().get().toEpochDay())) {
          inForce.add(s.id().value());
        }
      }
      agrees(SupervisionRules.SUSPENSION_SANCTION_IN_FORCE.check(new SupervisionRules.Reinstating(all, today)), "A29-suspension-in-force",
          !inForce.isEmpty(), List.of(ev("sanctions", listed(inForce))), broken, kept);
    });
    bothSides(broken, kept);
  }

  @Test
  void supervision_acts_only_on_an_operating_po_and_nothing_acts_on_a_revoked_or_dissolved_one() {
    for (LifecycleStage stage : LifecycleStage.values()) {
      // Art.6: established, recognised and suspended POs operate; revoked and dissolved are final
      boolean operating = List.of("ESTABLISHED", "RECOGNISED", "SUSPENDED").contains(stage.name());
      boolean finalStage = List.of("REVOKED", "DISSOLVED").contains(stage.name());
      Optional<Finding> supervised = Guard.LIFECYCLE.check(Guard.Move.operating("OpenInspection", stage));
      Optional<Finding> acted = Guard.LIFECYCLE.check(Guard.Move.acting("AdmitMember", stage));
      assertThat(supervised.isPresent()).as("operating " + stage).isEqualTo(!operating);
      assertThat(acted.isPresent()).as("acting " + stage).isEqualTo(finalStage);
      supervised.ifPresent(f -> assertThat(f.evidence()).containsExactly(ev("stage", stage.name()), ev("command", "OpenInspection")));
      acted.ifPresent(f -> assertThat(f.evidence()).containsExactly(ev("stage", stage.name()), ev("command", "AdmitMember")));
    }
  }
}
