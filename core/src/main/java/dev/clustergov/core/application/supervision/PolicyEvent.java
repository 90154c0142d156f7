package dev.clustergov.core.application.supervision;

import dev.clustergov.core.finance.Period;
import dev.clustergov.core.incentive.IncentiveAwardId;
import dev.clustergov.core.incentive.MetricAward;
import dev.clustergov.core.kernel.Event;
import dev.clustergov.core.kernel.Money;
import dev.clustergov.core.organization.OrganizationId;
import dev.clustergov.core.policy.PolicyPack;
import dev.clustergov.core.supervision.AuthorityId;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What local policy and its incentives record (政策与激励事件, Art.29–30): a policy pack published for a
 * jurisdiction, an incentive granted to a PO. Each becomes the event log's data only in {@link #data()}, with
 * the keys and formats stored before events were typed (pinned by {@code EvaluationEventsGoldenTest}).
 */
public sealed interface PolicyEvent extends Event {

  /** A local pack published: every value it sets by parameter key, its jurisdiction, version and first day. */
  record PolicyPackPublished(PolicyPack pack) implements PolicyEvent {


    @Override
    public String aggregateType() {
      return "policyPack";
    }

    @Override
    public String aggregateId() {
      return pack.jurisdiction().value() + "@" + pack.version();
    }

    @Override
    public Map<String, String> data() {
      Map<String, String> data = new TreeMap<>(pack.rawValues().toJavaMap());
      data.put("jurisdiction", pack.jurisdiction().value());
      data.put("version", String.valueOf(pack.version()));
      data.put("effectiveFrom", pack.effectiveFrom().toString());
      return data;
    }
  }

  /** An incentive granted by an authority to a PO for a period: the amount, each metric's, and the pack versions used. */
  record IncentiveGranted(IncentiveAwardId award, OrganizationId organization, AuthorityId authority, Period period, Money amount,
      List<MetricAward> metrics, List<String> policyVersions) implements PolicyEvent {

    public IncentiveGranted {
      metrics = List.copyOf(metrics);
      policyVersions = List.copyOf(policyVersions);
    }

    @Override
    public String aggregateType() {
      return "incentiveAward";
    }

    @Override
    public String aggregateId() {
      return award.value();
    }

    @Override
    public Map<String, String> data() {
      Map<String, String> data = new TreeMap<>();
      data.put("organization", organization.value());
      data.put("authority", authority.value());
      data.put("from", period.from().toString());
      data.put("to", period.to().toString());
      data.put("amount", amount.toString());
      for (MetricAward m : metrics) {
        data.put("metric." + m.metric().name(), m.amount().toString());
      }
      data.put("policy", String.join("; ", policyVersions));
      return data;
    }
  }
}
