package dev.clustergov.core.rules;

import static dev.clustergov.core.testkit.gen.OrganizationGens.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

import dev.clustergov.core.cluster.ClusterLevel;
import dev.clustergov.core.governance.Body;
import dev.clustergov.core.governance.ExpertField;
import dev.clustergov.core.governance.Governance;
import dev.clustergov.core.governance.Layer;
import dev.clustergov.core.governance.Person;
import dev.clustergov.core.governance.PersonId;
import dev.clustergov.core.governance.Seat;
import dev.clustergov.core.governance.SeatRole;
import dev.clustergov.core.guideline.Citation;
import dev.clustergov.core.kernel.Money;
import dev.clustergov.core.kernel.RegionCode;
import dev.clustergov.core.management.ManagementSystemKind;
import dev.clustergov.core.management.StaffCategory;
import dev.clustergov.core.organization.Charter;
import dev.clustergov.core.organization.ConsortiumComponent;
import dev.clustergov.core.organization.Facilities;
import dev.clustergov.core.organization.Founder;
import dev.clustergov.core.organization.OrganizationKind;
import dev.clustergov.core.organization.OrganizationType;
import dev.clustergov.core.organization.PromotionOrganization;
import dev.clustergov.core.policy.Parameters;
import dev.clustergov.core.policy.Policy;
import dev.clustergov.core.supervision.Authority;
import dev.clustergov.core.testkit.gen.DomainGens;
import dev.clustergov.core.testkit.gen.OrganizationGens;
import dev.clustergov.core.testkit.gen.OrganizationGens.Compliant;
import dev.clustergov.core.testkit.property.Alphabet;
import dev.clustergov.core.testkit.property.Gen;
import dev.clustergov.core.testkit.property.Property;
import io.vavr.Tuple;
import io.vavr.Tuple2;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every rule of Chapters 1–2 fails exactly when its clause is broken: it holds on every generated
 * compliant PO, and a generated breakage of its clause alone makes it fail while every rule of an
 * unrelated clause keeps its outcome.
 */
class EstablishmentRulesProperties {

  /** A named way to break one clause, drawn for a given compliant PO. */
  record Breakage(String description, UnaryOperator<Dossier> change) {
    @Override
    public String toString() {
      return description;
    }
  }

  private static Gen<Breakage> breakage(String description, UnaryOperator<Dossier> change) {
    return Gen.constant(new Breakage(description, change));
  }

  private static UnaryOperator<Dossier> org(UnaryOperator<PromotionOrganization> change) {
    return d -> d.with(change.apply(d.organization()));
  }

  private static dev.clustergov.core.organization.ImmutablePromotionOrganization.Builder from(PromotionOrganization o) {
    return PromotionOrganization.builder().from(o);
  }

  private static Governance mapLayer(Governance g, Layer layer, Function<Body, Body> f) {
    return new Governance(g.bodies().stream().map(x -> x.layer() == layer ? f.apply(x) : x).toList());
  }

  /** For each rule id, the breakages of exactly its clause, drawn from the compliant PO. */
  static final Map<String, Function<Compliant, Gen<Breakage>>> BREAKAGES = breakages();

  private static Map<String, Function<Compliant, Gen<Breakage>>> breakages() {
    Map<String, Function<Compliant, Gen<Breakage>>> t = new LinkedHashMap<>();
    t.put("A2-founders", c -> breakage("no founders", org(o -> from(o).founders(List.of()).build())));
    t.put("A2-government-guidance", c -> breakage("no guiding body", org(o -> from(o).guidingBody(Optional.empty()).build())));
    t.put("A2-legal-person", c -> breakage("no credit code", org(o -> from(o).creditCode(Optional.empty()).build())));
    t.put("A2-one-recognised-per-cluster", c -> Gen.integers(1, 20).map(n -> new Breakage(
        n + " recognised peers", d -> Dossier.of(d.organization(), d.cluster(), d.authority(), n))));
    t.put("A6-supervising-authority", c -> Gen.oneOf(
        breakage("authority not registered", d -> Dossier.of(d.organization(), d.cluster(), Optional.empty(), d.recognisedPeersInCluster())),
        DomainGens.regionCodes().filter(r -> !r.covers(c.cluster().region())).map(r -> new Breakage(
            "authority's jurisdiction moved to " + r, d -> Dossier.of(d.organization(), d.cluster(),
                d.authority().map(a -> new Authority(a.id(), a.version(), a.name(), r)), d.recognisedPeersInCluster())))));
    t.put("A7.1-party-organisation", c -> breakage("no Party organisation", org(o -> from(o).partyOrganization(Optional.empty()).build())));
    t.put("A7.2-name", c -> {
      String name = c.organization().name();
      List<Gen<String>> ways = new ArrayList<>(List.of(
          Gen.strings(Alphabet.CJK_IDEOGRAPHS, 0, 3),
          Gen.strings(Alphabet.CJK_IDEOGRAPHS, 51, 80),
          Gen.strings(Alphabet.ASCII_LETTERS, 4, 50),
          Gen.elements(" ", "\t", "\n").map(w -> w + name),
          Gen.constant(name.substring(0, 2) + "\u0007" + name.substring(2))));
      if (c.cluster().level() != ClusterLevel.NATIONAL) {
        ways.add(Gen.elements("中国", "全国", "中华").map(w -> w + name));
      }
      @SuppressWarnings("unchecked")
      Gen<String> any = Gen.oneOf(ways.toArray(Gen[]::new));
      return any.map(n -> new Breakage("name " + n, org(o -> from(o).name(n).build())));
    });
    t.put("A7.2-charter", c -> breakage("charter without business scope", org(o -> from(o).charter(
        o.charter().map(ch -> new Charter(ch.adoptedOn(), List.of(), ch.consentingFounders()))).build())));
    t.put("A7.2-facilities", c -> Gen.elements(
        new Breakage("no office", org(o -> from(o).facilities(new Facilities(Optional.empty(), o.facilities().equipment())).build())),
        new Breakage("no equipment", org(o -> from(o).facilities(new Facilities(o.facilities().officeAddress(), List.of())).build())),
        new Breakage("no facilities", org(o -> from(o).facilities(Facilities.NONE).build()))));
    t.put("A7.2-capital", c -> {
      boolean national = c.cluster().level() == ClusterLevel.NATIONAL;
      Money min = c.policy().get(national ? Parameters.CAPITAL_MINIMUM_NATIONAL : Parameters.CAPITAL_MINIMUM_LOCAL);
      return Gen.bigDecimals(new BigDecimal("0.01"), min.yuan(), 2).map(cut -> {
        Money lowered = DomainGens.money(min.yuan().subtract(cut));
        return new Breakage("capital " + lowered + " < " + min, org(o -> from(o).registeredCapital(lowered).build()));
      });
    });
    t.put("A7.3-staff-categories", c -> Gen.enumValues(StaffCategory.class).map(cat -> new Breakage(
        "no " + cat + " staff", org(o -> from(o).staff(o.staff().stream().filter(s -> s.category() != cat).toList()).build()))));
    t.put("A7.3-staff-headcount", c -> {
      int min = c.policy().get(Parameters.STAFFING_TIERS).minimumStaffFor(c.cluster().enterprises());
      return Gen.integers(0, min - 1).map(n -> new Breakage(
          n + " staff < " + min, org(o -> from(o).staff(o.staff().subList(0, n)).build())));
    });
    t.put("A7.4-management-systems", c -> Gen.elements(ManagementSystemKind.AT_FOUNDING.toArray(ManagementSystemKind[]::new))
        .map(k -> new Breakage("no " + k + " system", org(o -> from(o).managementSystems(
            o.managementSystems().stream().filter(s -> s.kind() != k).toList()).build()))));
    t.put("A7.5-income-sources", c -> breakage("no income source", org(o -> from(o).incomeSources(Set.of()).build())));
    t.put("A8.1-organization-type", c -> Gen.oneOf(
        breakage("no type", org(o -> from(o).type(Optional.empty()).build())),
        Gen.enumValues(OrganizationKind.class).filter(k -> k != OrganizationKind.CONSORTIUM).map(k -> new Breakage(
            "consortium of one " + k, org(o -> from(o).type(new OrganizationType(OrganizationKind.CONSORTIUM,
                List.of(new ConsortiumComponent("唯一成员单位", k)))).build()))),
        breakage("consortium with a consortium inside", org(o -> from(o).type(new OrganizationType(OrganizationKind.CONSORTIUM,
            List.of(new ConsortiumComponent("成员单位甲", OrganizationKind.SOCIAL_GROUP),
                new ConsortiumComponent("成员联合体乙", OrganizationKind.CONSORTIUM)))).build())),
        Gen.enumValues(OrganizationKind.class).filter(k -> k != OrganizationKind.CONSORTIUM).map(k -> new Breakage(
            k + " with components", org(o -> from(o).type(new OrganizationType(k,
                List.of(new ConsortiumComponent("成员单位甲", OrganizationKind.SOCIAL_GROUP)))).build())))));
    t.put("A8.2-charter-consensus", c -> Gen.integers(0, c.organization().founders().size() - 1).map(i -> {
      String founder = c.organization().founders().get(i).name();
      return new Breakage("no consent from " + founder, org(o -> from(o).charter(o.charter().map(ch -> new Charter(
          ch.adoptedOn(), ch.businessScope(), ch.consentingFounders().stream().filter(n -> !n.equals(founder))
          .collect(Collectors.toSet())))).build()));
    }));
    t.put("A8.2-five-layers", c -> Gen.enumValues(Layer.class).map(layer -> new Breakage(
        "no " + layer + " body", org(o -> from(o).governance(new Governance(
            o.governance().bodies().stream().filter(x -> x.layer() != layer).toList())).build()))));
    for (Layer layer : Layer.values()) {
      String id = "A8.2." + layer.clause().point() + "-" + layer.name().toLowerCase() + "-body";
      t.put(id, c -> Gen.elements(OrganizationGens.forbiddenForms(layer)).map(form -> new Breakage(
          layer + " bodies all of form " + form, org(o -> from(o).governance(mapLayer(o.governance(), layer,
              x -> new Body(x.id(), x.layer(), form, x.name(), x.seats()))).build()))));
    }
    t.put("A8.2.2-supervisor-separation", c -> {
      Governance g = c.organization().governance();
      List<PersonId> supervisors = List.copyOf(g.peopleIn(Layer.SUPERVISION));
      List<Body> managing = new ArrayList<>(g.in(Layer.MANAGEMENT));
      managing.addAll(g.in(Layer.EXECUTION));
      return Gen.combine(Gen.elements(supervisors.toArray(PersonId[]::new)), Gen.elements(managing.toArray(Body[]::new)),
          (p, body) -> new Breakage("supervisor " + p + " also on " + body.id(), org(o -> {
            Person person = o.governance().in(Layer.SUPERVISION).stream().flatMap(x -> x.seats().stream())
                .map(Seat::person).filter(x -> x.id().equals(p)).findFirst().orElseThrow();
            Seat seat = new Seat(person, SeatRole.MEMBER, Set.of());
            return from(o).governance(new Governance(o.governance().bodies().stream()
                .map(x -> x.id().equals(body.id()) ? x.withSeat(seat) : x).toList())).build();
          })));
    });
    t.put("A8.2.5-expert-fields", c -> Gen.oneOf(
        DomainGens.personNames().map(n -> new Breakage("non-expert " + n + " on the advisory layer", org(o -> from(o).governance(
            mapLayer(o.governance(), Layer.ADVISORY, x -> x.withSeat(new Seat(new Person(new PersonId("p-layman"), n),
                SeatRole.MEMBER, Set.of())))).build()))),
        Gen.elements(ExpertField.TECHNOLOGY, ExpertField.SERVICES, ExpertField.INDUSTRY_MANAGEMENT).map(f -> new Breakage(
            "no expert in " + f, org(o -> from(o).governance(mapLayer(o.governance(), Layer.ADVISORY, x -> new Body(x.id(),
                x.layer(), x.form(), x.name(), x.seats().stream().map(s -> new Seat(s.person(), s.role(),
                    s.fields().stream().filter(e -> e != f).collect(Collectors.toSet()))).toList()))).build())))));
    return t;
  }

  static List<Rule> rules() {
    return EstablishmentRules.ALL;
  }

  /** Whether two rules cite overlapping clauses (one covers the other's). */
  static boolean related(Rule a, Rule b) {
    return a.clauses().stream().anyMatch(x -> b.clauses().stream().anyMatch(y -> x.covers(y) || y.covers(x)));
  }

  @Test
  void every_rule_of_chapters_1_and_2_has_a_breakage_of_its_clause() {
    assertThat(BREAKAGES.keySet())
        .as("a new rule needs a breakage in this table, so its property is generated too")
        .containsExactlyInAnyOrderElementsOf(EstablishmentRules.ALL.stream().map(Rule::id).toList());
  }

  @Test
  void every_rule_holds_or_does_not_apply_on_every_compliant_po() {
    Property.forAll(OrganizationGens.compliant()).tries(200).check(c -> {
      Dossier d = c.dossier();
      Policy p = c.policy();
      for (Rule rule : EstablishmentRules.ALL) {
        Outcome outcome = rule.evaluate(d, p, TODAY);
        assertThat(outcome.failed()).as(rule.id() + " " + outcome).isFalse();
      }
    });
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rules")
  void a_rule_fails_when_its_clause_is_broken_and_rules_of_unrelated_clauses_keep_their_outcome(Rule rule) {
    Gen<Tuple2<Compliant, Breakage>> cases = OrganizationGens.compliant()
        .flatMap(c -> BREAKAGES.get(rule.id()).apply(c).map(bk -> Tuple.of(c, bk)));
    Property.forAll(cases).named("breaking " + rule.id()).tries(60).check(t -> {
      Dossier before = t._1.dossier();
      Dossier after = t._2.change().apply(before);
      Policy p = t._1.policy();
      assertThat(rule.evaluate(after, p, TODAY).failed()).as(rule.id() + " after " + t._2).isTrue();
      for (Rule other : EstablishmentRules.ALL) {
        if (!related(rule, other)) {
          assertThat(other.evaluate(after, p, TODAY)).as(other.id() + " after " + t._2)
              .isEqualTo(other.evaluate(before, p, TODAY));
        }
      }
    });
  }
}
