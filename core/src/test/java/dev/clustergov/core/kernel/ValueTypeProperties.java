package dev.clustergov.core.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clustergov.core.cluster.Cluster;
import dev.clustergov.core.cluster.ClusterLevel;
import dev.clustergov.core.cluster.ClusterId;
import dev.clustergov.core.governance.BodyId;
import dev.clustergov.core.governance.PersonId;
import dev.clustergov.core.organization.OrganizationId;
import dev.clustergov.core.supervision.Authority;
import dev.clustergov.core.supervision.AuthorityId;
import dev.clustergov.core.testkit.gen.DomainGens;
import dev.clustergov.core.testkit.property.Gen;
import dev.clustergov.core.testkit.property.Property;
import io.vavr.control.Validation;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;

/** The kernel's value types, the typed ids, clusters and authorities: parse never throws, and reads back what it formats. */
class ValueTypeProperties {

  // ---------------------------------------------------------------- region codes

  @Test
  void region_code_parse_never_throws_on_any_input() {
    Property.forAll(DomainGens.hostileText()).tries(1000).check(raw -> RegionCode.parse(raw));
  }

  @Test
  void region_code_parse_reads_back_its_value() {
    Property.forAll(DomainGens.regionCodes()).tries(500)
        .check(r -> assertThat(RegionCode.parse(r.value()).get()).isEqualTo(r));
  }

  @Test
  void region_code_parse_refuses_every_invalid_shape() {
    Property.forAll(DomainGens.invalidRegionCodes()).tries(500)
        .check(raw -> assertThat(RegionCode.parse("region", raw).getError().field()).isEqualTo("region"));
  }

  @Test
  void a_region_code_covers_itself_and_its_parent_covers_it() {
    Property.forAll(DomainGens.regionCodes()).tries(500).check(r -> {
      assertThat(r.covers(r)).isTrue();
      r.parent().ifPresent(p -> assertThat(p.covers(r)).as("parent " + p).isTrue());
      assertThat(RegionCode.NATIONAL.covers(r)).isTrue();
    });
  }

  // ---------------------------------------------------------------- money

  @Test
  void money_parse_never_throws_on_any_input() {
    Property.forAll(DomainGens.hostileText().map(s -> s.length() > 2000 ? s.substring(0, 2000) : s)
            .withEdgeCases(List.of("1E999999999", "1E-999999999", "1e2147483647", "-0", "0.000", "١٢٣", "+5", ".5")))
        .tries(1000).check(raw -> Money.parse("amount", raw));
  }

  @Test
  void money_parse_reads_back_its_plain_string() {
    Property.forAll(DomainGens.money()).tries(500).check(m -> {
      assertThat(Money.parse("amount", m.toString()).get()).isEqualTo(m);
      assertThat(Money.parse("amount", m.yuan()).get()).isEqualTo(m);
    });
  }

  @Test
  void money_parse_refuses_negative_sub_fen_and_huge_amounts() {
    Property.forAll(DomainGens.invalidAmounts()).tries(500).check(raw -> {
      assertThat(Money.parse("amount", raw).isInvalid()).as(raw.toPlainString()).isTrue();
      assertThat(Money.parse("amount", raw.toPlainString()).isInvalid()).as(raw.toPlainString()).isTrue();
    });
  }

  @Test
  void money_arithmetic_stays_exact_and_never_below_zero() {
    Property.forAll(DomainGens.money(), DomainGens.money()).tries(500).check((a, b) -> {
      assertThat(a.plus(b).minusFloorZero(b)).isEqualTo(a);
      assertThat(a.minusFloorZero(b).yuan().signum()).isGreaterThanOrEqualTo(0);
      assertThat(a.plus(b).yuan().scale()).isEqualTo(Money.SCALE);
    });
  }

  // ---------------------------------------------------------------- typed ids

  record IdType<T>(String name, BiFunction<String, String, Validation<Violation, T>> parse, java.util.function.Function<T, String> value) {
    @Override
    public String toString() {
      return name;
    }
  }

  static final List<IdType<?>> IDS = List.of(
      new IdType<>("OrganizationId", OrganizationId::parse, OrganizationId::value),
      new IdType<>("ClusterId", ClusterId::parse, ClusterId::value),
      new IdType<>("AuthorityId", AuthorityId::parse, AuthorityId::value),
      new IdType<>("BodyId", BodyId::parse, BodyId::value),
      new IdType<>("PersonId", PersonId::parse, PersonId::value));

  @Test
  void typed_id_parse_never_throws_on_any_input() {
    Property.forAll(Gen.elements(IDS.toArray(IdType<?>[]::new)), DomainGens.hostileText()).tries(1000)
        .check((type, raw) -> type.parse().apply("id", raw));
  }

  @Test
  void typed_id_parse_reads_back_its_value() {
    Property.forAll(Gen.elements(IDS.toArray(IdType<?>[]::new)), DomainGens.identifiers()).tries(1000)
        .check((type, raw) -> roundTrip(type, raw));
  }

  private static <T> void roundTrip(IdType<T> type, String raw) {
    T id = type.parse().apply("id", raw).get();
    assertThat(type.value().apply(id)).isEqualTo(raw);
    assertThat(type.parse().apply("id", type.value().apply(id)).get()).isEqualTo(id);
  }

  @Test
  void typed_id_parse_refuses_malformed_identifiers_naming_the_field() {
    Property.forAll(Gen.elements(IDS.toArray(IdType<?>[]::new)), DomainGens.invalidIdentifiers()).tries(500)
        .check((type, raw) -> assertThat(type.parse().apply("someId", raw).getError().field()).isEqualTo("someId"));
  }

  // ---------------------------------------------------------------- clusters and authorities

  @Test
  void a_cluster_from_any_text_never_throws() {
    Gen<Integer> enterprises = Gen.optional(Gen.integers()).map(o -> o.orElse(null));
    Property.forAll(Gen.zip(DomainGens.hostileText(), DomainGens.hostileText(), DomainGens.hostileText()),
            Gen.zip(DomainGens.hostileText(), enterprises)).tries(500)
        .check((a, b) -> Cluster.of(new ClusterId("c-1"), a._1, RegionCode.parse("region", a._2).getOrNull(), a._3,
            ClusterLevel.parse("level", b._1).getOrNull(), b._2));
  }

  @Test
  void a_cluster_reads_back_from_its_values() {
    Property.forAll(DomainGens.clusters()).tries(500).check(c -> assertThat(
        Cluster.of(c.id(), c.name(), RegionCode.parse("region", c.region().value()).get(), c.industry(),
            ClusterLevel.parse("level", c.level().name()).get(), c.enterprises()).get())
        .isEqualTo(c));
  }

  @Test
  void a_cluster_reports_every_bad_field_at_once() {
    Property.forAll(Gen.oneOf(Gen.integers(Integer.MIN_VALUE, -1),
            Gen.integers(Cluster.MAX_ENTERPRISES + 1, Integer.MAX_VALUE))).tries(300)
        .check(enterprises -> assertThat(
            Cluster.of(new ClusterId("c-1"), " ", null, "\u0000", null, enterprises).getError().map(Violation::field))
            .containsExactly("name", "region", "industry", "level", "enterprises"));
  }

  @Test
  void an_authority_from_any_text_never_throws() {
    Property.forAll(DomainGens.hostileText(), DomainGens.hostileText()).tries(500)
        .check((name, jurisdiction) -> Authority.of(new AuthorityId("a-1"), name, RegionCode.parse("jurisdiction", jurisdiction).getOrNull()));
  }

  @Test
  void an_authority_reads_back_from_its_values() {
    Property.forAll(Gen.zip(DomainGens.identifiers(), DomainGens.cityChoices()), DomainGens.regionCodes()).tries(500)
        .check((t, r) -> {
          Authority a = new Authority(new AuthorityId(t._1), 0, t._2.name() + "市工业和信息化局", r);
          assertThat(Authority.of(a.id(), a.name(), RegionCode.parse("jurisdiction", a.jurisdiction().value()).get()).get()).isEqualTo(a);
        });
  }

  @Test
  void bigdecimal_zero_with_any_scale_is_zero_money() {
    Property.forAll(Gen.integers(0, 2)).check(scale ->
        assertThat(Money.parse("amount", BigDecimal.ZERO.setScale(scale)).get()).isEqualTo(Money.ZERO));
  }
}
