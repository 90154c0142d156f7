package dev.clustergov.core.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clustergov.core.application.Ports;
import dev.clustergov.core.application.port.DisclosureObligations;
import dev.clustergov.core.disclosure.DisclosureObligation;
import dev.clustergov.core.disclosure.DisclosureObligationId;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link DisclosureObligations}: extend it with a factory of a fresh, empty set of
 * ports (the contract stores the cluster, authorities and POs the obligations refer to).
 */
public abstract class DisclosureObligationsContract extends VersionedAggregatesContract<DisclosureObligation, DisclosureObligationId> {
  private Ports ports;

  /** Every port of a fresh, empty adapter; called once per test, on first use. */
  protected abstract Ports freshPorts();

  protected final DisclosureObligations obligations() {
    if (ports == null) {
      ports = DisclosureRegistry.prepare(freshPorts());
    }
    return ports.disclosureObligations();
  }

  @Test
  public void keeps_a_fulfilment_and_lists_a_pos_obligations_by_the_day_they_arose() {
    DisclosureObligation later = obligations().save(DisclosureRegistry.obligation("dob-a", DisclosureRegistry.FIRST, 20));
    DisclosureObligation earlier = obligations().save(DisclosureRegistry.obligation("dob-b", DisclosureRegistry.FIRST, 2));
    obligations().save(DisclosureRegistry.obligation("dob-c", DisclosureRegistry.SECOND, 1));
    ports.disclosures().save(DisclosureRegistry.disclosure("dis-1", DisclosureRegistry.FIRST, 1));
    DisclosureObligation fulfilled = obligations().save(later.fulfilledBy(ports.disclosures().find(
        new dev.clustergov.core.disclosure.DisclosureId("dis-1")).orElseThrow()));

    assertThat(obligations().ofOrganization(DisclosureRegistry.FIRST)).containsExactly(earlier, fulfilled);
    assertThat(fulfilled.fulfilledOn()).contains(LocalDate.of(2026, 1, 2));
  }

  @Test
  public void lists_what_an_authoritys_pos_had_open_on_a_day_by_due_day() {
    DisclosureObligation a = obligations().save(DisclosureRegistry.obligation("dob-a", DisclosureRegistry.FIRST, 10)); // 01-11 → 02-10
    DisclosureObligation b = obligations().save(DisclosureRegistry.obligation("dob-b", DisclosureRegistry.SECOND, 0)); // 01-01 → 01-31
    obligations().save(DisclosureRegistry.obligation("dob-c", DisclosureRegistry.PROVINCIAL, 0));
    DisclosureObligation future = obligations().save(DisclosureRegistry.obligation("dob-d", DisclosureRegistry.FIRST, 40));
    ports.disclosures().save(DisclosureRegistry.annualReport("dis-x", DisclosureRegistry.FIRST, 2025, LocalDate.of(2026, 1, 20)));
    DisclosureObligation done = obligations().save(DisclosureRegistry.obligation("dob-e", DisclosureRegistry.FIRST, 1));
    obligations().save(done.fulfilledBy(ports.disclosures().find(new dev.clustergov.core.disclosure.DisclosureId("dis-x")).orElseThrow()));

    assertThat(obligations().openOn(Samples.AUTHORITY, LocalDate.of(2026, 1, 25))).containsExactly(b, a);
    // on 01-19 the one fulfilled on 01-20 was still open
    assertThat(obligations().openOn(Samples.AUTHORITY, LocalDate.of(2026, 1, 19))).extracting(o -> o.id().value())
        .containsExactly("dob-b", "dob-e", "dob-a");
    assertThat(obligations().openOn(Samples.AUTHORITY, LocalDate.of(2026, 2, 10))).contains(future);
    assertThat(obligations().openOn(Samples.AUTHORITY, LocalDate.of(2025, 12, 31))).isEmpty();
  }

  @Override
  protected final String aggregateType() {
    return "DisclosureObligation";
  }

  @Override
  protected final DisclosureObligation sample(int n) {
    return DisclosureRegistry.obligation("dob-" + n, DisclosureRegistry.FIRST, n);
  }

  @Override
  protected final DisclosureObligation changed(DisclosureObligation o) {
    return new DisclosureObligation(o.id(), o.version(), o.organization(), o.matter(), o.eventSequence(), o.arisenOn(),
        o.dueOn(), Optional.of(new dev.clustergov.core.disclosure.DisclosureId("dis-9")), Optional.of(o.dueOn()));
  }

  @Override
  protected final DisclosureObligation save(DisclosureObligation o) {
    return obligations().save(o);
  }

  @Override
  protected final Optional<DisclosureObligation> find(DisclosureObligationId id) {
    return obligations().find(id);
  }

  @Override
  protected final DisclosureObligationId id(DisclosureObligation o) {
    return o.id();
  }

  @Override
  protected final long version(DisclosureObligation o) {
    return o.version();
  }

  @Override
  protected final DisclosureObligation withVersion(DisclosureObligation o, long version) {
    return o.withVersion(version);
  }
}
