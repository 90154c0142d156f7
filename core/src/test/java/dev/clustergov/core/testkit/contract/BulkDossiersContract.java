package dev.clustergov.core.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clustergov.core.application.Clustergov;
import dev.clustergov.core.application.Ports;
import dev.clustergov.core.cluster.Cluster;
import dev.clustergov.core.cluster.ClusterId;
import dev.clustergov.core.finance.BankAccount;
import dev.clustergov.core.finance.FeeScheduleId;
import dev.clustergov.core.finance.Period;
import dev.clustergov.core.organization.Founder;
import dev.clustergov.core.organization.ImmutablePromotionOrganization;
import dev.clustergov.core.organization.LifecycleStage;
import dev.clustergov.core.organization.OrganizationId;
import dev.clustergov.core.organization.PromotionOrganization;
import dev.clustergov.core.rules.Dossier;
import dev.clustergov.core.supervision.SelfDisciplineMeasure;
import dev.clustergov.core.testkit.fixtures.Fixtures;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The contract of the ports' bulk reads (批量读取, the {@code Set<OrganizationId>} forms and
 * {@code Organizations.inClusters} / {@code accountHolders(Set)}): the dossier a what-if assembles for a
 * page of POs with them equals, PO by PO, the dossier assembled one part at a time with the per-PO reads.
 * Extend it with a factory of fresh, empty ports.
 *
 * <p>The registry: five POs in two clusters — two holding recognition in one cluster (peers of each other),
 * one recognised and one merely established in the other, one with nothing but itself — each with its own
 * number of disputes, agreements, disclosures, obligations, ledger entries in and out of the period, fee
 * schedules, members, platforms, activities in and out of the period, inspections, self-discipline measures
 * and actions, sanctions and evaluations; one bank account recorded by two POs and by a founder of a third.
 */
public abstract class BulkDossiersContract {

  protected abstract Ports freshPorts();

  static final ClusterId OTHER_CLUSTER = new ClusterId("cluster-suzhou-other");
  static final Period PERIOD = new Period(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31));
  static final String SHARED_ACCOUNT = "322000000000000001";

  static List<PromotionOrganization> organizations() {
    PromotionOrganization recognised = Fixtures.organization(LifecycleStage.RECOGNISED);
    PromotionOrganization established = Fixtures.organization(LifecycleStage.ESTABLISHED);
    BankAccount account = recognised.bankAccount().orElseThrow();
    List<PromotionOrganization> all = new ArrayList<>();
    all.add(po(recognised, "org-b1", Fixtures.CLUSTER_ID, Optional.of(new BankAccount(account.holder(), SHARED_ACCOUNT, account.bank()))));
    all.add(po(Fixtures.organization(LifecycleStage.SUSPENDED), "org-b2", Fixtures.CLUSTER_ID,
        Optional.of(new BankAccount(account.holder(), SHARED_ACCOUNT, account.bank()))));
    PromotionOrganization third = po(recognised, "org-b3", OTHER_CLUSTER, Optional.of(new BankAccount(account.holder(), "322000000000000003", account.bank())));
    List<Founder> founders = new ArrayList<>(third.founders());
    Founder f = founders.get(0);
    founders.set(0, new Founder(f.name(), f.kind(), f.creditCode(), Optional.of(SHARED_ACCOUNT)));
    all.add(ImmutablePromotionOrganization.copyOf(third).withFounders(founders));
    all.add(po(established, "org-b4", OTHER_CLUSTER, Optional.empty()));
    all.add(po(recognised, "org-b5", OTHER_CLUSTER, Optional.of(new BankAccount(account.holder(), "322000000000000005", account.bank()))));
    return all;
  }

  private static PromotionOrganization po(PromotionOrganization template, String id, ClusterId cluster, Optional<BankAccount> account) {
    return ImmutablePromotionOrganization.copyOf(template).withId(new OrganizationId(id)).withCluster(cluster).withBankAccount(account);
  }

  /** Stores the registry; PO number {@code i} (0-based, the last one excepted) gets {@code i + 1} of most parts. */
  static List<OrganizationId> store(Ports ports) {
    ports.authorities().save(Fixtures.authority());
    Cluster c = Fixtures.cluster();
    ports.clusters().save(c);
    ports.clusters().save(new Cluster(OTHER_CLUSTER, 0, c.name() + "二", c.region(), c.industry(), c.level(), c.enterprises()));
    ports.evaluators().save(EvaluatorSamples.evaluator());
    List<PromotionOrganization> pos = organizations();
    List<OrganizationId> ids = new ArrayList<>();
    for (int i = 0; i < pos.size(); i++) {
      PromotionOrganization o = ports.organizations().save(pos.get(i));
      OrganizationId id = o.id();
      ids.add(id);
      if (i == pos.size() - 1) {
        continue;
      }
      String p = id.value() + "-";
      for (int k = 0; k <= i; k++) {
        ports.disputes().save(DisputeSamples.raised(p + "dispute-" + k, id));
        ports.ipAgreements().save(DisputeSamples.drafted(p + "ip-" + k, id));
        ports.disclosures().save(DisclosureRegistry.annualReport(p + "disclosure-" + k, id, 2020 + k, LocalDate.of(2025, 4, 1 + k)));
        ports.disclosureObligations().save(DisclosureRegistry.obligation(p + "obligation-" + k, id, k));
        ports.feeSchedules().save(FinanceSamples.schedule(p + "fees-" + k, id));
        ports.ledger().record(FinanceSamples.donation(p + "gift-" + k, id, LocalDate.of(2025, 2, 1 + k), "100.00"));
        ports.ledger().record(FinanceSamples.charge(p + "charge-" + k, id, new FeeScheduleId(p + "fees-" + k), LocalDate.of(2025, 3, 1 + k)));
        ports.ledger().record(FinanceSamples.expenditure(p + "spent-" + k, id, LocalDate.of(2025, 5, 1 + k), "50.00"));
        ports.memberships().save(OperationSamples.member(p + "member-" + k, id));
        ports.platforms().save(OperationSamples.platform(p + "platform-" + k, id));
        ports.activities().save(OperationSamples.activity(p + "activity-" + k, id, LocalDate.of(2025, 6, 1 + k)));
        ports.inspections().save(SupervisionSamples.opened(p + "inspection-" + k, id));
        SelfDisciplineMeasure m = ports.selfDiscipline().saveMeasure(SupervisionSamples.convention(p + "measure-" + k, id));
        ports.selfDiscipline().saveAction(SupervisionSamples.criticism(p + "action-" + k, id, m.id()));
        ports.sanctions().save(SupervisionSamples.warning(p + "sanction-" + k, id));
        ports.evaluations().save(EvaluatorSamples.evaluation(p + "evaluation-" + k, id, LocalDate.of(2025, 7, 1 + k)));
      }
      // outside the period: the bulk reads keep the period as the single ones do
      ports.ledger().record(FinanceSamples.donation(p + "old-gift", id, LocalDate.of(2024, 12, 31), "1.00"));
      ports.ledger().record(FinanceSamples.expenditure(p + "next-spent", id, LocalDate.of(2026, 1, 1), "1.00"));
      ports.activities().save(OperationSamples.activity(p + "old-activity", id, LocalDate.of(2024, 12, 31)));
    }
    return ids;
  }

  @Test
  public void the_bulk_dossier_of_every_po_equals_its_dossier_read_part_by_part() {
    Ports ports = freshPorts();
    List<OrganizationId> ids = store(ports);
    var queries = Clustergov.using(ports).queries();

    List<Dossier> bulk = queries.dossiers(ids, PERIOD);

    assertThat(bulk).hasSize(ids.size());
    for (int i = 0; i < ids.size(); i++) {
      Dossier one = queries.dossier(ids.get(i), PERIOD).getOrElseThrow(r -> new AssertionError(r.toString()));
      assertThat(bulk.get(i)).as("dossier of %s", ids.get(i)).isEqualTo(one);
    }
  }

  @Test
  public void the_bulk_reads_give_each_po_its_own_parts_in_the_period_and_its_peers() {
    Ports ports = freshPorts();
    List<OrganizationId> ids = store(ports);

    List<Dossier> bulk = Clustergov.using(ports).queries().dossiers(ids, PERIOD);

    for (int i = 0; i < ids.size() - 1; i++) {
      Dossier d = bulk.get(i);
      assertThat(d.disputes()).hasSize(i + 1);
      assertThat(d.ipAgreements()).hasSize(i + 1);
      assertThat(d.disclosures()).hasSize(i + 1);
      assertThat(d.disclosureObligations()).hasSize(i + 1);
      assertThat(d.feeSchedules()).hasSize(i + 1);
      assertThat(d.income()).hasSize(2 * (i + 1));
      assertThat(d.expenditures()).hasSize(i + 1);
      assertThat(d.memberships()).hasSize(i + 1);
      assertThat(d.platforms()).hasSize(i + 1);
      assertThat(d.activities()).hasSize(i + 1);
      assertThat(d.inspections()).hasSize(i + 1);
      assertThat(d.selfDisciplineMeasures()).hasSize(i + 1);
      assertThat(d.disciplinaryActions()).hasSize(i + 1);
      assertThat(d.sanctions()).hasSize(i + 1);
      assertThat(d.evaluations()).hasSize(i + 1);
    }
    Dossier last = bulk.get(ids.size() - 1);
    assertThat(last.disputes()).isEmpty();
    assertThat(last.activities()).isEmpty();
    // org-b1 and org-b2 hold recognition in one cluster; org-b3 and org-b5 in the other
    assertThat(bulk.stream().map(Dossier::recognisedPeersInCluster).toList()).containsExactly(1, 1, 1, 2, 1);
    // the shared account: both POs and the founder of org-b3
    assertThat(bulk.get(0).accountSharedWith()).hasSize(3);
    assertThat(bulk.get(4).accountSharedWith()).hasSize(1);
  }

  @Test
  public void ids_that_name_no_po_are_left_out_and_a_subset_reads_only_its_own() {
    Ports ports = freshPorts();
    List<OrganizationId> ids = store(ports);
    var queries = Clustergov.using(ports).queries();

    List<Dossier> some = queries.dossiers(List.of(ids.get(2), new OrganizationId("org-none"), ids.get(0)), PERIOD);

    assertThat(some).extracting(d -> d.organization().id()).containsExactly(ids.get(2), ids.get(0));
    assertThat(some.get(0)).isEqualTo(queries.dossier(ids.get(2), PERIOD).get());
    assertThat(some.get(1)).isEqualTo(queries.dossier(ids.get(0), PERIOD).get());
  }
}
