package dev.clustergov.core.application.management;

import dev.clustergov.core.application.Refusal;
import dev.clustergov.core.application.internal.Context;
import static dev.clustergov.core.kernel.Validations.seq;

import dev.clustergov.core.kernel.Validations;
import dev.clustergov.core.kernel.Violation;
import dev.clustergov.core.management.ManagementSystemKind;
import dev.clustergov.core.organization.OrganizationId;
import dev.clustergov.core.organization.PromotionOrganization;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import java.time.LocalDate;
import java.util.OptionalLong;

/**
 * Revises an adopted management system (修订规章制度, Art.9): a new revision, numbered one on and dated
 * no earlier than the current one, which it supersedes; earlier revisions stay on record.
 */
public final class ReviseManagementSystem {

  /** The guards revising applies: those of adopting. */
  public static final java.util.List<dev.clustergov.core.rules.Guard<?>> GUARDS = AdoptManagementSystem.GUARDS;

  public record Command(OrganizationId organization, OptionalLong expectedVersion, ManagementSystemKind kind, String title, LocalDate revisedOn) {}

  private final Context context;

  public ReviseManagementSystem(Context context) {
    this.context = context;
  }

  public Either<Refusal, PromotionOrganization> handle(Command c) {
    // parsed, loaded, decided and written in one unit of work: no decision rests on a read outside it
    return context.write(() -> decide(c));
  }

  private Either<Refusal, PromotionOrganization> decide(Command c) {
    var kind = seq(Validations.required("kind", c.kind()));
    var title = seq(Validations.text("title", c.title(), 200));
    var on = context.pastDate("revisedOn", c.revisedOn());
    Seq<Violation> errors = Validations.errors(kind, title, on);
    if (!errors.isEmpty()) {
      return Either.left(Refusal.malformed(errors));
    }
    return context.acting().on("ReviseManagementSystem", c.organization(), c.expectedVersion()).flatMap(o -> AdoptManagementSystem.ManagementSystems
        .change("ReviseManagementSystem", context, o, kind.get(), title.get(), on.get(), false));
  }
}
