package dev.clustergov.core.testkit.gen;

import dev.clustergov.core.cluster.Cluster;
import dev.clustergov.core.cluster.ClusterId;
import dev.clustergov.core.cluster.ClusterLevel;
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
import dev.clustergov.core.kernel.RegionCode;
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
import dev.clustergov.core.policy.Parameters;
import dev.clustergov.core.policy.Policy;
import dev.clustergov.core.policy.PolicyResolver;
import dev.clustergov.core.rules.Dossier;
import dev.clustergov.core.supervision.Authority;
import dev.clustergov.core.supervision.AuthorityId;
import dev.clustergov.core.testkit.gen.DomainGens.City;
import dev.clustergov.core.testkit.property.Gen;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Generators of founders, governance and whole promotion organizations (促进组织生成器). The centre
 * is {@link #compliant()}: a PO that meets every condition of Art.2 and Art.6–8 under the national
 * baseline, together with its cluster and an authority whose jurisdiction covers it — varied in
 * everything the guideline leaves free, so a property can break one clause and watch one rule.
 */
public final class OrganizationGens {

  private OrganizationGens() {}

  /** The date compliant POs are checked on; the same as the fixtures' {@code TODAY}. */
  public static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

  /** A compliant PO with its cluster and authority: {@link #dossier()} and {@link #policy()} are what rules read. */
  public record Compliant(PromotionOrganization organization, Cluster cluster, Authority authority) {
    public Dossier dossier() {
      return Dossier.of(organization, cluster, Optional.of(authority), 0);
    }

    /** The national baseline as it applies to the cluster's region on {@link #TODAY}. */
    public Policy policy() {
      return PolicyResolver.resolve(List.of(), cluster.region(), TODAY);
    }
  }

  // ---------------------------------------------------------------- founders

  private static final List<String> BRANDS = List.of(
      "恒瑞", "华芯", "纳维", "远景", "科达", "瑞康", "博远", "中天", "天合", "汇川", "星源", "精工");

  private static String founderName(String city, String brand, FounderKind kind) {
    return switch (kind) {
      case LEADING_ENTERPRISE -> city + brand + "科技股份有限公司";
      case SOCIAL_GROUP -> city + "市" + brand + "产业协会";
      case RESEARCH_INSTITUTION -> city + brand + "产业技术研究院";
      case OTHER -> city + brand + "投资发展有限公司";
    };
  }

  /** One to five founders of a city, of varied kinds, with distinct names, some with a credit code. */
  public static Gen<List<Founder>> founders(String city) {
    Gen<Founder> one = Gen.combine(Gen.enumValues(FounderKind.class), Gen.optional(DomainGens.creditCodes()),
        (k, c) -> new Founder("", k, c));
    return Gen.combine(Gen.integers(0, BRANDS.size() - 1), Gen.listOf(one, 1, 5), (offset, fs) -> {
      List<Founder> named = new ArrayList<>();
      for (int i = 0; i < fs.size(); i++) {
        Founder f = fs.get(i);
        named.add(new Founder(founderName(city, BRANDS.get((offset + i) % BRANDS.size()), f.kind()), f.kind(), f.creditCode()));
      }
      return List.copyOf(named);
    });
  }

  // ---------------------------------------------------------------- type

  private static final OrganizationKind[] SIMPLE_KINDS = Arrays.stream(OrganizationKind.values())
      .filter(k -> k != OrganizationKind.CONSORTIUM).toArray(OrganizationKind[]::new);

  /** A valid type: a non-profit or for-profit kind alone, or a consortium of 2–4 such units. */
  public static Gen<OrganizationType> types(String city) {
    Gen<OrganizationType> simple = Gen.elements(SIMPLE_KINDS).map(OrganizationType::of);
    Gen<OrganizationType> consortium = Gen.combine(Gen.integers(0, BRANDS.size() - 1),
        Gen.listOf(Gen.elements(SIMPLE_KINDS), 2, 4), (offset, kinds) -> {
          List<ConsortiumComponent> cs = new ArrayList<>();
          for (int i = 0; i < kinds.size(); i++) {
            cs.add(new ConsortiumComponent(city + BRANDS.get((offset + i) % BRANDS.size()) + "成员单位" + (i + 1), kinds.get(i)));
          }
          return new OrganizationType(OrganizationKind.CONSORTIUM, cs);
        });
    return Gen.frequency(3, simple, 1, consortium);
  }

  // ---------------------------------------------------------------- governance

  private static final BodyForm[] FORMS = BodyForm.values();

  /** Forms the guideline names for {@code layer} (Art.8(2).1–5), its own first, {@link BodyForm#OTHER_RECOGNISED} last. */
  public static BodyForm[] permittedForms(Layer layer) {
    return Arrays.stream(FORMS).filter(f -> f.permittedIn(layer)).toArray(BodyForm[]::new);
  }

  /** Forms the guideline does not name for {@code layer}. */
  public static BodyForm[] forbiddenForms(Layer layer) {
    return Arrays.stream(FORMS).filter(f -> !f.permittedIn(layer)).toArray(BodyForm[]::new);
  }

  private static Gen<Person> people(String prefix, int maxIndex) {
    return Gen.combine(Gen.integers(1, maxIndex), DomainGens.personNames(),
        (n, name) -> new Person(new PersonId(prefix + "-" + n), name));
  }

  /** Seats of distinct people, the first the chair. */
  private static Gen<List<Seat>> seats(Gen<Person> people, int min, int max) {
    return Gen.listOf(people, min, max).map(ps -> {
      List<Seat> seats = new ArrayList<>();
      Set<PersonId> seen = new LinkedHashSet<>();
      for (Person p : ps) {
        if (seen.add(p.id())) {
          seats.add(new Seat(p, seats.isEmpty() ? SeatRole.CHAIR : SeatRole.MEMBER, Set.of()));
        }
      }
      return List.copyOf(seats);
    });
  }

  private static Gen<List<Seat>> experts() {
    Gen<Set<ExpertField>> fields = Gen.setOf(Gen.enumValues(ExpertField.class), 1, 3);
    return Gen.combine(Gen.listOf(DomainGens.personNames(), 3, 7), Gen.listOf(fields, 7, 7), (names, extra) -> {
      ExpertField[] required = {ExpertField.TECHNOLOGY, ExpertField.SERVICES, ExpertField.INDUSTRY_MANAGEMENT};
      List<Seat> seats = new ArrayList<>();
      for (int i = 0; i < names.size(); i++) {
        Set<ExpertField> f = EnumSet.copyOf(extra.get(i));
        if (i < required.length) {
          f.add(required[i]);
        }
        seats.add(new Seat(new Person(new PersonId("p-exp-" + (i + 1)), names.get(i)), SeatRole.EXPERT, f));
      }
      return List.copyOf(seats);
    });
  }

  /**
   * A five-layer governance (Art.8(2)): one or two bodies per layer, each of a form the guideline
   * names for it; supervisors ({@code p-sup-*}) never sit in the management or execution layer;
   * every advisory seat is an expert and together they cover technology, services and industry
   * management; the decision layer may seat managers too.
   */
  public static Gen<Governance> governance() {
    Gen<Person> deciders = Gen.oneOf(people("p-dec", 30), people("p-mgr", 10));
    Gen<Person> supervisors = people("p-sup", 10);
    Gen<Person> managers = people("p-mgr", 10);
    Gen<Person> executives = Gen.oneOf(people("p-exe", 10), people("p-mgr", 10));
    Gen<List<Body>> decision = layer(Layer.DECISION, seats(deciders, 1, 8));
    Gen<List<Body>> supervision = layer(Layer.SUPERVISION, seats(supervisors, 1, 4));
    Gen<List<Body>> management = layer(Layer.MANAGEMENT, seats(managers, 1, 6));
    Gen<List<Body>> execution = layer(Layer.EXECUTION, seats(executives, 1, 4));
    Gen<List<Body>> advisory = layer(Layer.ADVISORY, experts());
    return Gen.combine(Gen.zip(decision, supervision), Gen.zip(management, execution), advisory, (a, b, c) -> {
      List<Body> all = new ArrayList<>();
      all.addAll(a._1);
      all.addAll(a._2);
      all.addAll(b._1);
      all.addAll(b._2);
      all.addAll(c);
      return new Governance(all);
    });
  }

  private static Gen<List<Body>> layer(Layer layer, Gen<List<Seat>> seats) {
    BodyForm[] forms = permittedForms(layer);
    Gen<Body> body = Gen.combine(Gen.elements(forms), seats, (f, s) -> new Body(new BodyId("x"), layer, f, f.label().zh(), s));
    return Gen.listOf(body, 1, 2).map(bs -> {
      List<Body> named = new ArrayList<>();
      for (int i = 0; i < bs.size(); i++) {
        Body b = bs.get(i);
        named.add(new Body(new BodyId(layer.name().toLowerCase() + "-" + (i + 1)), layer, b.form(), b.name(), b.seats()));
      }
      return List.copyOf(named);
    });
  }

  // ---------------------------------------------------------------- the whole PO

  private static final List<String> SCOPE = List.of(
      "产业研究与规划咨询", "技术创新协同服务", "会展与对外交流", "人才培训", "标准制定与推广", "投融资对接服务",
      "公共服务平台运营", "品牌建设与推广");
  private static final List<String> EQUIPMENT = List.of("办公电脑", "会议系统", "打印复印设备", "网络设备", "档案柜");

  private record Place(City city, RegionCode region, ClusterLevel level, int enterprises) {}

  private static Gen<Place> places() {
    return Gen.combine(DomainGens.cityChoices(), Gen.integers(0, 12), Gen.enumValues(ClusterLevel.class),
        Gen.integers(10, 5000), (city, county, level, n) -> new Place(city,
            county == 0 ? city.code() : new RegionCode(city.code().value().substring(0, 4) + DomainGens.two(county)),
            level, n));
  }

  /** A compliant PO, its cluster and its authority (see the class comment). */
  public static Gen<Compliant> compliant() {
    return places().flatMap(OrganizationGens::compliantIn);
  }

  private static Gen<Compliant> compliantIn(Place place) {
    City city = place.city();
    Policy baseline = PolicyResolver.resolve(List.of(), place.region(), TODAY);
    int minStaff = baseline.get(Parameters.STAFFING_TIERS).minimumStaffFor(place.enterprises());
    Money minCapital = baseline.get(place.level() == ClusterLevel.NATIONAL
        ? Parameters.CAPITAL_MINIMUM_NATIONAL : Parameters.CAPITAL_MINIMUM_LOCAL);

    Gen<String> industry = DomainGens.industries();
    Gen<Money> capital = Gen.bigDecimals(minCapital.yuan(), minCapital.yuan().add(new BigDecimal("5000000")), 2)
        .map(DomainGens::money);
    Gen<List<StaffMember>> staff = Gen.combine(Gen.integers(0, 5), Gen.listOf(
        Gen.zip(DomainGens.personNames(), Gen.enumValues(StaffCategory.class), Gen.enumValues(Recruitment.class)), 20, 20),
        (extra, drawn) -> {
          List<StaffMember> members = new ArrayList<>();
          StaffCategory[] categories = StaffCategory.values();
          int n = Math.max(minStaff, categories.length) + extra;
          for (int i = 0; i < n; i++) {
            var d = drawn.get(i % drawn.size());
            StaffCategory category = i < categories.length ? categories[i] : d._2;
            members.add(new StaffMember(new PersonId("staff-" + (i + 1)), d._1, category, d._3));
          }
          return List.copyOf(members);
        });
    Gen<List<ManagementSystem>> systems = Gen.combine(
        Gen.setOf(Gen.elements(ManagementSystemKind.ADMINISTRATIVE, ManagementSystemKind.BUSINESS,
            ManagementSystemKind.CONFIDENTIALITY_SECURITY), 0, 3),
        Gen.dates(TODAY.minusYears(3), TODAY.minusMonths(1)), Gen.integers(1, 3), (more, adopted, revision) -> {
          List<ManagementSystem> list = new ArrayList<>();
          Set<ManagementSystemKind> kinds = EnumSet.copyOf(ManagementSystemKind.AT_FOUNDING);
          kinds.addAll(more);
          kinds.forEach(k -> list.add(new ManagementSystem(k, k.label().zh(), adopted, revision)));
          return List.copyOf(list);
        });
    Gen<Facilities> facilities = Gen.combine(Gen.integers(1, 999),
        Gen.setOf(Gen.elements(EQUIPMENT.toArray(String[]::new)), 1, 4),
        (no, eq) -> new Facilities(Optional.of(city.name() + "市创新大道" + no + "号"), List.copyOf(eq)));
    Gen<Set<IncomeKind>> income = Gen.setOf(Gen.enumValues(IncomeKind.class), 1, 5);
    Gen<List<String>> scope = Gen.setOf(Gen.elements(SCOPE.toArray(String[]::new)), 1, 5).map(List::copyOf);
    Gen<RegionCode> jurisdiction = Gen.elements(city.province(), city.code(), place.region());
    Gen<LifecycleStage> stage = Gen.elements(LifecycleStage.ESTABLISHED, LifecycleStage.RECOGNISED, LifecycleStage.SUSPENDED);

    return Gen.combine(
        Gen.zip(industry, Gen.elements(DomainGens.PO_SUFFIXES.toArray(String[]::new)), capital, staff),
        Gen.zip(founders(city.name()), types(city.name()), systems, facilities),
        Gen.zip(income, scope, governance(), Gen.zip(jurisdiction, stage, Gen.enumValues(PartyOrganizationForm.class),
            Gen.zip(DomainGens.creditCodes(), Gen.optional(Gen.constant(true)), DomainGens.identifiers()))),
        (a, b, c) -> {
          String ind = a._1;
          String name = city.name() + ind + a._2;
          ClusterId clusterId = new ClusterId("cluster-" + place.region().value() + "-" + Math.floorMod(ind.hashCode(), 1000));
          Cluster cluster = new Cluster(clusterId, 0, city.name() + "市" + ind + "集群", place.region(), ind,
              place.level(), place.enterprises());
          RegionCode j = c._4._1;
          Authority authority = new Authority(new AuthorityId("authority-" + j.value()), 0,
              j.level() == RegionCode.Level.PROVINCE ? "省工业和信息化厅" : city.name() + "市工业和信息化局", j);
          List<Founder> founders = b._1;
          LocalDate proposed = TODAY.minusMonths(6);
          PromotionOrganization po = PromotionOrganization.builder()
              .id(new OrganizationId(c._4._4._3))
              .name(name)
              .cluster(clusterId)
              .authority(authority.id())
              .guidingBody(city.name() + "市人民政府")
              .founders(founders)
              .type(b._2)
              .creditCode(c._4._4._1)
              .charter(new Charter(proposed.plusMonths(1), c._2, founders.stream().map(Founder::name).collect(
                  java.util.stream.Collectors.toSet())))
              .partyOrganization(new PartyOrganization(c._4._3, name + c._4._3.label().zh(), proposed.plusMonths(2)))
              .facilities(b._4)
              .registeredCapital(a._3)
              .staff(a._4)
              .managementSystems(b._3)
              .incomeSources(c._1)
              .bankAccount(c._4._4._2.map(x -> new BankAccount(name, "3225" + Math.abs(name.hashCode()), "岚川银行" + city.name() + "分行")))
              .governance(c._3)
              .legalRepresentative(Math.floorMod(name.hashCode(), 2) == 0
                  ? Optional.of(new Person(new PersonId("p-legal-" + Math.floorMod(name.hashCode(), 10000)), city.name() + "法定代表人"))
                  : Optional.empty())
              .stage(c._4._2)
              .proposedOn(proposed)
              .establishedOn(proposed.plusMonths(3))
              .build();
          return new Compliant(po, cluster, authority);
        });
  }
}
