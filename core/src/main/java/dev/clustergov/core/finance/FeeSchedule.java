package dev.clustergov.core.finance;

import dev.clustergov.core.organization.OrganizationId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A fee schedule (会费或服务收费标准, Art.11): a PO's published standard for one kind of fee, kept as
 * the list of its editions. An edition supersedes the one before from its publication date, so on any
 * day at most one edition is in force: the latest published on or before that day. Its own aggregate,
 * so that publishing fees never contends with the PO's other records.
 *
 * @param version the stored version, 0 before the first save (optimistic concurrency)
 */
public record FeeSchedule(FeeScheduleId id, long version, OrganizationId organization, FeeKind kind, String title,
    List<FeeEdition> editions) {

  public FeeSchedule {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(organization, "organization");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(title, "title");
    editions = List.copyOf(editions);
    if (version < 0 || editions.isEmpty()) {
      throw new IllegalStateException("fee schedule " + id + ": a negative version or no edition");
    }
    for (int i = 0; i < editions.size(); i++) {
      FeeEdition e = editions.get(i);
      if (e.number() != i + 1 || (i > 0 && e.publishedOn().isBefore(editions.get(i - 1).publishedOn()))) {
        throw new IllegalStateException("fee schedule " + id + ": editions are numbered 1.. in publication order");
      }
    }
  }

  /** The edition in force on {@code date}: the latest published on or before it (the later number on a tie). */
  public Optional<FeeEdition> inForceOn(LocalDate date) {
    // editions are numbered 1.. in publication order (checked above): the last one published on or before the date
    for (int i = editions.size() - 1; i >= 0; i--) {
      FeeEdition e = editions.get(i);
      if (!e.publishedOn().isAfter(date)) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }

  public FeeEdition latest() {
    return editions.get(editions.size() - 1);
  }

  /** The schedule with one more edition. */
  public FeeSchedule withEdition(FeeEdition edition) {
    List<FeeEdition> all = new ArrayList<>(editions);
    all.add(edition);
    return new FeeSchedule(id, version, organization, kind, title, all);
  }

  public FeeSchedule withVersion(long v) {
    return new FeeSchedule(id, v, organization, kind, title, editions);
  }
}
