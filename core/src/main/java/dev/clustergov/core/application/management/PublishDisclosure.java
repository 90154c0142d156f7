package dev.clustergov.core.application.management;

import dev.clustergov.core.application.Refusal;
import dev.clustergov.core.application.internal.Context;
import dev.clustergov.core.disclosure.Channel;
import dev.clustergov.core.disclosure.ChannelKind;
import dev.clustergov.core.disclosure.Disclosure;
import dev.clustergov.core.disclosure.DisclosureId;
import dev.clustergov.core.disclosure.DisclosureKind;
import dev.clustergov.core.disclosure.DisclosureObligation;
import dev.clustergov.core.disclosure.DisclosureObligationId;
import dev.clustergov.core.kernel.Validations;
import dev.clustergov.core.kernel.Violation;
import dev.clustergov.core.organization.LifecycleStage;
import dev.clustergov.core.organization.OrganizationId;
import dev.clustergov.core.organization.PromotionOrganization;
import dev.clustergov.core.rules.Evidence;
import dev.clustergov.core.rules.Finding;
import dev.clustergov.core.rules.Guard;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Validation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * Publishes a disclosure (发布信息披露, Art.14), by the PO: an annual report names its year, a
 * major-matter disclosure names the obligation it fulfils, the others name no subject. Refused, each
 * finding citing Art.14, when the channel does not reach the public, when the obligation is another
 * PO's, or when the date is impossible (before establishment, after today, before the matter arose,
 * or an annual report of a year not yet ended); a PO still being founded has nothing to disclose yet
 * (Art.6). The first disclosure naming an obligation fulfils it; a later one is a correction and
 * leaves the fulfilment as it was.
 */
public final class PublishDisclosure {

  /** {@code year} for an annual report only, {@code obligation} for a major matter only; null otherwise. */
  public record Command(
      OrganizationId organization, DisclosureKind kind, Integer year, DisclosureObligationId obligation, LocalDate publishedOn,
      ChannelKind channelKind, String channelReference, String title) {}

  /** The guards publishing applies. */
  public static final java.util.List<Guard<?>> GUARDS = java.util.List.of(Guard.ACTOR_STANDING, Guard.LIFECYCLE,
      Guard.PUBLIC_CHANNEL, Guard.OWN_OBLIGATION, Guard.DISCLOSURE_DATE);

  private final Context context;

  public PublishDisclosure(Context context) {
    this.context = context;
  }

  private record Parsed(DisclosureKind kind, OptionalInt year, Optional<DisclosureObligationId> obligation,
      LocalDate publishedOn, Channel channel, String title) {}

  public Either<Refusal, Disclosure> handle(Command c) {
    // parsed, loaded, decided and written in one unit of work: no decision rests on a read outside it
    return context.write(() -> decide(c));
  }

  private Either<Refusal, Disclosure> decide(Command c) {
    Validation<Seq<Violation>, Parsed> parsed = parse(c);
    if (parsed.isInvalid()) {
      return Either.left(Refusal.malformed(parsed.getError()));
    }
    Parsed p = parsed.get();
    return context.acting().on("PublishDisclosure", c.organization(), OptionalLong.empty()).flatMap(o -> obligation(p)
        .flatMap(obligation -> publish(o, p, obligation)));
  }

  private Either<Refusal, Optional<DisclosureObligation>> obligation(Parsed p) {
    if (p.obligation().isEmpty()) {
      return Either.right(Optional.empty());
    }
    return context.ports().disclosureObligations().find(p.obligation().get())
        .<Either<Refusal, Optional<DisclosureObligation>>>map(x -> Either.right(Optional.of(x)))
        .orElseGet(() -> Either.left(new Refusal.NotFound("disclosureObligation", p.obligation().get().value())));
  }

  private Either<Refusal, Disclosure> publish(PromotionOrganization o, Parsed p, Optional<DisclosureObligation> obligation) {
    LocalDate today = context.today();
    java.util.List<Finding> findings = new ArrayList<>();
    // a PO discloses from its establishment on, and still after its recognition ends (Art.14)
    Guard.LIFECYCLE.check(Guard.Move.within("PublishDisclosure", o,
        java.util.EnumSet.complementOf(java.util.EnumSet.of(LifecycleStage.PROPOSED)))).ifPresent(findings::add);
    Guard.PUBLIC_CHANNEL.check(p.channel()).ifPresent(findings::add);
    Guard.OWN_OBLIGATION.check(Guard.Fulfilling.named(o.id(), obligation,
        id -> id.equals(o.id()) ? Optional.of(o.name()) : context.ports().organizations().find(id).map(PromotionOrganization::name)))
        .ifPresent(findings::add);
    Guard.DISCLOSURE_DATE.check(new Guard.DisclosureDay(p.publishedOn(), today, o.establishedOn().or(o::recognisedOn),
        obligation.map(DisclosureObligation::arisenOn), p.year())).ifPresent(findings::add);
    if (!findings.isEmpty()) {
      return Context.reject("PublishDisclosure", findings);
    }
    return context.write(() -> {
      Disclosure saved = context.ports().disclosures().save(new Disclosure(
          new DisclosureId(context.ports().ids().next("dis")), 0, o.id(), p.kind(), p.year(), p.obligation(),
          p.publishedOn(), p.channel(), p.title()));
      obligation.filter(x -> x.fulfilledBy().isEmpty())
          .ifPresent(x -> context.ports().disclosureObligations().save(x.fulfilledBy(saved)));
      context.recorder().record(new DisclosureEvent.DisclosurePublished(saved, obligation.flatMap(DisclosureObligation::fulfilledBy)));
      return Either.right(saved);
    });
  }

  private static Validation<Seq<Violation>, Parsed> parse(Command c) {
    Validation<Violation, DisclosureKind> kind = Validations.required("kind", c.kind());
    Validation<Violation, OptionalInt> year = kind.isInvalid() ? Validation.valid(OptionalInt.empty())
        : kind.get() == DisclosureKind.ANNUAL_REPORT
            ? (c.year() == null ? Validation.invalid(Violation.of("year", "required", "年度报告须注明年度", "an annual report names its year"))
                : c.year() < Validations.FIRST_YEAR || c.year() > Validations.LAST_YEAR
                    ? Validation.invalid(Violation.of("year", "out-of-range", "年度应在" + Validations.FIRST_YEAR + "至" + Validations.LAST_YEAR + "之间",
                        "year must be between " + Validations.FIRST_YEAR + " and " + Validations.LAST_YEAR))
                    : Validation.valid(OptionalInt.of(c.year())))
            : (c.year() != null ? Validation.invalid(Violation.of("year", "not-allowed", "只有年度报告注明年度", "only an annual report names a year"))
                : Validation.valid(OptionalInt.empty()));
    Validation<Violation, Optional<DisclosureObligationId>> obligation = kind.isInvalid() ? Validation.valid(Optional.empty())
        : kind.get() == DisclosureKind.MAJOR_MATTER
            ? (c.obligation() == null ? Validation.invalid(Violation.of("obligation", "required",
                "重大事项披露须注明所履行的披露义务", "a major-matter disclosure names the obligation it fulfils"))
                : Validation.valid(Optional.of(c.obligation())))
            : (c.obligation() != null ? Validation.invalid(Violation.of("obligation", "not-allowed",
                "只有重大事项披露注明披露义务", "only a major-matter disclosure names an obligation"))
                : Validation.valid(Optional.empty()));
    Validation<Violation, LocalDate> publishedOn = Validations.day("publishedOn", c.publishedOn());
    Validation<Seq<Violation>, Channel> channel = Channel.of("channel", c.channelKind(), c.channelReference());
    Validation<Violation, String> title = Validations.text("title", c.title(), Disclosure.MAX_TITLE);
    Seq<Violation> errors = Validations.errors(Validations.seq(kind), Validations.seq(year), Validations.seq(obligation),
        Validations.seq(publishedOn), channel, Validations.seq(title));
    if (!errors.isEmpty()) {
      return Validation.invalid(errors);
    }
    return Validation.valid(new Parsed(kind.get(), year.get(), obligation.get(), publishedOn.get(), channel.get(), title.get()));
  }
}
