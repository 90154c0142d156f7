package dev.clustergov.adapters.rest;

import static dev.clustergov.adapters.rest.Api.date;
import static dev.clustergov.adapters.rest.Api.done;
import static dev.clustergov.adapters.rest.Api.id;
import static dev.clustergov.adapters.rest.Api.orgId;
import static dev.clustergov.adapters.rest.Api.period;
import static dev.clustergov.adapters.rest.Api.po;

import dev.clustergov.adapters.rest.Access.Target;
import dev.clustergov.adapters.rest.ManagementViews.DisclosureList;
import dev.clustergov.adapters.rest.ManagementViews.DisclosureView;
import dev.clustergov.adapters.rest.ManagementViews.DisputeList;
import dev.clustergov.adapters.rest.ManagementViews.DisputeView;
import dev.clustergov.adapters.rest.ManagementViews.DueDisclosureList;
import dev.clustergov.adapters.rest.ManagementViews.DueDisclosureView;
import dev.clustergov.adapters.rest.ManagementViews.ExpenditureList;
import dev.clustergov.adapters.rest.ManagementViews.ExpenditureView;
import dev.clustergov.adapters.rest.ManagementViews.FeeScheduleList;
import dev.clustergov.adapters.rest.ManagementViews.FeeScheduleView;
import dev.clustergov.adapters.rest.ManagementViews.HiredView;
import dev.clustergov.adapters.rest.ManagementViews.IncomeList;
import dev.clustergov.adapters.rest.ManagementViews.IncomeView;
import dev.clustergov.adapters.rest.ManagementViews.IpAgreementList;
import dev.clustergov.adapters.rest.ManagementViews.IpAgreementView;
import dev.clustergov.adapters.rest.ManagementViews.RecordedView;
import dev.clustergov.adapters.rest.Route.Param;
import dev.clustergov.adapters.rest.Route.Reply;
import dev.clustergov.adapters.rest.Route.Scope;
import dev.clustergov.adapters.rest.Views.OrganizationView;
import dev.clustergov.adapters.rest.Views.ReportView;
import dev.clustergov.core.application.management.AdoptManagementSystem;
import dev.clustergov.core.application.management.AmendIpAgreement;
import dev.clustergov.core.application.management.ChangeBankAccount;
import dev.clustergov.core.application.Clustergov;
import dev.clustergov.core.application.management.DraftIpAgreement;
import dev.clustergov.core.application.establishment.FoundingApplication;
import dev.clustergov.core.application.management.HireStaff;
import dev.clustergov.core.application.Ports;
import dev.clustergov.core.application.management.PublishDisclosure;
import dev.clustergov.core.application.management.PublishFeeSchedule;
import dev.clustergov.core.application.Queries;
import dev.clustergov.core.application.management.RaiseDispute;
import dev.clustergov.core.application.management.RecordCharge;
import dev.clustergov.core.application.management.RecordDisputeStep;
import dev.clustergov.core.application.management.RecordExpenditure;
import dev.clustergov.core.application.management.RecordIncome;
import dev.clustergov.core.application.management.ReviseManagementSystem;
import dev.clustergov.core.application.management.SignIpAgreement;
import dev.clustergov.core.application.management.TermsInput.OwnershipInput;
import dev.clustergov.core.application.management.TermsInput.UseRightInput;
import dev.clustergov.core.disclosure.Channel;
import dev.clustergov.core.disclosure.DisclosureKind;
import dev.clustergov.core.disclosure.DisclosureObligationId;
import dev.clustergov.core.dispute.Capacity;
import dev.clustergov.core.dispute.DisputeId;
import dev.clustergov.core.dispute.StepKind;
import dev.clustergov.core.finance.FeeKind;
import dev.clustergov.core.finance.FeeScheduleId;
import dev.clustergov.core.finance.IncomeKind;
import dev.clustergov.core.finance.PayeeRelation;
import dev.clustergov.core.governance.PersonId;
import dev.clustergov.core.ip.IpActivity;
import dev.clustergov.core.ip.IpAgreementId;
import dev.clustergov.core.ip.PartyKind;
import dev.clustergov.core.kernel.Money;
import dev.clustergov.core.kernel.RegionCode;
import dev.clustergov.core.kernel.Violation;
import dev.clustergov.core.management.ManagementSystemKind;
import dev.clustergov.core.management.Recruitment;
import dev.clustergov.core.management.StaffCategory;
import dev.clustergov.core.organization.PromotionOrganization;
import dev.clustergov.core.supervision.AuthorityId;
import io.vavr.control.Validation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * The routes of Chapter 3 (组织管理, Art.9–16), added to {@link Api}'s table as one block: management
 * systems, staff, the ledger, fee standards, the bank account, the compliance report, disclosures and
 * what is owed, disputes and IP agreements, and what the public may see of a PO (Art.14's public view, as JSON
 * or as a page). Authorization is {@link Access#TABLE}'s; refusals map as everywhere (400 every violation, 422
 * findings with citations, 404, 409 on a stale If-Match). Its views are {@link ManagementViews}.
 */
final class ManagementRoutes {

  // request bodies: the commands without the PO (it is in the path) and without the version (If-Match)
  record SystemRequest(@Schema.Required @Schema.OneOf(ManagementSystemKind.class) String kind, @Schema.Required String title, @Schema.Required String adoptedOn) {}

  record SystemRevisionRequest(@Schema.Required String title, @Schema.Required String revisedOn) {}

  record HireRequest(@Schema.Required String person, @Schema.Required String name, @Schema.Required @Schema.OneOf(StaffCategory.class) String category, @Schema.Required @Schema.OneOf(Recruitment.class) String recruitment, @Schema.Required String hiredOn, @Schema.Required BigDecimal monthlySalary,
      @Schema.Required BigDecimal marketBenchmark) {}

  record IncomeRequest(@Schema.Required @Schema.OneOf(IncomeKind.class) String kind, @Schema.Required BigDecimal amount, @Schema.Required String receivedOn, @Schema.Required String payer) {}

  record ExpenditureRequest(@Schema.Required BigDecimal amount, @Schema.Required String paidOn, @Schema.Required String payee, String payeeReference, @Schema.Required @Schema.OneOf(PayeeRelation.class) String declaredRelation,
      @Schema.Required String purpose, Boolean payroll, Boolean feeFunded, String scopeItem) {}

  /** {@code schedule} absent for a new schedule, or an existing one's id for its next edition (If-Match its version). */
  record FeeScheduleRequest(String schedule, @Schema.Required @Schema.OneOf(FeeKind.class) String kind, @Schema.Required String title, @Schema.Required String publishedOn, @Schema.Required String channel, @Schema.Required List<ItemInput> items) {}

  /** {@code pricing} FIXED (amount), RANGE (min, max) or TIERED (tiers). */
  record ItemInput(String code, String name, @Schema.OneOf(PublishFeeSchedule.Pricing.class) String pricing, BigDecimal amount, BigDecimal min, BigDecimal max, List<TierInput> tiers) {}

  record TierInput(String label, BigDecimal amount) {}

  record ChargeRequest(@Schema.Required String schedule, @Schema.Required String item, String tier, @Schema.Required BigDecimal amount, @Schema.Required String chargedOn, @Schema.Required String payer) {}

  record DisclosureRequest(@Schema.Required String kind, @Schema.Required Integer year, String obligation, @Schema.Required LocalDate publishedOn, String channelKind,
      String channelReference, @Schema.Required String title) {}

  record DisputeRequest(@Schema.Required String subject, @Schema.Required List<String> parties, @Schema.Required String raisedBy, @Schema.Required @Schema.OneOf(Capacity.class) String capacity, String on) {}

  record StepRequest(@Schema.Required @Schema.OneOf(StepKind.class) String step, String on, @Schema.Required String actor, @Schema.Required @Schema.OneOf(Capacity.class) String capacity, @Schema.OneOf(dev.clustergov.core.dispute.Route.class) String route, String note) {}

  record IpDraftRequest(@Schema.Required String title, @Schema.Required TermsInput terms) {}

  /**
   * The terms of an IP agreement as JSON ({@link #terms} turns them into the core's): {@code duties} per activity name,
   * {@code shares} per party name (a percentage).
   */
  record TermsInput(List<PartyInput> parties, Map<String, List<String>> duties, List<OwnershipInput> ownership,
      List<UseRightInput> useRights, Map<String, BigDecimal> shares) {

    /** {@code kind} a party kind's name: GOVERNMENT, PROMOTION_ORGANIZATION, PARTNER or OTHER. */
    record PartyInput(String name, @Schema.OneOf(dev.clustergov.core.ip.PartyKind.class) String kind) {}
  }

  /** The PO's new account, in its own name (Art.12): the founding application's bank account, each part required here. */
  record BankAccountRequest(@Schema.Required String holder, @Schema.Required String number, @Schema.Required String bank) {
    FoundingApplication.BankInput typed() {
      return new FoundingApplication.BankInput(holder, number, bank);
    }
  }

  record SignatureRequest(@Schema.Required String party, @Schema.Required String signatory, String on) {}


  private static final Set<Integer> READ = Set.of(400, 401, 403, 404);
  private static final Set<Integer> WRITE = Set.of(400, 401, 403, 404, 409, 413, 415, 422);
  private static final Set<Integer> WRITE_UNVERSIONED = Set.of(400, 401, 403, 404, 413, 415, 422);

  private final Clustergov gov;
  private final Queries queries;
  private final Ports ports;
  private final Access access;
  private final Pages pages;

  ManagementRoutes(Clustergov gov, Queries queries, Ports ports, Access access, Pages pages) {
    this.gov = gov;
    this.queries = queries;
    this.ports = ports;
    this.access = access;
    this.pages = pages;
  }


  List<Route> routes() {
    List<Route> r = new ArrayList<>();
    String po = "/organizations/{id}";
    List<Param> period = List.of(new Param("from", "date", "YYYY-MM-DD; default 1 January of last year"),
        new Param("to", "date", "YYYY-MM-DD; default today"));
    // --- Art.9 management systems, Art.13 staff, Art.12 bank account ------------------------------------------------
    r.add(Route.post(Op.ADOPT_SYSTEM, po + "/management-systems").tag("management")
        .summary("Adopt a management system (建立管理制度, Art.9)")
        .description("kind: PERSONNEL, ADMINISTRATIVE, FINANCIAL, BUSINESS or CONFIDENTIALITY_SECURITY. If-Match recommended.")
        .body(SystemRequest.class).example(Examples.SYSTEM, "id", Examples.README_PO).created(OrganizationView.class).problems(WRITE).scope(Scope.ORGANIZATION)
        .handler(ex -> {
          SystemRequest b = ex.body(SystemRequest.class);
          Fields f = ex.fields();
          PromotionOrganization o = done(gov.as(ex.actor()).adoptManagementSystem().handle(
              new AdoptManagementSystem.Command(orgId(ex), ex.ifMatch(), f.choice("kind", ManagementSystemKind.class, b.kind()), b.title(),
                  f.day("adoptedOn", b.adoptedOn()))));
          return Reply.json(201, OrganizationView.of(o)).with("ETag", Etags.of(o.version()))
              .with("Location", "/organizations/" + o.id().value() + "/management-systems/" + b.kind());
        }));
    r.add(Route.put(Op.REVISE_SYSTEM, po + "/management-systems/{kind}").tag("management")
        .summary("Revise a management system (修订, Art.9)")
        .description("A new revision of an adopted system. If-Match recommended.")
        .body(SystemRevisionRequest.class).example(Examples.SYSTEM_REVISION, "kind", "IP_MANAGEMENT")
        .pathParam("kind", ManagementSystemKind.class).response(OrganizationView.class).problems(WRITE).scope(Scope.ORGANIZATION)
        .handler(ex -> {
          SystemRevisionRequest b = ex.body(SystemRevisionRequest.class);
          Fields f = ex.fields();
          return po(done(gov.as(ex.actor()).reviseManagementSystem().handle(new ReviseManagementSystem.Command(orgId(ex), ex.ifMatch(),
              f.choice("kind", ManagementSystemKind.class, ex.path("kind")), b.title(), f.day("revisedOn", b.revisedOn())))));
        }));
    r.add(Route.post(Op.HIRE_STAFF, po + "/staff").tag("management")
        .summary("Hire a staff member (市场化选聘, Art.13)")
        .description("Recorded with how the person was recruited and the salary benchmark; Art.13's findings about the hire come back with it.")
        .body(HireRequest.class).example(Examples.HIRE).created(HiredView.class).problems(WRITE).scope(Scope.ORGANIZATION)
        .handler(ex -> {
          HireRequest b = ex.body(HireRequest.class);
          Fields f = ex.fields();
          HireStaff.Hired h = done(gov.as(ex.actor()).hireStaff().handle(new HireStaff.Command(orgId(ex), ex.ifMatch(),
              f.value("person", b.person(), PersonId::parse), b.name(), f.choice("category", StaffCategory.class, b.category()),
              f.choice("recruitment", Recruitment.class, b.recruitment()), f.day("hiredOn", b.hiredOn()),
              f.money("monthlySalary", b.monthlySalary()), f.money("marketBenchmark", b.marketBenchmark()))));
          return Reply.json(201, new HiredView(OrganizationView.of(h.organization()), ManagementViews.findings(h.findings(), ex.lang)))
              .with("ETag", Etags.of(h.organization().version()));
        }));
    r.add(Route.put(Op.CHANGE_BANK_ACCOUNT, po + "/bank-account").tag("finance")
        .summary("Change the PO's bank account (独立账户, Art.12)")
        .description("In the PO's own name and shared with no other PO or founder. If-Match recommended.")
        .body(BankAccountRequest.class).example(Examples.BANK_ACCOUNT).response(OrganizationView.class).problems(WRITE).scope(Scope.ORGANIZATION)
        .handler(ex -> po(done(
            gov.as(ex.actor()).changeBankAccount().handle(new ChangeBankAccount.Command(orgId(ex), ex.ifMatch(), ex.body(BankAccountRequest.class).typed()))))));
    // --- Art.10 the ledger -------------------------------------------------------------------------------------------
    r.add(Route.get(Op.LIST_INCOME, po + "/ledger/income").tag("finance")
        .summary("Income in a period, fee charges included (Art.10, Art.11)")
        .params(period)
        .response(IncomeList.class).problems(READ).scope(Scope.ORGANIZATION)
        .handler(ex -> Reply.ok(new IncomeList(done(queries.income(orgId(ex), period(ex, ports.clock().today()))).stream().map(IncomeView::of).toList()))));
    r.add(Route.post(Op.RECORD_INCOME, po + "/ledger/income").tag("finance")
        .summary("Record income other than fees (收入入账, Art.10)")
        .description("Dues and service fees are charges under a published schedule: POST …/charges.")
        .body(IncomeRequest.class).example(Examples.INCOME).created(IncomeView.class).problems(WRITE_UNVERSIONED).scope(Scope.ORGANIZATION)
        .handler(ex -> {
          IncomeRequest b = ex.body(IncomeRequest.class);
          Fields f = ex.fields();
          return Reply.json(201, IncomeView.of(done(gov.as(ex.actor()).recordIncome().handle(new RecordIncome.Command(orgId(ex),
              f.choice("kind", IncomeKind.class, b.kind()), f.money("amount", b.amount()), f.day("receivedOn", b.receivedOn()), b.payer())))));
        }));
    r.add(Route.get(Op.LIST_EXPENDITURES, po + "/ledger/expenditures").tag("finance")
        .summary("Expenditures in a period (Art.10, Art.11)")
        .params(period)
        .response(ExpenditureList.class).problems(READ).scope(Scope.ORGANIZATION)
        .handler(ex -> Reply.ok(new ExpenditureList(done(queries.expenditures(orgId(ex), period(ex, ports.clock().today()))).stream().map(ExpenditureView::of).toList()))));
    r.add(Route.post(Op.RECORD_EXPENDITURE, po + "/ledger/expenditures").tag("finance")
        .summary("Record an expenditure (支出入账, Art.10, Art.11)")
        .description("Recorded, since it happened; a payment to an insider outside payroll and scope, or fee-funded spending that names no "
            + "business-scope item, comes back as findings.")
        .body(ExpenditureRequest.class).example(Examples.EXPENDITURE).created(RecordedView.class).problems(WRITE_UNVERSIONED).scope(Scope.ORGANIZATION)
        .handler(ex -> {
          ExpenditureRequest b = ex.body(ExpenditureRequest.class);
          Fields f = ex.fields();
          RecordExpenditure.Recorded rec = done(gov.as(ex.actor()).recordExpenditure().handle(new RecordExpenditure.Command(orgId(ex),
              f.money("amount", b.amount()), f.day("paidOn", b.paidOn()), b.payee(), b.payeeReference(),
              f.choice("declaredRelation", PayeeRelation.class, b.declaredRelation()), b.purpose(), Boolean.TRUE.equals(b.payroll()),
              Boolean.TRUE.equals(b.feeFunded()), b.scopeItem())));
          return Reply.json(201, new RecordedView(ExpenditureView.of(rec.expenditure()), ManagementViews.findings(rec.findings(), ex.lang)));
        }));
    // --- Art.11 fee standards --------------------------------------------------------------------------------------------
    r.add(Route.get(Op.LIST_FEE_SCHEDULES, po + "/fee-schedules").tag("finance")
        .summary("Fee schedules with every edition (收费标准, Art.11)")
        .response(FeeScheduleList.class).problems(READ).scope(Scope.ORGANIZATION)
        .handler(ex -> Reply.ok(new FeeScheduleList(done(queries.feeSchedules(orgId(ex))).stream().map(FeeScheduleView::of).toList()))));
    r.add(Route.post(Op.PUBLISH_FEE_SCHEDULE, po + "/fee-schedules").tag("finance")
        .summary("Publish a fee schedule or its next edition (Art.11)")
        .description("Without `schedule` a new one; with an existing schedule's id its next edition (If-Match that schedule's ETag).")
        .body(FeeScheduleRequest.class).example(Examples.FEE_SCHEDULE).created(FeeScheduleView.class).problems(WRITE).scope(Scope.ORGANIZATION)
        .handler(ex -> {
          FeeScheduleRequest b = ex.body(FeeScheduleRequest.class);
          Fields f = ex.fields();
          var s = done(gov.as(ex.actor()).publishFeeSchedule().handle(new PublishFeeSchedule.Command(orgId(ex),
              f.value("schedule", b.schedule(), FeeScheduleId::parse), ex.ifMatch(), f.choice("kind", FeeKind.class, b.kind()), b.title(),
              f.day("publishedOn", b.publishedOn()), b.channel(), f.each("items", b.items(), (path, i) -> item(ex, path, i)))));
          return Reply.json(201, FeeScheduleView.of(s)).with("ETag", Etags.of(s.version()));
        }));
    r.add(Route.post(Op.RECORD_CHARGE, po + "/charges").tag("finance")
        .summary("Record a charge under a published fee item (收费, Art.11)")
        .description("Only under an item of a schedule published on or before the charge date, at its amount; otherwise 422 citing Art.11.")
        .body(ChargeRequest.class).example(Examples.CHARGE).created(IncomeView.class).problems(WRITE_UNVERSIONED).scope(Scope.ORGANIZATION)
        .handler(ex -> {
          ChargeRequest b = ex.body(ChargeRequest.class);
          Fields f = ex.fields();
          return Reply.json(201, IncomeView.of(done(gov.as(ex.actor()).recordCharge().handle(new RecordCharge.Command(orgId(ex),
              f.value("schedule", b.schedule(), FeeScheduleId::parse), b.item(), b.tier(), f.money("amount", b.amount()),
              f.day("chargedOn", b.chargedOn()), b.payer())))));
        }));
    // --- compliance ------------------------------------------------------------------------------------------------------
    r.add(Route.get(Op.COMPLIANCE, po + "/compliance").tag("management")
        .summary("The compliance report of the PO's current stage")
        .description("Every rule of its stage on today's date, each PASS, FAIL or NOT_APPLICABLE with its clause and evidence.")
        .response(ReportView.class).problems(READ).scope(Scope.ORGANIZATION)
        .handler(ex -> Reply.ok(ReportView.of(done(queries.compliance(orgId(ex))), ex.lang))));
    // --- Art.14 disclosure -------------------------------------------------------------------------------------------------
    r.add(Route.get(Op.LIST_DISCLOSURES, po + "/disclosures").tag("disclosure")
        .summary("Every disclosure of the PO (信息披露, Art.14)")
        .response(DisclosureList.class).problems(READ).scope(Scope.ORGANIZATION)
        .handler(ex -> Reply.ok(new DisclosureList(done(queries.disclosures(orgId(ex))).stream().map(DisclosureView::of).toList()))));
    r.add(Route.post(Op.PUBLISH_DISCLOSURE, po + "/disclosures").tag("disclosure")
        .summary("Publish a disclosure through a public channel (Art.14)")
        .description("An annual report names its year, a major matter the obligation it fulfils.")
        .body(DisclosureRequest.class).example(Examples.DISCLOSURE).created(DisclosureView.class).problems(WRITE_UNVERSIONED).scope(Scope.ORGANIZATION)
        .handler(ex -> {
          DisclosureRequest b = ex.body(DisclosureRequest.class);
          Fields f = ex.fields();
          return Reply.json(201, DisclosureView.of(done(gov.as(ex.actor()).publishDisclosure().handle(new PublishDisclosure.Command(orgId(ex),
              f.value("kind", b.kind(), DisclosureKind::parse), b.year(), f.value("obligation", b.obligation(), DisclosureObligationId::parse),
              b.publishedOn(), f.value("channel.kind", b.channelKind(), Channel::parseKind), b.channelReference(), b.title())))));
        }));
    List<Param> on = List.of(new Param("on", "date", "YYYY-MM-DD; default today"));
    r.add(Route.get(Op.DUE_DISCLOSURES, po + "/disclosure-obligations").tag("disclosure")
        .summary("What the PO owes on a day (Art.14)")
        .description("Major-matter obligations open that day and annual reports not yet published, each DUE or OVERDUE with the days overdue.")
        .params(on)
        .response(DueDisclosureList.class).problems(READ).scope(Scope.ORGANIZATION)
        .handler(ex -> {
          LocalDate day = on(ex);
          return Reply.ok(new DueDisclosureList(day, done(queries.dueDisclosures(orgId(ex), day)).stream().map(DueDisclosureView::of).toList()));
        }));
    r.add(Route.get(Op.AUTHORITY_DUE_DISCLOSURES, "/authorities/{id}/disclosure-obligations").tag("disclosure")
        .summary("What every PO an authority supervises owes on a day (Art.14)")
        .description("By that authority or one whose jurisdiction covers it; oldest due first. With `jurisdiction` (a GB/T 2260 region "
            + "code inside the authority's own jurisdiction, else 400), what the POs of every authority inside that region owe — "
            + "the authority's own and its sub-regions' (a province's roll-up, decision 0510); the caller's jurisdiction must "
            + "cover it (403 citing Art.6).")
        .params(List.of(on.get(0), new Param("jurisdiction", "string",
            "a six-digit region code (GB/T 2260) inside the authority's jurisdiction: the POs of every authority inside it")))
        .response(DueDisclosureList.class).problems(READ).scope(Scope.BODY)
        .handler(ex -> {
          AuthorityId id = id("id", ex.path("id"), AuthorityId::parse);
          var authority = ports.authorities().find(id);
          access.require(Op.AUTHORITY_DUE_DISCLOSURES, ex.caller, new Target(Optional.empty(),
              authority.map(a -> a.jurisdiction()), Optional.empty(), Optional.empty()));
          LocalDate day = on(ex);
          if (ex.query("jurisdiction") == null) {
            return Reply.ok(new DueDisclosureList(day, done(queries.dueDisclosures(id, day)).stream().map(DueDisclosureView::of).toList()));
          }
          RegionCode region = id("jurisdiction", ex.query("jurisdiction"), RegionCode::parse);
          if (!authority.get().jurisdiction().covers(region)) {
            throw ApiError.malformed(List.of(Violation.of("jurisdiction", "jurisdiction",
                "所查地区不在该主管部门辖区内（第六条）", "jurisdiction is not inside the authority's jurisdiction (Art.6)")));
          }
          access.require(Op.AUTHORITY_DUE_DISCLOSURES, ex.caller, new Target(Optional.empty(), Optional.of(region), Optional.empty(), Optional.empty()));
          return Reply.ok(new DueDisclosureList(day, queries.dueDisclosuresIn(region, day).stream().map(DueDisclosureView::of).toList()));
        }));
    // --- Art.15 disputes -------------------------------------------------------------------------------------------------------
    String dispute = po + "/disputes/{disputeId}";
    r.add(Route.get(Op.LIST_DISPUTES, po + "/disputes").tag("disputes")
        .summary("The PO's internal disputes (内部矛盾, Art.15)")
        .description("A member unit reads only the disputes it is a party to: one whose parties include the name its token gives "
            + "(its membership id or person id) or, for a membership, its registered name (Art.15; decisions 0523, 0550). The "
            + "PO's secretariat, the authorities in jurisdiction and the evaluator engaged for it read them all.")
        .response(DisputeList.class).problems(READ).scope(Scope.ORGANIZATION)
        .handler(ex -> Reply.ok(new DisputeList(done(queries.disputes(orgId(ex))).stream()
            .filter(d -> access.partyTo(ex.caller, d.parties())).map(DisputeView::of).toList()))));
    r.add(Route.post(Op.RAISE_DISPUTE, po + "/disputes").tag("disputes")
        .summary("Raise an internal dispute (提出内部矛盾, Art.15)")
        .description("By the secretariat or a member of the PO. capacity: MEMBER or GOVERNANCE_BODY.")
        .body(DisputeRequest.class).example(Examples.DISPUTE).created(DisputeView.class).problems(WRITE_UNVERSIONED).scope(Scope.ORGANIZATION)
        .handler(ex -> {
          DisputeRequest b = ex.body(DisputeRequest.class);
          Fields f = ex.fields();
          var d = done(gov.as(ex.actor()).raiseDispute().handle(new RaiseDispute.Command(orgId(ex), b.subject(), b.parties(), b.raisedBy(),
              f.choice("capacity", Capacity.class, b.capacity()), f.day("on", b.on()))));
          return dispute(d, 201);
        }));
    r.add(Route.get(Op.GET_DISPUTE, dispute).tag("disputes")
        .summary("One dispute with every dated, attributed step")
        .description("A member unit reads a dispute it is a party to (as on the list, Art.15); for one it is not a party to the "
            + "answer is 404, the same as for a dispute that does not exist — its existence is not the member's to learn "
            + "(decisions 0523, 0550).")
        .response(DisputeView.class).problems(READ).scope(Scope.ORGANIZATION)
        .handler(ex -> {
          DisputeId id = id("disputeId", ex.path("disputeId"), DisputeId::parse);
          var d = done(queries.dispute(orgId(ex), id));
          if (!access.partyTo(ex.caller, d.parties())) {
            // answered exactly as a dispute not there (Refusal.NotFound), so the answer tells nothing of it
            throw ApiError.from(new dev.clustergov.core.application.Refusal.NotFound("dispute", id.value()));
          }
          return dispute(d, 200);
        }));
    r.add(Route.post(Op.RECORD_DISPUTE_STEP, dispute + "/steps").tag("disputes")
        .summary("Record the next step of a dispute (Art.15)")
        .description("Consultation before mediation; escalation (route EXTERNAL_MEDIATION, ARBITRATION or LITIGATION) only once consultation "
            + "has failed; closed disputes are final (422 with the citation). If-Match recommended.")
        .body(StepRequest.class).example(Examples.DISPUTE_STEP).created(DisputeView.class).problems(WRITE).scope(Scope.ORGANIZATION)
        .handler(ex -> {
          StepRequest b = ex.body(StepRequest.class);
          Fields f = ex.fields();
          return dispute(done(gov.as(ex.actor()).recordDisputeStep().handle(new RecordDisputeStep.Command(orgId(ex),
              f.value("dispute", ex.path("disputeId"), DisputeId::parse), ex.ifMatch(), f.choice("step", StepKind.class, b.step()),
              f.day("on", b.on()), b.actor(), f.choice("capacity", Capacity.class, b.capacity()),
              f.choice("route", dev.clustergov.core.dispute.Route.class, b.route()), b.note()))), 201);
        }));
    // --- Art.16 IP agreements --------------------------------------------------------------------------------------------------
    String agreement = po + "/ip-agreements/{agreementId}";
    r.add(Route.get(Op.LIST_IP_AGREEMENTS, po + "/ip-agreements").tag("ip")
        .summary("The PO's IP management agreements (Art.16)")
        .response(IpAgreementList.class).problems(READ).scope(Scope.ORGANIZATION)
        .handler(ex -> Reply.ok(new IpAgreementList(done(queries.ipAgreements(orgId(ex))).stream().map(IpAgreementView::of).toList()))));
    r.add(Route.post(Op.DRAFT_IP_AGREEMENT, po + "/ip-agreements").tag("ip")
        .summary("Draft an IP agreement (知识产权协议, Art.16)")
        .description("Government, the PO and at least one partner; every activity assigned; shares > 0 summing to exactly 100.")
        .body(IpDraftRequest.class).example(Examples.IP_AGREEMENT).created(IpAgreementView.class).problems(WRITE_UNVERSIONED).scope(Scope.ORGANIZATION)
        .handler(ex -> {
          IpDraftRequest b = ex.body(IpDraftRequest.class);
          return agreement(done(gov.as(ex.actor()).draftIpAgreement().handle(new DraftIpAgreement.Command(orgId(ex), b.title(),
              terms(ex, b.terms())))), 201);
        }));
    r.add(Route.get(Op.GET_IP_AGREEMENT, agreement).tag("ip")
        .summary("One IP agreement with every revision and signature")
        .response(IpAgreementView.class).problems(READ).scope(Scope.ORGANIZATION)
        .handler(ex -> agreement(done(queries.ipAgreement(orgId(ex), id("agreementId", ex.path("agreementId"), IpAgreementId::parse))), 200)));
    r.add(Route.post(Op.SIGN_IP_AGREEMENT, agreement + "/signatures").tag("ip")
        .summary("A party signs the pending revision (签署, Art.16)")
        .description("`on` is the day signed (default today): not after today, nor before the PO's proposal, the text signed or the "
            + "day the revision before took effect (422 `A16-signature-date`). The revision takes effect once every party has signed, "
            + "on the last needed signature's day (`inForceOn`, `inForceSince`), the day the rules count it from. If-Match recommended.")
        .body(SignatureRequest.class).example(Examples.SIGNATURE).created(IpAgreementView.class).problems(WRITE).scope(Scope.ORGANIZATION)
        .handler(ex -> {
          SignatureRequest b = ex.body(SignatureRequest.class);
          Fields f = ex.fields();
          return agreement(done(gov.as(ex.actor()).signIpAgreement().handle(new SignIpAgreement.Command(orgId(ex),
              f.value("agreement", ex.path("agreementId"), IpAgreementId::parse), ex.ifMatch(), b.party(), b.signatory(),
              f.day("on", b.on())))), 201);
        }));
    r.add(Route.post(Op.AMEND_IP_AGREEMENT, agreement + "/amendments").tag("ip")
        .summary("Amend an IP agreement (修订, Art.16)")
        .description("New terms that every party must sign again. If-Match recommended.")
        .body(TermsInput.class).example(Examples.IP_AMENDMENT).created(IpAgreementView.class).problems(WRITE).scope(Scope.ORGANIZATION)
        .handler(ex -> {
          TermsInput b = ex.body(TermsInput.class);
          return agreement(done(gov.as(ex.actor()).amendIpAgreement().handle(new AmendIpAgreement.Command(orgId(ex),
              ex.fields().value("agreement", ex.path("agreementId"), IpAgreementId::parse), ex.ifMatch(), terms(ex, b)))), 201);
        }));
    // --- Art.14 what the public may see of a PO (with the fee schedules in force, Art.11) --------------------------------
    r.add(Route.get(Op.PUBLIC_ORGANIZATION, "/public/organizations/{id}").tag("public")
        .summary("What the public may see of a PO (公开信息), as JSON or as an HTML page")
        .description("HTML when Accept prefers text/html or the id ends in `.html`. Only registry facts of a PO past proposal: "
            + "name, credit code, stage and dates, cluster, supervising authority, every disclosure (Art.14), the fee schedules in force "
            + "(Art.11) and the third-party rating valid today (Art.28) with its standing: IN_FORCE, or WITHHELD under a sanction the "
            + "policy says excludes a rating, with the kind, the day and the reason citing Art.29 (decision 0511). Never staff, seats, "
            + "bank account, ledger or evidence.")
        .response(Views.PublicOrganizationView.class).problems(400, 404)
        .handler(ex -> pages.publicOrganization(ex)));
    return r;
  }

  /** A fee item of the request, its values named as the core names them, under {@code path} ({@code items[2]}). */
  private static PublishFeeSchedule.ItemInput item(Exchange ex, String path, ItemInput i) {
    return new PublishFeeSchedule.ItemInput(i.code(), i.name(), nested(ex, path, "pricing", i.pricing(), (leaf, raw) -> choice(leaf,
        PublishFeeSchedule.Pricing.class, raw)), money(ex, path, "amount", i.amount()), money(ex, path, "min", i.min()),
        money(ex, path, "max", i.max()), ex.fields().each(path + ".tiers", i.tiers(),
            (at, t) -> new PublishFeeSchedule.TierInput(t.label(), money(ex, at, "amount", t.amount()))));
  }

  /** The terms of an IP agreement, under {@code terms} as the core reports them; null when absent. */
  private static dev.clustergov.core.application.management.TermsInput terms(Exchange ex, TermsInput t) {
    if (t == null) {
      return null;
    }
    Map<IpActivity, List<String>> duties = null;
    if (t.duties() != null) {
      duties = new LinkedHashMap<>();
      for (Map.Entry<String, List<String>> e : t.duties().entrySet()) {
        IpActivity activity = e.getKey() == null ? null
            : nested(ex, "terms", "duties", e.getKey(), (leaf, raw) -> choice(leaf, IpActivity.class, raw));
        if (activity != null) {
          duties.put(activity, e.getValue());
        }
      }
    }
    return new dev.clustergov.core.application.management.TermsInput(
        ex.fields().each("terms.parties", t.parties(), (at, p) -> new dev.clustergov.core.application.management.TermsInput.PartyInput(
            p.name(), nested(ex, at, "kind", p.kind(), (leaf, raw) -> choice(leaf, PartyKind.class, raw)))),
        duties, t.ownership(), t.useRights(), t.shares());
  }

  /**
   * A value of a nested part of the request, parsed under its leaf name and reported under {@code path}, as the core
   * reported it when it parsed the text ({@code items[0].pricing} with the message of {@code pricing}).
   */
  private static <T> T nested(Exchange ex, String path, String leaf, String raw,
      BiFunction<String, String, Validation<Violation, T>> parse) {
    return ex.fields().value(path + "." + leaf, raw, (field, r) -> parse.apply(leaf, r).mapError(v -> v.under(path)));
  }

  /** An amount of a nested part of the request, reported under {@code path} (see {@link #nested}); null when absent. */
  private static Money money(Exchange ex, String path, String leaf, BigDecimal raw) {
    return raw == null ? null : nested(ex, path, leaf, raw.toPlainString(), (field, r) -> Money.parse(field, raw));
  }

  /** One of {@code type}'s constants by name, as {@link Fields#choice} reports it. */
  private static <E extends Enum<E>> Validation<Violation, E> choice(String field, Class<E> type, String raw) {
    for (E e : type.getEnumConstants()) {
      if (e.name().equals(raw.strip())) {
        return Validation.valid(e);
      }
    }
    String allowed = String.join(", ", java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
    String zhAllowed = dev.clustergov.core.kernel.Parsing.choicesZh(type);
    return Validation.invalid(Violation.of(field, "enum", "该项须为以下之一：" + zhAllowed, field + " must be one of: " + allowed));
  }

  private static Reply dispute(dev.clustergov.core.dispute.Dispute d, int status) {
    Reply r = Reply.json(status, DisputeView.of(d)).with("ETag", Etags.of(d.version()));
    return status == 201 ? r.with("Location", "/organizations/" + d.organization().value() + "/disputes/" + d.id().value()) : r;
  }

  private static Reply agreement(dev.clustergov.core.ip.IpAgreement a, int status) {
    Reply r = Reply.json(status, IpAgreementView.of(a)).with("ETag", Etags.of(a.version()));
    return status == 201 ? r.with("Location", "/organizations/" + a.organization().value() + "/ip-agreements/" + a.id().value()) : r;
  }

  private LocalDate on(Exchange ex) {
    return ex.query("on") == null ? ports.clock().today() : date("on", ex.query("on"));
  }
}
