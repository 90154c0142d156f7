package dev.clustergov.core.application.management;

import dev.clustergov.core.application.Refusal;
import dev.clustergov.core.application.establishment.FoundingApplication;
import dev.clustergov.core.application.internal.Context;
import static dev.clustergov.core.kernel.Validations.seq;

import dev.clustergov.core.finance.BankAccount;
import dev.clustergov.core.kernel.Validations;
import dev.clustergov.core.kernel.Violation;
import dev.clustergov.core.organization.OrganizationId;
import dev.clustergov.core.organization.PromotionOrganization;
import dev.clustergov.core.rules.Finding;
import dev.clustergov.core.rules.Guard;
import dev.clustergov.core.rules.ManagementRules;
import dev.clustergov.core.rules.Severity;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import java.util.List;
import java.util.OptionalLong;

/**
 * Records the PO's bank account, or a new one (登记银行账户, Art.12). Refused at any stage when the
 * account is not in the PO's own name, or when its number is recorded anywhere else in the registry —
 * by another PO or by a founder of any PO (one indexed lookup).
 */
public final class ChangeBankAccount {

  /** The guards it applies; the account itself is judged by the Art.12 rules ({@link ManagementRules#ACCOUNT}). */
  public static final List<Guard<?>> GUARDS = List.of(Guard.ACTOR_STANDING, Guard.LIFECYCLE);

  public record Command(OrganizationId organization, OptionalLong expectedVersion, FoundingApplication.BankInput account) {}

  private final Context context;

  public ChangeBankAccount(Context context) {
    this.context = context;
  }

  public Either<Refusal, PromotionOrganization> handle(Command c) {
    // parsed, loaded, decided and written in one unit of work: no decision rests on a read outside it
    return context.write(() -> decide(c));
  }

  private Either<Refusal, PromotionOrganization> decide(Command c) {
    if (c.account() == null) {
      return Either.left(Refusal.malformed(io.vavr.collection.List.of(Violation.of("account", "required",
          "银行账户不能为空", "account is required"))));
    }
    var holder = seq(Validations.text("account.holder", c.account().holder(), 100));
    var number = seq(FoundingApplication.accountNumber("account.number", c.account().number()));
    var bank = seq(Validations.text("account.bank", c.account().bank(), 100));
    Seq<Violation> errors = Validations.errors(holder, number, bank);
    if (!errors.isEmpty()) {
      return Either.left(Refusal.malformed(errors));
    }
    return context.acting().on("ChangeBankAccount", c.organization(), c.expectedVersion()).flatMap(o -> {
      var finalStage = Guard.LIFECYCLE.check(Guard.Move.acting("ChangeBankAccount", o));
      if (finalStage.isPresent()) {
        return Context.reject("ChangeBankAccount", finalStage.get());
      }
      BankAccount account = new BankAccount(holder.get(), number.get(), bank.get());
      PromotionOrganization next = PromotionOrganization.builder().from(o).bankAccount(account).build();
      // who else holds the number is decided with the registry held: two POs never take one account at once
      context.acting().lockRegistry();
      return context.dossiers().of(next).flatMap(d -> {
        List<Finding> blocking = context.dossiers().findings(d, ManagementRules.ACCOUNT).stream()
            .map(f -> new Finding(f.rule(), f.citations(), Severity.BLOCKING, f.message(), f.evidence())).toList();
        if (!blocking.isEmpty()) {
          return Context.reject("ChangeBankAccount", blocking);
        }
        return context.write(() -> {
          PromotionOrganization saved = context.ports().organizations().save(next);
          context.recorder().record(new ManagementEvent.BankAccountChanged(o.id(), account));
          return Either.right(saved);
        });
      });
    });
  }
}
