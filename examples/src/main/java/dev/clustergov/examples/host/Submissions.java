package dev.clustergov.examples.host;

import dev.clustergov.core.application.Clustergov;
import dev.clustergov.core.application.establishment.EstablishOrganization;
import dev.clustergov.core.application.Ports;
import dev.clustergov.core.application.establishment.ProposeOrganization;
import dev.clustergov.core.application.Refusal;
import dev.clustergov.core.application.establishment.FoundingApplication;
import dev.clustergov.core.kernel.Violation;
import dev.clustergov.core.organization.CreditCode;
import dev.clustergov.core.organization.PromotionOrganization;
import io.vavr.control.Either;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Collectors;

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
    List<Violation> misfits = new ArrayList<>();
    FoundingApplication application = Filings.toApplication(filing, misfits);
    if (!misfits.isEmpty()) {
      // every problem at once: what did not map, then the library's own findings on the rest of the filing (save the
      // "required" of a value left out, which would only repeat it)
      Set<String> left = misfits.stream().map(Violation::field).collect(Collectors.toSet());
      List<Violation> all = new ArrayList<>(misfits);
      application.parse().fold(errors -> errors.filter(v -> !left.contains(v.field())).toJavaList(), ok -> List.<Violation>of())
          .forEach(all::add);
      return Either.left(new Refusal.Malformed(all));
    }
    // the credit code is the establishment's, judged once the filing itself is in order (as the use case would)
    CreditCode given = null;
    if (creditCode != null && !creditCode.isBlank()) {
      var parsed = CreditCode.parse("creditCode", creditCode);
      if (parsed.isInvalid()) {
        return Either.left(new Refusal.Malformed(List.of(parsed.getError())));
      }
      given = parsed.get();
    }
    CreditCode code = given;
    return ports.unitOfWork().run(() -> gov.proposeOrganization().handle(new ProposeOrganization.Command(application))
        .flatMap(proposed -> gov.establishOrganization().handle(
            new EstablishOrganization.Command(proposed.id(), OptionalLong.of(proposed.version()), code))));
  }
}
