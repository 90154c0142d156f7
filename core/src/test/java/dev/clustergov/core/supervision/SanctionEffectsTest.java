package dev.clustergov.core.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clustergov.core.guideline.Citation;
import dev.clustergov.core.kernel.RegionCode;
import dev.clustergov.core.kernel.Text;
import dev.clustergov.core.organization.OrganizationId;
import dev.clustergov.core.policy.Parameters;
import dev.clustergov.core.policy.Policy;
import dev.clustergov.core.policy.PolicyPack;
import dev.clustergov.core.policy.PolicyResolver;
import dev.clustergov.core.supervision.SanctionEffects.Effect;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SanctionEffectsTest {

  static final RegionCode SUZHOU = new RegionCode("320500");
  static final LocalDate DAY = LocalDate.of(2025, 6, 1);
  static final Policy BASELINE = PolicyResolver.resolve(List.of(), SUZHOU, DAY);

  static Sanction sanction(String id, SanctionKind kind, LocalDate on, Optional<LocalDate> lifted) {
    return new Sanction(new SanctionId(id), 1, new OrganizationId("po-1"), new AuthorityId("miit-sz"), kind, on,
        List.of(Citation.article(29)), "违规", kind == SanctionKind.RECTIFICATION_ORDER
            ? Optional.of(on.plusDays(30)) : Optional.empty(), lifted);
  }

  @Test
  void the_baseline_lets_a_warning_through_and_blocks_with_every_other_kind_in_force() {
    for (SanctionKind kind : SanctionKind.values()) {
      var s = List.of(sanction("s-1", kind, DAY.minusDays(10), Optional.empty()));
      boolean expected = kind != SanctionKind.WARNING;
      assertThat(SanctionEffects.blocks(s, BASELINE, DAY, Effect.RATING)).as(kind + " rating").isEqualTo(expected);
      assertThat(SanctionEffects.blocks(s, BASELINE, DAY, Effect.INCENTIVES)).as(kind + " incentives").isEqualTo(expected);
    }
    assertThat(BASELINE.get(Parameters.SANCTION_BLOCKS_RATING).toJavaList())
        .containsExactly(SanctionKind.RECTIFICATION_ORDER, SanctionKind.SUSPENSION, SanctionKind.REVOCATION);
  }

  @Test
  void only_sanctions_in_force_on_the_day_block_and_each_cites_article_29() {
    var lifted = sanction("s-1", SanctionKind.SUSPENSION, DAY.minusDays(20), Optional.of(DAY.minusDays(1)));
    var later = sanction("s-2", SanctionKind.SUSPENSION, DAY.plusDays(1), Optional.empty());
    var liftedToday = sanction("s-3", SanctionKind.REVOCATION, DAY.minusDays(5), Optional.of(DAY));
    var inForce = sanction("s-4", SanctionKind.RECTIFICATION_ORDER, DAY, Optional.empty());
    var older = sanction("s-5", SanctionKind.REVOCATION, DAY.minusDays(3), Optional.empty());

    var blocking = SanctionEffects.blocking(List.of(lifted, later, liftedToday, inForce, older), BASELINE, DAY,
        Effect.INCENTIVES);

    assertThat(blocking).extracting(b -> b.sanction().id().value()).containsExactly("s-5", "s-4");
    assertThat(blocking).allSatisfy(b -> {
      assertThat(b.citation()).isEqualTo(Citation.article(29));
      assertThat(b.parameter()).isEqualTo("sanction.blocksIncentives");
      assertThat(b.effect()).isEqualTo(Effect.INCENTIVES);
      assertThat(b.reason().zh()).contains("第二十九条");
      assertThat(b.reason().en()).contains("Art.29");
    });
  }

  @Test
  void a_local_pack_decides_which_kinds_block() {
    var pack = PolicyPack.parse(SUZHOU, DAY.minusYears(1), 1, Text.of("苏州", "Suzhou"),
        Map.of("sanction.blocksIncentives", "WARNING", "sanction.blocksRating", "")).get();
    Policy local = PolicyResolver.resolve(List.of(pack), SUZHOU, DAY);
    var warning = List.of(sanction("s-1", SanctionKind.WARNING, DAY, Optional.empty()));
    var revocation = List.of(sanction("s-2", SanctionKind.REVOCATION, DAY, Optional.empty()));

    assertThat(SanctionEffects.blocks(warning, local, DAY, Effect.INCENTIVES)).isTrue();
    assertThat(SanctionEffects.blocks(revocation, local, DAY, Effect.INCENTIVES)).isFalse();
    assertThat(SanctionEffects.blocks(revocation, local, DAY, Effect.RATING)).isFalse();
    assertThat(SanctionEffects.blocks(revocation, BASELINE, DAY, Effect.RATING)).isTrue();
  }
}
