package dev.clustergov.core.application.general;

import dev.clustergov.core.application.Refusal;
import dev.clustergov.core.application.internal.Context;
import dev.clustergov.core.kernel.RegionCode;
import dev.clustergov.core.supervision.Authority;
import dev.clustergov.core.supervision.AuthorityId;
import dev.clustergov.core.rules.Guard;
import io.vavr.control.Either;
import java.util.List;

/** Registers a local industry and information-technology authority (登记主管部门, Art.6). */
public final class RegisterAuthority {

  /** The guards this command applies. */
  public static final List<Guard<?>> GUARDS = List.of(Guard.ONE_AUTHORITY_PER_JURISDICTION);

  public record Command(String name, RegionCode jurisdiction) {}

  private final Context context;

  public RegisterAuthority(Context context) {
    this.context = context;
  }

  public Either<Refusal, Authority> handle(Command c) {
    // parsed, loaded, decided and written in one unit of work: no decision rests on a read outside it
    return context.write(() -> decide(c));
  }

  private Either<Refusal, Authority> decide(Command c) {
    // the id is drawn in the unit of work, so a refused command leaves the id source as it was (0006, 0105)
    return context.write(() -> {
      AuthorityId id = new AuthorityId(context.ports().ids().next("authority"));
      return Authority.of(id, c.name(), c.jurisdiction())
          .<Either<Refusal, Authority>>fold(errors -> Either.left(Refusal.malformed(errors)), authority -> {
            // one authority per jurisdiction (Art.6): decided with the registry held
            context.acting().lockRegistry();
            var entered = Guard.ONE_AUTHORITY_PER_JURISDICTION.check(new Guard.AuthorityEntry(authority.jurisdiction(),
                context.ports().authorities().all().stream().filter(a -> a.jurisdiction().equals(authority.jurisdiction()))
                    .map(Authority::id).toList(), x -> context.ports().authorities().find(x).map(Authority::name)));
            if (entered.isPresent()) {
              return Context.reject("RegisterAuthority", entered.get());
            }
            Authority saved = context.ports().authorities().save(authority);
            context.recorder().record(new GeneralEvent.AuthorityRegistered(id, saved.name(), saved.jurisdiction()));
            return Either.right(saved);
          });
    });
  }
}
