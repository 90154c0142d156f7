package dev.clustergov.core.application.operation;

import dev.clustergov.core.application.Refusal;
import dev.clustergov.core.application.internal.Context;
import dev.clustergov.core.kernel.Validations;
import dev.clustergov.core.kernel.Violation;
import dev.clustergov.core.operation.Membership;
import dev.clustergov.core.operation.MembershipId;
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
 * Records that a member unit left the cluster's membership (成员单位退出, Art.17) on a day (today when
 * none is given). Refused when it has left already, when the day lies before it joined or after today;
 * another PO's member is not found. The command's {@code leftOn} is the day it left, null for today.
 */
public final class RecordMemberLeaving {

  public static final List<Guard<?>> GUARDS = List.of(OperationRules.MEMBERSHIP_ENDED, OperationRules.OPERATION_DATES);

  public record Command(OrganizationId organization, MembershipId membership, OptionalLong expectedVersion, LocalDate leftOn) {}

  private final Context context;

  public RecordMemberLeaving(Context context) {
    this.context = context;
  }

  public Either<Refusal, Membership> handle(Command c) {
    // parsed, loaded, decided and written in one unit of work: no decision rests on a read outside it
    return context.write(() -> decide(c));
  }

  private Either<Refusal, Membership> decide(Command c) {
    LocalDate today = context.today();
    var id = Validations.seq(Validations.required("membership", c.membership()));
    var left = Validations.dayOr("leftOn", c.leftOn(), today);
    Seq<Violation> errors = Validations.errors(id, left);
    if (!errors.isEmpty()) {
      return Either.left(Refusal.malformed(errors));
    }
    return context.acting().on("RecordMemberLeaving", c.organization(), OptionalLong.empty()).flatMap(o -> context.ports().memberships().find(id.get())
        .filter(m -> m.organization().equals(o.id()))
        .<Either<Refusal, Membership>>map(m -> {
          if (c.expectedVersion() != null && c.expectedVersion().isPresent() && c.expectedVersion().getAsLong() != m.version()) {
            return Either.left(new Refusal.Conflict("Membership", m.id().value(), c.expectedVersion().getAsLong(), m.version()));
          }
          List<Finding> findings = Stream.of(
                  OperationRules.MEMBERSHIP_ENDED.check(m),
                  OperationRules.OPERATION_DATES.check(new OperationRules.OperationDate.Leaving(left.get(), m.joinedOn(), today)))
              .flatMap(Optional::stream).toList();
          if (!findings.isEmpty()) {
            return Context.reject("RecordMemberLeaving", findings);
          }
          return context.write(() -> {
            Membership saved = context.ports().memberships().save(new Membership(m.id(), m.version(), m.organization(), m.name(),
                m.creditCode(), m.kind(), m.joinedOn(), Optional.of(left.get())));
            context.recorder().record(new OperationEvent.MemberLeft(m.id(), o.id(), saved.name(), left.get()));
            return Either.right(saved);
          });
        })
        .orElseGet(() -> Either.left(new Refusal.NotFound("membership", id.get().value()))));
  }
}
