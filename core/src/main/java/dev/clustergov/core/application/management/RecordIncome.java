package dev.clustergov.core.application.management;

import dev.clustergov.core.application.Refusal;
import dev.clustergov.core.application.internal.Context;
import static dev.clustergov.core.kernel.Validations.seq;

import dev.clustergov.core.finance.IncomeEntry;
import dev.clustergov.core.finance.IncomeKind;
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
 * Records income other than fees (收入入账, Art.10, Art.7(5)): a government appropriation, a donation or
 * other lawful income, with its exact amount, date and payer. Dues and service fees are charges under a
 * published standard and go through {@link RecordCharge} (Art.11); recording them here is refused.
 */
public final class RecordIncome {

  /** The guards it applies. */
  public static final java.util.List<dev.clustergov.core.rules.Guard<?>> GUARDS = java.util.List.of(
      dev.clustergov.core.rules.Guard.ACTOR_STANDING, ManagementRules.BOOKS_OPEN, ManagementRules.CHARGE_UNDER_STANDARD);

  public record Command(OrganizationId organization, IncomeKind kind, Money amount, LocalDate receivedOn, String payer) {}

  private final Context context;

  public RecordIncome(Context context) {
    this.context = context;
  }

  public Either<Refusal, IncomeEntry> handle(Command c) {
    // parsed, loaded, decided and written in one unit of work: no decision rests on a read outside it
    return context.write(() -> decide(c));
  }

  private Either<Refusal, IncomeEntry> decide(Command c) {
    var kind = seq(Validations.required("kind", c.kind()));
    var amount = seq(Validations.required("amount", c.amount())).flatMap(Ledgers::positive);
    var on = context.pastDate("receivedOn", c.receivedOn());
    var payer = seq(Validations.text("payer", c.payer(), 200));
    Seq<Violation> errors = Validations.errors(kind, amount, on, payer);
    if (!errors.isEmpty()) {
      return Either.left(Refusal.malformed(errors));
    }
    return context.acting().on("RecordIncome", c.organization(), java.util.OptionalLong.empty()).flatMap(o -> {
      var closed = Context.booksClosed(o);
      if (closed.isPresent()) {
        return Context.reject("RecordIncome", closed.get());
      }
      var fee = ManagementRules.CHARGE_UNDER_STANDARD.check(new ManagementRules.Charging.AsIncome(kind.get()));
      if (fee.isPresent()) {
        return Context.reject("RecordIncome", fee.get());
      }
      return context.write(() -> {
        IncomeEntry e = new IncomeEntry(new LedgerEntryId(context.ports().ids().next("income")), o.id(), kind.get(), amount.get(),
            on.get(), payer.get(), Optional.empty(), context.today());
        context.ports().ledger().record(e);
        context.recorder().record(new ManagementEvent.IncomeRecorded(e));
        return Either.right(e);
      });
    });
  }

  /** Checks shared by the ledger commands. */
  static final class Ledgers {
    private Ledgers() {}

    static io.vavr.control.Validation<Seq<Violation>, Money> positive(Money m) {
      return m.isZero()
          ? io.vavr.control.Validation.invalid(io.vavr.collection.List.of(Violation.of("amount", "zero",
              "金额须大于零", "amount must be more than zero")))
          : io.vavr.control.Validation.valid(m);
    }
  }
}
