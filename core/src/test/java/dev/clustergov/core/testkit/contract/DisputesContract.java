package dev.clustergov.core.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clustergov.core.application.port.Disputes;
import dev.clustergov.core.dispute.Dispute;
import dev.clustergov.core.dispute.DisputeId;
import dev.clustergov.core.dispute.DisputeState;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link Disputes}: extend it with a factory of a fresh, empty adapter in which the
 * sample POs {@code org-001} and {@code org-002} may own disputes (an adapter with foreign keys
 * stores them first).
 */
public abstract class DisputesContract extends VersionedAggregatesContract<Dispute, DisputeId> {
  private Disputes disputes;

  /** A fresh, empty adapter; called once per test, on first use. */
  protected abstract Disputes freshDisputes();

  protected final Disputes disputes() {
    if (disputes == null) {
      disputes = freshDisputes();
    }
    return disputes;
  }

  @Test
  public void keeps_every_step_with_its_date_actor_capacity_route_and_note() {
    Dispute closed = DisputeSamples.closedAfterArbitration("dispute-9");

    Dispute saved = disputes().save(closed);

    assertThat(disputes().find(closed.id())).contains(saved);
    assertThat(saved.state()).isEqualTo(DisputeState.CLOSED);
    assertThat(disputes().find(closed.id()).orElseThrow().steps()).isEqualTo(closed.steps());
  }

  @Test
  public void lists_the_disputes_of_one_organization_in_id_order_and_no_other() {
    Dispute b = disputes().save(DisputeSamples.raised("dispute-b", DisputeSamples.PO));
    Dispute a = disputes().save(DisputeSamples.raised("dispute-a", DisputeSamples.PO));
    disputes().save(DisputeSamples.raised("dispute-c", DisputeSamples.OTHER_PO));

    assertThat(disputes().of(DisputeSamples.PO)).containsExactly(a, b);
  }

  @Override
  protected final String aggregateType() {
    return "Dispute";
  }

  @Override
  protected final Dispute sample(int n) {
    return DisputeSamples.raised("dispute-" + n, DisputeSamples.PO);
  }

  @Override
  protected final Dispute changed(Dispute d) {
    return new Dispute(d.id(), d.version(), d.organization(), d.subject() + "（补充）", d.parties(), d.steps());
  }

  @Override
  protected final Dispute save(Dispute d) {
    return disputes().save(d);
  }

  @Override
  protected final Optional<Dispute> find(DisputeId id) {
    return disputes().find(id);
  }

  @Override
  protected final DisputeId id(Dispute d) {
    return d.id();
  }

  @Override
  protected final long version(Dispute d) {
    return d.version();
  }

  @Override
  protected final Dispute withVersion(Dispute d, long version) {
    return d.withVersion(version);
  }
}
