package dev.clustergov.core.application;

import dev.clustergov.core.supervision.Authority;
import dev.clustergov.core.supervision.AuthorityId;
import io.vavr.control.Either;
import java.util.Map;

/** Registers a local industry and information-technology authority (登记主管部门, Art.6). */
public final class RegisterAuthority {

  public record Command(String name, String jurisdiction) {}

  private final Support support;

  RegisterAuthority(Support support) {
    this.support = support;
  }

  public Either<Refusal, Authority> handle(Command c) {
    // parsed, loaded, decided and written in one unit of work: no decision rests on a read outside it
    return support.write(() -> decide(c));
  }

  private Either<Refusal, Authority> decide(Command c) {
    // the id is drawn in the unit of work, so a refused command leaves the id source as it was (0006, 0105)
    return support.write(() -> {
      AuthorityId id = new AuthorityId(support.ports.ids().next("authority"));
      return Authority.parse(id, c.name(), c.jurisdiction())
          .<Either<Refusal, Authority>>fold(errors -> Either.left(Refusal.malformed(errors)), authority -> {
            // one authority per jurisdiction (Art.6): decided with the registry held
            support.lockRegistry();
            var same = support.ports.authorities().all().stream()
                .filter(a -> a.jurisdiction().equals(authority.jurisdiction())).map(a -> a.id().value()).toList();
            if (!same.isEmpty()) {
              return Support.reject("RegisterAuthority", dev.clustergov.core.rules.Guard.ONE_AUTHORITY_PER_JURISDICTION.finding(
                  dev.clustergov.core.rules.Evidence.of("jurisdiction", authority.jurisdiction()),
                  dev.clustergov.core.rules.Evidence.of("registeredAs", same)));
            }
            Authority saved = support.ports.authorities().save(authority);
            support.record("AuthorityRegistered", "authority", id.value(),
                Map.of("name", saved.name(), "jurisdiction", saved.jurisdiction().value()));
            return Either.right(saved);
          });
    });
  }
}
