package dev.clustergov.core.testkit.contract;

import dev.clustergov.core.application.Ports;
import dev.clustergov.core.disclosure.Channel;
import dev.clustergov.core.disclosure.ChannelKind;
import dev.clustergov.core.disclosure.Disclosure;
import dev.clustergov.core.disclosure.DisclosureId;
import dev.clustergov.core.disclosure.DisclosureKind;
import dev.clustergov.core.disclosure.DisclosureObligation;
import dev.clustergov.core.disclosure.DisclosureObligationId;
import dev.clustergov.core.organization.LifecycleStage;
import dev.clustergov.core.organization.OrganizationId;
import dev.clustergov.core.supervision.Authority;
import dev.clustergov.core.supervision.AuthorityId;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What the disclosure contracts stand on: a fresh set of ports holding the sample cluster, two
 * authorities and three POs — two under the Suzhou authority, one under the province — so that
 * adapters with foreign keys and the per-authority queries have something to refer to.
 */
final class DisclosureRegistry {
  static final AuthorityId PROVINCE = new AuthorityId("authority-jiangsu");
  static final OrganizationId FIRST = new OrganizationId("org-1");
  static final OrganizationId SECOND = new OrganizationId("org-2");
  static final OrganizationId PROVINCIAL = new OrganizationId("org-3");

  private DisclosureRegistry() {}

  static Ports prepare(Ports ports) {
    ports.clusters().save(Samples.cluster());
    ports.authorities().save(Samples.authority());
    ports.authorities().save(new Authority(PROVINCE, 0, "江苏省工业和信息化厅", Samples.JIANGSU));
    ports.organizations().save(Samples.organization(FIRST.value(), Samples.CLUSTER, Samples.AUTHORITY, LifecycleStage.RECOGNISED));
    ports.organizations().save(Samples.organization(SECOND.value(), Samples.CLUSTER, Samples.AUTHORITY, LifecycleStage.ESTABLISHED));
    ports.organizations().save(Samples.organization(PROVINCIAL.value(), Samples.CLUSTER, PROVINCE, LifecycleStage.ESTABLISHED));
    return ports;
  }

  /** The {@code n}-th sample disclosure of {@code organization}: kinds rotate, published {@code n} days into 2026. */
  static Disclosure disclosure(String id, OrganizationId organization, int n) {
    DisclosureKind kind = DisclosureKind.values()[Math.floorMod(n, DisclosureKind.values().length)];
    return new Disclosure(new DisclosureId(id), 0, organization, kind,
        kind == DisclosureKind.ANNUAL_REPORT ? OptionalInt.of(2025) : OptionalInt.empty(),
        kind == DisclosureKind.MAJOR_MATTER ? Optional.of(new DisclosureObligationId("dob-" + n)) : Optional.empty(),
        LocalDate.of(2026, 1, 1).plusDays(n), new Channel(ChannelKind.WEBSITE, "https://www.szbio.org.cn/xxgk/" + n + "?a=b&c=中文"),
        "苏州市澄远生物医药产业集群发展促进会 " + kind.label().zh() + "（第" + n + "号）");
  }

  static Disclosure annualReport(String id, OrganizationId organization, int year, LocalDate publishedOn) {
    return new Disclosure(new DisclosureId(id), 0, organization, DisclosureKind.ANNUAL_REPORT, OptionalInt.of(year),
        Optional.empty(), publishedOn, new Channel(ChannelKind.NEWSPAPER, "苏州日报 " + publishedOn + " A5版"), year + "年度工作报告");
  }

  /** An open obligation that arose {@code n} days into 2026, due 30 days later. */
  static DisclosureObligation obligation(String id, OrganizationId organization, int n) {
    return DisclosureObligation.arising(new DisclosureObligationId(id), organization, "SeatAppointed.DECISION", n + 1,
        LocalDate.of(2026, 1, 1).plusDays(n), 30);
  }
}
