package dev.clustergov.core.application.general;

import dev.clustergov.core.application.Refusal;
import dev.clustergov.core.application.internal.Context;
import dev.clustergov.core.supervision.Authority;
import dev.clustergov.core.supervision.AuthorityId;
import io.vavr.control.Either;

/** Registers a local industry and information-technology authority (登记主管部门, Art.6). */
public final class RegisterAuthority {

  public record Command(String name, String jurisdiction) {}

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
      return Authority.parse(id, c.name(), c.jurisdiction())
          .<Either<Refusal, Authority>>fold(errors -> Either.left(Refusal.malformed(errors)), authority -> {
            // one authority per jurisdiction (Art.6): decided with the registry held
            context.acting().lockRegistry();
            var same = context.ports().authorities().all().stream()
                .filter(a -> a.jurisdiction().equals(authority.jurisdiction())).map(a -> a.id().value()).toList();
            if (!same.isEmpty()) {
              return Context.reject("RegisterAuthority", dev.clustergov.core.rules.Guard.ONE_AUTHORITY_PER_JURISDICTION.finding(
                  dev.clustergov.core.rules.Evidence.of("jurisdiction", authority.jurisdiction()),
                  dev.clustergov.core.rules.Evidence.of("registeredAs", same)));
            }
            Authority saved = context.ports().authorities().save(authority);
            context.recorder().record(new GeneralEvent.AuthorityRegistered(id, saved.name(), saved.jurisdiction()));
            return Either.right(saved);
          });
    });
  }
}
