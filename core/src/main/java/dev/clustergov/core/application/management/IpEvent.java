package dev.clustergov.core.application.management;

import dev.clustergov.core.ip.IpAgreementId;
import dev.clustergov.core.ip.Revision;
import dev.clustergov.core.ip.Signature;
import dev.clustergov.core.kernel.Event;
import dev.clustergov.core.organization.OrganizationId;
import java.util.Map;
import java.util.TreeMap;

/**
 * IP management agreements (知识产权管理协议, Art.16): drafted, amended, signed by each party, and in force
 * once every party has signed a revision.
 */
public sealed interface IpEvent extends Event {

  /** Revision 1 of an agreement's terms, awaiting every party's signature. */
  record IpAgreementDrafted(IpAgreementId agreement, OrganizationId organization, String title, Revision revision) implements IpEvent {
    @Override public String aggregateType() {
      return "ipAgreement";
    }

    @Override public String aggregateId() {
      return agreement.value();
    }

    @Override public Map<String, String> data() {
      return revisionData(organization, title, revision);
    }
  }

  /** New terms proposed, in force only once every party has signed them again. */
  record IpAgreementAmended(IpAgreementId agreement, OrganizationId organization, String title, Revision revision) implements IpEvent {
    @Override public String aggregateType() {
      return "ipAgreement";
    }

    @Override public String aggregateId() {
      return agreement.value();
    }

    @Override public Map<String, String> data() {
      return revisionData(organization, title, revision);
    }
  }

  /** The parties in name order joined by 、, and the shares as {@code name=percent} likewise. */
  private static Map<String, String> revisionData(OrganizationId organization, String title, Revision r) {
    Map<String, String> data = new TreeMap<>();
    data.put("organization", organization.value());
    data.put("title", title);
    data.put("revision", Integer.toString(r.number()));
    data.put("parties", String.join("、", r.terms().partyNames()));
    StringBuilder shares = new StringBuilder();
    r.terms().shares().forEach((k, v) -> shares.append(shares.length() == 0 ? "" : "、").append(k).append('=').append(v.toPlainString()));
    data.put("shares", shares.toString());
    return data;
  }

  /** A party's signature of revision {@code revision}. */
  record IpAgreementSigned(IpAgreementId agreement, OrganizationId organization, int revision, Signature signature) implements IpEvent {
    @Override public String aggregateType() {
      return "ipAgreement";
    }

    @Override public String aggregateId() {
      return agreement.value();
    }

    @Override public Map<String, String> data() {
      Map<String, String> data = new TreeMap<>();
      data.put("organization", organization.value());
      data.put("revision", Integer.toString(revision));
      data.put("party", signature.party());
      data.put("signatory", signature.signatory());
      data.put("on", signature.on().toString());
      return data;
    }
  }

  /**
   * With the last signature needed, revision {@code revision} takes effect on {@code on}: the day of the last signature it
   * needed, not the day the signature was entered (decision 0609).
   */
  record IpAgreementInForce(IpAgreementId agreement, OrganizationId organization, int revision, java.time.LocalDate on) implements IpEvent {
    @Override public String aggregateType() {
      return "ipAgreement";
    }

    @Override public String aggregateId() {
      return agreement.value();
    }

    @Override public Map<String, String> data() {
      return Map.of("organization", organization.value(), "revision", Integer.toString(revision), "on", on.toString());
    }
  }
}
