package dev.clustergov.examples.host;

import dev.clustergov.core.application.Clustergov;
import dev.clustergov.core.application.establishment.EstablishOrganization;
import dev.clustergov.core.application.Ports;
import dev.clustergov.core.application.establishment.ProposeOrganization;
import dev.clustergov.core.application.Refusal;
import dev.clustergov.core.organization.PromotionOrganization;
import io.vavr.control.Either;
import java.util.OptionalLong;

/**
 * The platform's "submit to clustergov" service (提交组建): a filing that comes with the credit code of
 * the registered legal person is proposed and established in one step. Both use cases run inside one
 * unit of work of the host's ports, so a filing the guideline refuses at establishment leaves no
 * proposed PO behind: all of it or nothing.
 */
public final class Submissions {

  private final Ports ports;
  private final Clustergov gov;

  public Submissions(Ports ports) {
    this.ports = ports;
    this.gov = Clustergov.using(ports);
  }

  public Either<Refusal, PromotionOrganization> submit(Filing filing, String creditCode) {
    return ports.unitOfWork().run(() -> gov.proposeOrganization().handle(new ProposeOrganization.Command(Filings.toApplication(filing)))
        .flatMap(proposed -> gov.establishOrganization().handle(
            new EstablishOrganization.Command(proposed.id(), OptionalLong.of(proposed.version()), creditCode))));
  }
}
