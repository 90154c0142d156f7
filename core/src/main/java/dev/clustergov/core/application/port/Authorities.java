package dev.clustergov.core.application.port;

import dev.clustergov.core.supervision.Authority;
import dev.clustergov.core.supervision.AuthorityId;
import java.util.List;
import java.util.Optional;

/** The registry of supervising authorities (主管部门名录): a driven port. */
public interface Authorities {
  Optional<Authority> find(AuthorityId id);

  /** Optimistic like {@link Clusters#save}. */
  Authority save(Authority authority);

  List<Authority> all();
}
