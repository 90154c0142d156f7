package dev.clustergov.core.application.management;

import dev.clustergov.core.application.Refusal;
import dev.clustergov.core.application.internal.Context;
import static dev.clustergov.core.kernel.Validations.seq;

import dev.clustergov.core.kernel.Validations;
import dev.clustergov.core.kernel.Violation;
import dev.clustergov.core.management.ManagementSystem;
import dev.clustergov.core.management.ManagementSystemKind;
import dev.clustergov.core.organization.OrganizationId;
import dev.clustergov.core.organization.PromotionOrganization;
import dev.clustergov.core.rules.Guard;
import dev.clustergov.core.rules.ManagementRules;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/**
 * Adopts a management system as a normative document (制定规章制度, Art.9, Art.7(4)): personnel,
 * administrative, financial, business, confidentiality/security or archives — revision 1. A kind
 * already adopted is revised with {@link ReviseManagementSystem}, never adopted twice.
 */
public final class AdoptManagementSystem {

  /** The guards adopting (and revising) applies. */
  public static final List<Guard<?>> GUARDS = List.of(Guard.ACTOR_STANDING, Guard.LIFECYCLE, ManagementRules.SYSTEM_REVISION);

  public record Command(OrganizationId organization, OptionalLong expectedVersion, ManagementSystemKind kind, String title, LocalDate adoptedOn) {}

  private final Context context;

  public AdoptManagementSystem(Context context) {
    this.context = context;
  }

  public Either<Refusal, PromotionOrganization> handle(Command c) {
    // parsed, loaded, decided and written in one unit of work: no decision rests on a read outside it
    return context.write(() -> decide(c));
  }

  private Either<Refusal, PromotionOrganization> decide(Command c) {
    var kind = seq(Validations.required("kind", c.kind()));
    var title = seq(Validations.text("title", c.title(), 200));
    var on = context.pastDate("adoptedOn", c.adoptedOn());
    Seq<Violation> errors = Validations.errors(kind, title, on);
    if (!errors.isEmpty()) {
      return Either.left(Refusal.malformed(errors));
    }
    return context.acting().on("AdoptManagementSystem", c.organization(), c.expectedVersion())
        .flatMap(o -> ManagementSystems.change("AdoptManagementSystem", context, o, kind.get(), title.get(), on.get(), true));
  }

  /** What adopting and revising share: the guards, the new revision, the write and its event. */
  static final class ManagementSystems {
    private ManagementSystems() {}

    static Either<Refusal, PromotionOrganization> change(String command, Context context, PromotionOrganization o,
        ManagementSystemKind kind, String title, LocalDate on, boolean adopt) {
      var finalStage = Guard.LIFECYCLE.check(Guard.Move.acting(command, o));
      if (finalStage.isPresent()) {
        return Context.reject(command, finalStage.get());
      }
      var current = o.managementSystems().stream().filter(s -> s.kind() == kind)
          .max(java.util.Comparator.comparingInt(ManagementSystem::revision));
      if (!adopt && current.isEmpty()) {
        return Either.left(new Refusal.NotFound("managementSystem", kind.name()));
      }
      var outOfOrder = ManagementRules.SYSTEM_REVISION.check(new ManagementRules.SystemChange(kind, on, adopt, current));
      if (outOfOrder.isPresent()) {
        return Context.reject(command, outOfOrder.get());
      }
      int revision = current.map(s -> s.revision() + 1).orElse(1);
      ManagementSystem system = new ManagementSystem(kind, title, on, revision);
      List<ManagementSystem> systems = new ArrayList<>(o.managementSystems());
      systems.add(system);
      PromotionOrganization next = PromotionOrganization.builder().from(o).managementSystems(systems).build();
      return context.write(() -> {
        PromotionOrganization saved = context.ports().organizations().save(next);
        context.recorder().record(adopt ? new ManagementEvent.ManagementSystemAdopted(o.id(), system)
            : new ManagementEvent.ManagementSystemRevised(o.id(), system));
        return Either.right(saved);
      });
    }
  }
}
