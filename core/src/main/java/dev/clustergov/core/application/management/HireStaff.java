package dev.clustergov.core.application.management;

import dev.clustergov.core.application.Refusal;
import dev.clustergov.core.application.internal.Context;
import static dev.clustergov.core.kernel.Validations.seq;

import dev.clustergov.core.governance.PersonId;
import dev.clustergov.core.kernel.Money;
import dev.clustergov.core.kernel.Validations;
import dev.clustergov.core.kernel.Violation;
import dev.clustergov.core.management.HireTerms;
import dev.clustergov.core.management.Recruitment;
import dev.clustergov.core.management.StaffCategory;
import dev.clustergov.core.management.StaffMember;
import dev.clustergov.core.organization.OrganizationId;
import dev.clustergov.core.organization.PromotionOrganization;
import dev.clustergov.core.rules.Finding;
import dev.clustergov.core.rules.ManagementRules;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Validation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Hires a staff member (聘用工作人员, Art.13): how the person was recruited, the hire date, the monthly
 * salary and the market benchmark it was set against. The hire is recorded; what Art.13 says about it —
 * a hire without open recruitment, a salary far from the market — comes back as findings (advisory: the
 * article has no modal word, unless a local pack binds them).
 */
public final class HireStaff {

  /** The guards it applies; Art.13 judges the hire as findings, not refusals. */
  public static final List<dev.clustergov.core.rules.Guard<?>> GUARDS = List.of(
      dev.clustergov.core.rules.Guard.ACTOR_STANDING, ManagementRules.BOOKS_OPEN);

  public record Command(OrganizationId organization, OptionalLong expectedVersion, PersonId person, String name, StaffCategory category,
      Recruitment recruitment, LocalDate hiredOn, Money monthlySalary, Money marketBenchmark) {}

  /** The PO with the new staff member, and the Art.13 findings about the hire. */
  public record Hired(PromotionOrganization organization, List<Finding> findings) {}

  private final Context context;

  public HireStaff(Context context) {
    this.context = context;
  }

  public Either<Refusal, Hired> handle(Command c) {
    // parsed, loaded, decided and written in one unit of work: no decision rests on a read outside it
    return context.write(() -> decide(c));
  }

  private Either<Refusal, Hired> decide(Command c) {
    var person = seq(Validations.required("person", c.person()));
    var name = seq(Validations.text("name", c.name(), 100));
    var category = seq(Validations.required("category", c.category()));
    var recruitment = seq(Validations.required("recruitment", c.recruitment()));
    var hiredOn = context.pastDate("hiredOn", c.hiredOn());
    var salary = seq(Validations.required("monthlySalary", c.monthlySalary()));
    Validation<Seq<Violation>, Money> benchmark = seq(Validations.required("marketBenchmark", c.marketBenchmark())).flatMap(m -> m.isZero()
        ? Validation.invalid(io.vavr.collection.List.of(Violation.of("marketBenchmark", "zero",
            "市场薪酬基准须大于零", "marketBenchmark must be more than zero")))
        : Validation.valid(m));
    Seq<Violation> errors = Validations.errors(person, name, category, recruitment, hiredOn, salary, benchmark);
    if (!errors.isEmpty()) {
      return Either.left(Refusal.malformed(errors));
    }
    return context.acting().on("HireStaff", c.organization(), c.expectedVersion()).flatMap(o -> {
      var closed = Context.booksClosed(o);
      if (closed.isPresent()) {
        return Context.reject("HireStaff", closed.get());
      }
      if (o.staff().stream().anyMatch(s -> s.person().equals(person.get()))) {
        return Either.left(Refusal.malformed(io.vavr.collection.List.of(Violation.of("person", "duplicate",
            "该人员已在工作人员名单中：" + person.get(), "person is already on the staff: " + person.get()))));
      }
      HireTerms terms = new HireTerms(hiredOn.get(), salary.get(), benchmark.get());
      StaffMember hire = new StaffMember(person.get(), name.get(), category.get(), recruitment.get(), java.util.Optional.of(terms));
      List<StaffMember> staff = new ArrayList<>(o.staff());
      staff.add(hire);
      PromotionOrganization next = PromotionOrganization.builder().from(o).staff(staff).build();
      PromotionOrganization alone = PromotionOrganization.builder().from(o).staff(List.of(hire)).build();
      return context.dossiers().of(alone).flatMap(d -> {
        List<Finding> findings = context.dossiers().findings(d, Set.of(ManagementRules.OPEN_RECRUITMENT.id(), ManagementRules.MARKET_SALARY.id()));
        return context.write(() -> {
          PromotionOrganization saved = context.ports().organizations().save(next);
          context.recorder().record(new ManagementEvent.StaffHired(o.id(), hire.person(), hire.recruitment(), terms));
          return Either.right(new Hired(saved, findings));
        });
      });
    });
  }
}
