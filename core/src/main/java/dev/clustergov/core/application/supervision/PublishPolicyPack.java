package dev.clustergov.core.application.supervision;

import dev.clustergov.core.application.Refusal;
import dev.clustergov.core.application.internal.Context;
import dev.clustergov.core.kernel.RegionCode;
import dev.clustergov.core.kernel.Text;
import dev.clustergov.core.kernel.Validations;
import dev.clustergov.core.kernel.Violation;
import dev.clustergov.core.policy.KnownEvents;
import dev.clustergov.core.policy.PolicyPack;
import dev.clustergov.core.policy.PolicyResolver;
import dev.clustergov.core.rules.PolicyGuards;
import dev.clustergov.core.rules.Guard;
import dev.clustergov.core.supervision.AuthorityId;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Validation;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

/**
 * Publishes a local policy pack (发布地方政策包, Art.30): an authority adapts the guideline for its own
 * jurisdiction, dated and versioned. Refused when malformed or inconsistent with the packs it overlays
 * (every problem listed), or when the authority publishes for a region that is not its own.
 *
 * <p>{@code effectiveFrom} is required; the pack's parameter {@code values} stay text, parsed by the policy module.
 */
public final class PublishPolicyPack {

  /** What it applies: an authority in its own name, publishing for a local jurisdiction. */
  public static final java.util.List<Guard<?>> GUARDS = java.util.List.of(Guard.ACTOR_STANDING, PolicyGuards.POLICY_IS_LOCAL);

  public record Command(AuthorityId actingAuthority, LocalDate effectiveFrom, Integer version, String titleZh, String titleEn,
      Map<String, String> values) {}

  private final Context context;

  public PublishPolicyPack(Context context) {
    this.context = context;
  }

  public Either<Refusal, PolicyPack> handle(Command c) {
    // parsed, loaded, decided and written in one unit of work: no decision rests on a read outside it
    return context.write(() -> decide(c));
  }

  private Either<Refusal, PolicyPack> decide(Command c) {
    var inAnotherName = context.acting().inOwnName(c.actingAuthority());
    if (inAnotherName.isPresent()) {
      return Context.reject("PublishPolicyPack", inAnotherName.get());
    }
    var authority = context.ports().authorities().find(c.actingAuthority());
    if (authority.isEmpty()) {
      return Either.left(new Refusal.NotFound("authority", c.actingAuthority().value()));
    }
    RegionCode jurisdiction = authority.get().jurisdiction();
    Validation<Seq<Violation>, LocalDate> date = Validations.seq(Validations.day("effectiveFrom", c.effectiveFrom()));
    Validation<Seq<Violation>, Integer> version = c.version() == null || c.version() < 1
        ? Validation.invalid(List.of(Violation.of("version", "range", "版本号须为正整数", "version must be a positive integer")))
        : Validation.valid(c.version());
    var zh = Validations.seq(Validations.text("titleZh", c.titleZh(), PolicyPack.MAX_TITLE));
    var en = Validations.seq(Validations.text("titleEn", c.titleEn(), PolicyPack.MAX_TITLE));
    Seq<Violation> errors = Validations.errors(date, version, zh, en);
    if (!errors.isEmpty()) {
      return Either.left(Refusal.malformed(errors));
    }
    var national = PolicyGuards.POLICY_IS_LOCAL.check(new PolicyGuards.Publishing(jurisdiction));
    if (national.isPresent()) {
      return Context.reject("PublishPolicyPack", national.get());
    }
    var values = c.values() == null ? Map.<String, String>of() : new TreeMap<>(c.values());
    var checked = PolicyPack.parse(jurisdiction, date.get(), version.get(), Text.of(zh.get(), en.get()), values)
        .flatMap(pack -> PolicyResolver.validateOverlay(context.ports().policyPacks().all(), pack));
    // Art.14: a major matter named by a type no command records would never arise — a pack problem, listed with the others
    Seq<Violation> problems = (checked.isInvalid() ? checked.getError() : List.<Violation>empty())
        .appendAll(KnownEvents.unrecordedMatters(values));
    return !problems.isEmpty() ? Either.left(Refusal.malformed(problems)) : checked
        .<Either<Refusal, PolicyPack>>fold(e -> Either.left(Refusal.malformed(e)), pack -> context.write(() -> {
          context.ports().policyPacks().publish(pack);
          context.recorder().record(new PolicyEvent.PolicyPackPublished(pack));
          return Either.right(pack);
        }));
  }
}
