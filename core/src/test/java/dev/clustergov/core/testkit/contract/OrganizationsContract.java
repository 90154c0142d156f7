package dev.clustergov.core.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clustergov.core.application.port.OrganizationQuery;
import dev.clustergov.core.application.port.Organizations;
import dev.clustergov.core.cluster.Cluster;
import dev.clustergov.core.cluster.ClusterId;
import dev.clustergov.core.cluster.ClusterLevel;
import dev.clustergov.core.kernel.RegionCode;
import dev.clustergov.core.organization.ImmutablePromotionOrganization;
import dev.clustergov.core.organization.LifecycleStage;
import dev.clustergov.core.organization.OrganizationId;
import dev.clustergov.core.organization.PromotionOrganization;
import dev.clustergov.core.supervision.Authority;
import dev.clustergov.core.supervision.AuthorityId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link Organizations}: extend it with a factory of a fresh, empty adapter and a way
 * to store the clusters and authorities the sample POs refer to (for adapters with foreign keys).
 */
public abstract class OrganizationsContract extends VersionedAggregatesContract<PromotionOrganization, OrganizationId> {
  /** A second cluster, in 无锡市, for filters. */
  protected static final ClusterId OTHER_CLUSTER = new ClusterId("cluster-wuxi-iot");
  /** A second authority, 江苏省工业和信息化厅, for filters. */
  protected static final AuthorityId OTHER_AUTHORITY = new AuthorityId("authority-jiangsu");

  private static final List<LifecycleStage> STAGES = List.of(
      LifecycleStage.PROPOSED, LifecycleStage.ESTABLISHED, LifecycleStage.RECOGNISED, LifecycleStage.SUSPENDED);

  private Organizations organizations;

  /** A fresh, empty adapter; called once per test, on first use, before the {@code store…} hooks. */
  protected abstract Organizations freshOrganizations();

  /** Makes {@code cluster} exist where the adapter under test can refer to it. */
  protected abstract void storeCluster(Cluster cluster);

  /** Makes {@code authority} exist where the adapter under test can refer to it. */
  protected abstract void storeAuthority(Authority authority);

  protected final Organizations organizations() {
    if (organizations == null) {
      organizations = freshOrganizations();
      storeCluster(Samples.cluster());
      storeCluster(new Cluster(OTHER_CLUSTER, 0, "无锡市昱岑物联网产业集群", new RegionCode("320200"), "物联网",
          ClusterLevel.NATIONAL, 800));
      storeAuthority(Samples.authority());
      storeAuthority(new Authority(OTHER_AUTHORITY, 0, "江苏省工业和信息化厅", Samples.JIANGSU));
    }
    return organizations;
  }

  /** 23 POs over both clusters, both authorities and four stages, saved in scrambled id order. */
  private List<PromotionOrganization> saveTwentyThree() {
    List<PromotionOrganization> saved = new ArrayList<>();
    for (int k = 0; k < 23; k++) {
      int i = (k * 7) % 23 + 1;
      saved.add(organizations().save(Samples.organization(
          String.format("org-%03d", i),
          i % 2 == 0 ? Samples.CLUSTER : OTHER_CLUSTER,
          i % 3 == 0 ? Samples.AUTHORITY : OTHER_AUTHORITY,
          STAGES.get(i % STAGES.size()))));
    }
    return saved;
  }

  /** Follows the keyset from the first page to the last, checking each page on the way. */
  private List<PromotionOrganization> everyPage(OrganizationQuery first) {
    List<PromotionOrganization> visited = new ArrayList<>();
    Optional<OrganizationId> after = first.after();
    for (int pages = 0; pages < 1_000; pages++) {
      List<PromotionOrganization> page = organizations().list(
          new OrganizationQuery(first.cluster(), first.authority(), first.stage(), after, first.limit()));
      assertThat(page).hasSizeLessThanOrEqualTo(first.limit());
      assertThat(page).extracting(PromotionOrganization::id).isSortedAccordingTo(Comparator.naturalOrder());
      visited.addAll(page);
      if (page.size() < first.limit()) {
        return visited;
      }
      after = Optional.of(page.get(page.size() - 1).id());
    }
    throw new AssertionError("paging did not end");
  }

  @Test
  public void list_filters_and_keyset_pagination_visit_every_match_exactly_once_across_pages_in_id_order() {
    List<PromotionOrganization> saved = saveTwentyThree();
    List<OrganizationQuery> filters = List.of(
        OrganizationQuery.all(1),
        new OrganizationQuery(Optional.of(Samples.CLUSTER), Optional.empty(), Optional.empty(), Optional.empty(), 1),
        new OrganizationQuery(Optional.empty(), Optional.of(OTHER_AUTHORITY), Optional.empty(), Optional.empty(), 1),
        new OrganizationQuery(Optional.empty(), Optional.empty(), Optional.of(LifecycleStage.RECOGNISED), Optional.empty(), 1),
        new OrganizationQuery(Optional.of(OTHER_CLUSTER), Optional.of(Samples.AUTHORITY), Optional.of(LifecycleStage.SUSPENDED),
            Optional.empty(), 1),
        new OrganizationQuery(Optional.of(new ClusterId("cluster-none")), Optional.empty(), Optional.empty(), Optional.empty(), 1));

    for (OrganizationQuery filter : filters) {
      List<PromotionOrganization> expected = saved.stream()
          .filter(filter::matches)
          .sorted(Comparator.comparing(PromotionOrganization::id))
          .collect(Collectors.toList());
      for (int limit : List.of(1, 2, 5, 23, OrganizationQuery.MAX_LIMIT)) {
        OrganizationQuery query = new OrganizationQuery(filter.cluster(), filter.authority(), filter.stage(), Optional.empty(), limit);
        assertThat(everyPage(query)).as("%s", query).containsExactlyElementsOf(expected);
      }
    }
  }

  @Test
  public void a_page_holds_the_first_matches_in_id_order_up_to_the_limit() {
    saveTwentyThree();

    assertThat(organizations().list(OrganizationQuery.all(5)))
        .extracting(o -> o.id().value())
        .containsExactly("org-001", "org-002", "org-003", "org-004", "org-005");
  }

  @Test
  public void a_page_starts_strictly_after_the_given_id_even_one_never_stored() {
    saveTwentyThree();
    OrganizationQuery afterStored = new OrganizationQuery(
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(new OrganizationId("org-010")), 2);
    OrganizationQuery afterUnknown = new OrganizationQuery(
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(new OrganizationId("org-0105")), 2);

    assertThat(organizations().list(afterStored)).extracting(o -> o.id().value()).containsExactly("org-011", "org-012");
    assertThat(organizations().list(afterUnknown)).extracting(o -> o.id().value()).containsExactly("org-011", "org-012");
  }

  @Test
  public void ids_are_ordered_by_code_point_as_OrganizationId_compares_them() {
    List<String> ids = List.of("org_1", "org.1", "org-a", "org-A", "org-1", "Org-B", "ORG-1");
    for (String id : ids) {
      organizations().save(Samples.organization(id));
    }
    List<String> expected = ids.stream().sorted().collect(Collectors.toList());

    assertThat(everyPage(OrganizationQuery.all(2))).extracting(o -> o.id().value()).containsExactlyElementsOf(expected);
  }

  @Test
  public void a_list_shows_each_organization_at_its_latest_version_and_stage() {
    PromotionOrganization v1 = organizations().save(Samples.organization("org-001"));
    PromotionOrganization v2 = organizations().save(
        ImmutablePromotionOrganization.copyOf(v1).withStage(LifecycleStage.ESTABLISHED));
    OrganizationQuery proposed = new OrganizationQuery(
        Optional.empty(), Optional.empty(), Optional.of(LifecycleStage.PROPOSED), Optional.empty(), 10);

    assertThat(organizations().list(OrganizationQuery.all(10))).containsExactly(v2);
    assertThat(organizations().list(proposed)).isEmpty();
  }

  @Test
  public void count_in_cluster_counts_that_cluster_and_stage_and_excludes_the_given_id() {
    OrganizationId except = new OrganizationId("org-002");
    organizations().save(Samples.organization("org-001", Samples.CLUSTER, Samples.AUTHORITY, LifecycleStage.ESTABLISHED));
    organizations().save(Samples.organization("org-002", Samples.CLUSTER, Samples.AUTHORITY, LifecycleStage.ESTABLISHED));
    PromotionOrganization third = organizations().save(
        Samples.organization("org-003", Samples.CLUSTER, OTHER_AUTHORITY, LifecycleStage.ESTABLISHED));
    organizations().save(Samples.organization("org-004", Samples.CLUSTER, Samples.AUTHORITY, LifecycleStage.PROPOSED));
    organizations().save(Samples.organization("org-005", OTHER_CLUSTER, Samples.AUTHORITY, LifecycleStage.ESTABLISHED));

    assertThat(organizations().countInCluster(Samples.CLUSTER, LifecycleStage.ESTABLISHED, except)).isEqualTo(2);
    assertThat(organizations().countInCluster(Samples.CLUSTER, LifecycleStage.ESTABLISHED, new OrganizationId("org-none")))
        .isEqualTo(3);
    assertThat(organizations().countInCluster(OTHER_CLUSTER, LifecycleStage.RECOGNISED, except)).isZero();

    organizations().save(ImmutablePromotionOrganization.copyOf(third).withStage(LifecycleStage.RECOGNISED));

    assertThat(organizations().countInCluster(Samples.CLUSTER, LifecycleStage.ESTABLISHED, except)).isEqualTo(1);
    assertThat(organizations().countInCluster(Samples.CLUSTER, LifecycleStage.RECOGNISED, except)).isEqualTo(1);
  }

  @Override
  protected final String aggregateType() {
    return "PromotionOrganization";
  }

  @Override
  protected final PromotionOrganization sample(int n) {
    return Samples.organization(String.format("org-%03d", n));
  }

  @Override
  protected final PromotionOrganization changed(PromotionOrganization o) {
    return ImmutablePromotionOrganization.copyOf(o).withName(o.name() + "（更名）");
  }

  @Override
  protected final PromotionOrganization save(PromotionOrganization o) {
    return organizations().save(o);
  }

  @Override
  protected final Optional<PromotionOrganization> find(OrganizationId id) {
    return organizations().find(id);
  }

  @Override
  protected final OrganizationId id(PromotionOrganization o) {
    return o.id();
  }

  @Override
  protected final long version(PromotionOrganization o) {
    return o.version();
  }

  @Override
  protected final PromotionOrganization withVersion(PromotionOrganization o, long version) {
    return ImmutablePromotionOrganization.copyOf(o).withVersion(version);
  }

  @Test
  public void account_holders_are_found_by_number_across_pos_and_founders_and_hire_terms_round_trip() {
    PromotionOrganization a = Samples.organization("org-acc-a");
    a = PromotionOrganization.builder().from(a)
        .bankAccount(new dev.clustergov.core.finance.BankAccount(a.name(), "6222-0001", "澄信银行"))
        .founders(List.of(new dev.clustergov.core.organization.Founder("甲公司", dev.clustergov.core.organization.FounderKind.LEADING_ENTERPRISE,
            Optional.empty(), Optional.of("6222-0002"))))
        .staff(List.of(new dev.clustergov.core.management.StaffMember(new dev.clustergov.core.governance.PersonId("s-1"), "吴昊",
            dev.clustergov.core.management.StaffCategory.MANAGEMENT, dev.clustergov.core.management.Recruitment.OPEN_RECRUITMENT,
            Optional.of(new dev.clustergov.core.management.HireTerms(java.time.LocalDate.of(2025, 2, 1),
                dev.clustergov.core.kernel.Money.yuan("15000.50"), dev.clustergov.core.kernel.Money.yuan("14000.00"))))))
        .build();
    PromotionOrganization b = PromotionOrganization.builder().from(Samples.organization("org-acc-b"))
        .founders(List.of(new dev.clustergov.core.organization.Founder("乙研究院", dev.clustergov.core.organization.FounderKind.RESEARCH_INSTITUTION,
            Optional.empty(), Optional.of("6222-0001"))))
        .build();
    PromotionOrganization savedA = organizations().save(a);
    organizations().save(b);

    assertThat(organizations().find(a.id())).contains(savedA);
    assertThat(organizations().accountHolders("6222-0001")).containsExactly(
        new dev.clustergov.core.finance.AccountHolder(a.id(), dev.clustergov.core.finance.AccountHolder.Role.ORGANIZATION, a.name()),
        new dev.clustergov.core.finance.AccountHolder(b.id(), dev.clustergov.core.finance.AccountHolder.Role.FOUNDER, "乙研究院"));
    assertThat(organizations().accountHolders("6222-0002")).containsExactly(
        new dev.clustergov.core.finance.AccountHolder(a.id(), dev.clustergov.core.finance.AccountHolder.Role.FOUNDER, "甲公司"));
    assertThat(organizations().accountHolders("6222-9999")).isEmpty();
  }
}
