package dev.clustergov.core.application.operation;

import dev.clustergov.core.application.Refusal;
import dev.clustergov.core.application.internal.Inputs;
import dev.clustergov.core.application.internal.Context;
import dev.clustergov.core.kernel.Validations;
import dev.clustergov.core.kernel.Violation;
import dev.clustergov.core.operation.Platform;
import dev.clustergov.core.operation.PlatformId;
import dev.clustergov.core.organization.OrganizationId;
import dev.clustergov.core.rules.Guard;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Validation;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Opens a platform to all member units, or restricts it to part of them with the reason (平台开放, Art.17).
 * A restriction without a reason is recorded and reported by {@code A17-open-platforms}; a reason for
 * an open platform is malformed. Another PO's platform is not found.
 */
public final class ChangePlatformOpenness {

  public static final List<Guard<?>> GUARDS = List.of(Guard.LIFECYCLE);

  public record Command(
      OrganizationId organization, PlatformId platform, OptionalLong expectedVersion, boolean openToAllMembers, String restrictionReason) {}

  private final Context context;

  public ChangePlatformOpenness(Context context) {
    this.context = context;
  }

  /** The reason of a restriction: optional text when restricted, nothing when open. */
  public static Validation<Seq<Violation>, Optional<String>> reason(boolean open, String raw) {
    if (open && raw != null && !raw.isBlank()) {
      return Validation.invalid(io.vavr.collection.List.of(Violation.of("restrictionReason", "open-needs-no-reason",
          "向全体成员单位开放的硬平台无须说明限制理由", "a platform open to all member units has no restriction reason")));
    }
    return Inputs.optionalText("restrictionReason", raw, 1000);
  }

  public Either<Refusal, Platform> handle(Command c) {
    // parsed, loaded, decided and written in one unit of work: no decision rests on a read outside it
    return context.write(() -> decide(c));
  }

  private Either<Refusal, Platform> decide(Command c) {
    var id = Validations.seq(Validations.required("platform", c.platform()));
    var reason = reason(c.openToAllMembers(), c.restrictionReason());
    Seq<Violation> errors = Validations.errors(id, reason);
    if (!errors.isEmpty()) {
      return Either.left(Refusal.malformed(errors));
    }
    return context.acting().on("ChangePlatformOpenness", c.organization(), OptionalLong.empty()).flatMap(o -> context.ports().platforms().find(id.get())
        .filter(p -> p.organization().equals(o.id()))
        .<Either<Refusal, Platform>>map(p -> {
          if (c.expectedVersion() != null && c.expectedVersion().isPresent() && c.expectedVersion().getAsLong() != p.version()) {
            return Either.left(new Refusal.Conflict("Platform", p.id().value(), c.expectedVersion().getAsLong(), p.version()));
          }
          var closed = Guard.LIFECYCLE.check(Guard.Move.acting("ChangePlatformOpenness", o));
          if (closed.isPresent()) {
            return Context.reject("ChangePlatformOpenness", closed.get());
          }
          return context.write(() -> {
            Platform saved = context.ports().platforms().save(new Platform(p.id(), p.version(), p.organization(), p.name(), p.kind(),
                p.role(), p.operator(), p.openedOn(), c.openToAllMembers(), reason.get()));
            context.recorder().record(new OperationEvent.PlatformOpennessChanged(p.id(), o.id(), saved.openToAllMembers(),
                saved.restrictionReason()));
            return Either.right(saved);
          });
        })
        .orElseGet(() -> Either.left(new Refusal.NotFound("platform", id.get().value()))));
  }
}
