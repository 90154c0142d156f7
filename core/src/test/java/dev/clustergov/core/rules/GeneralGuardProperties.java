package dev.clustergov.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clustergov.core.kernel.RegionCode;
import dev.clustergov.core.organization.LifecycleStage;
import dev.clustergov.core.organization.OrganizationId;
import dev.clustergov.core.supervision.AuthorityId;
import dev.clustergov.core.testkit.property.Gen;
import dev.clustergov.core.testkit.property.Property;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The guards of chapter 1 (总则, Art.1–6) on both sides: over generated situations each guard gives a finding exactly
 * when an oracle written from its clause — the lifecycle's arrows, 谁主管、谁负责, one authority for a place — says the
 * clause is broken, and then with the evidence of the breach under the keys the REST problems show.
 */
class GeneralGuardProperties {

  private static final List<AuthorityId> AUTHORITIES = List.of(new AuthorityId("authority-000001"),
      new AuthorityId("authority-000002"), new AuthorityId("authority-000003"));
  private static final List<OrganizationId> ORGANIZATIONS = List.of(new OrganizationId("org-000001"),
      new OrganizationId("org-000002"), new OrganizationId("org-000003"));

  private static final Gen<LifecycleStage> STAGES = Gen.enumValues(LifecycleStage.class);
  private static final Gen<AuthorityId> AUTHORITY = Gen.elements(AUTHORITIES.toArray(AuthorityId[]::new));
  private static final Gen<OrganizationId> ORGANIZATION = Gen.elements(ORGANIZATIONS.toArray(OrganizationId[]::new));
  private static final Gen<String> COMMANDS = Gen.elements("EstablishOrganization", "RecogniseOrganization",
      "SuspendOrganization", "AppointToBody", "DissolveOrganization");

  /** Art.6's arrows, as the clause draws them: 筹建→组建→认定⇄暂停→撤销认定或注销; 注销 from any stage not final. */
  private static final Set<String> ARROWS = Set.of("PROPOSED>ESTABLISHED", "ESTABLISHED>RECOGNISED", "RECOGNISED>SUSPENDED",
      "SUSPENDED>RECOGNISED", "RECOGNISED>REVOKED", "SUSPENDED>REVOKED", "PROPOSED>DISSOLVED", "ESTABLISHED>DISSOLVED",
      "RECOGNISED>DISSOLVED", "SUSPENDED>DISSOLVED");

  private static List<String> evidence(Finding f) {
    return f.evidence().stream().map(Evidence::toString).toList();
  }

  private static void same(Finding f, Guard<?> guard) {
    assertThat(f.rule()).isEqualTo(guard.id());
    assertThat(f.citations()).isEqualTo(guard.clauses());
    assertThat(f.message()).isEqualTo(guard.message());
    assertThat(f.severity()).isEqualTo(Severity.BLOCKING);
  }

  // ---- A6-lifecycle ---------------------------------------------------------------------------

  private static final Gen<Guard.Move> MOVES = Gen.combine(COMMANDS, STAGES, Gen.setOf(STAGES, 1, 4), Gen.optional(STAGES),
      Guard.Move::new);

  @Test
  void a_step_is_refused_exactly_when_the_lifecycle_has_no_such_arrow_or_the_command_does_not_take_it_or_act_from_the_stage() {
    Property.forAll(MOVES).named("A6-lifecycle both sides").check(m -> {
      boolean broken;
      if (m.to().isPresent()) {
        boolean arrow = ARROWS.contains(m.stage().name() + ">" + m.to().get().name());
        broken = !arrow || !m.from().contains(m.stage());
      } else {
        // no target: the command acts on the PO in its stage, which must be one it acts in
        broken = !m.from().contains(m.stage());
      }
      Optional<Finding> found = Guard.LIFECYCLE.check(m);
      assertThat(found.isPresent()).as("finding for %s", m).isEqualTo(broken);
      found.ifPresent(f -> {
        same(f, Guard.LIFECYCLE);
        assertThat(evidence(f)).isEqualTo(m.to()
            .map(to -> List.of("from=" + m.stage(), "to=" + to))
            .orElseGet(() -> List.of("stage=" + m.stage(), "command=" + m.command())));
      });
    });
  }

  @Test
  void a_command_acting_in_the_stage_is_refused_only_on_a_revoked_or_dissolved_po() {
    Property.forAll(COMMANDS, STAGES).named("A6-lifecycle acting").check((command, stage) -> {
      Optional<Finding> found = Guard.LIFECYCLE.check(Guard.Move.acting(command, stage));
      assertThat(found.isPresent()).isEqualTo(EnumSet.of(LifecycleStage.REVOKED, LifecycleStage.DISSOLVED).contains(stage));
    });
  }

  // ---- A26-own-authority ----------------------------------------------------------------------

  @Test
  void only_the_pos_own_supervising_authority_passes_the_own_authority_guard() {
    Property.forAll(AUTHORITY, AUTHORITY).named("A26-own-authority both sides").check((acting, supervising) -> {
      Optional<Finding> found = Guard.OWN_AUTHORITY.check(new Guard.Supervising(acting, supervising));
      assertThat(found.isPresent()).isEqualTo(!acting.value().equals(supervising.value()));
      found.ifPresent(f -> {
        same(f, Guard.OWN_AUTHORITY);
        assertThat(evidence(f)).containsExactly("actingAuthority=" + acting.value(), "supervisingAuthority=" + supervising.value());
      });
    });
  }

  // ---- A26-actor-standing ---------------------------------------------------------------------

  /** Who acts: the host, an authority, a PO's own party (secretariat or member), or one with none (evaluator, public). */
  private enum Kind { HOST, AUTHORITY, OWN_PARTY, NONE }

  private record Acting(Kind kind, AuthorityId authority, OrganizationId own, boolean admitted, OrganizationId organization,
      AuthorityId supervising) {

    Guard.Standing standing() {
      return new Guard.Standing(kind + ":" + (kind == Kind.AUTHORITY ? authority.value() : own.value()), kind == Kind.HOST,
          kind == Kind.AUTHORITY ? Optional.of(authority) : Optional.empty(),
          kind == Kind.OWN_PARTY ? Optional.of(own) : Optional.empty(), admitted, organization, supervising);
    }
  }

  private static final Gen<Acting> ACTING = Gen.zip(Gen.enumValues(Kind.class), AUTHORITY, ORGANIZATION, Gen.booleans())
      .flatMap(t -> Gen.combine(ORGANIZATION, AUTHORITY,
          (organization, supervising) -> new Acting(t._1, t._2, t._3, t._4, organization, supervising)));

  @Test
  void an_actor_has_standing_on_a_po_exactly_when_it_is_the_host_its_supervisor_one_of_its_own_parties_or_admitted() {
    Property.forAll(ACTING).named("A26-actor-standing both sides").check(a -> {
      // 谁主管、谁负责: the supervising authority; a PO acts through its own bodies; the command may admit one more
      boolean mayAct = switch (a.kind()) {
        case HOST -> true;
        case AUTHORITY -> a.authority().value().equals(a.supervising().value()) || a.admitted();
        case OWN_PARTY -> a.own().value().equals(a.organization().value()) || a.admitted();
        case NONE -> a.admitted();
      };
      Guard.Standing s = a.standing();
      Optional<Finding> found = Guard.ACTOR_STANDING.check(s);
      assertThat(found.isPresent()).as("finding for %s", a).isEqualTo(!mayAct);
      found.ifPresent(f -> {
        same(f, Guard.ACTOR_STANDING);
        assertThat(evidence(f)).containsExactly("actor=" + s.actor(), "organization=" + a.organization().value(),
            "supervisingAuthority=" + a.supervising().value());
      });
    });
  }

  @Test
  void an_authority_acts_only_in_its_own_name_and_the_guard_does_not_ask_other_actors() {
    Property.forAll(Gen.optional(AUTHORITY), AUTHORITY).named("A26-actor-standing in own name").check((authority, named) -> {
      Optional<Finding> found = Guard.ACTOR_STANDING.check(new Guard.InOwnName("actor", authority, named));
      boolean anothersName = authority.isPresent() && !authority.get().value().equals(named.value());
      assertThat(found.isPresent()).isEqualTo(anothersName);
      found.ifPresent(f -> {
        same(f, Guard.ACTOR_STANDING);
        assertThat(evidence(f)).containsExactly("actor=actor", "namedAuthority=" + named.value());
      });
    });
  }

  // ---- A6-one-authority-per-jurisdiction ------------------------------------------------------

  private static final Gen<RegionCode> REGIONS = Gen.elements("320500", "320200", "000000", "440300")
      .map(raw -> RegionCode.parse(raw).get());

  @Test
  void an_authority_is_refused_exactly_when_its_jurisdiction_already_has_one() {
    Property.forAll(REGIONS, Gen.listOf(AUTHORITY, 0, 3)).named("A6-one-authority-per-jurisdiction both sides")
        .check((jurisdiction, entered) -> {
          Optional<Finding> found = Guard.ONE_AUTHORITY_PER_JURISDICTION.check(new Guard.AuthorityEntry(jurisdiction, entered));
          assertThat(found.isPresent()).isEqualTo(entered.size() > 0);
          found.ifPresent(f -> {
            same(f, Guard.ONE_AUTHORITY_PER_JURISDICTION);
            assertThat(evidence(f)).containsExactly("jurisdiction=" + jurisdiction.value(),
                "registeredAs=" + entered.stream().map(AuthorityId::value).toList());
          });
        });
  }
}
