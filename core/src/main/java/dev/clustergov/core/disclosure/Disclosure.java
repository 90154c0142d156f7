package dev.clustergov.core.disclosure;

import dev.clustergov.core.organization.OrganizationId;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A disclosure (信息披露, Art.14): what a PO made public — its kind, its subject (the year of an annual
 * report, the obligation a major-matter disclosure fulfils), the day it was published, the channel and
 * a title. Published once and never changed: a correction is a further disclosure.
 */
public record Disclosure(
    DisclosureId id, long version, OrganizationId organization, DisclosureKind kind, OptionalInt year,
    Optional<DisclosureObligationId> obligation, LocalDate publishedOn, Channel channel, String title) {

  public static final int MAX_TITLE = 200;

  public Disclosure {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(organization, "organization");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(year, "year");
    Objects.requireNonNull(obligation, "obligation");
    Objects.requireNonNull(publishedOn, "publishedOn");
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(title, "title");
    if (version < 0) {
      throw new IllegalStateException("negative version");
    }
    if (year.isPresent() != (kind == DisclosureKind.ANNUAL_REPORT)) {
      throw new IllegalStateException("exactly an annual report names a year");
    }
    if (obligation.isPresent() != (kind == DisclosureKind.MAJOR_MATTER)) {
      throw new IllegalStateException("exactly a major-matter disclosure names an obligation");
    }
  }

  public Disclosure withVersion(long v) {
    return new Disclosure(id, v, organization, kind, year, obligation, publishedOn, channel, title);
  }

  /** The subject as text: the year, the obligation's id, or empty. */
  public String subject() {
    return year.isPresent() ? Integer.toString(year.getAsInt()) : obligation.map(DisclosureObligationId::value).orElse("");
  }
}
