package dev.clustergov.core.testkit.contract;

import dev.clustergov.core.cluster.Cluster;
import dev.clustergov.core.cluster.ClusterId;
import dev.clustergov.core.cluster.ClusterLevel;
import dev.clustergov.core.kernel.DomainEvent;
import dev.clustergov.core.kernel.RegionCode;
import dev.clustergov.core.organization.Founder;
import dev.clustergov.core.organization.FounderKind;
import dev.clustergov.core.organization.LifecycleStage;
import dev.clustergov.core.organization.OrganizationId;
import dev.clustergov.core.organization.PromotionOrganization;
import dev.clustergov.core.policy.PolicyPack;
import dev.clustergov.core.supervision.Authority;
import dev.clustergov.core.supervision.AuthorityId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * Small, valid aggregates for tests (样例), all at version 0: a cluster in Suzhou, the authority that
 * covers it and a PO serving it. Names are Chinese so that adapters prove they keep them intact.
 */
public final class Samples {
  private Samples() {}

  /** 苏州市 */
  public static final RegionCode SUZHOU = new RegionCode("320500");
  /** 江苏省 */
  public static final RegionCode JIANGSU = new RegionCode("320000");

  public static final ClusterId CLUSTER = new ClusterId("cluster-suzhou-biomed");
  public static final AuthorityId AUTHORITY = new AuthorityId("authority-suzhou");

  /** An instant at whole seconds, so that any store keeps it exactly. */
  public static final Instant AT = Instant.parse("2025-03-03T01:00:00Z");

  public static Cluster cluster() {
    return cluster(CLUSTER.value());
  }

  /** 苏州市澄远生物医药产业集群, a national cluster of 1,200 enterprises. */
  public static Cluster cluster(String id) {
    return new Cluster(new ClusterId(id), 0, "苏州市澄远生物医药产业集群", SUZHOU, "生物医药", ClusterLevel.NATIONAL, 1200);
  }

  public static Authority authority() {
    return authority(AUTHORITY.value());
  }

  /** 苏州市工业和信息化局, whose jurisdiction covers the sample cluster. */
  public static Authority authority(String id) {
    return new Authority(new AuthorityId(id), 0, "苏州市工业和信息化局", SUZHOU);
  }

  public static PromotionOrganization organization(String id) {
    return organization(id, CLUSTER, AUTHORITY, LifecycleStage.PROPOSED);
  }

  /** 苏州市澄远生物医药产业集群发展促进会, proposed on 2025-03-01 by a leading enterprise and a research institution. */
  public static PromotionOrganization organization(String id, ClusterId cluster, AuthorityId authority, LifecycleStage stage) {
    return PromotionOrganization.builder()
        .id(new OrganizationId(id))
        .name("苏州市澄远生物医药产业集群发展促进会")
        .cluster(cluster)
        .authority(authority)
        .guidingBody("苏州市人民政府")
        .addFounders(new Founder("苏州某生物医药龙头企业有限公司", FounderKind.LEADING_ENTERPRISE, Optional.empty()))
        .addFounders(new Founder("苏州某医药研究院", FounderKind.RESEARCH_INSTITUTION, Optional.empty()))
        .stage(stage)
        .proposedOn(LocalDate.of(2025, 3, 1))
        .build();
  }

  /** The {@code n}-th sample event about PO {@code organizationId}, {@code n} seconds after {@link #AT}. */
  public static DomainEvent event(String organizationId, int n) {
    return DomainEvent.of("OrganizationProposed", "PromotionOrganization", organizationId, AT.plusSeconds(n),
        Map.of("n", Integer.toString(n), "name", "苏州市澄远生物医药产业集群发展促进会", "note", "line one\nline=two"));
  }

  /**
   * A policy pack for {@code jurisdiction} at {@code version}. The one place that builds packs for the
   * contracts: adapt it when {@link PolicyPack} changes.
   */
  public static PolicyPack policyPack(RegionCode jurisdiction, int version) {
    return PolicyPack.parse(jurisdiction, java.time.LocalDate.of(2025, 1, 1).plusDays(version), version,
            dev.clustergov.core.kernel.Text.of("样例政策包 " + version, "sample pack " + version),
            Map.of("staffing.requireAllCategories", version % 2 == 0 ? "true" : "false"))
        .toEither().getOrElseThrow(e -> new IllegalStateException(e.toString()));
  }
}
