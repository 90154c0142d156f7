package dev.clustergov.core.application.management;

import dev.clustergov.core.application.Refusal;
import dev.clustergov.core.application.establishment.FoundingApplication;
import dev.clustergov.core.application.internal.Context;
import static dev.clustergov.core.kernel.Validations.seq;

import dev.clustergov.core.finance.Expenditure;
import dev.clustergov.core.finance.LedgerEntryId;
import dev.clustergov.core.finance.PayeeRelation;
import dev.clustergov.core.governance.Seat;
import dev.clustergov.core.kernel.Money;
import dev.clustergov.core.kernel.Validations;
import dev.clustergov.core.kernel.Violation;
import dev.clustergov.core.organization.CreditCode;
import dev.clustergov.core.organization.OrganizationId;
import dev.clustergov.core.organization.PromotionOrganization;
import dev.clustergov.core.rules.Dossier;
import dev.clustergov.core.rules.Finding;
import dev.clustergov.core.rules.ManagementRules;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Records a payment out of the PO's property (支出入账, Art.10, Art.11). The payee's relation to the PO
 * is derived from the PO's own records where they show it — a founder by name or credit code, an
 * officer (a governance seat) or a staff member by person id, or by name when no id is given — and
 * the clerk's declaration is kept beside it. Payroll counts only for a payee on the staff. The payment
 * is recorded (it happened); what Art.10 and Art.11 say about it comes back as findings.
 */
public final class RecordExpenditure {

  /** The guards it applies; Art.10 and Art.11 judge the payment as findings, not refusals. */
  public static final List<dev.clustergov.core.rules.Guard<?>> GUARDS = List.of(
      dev.clustergov.core.rules.Guard.ACTOR_STANDING, ManagementRules.BOOKS_OPEN);

  /**
   * {@code payeeReference} (a credit code or a person id, as the PO's records hold it) and {@code scopeItem} null when not
   * given.
   */
  public record Command(OrganizationId organization, Money amount, LocalDate paidOn, String payee, String payeeReference,
      PayeeRelation declaredRelation, String purpose, boolean payroll, boolean feeFunded, String scopeItem) {}

  /** The entry as recorded, and the findings of Art.10 and Art.11 about it. */
  public record Recorded(Expenditure expenditure, List<Finding> findings) {}

  private final Context context;

  public RecordExpenditure(Context context) {
    this.context = context;
  }

  public Either<Refusal, Recorded> handle(Command c) {
    // parsed, loaded, decided and written in one unit of work: no decision rests on a read outside it
    return context.write(() -> decide(c));
  }

  private Either<Refusal, Recorded> decide(Command c) {
    var amount = seq(Validations.required("amount", c.amount())).flatMap(RecordIncome.Ledgers::positive);
    var on = context.pastDate("paidOn", c.paidOn());
    var payee = seq(Validations.text("payee", c.payee(), 200));
    var reference = FoundingApplication.optionalText("payeeReference", c.payeeReference(), 64);
    var declared = seq(Validations.required("declaredRelation", c.declaredRelation()));
    var purpose = seq(Validations.text("purpose", c.purpose(), 500));
    var scope = FoundingApplication.optionalText("scopeItem", c.scopeItem(), 200);
    Seq<Violation> errors = Validations.errors(amount, on, payee, reference, declared, purpose, scope);
    if (!errors.isEmpty()) {
      return Either.left(Refusal.malformed(errors));
    }
    return context.acting().on("RecordExpenditure", c.organization(), java.util.OptionalLong.empty()).flatMap(o -> {
      var closed = Context.booksClosed(o);
      if (closed.isPresent()) {
        return Context.reject("RecordExpenditure", closed.get());
      }
      boolean onStaff = isStaff(o, payee.get(), reference.get());
      PayeeRelation relation = derive(o, payee.get(), reference.get()).orElse(declared.get());
      Expenditure e = new Expenditure(new LedgerEntryId(context.ports().ids().next("expenditure")), o.id(), amount.get(), on.get(),
          payee.get(), reference.get(), relation, declared.get(), onStaff, purpose.get(), c.payroll(), c.feeFunded(), scope.get(),
          context.today());
      return context.dossiers().of(o).flatMap(d -> {
        Dossier alone = dev.clustergov.core.rules.ImmutableDossier.copyOf(d).withIncome(List.of()).withExpenditures(List.of(e));
        List<Finding> findings = context.dossiers().findings(alone,
            Set.of(ManagementRules.NO_PRIVATE_TAKING.id(), ManagementRules.FEES_FOR_BUSINESS_SCOPE.id()));
        return context.write(() -> {
          context.ports().ledger().record(e);
          context.recorder().record(new ManagementEvent.ExpenditureRecorded(e));
          return Either.right(new Recorded(e, findings));
        });
      });
    });
  }

  /** The insider relation the PO's records show, strongest first: founder, officer, staff member. */
  public static Optional<PayeeRelation> derive(PromotionOrganization o, String payee, Optional<String> reference) {
    boolean founder = o.founders().stream().anyMatch(f -> f.name().equals(payee)
        || (reference.isPresent() && f.creditCode().map(CreditCode::value).map(reference.get()::equals).orElse(false)));
    if (founder) {
      return Optional.of(PayeeRelation.FOUNDER);
    }
    boolean officer = o.governance().bodies().stream().flatMap(b -> b.seats().stream()).map(Seat::person)
        .anyMatch(p -> reference.map(r -> p.id().value().equals(r)).orElse(p.name().equals(payee)));
    if (officer) {
      return Optional.of(PayeeRelation.OFFICER);
    }
    return isStaff(o, payee, reference) ? Optional.of(PayeeRelation.STAFF) : Optional.empty();
  }

  public static boolean isStaff(PromotionOrganization o, String payee, Optional<String> reference) {
    return o.staff().stream().anyMatch(s -> reference.map(r -> s.person().value().equals(r)).orElse(s.name().equals(payee)));
  }
}
