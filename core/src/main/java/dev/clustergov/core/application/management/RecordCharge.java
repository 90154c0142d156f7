package dev.clustergov.core.application.management;

import dev.clustergov.core.application.Refusal;
import dev.clustergov.core.application.establishment.FoundingApplication;
import dev.clustergov.core.application.internal.Context;
import static dev.clustergov.core.kernel.Validations.seq;

import dev.clustergov.core.finance.ChargeBasis;
import dev.clustergov.core.finance.FeeSchedule;
import dev.clustergov.core.finance.FeeScheduleId;
import dev.clustergov.core.finance.IncomeEntry;
import dev.clustergov.core.finance.LedgerEntryId;
import dev.clustergov.core.kernel.Money;
import dev.clustergov.core.kernel.Validations;
import dev.clustergov.core.kernel.Violation;
import dev.clustergov.core.organization.OrganizationId;
import dev.clustergov.core.rules.ManagementRules;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Records a due or service fee (收费入账, Art.11): accepted only under an item of one of the PO's fee
 * schedules whose edition in force on the charge date was published on or before it, at that item's
 * price — the fixed amount, an amount within the range, or the named tier's amount. Anything else is
 * refused citing Art.11, and nothing is written.
 */
public final class RecordCharge {

  /** The guards it applies. */
  public static final java.util.List<dev.clustergov.core.rules.Guard<?>> GUARDS = java.util.List.of(
      dev.clustergov.core.rules.Guard.ACTOR_STANDING, ManagementRules.BOOKS_OPEN, ManagementRules.CHARGE_UNDER_STANDARD);

  /** {@code tier} null unless the item is tiered. */
  public record Command(OrganizationId organization, FeeScheduleId schedule, String item, String tier, Money amount,
      LocalDate chargedOn, String payer) {}

  private final Context context;

  public RecordCharge(Context context) {
    this.context = context;
  }

  public Either<Refusal, IncomeEntry> handle(Command c) {
    // parsed, loaded, decided and written in one unit of work: no decision rests on a read outside it
    return context.write(() -> decide(c));
  }

  private Either<Refusal, IncomeEntry> decide(Command c) {
    var schedule = seq(Validations.required("schedule", c.schedule()));
    var item = seq(Validations.text("item", c.item(), 64));
    var tier = FoundingApplication.optionalText("tier", c.tier(), 100);
    var amount = seq(Validations.required("amount", c.amount())).flatMap(RecordIncome.Ledgers::positive);
    var on = context.pastDate("chargedOn", c.chargedOn());
    var payer = seq(Validations.text("payer", c.payer(), 200));
    Seq<Violation> errors = Validations.errors(schedule, item, tier, amount, on, payer);
    if (!errors.isEmpty()) {
      return Either.left(Refusal.malformed(errors));
    }
    return context.acting().on("RecordCharge", c.organization(), java.util.OptionalLong.empty()).flatMap(o -> {
      var closed = Context.booksClosed(o);
      if (closed.isPresent()) {
        return Context.reject("RecordCharge", closed.get());
      }
      Optional<FeeSchedule> found = context.ports().feeSchedules().find(schedule.get()).filter(s -> s.organization().equals(o.id()));
      var unpublished = ManagementRules.CHARGE_UNDER_STANDARD.check(new ManagementRules.Charging.UnderSchedule(o.id(), schedule.get(),
          found, on.get(), item.get(), tier.get(), amount.get()));
      if (unpublished.isPresent()) {
        return Context.reject("RecordCharge", unpublished.get());
      }
      FeeSchedule s = found.get();
      int edition = s.inForceOn(on.get()).orElseThrow().number();
      return context.write(() -> {
        IncomeEntry e = new IncomeEntry(new LedgerEntryId(context.ports().ids().next("income")), o.id(), s.kind().income(),
            amount.get(), on.get(), payer.get(), Optional.of(new ChargeBasis(s.id(), edition, item.get(), tier.get())),
            context.today());
        context.ports().ledger().record(e);
        context.recorder().record(new ManagementEvent.ChargeRecorded(e));
        return Either.right(e);
      });
    });
  }
}
