package dev.clustergov.core.application.port;

import dev.clustergov.core.ip.IpAgreement;
import dev.clustergov.core.ip.IpAgreementId;
import dev.clustergov.core.organization.OrganizationId;
import java.util.List;
import java.util.Optional;

/** The register of IP management agreements (知识产权管理协议登记, Art.16): a driven port. */
public interface IpAgreements {
  Optional<IpAgreement> find(IpAgreementId id);

  /** Optimistic like {@link Clusters#save}. */
  IpAgreement save(IpAgreement agreement);

  /** Every agreement of {@code organization}, ordered by id. */
  List<IpAgreement> of(OrganizationId organization);
}
