package dev.clustergov.core.ip;

import dev.clustergov.core.kernel.Identifier;
import dev.clustergov.core.kernel.Violation;
import io.vavr.control.Validation;

/** The identifier of an IP management agreement (知识产权管理协议标识). */
public record IpAgreementId(String value) implements Comparable<IpAgreementId> {

  public IpAgreementId {
    Identifier.require(value);
  }

  public static Validation<Violation, IpAgreementId> parse(String field, String raw) {
    return Identifier.check(field, raw).map(IpAgreementId::new);
  }

  @Override
  public int compareTo(IpAgreementId o) {
    return value.compareTo(o.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
