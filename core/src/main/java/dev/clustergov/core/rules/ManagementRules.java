package dev.clustergov.core.rules;

import static dev.clustergov.core.rules.Severity.ADVISORY;
import static dev.clustergov.core.rules.Severity.BLOCKING;

import dev.clustergov.core.finance.AccountHolder;
import dev.clustergov.core.finance.ChargeBasis;
import dev.clustergov.core.finance.Expenditure;
import dev.clustergov.core.finance.FeeEdition;
import dev.clustergov.core.finance.FeeKind;
import dev.clustergov.core.finance.FeeSchedule;
import dev.clustergov.core.finance.IncomeEntry;
import dev.clustergov.core.guideline.Citation;
import dev.clustergov.core.kernel.Money;
import dev.clustergov.core.kernel.Dates;
import dev.clustergov.core.kernel.Text;
import dev.clustergov.core.management.HireTerms;
import dev.clustergov.core.management.ManagementSystem;
import dev.clustergov.core.management.ManagementSystemKind;
import dev.clustergov.core.management.Recruitment;
import dev.clustergov.core.management.StaffMember;
import dev.clustergov.core.organization.LifecycleStage;
import dev.clustergov.core.organization.PromotionOrganization;
import dev.clustergov.core.policy.Parameters;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The rules of Chapter 3, Art.9–13 (管理): management systems (Art.9), the PO's property (Art.10), fee
 * standards and the use of fees (Art.11), the independent account (Art.12) and market-based
 * employment (Art.13). Ledger rules read the entries of the dossier's period.
 */
public final class ManagementRules {

  private ManagementRules() {}

  static final Citation ART9 = Citation.article(9);
  static final Citation ART10 = Citation.article(10);
  static final Citation ART11 = Citation.article(11);
  static final Citation ART12 = Citation.article(12);
  static final Citation ART13 = Citation.article(13);

  // ---- Art.9: management systems --------------------------------------------------------------

  /** The five systems Art.9 names, in its order. */
  public static final List<ManagementSystemKind> ART9_SYSTEMS = List.of(
      ManagementSystemKind.PERSONNEL, ManagementSystemKind.ADMINISTRATIVE, ManagementSystemKind.FINANCIAL,
      ManagementSystemKind.BUSINESS, ManagementSystemKind.CONFIDENTIALITY_SECURITY);

  /**
   * One rule per system, so that a report names exactly what is missing. Required once the PO is
   * recognised and operates under its authority (Art.6); the three of Art.7(4) are required from
   * establishment by {@code A7.4-management-systems} already.
   */
  private static Rule system(ManagementSystemKind kind) {
    String id = "A9-" + kind.name().toLowerCase().replace('_', '-') + "-system";
    return Rule.define(id, ART9, BLOCKING,
        "应当建立规范的" + kind.label().zh() + "（认定后须已制定）",
        "The " + kind.label().en() + " system must be adopted once the PO is recognised",
        (d, p) -> {
          Optional<ManagementSystem> current = d.organization().managementSystems().stream().filter(s -> s.kind() == kind)
              .max(java.util.Comparator.comparingInt(s -> s.revision()));
          // the text of the current revision only when the evidence is read (decision 0331)
          return Outcome.when(current.isPresent(), Evidence.of("system", kind), Evidence.lazily("current",
              () -> current.map(s -> Evidence.said(s.title() + " rev." + s.revision() + " " + s.adoptedOn(),
                  "《" + s.title() + "》第" + s.revision() + "版（" + Dates.zh(s.adoptedOn()) + "制定）",
                  "“" + s.title() + "”, revision " + s.revision() + " adopted on " + Dates.en(s.adoptedOn())))));
        })
        .at(LifecycleStage.RECOGNISED, LifecycleStage.SUSPENDED);
  }

  public static final Rule PERSONNEL_SYSTEM = system(ManagementSystemKind.PERSONNEL);
  public static final Rule ADMINISTRATIVE_SYSTEM = system(ManagementSystemKind.ADMINISTRATIVE);
  public static final Rule FINANCIAL_SYSTEM = system(ManagementSystemKind.FINANCIAL);
  public static final Rule BUSINESS_SYSTEM = system(ManagementSystemKind.BUSINESS);
  public static final Rule CONFIDENTIALITY_SYSTEM = system(ManagementSystemKind.CONFIDENTIALITY_SECURITY);

  // ---- Art.10: property ------------------------------------------------------------------------

  /** Whether {@code item} is a business-scope item of the PO's charter. */
  static boolean inScope(PromotionOrganization o, Optional<String> item) {
    return item.isPresent() && o.charter().map(c -> c.businessScope().contains(item.get())).orElse(false);
  }

  /** An expenditure as evidence: the stable text of the JSON, and in words for a person. */
  static Evidence.Said describe(Expenditure e) {
    boolean declaredOther = e.relation() != e.declaredRelation();
    boolean payrollOffStaff = e.payroll() && !e.payeeOnStaff();
    return Evidence.said(e.id() + " " + e.paidOn() + " " + e.amount() + " to " + e.payee() + " (" + e.relation()
        + (declaredOther ? ", declared " + e.declaredRelation() : "") + ") for " + e.purpose()
        + (payrollOffStaff ? " [payroll declared, payee not on staff]" : "")
        + " scope=" + e.scopeItem().orElse("none"),
        Dates.zh(e.paidOn()) + "向" + e.payee() + "支付" + e.amount().grouped() + "元（" + e.relation().label().zh()
            + (declaredOther ? "，申报为" + e.declaredRelation().label().zh() : "") + "），用途为" + e.purpose()
            + (payrollOffStaff ? "，申报为工资但收款人不是本组织工作人员" : "")
            + "，业务范围事项：" + e.scopeItem().orElse("无"),
        e.amount().grouped() + " yuan paid on " + Dates.en(e.paidOn()) + " to " + e.payee() + " (" + e.relation().label().en()
            + (declaredOther ? ", declared as " + e.declaredRelation().label().en() : "") + ") for " + e.purpose()
            + (payrollOffStaff ? "; declared as payroll, but the payee is not on the staff" : "")
            + "; business scope item: " + e.scopeItem().orElse("none"));
  }

  static Money sum(List<Expenditure> es) {
    Money total = Money.ZERO;
    for (Expenditure e : es) {
      total = total.plus(e.amount());
    }
    return total;
  }

  /**
   * 任何单位和个人不得侵占、私分、挪用: a payment to a founder, an officer or a staff member that is
   * neither payroll nor for an item of the charter's business scope is how property is seized, divided
   * privately or misappropriated. Reported with every such payment and their exact total.
   */
  public static final Rule NO_PRIVATE_TAKING = Rule.define("A10-no-private-taking", ART10, BLOCKING,
      "集群发展促进组织的财产及其他合法收入，任何单位和个人不得侵占、私分、挪用：向发起单位、任职人员或工作人员的支出须为工资或用于章程规定的业务范围",
      "No one may seize, privately divide or misappropriate the PO's property: a payment to a founder, officer or staff member must be payroll or serve the charter's business scope",
      (d, p) -> {
        List<Expenditure> suspect = d.expenditures().stream()
            .filter(e -> e.relation().insider() && !e.isPayroll() && !inScope(d.organization(), e.scopeItem())).toList();
        return suspect.isEmpty()
            ? Outcome.pass(Evidence.of("expenditures", d.expenditures().size()), Evidence.of("period", d.period()))
            : Outcome.fail(Evidence.lazily("suspectExpenditures", () -> suspect.stream().map(ManagementRules::describe).toList()),
                Evidence.lazily("suspectTotal", () -> sum(suspect)), Evidence.of("period", d.period()));
      });

  // ---- Art.11: fee standards -------------------------------------------------------------------

  /**
   * Why a charge of {@code amount} on {@code date} under {@code schedule}'s item {@code item} (tier
   * {@code tier}) is not at a published standard, or empty when it is: an edition published on or
   * before the date must be in force then, hold the item, and admit the amount. Shared by the
   * {@code RecordCharge} command and {@link #CHARGES_UNDER_STANDARDS}.
   */
  public static Optional<String> chargeProblem(FeeSchedule schedule, LocalDate date, String item, Optional<String> tier, Money amount) {
    return chargeProblem(schedule, schedule.inForceOn(date), date, item, tier, amount);
  }

  /** {@link #chargeProblem(FeeSchedule, LocalDate, String, Optional, Money)} with the edition in force on {@code date} already found. */
  private static Optional<String> chargeProblem(FeeSchedule schedule, Optional<FeeEdition> edition, LocalDate date, String item,
      Optional<String> tier, Money amount) {
    if (edition.isEmpty()) {
      return Optional.of("no edition of " + schedule.id() + " was published on or before " + date);
    }
    return edition.get().item(item)
        .map(i -> i.price().admits(amount, tier) ? Optional.<String>empty()
            : Optional.of(amount + (tier.map(t -> " (tier " + t + ")").orElse("")) + " is not the price of " + item + " in "
                + schedule.id() + " edition " + edition.get().number() + ": " + i.price()))
        .orElseGet(() -> Optional.of("edition " + edition.get().number() + " of " + schedule.id() + " in force on " + date
            + " has no item " + item));
  }

  /**
   * What {@link #chargeProblem} finds, in words: the schedule by its title, the item by its name, no id inside Chinese
   * (issue 20). The stable text stays {@code chargeProblem}'s. The charge is said once (decision 0601): an entry of the
   * books by its day, kind and amount ({@code entry}), or — for a command, whose day and amount are evidence of their own —
   * as 所收金额 · the amount charged where a sentence needs it; the schedule is judged on the day of the charge (收费当天).
   */
  static Text chargeWords(FeeSchedule schedule, LocalDate date, String item, Optional<String> tier, Optional<Text> entry) {
    Optional<FeeEdition> edition = schedule.inForceOn(date);
    String title = "“" + schedule.title() + "”";
    Text lead = entry.map(t -> Text.of(t.zh() + "：", t.en() + ": ")).orElse(Text.of("", ""));
    if (edition.isEmpty()) {
      return Text.of(lead.zh() + "收费当天" + title + "尚无已公布的版本",
          lead.en() + "no edition of " + title + " had been published by the day of the charge");
    }
    int n = edition.get().number();
    Text charge = entry.orElse(AMOUNT_CHARGED);
    return edition.get().item(item)
        .map(i -> Text.of(charge.zh() + tier.map(t -> "（" + t + "档）").orElse("") + "不是" + title + "第" + n + "版中“" + i.name() + "”的收费金额",
            charge.en() + tier.map(t -> " (tier " + t + ")").orElse("") + " is not the price of “" + i.name() + "” in edition " + n + " of " + title))
        .orElseGet(() -> Text.of(lead.zh() + "收费当天有效的" + title + "第" + n + "版没有所收取的项目",
            lead.en() + "edition " + n + " of " + title + " in force on the day of the charge has no such item"));
  }

  /** The charge a command is refused, named by what it is: its day and its amount are evidence of their own. */
  static final Text AMOUNT_CHARGED = Text.of("所收金额", "the amount charged");

  /**
   * Why fee income {@code e} was not charged under a published standard, or empty when it was: the stable text of the
   * JSON ({@code in-1: schedule fee-9 is not published}, the entry's id first) and the words a person reads, the entry
   * by its day and amount, the schedule by its title and the item by its name — no id inside Chinese (issue 20).
   */
  static Optional<Evidence.Said> entryProblem(List<FeeSchedule> schedules, IncomeEntry e) {
    if (!FeeKind.isFee(e.kind())) {
      return Optional.empty();
    }
    ChargeBasis b = e.basis().orElseThrow();
    FeeSchedule s = null;
    for (FeeSchedule x : schedules) {
      if (x.id().equals(b.schedule())) {
        s = x;
        break;
      }
    }
    // the charge by the kind of fee it is (服务收费, not the income's longer name)
    FeeKind taken = e.kind() == dev.clustergov.core.finance.IncomeKind.MEMBERSHIP_DUES ? FeeKind.DUES : FeeKind.SERVICE_FEES;
    // the entry by its day, kind and amount, said once (decision 0601)
    Text entry = Text.of(Dates.zh(e.receivedOn()) + "收取的" + taken.label().zh() + e.amount().grouped() + "元",
        e.amount().grouped() + " yuan of " + taken.label().en() + " received on " + Dates.en(e.receivedOn()));
    String zh = entry.zh() + "：";
    String en = entry.en() + ": ";
    if (s == null) {
      return Optional.of(new Evidence.Said(e.id() + ": schedule " + b.schedule() + " is not published",
          Text.of(zh + "所依据的收费标准未公布", en + "the fee schedule it names is not published")));
    }
    String title = "“" + s.title() + "”";
    if (s.kind().income() != e.kind()) {
      return Optional.of(new Evidence.Said(e.id() + ": " + e.kind() + " charged under a " + s.kind() + " schedule",
          Text.of(zh + "按" + s.kind().label().zh() + "标准" + title + "收取",
              en + "charged under " + title + ", a schedule of " + s.kind().label().en())));
    }
    Optional<FeeEdition> edition = s.inForceOn(e.receivedOn());
    Optional<String> problem = chargeProblem(s, edition, e.receivedOn(), b.item(), b.tier(), e.amount());
    if (problem.isPresent()) {
      return Optional.of(new Evidence.Said(e.id() + ": " + problem.get(), chargeWords(s, e.receivedOn(), b.item(), b.tier(), Optional.of(entry))));
    }
    int inForce = edition.orElseThrow().number();
    return inForce == b.edition() ? Optional.empty()
        : Optional.of(new Evidence.Said(e.id() + ": charged under edition " + b.edition() + " but edition " + inForce + " was in force",
            Text.of(zh + "按" + title + "第" + b.edition() + "版收取，但当天有效的是第" + inForce + "版",
                en + "charged under edition " + b.edition() + " of " + title + ", but edition " + inForce + " was in force that day")));
  }

  /**
   * 要建立公开透明的会费或服务收费标准制度: every fee taken in the period was charged under an item of a
   * schedule published on or before its date and in force then, at its price. The command refuses
   * other charges; this rule re-checks the books as an evaluator would (imports, bulk loads).
   */
  public static final Rule CHARGES_UNDER_STANDARDS = Rule.define("A11-charges-under-published-standards", ART11, BLOCKING,
      "要建立公开透明的会费或服务收费标准制度：每笔会费或服务收费须依据收费当天已公开且有效的收费标准项目及其金额",
      "An open and transparent system of dues and service fee standards: every charge of dues or a service fee is made under an item of a fee schedule published and in force on the day of the charge, at its price",
      (d, p) -> {
        List<Evidence.Said> problems = new ArrayList<>();
        long charges = 0;
        for (IncomeEntry e : d.income()) {
          entryProblem(d.feeSchedules(), e).ifPresent(problems::add);
          if (e.isCharge()) {
            charges++;
          }
        }
        return problems.isEmpty()
            ? Outcome.pass(Evidence.of("charges", charges), Evidence.of("period", d.period()))
            : Outcome.fail(Evidence.of("chargesOutsideStandards", problems), Evidence.of("period", d.period()));
      });

  /** 相关费用必须用于章程规定的业务范围和事业的发展: spending funded by fees names an item of the charter's business scope. */
  public static final Rule FEES_FOR_BUSINESS_SCOPE = Rule.define("A11-fees-for-business-scope", ART11, BLOCKING,
      "会费和服务收费必须用于章程规定的业务范围和事业的发展：以会费或服务收费列支的支出须注明所服务的章程业务范围条目",
      "Fees must be used for the charter's business scope and the PO's development: fee-funded spending names an item of the charter's business scope",
      (d, p) -> {
        List<Expenditure> outside = d.expenditures().stream()
            .filter(e -> e.feeFunded() && !inScope(d.organization(), e.scopeItem())).toList();
        return outside.isEmpty()
            ? Outcome.pass(Evidence.of("feeFundedExpenditures", d.expenditures().stream().filter(Expenditure::feeFunded).count()))
            : Outcome.fail(Evidence.lazily("feeFundedOutsideScope", () -> outside.stream().map(ManagementRules::describe).toList()),
                Evidence.lazily("total", () -> sum(outside)),
                Evidence.of("businessScope", d.organization().charter().map(c -> c.businessScope()).orElse(List.of())));
      });

  // ---- Art.12: independent account -------------------------------------------------------------

  /**
   * 必须建立独立的财务和银行帐户: an account held in the PO's own name. Required from recognition: a
   * basic deposit account is opened with the registration certificate, which recognition presupposes
   * (A2-legal-person).
   */
  public static final Rule OWN_ACCOUNT = Rule.define("A12-own-account", ART12, BLOCKING,
      "必须建立独立的财务和银行账户：须录入以集群发展促进组织名义开立的银行账户",
      "Independent financial and bank accounts: a bank account held in the PO's own name must be entered",
      (d, p) -> d.organization().bankAccount()
          .map(a -> Outcome.when(a.holder().strip().equals(d.organization().name().strip()),
              Evidence.of("holder", a.holder()), Evidence.of("organizationName", d.organization().name())))
          .orElseGet(() -> Outcome.fail(Evidence.of("bankAccount", "none"))))
      .at(LifecycleStage.RECOGNISED, LifecycleStage.SUSPENDED);

  /** 独立核算: the account is the PO's alone — no other PO, and no founder of any PO, records the same number. */
  public static final Rule ACCOUNT_NOT_SHARED = Rule.define("A12-account-not-shared", ART12, BLOCKING,
      "实行独立核算：集群发展促进组织的银行账户不得与其他集群发展促进组织或任何发起单位共用",
      "Independent accounting: the PO's bank account must not be shared with another PO or any founder",
      (d, p) -> {
        if (d.organization().bankAccount().isEmpty()) {
          return Outcome.notApplicable("未录入银行账户（见第十二条独立账户的规则）", "no account recorded (see the rule on an own account, Art.12)");
        }
        String number = d.organization().bankAccount().get().number();
        List<String> others = new ArrayList<>();
        List<Evidence.Said> said = new ArrayList<>();
        for (AccountHolder h : d.accountSharedWith()) {
          if (!(h.role() == AccountHolder.Role.ORGANIZATION && h.organization().equals(d.organization().id()))) {
            String s = h.role() + " " + h.name() + " (" + h.organization() + ")";
            others.add(s);
            said.add(holder(s, h.role(), h.name()));
          }
        }
        // the PO's own founders are in the dossier even when the registry was not asked
        d.organization().founders().stream().filter(f -> f.bankAccountNumber().map(number::equals).orElse(false))
            .forEach(f -> {
              String s = AccountHolder.Role.FOUNDER + " " + f.name() + " (" + d.organization().id() + ")";
              if (!others.contains(s)) {
                others.add(s);
                said.add(holder(s, AccountHolder.Role.FOUNDER, f.name()));
              }
            });
        return Outcome.unless(said, "sharedWith");
      })
      .at(LifecycleStage.RECOGNISED, LifecycleStage.SUSPENDED);

  /** Another holder of the account, in words: 发起单位某公司 · founder 某公司; the PO's id stays in the JSON text. */
  private static Evidence.Said holder(String text, AccountHolder.Role role, String name) {
    boolean founder = role == AccountHolder.Role.FOUNDER;
    return Evidence.said(text, (founder ? "发起单位" : "集群发展促进组织") + name,
        (founder ? "founder " : "PO ") + name);
  }

  // ---- Art.13: market-based employment ---------------------------------------------------------

  /** 自主面向社会公开招聘人员: a hire not made by open public recruitment is reported (advisory: Art.13 has no modal word). */
  public static final Rule OPEN_RECRUITMENT = Rule.define("A13-open-recruitment", ART13, ADVISORY,
      "采用市场化用人机制，自主面向社会公开招聘人员",
      "Market-based employment: staff are recruited openly from the public",
      (d, p) -> Outcome.unless(d.organization().staff().stream().filter(s -> s.recruitment() != Recruitment.OPEN_RECRUITMENT)
          .map(s -> Evidence.said(s.person() + " " + s.name() + " (" + s.recruitment() + ")",
              s.name() + "（" + s.recruitment().label().zh() + "）",
              s.name() + " (" + s.recruitment().label().en() + ")")).toList(), "notOpenlyRecruited"));

  /** Whether {@code terms}' salary lies within {@code percent} % of its benchmark, exactly. */
  public static boolean withinBenchmark(HireTerms terms, BigDecimal percent) {
    BigDecimal benchmark = terms.marketBenchmark().yuan();
    BigDecimal gap = terms.monthlySalary().yuan().subtract(benchmark).abs();
    return gap.multiply(new BigDecimal(100)).compareTo(benchmark.multiply(percent)) <= 0;
  }

  /** 对标市场化薪酬合理确定职工工资水平: a salary farther from its market benchmark than the policy allows. */
  public static final Rule MARKET_SALARY = Rule.define("A13-market-salary", ART13, ADVISORY,
      "对标市场化薪酬合理确定职工工资水平：工资偏离市场薪酬基准不超过政策容许幅度",
      "Salaries benchmarked to the market: no salary lies farther from its market benchmark than the policy allows",
      (d, p) -> {
        BigDecimal percent = p.get(Parameters.EMPLOYMENT_SALARY_TOLERANCE_PERCENT);
        List<Evidence.Said> off = new ArrayList<>();
        int withTerms = 0;
        for (StaffMember s : d.organization().staff()) {
          if (s.terms().isPresent()) {
            withTerms++;
            if (!withinBenchmark(s.terms().get(), percent)) {
              HireTerms t = s.terms().get();
              off.add(Evidence.said(s.person() + " salary " + t.monthlySalary() + " vs benchmark " + t.marketBenchmark(),
                  s.name() + "（月工资" + t.monthlySalary().grouped() + "元，市场薪酬基准" + t.marketBenchmark().grouped() + "元）",
                  s.name() + " (monthly salary " + t.monthlySalary().grouped() + " yuan, market benchmark " + t.marketBenchmark().grouped() + " yuan)"));
            }
          }
        }
        if (withTerms == 0) {
          return Outcome.notApplicable("没有录入聘用条件的聘用记录", "no hire with recorded terms");
        }
        return off.isEmpty() ? Outcome.pass(Evidence.of("hiresChecked", withTerms), Evidence.of("tolerancePercent", percent))
            : Outcome.fail(Evidence.of("offBenchmark", off), Evidence.of("tolerancePercent", percent));
      });

  /** Every rule of this class, in the guideline's order. */
  public static final List<Rule> ALL = List.of(
      PERSONNEL_SYSTEM, ADMINISTRATIVE_SYSTEM, FINANCIAL_SYSTEM, BUSINESS_SYSTEM, CONFIDENTIALITY_SYSTEM,
      NO_PRIVATE_TAKING, CHARGES_UNDER_STANDARDS, FEES_FOR_BUSINESS_SCOPE, OWN_ACCOUNT, ACCOUNT_NOT_SHARED,
      OPEN_RECRUITMENT, MARKET_SALARY);

  /** The Art.12 rules, checked when the account changes. */
  public static final Set<String> ACCOUNT = Set.of(OWN_ACCOUNT.id(), ACCOUNT_NOT_SHARED.id());

  // ---- command guards --------------------------------------------------------------------------

  /** Management systems are adopted once per kind and then revised, each revision dated no earlier than the last. */
  public static final Guard<SystemChange> SYSTEM_REVISION = Guard.of("A9-system-revision", List.of(ART9),
      Text.of("规章制度应规范管理：每类制度制定一次，此后以修订方式更新，修订日期不得早于上一版本",
          "Management systems are kept in order: each kind is adopted once and then revised, each revision dated no earlier than the last"),
      c -> c.current().map(s -> c.adopt() || c.on().isBefore(s.adoptedOn())).orElse(false),
      c -> {
        dev.clustergov.core.management.ManagementSystem s = c.current().orElseThrow();
        return c.adopt()
            ? List.of(Evidence.of("kind", c.kind()), Evidence.of("adopted", Evidence.said("revision " + s.revision() + " of " + s.adoptedOn(),
                "第" + s.revision() + "版（" + Dates.zh(s.adoptedOn()) + "制定）", "revision " + s.revision() + " of " + Dates.en(s.adoptedOn()))))
            : List.of(Evidence.of("kind", c.kind()), Evidence.of("revisedOn", c.on()), Evidence.of("currentRevisionOf", s.adoptedOn()));
      });

  /**
   * A system of {@code kind} adopted ({@code adopt}) or revised on {@code on}, and the current revision of that
   * kind, if the PO has one. Revising a kind never adopted is not a breach of Art.9 but a system that is not there.
   */
  public record SystemChange(ManagementSystemKind kind, LocalDate on, boolean adopt,
      Optional<dev.clustergov.core.management.ManagementSystem> current) {
    public SystemChange {
      java.util.Objects.requireNonNull(kind, "kind");
      java.util.Objects.requireNonNull(on, "on");
      java.util.Objects.requireNonNull(current, "current");
    }
  }

  /** Fees are charged only under a published standard, at its price (Art.11). */
  public static final Guard<Charging> CHARGE_UNDER_STANDARD = new Guard<>("A11-charge-under-published-standard", List.of(ART11),
      Text.of("会费或服务收费须依据收费当天已公开且有效的收费标准项目，按其金额收取",
          "A charge of dues or a service fee is made only under an item of a fee schedule published and in force on the day of the charge, at its price"),
      ManagementRules::chargeBreach);

  private static Optional<List<Evidence>> chargeBreach(Charging c) {
    if (c instanceof Charging.AsIncome i) {
      return FeeKind.isFee(i.kind())
          ? Optional.of(List.of(Evidence.of("kind", i.kind()),
              Evidence.of("reason", Text.of("会费和服务费按已公布的收费标准作为收费录入",
                "dues and service fees are recorded as charges under a published fee schedule"))))
          : Optional.empty();
    }
    Charging.UnderSchedule u = (Charging.UnderSchedule) c;
    return u.published().isEmpty()
        ? Optional.of(List.of(Evidence.of("schedule", Evidence.said(u.schedule() + " is not a published schedule of " + u.organization(),
                // the schedule named is unknown to the PO, so it has no title to name it by (issue 20): its id stays in the JSON
                "所依据的收费标准不是本组织已公布的收费标准",
                "the fee schedule named is not one the PO has published"))))
        : chargeProblem(u.published().get(), u.chargedOn(), u.item(), u.tier(), u.amount())
            .map(problem -> List.of(Evidence.of("problem", new Evidence.Said(problem,
                    chargeWords(u.published().get(), u.chargedOn(), u.item(), u.tier(), Optional.empty()))), Evidence.of("chargedOn", u.chargedOn()),
                Evidence.of("amount", u.amount())));
  }

  /** What is taken in: income of a kind entered as income, or a charge under a schedule. */
  public sealed interface Charging {

    /** Income of {@code kind} recorded as income, not as a charge: a fee kind cannot be (Art.11). */
    record AsIncome(dev.clustergov.core.finance.IncomeKind kind) implements Charging {
      public AsIncome {
        java.util.Objects.requireNonNull(kind, "kind");
      }
    }

    /**
     * {@code amount} charged on {@code chargedOn} under item {@code item} (tier {@code tier}) of schedule {@code schedule};
     * {@code published} is that schedule when it is one of {@code organization}'s.
     */
    record UnderSchedule(dev.clustergov.core.organization.OrganizationId organization, dev.clustergov.core.finance.FeeScheduleId schedule,
        Optional<FeeSchedule> published, LocalDate chargedOn, String item, Optional<String> tier, Money amount) implements Charging {
      public UnderSchedule {
        java.util.Objects.requireNonNull(organization, "organization");
        java.util.Objects.requireNonNull(schedule, "schedule");
        java.util.Objects.requireNonNull(published, "published");
        java.util.Objects.requireNonNull(chargedOn, "chargedOn");
        java.util.Objects.requireNonNull(item, "item");
        java.util.Objects.requireNonNull(tier, "tier");
        java.util.Objects.requireNonNull(amount, "amount");
      }
    }
  }

  /** A new edition of a fee standard is published after the one it supersedes (Art.11). */
  public static final Guard<NewEdition> EDITION_ORDER = Guard.of("A11-edition-order", List.of(ART11),
      Text.of("收费标准新版本自公布之日起替代旧版本：公布日期不得早于上一版本，也不得晚于录入当天",
          "A fee schedule's new edition supersedes the last from its publication date: it cannot be dated before the last edition, nor after the day it is entered"),
      e -> e.publishedOn().isBefore(e.lastEditionPublishedOn()),
      e -> List.of(Evidence.of("publishedOn", e.publishedOn()), Evidence.of("lastEditionPublishedOn", e.lastEditionPublishedOn())));

  /** A new edition published on {@code publishedOn}, after the schedule's last edition published on {@code lastEditionPublishedOn}. */
  public record NewEdition(LocalDate publishedOn, LocalDate lastEditionPublishedOn) {
    public NewEdition {
      java.util.Objects.requireNonNull(publishedOn, "publishedOn");
      java.util.Objects.requireNonNull(lastEditionPublishedOn, "lastEditionPublishedOn");
    }
  }

  /** Ledger entries belong to an operating PO: a legal person with its own books (Art.10, Art.12). */
  public static final Guard<Books> BOOKS_OPEN = Guard.of("A12-books-open", List.of(ART12, ART10),
      Text.of("独立核算自组建完成起：账目、收费标准和聘用记录须在组建完成后、撤销认定或注销前录入",
          "Independent accounting starts at establishment: ledger entries, fee schedules and hires are entered from establishment until recognition is revoked or the PO is dissolved"),
      b -> !LifecycleStage.OPERATING.contains(b.stage()),
      b -> List.of(Evidence.of("stage", Guard.stage(b.stage(), b.everEstablished()))));

  /**
   * The books of a PO in {@code stage}, about to take an entry, a fee schedule or a hire; {@code everEstablished} decides
   * the words of its stage (已终止筹建 for a PO dissolved never established, decision 0599).
   */
  public record Books(LifecycleStage stage, boolean everEstablished) {
    public Books {
      java.util.Objects.requireNonNull(stage, "stage");
    }

    /** A PO known by its stage alone, whose stage tells its history (see {@link Guard.Move}). */
    public Books(LifecycleStage stage) {
      this(stage, true);
    }

    /** The books of {@code o}. */
    public static Books of(dev.clustergov.core.organization.PromotionOrganization o) {
      return new Books(o.stage(), o.establishedOn().isPresent());
    }
  }

  public static final List<Guard<?>> GUARDS = List.of(SYSTEM_REVISION, CHARGE_UNDER_STANDARD, EDITION_ORDER, BOOKS_OPEN);
}
