package dev.clustergov.core.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clustergov.core.application.port.IpAgreements;
import dev.clustergov.core.ip.IpAgreement;
import dev.clustergov.core.ip.IpAgreementId;
import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link IpAgreements}: extend it with a factory of a fresh, empty adapter in which
 * the sample POs {@code org-001} and {@code org-002} may own agreements.
 */
public abstract class IpAgreementsContract extends VersionedAggregatesContract<IpAgreement, IpAgreementId> {
  private IpAgreements agreements;

  /** A fresh, empty adapter; called once per test, on first use. */
  protected abstract IpAgreements freshIpAgreements();

  protected final IpAgreements agreements() {
    if (agreements == null) {
      agreements = freshIpAgreements();
    }
    return agreements;
  }

  @Test
  public void keeps_every_revision_with_its_terms_signatures_and_exact_shares() {
    IpAgreement amended = DisputeSamples.amendedHalfSigned("ip-9");

    IpAgreement saved = agreements().save(amended);
    IpAgreement found = agreements().find(amended.id()).orElseThrow();

    assertThat(found).isEqualTo(saved);
    assertThat(found.revisions()).isEqualTo(amended.revisions());
    assertThat(found.effective().orElseThrow().number()).isEqualTo(1);
    assertThat(found.pending().orElseThrow().number()).isEqualTo(2);
    assertThat(found.latest().terms().shareSum()).isEqualByComparingTo(new BigDecimal("100"));
    assertThat(found.revisions().get(0).terms().shares().get(DisputeSamples.ORGANIZATION)).hasToString("33.3333");
  }

  @Test
  public void keeps_the_days_that_make_an_agreement_in_force() {
    agreements().save(DisputeSamples.amendedHalfSigned("ip-8"));
    IpAgreement found = agreements().find(new IpAgreementId("ip-8")).orElseThrow();

    // signed on DAY, DAY + 1 and DAY + 2: in force from DAY + 2, the amendment not yet
    assertThat(found.inForceSince()).contains(DisputeSamples.DAY.plusDays(2));
    assertThat(found.inForceOn(DisputeSamples.DAY.plusDays(1))).isFalse();
    assertThat(found.inForceOn(DisputeSamples.DAY.plusDays(2))).isTrue();
    assertThat(found.inForceOn(found.latest())).isEmpty();
  }

  @Test
  public void lists_the_agreements_of_one_organization_in_id_order_and_no_other() {
    IpAgreement b = agreements().save(DisputeSamples.drafted("ip-b", DisputeSamples.PO));
    IpAgreement a = agreements().save(DisputeSamples.drafted("ip-a", DisputeSamples.PO));
    agreements().save(DisputeSamples.drafted("ip-c", DisputeSamples.OTHER_PO));

    assertThat(agreements().of(DisputeSamples.PO)).containsExactly(a, b);
  }

  @Override
  protected final String aggregateType() {
    return "IpAgreement";
  }

  @Override
  protected final IpAgreement sample(int n) {
    return DisputeSamples.drafted("ip-" + n, DisputeSamples.PO);
  }

  @Override
  protected final IpAgreement changed(IpAgreement a) {
    return new IpAgreement(a.id(), a.version(), a.organization(), a.title() + "（修订）", a.revisions());
  }

  @Override
  protected final IpAgreement save(IpAgreement a) {
    return agreements().save(a);
  }

  @Override
  protected final Optional<IpAgreement> find(IpAgreementId id) {
    return agreements().find(id);
  }

  @Override
  protected final IpAgreementId id(IpAgreement a) {
    return a.id();
  }

  @Override
  protected final long version(IpAgreement a) {
    return a.version();
  }

  @Override
  protected final IpAgreement withVersion(IpAgreement a, long version) {
    return a.withVersion(version);
  }
}
