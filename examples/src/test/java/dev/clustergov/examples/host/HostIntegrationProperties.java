package dev.clustergov.examples.host;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clustergov.core.application.Clustergov;
import dev.clustergov.core.application.establishment.ProposeOrganization;
import dev.clustergov.core.application.general.RegisterAuthority;
import dev.clustergov.core.application.general.RegisterCluster;
import dev.clustergov.core.application.port.OrganizationQuery;
import dev.clustergov.core.organization.LifecycleStage;
import dev.clustergov.core.testkit.gen.DomainGens;
import dev.clustergov.core.testkit.memory.InMemoryClustergov;
import dev.clustergov.core.testkit.property.Gen;
import dev.clustergov.core.testkit.property.Property;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import dev.clustergov.core.cluster.ClusterLevel;
import dev.clustergov.core.kernel.RegionCode;

/**
 * How a host tests its own integration with the core test kit (宿主集成的性质测试): generators built from
 * the kit's ({@link DomainGens}: Chinese names, PO names, credit codes) describe the platform's own
 * {@link Filing}s; the kit's in-memory ports ({@link InMemoryClustergov}) stand in for the database, and
 * its snapshots show what a command wrote; the kit's harness ({@link Property}) runs each claim on edge
 * cases first, then on random values, and shrinks a failure to a small filing with the seed to replay it.
 */
class HostIntegrationProperties {

  private static final LocalDate TODAY = LocalDate.of(2025, 3, 3);

  /** A registry with the cluster and the bureau the filings name. */
  private record Registry(InMemoryClustergov memory, Clustergov gov, String cluster, String authority) {
    static Registry fresh() {
      InMemoryClustergov memory = new InMemoryClustergov();
      Clustergov gov = Clustergov.using(memory.ports());
      String cluster = gov.registerCluster().handle(new RegisterCluster.Command("苏州市翊衡光通信集群", new RegionCode("320500"), "光通信", ClusterLevel.PROVINCIAL, 420))
          .get().id().value();
      String authority = gov.registerAuthority().handle(new RegisterAuthority.Command("苏州市工业和信息化局", new RegionCode("320500"))).get().id().value();
      return new Registry(memory, gov, cluster, authority);
    }

    int organizations() {
      return gov.queries().organizations(OrganizationQuery.all(OrganizationQuery.MAX_LIMIT)).size();
    }
  }

  // ---- the platform's filings, generated --------------------------------------------------------

  /** Labels of the platform's code list, as a generator of distinct, ordered subsets. */
  private static Gen<List<String>> subsetOf(List<String> labels, int min) {
    return Gen.listOf(Gen.booleans(), labels.size(), labels.size()).map(picks -> {
      List<String> chosen = new ArrayList<>();
      for (int i = 0; i < labels.size(); i++) {
        if (picks.get(i) || i < min) {
          chosen.add(labels.get(i));
        }
      }
      return chosen;
    });
  }

  private static Gen<LocalDate> pastDays() {
    return Gen.dates(TODAY.minusYears(2), TODAY.minusDays(1));
  }

  /** The filing for the registry's cluster and bureau (generated filings name placeholders, so a failure prints the filing). */
  private static Filing at(Filing f, Registry r) {
    return new Filing(f.name(), r.cluster(), r.authority(), f.guidingBody(), f.founders(), f.organizationType(), f.charterAdopted(),
        f.businessScope(), f.party(), f.officeAddress(), f.equipment(), f.registeredCapital(), f.staff(), f.systems(),
        f.incomeSources(), f.bank(), f.bodies());
  }

  /** Any filing the platform's form lets its users make. */
  private static Gen<Filing> filings() {
    Gen<List<String>> people = Gen.listOf(DomainGens.personNames(), 1, 12).map(names -> {
      List<String> distinct = new ArrayList<>();
      names.forEach(n -> {
        if (!distinct.contains(n)) {
          distinct.add(n);
        }
      });
      return distinct;
    });
    List<String> bodyNames = List.copyOf(Filings.BODIES.keySet());
    List<String> roles = List.copyOf(Filings.ROLES.keySet());
    Gen<List<Filing.Founder>> founders = Gen.listOf(Gen.combine(DomainGens.poNames(), Gen.elements(Filings.FOUNDER_ROLES.keySet()
        .toArray(String[]::new)), Gen.optional(DomainGens.creditCodes()), (n, r, c) -> new Filing.Founder(n.replace("促进会", "有限公司"), r,
        c.map(Object::toString).orElse(null))), 1, 4).map(list -> list.stream()
        .collect(java.util.stream.Collectors.toMap(Filing.Founder::name, f -> f, (a, b) -> a, java.util.LinkedHashMap::new))
        .values().stream().toList());
    Gen<List<Filing.Body>> bodies = people.flatMap(pool -> Gen.listOf(Gen.zip(Gen.integers(0, pool.size() - 1),
        Gen.elements(roles.toArray(String[]::new)), subsetOf(List.copyOf(Filings.FIELDS.keySet()), 0)), 0, 6).flatMap(seats ->
        subsetOf(bodyNames, 0).map(chosen -> {
          List<Filing.Body> result = new ArrayList<>();
          for (int b = 0; b < chosen.size(); b++) {
            List<Filing.Seat> inBody = new ArrayList<>();
            java.util.Set<Integer> seated = new java.util.HashSet<>();
            for (int s = 0; s < seats.size(); s++) {
              var seat = seats.get(s);
              if ((s + b) % chosen.size() == 0 && seated.add(seat._1)) {
                boolean expert = seat._2.equals("专家");
                inBody.add(new Filing.Seat("p-" + seat._1, pool.get(seat._1), seat._2, expert ? seat._3 : List.of()));
              }
            }
            result.add(new Filing.Body(chosen.get(b), inBody));
          }
          return result;
        })));
    Gen<List<Filing.Staff>> staff = Gen.listOf(Gen.zip(DomainGens.personNames(), Gen.elements(Filings.STAFF_CATEGORIES.keySet()
        .toArray(String[]::new))), 0, 15).map(list -> {
          List<Filing.Staff> result = new ArrayList<>();
          for (int i = 0; i < list.size(); i++) {
            result.add(new Filing.Staff("s-" + (i + 1), list.get(i)._1, list.get(i)._2));
          }
          return result;
        });
    Gen<List<Filing.SystemAdopted>> systems = Gen.zip(subsetOf(List.copyOf(Filings.SYSTEMS.keySet()), 0), pastDays())
        .map(t -> t._1.stream().map(k -> new Filing.SystemAdopted(k, t._2)).toList());
    Gen<Filing.PartyBranch> party = Gen.optional(pastDays()).map(d -> d.map(day -> new Filing.PartyBranch("中共促进会支部委员会", day))
        .orElse(null));
    Gen<BigDecimal> capital = Gen.bigDecimals(new BigDecimal("10000.00"), new BigDecimal("3000000.00"), 2);
    return Gen.combine(Gen.zip(DomainGens.poNames(), founders, pastDays(), party), Gen.zip(capital, staff, systems,
        subsetOf(List.copyOf(Filings.INCOME.keySet()), 1)), Gen.zip(bodies, Gen.elements(Filings.ORGANIZATION_TYPES.keySet()
            .toArray(String[]::new))),
        (a, b, c) -> new Filing(a._1, "cluster-?", "authority-?", "苏州市人民政府", a._2, c._2, a._3,
            List.of("产业研究与规划咨询", "技术创新协同服务"), a._4, "苏州市高新区科技城锦峰路8号", List.of("办公电脑"), b._1, b._2, b._3, b._4,
            new Filing.Bank(a._1, "32250199883600001234", "岚川银行苏州分行"), c._1));
  }

  // ---- the properties ---------------------------------------------------------------------------

  @Test
  void a_filing_proposed_through_clustergov_reads_back_as_the_same_filing() {
    Property.forAll(filings()).tries(150).check(generated -> {
      Registry registry = Registry.fresh();
      Filing filing = at(generated, registry);
      var proposed = registry.gov().proposeOrganization().handle(new ProposeOrganization.Command(Filings.toApplication(filing)));
      assertThat(proposed.isRight()).as("proposed: %s", proposed.isLeft() ? proposed.getLeft() : "").isTrue();
      var stored = registry.gov().queries().organization(proposed.get().id()).get();
      assertThat(Filings.fromOrganization(stored)).isEqualTo(filing);
    });
  }

  @Test
  void submitting_a_filing_establishes_it_or_writes_nothing_at_all() {
    AtomicInteger established = new AtomicInteger();
    AtomicInteger refused = new AtomicInteger();
    // the platform's complete sample, or any generated filing (most of which miss something Art.7–8 ask for)
    Gen<Filing> filings = Gen.frequency(1, Gen.constant(ProvincialPlatform.sample("cluster-?", "authority-?", TODAY)), 2, filings());
    Gen<String> codes = Gen.frequency(3, DomainGens.creditCodes().map(Object::toString), 1, DomainGens.invalidCreditCodes());
    Property.forAll(filings, codes).tries(150).check((generated, code) -> {
      Registry registry = Registry.fresh();
      Filing filing = at(generated, registry);
      InMemoryClustergov.Snapshot before = registry.memory().snapshot();
      var result = new Submissions(registry.memory().ports()).submit(filing, code);
      if (result.isLeft()) {
        refused.incrementAndGet();
        assertThat(registry.memory().snapshot()).as("a refused submission wrote nothing: %s", result.getLeft()).isEqualTo(before);
      } else {
        established.incrementAndGet();
        assertThat(result.get().stage()).isEqualTo(LifecycleStage.ESTABLISHED);
        assertThat(registry.organizations()).isEqualTo(1);
      }
    });
    assertThat(established.get()).as("some submissions went through").isPositive();
    assertThat(refused.get()).as("some submissions were refused").isPositive();
  }
}
