package dev.clustergov.core.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clustergov.core.application.port.FeeSchedules;
import dev.clustergov.core.finance.FeeSchedule;
import dev.clustergov.core.finance.FeeScheduleId;
import dev.clustergov.core.organization.OrganizationId;
import dev.clustergov.core.organization.PromotionOrganization;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link FeeSchedules} (收费标准): versioned like every aggregate, every edition, item,
 * range and tier read back exactly, listed per PO by id. Extend it with a fresh adapter and a hook to
 * store the POs schedules belong to.
 */
public abstract class FeeSchedulesContract extends VersionedAggregatesContract<FeeSchedule, FeeScheduleId> {
  protected static final OrganizationId A = new OrganizationId("org-a");
  protected static final OrganizationId B = new OrganizationId("org-b");

  private FeeSchedules schedules;

  protected abstract FeeSchedules freshFeeSchedules();

  protected abstract void storeOrganization(PromotionOrganization organization);

  protected final FeeSchedules schedules() {
    if (schedules == null) {
      schedules = freshFeeSchedules();
      storeOrganization(Samples.organization(A.value()));
      storeOrganization(Samples.organization(B.value()));
    }
    return schedules;
  }

  @Override
  protected String aggregateType() {
    return "FeeSchedule";
  }

  @Override
  protected FeeSchedule sample(int n) {
    return FinanceSamples.schedule("fee-" + n, A);
  }

  /** A new edition, a month after the last: what publishing does. */
  @Override
  protected FeeSchedule changed(FeeSchedule s) {
    return s.withEdition(FinanceSamples.edition(s.editions().size() + 1, s.latest().publishedOn().plusMonths(1)));
  }

  @Override
  protected FeeSchedule save(FeeSchedule s) {
    return schedules().save(s);
  }

  @Override
  protected Optional<FeeSchedule> find(FeeScheduleId id) {
    return schedules().find(id);
  }

  @Override
  protected FeeScheduleId id(FeeSchedule s) {
    return s.id();
  }

  @Override
  protected long version(FeeSchedule s) {
    return s.version();
  }

  @Override
  protected FeeSchedule withVersion(FeeSchedule s, long version) {
    return s.withVersion(version);
  }

  @Test
  public void every_edition_item_range_and_tier_reads_back_exactly_and_each_po_lists_its_own() {
    FeeSchedule b = schedules().save(FinanceSamples.schedule("fee-b", B));
    FeeSchedule a2 = schedules().save(FinanceSamples.schedule("fee-a2", A));
    FeeSchedule a1 = schedules().save(changed(schedules().save(FinanceSamples.schedule("fee-a1", A))));

    assertThat(a1.editions()).hasSize(2);
    assertThat(schedules().find(a1.id())).contains(a1);
    assertThat(schedules().of(A)).containsExactly(a1, a2);
    assertThat(schedules().of(B)).containsExactly(b);
    assertThat(a1.inForceOn(LocalDate.of(2025, 2, 15)).orElseThrow().number()).isEqualTo(1);
  }
}
