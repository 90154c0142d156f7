package dev.clustergov.core.application.operation;

import dev.clustergov.core.application.Refusal;
import dev.clustergov.core.application.internal.Context;
import dev.clustergov.core.kernel.Validations;
import dev.clustergov.core.kernel.Violation;
import dev.clustergov.core.operation.Platform;
import dev.clustergov.core.operation.PlatformId;
import dev.clustergov.core.operation.PlatformKind;
import dev.clustergov.core.operation.PlatformRole;
import dev.clustergov.core.organization.OrganizationId;
import dev.clustergov.core.rules.Finding;
import dev.clustergov.core.rules.Guard;
import dev.clustergov.core.rules.OperationRules;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.OptionalLong;

/**
 * Registers a hard platform the PO built or coordinates (统筹搭建硬平台, Art.17): an innovation centre,
 * pilot-scale base, shared manufacturing centre or the like, who operates it, the day it opened, and
 * whether it is open to all members. A restriction without a reason is recorded as it is and reported
 * by {@code A17-open-platforms}; a reason given for an open platform is malformed.
 *
 * <p>Typed values (decision 0390): {@code openToAllMembers} null means open, {@code openedOn} null for today.
 */
public final class RegisterPlatform {

  public static final List<Guard<?>> GUARDS = List.of(Guard.LIFECYCLE, OperationRules.OPERATION_DATES);

  public record Command(
      OrganizationId organization, String name, PlatformKind kind, PlatformRole role, String operator, LocalDate openedOn,
      Boolean openToAllMembers, String restrictionReason) {}

  private final Context context;

  public RegisterPlatform(Context context) {
    this.context = context;
  }

  public Either<Refusal, Platform> handle(Command c) {
    // parsed, loaded, decided and written in one unit of work: no decision rests on a read outside it
    return context.write(() -> decide(c));
  }

  private Either<Refusal, Platform> decide(Command c) {
    LocalDate today = context.today();
    var name = Validations.seq(Validations.text("name", c.name(), 200));
    var kind = Validations.seq(Validations.required("kind", c.kind()));
    var role = Validations.seq(Validations.required("role", c.role()));
    var operator = Validations.seq(Validations.text("operator", c.operator(), 200));
    var opened = Validations.dayOr("openedOn", c.openedOn(), today);
    boolean open = c.openToAllMembers() == null || c.openToAllMembers();
    var reason = ChangePlatformOpenness.reason(open, c.restrictionReason());
    Seq<Violation> errors = Validations.errors(name, kind, role, operator, opened, reason);
    if (!errors.isEmpty()) {
      return Either.left(Refusal.malformed(errors));
    }
    return context.acting().on("RegisterPlatform", c.organization(), OptionalLong.empty()).flatMap(o -> {
      List<Finding> findings = Stream.of(
              Guard.LIFECYCLE.check(Guard.Move.acting("RegisterPlatform", o)),
              OperationRules.OPERATION_DATES.check(new OperationRules.OperationDate.Recorded("openedOn", opened.get(), o.proposedOn(), today)))
          .flatMap(Optional::stream).toList();
      if (!findings.isEmpty()) {
        return Context.reject("RegisterPlatform", findings);
      }
      PlatformId id = new PlatformId(context.ports().ids().next("platform"));
      Platform p = new Platform(id, 0, o.id(), name.get(), kind.get(), role.get(), operator.get(), opened.get(), open, reason.get());
      return context.write(() -> {
        Platform saved = context.ports().platforms().save(p);
        context.recorder().record(new OperationEvent.PlatformRegistered(id, o.id(), saved.name(), saved.kind(), saved.role(),
            saved.operator(), saved.openedOn(), saved.openToAllMembers(), saved.restrictionReason()));
        return Either.right(saved);
      });
    });
  }
}
