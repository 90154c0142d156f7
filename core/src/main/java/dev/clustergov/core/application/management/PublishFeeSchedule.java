package dev.clustergov.core.application.management;

import dev.clustergov.core.application.Refusal;
import dev.clustergov.core.application.internal.Context;
import static dev.clustergov.core.kernel.Validations.seq;

import dev.clustergov.core.finance.FeeEdition;
import dev.clustergov.core.finance.FeeItem;
import dev.clustergov.core.finance.FeeKind;
import dev.clustergov.core.finance.FeeSchedule;
import dev.clustergov.core.finance.FeeScheduleId;
import dev.clustergov.core.finance.Price;
import dev.clustergov.core.kernel.Money;
import dev.clustergov.core.kernel.Validations;
import dev.clustergov.core.kernel.Violation;
import dev.clustergov.core.organization.OrganizationId;
import dev.clustergov.core.rules.ManagementRules;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Validation;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Publishes a fee standard (公布收费标准, Art.11): a new schedule (edition 1) or a new edition of an
 * existing one, with the day it was made public and the public channel (website, notice board,
 * member bulletin …), and its items — each a fixed amount, a range, or tiers. A new edition supersedes
 * the last from its publication date, which is neither before the last edition's nor after today.
 */
public final class PublishFeeSchedule {

  /** {@code schedule} null for a new schedule; {@code expectedVersion} for a new edition of an existing one. */
  public record Command(OrganizationId organization, FeeScheduleId schedule, OptionalLong expectedVersion, FeeKind kind, String title,
      LocalDate publishedOn, String channel, java.util.List<ItemInput> items) {}

  /** {@code pricing} FIXED (amount), RANGE (min, max) or TIERED (tiers); the amounts it does not use null. */
  public record ItemInput(String code, String name, Pricing pricing, Money amount, Money min, Money max,
      java.util.List<TierInput> tiers) {}

  public record TierInput(String label, Money amount) {}

  public static final int MAX_ITEMS = 200;

  /** The guards it applies. */
  public static final java.util.List<dev.clustergov.core.rules.Guard<?>> GUARDS = java.util.List.of(
      dev.clustergov.core.rules.Guard.ACTOR_STANDING, ManagementRules.BOOKS_OPEN, ManagementRules.EDITION_ORDER);

  private final Context context;

  public PublishFeeSchedule(Context context) {
    this.context = context;
  }

  public Either<Refusal, FeeSchedule> handle(Command c) {
    // parsed, loaded, decided and written in one unit of work: no decision rests on a read outside it
    return context.write(() -> decide(c));
  }

  private Either<Refusal, FeeSchedule> decide(Command c) {
    var id = Validation.<Seq<Violation>, Optional<FeeScheduleId>>valid(Optional.ofNullable(c.schedule()));
    var kind = seq(Validations.required("kind", c.kind()));
    var title = seq(Validations.text("title", c.title(), 200));
    var on = context.pastDate("publishedOn", c.publishedOn());
    var channel = seq(Validations.text("channel", c.channel(), 500));
    var items = items(c.items());
    Seq<Violation> errors = Validations.errors(id, kind, title, on, channel, items);
    if (!errors.isEmpty()) {
      return Either.left(Refusal.malformed(errors));
    }
    return context.acting().on("PublishFeeSchedule", c.organization(), OptionalLong.empty()).flatMap(o -> {
      var closed = Context.booksClosed(o);
      if (closed.isPresent()) {
        return Context.reject("PublishFeeSchedule", closed.get());
      }
      Optional<FeeSchedule> existing = id.get().flatMap(context.ports().feeSchedules()::find);
      if (existing.isPresent()) {
        FeeSchedule s = existing.get();
        if (!s.organization().equals(o.id())) {
          return Either.left(new Refusal.NotFound("feeSchedule", s.id().value()));
        }
        if (c.expectedVersion().isPresent() && c.expectedVersion().getAsLong() != s.version()) {
          return Either.left(new Refusal.Conflict("FeeSchedule", s.id().value(), c.expectedVersion().getAsLong(), s.version()));
        }
        if (s.kind() != kind.get()) {
          return Either.left(Refusal.malformed(List.of(Violation.of("kind", "kind-changed",
              "收费类别须与收费标准原类别一致（" + s.kind().label().zh() + "）", "kind must stay the schedule's kind (" + s.kind() + ")"))));
        }
        var outOfOrder = ManagementRules.EDITION_ORDER.check(new ManagementRules.NewEdition(on.get(), s.latest().publishedOn()));
        if (outOfOrder.isPresent()) {
          return Context.reject("PublishFeeSchedule", outOfOrder.get());
        }
      }
      return context.write(() -> {
        FeeEdition edition;
        FeeSchedule next;
        if (existing.isPresent()) {
          edition = new FeeEdition(existing.get().editions().size() + 1, on.get(), channel.get(), context.today(), items.get().toJavaList());
          next = existing.get().withEdition(edition);
        } else {
          FeeScheduleId newId = id.get().orElseGet(() -> new FeeScheduleId(context.ports().ids().next("fee")));
          edition = new FeeEdition(1, on.get(), channel.get(), context.today(), items.get().toJavaList());
          next = new FeeSchedule(newId, 0, o.id(), kind.get(), title.get(), java.util.List.of(edition));
        }
        FeeSchedule saved = context.ports().feeSchedules().save(next);
        context.recorder().record(new ManagementEvent.FeeSchedulePublished(saved.id(), o.id(), saved.kind(), edition));
        return Either.right(saved);
      });
    });
  }

  public static Validation<Seq<Violation>, List<FeeItem>> items(java.util.List<ItemInput> raw) {
    if (raw == null || raw.isEmpty()) {
      return Validation.invalid(List.of(Violation.of("items", "required", "收费项目至少一项", "items needs at least one item")));
    }
    if (raw.size() > MAX_ITEMS) {
      return Validation.invalid(List.of(Violation.of("items", "too-many", "收费项目最多" + MAX_ITEMS + "项",
          "items has more than " + MAX_ITEMS + " entries")));
    }
    return Validations.each("items", raw, PublishFeeSchedule::item).flatMap(is -> {
      Set<String> seen = new HashSet<>();
      List<Violation> dups = is.filter(i -> !seen.add(i.code())).map(i -> Violation.of("items", "duplicate",
          "收费项目重复：" + i.code(), "items repeats " + i.code())).toList();
      return dups.isEmpty() ? Validation.valid(is) : Validation.invalid(dups);
    });
  }

  private static Validation<Seq<Violation>, FeeItem> item(ItemInput i) {
    var code = seq(Validations.text("code", i.code(), 64));
    var name = seq(Validations.text("name", i.name(), 200));
    var price = seq(Validations.required("pricing", i.pricing())).flatMap(p -> price(p, i));
    Seq<Violation> errors = Validations.errors(code, name, price);
    return errors.isEmpty() ? Validation.valid(new FeeItem(code.get(), name.get(), price.get())) : Validation.invalid(errors);
  }

  /** How a fee item is priced: a fixed amount, a range, or tiers. */
  public enum Pricing { FIXED, RANGE, TIERED }

  private static Validation<Seq<Violation>, Price> price(Pricing p, ItemInput i) {
    return switch (p) {
      case FIXED -> seq(Validations.required("amount", i.amount())).map(Price.Fixed::new);
      case RANGE -> {
        var min = seq(Validations.required("min", i.min()));
        var max = seq(Validations.required("max", i.max()));
        Seq<Violation> errors = Validations.errors(min, max);
        if (!errors.isEmpty()) {
          yield Validation.invalid(errors);
        }
        yield max.get().isLessThan(min.get())
            ? Validation.invalid(List.of(Violation.of("max", "below-min", "最高金额不能小于最低金额", "max is below min")))
            : Validation.valid(new Price.Range(min.get(), max.get()));
      }
      case TIERED -> {
        if (i.tiers() == null || i.tiers().isEmpty()) {
          yield Validation.invalid(List.of(Violation.of("tiers", "required", "收费档位至少一档", "tiers needs at least one tier")));
        }
        yield Validations.each("tiers", i.tiers(), t -> {
          var label = seq(Validations.text("label", t.label(), 100));
          var amount = seq(Validations.required("amount", t.amount()));
          Seq<Violation> errors = Validations.errors(label, amount);
          return errors.isEmpty() ? Validation.valid(new Price.Tier(label.get(), amount.get())) : Validation.<Seq<Violation>, Price.Tier>invalid(errors);
        }).flatMap(ts -> {
          Set<String> seen = new HashSet<>();
          List<Violation> dups = ts.filter(t -> !seen.add(t.label())).map(t -> Violation.of("tiers", "duplicate",
              "收费档位重复：" + t.label(), "tiers repeats " + t.label())).toList();
          return dups.isEmpty() ? Validation.valid(new Price.Tiered(ts.toJavaList())) : Validation.invalid(dups);
        });
      }
    };
  }
}
