package dev.clustergov.core.application.supervision;

import dev.clustergov.core.application.Refusal;
import dev.clustergov.core.application.internal.Context;
import dev.clustergov.core.organization.PromotionOrganization;
import dev.clustergov.core.rules.Finding;
import dev.clustergov.core.rules.Guard;
import dev.clustergov.core.rules.SupervisionRules;
import dev.clustergov.core.supervision.AuthorityId;
import dev.clustergov.core.supervision.Inspection;
import dev.clustergov.core.supervision.InspectionId;
import dev.clustergov.core.supervision.Sanction;
import dev.clustergov.core.supervision.SanctionId;
import io.vavr.control.Either;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/** What the supervision use cases share (Art.25–29): the authority check and loading with versions. */
public final class Supervision {

  private Supervision() {}

  /** Art.26: only the PO's own supervising authority inspects and sanctions it. */
  public static Optional<Finding> ownSupervisor(PromotionOrganization o, AuthorityId acting,
      dev.clustergov.core.application.port.Authorities authorities) {
    return SupervisionRules.OWN_SUPERVISOR.check(Guard.Supervising.named(acting, o.authority(),
        a -> authorities.find(a).map(dev.clustergov.core.supervision.Authority::name)));
  }

  /** Art.6: supervision is of a PO that operates — established, recognised or suspended. */
  public static Optional<Finding> operating(PromotionOrganization o, String command) {
    return Guard.LIFECYCLE.check(Guard.Move.operating(command, o));
  }

  public static Either<Refusal, Inspection> inspection(Context context, PromotionOrganization o, InspectionId id, OptionalLong expected) {
    return context.ports().inspections().find(id).filter(i -> i.organization().equals(o.id()))
        .<Either<Refusal, Inspection>>map(i -> expected != null && expected.isPresent() && expected.getAsLong() != i.version()
            ? Either.left(new Refusal.Conflict("Inspection", id.value(), expected.getAsLong(), i.version()))
            : Either.right(i))
        .orElseGet(() -> Either.left(new Refusal.NotFound("inspection", id.value())));
  }

  public static Either<Refusal, Sanction> sanction(Context context, PromotionOrganization o, SanctionId id, OptionalLong expected) {
    return context.ports().sanctions().find(id).filter(s -> s.organization().equals(o.id()))
        .<Either<Refusal, Sanction>>map(s -> expected != null && expected.isPresent() && expected.getAsLong() != s.version()
            ? Either.left(new Refusal.Conflict("Sanction", id.value(), expected.getAsLong(), s.version()))
            : Either.right(s))
        .orElseGet(() -> Either.left(new Refusal.NotFound("sanction", id.value())));
  }

  public static <T> List<T> plus(List<T> list, Optional<T> maybe) {
    if (maybe.isEmpty()) {
      return list;
    }
    var more = new java.util.ArrayList<>(list);
    more.add(maybe.get());
    return more;
  }
}
