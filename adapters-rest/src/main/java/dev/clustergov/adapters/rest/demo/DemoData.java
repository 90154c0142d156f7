package dev.clustergov.adapters.rest.demo;

import dev.clustergov.core.kernel.Money;
import dev.clustergov.core.operation.MembershipId;
import dev.clustergov.core.operation.Delivery;
import dev.clustergov.core.operation.TalentLevel;
import dev.clustergov.core.operation.PlatformRole;
import dev.clustergov.core.operation.PlatformKind;
import dev.clustergov.core.operation.MemberKind;
import dev.clustergov.core.ip.IpActivity;
import dev.clustergov.core.dispute.StepKind;
import dev.clustergov.core.ip.PartyKind;
import dev.clustergov.core.disclosure.DisclosureKind;
import dev.clustergov.core.disclosure.ChannelKind;
import dev.clustergov.core.dispute.Capacity;
import dev.clustergov.adapters.rest.demo.DemoNames.City;
import dev.clustergov.core.application.operation.AdmitMember;
import dev.clustergov.core.application.supervision.AdoptSelfDisciplineMeasure;
import dev.clustergov.core.application.establishment.AppointToBody;
import dev.clustergov.core.application.Clustergov;
import dev.clustergov.core.application.general.DissolveOrganization;
import dev.clustergov.core.application.management.DraftIpAgreement;
import dev.clustergov.core.application.establishment.EstablishOrganization;
import dev.clustergov.core.application.establishment.FoundingApplication;
import dev.clustergov.core.application.establishment.FoundingApplication.BankInput;
import dev.clustergov.core.application.establishment.FoundingApplication.BodyInput;
import dev.clustergov.core.application.establishment.FoundingApplication.CharterInput;
import dev.clustergov.core.application.establishment.FoundingApplication.FounderInput;
import dev.clustergov.core.application.establishment.FoundingApplication.PartyInput;
import dev.clustergov.core.application.establishment.FoundingApplication.SeatInput;
import dev.clustergov.core.application.establishment.FoundingApplication.StaffInput;
import dev.clustergov.core.application.establishment.FoundingApplication.SystemInput;
import dev.clustergov.core.application.establishment.FoundingApplication.TypeInput;
import dev.clustergov.core.application.supervision.ImposeSanction;
import dev.clustergov.core.application.supervision.OpenInspection;
import dev.clustergov.core.application.Ports;
import dev.clustergov.core.application.establishment.ProposeOrganization;
import dev.clustergov.core.application.management.PublishDisclosure;
import dev.clustergov.core.application.management.RaiseDispute;
import dev.clustergov.core.application.general.RecogniseOrganization;
import dev.clustergov.core.application.management.RecordDisputeStep;
import dev.clustergov.core.application.supervision.EngageEvaluator;
import dev.clustergov.core.application.supervision.RecordEvaluation;
import dev.clustergov.core.application.supervision.RecordInspectionFinding;
import dev.clustergov.core.application.operation.RecordServiceActivity;
import dev.clustergov.core.application.supervision.RectifyFinding;
import dev.clustergov.core.application.Refusal;
import dev.clustergov.core.application.general.RegisterAuthority;
import dev.clustergov.core.application.general.RegisterCluster;
import dev.clustergov.core.application.supervision.RegisterEvaluator;
import dev.clustergov.core.application.operation.RegisterPlatform;
import dev.clustergov.core.application.general.RevokeRecognition;
import dev.clustergov.core.application.management.SignIpAgreement;
import dev.clustergov.core.application.general.SuspendOrganization;
import dev.clustergov.core.application.management.TermsInput;
import dev.clustergov.core.application.port.TimeSource;
import dev.clustergov.core.disclosure.DisclosureObligation;
import dev.clustergov.core.guideline.Citation;
import dev.clustergov.core.guideline.FunctionItem;
import dev.clustergov.core.organization.CreditCode;
import dev.clustergov.core.organization.OrganizationId;
import dev.clustergov.core.organization.PromotionOrganization;
import dev.clustergov.core.supervision.AuthorityId;
import dev.clustergov.core.supervision.EvaluatorId;
import dev.clustergov.core.supervision.Inspection;
import dev.clustergov.core.supervision.MeasureKind;
import dev.clustergov.core.supervision.SanctionKind;
import io.vavr.control.Either;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import dev.clustergov.core.governance.BodyForm;
import dev.clustergov.core.governance.BodyId;
import dev.clustergov.core.governance.ExpertField;
import dev.clustergov.core.organization.FounderKind;
import dev.clustergov.core.finance.IncomeKind;
import dev.clustergov.core.governance.Layer;
import dev.clustergov.core.management.ManagementSystemKind;
import dev.clustergov.core.organization.PartyOrganizationForm;
import dev.clustergov.core.governance.PersonId;
import dev.clustergov.core.management.Recruitment;
import dev.clustergov.core.governance.SeatRole;
import dev.clustergov.core.cluster.ClusterId;
import dev.clustergov.core.cluster.ClusterLevel;
import dev.clustergov.core.kernel.RegionCode;
import dev.clustergov.core.kernel.Money;
import dev.clustergov.core.management.StaffCategory;
import dev.clustergov.core.organization.OrganizationKind;

/**
 * The demo data generator (演示数据生成器): clusters in 31 real cities of 17 provinces with their
 * administrative division codes, their industry departments, and promotion organizations in every
 * lifecycle stage — with member units, platforms, service activities on the 32 function items with
 * outcomes, major-matter and annual disclosures, a self-discipline convention, disputes, IP agreements,
 * evaluators and evaluations, inspections and a sanction — under realistic Chinese names, the same for
 * the same seed, size and end instant.
 *
 * <p>Everything is written through the use cases, so every record is one the guideline allows. The
 * story spans {@value #DAYS} days ending at the host clock's present: the generator drives a clock of
 * its own over those days (a PO is proposed, established 30 days later, recognised, its members admitted
 * and a year of services held before it is evaluated), so that dates and deadlines relate as in life.
 * The whole set is written in one unit of work: all of it or, when a command is refused, none of it.
 * A set already there (any of its clusters, by name) is not written again.
 *
 * <pre>{@code
 * DemoData.Created created = DemoData.generate(ports, DemoData.Size.DEMO, 2025L);
 * }</pre>
 */
public final class DemoData {

  /** How long the story runs, ending at the host clock's present. */
  public static final int DAYS = 760;

  /**
   * How much to generate: {@code clusters} clusters, each with one PO that lives its whole story (or is
   * suspended, revoked or dissolved) and {@code extraPerCluster} more POs that are proposed or
   * established only; each recognised PO gets {@code members} member units and {@code activities}
   * service activities (with 32 or more, every function item is served).
   */
  public record Size(int clusters, int extraPerCluster, int members, int activities) {
    /** 4 clusters: one PO in each lifecycle stage, for tests. */
    public static final Size SMALL = new Size(4, 1, 6, 36);
    /** What the server's {@code --demo} loads besides its named POs. */
    public static final Size DEMO = new Size(12, 1, 8, 34);
    /** For benchmarks: 200 clusters, 400 POs, 40 members and 120 activities per recognised PO. */
    public static final Size LARGE = new Size(200, 1, 40, 120);

    public Size {
      if (clusters < 1 || clusters > 20_000 || extraPerCluster < 0 || extraPerCluster > 20 || members < 2 || members > 5_000
          || activities < 0 || activities > 20_000) {
        throw new IllegalArgumentException("size out of range: " + clusters + " clusters, " + extraPerCluster + " extra POs each, "
            + members + " members, " + activities + " activities");
      }
    }
  }

  /** The ids of what one run created, by kind, in creation order; all empty when the set was already there. */
  public record Created(List<String> authorities, List<String> clusters, List<String> organizations, List<String> memberships,
      List<String> platforms, List<String> activities, List<String> disclosures, List<String> disputes,
      List<String> ipAgreements, List<String> evaluators, List<String> evaluations, List<String> inspections,
      List<String> sanctions) {

    public boolean isEmpty() {
      return clusters.isEmpty();
    }

    /** One line: how many of each, each noun in the number its count asks for (1 sanction, 2 sanctions). */
    public String summary() {
      return count(authorities.size(), "authority", "authorities") + ", " + count(clusters.size(), "cluster", "clusters") + ", "
          + count(organizations.size(), "PO", "POs") + ", " + count(memberships.size(), "member unit", "member units") + ", "
          + count(platforms.size(), "platform", "platforms") + ", " + count(activities.size(), "service activity", "service activities") + ", "
          + count(disclosures.size(), "disclosure", "disclosures") + ", " + count(disputes.size(), "dispute", "disputes") + ", "
          + count(ipAgreements.size(), "IP agreement", "IP agreements") + ", " + count(evaluators.size(), "evaluator", "evaluators") + ", "
          + count(evaluations.size(), "evaluation", "evaluations") + ", " + count(inspections.size(), "inspection", "inspections") + ", "
          + count(sanctions.size(), "sanction", "sanctions");
    }

    private static String count(int n, String one, String many) {
      return n + " " + (n == 1 ? one : many);
    }
  }

  /** How a cluster's main PO ends the story. */
  enum Fate { RECOGNISED, SUSPENDED, REVOKED, DISSOLVED }

  private static final List<Fate> FIRST_FATES = List.of(Fate.RECOGNISED, Fate.SUSPENDED, Fate.REVOKED, Fate.DISSOLVED);

  /**
   * How a recognised PO's record reads to its evaluator (Art.28), so that the ratings the library computes from the records
   * spread as a province's do (issue 20 item 3, decision 0602): {@code STEADY} serves every function item, with the members
   * and outcomes the seeded draws give (银标 when an indicator stays below its threshold, as eight member units leave Art.17's
   * one); {@code STRONG} also has its cluster's suppliers as member units and a talent fair, a technology roadshow and a
   * supply-chain matchmaking with outcomes on Art.29's four metrics (金标 when every indicator reaches its threshold);
   * {@code THIN} held one activity a function in its year, has a dispute left without consultation, disclosed late and
   * did not recruit all its staff in the open (铜标) — the PO an inspection later finds wanting and suspends.
   */
  enum Track { STEADY, STRONG, THIN }

  /**
   * The record of {@code p}'s main PO: the first suspended cluster's thin; every other recognised cluster past the four fixed
   * fates strong, but the one under a rectification order; the rest steady.
   */
  Track track(Planned p) {
    if (p.fate() == Fate.SUSPENDED && p.index() == 1) {
      return Track.THIN;
    }
    if (p.fate() == Fate.RECOGNISED && p.index() >= FIRST_FATES.size() && p.index() != firstRecognisedAfterFour()
        && plan.stream().filter(q -> q.fate() == Fate.RECOGNISED && q.index() >= FIRST_FATES.size() && q.index() < p.index()).count() % 2 == 1) {
      return Track.STRONG;
    }
    return Track.STEADY;
  }

  /**
   * Generates the set for {@code seed} and {@code size} through the use cases over {@code ports}; returns
   * what it created. Throws {@link IllegalStateException} (and writes nothing) if a use case refuses.
   */
  public static Created generate(Ports ports, Size size, long seed) {
    StoryClock clock = new StoryClock(ports.clock().now().minus(Duration.ofDays(DAYS)), ports.clock().zone());
    Ports story = withClock(ports, clock);
    DemoData data = new DemoData(Clustergov.using(story), clock, size, seed);
    Set<String> existing = new java.util.HashSet<>();
    data.gov.queries().clusters().forEach(c -> existing.add(c.name()));
    if (data.plan.stream().anyMatch(p -> existing.contains(p.clusterName()))) {
      return data.created();
    }
    return ports.unitOfWork().<Refusal, Created>run(() -> Either.right(data.run())).get();
  }

  /** The same stores over another clock: a story's days are written on the story's dates. */
  static Ports withClock(Ports ports, TimeSource clock) {
    return new Ports(ports.clusters(), ports.authorities(), ports.organizations(), ports.policyPacks(), ports.events(), clock,
        ports.ids(), ports.unitOfWork(), ports.disputes(), ports.ipAgreements(), ports.disclosures(), ports.disclosureObligations(),
        ports.ledger(), ports.feeSchedules(), ports.memberships(), ports.platforms(), ports.activities(), ports.inspections(),
        ports.selfDiscipline(), ports.sanctions(), ports.incentiveAwards(), ports.evaluators(), ports.evaluations());
  }

  /** Generates {@link Size#DEMO} from seed 2025. */
  public static Created generate(Ports ports) {
    return generate(ports, Size.DEMO, 2025L);
  }

  // ---- the plan ------------------------------------------------------------------------------

  /** One cluster of the plan: where, what industry, how its main PO ends. */
  record Planned(City city, String industry, String clusterName, int enterprises, Fate fate, int index) {}

  private final Clustergov gov;
  private final StoryClock clock;
  private final Size size;
  private final Random random;
  private final List<Planned> plan = new ArrayList<>();
  private final Map<String, String> authorityByCode = new LinkedHashMap<>();
  private final Map<String, String> evaluatorByProvince = new LinkedHashMap<>();
  private final TreeMap<Integer, List<Runnable>> schedule = new TreeMap<>();
  private int sequence;
  /**
   * The counter of the codes of what a {@link Track#STRONG} PO adds (decision 0602): from 31³, above every code the main
   * counter reaches in a run, so that those codes stay as they were.
   */
  private int ownSequence = 31 * 31 * 31;
  private final long seed;
  private final Set<String> chairs = new java.util.HashSet<>();

  private final List<String> authorities = new ArrayList<>();
  private final List<String> clusters = new ArrayList<>();
  private final List<String> organizations = new ArrayList<>();
  private final List<String> memberships = new ArrayList<>();
  private final List<String> platforms = new ArrayList<>();
  private final List<String> activities = new ArrayList<>();
  private final List<String> disclosures = new ArrayList<>();
  private final List<String> disputes = new ArrayList<>();
  private final List<String> ipAgreements = new ArrayList<>();
  private final List<String> evaluators = new ArrayList<>();
  private final List<String> evaluations = new ArrayList<>();
  private final List<String> inspections = new ArrayList<>();
  private final List<String> sanctions = new ArrayList<>();

  private DemoData(Clustergov gov, StoryClock clock, Size size, long seed) {
    this.gov = gov;
    this.clock = clock;
    this.size = size;
    this.random = new Random(seed);
    this.seed = seed;
    List<String[]> pairs = new ArrayList<>();
    int rounds = DemoNames.CITIES.stream().mapToInt(c -> c.industries().size()).max().orElse(1);
    for (int r = 0; r < rounds; r++) {
      for (City c : DemoNames.CITIES) {
        if (r < c.industries().size()) {
          pairs.add(new String[] {Integer.toString(DemoNames.CITIES.indexOf(c)), c.industries().get(r)});
        }
      }
    }
    Fate[] fates = Fate.values();
    for (int i = 0; i < size.clusters(); i++) {
      String[] pair = pairs.get(i % pairs.size());
      City city = DemoNames.CITIES.get(Integer.parseInt(pair[0]));
      int round = i / pairs.size();
      // an invented 字号 before the industry: no cluster is named as a real one (decision 0410), whatever level it draws
      String name = city.name() + "市" + DemoNames.BRANDS.get(i % DemoNames.BRANDS.size()) + pair[1] + "集群"
          + (round == 0 ? "" : "（第" + (round + 1) + "片区）");
      int draw = random.nextInt(10);
      Fate fate = i < FIRST_FATES.size() ? FIRST_FATES.get(i) : draw < 7 ? Fate.RECOGNISED : fates[1 + draw - 7];
      plan.add(new Planned(city, pair[1], name, 200 + random.nextInt(1300), fate, i));
    }
  }

  private Created created() {
    return new Created(List.copyOf(authorities), List.copyOf(clusters), List.copyOf(organizations), List.copyOf(memberships),
        List.copyOf(platforms), List.copyOf(activities), List.copyOf(disclosures), List.copyOf(disputes), List.copyOf(ipAgreements),
        List.copyOf(evaluators), List.copyOf(evaluations), List.copyOf(inspections), List.copyOf(sanctions));
  }

  /** Schedules every cluster's story on the story's days, then runs the days in order. */
  private Created run() {
    at(0, () -> {
      authority("工业和信息化部", "000000");
      for (Planned p : plan) {
        String province = authority(p.city().provinceAuthority(), p.city().provinceCode());
        authority(p.city().cityAuthority(), p.city().code());
        evaluatorByProvince.computeIfAbsent(p.city().provinceCode(), code -> evaluator(p.city(), province));
        clusters.add(ok(gov.registerCluster().handle(new RegisterCluster.Command(p.clusterName(), new RegionCode(p.city().code()), p.industry(),
            p.index() % 5 == 0 ? ClusterLevel.NATIONAL : p.index() % 5 < 3 ? ClusterLevel.PROVINCIAL : ClusterLevel.MUNICIPAL, p.enterprises()))).id().value());
      }
    });
    for (int i = 0; i < plan.size(); i++) {
      int n = i;
      // review stop 26 item 4: the POs are proposed over two months, not on consecutive days — still in the plan's order,
      // which gives the ids the README and the examples name (org-000008 the Suzhou PO)
      int n2 = plan.size();
      at(1 + i * 60 / n2 + random.nextInt(Math.max(1, 60 / n2)), () -> story(plan.get(n), clusters.get(n)));
    }
    // actions scheduled for a day may schedule more for later days, never for one that has begun
    for (var day = schedule.pollFirstEntry(); day != null; day = schedule.pollFirstEntry()) {
      clock.day(day.getKey());
      for (Runnable action : day.getValue()) {
        action.run();
      }
    }
    return created();
  }

  private void at(int day, Runnable action) {
    if (day > DAYS) {
      throw new IllegalStateException("scheduled after the story's end: day " + day);
    }
    if (clock.day >= 0 && day <= clock.day) {
      throw new IllegalStateException("scheduled on day " + day + ", which has begun");
    }
    schedule.computeIfAbsent(day, d -> new ArrayList<>()).add(action);
  }

  private LocalDate today() {
    return clock.today();
  }

  // ---- one cluster's story -------------------------------------------------------------------

  private void story(Planned p, String cluster) {
    String authority = authorityByCode.get(p.city().code());
    Set<String> companies = DemoNames.names();
    int start = clock.day;
    switch (p.fate()) {
      case RECOGNISED, SUSPENDED -> {
        // established some 25 to 44 days after the proposal, recognised 30 to 59 days after that (item 4: not a fixed 30/30)
        int established = start + 25 + random.nextInt(20);
        int recognised = established + 30 + random.nextInt(30);
        PromotionOrganization o = propose(p, cluster, authority, companies, 0);
        establishing.add(o.id().value());
        at(established, () -> {
          PromotionOrganization e = establish(o, p, companies);
          at(recognised, () -> life(p, recognise(e, authority), authority, companies));
        });
      }
      case REVOKED -> {
        int established = start + 25 + random.nextInt(20);
        int recognised = established + 30 + random.nextInt(30);
        PromotionOrganization o = propose(p, cluster, authority, companies, 0);
        establishing.add(o.id().value());
        at(established, () -> {
          PromotionOrganization e = establish(o, p, companies);
          at(recognised, () -> {
            PromotionOrganization r = recognise(e, authority);
            at(start + 420, () -> ok(gov.revokeRecognition().handle(new RevokeRecognition.Command(r.id(), OptionalLong.empty(),
                new AuthorityId(authority), "经主管部门核查，不再具备可持续服务的能力，撤销认定"))));
            // a new PO is being founded in the cluster after the revocation
            at(start + 480, () -> propose(p, cluster, authority, companies, 1));
          });
        });
      }
      case DISSOLVED -> {
        PromotionOrganization o = propose(p, cluster, authority, companies, 0);
        at(start + 90, () -> ok(gov.dissolveOrganization().handle(new DissolveOrganization.Command(o.id(), OptionalLong.empty(),
            "发起单位协商一致，终止筹建，另行申请筹建"))));
        at(start + 120, () -> {
          PromotionOrganization next = propose(p, cluster, authority, companies, 1);
          establishing.add(next.id().value());
          at(start + 150 + random.nextInt(10), () -> establish(next, p, companies));
        });
      }
    }
    if (p.fate() == Fate.RECOGNISED) {
      // other founders' POs in the same city: each in a cluster of the city's next industry, which has no recognised PO — not
      // in this cluster, whose PO is recognised (Art.2, Art.6: one PO a cluster; review item 14, decision 0627); proposed,
      // some established, none recognised. A city of one industry has no such cluster: its extra POs are dropped.
      Planned free = freeCluster(p);
      for (int k = 0; free != null && k < size.extraPerCluster(); k++) {
        int variant = 2 + k;
        int day = start + 200 + 10 * k;
        at(day, () -> {
          String freeCluster = clusterOf(free);
          PromotionOrganization extra = propose(free, freeCluster, authority, companies, variant);
          // the first cluster's is always established: the README's policy case reads its overdue annual report
          boolean established = random.nextBoolean();
          if (established || p.index() == 0 && variant == 2) {
            establishing.add(extra.id().value());
            at(day + 30, () -> establish(extra, free, companies));
          }
        });
      }
    }
  }

  /**
   * The cluster of {@code p}'s city in the industry after {@code p}'s (a municipal one, its enterprises from {@code p}'s, no
   * draw): where founders other than {@code p}'s propose their PO. Null when the city has one industry only.
   */
  private Planned freeCluster(Planned p) {
    List<String> industries = p.city().industries();
    String industry = industries.get((industries.indexOf(p.industry()) + 1) % industries.size());
    String name = p.city().name() + "市" + DemoNames.BRANDS.get((p.index() + 7) % DemoNames.BRANDS.size()) + industry + "集群";
    if (industry.equals(p.industry()) || plan.stream().anyMatch(q -> q.clusterName().equals(name))) {
      return null;
    }
    return new Planned(p.city(), industry, name, 150 + p.enterprises() % 300, p.fate(), p.index());
  }

  /** The id of {@code free}'s cluster, registered (as a municipal cluster) the first time it is asked for. */
  private String clusterOf(Planned free) {
    return freeClusters.computeIfAbsent(free.clusterName(), name -> {
      String id = ok(gov.registerCluster().handle(new RegisterCluster.Command(name, new RegionCode(free.city().code()), free.industry(),
          ClusterLevel.MUNICIPAL, free.enterprises()))).id().value();
      clusters.add(id);
      return id;
    });
  }

  private final Map<String, String> freeClusters = new LinkedHashMap<>();

  /** A recognised PO's life: convention, members, platforms, a year of services, disclosures, supervision, evaluation. */
  private void life(Planned p, PromotionOrganization po, String authority, Set<String> companies) {
    int day = clock.day;
    OrganizationId id = po.id();
    City city = p.city();
    Track track = track(p);
    // Art.24(1), Art.27: the member congress adopts a self-discipline convention
    var congress = po.governance().in(dev.clustergov.core.governance.Layer.DECISION).get(0).id();
    ok(gov.adoptSelfDisciplineMeasure().handle(new AdoptSelfDisciplineMeasure.Command(id, MeasureKind.CONVENTION,
        p.clusterName().replace("集群", "") + "产业集群自律公约", congress, null)));
    // Art.17: member units
    List<String> members = new ArrayList<>();
    String[] kinds = {"ENTERPRISE", "ENTERPRISE", "ENTERPRISE", "ENTERPRISE", "ENTERPRISE", "ENTERPRISE", "SERVICE_PROVIDER",
        "FINANCIAL_INSTITUTION", "RESEARCH_INSTITUTE", "UNIVERSITY"};
    for (int m = 0; m < size.members(); m++) {
      String kind = m == 0 ? "UNIVERSITY" : kinds[random.nextInt(kinds.length)];
      String name = switch (kind) {
        case "UNIVERSITY" -> m == 0 ? city.university() : unique(companies, city.name() + DemoNames.pick(random, DemoNames.BRANDS) + "职业技术学院");
        case "RESEARCH_INSTITUTE" -> unique(companies, city.name() + DemoNames.pick(random, DemoNames.BRANDS) + p.industry() + "研究院");
        case "FINANCIAL_INSTITUTION" -> unique(companies, DemoNames.pick(random, DemoNames.BANKS) + city.name() + "分行");
        case "SERVICE_PROVIDER" -> unique(companies, city.name() + DemoNames.pick(random, DemoNames.BRANDS) + p.industry() + "检验检测服务有限公司");
        default -> DemoNames.company(random, city, companies, p.industry());
      };
      String code = creditCode(kind.equals("UNIVERSITY") || kind.equals("RESEARCH_INSTITUTE") ? "12" : "91", city.code(),
          kind.equals("UNIVERSITY") || kind.equals("RESEARCH_INSTITUTE") ? "PD" : "MA", ++sequence);
      String member = ok(gov.admitMember().handle(new AdmitMember.Command(id, name, CreditCode.parse(code).get(), MemberKind.valueOf(kind), null))).id().value();
      memberships.add(member);
      members.add(member);
    }
    // Art.23: the PO's service base
    int platformCount = 1 + random.nextInt(2);
    for (int k = 0; k < platformCount; k++) {
      String[] kind = {"PILOT_BASE", "INNOVATION_CENTRE", "SHARED_MANUFACTURING_CENTRE"};
      String[] label = {"中试基地", "协同创新中心", "共享制造中心"};
      int which = (p.index() + k) % 3;
      platforms.add(ok(gov.registerPlatform().handle(new RegisterPlatform.Command(id, city.name() + qualifier(p) + p.industry() + label[which],
          PlatformKind.valueOf(kind[which]), k == 0 ? PlatformRole.BUILT : PlatformRole.COORDINATED, DemoNames.company(random, city, companies, p.industry()),
          null, null, null))).id().value());
    }
    if (track == Track.STRONG) {
      strong(p, id, companies, members);
    }
    // Art.11: fee standards made public, the dues charged under them every year, service fees and an appropriation
    // (review stop 26 item 4: the indicators on income and fees rest on records)
    at(day + 2, () -> fees(p, id, city, day));
    // a council change, a major matter disclosed on the website within its 30 days (Art.14)
    at(day + 10, () -> {
      String person = DemoNames.person(random, people(po));
      ok(gov.appointToBody().handle(new AppointToBody.Command(id, OptionalLong.empty(), new BodyId("council"),
          new SeatInput(new PersonId("p-vice-" + id.value()), person, SeatRole.VICE_CHAIR, List.of()))));
      // a thin record: disclosed 15 days after its 30 days (Art.14), which the evaluation's punctuality reads; so is the
      // major matter of the PO later found to have disclosed it late and ordered to rectify (review stop 27 item 1: the
      // finding names a fact its records show)
      boolean late = track == Track.THIN || p.fate() != Fate.SUSPENDED && p.index() == firstRecognisedAfterFour();
      at(day + (late ? 55 : 25), () -> discloseMajorMatters(id, site(p), "关于理事会增补副理事长的公告"));
    });
    // services on the function items: one round of all 32 within the year that the evaluation and today's assessment both
    // look back on (Art.18–24 each served in the policy's period), the rest on any item, spread over the PO's recognised life
    List<FunctionItem> items = FunctionItem.all().toJavaList();
    int first = day + 3;
    int last = DAYS - 3;
    int low = Math.max(first, DAYS - 320);
    int high = DAYS - 45;
    int round = Math.min(items.size(), size.activities());
    for (int k = 0; k < size.activities(); k++) {
      FunctionItem item = k < round ? items.get(k) : items.get(random.nextInt(items.size()));
      int held = k < round ? low + (high - low) * k / round
          : first + (int) ((long) (last - first) * (k - round) / Math.max(1, size.activities() - round));
      int n = k;
      // a thin record keeps the first activity of each function in the round (so Art.18–24 are each served in the year)
      boolean kept = track != Track.THIN || k < round && (k == 0 || items.get(k - 1).function() != item.function());
      at(held, () -> activity(p, id, item, members, n, kept, track != Track.THIN));
    }
    // annual reports for every year the PO existed, by 20 April of the year after (due 31 May)
    // from the year the PO was established (review stop 26 item 4: a PO established in December owes that year's report too)
    for (int year = po.establishedOn().orElse(today()).getYear(); ; year++) {
      int publishDay = dayOf(LocalDate.of(year + 1, 4, 20));
      if (publishDay > DAYS) {
        break;
      }
      if (track == Track.THIN) {
        // a thin record: published on 25 June, after the 31 May it was due by; by the story's end when that is later
        int due = dayOf(LocalDate.of(year + 1, 5, 31));
        publishDay = due >= DAYS ? publishDay : Math.min(DAYS, dayOf(LocalDate.of(year + 1, 6, 25)));
      }
      int reportYear = year;
      at(Math.max(day + 1, publishDay), () -> disclosures.add(ok(gov.publishDisclosure().handle(new PublishDisclosure.Command(id,
          DisclosureKind.ANNUAL_REPORT, reportYear, null, today(), ChannelKind.WEBSITE, site(p) + "/xxgk/ndbg/" + reportYear,
          reportYear + "年度工作报告"))).id().value()));
    }
    // Art.15: a dispute between members, consulted and settled
    if (p.index() % 4 == 0 && members.size() >= 3) {
      at(day + 120, () -> dispute(po, members));
    }
    if (track == Track.THIN && members.size() >= 3) {
      at(day + 150, () -> disputeLeftOpen(po));
    }
    // Art.16: an IP agreement among the government, the PO and a partner
    if (p.index() % 3 == 0) {
      at(day + 90, () -> ipAgreement(p, po));
    }
    // Art.25–26: an inspection, its finding rectified in time
    if (p.index() % 3 == 1) {
      at(day + 200, () -> inspection(po, authority));
    }
    // Art.28: evaluation of the year by the province's independent evaluator, engaged by the PO's own authority for a year
    // (decision 0380) — so that it still reads the PO when the story ends
    // item 4: evaluated on different days (40 to 54 days before the story's end), not all on one
    // the PO under a rectification order is evaluated after the order (its finding then overdue, the order in force): its
    // rating is withheld (未评定等级, Art.25, Art.29) — the draw made as before, so that the rest of the set stays as it was
    int evaluated = DAYS - 40 - random.nextInt(15);
    boolean withheld = p.fate() == Fate.RECOGNISED && p.index() == firstRecognisedAfterFour() && p.index() >= FIRST_FATES.size();
    // review stop 27 item 13: engaged 3 to 5 weeks before it evaluates, not on the day (the draw from the PO's index, so that
    // the seeded stream stays as it was)
    int evaluatedOn = withheld ? DAYS - 15 : evaluated;
    at(evaluatedOn - 21 - 7 * (p.index() % 3), () -> ok(gov.engageEvaluator().handle(new EngageEvaluator.Command(
        new EvaluatorId(evaluatorByProvince.get(city.provinceCode())), id, OptionalLong.empty(), null, today().plusYears(1)))));
    at(evaluatedOn, () -> {
      evaluations.add(ok(gov.recordEvaluation().handle(new RecordEvaluation.Command(
          new EvaluatorId(evaluatorByProvince.get(city.provinceCode())), id, null))).id().value());
    });
    if (p.fate() == Fate.SUSPENDED) {
      // review stop 26 item 1: the suspension rests on a finding left unrectified past its deadline (Art.25), which the
      // records hold, not on the evaluation (which the PO passed)
      at(DAYS - 75, () -> {
        AuthorityId by = new AuthorityId(authority);
        Inspection opened = ok(gov.openInspection().handle(new OpenInspection.Command(id, by, today().getYear() + "年度专项监督检查", null)));
        inspections.add(opened.id().value());
        ok(gov.recordInspectionFinding().handle(new RecordInspectionFinding.Command(id, opened.id(), OptionalLong.empty(), by,
            Citation.of("Art.9"), Demo.art9Finding(inspections.size()).get(0), today().plusDays(30), null)));
      });
      at(DAYS - 30, () -> ok(gov.suspendOrganization().handle(new SuspendOrganization.Command(id, OptionalLong.empty(),
          new AuthorityId(authority), Demo.SUSPENSION_REASON))));
    } else if (p.index() == firstRecognisedAfterFour()) {
      // Art.25–26: an inspection finding left unrectified past its day (A25-rectification-overdue, the one blocking finding
      // the set means to have), and Art.29: the rectification order that follows it, in force at the story's end
      at(DAYS - 60, () -> {
        AuthorityId by = new AuthorityId(authority);
        Inspection opened = ok(gov.openInspection().handle(new OpenInspection.Command(id, by, today().getYear() + "年度专项监督检查", null)));
        inspections.add(opened.id().value());
        ok(gov.recordInspectionFinding().handle(new RecordInspectionFinding.Command(id, opened.id(), OptionalLong.empty(), by,
            Citation.of("Art.14"), "理事会增补副理事长的重大事项未按期披露", today().plusDays(30), null)));
      });
      at(DAYS - 20, () -> sanctions.add(ok(gov.imposeSanction().handle(new ImposeSanction.Command(id, OptionalLong.empty(),
          new AuthorityId(authority), SanctionKind.RECTIFICATION_ORDER, List.of(Citation.of("Art.14"), Citation.of("Art.25")),
          "检查发现问题逾期未整改，责令限期整改", today().plusDays(30), null))).id().value()));
    }
  }

  /** Suppliers a strong record adds (beyond the size's members) up to this many member units: Art.17's threshold is 20. */
  static final int STRONG_MEMBERS = 24;

  /** What follows the industry in a supplier's name: never what {@link DemoNames#company} writes there. */
  private static final List<String> SUPPLIER_TRADES = List.of("供应链管理", "工程技术", "应用技术", "精密部件", "配套服务");

  /**
   * A strong record (decision 0602): the cluster's suppliers join as member units today, up to {@link #STRONG_MEMBERS}, and
   * take part, with members of the roll, in a talent fair (Art.23(3)), a technology roadshow (Art.21(3)) and a supply-chain
   * matchmaking (Art.19(1)) in the year its evaluation reads, with outcomes on Art.29's four metrics. Drawn from a stream of
   * its own (seeded by the seed and the cluster) and coded from a counter of its own, so that the rest of the seeded set —
   * names, codes, amounts — stays as it was.
   */
  private void strong(Planned p, OrganizationId id, Set<String> companies, List<String> members) {
    Random own = new Random(seed * 31 + p.index());
    City city = p.city();
    Set<String> taken = new java.util.HashSet<>(companies);
    List<String> suppliers = new ArrayList<>();
    for (int m = members.size(); m < STRONG_MEMBERS; m++) {
      String name;
      do {
        int form = own.nextInt(10);
        name = city.name() + DemoNames.pick(own, DemoNames.BRANDS) + p.industry() + DemoNames.pick(own, SUPPLIER_TRADES)
            + (form < 8 ? "有限公司" : "股份有限公司");
      } while (!taken.add(name));
      String code = creditCode("91", city.code(), "MA", ++ownSequence);
      String member = ok(gov.admitMember().handle(new AdmitMember.Command(id, name, CreditCode.parse(code).get(), MemberKind.ENTERPRISE,
          null))).id().value();
      memberships.add(member);
      suppliers.add(member);
    }
    List<String> roll = new ArrayList<>(members);
    roll.addAll(suppliers);
    String series = city.name() + qualifier(p) + p.industry();
    strongActivity(p, id, own, roll, DAYS - 110, FunctionItem.parse("Art.23(3)").get(), series + "高层次人才培育对接会",
        new RecordServiceActivity.OutcomesInput(money(0), money(0), money(0),
            Map.of(TalentLevel.HIGH_LEVEL, 2 + own.nextInt(3), TalentLevel.GENERAL, 16 + own.nextInt(10))));
    strongActivity(p, id, own, roll, DAYS - 95, FunctionItem.parse("Art.21(3)").get(), series + "科技成果转化路演",
        new RecordServiceActivity.OutcomesInput(money(5_000_000 + 100_000 * own.nextInt(50)), money(16_000_000 + 100_000 * own.nextInt(100)),
            money(0), Map.of()));
    strongActivity(p, id, own, roll, DAYS - 80, FunctionItem.parse("Art.19(1)").get(), series + "产业链供需对接会",
        new RecordServiceActivity.OutcomesInput(money(30_000_000 + 100_000 * own.nextInt(200)), money(0),
            money(32_000_000 + 100_000 * own.nextInt(300)), Map.of()));
  }

  /** Schedules, on {@code day}, an activity of a strong record: {@code title}'s first session, ten of {@code roll} taking part. */
  private void strongActivity(Planned p, OrganizationId id, Random own, List<String> roll, int day, FunctionItem item, String title,
      RecordServiceActivity.OutcomesInput outcomes) {
    List<String> shuffled = new ArrayList<>(roll);
    Collections.shuffle(shuffled, own);
    List<MembershipId> participants = shuffled.subList(0, Math.min(10, shuffled.size())).stream().sorted().map(MembershipId::new).toList();
    List<String> outsiders = List.of(p.city().name() + qualifier(p) + "人力资源服务有限公司", DemoNames.pick(own, DemoNames.BANKS) + p.city().name() + "分行");
    at(day, () -> activities.add(ok(gov.recordServiceActivity().handle(new RecordServiceActivity.Command(id, item,
        title + "（第" + held.merge(id.value() + title, 1, Integer::sum) + "期）", null, Delivery.DIRECT, participants, outsiders, null, null,
        outcomes))).id().value()));
  }

  /**
   * A thin record's dispute (Art.15): raised by a member unit against another and left without a consultation past the
   * policy's days, which the evaluation's disputes-handled indicator reads.
   */
  private void disputeLeftOpen(PromotionOrganization po) {
    List<dev.clustergov.core.operation.Membership> roll = ok(gov.queries().memberships(po.id()));
    String a = roll.get(2).name();
    String b = roll.get(1).name();
    disputes.add(ok(gov.raiseDispute().handle(new RaiseDispute.Command(po.id(), "配套零部件货款结算争议", List.of(a, b), a,
        Capacity.MEMBER, null))).id().value());
  }

  /**
   * Who pays a PO's appropriation in the demo: a description that names no real office (review stop 27 item 12: no real
   * 财政局 pays an invented PO).
   */
  static final String APPROPRIATION = "市级先进制造业集群发展专项资金";

  /** Publishes the PO's dues and service-fee standards today, and schedules its charges and income under them. */
  private void fees(Planned p, OrganizationId id, City city, int recognised) {
    var dues = ok(gov.publishFeeSchedule().handle(new dev.clustergov.core.application.management.PublishFeeSchedule.Command(id, null,
        OptionalLong.empty(), dev.clustergov.core.finance.FeeKind.DUES, "会费标准", today(), site(p) + "/xxgk/sfbz/hf", List.of(
            new dev.clustergov.core.application.management.PublishFeeSchedule.ItemInput("DUES-COUNCIL", "理事单位会费",
                dev.clustergov.core.application.management.PublishFeeSchedule.Pricing.FIXED, money(20_000), null, null, null),
            new dev.clustergov.core.application.management.PublishFeeSchedule.ItemInput("DUES-MEMBER", "成员单位会费",
                dev.clustergov.core.application.management.PublishFeeSchedule.Pricing.FIXED, money(5_000), null, null, null)))));
    var services = ok(gov.publishFeeSchedule().handle(new dev.clustergov.core.application.management.PublishFeeSchedule.Command(id, null,
        OptionalLong.empty(), dev.clustergov.core.finance.FeeKind.SERVICE_FEES, "服务收费标准", today(), site(p) + "/xxgk/sfbz/fw", List.of(
            new dev.clustergov.core.application.management.PublishFeeSchedule.ItemInput("SVC-TEST", "中试验证服务费",
                dev.clustergov.core.application.management.PublishFeeSchedule.Pricing.RANGE, null, money(2_000), money(20_000), null)))));
    for (int year = 0; recognised + 5 + 365 * year <= DAYS - 5; year++) {
      at(recognised + 5 + 365 * year, () -> {
        var roll = ok(gov.queries().memberships(id));
        for (int m = 0; m < roll.size(); m++) {
          boolean council = m < 2;
          ok(gov.recordCharge().handle(new dev.clustergov.core.application.management.RecordCharge.Command(id, dues.id(),
              council ? "DUES-COUNCIL" : "DUES-MEMBER", null, money(council ? 20_000 : 5_000), today(), roll.get(m).name())));
        }
      });
    }
    at(recognised + 40, () -> {
      var roll = ok(gov.queries().memberships(id));
      ok(gov.recordCharge().handle(new dev.clustergov.core.application.management.RecordCharge.Command(id, services.id(), "SVC-TEST",
          null, money(2_000 + 1_000 * random.nextInt(18)), today(), roll.get(roll.size() - 1).name())));
      ok(gov.recordIncome().handle(new dev.clustergov.core.application.management.RecordIncome.Command(id, IncomeKind.GOVERNMENT_APPROPRIATION,
          money(100_000 * (1 + random.nextInt(5))), today(), APPROPRIATION)));
    });
  }

  /** The cluster's invented qualifier (字号), as in its name (decision 0410). */
  private static String qualifier(Planned p) {
    return DemoNames.BRANDS.get(p.index() % DemoNames.BRANDS.size());
  }

  /** The index of the recognised cluster whose PO gets the sanction: the first past the four fixed fates, else the first. */
  private int firstRecognisedAfterFour() {
    return plan.stream().filter(q -> q.fate() == Fate.RECOGNISED && q.index() >= FIRST_FATES.size()).mapToInt(Planned::index)
        .findFirst().orElse(0);
  }

  /**
   * Draws an activity of {@code item}; records it when {@code kept}, with its outcomes when {@code outcomes}. Every draw is made
   * either way, so that the rest of the seeded set stays as it was (decision 0602).
   */
  private void activity(Planned p, OrganizationId id, FunctionItem item, List<String> members, int n, boolean kept, boolean withOutcomes) {
    String citation = item.citation().format();
    boolean brokered = citation.equals("Art.23(2)") || random.nextInt(4) == 0;
    List<String> participants = new ArrayList<>();
    int count = 1 + random.nextInt(Math.min(4, members.size()));
    List<String> shuffled = new ArrayList<>(members);
    Collections.shuffle(shuffled, random);
    participants.addAll(shuffled.subList(0, count));
    participants.sort(Comparator.naturalOrder());
    String[] outside = {p.city().name() + "市" + p.industry() + "技术转移服务中心", p.city().name() + "辰屹" + p.industry() + "研究院",
        p.city().name() + "泓曜检验检测技术有限公司", DemoNames.pick(random, DemoNames.BANKS) + p.city().name() + "分行",
        p.city().name() + "铭岳创业投资有限公司"};
    List<String> outsiders = random.nextInt(3) == 0 ? List.of() : List.of(outside[random.nextInt(outside.length)]);
    Map<TalentLevel, Integer> talents = new TreeMap<>();
    if (random.nextInt(3) == 0) {
      talents.put(random.nextInt(4) == 0 ? TalentLevel.HIGH_LEVEL : TalentLevel.GENERAL, 1 + random.nextInt(3));
    }
    var outcomes = new RecordServiceActivity.OutcomesInput(money(random.nextInt(3) == 0 ? 0 : 500_000 + random.nextInt(4_500_000)),
        money(random.nextInt(2) == 0 ? 0 : 100_000 + random.nextInt(1_900_000)),
        money(random.nextInt(2) == 0 ? 0 : 200_000 + random.nextInt(3_800_000)), talents);
    if (!kept) {
      return;
    }
    if (!withOutcomes) {
      outcomes = new RecordServiceActivity.OutcomesInput(money(0), money(0), money(0), Map.of());
    }
    activities.add(ok(gov.recordServiceActivity().handle(new RecordServiceActivity.Command(id, item, title(p, id, item, n), null,
        brokered ? Delivery.BROKERED : Delivery.DIRECT, participants.stream().map(MembershipId::new).toList(), outsiders, null, null,
        outcomes))).id().value());
  }

  /**
   * The titles of the services filed under each function item (Art.18–24), written for what the item says (review stop 27
   * item 9: a 供需对接会 under Art.19(1), a 招聘会 under none, a training under Art.23(3) or (5)); a PO's activities under an
   * item take them in turn.
   */
  static final Map<String, List<String>> TITLES = Map.ofEntries(
      Map.entry("Art.18(1)", List.of("国内外产业发展形势分析会", "行业共性问题研判会")),
      Map.entry("Art.18(2)", List.of("集群发展战略咨询会", "集群培育方案编制研讨会")),
      Map.entry("Art.18(3)", List.of("集群品牌建设推进会", "新业态新模式交流会")),
      Map.entry("Art.18(4)", List.of("产业空间布局规划研讨会", "产业功能定位论证会")),
      Map.entry("Art.18(5)", List.of("集群发展行动计划编制会", "产业发展路径图发布会")),
      Map.entry("Art.19(1)", List.of("供需对接会", "成员单位信息交流会")),
      Map.entry("Art.19(2)", List.of("成员单位互利合作座谈会", "产业链上下游协调会")),
      Map.entry("Art.19(3)", List.of("集群内外单位交流会", "跨集群沟通联席会")),
      Map.entry("Art.19(4)", List.of("企业问诊把脉活动", "集群发展策略建议座谈会")),
      Map.entry("Art.19(5)", List.of("市场调研报告发布会", "产业风险预警通报会")),
      Map.entry("Art.20(1)", List.of("集群运行监测分析会", "集群发展问题反馈座谈会")),
      Map.entry("Art.20(2)", List.of("惠企政策宣讲会", "政策法规落实推进会")),
      Map.entry("Art.20(3)", List.of("成员单位诉求收集座谈会", "政企对接座谈会")),
      Map.entry("Art.20(4)", List.of("产业专题推介会", "集群发展主题活动")),
      Map.entry("Art.20(5)", List.of("产业政策研讨会", "政策建议论证会")),
      Map.entry("Art.21(1)", List.of("关键技术攻关研讨会", "产业前沿技术合作对接会")),
      Map.entry("Art.21(2)", List.of("产学研创新平台共建对接会", "科研成果共享交流会")),
      Map.entry("Art.21(3)", List.of("科技成果转化路演", "检验检测认证服务对接会")),
      Map.entry("Art.21(4)", List.of("知识产权保护工作交流会", "协同创新网络建设推进会")),
      Map.entry("Art.22(1)", List.of("国际集群交流对接会", "全球创新资源对接会")),
      Map.entry("Art.22(2)", List.of("组团参加行业展览会", "创新创业大赛")),
      Map.entry("Art.22(3)", List.of("产品推广会", "技术交流会")),
      Map.entry("Art.22(4)", List.of("联合参展活动", "对外考察交流活动")),
      Map.entry("Art.22(5)", List.of("国内外市场开拓对接会", "海外市场拓展对接会")),
      Map.entry("Art.23(1)", List.of("政策解读会", "产业咨询服务日")),
      Map.entry("Art.23(2)", List.of("投融资对接会", "创业孵化对接会")),
      Map.entry("Art.23(3)", List.of("经营管理能力提升培训班", "技术技能培训班", "高层次人才培育对接会")),
      Map.entry("Art.23(4)", List.of("企业管理经验交流会", "集群发展白皮书发布会")),
      Map.entry("Art.23(5)", List.of("校企联合定制化课程培训", "专业课程培训班")),
      Map.entry("Art.24(1)", List.of("行业自律公约宣贯会", "诚信经营倡议活动")),
      Map.entry("Art.24(2)", List.of("公平竞争环境维护座谈会", "公共服务供给协调会")),
      Map.entry("Art.24(3)", List.of("集群成员联合行动协调会", "集群发展障碍专题协调会")));

  /** How many of each series a PO has held so far, so that a series is numbered from 第1期 in date order (review item 9). */
  private final Map<String, Integer> held = new java.util.HashMap<>();

  private String title(Planned p, OrganizationId id, FunctionItem item, int n) {
    List<String> options = TITLES.get(item.citation().format());
    String series = p.city().name() + qualifier(p) + p.industry() + options.get(n % options.size());
    return series + "（第" + held.merge(id.value() + series, 1, Integer::sum) + "期）";
  }

  private void dispute(PromotionOrganization po, List<String> members) {
    List<dev.clustergov.core.operation.Membership> roll = ok(gov.queries().memberships(po.id()));
    String a = roll.get(1).name();
    String b = roll.get(2).name();
    var d = ok(gov.raiseDispute().handle(new RaiseDispute.Command(po.id(), "共享中试线使用时段和费用分摊问题", List.of(a, b), a,
        Capacity.MEMBER, null)));
    disputes.add(d.id().value());
    String secretary = po.governance().in(dev.clustergov.core.governance.Layer.EXECUTION).get(0).seats().get(0).person().name();
    int day = clock.day;
    at(day + 3, () -> {
      var opened = ok(gov.recordDisputeStep().handle(new RecordDisputeStep.Command(po.id(), d.id(), OptionalLong.empty(),
          StepKind.CONSULTATION_OPENED, null, secretary, Capacity.SECRETARIAT, null, "召开成员协商会")));
      at(day + 12, () -> ok(gov.recordDisputeStep().handle(new RecordDisputeStep.Command(po.id(), opened.id(),
          OptionalLong.empty(), StepKind.RESOLVED_BY_CONSULTATION, null, secretary, Capacity.SECRETARIAT, null, "双方同意按使用时长分摊费用"))));
    });
  }

  private void ipAgreement(Planned p, PromotionOrganization po) {
    String government = p.city().name() + "市" + qualifier(p) + p.industry() + "产业园管理委员会"; // invented: the cluster's qualifier
    String partner = p.city().university();
    Map<String, BigDecimal> shares = new LinkedHashMap<>();
    shares.put(government, new BigDecimal("20"));
    shares.put(po.name(), new BigDecimal("30"));
    shares.put(partner, new BigDecimal("50"));
    TermsInput terms = new TermsInput(
        List.of(new TermsInput.PartyInput(government, PartyKind.GOVERNMENT), new TermsInput.PartyInput(po.name(), PartyKind.PROMOTION_ORGANIZATION),
            new TermsInput.PartyInput(partner, PartyKind.PARTNER)),
        Map.of(IpActivity.CREATION, List.of(partner, po.name()), IpActivity.PROTECTION, List.of(po.name()), IpActivity.UTILISATION, List.of(government, partner)),
        List.of(new TermsInput.OwnershipInput("联合攻关形成的发明专利", List.of(partner, po.name()))),
        List.of(new TermsInput.UseRightInput(government, "公益性推广使用")), shares);
    var draft = ok(gov.draftIpAgreement().handle(new DraftIpAgreement.Command(po.id(), p.industry() + "共性技术联合攻关知识产权管理协议", terms)));
    ipAgreements.add(draft.id().value());
    int day = clock.day;
    at(day + 5, () -> ok(gov.signIpAgreement().handle(new SignIpAgreement.Command(po.id(), draft.id(), OptionalLong.empty(),
        government, "分管副主任", null))));
    at(day + 7, () -> ok(gov.signIpAgreement().handle(new SignIpAgreement.Command(po.id(), draft.id(), OptionalLong.empty(),
        po.name(), "秘书长", null))));
    at(day + 12, () -> ok(gov.signIpAgreement().handle(new SignIpAgreement.Command(po.id(), draft.id(), OptionalLong.empty(),
        partner, "科学技术研究院院长", null))));
  }

  private void inspection(PromotionOrganization po, String authority) {
    AuthorityId by = new AuthorityId(authority);
    Inspection opened = ok(gov.openInspection().handle(new OpenInspection.Command(po.id(), by, today().getYear() + "年度事中事后监督检查", null)));
    inspections.add(opened.id().value());
    ok(gov.recordInspectionFinding().handle(new RecordInspectionFinding.Command(po.id(), opened.id(), OptionalLong.empty(), by,
        Citation.of("Art.9"), Demo.art9Finding(inspections.size()).get(0), today().plusDays(30), null)));
    String rectified = Demo.art9Finding(inspections.size()).get(1);
    at(clock.day + 21, () -> ok(gov.rectifyFinding().handle(new RectifyFinding.Command(po.id(), opened.id(), 1,
        OptionalLong.empty(), by, null, rectified, "整改报告〔" + today().getYear() + "〕" + (1 + random.nextInt(9)) + "号"))));
  }

  /** Publishes, on the website, every major-matter obligation of the PO still open today. */
  private void discloseMajorMatters(OrganizationId id, String site, String title) {
    for (DisclosureObligation o : ok(gov.queries().disclosureObligations(id))) {
      if (o.openOn(today())) {
        disclosures.add(ok(gov.publishDisclosure().handle(new PublishDisclosure.Command(id, DisclosureKind.MAJOR_MATTER, null, o.id(),
            today(), ChannelKind.WEBSITE, site + "/xxgk/zdsx/" + today().toString().replace("-", ""), title))).id().value());
      }
    }
  }

  // ---- registry entries ----------------------------------------------------------------------

  private String authority(String name, String code) {
    return authorityByCode.computeIfAbsent(code, c -> gov.queries().authorities().stream()
        .filter(a -> a.jurisdiction().value().equals(c)).map(a -> a.id().value()).findFirst().orElseGet(() -> {
          String id = ok(gov.registerAuthority().handle(new RegisterAuthority.Command(name, new RegionCode(c)))).id().value();
          authorities.add(id);
          return id;
        }));
  }

  private String evaluator(City city, String province) {
    String name = city.province() + DemoNames.pick(random, DemoNames.BRANDS) + "产业发展评价咨询有限公司";
    String id = ok(gov.registerEvaluator().handle(new RegisterEvaluator.Command(new AuthorityId(province), name,
        CreditCode.parse(creditCode("91", city.provinceCode(), "MA", ++sequence)).get(), null, null))).id().value();
    evaluators.add(id);
    return id;
  }

  private static final String[] SUFFIXES = {"产业集群促进会", "产业集群发展促进中心", "产业集群发展联合会", "产业集群创新发展促进会",
      "产业集群服务中心"};

  /**
   * The type a name fits: a 社会团体 is named 促进会, 协会 or 联合会; a 中心 is a 社会服务机构 (民办非企业单位), as the
   * civil-affairs naming rules have it (decision 0410).
   */
  static OrganizationKind kindOf(String name) {
    return name.replaceFirst("（\\d+）$", "").endsWith("中心") ? OrganizationKind.SOCIAL_SERVICE_AGENCY : OrganizationKind.SOCIAL_GROUP;
  }

  /**
   * Proposes a PO with its charter adopted that day, no Party organisation and its systems still drafts; some 5 to 14 days
   * later its 临时党支部 is set up and, on the 20th day, its systems adopted and filed by an amendment of the application
   * (review stop 26 item 10: nothing of a PO is dated before it was proposed).
   */
  private PromotionOrganization propose(Planned p, String cluster, String authority, Set<String> companies, int variant) {
    FoundingApplication whole = application(p, cluster, authority, companies, variant);
    FoundingApplication proposed = new FoundingApplication(whole.name(), whole.cluster(), whole.authority(), whole.guidingBody(),
        whole.founders(), whole.type(), whole.creditCode(), whole.charter(), null, whole.officeAddress(), whole.equipment(),
        whole.registeredCapital(), whole.staff(), List.of(), whole.incomeSources(), whole.bankAccount(), whole.governance(),
        whole.legalRepresentative());
    PromotionOrganization o = ok(gov.proposeOrganization().handle(new ProposeOrganization.Command(proposed)));
    organizations.add(o.id().value());
    // review stop 27 item 6: a 临时党支部 only while the PO is being founded; one the story establishes files its 党支部
    at(clock.day + 20, () -> ok(gov.amendFoundingApplication().handle(new dev.clustergov.core.application.establishment.AmendFoundingApplication.Command(
        o.id(), OptionalLong.empty(), establishing.contains(o.id().value()) ? withBranch(whole) : whole))));
    return o;
  }

  /** The POs the story establishes, marked when that is decided: their Party organisation is a 党支部, not a 临时党支部. */
  private final Set<String> establishing = new java.util.HashSet<>();

  /** {@code a} with its Party organisation named the PO's 党支部 (an established PO's), set up on the same day. */
  private static FoundingApplication withBranch(FoundingApplication a) {
    return new FoundingApplication(a.name(), a.cluster(), a.authority(), a.guidingBody(), a.founders(), a.type(), a.creditCode(),
        a.charter(), new PartyInput(a.partyOrganization().form(), a.name() + "党支部", a.partyOrganization().setUpOn()),
        a.officeAddress(), a.equipment(), a.registeredCapital(), a.staff(), a.managementSystems(), a.incomeSources(),
        a.bankAccount(), a.governance(), a.legalRepresentative());
  }

  /**
   * GB 32100-2015's first two characters for a PO registered by civil affairs (民政, 5): 51 a 社会团体, 52 a 社会服务机构.
   * {@code unused} is the draw the seeded stream has always made here, kept so that the rest of the set stays as it was.
   */
  static String civilAffairsType(PromotionOrganization o, boolean unused) {
    return o.type().map(t -> t.kind() == OrganizationKind.SOCIAL_SERVICE_AGENCY).orElse(false) ? "52" : "51";
  }

  /**
   * Establishes {@code o} today and admits its founders as its first member units on that day, the founding day (review item
   * 19, decision 0627): the leading enterprise under its own code, the research institute (a public institution, 12) and the
   * social group (51) coded from the counter of their own (no draw). Their names join {@code companies}, so no later member
   * unit is named as one of them.
   */
  private PromotionOrganization establish(PromotionOrganization o, Planned p, Set<String> companies) {
    PromotionOrganization e = ok(gov.establishOrganization().handle(new EstablishOrganization.Command(o.id(), OptionalLong.empty(),
        CreditCode.parse(creditCode(civilAffairsType(o, random.nextBoolean()), p.city().code(), "MJ", ++sequence)).get())));
    for (dev.clustergov.core.organization.Founder f : e.founders()) {
      MemberKind kind = switch (f.kind()) {
        case RESEARCH_INSTITUTION -> MemberKind.RESEARCH_INSTITUTE;
        case SOCIAL_GROUP -> MemberKind.SOCIAL_GROUP;
        default -> MemberKind.ENTERPRISE;
      };
      CreditCode code = f.creditCode().orElseGet(() -> CreditCode.parse(kind == MemberKind.RESEARCH_INSTITUTE
          ? creditCode("12", p.city().code(), "PD", ++ownSequence) : creditCode(kind == MemberKind.SOCIAL_GROUP ? "51" : "91",
          p.city().code(), "MA", ++ownSequence)).get());
      companies.add(f.name());
      memberships.add(ok(gov.admitMember().handle(new AdmitMember.Command(e.id(), f.name(), code, kind, null))).id().value());
    }
    return e;
  }

  private PromotionOrganization recognise(PromotionOrganization o, String authority) {
    return ok(gov.recogniseOrganization().handle(new RecogniseOrganization.Command(o.id(), OptionalLong.empty(),
        new AuthorityId(authority))));
  }

  /** A complete founding application (Art.7–8) for a PO of the planned cluster. */
  private FoundingApplication application(Planned p, String cluster, String authority, Set<String> companies, int variant) {
    City city = p.city();
    String name = city.name() + "市" + p.clusterName().substring(city.name().length() + 1).replace("集群", "")
        .replaceFirst("（", "").replaceFirst("）", "") + SUFFIXES[variant % SUFFIXES.length]
        + (variant < SUFFIXES.length ? "" : "（" + (variant / SUFFIXES.length + 1) + "）");
    String leader = DemoNames.company(random, city, companies, p.industry());
    // the 字号 follows from the city and industry rather than from a draw, so the seeded stream stays as it was
    String institute = city.name() + DemoNames.BRANDS.get(Math.floorMod((city.name() + p.industry()).hashCode(), DemoNames.BRANDS.size()))
        + p.industry() + "研究院";
    String association = city.name() + "市" + p.industry() + "产业链企业联合会";
    Set<String> people = DemoNames.names();
    List<StaffInput> staff = new ArrayList<>();
    StaffCategory[] categories = {StaffCategory.PROFESSIONAL_TECHNICAL, StaffCategory.MANAGEMENT, StaffCategory.AUXILIARY};
    int headcount = p.enterprises() > 1000 ? 16 : 12;
    for (int i = 0; i < headcount; i++) {
      // a thin record: every third post filled by direct appointment, not in the open (Art.13)
      staff.add(new StaffInput(new PersonId("s-" + (i + 1)), DemoNames.person(random, people), categories[i % 3],
          variant == 0 && track(p) == Track.THIN && i % 3 == 2 ? Recruitment.DIRECT_APPOINTMENT : Recruitment.OPEN_RECRUITMENT));
    }
    // review stop 26 item 2: no one is the legal representative of two POs
    String chair = DemoNames.person(random, people);
    while (!chairs.add(chair)) {
      chair = DemoNames.person(random, people);
    }
    // the charter adopted on the day of the proposal, the 临时党支部 set up 5 to 14 days later, the systems on the 20th day
    LocalDate adopted = today().plusDays(5 + random.nextInt(40) % 10);
    LocalDate charterOn = today();
    LocalDate on = today().plusDays(20);
    String bank = DemoNames.pick(random, DemoNames.BANKS);
    StringBuilder account = new StringBuilder(city.code());
    while (account.length() < 19) {
      account.append(random.nextInt(10));
    }
    return new FoundingApplication(name, new ClusterId(cluster), new AuthorityId(authority), city.name() + "市人民政府",
        List.of(new FounderInput(leader, FounderKind.LEADING_ENTERPRISE, CreditCode.parse(creditCode("91", city.code(), "MA", ++sequence)).get()),
            new FounderInput(institute, FounderKind.RESEARCH_INSTITUTION, null), new FounderInput(association, FounderKind.SOCIAL_GROUP, null)),
        new TypeInput(kindOf(name), List.of()), null,
        new CharterInput(charterOn, List.of("产业研究与规划咨询", "技术创新协同服务", "会展与对外交流", "人才培训"), List.of(leader, institute, association)),
        new PartyInput(PartyOrganizationForm.BRANCH, name + "临时党支部", adopted),
        city.name() + "市高新区" + DemoNames.pick(random, DemoNames.ROADS) + "路" + (1 + random.nextInt(999)) + "号",
        List.of("办公电脑", "会议系统", "展示中心"), Money.yuan(500_000 + 100_000 * random.nextInt(6) + ".00"), staff,
        List.of(new SystemInput(ManagementSystemKind.PERSONNEL, "人事管理制度", on), new SystemInput(ManagementSystemKind.FINANCIAL, "财务管理制度", on),
            new SystemInput(ManagementSystemKind.ARCHIVES, "档案管理制度", on), new SystemInput(ManagementSystemKind.ADMINISTRATIVE, "行政管理制度", on),
            new SystemInput(ManagementSystemKind.BUSINESS, "业务管理制度", on), new SystemInput(ManagementSystemKind.CONFIDENTIALITY_SECURITY, "保密安全管理制度", on),
            new SystemInput(ManagementSystemKind.DISPUTE_RESOLUTION, "民主协商和内部矛盾调解制度", on),
            new SystemInput(ManagementSystemKind.IP_MANAGEMENT, "“共建共享”知识产权管理制度", on)),
        List.of(IncomeKind.MEMBERSHIP_DUES, IncomeKind.SERVICE_INCOME, IncomeKind.GOVERNMENT_APPROPRIATION),
        new BankInput(name, account.toString(), bank + city.name() + "分行"),
        List.of(
            new BodyInput(new BodyId("assembly"), Layer.DECISION, BodyForm.MEMBER_CONGRESS, "成员大会",
                List.of(seat("p-chair", chair, SeatRole.CHAIR), seat("p-m1", DemoNames.person(random, people), SeatRole.MEMBER))),
            new BodyInput(new BodyId("supervisors"), Layer.SUPERVISION, BodyForm.BOARD_OF_SUPERVISORS, "监事会",
                List.of(seat("p-sup", DemoNames.person(random, people), SeatRole.CHAIR))),
            new BodyInput(new BodyId("council"), Layer.MANAGEMENT, BodyForm.COUNCIL, "理事会",
                List.of(seat("p-chair", chair, SeatRole.CHAIR), seat("p-m2", DemoNames.person(random, people), SeatRole.MEMBER))),
            new BodyInput(new BodyId("secretariat"), Layer.EXECUTION, BodyForm.SECRETARIAT, "秘书处",
                List.of(seat("p-sg", DemoNames.person(random, people), SeatRole.SECRETARY_GENERAL))),
            new BodyInput(new BodyId("experts"), Layer.ADVISORY, BodyForm.EXPERT_COMMITTEE, "专家委员会",
                List.of(new SeatInput(new PersonId("p-e1"), DemoNames.person(random, people), SeatRole.EXPERT, List.of(ExpertField.TECHNOLOGY)),
                    new SeatInput(new PersonId("p-e2"), DemoNames.person(random, people), SeatRole.EXPERT, List.of(ExpertField.SERVICES)),
                    new SeatInput(new PersonId("p-e3"), DemoNames.person(random, people), SeatRole.EXPERT, List.of(ExpertField.INDUSTRY_MANAGEMENT))))),
        // the chair of the council is the legal representative (法定代表人), as a social group's charter usually names
        new FoundingApplication.PersonInput(new PersonId("p-chair"), chair));
  }

  private static SeatInput seat(String id, String name, SeatRole role) {
    return new SeatInput(new PersonId(id), name, role, List.of());
  }

  /** The names of everyone already in the PO's bodies, so a new appointee is someone else. */
  private static Set<String> people(PromotionOrganization po) {
    Set<String> names = DemoNames.names();
    po.governance().bodies().forEach(b -> b.seats().forEach(s -> names.add(s.person().name())));
    return names;
  }

  /** A unified social credit code (GB 32100): {@code kind} (2), region (6), {@code prefix} + 7 from {@code n}, check character. */
  private static String creditCode(String kind, String region, String prefix, int n) {
    String alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    StringBuilder body = new StringBuilder();
    for (int i = 0; i < 7; i++) {
      body.insert(0, alphabet.charAt(n % alphabet.length()));
      n /= alphabet.length();
    }
    String first17 = kind + region + prefix + body;
    return first17 + CreditCode.checkCharacter(first17);
  }

  private static String unique(Set<String> taken, String name) {
    String candidate = name;
    for (int i = 2; !taken.add(candidate); i++) {
      candidate = name + "（" + i + "）";
    }
    return candidate;
  }

  /**
   * The PO's website: under the reserved example.org.cn (review stop 26 item 9: no internal id in a public address, and no
   * domain a real body may hold), one path per cluster.
   */
  private static String site(Planned p) {
    return "https://www.example.org.cn/" + p.city().code() + "-" + (p.index() + 1);
  }

  private static Money money(int amount) {
    return Money.yuan(Integer.toString(amount));
  }

  private static BigDecimal yuan(int amount) {
    return new BigDecimal(amount + ".00");
  }

  private int dayOf(LocalDate date) {
    return (int) java.time.temporal.ChronoUnit.DAYS.between(clock.startDate(), date);
  }

  private static <T> T ok(Either<Refusal, T> r) {
    return r.getOrElseThrow(refusal -> new IllegalStateException("demo data refused: " + refusal));
  }

  /** The story's clock: day {@code n} of the story is {@code n} days after its start, at the same time of day. */
  static final class StoryClock implements TimeSource {
    private final Instant start;
    private final ZoneId zone;
    private int day = -1;

    StoryClock(Instant start, ZoneId zone) {
      this.start = start;
      this.zone = zone;
    }

    void day(int n) {
      day = n;
    }

    LocalDate startDate() {
      return LocalDate.ofInstant(start, zone);
    }

    @Override
    public Instant now() {
      return start.plus(Duration.ofDays(Math.max(0, day)));
    }

    @Override
    public ZoneId zone() {
      return zone;
    }
  }
}
