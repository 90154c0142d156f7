package dev.clustergov.core.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clustergov.core.application.Ports;
import dev.clustergov.core.application.port.Disclosures;
import dev.clustergov.core.disclosure.Channel;
import dev.clustergov.core.disclosure.ChannelKind;
import dev.clustergov.core.disclosure.Disclosure;
import dev.clustergov.core.disclosure.DisclosureId;
import dev.clustergov.core.disclosure.DisclosureKind;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link Disclosures}: extend it with a factory of a fresh, empty set of ports (the
 * contract stores the cluster, authorities and POs the disclosures refer to).
 */
public abstract class DisclosuresContract extends VersionedAggregatesContract<Disclosure, DisclosureId> {
  private Disclosures disclosures;

  /** Every port of a fresh, empty adapter; called once per test, on first use. */
  protected abstract Ports freshPorts();

  protected final Disclosures disclosures() {
    if (disclosures == null) {
      disclosures = DisclosureRegistry.prepare(freshPorts()).disclosures();
    }
    return disclosures;
  }

  @Test
  public void keeps_every_kind_of_subject_channel_and_title_intact() {
    for (int n = 0; n < 10; n++) {
      Disclosure saved = disclosures().save(DisclosureRegistry.disclosure("dis-" + n, DisclosureRegistry.FIRST, n));
      assertThat(disclosures().find(saved.id())).contains(saved);
    }
  }

  @Test
  public void lists_a_pos_disclosures_by_publication_day_then_id_and_no_others() {
    Disclosure late = disclosures().save(DisclosureRegistry.annualReport("dis-a", DisclosureRegistry.FIRST, 2025, LocalDate.of(2026, 5, 1)));
    Disclosure early = disclosures().save(DisclosureRegistry.annualReport("dis-b", DisclosureRegistry.FIRST, 2024, LocalDate.of(2025, 4, 1)));
    Disclosure sameDay = disclosures().save(DisclosureRegistry.annualReport("dis-0", DisclosureRegistry.FIRST, 2023, LocalDate.of(2026, 5, 1)));
    disclosures().save(DisclosureRegistry.annualReport("dis-c", DisclosureRegistry.SECOND, 2025, LocalDate.of(2026, 5, 2)));

    assertThat(disclosures().ofOrganization(DisclosureRegistry.FIRST)).containsExactly(early, sameDay, late);
    assertThat(disclosures().ofOrganization(DisclosureRegistry.PROVINCIAL)).isEmpty();
  }

  @Test
  public void lists_the_disclosures_of_one_kind_of_every_po_an_authority_supervises() {
    Disclosure first = disclosures().save(DisclosureRegistry.annualReport("dis-1", DisclosureRegistry.FIRST, 2025, LocalDate.of(2026, 5, 1)));
    Disclosure second = disclosures().save(DisclosureRegistry.annualReport("dis-2", DisclosureRegistry.SECOND, 2025, LocalDate.of(2026, 3, 1)));
    Disclosure provincial = disclosures().save(DisclosureRegistry.annualReport("dis-3", DisclosureRegistry.PROVINCIAL, 2025, LocalDate.of(2026, 3, 1)));
    disclosures().save(DisclosureRegistry.disclosure("dis-4", DisclosureRegistry.FIRST, 3)); // a charter

    assertThat(disclosures().ofAuthority(Samples.AUTHORITY, DisclosureKind.ANNUAL_REPORT)).containsExactly(first, second);
    assertThat(disclosures().ofAuthority(DisclosureRegistry.PROVINCE, DisclosureKind.ANNUAL_REPORT)).containsExactly(provincial);
    assertThat(disclosures().ofAuthority(DisclosureRegistry.PROVINCE, DisclosureKind.CHARTER)).isEmpty();
  }

  @Override
  protected final String aggregateType() {
    return "Disclosure";
  }

  @Override
  protected final Disclosure sample(int n) {
    return DisclosureRegistry.disclosure("dis-" + n, DisclosureRegistry.FIRST, n);
  }

  @Override
  protected final Disclosure changed(Disclosure d) {
    return new Disclosure(d.id(), d.version(), d.organization(), d.kind(), d.year(), d.obligation(), d.publishedOn().plusDays(1),
        new Channel(ChannelKind.AUTHORITY_PLATFORM, "https://www.chinanpo.gov.cn/notice/" + d.id()), d.title() + "（更正）");
  }

  @Override
  protected final Disclosure save(Disclosure d) {
    return disclosures().save(d);
  }

  @Override
  protected final Optional<Disclosure> find(DisclosureId id) {
    return disclosures().find(id);
  }

  @Override
  protected final DisclosureId id(Disclosure d) {
    return d.id();
  }

  @Override
  protected final long version(Disclosure d) {
    return d.version();
  }

  @Override
  protected final Disclosure withVersion(Disclosure d, long version) {
    return d.withVersion(version);
  }
}
