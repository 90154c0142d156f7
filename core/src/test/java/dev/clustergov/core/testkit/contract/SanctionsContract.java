package dev.clustergov.core.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clustergov.core.application.port.Sanctions;
import dev.clustergov.core.supervision.Sanction;
import dev.clustergov.core.supervision.SanctionId;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link Sanctions}: extend it with a factory of a fresh, empty adapter in which the
 * sample POs {@code org-001} and {@code org-002} and the sample authority exist.
 */
public abstract class SanctionsContract extends VersionedAggregatesContract<Sanction, SanctionId> {
  private Sanctions sanctions;

  protected abstract Sanctions freshSanctions();

  protected final Sanctions sanctions() {
    if (sanctions == null) {
      sanctions = freshSanctions();
    }
    return sanctions;
  }

  @Test
  public void keeps_the_grounds_in_order_the_deadline_and_the_lifting() {
    Sanction order = SupervisionSamples.liftedOrder("sanction-9");

    Sanction saved = sanctions().save(order);

    assertThat(sanctions().find(order.id())).contains(saved);
    assertThat(saved.grounds()).isEqualTo(order.grounds());
    assertThat(saved.rectifyBy()).isEqualTo(order.rectifyBy());
    assertThat(saved.liftedOn()).isEqualTo(order.liftedOn());
  }

  @Test
  public void lists_the_sanctions_of_one_organization_in_id_order_and_no_other() {
    Sanction b = sanctions().save(SupervisionSamples.warning("sanction-b", SupervisionSamples.PO));
    Sanction a = sanctions().save(SupervisionSamples.warning("sanction-a", SupervisionSamples.PO));
    sanctions().save(SupervisionSamples.warning("sanction-c", SupervisionSamples.OTHER_PO));

    assertThat(sanctions().of(SupervisionSamples.PO)).containsExactly(a, b);
  }

  @Override
  protected final String aggregateType() {
    return "Sanction";
  }

  @Override
  protected final Sanction sample(int n) {
    return SupervisionSamples.warning("sanction-" + n, SupervisionSamples.PO);
  }

  @Override
  protected final Sanction changed(Sanction s) {
    return s.lifted(s.decidedOn().plusDays(3));
  }

  @Override
  protected final Sanction save(Sanction s) {
    return sanctions().save(s);
  }

  @Override
  protected final Optional<Sanction> find(SanctionId id) {
    return sanctions().find(id);
  }

  @Override
  protected final SanctionId id(Sanction s) {
    return s.id();
  }

  @Override
  protected final long version(Sanction s) {
    return s.version();
  }

  @Override
  protected final Sanction withVersion(Sanction s, long version) {
    return s.withVersion(version);
  }
}
