package dev.clustergov.core.policy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clustergov.core.kernel.RegionCode;
import dev.clustergov.core.kernel.Text;
import dev.clustergov.core.testkit.gen.DomainGens;
import dev.clustergov.core.testkit.property.Gen;
import dev.clustergov.core.testkit.property.Property;
import io.vavr.Tuple;
import io.vavr.Tuple2;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Policy resolution (Art.30) against a model: the value for a region on a date is that of the most
 * specific jurisdiction whose latest effective pack sets it, else the baseline's; packs of regions
 * that do not cover the region change nothing.
 */
class PolicyResolutionProperties {

  /** Parameters with no cross-parameter condition, so any values make a consistent pack. */
  static final List<Parameter<?>> FREE = List.of(
      Parameters.INCOME_MINIMUM_SOURCES, Parameters.CHARTER_MINIMUM_BUSINESS_SCOPE_ITEMS,
      Parameters.CLUSTER_MAX_RECOGNISED_ORGANIZATIONS, Parameters.STAFFING_REQUIRE_ALL_CATEGORIES,
      Parameters.GOVERNANCE_SUPERVISOR_MANAGER_SEPARATION, Parameters.ADVISORY_MINIMUM_EXPERT_FIELDS);

  static final LocalDate FROM = LocalDate.of(2024, 1, 1);
  static final LocalDate TO = LocalDate.of(2027, 12, 31);

  private static Gen<String> rawValue(Parameter<?> p) {
    if (p.baseline() instanceof Boolean) {
      return Gen.elements("true", "false");
    }
    if (p == Parameters.ADVISORY_MINIMUM_EXPERT_FIELDS) {
      return Gen.integers(0, 6).map(String::valueOf);
    }
    return Gen.integers(1, 9).map(String::valueOf);
  }

  /** Raw values for a random subset of the free parameters. */
  static Gen<Map<String, String>> values() {
    return Gen.listOf(Gen.integers(0, FREE.size() - 1).flatMap(i -> rawValue(FREE.get(i)).map(v -> Tuple.of(FREE.get(i).key(), v))), 0, 4)
        .map(kvs -> {
          Map<String, String> m = new LinkedHashMap<>();
          kvs.forEach(kv -> m.put(kv._1, kv._2));
          return m;
        });
  }

  static Gen<PolicyPack> packs(Gen<RegionCode> jurisdictions) {
    return Gen.combine(jurisdictions, Gen.dates(FROM, TO), Gen.integers(1, 4), values(), (RegionCode j, LocalDate d, Integer v, Map<String, String> raw) ->
        PolicyPack.parse(j, d, v, Text.of("地方政策包", "local pack"), raw).toEither()
            .getOrElseThrow(e -> new IllegalStateException(e.toString())));
  }

  /** A county, the jurisdictions that cover it, and some that do not. */
  record Setting(RegionCode region, List<RegionCode> covering, List<RegionCode> foreign) {}

  static Gen<Setting> settings() {
    return Gen.combine(DomainGens.counties(), Gen.integers(1, 98), (county, k) -> {
      String v = county.value();
      List<RegionCode> covering = List.of(RegionCode.NATIONAL, new RegionCode(v.substring(0, 2) + "0000"),
          new RegionCode(v.substring(0, 4) + "00"), county);
      String sibling = String.format("%02d", k >= Integer.parseInt(v.substring(4)) ? k + 1 : k);
      int p = Integer.parseInt(v.substring(0, 2));
      String otherProvince = String.valueOf(p == 82 ? 81 : p + 1);
      List<RegionCode> foreign = List.of(new RegionCode(v.substring(0, 4) + sibling),
          new RegionCode(v.substring(0, 2) + (v.substring(2, 4).equals("99") ? "98" : String.format("%02d", Integer.parseInt(v.substring(2, 4)) + 1)) + "00"),
          new RegionCode(otherProvince + "0000"), new RegionCode(otherProvince + v.substring(2)));
      return new Setting(county, covering, foreign);
    });
  }

  /** The model: most specific jurisdiction first, its latest effective pack (last given on a tie), if it sets the parameter. */
  static Object expected(List<PolicyPack> packs, Setting s, LocalDate date, Parameter<?> p) {
    for (int level = s.covering().size() - 1; level >= 0; level--) {
      RegionCode j = s.covering().get(level);
      Optional<PolicyPack> latest = Optional.empty();
      for (PolicyPack pack : packs) {
        if (pack.jurisdiction().equals(j) && !pack.effectiveFrom().isAfter(date)
            && (latest.isEmpty() || PolicyPack.BY_RECENCY.compare(pack, latest.get()) >= 0)) {
          latest = Optional.of(pack);
        }
      }
      if (latest.isPresent() && latest.get().values().contains(p)) {
        return latest.get().values().get(p).get();
      }
    }
    return p.baseline();
  }

  @Test
  void the_value_in_force_is_that_of_the_most_specific_latest_effective_pack_that_sets_it_else_the_baseline() {
    Gen<Tuple2<Setting, List<PolicyPack>>> cases = settings().flatMap(s -> Gen.listOf(
        packs(Gen.elements(s.covering().toArray(RegionCode[]::new))), 0, 8).map(ps -> Tuple.of(s, ps)));
    Property.forAll(cases, Gen.dates(FROM.minusMonths(3), TO.plusMonths(3))).tries(500).check((t, date) -> {
      Policy policy = PolicyResolver.resolve(t._2, t._1.region(), date);
      for (Parameter<?> p : Parameters.all()) {
        assertThat((Object) policy.get(p)).as(p.key()).isEqualTo(expected(t._2, t._1, date, p));
      }
    });
  }

  @Test
  void a_pack_of_a_region_that_does_not_cover_the_po_region_never_changes_the_result() {
    Gen<Tuple2<Setting, Tuple2<List<PolicyPack>, List<PolicyPack>>>> cases = settings().flatMap(s -> Gen.zip(
        Gen.listOf(packs(Gen.elements(s.covering().toArray(RegionCode[]::new))), 0, 6),
        Gen.listOf(packs(Gen.elements(s.foreign().toArray(RegionCode[]::new))), 1, 6)).map(ps -> Tuple.of(s, ps)));
    Property.forAll(cases, Gen.dates(FROM, TO)).tries(500).check((t, date) -> {
      List<PolicyPack> mixed = new ArrayList<>(t._2._1);
      for (int i = 0; i < t._2._2.size(); i++) {
        mixed.add(Math.min(mixed.size(), i * 2), t._2._2.get(i));
      }
      Policy without = PolicyResolver.resolve(t._2._1, t._1.region(), date);
      Policy with = PolicyResolver.resolve(mixed, t._1.region(), date);
      assertThat(with.values()).isEqualTo(without.values());
      assertThat(with.sources()).isEqualTo(without.sources());
    });
  }
}
