package dev.clustergov.adapters.rest;

import static dev.clustergov.adapters.rest.Api.done;
import static dev.clustergov.adapters.rest.Api.id;
import static dev.clustergov.adapters.rest.Api.orgId;

import dev.clustergov.adapters.rest.EvaluationViews.EvaluationList;
import dev.clustergov.adapters.rest.EvaluationViews.EvaluationView;
import dev.clustergov.adapters.rest.EvaluationViews.EvaluatorList;
import dev.clustergov.adapters.rest.EvaluationViews.EvaluatorView;
import dev.clustergov.adapters.rest.EvaluationViews.VerificationView;
import dev.clustergov.adapters.rest.Route.Param;
import dev.clustergov.adapters.rest.Route.Reply;
import dev.clustergov.adapters.rest.Route.Scope;
import dev.clustergov.core.application.Clustergov;
import dev.clustergov.core.application.Ports;
import dev.clustergov.core.application.Queries;
import dev.clustergov.core.application.RecordEvaluation;
import dev.clustergov.core.application.RegisterEvaluator;
import dev.clustergov.core.kernel.Language;
import dev.clustergov.core.kernel.Text;
import dev.clustergov.core.kernel.Violation;
import dev.clustergov.core.supervision.Evaluation;
import dev.clustergov.core.supervision.EvaluationId;
import dev.clustergov.core.supervision.EvaluatorId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The routes of third-party evaluation (第三方评价, Art.28), added to {@link Api}'s table as one block:
 * the evaluator registry, recording an evaluation (only by an evaluator, and the core refuses one
 * that is not independent: 422 citing Art.28 with every reason), reading evaluations with their
 * explanation in the caller's language, and checking one against the records.
 */
final class EvaluationRoutes {

  /** The registering authority is the caller; {@code affiliatedAuthority} when the evaluator is an authority's own unit. */
  record EvaluatorRequest(String name, String creditCode, String affiliatedAuthority, String registeredOn) {}

  /** A tie the calling evaluator declares to a PO: from a day, until a day or (null) still running. */
  record TieRequest(String organization, String nature, String from, String until) {}

  /** The evaluator is the caller; {@code on} defaults to today. */
  record EvaluationRequest(String on) {}

  private static final Set<Integer> READ = Set.of(400, 401, 403, 404);

  private final Clustergov gov;
  private final Queries queries;
  private final Ports ports;

  EvaluationRoutes(Clustergov gov, Queries queries, Ports ports) {
    this.gov = gov;
    this.queries = queries;
    this.ports = ports;
  }


  List<Route> routes() {
    List<Route> r = new ArrayList<>();
    r.add(Route.get(Op.LIST_EVALUATORS, "/evaluators").tag("evaluation")
        .summary("The registry of third-party evaluators (第三方评估机构, Art.28)")
        .description("Any authenticated caller.")
        .response(EvaluatorList.class).problems(401)
        .handler(ex -> Reply.ok(new EvaluatorList(queries.evaluators().stream().map(EvaluatorView::of).toList()))));
    r.add(Route.post(Op.REGISTER_EVALUATOR, "/evaluators").tag("evaluation")
        .summary("Register a third-party evaluator (Art.28)")
        .description("By an authority, which is recorded as the registering one. A unified social credit code is registered once (422 "
            + "A28-evaluator-once). affiliatedAuthority names the authority whose own unit the evaluator is: it may then never "
            + "evaluate the POs that authority supervises.")
        .body(EvaluatorRequest.class).created(EvaluatorView.class).problems(400, 401, 403, 404, 413, 415, 422)
        .handler(ex -> {
          EvaluatorRequest b = ex.body(EvaluatorRequest.class);
          var e = done(gov.as(ex.actor()).registerEvaluator().handle(new RegisterEvaluator.Command(ex.caller.id(), b.name(), b.creditCode(),
              b.affiliatedAuthority(), b.registeredOn())));
          return Reply.json(201, EvaluatorView.of(e)).with("Location", "/evaluators/" + e.id().value()).with("ETag", Etags.of(e.version()));
        }));
    r.add(Route.post(Op.DECLARE_EVALUATOR_TIE, "/evaluators/{evaluatorId}/ties").tag("evaluation")
        .summary("Declare a tie to a PO (申报关联关系, Art.28)")
        .description("By the evaluator itself (403 for another's): consulting for a PO and the like, which bars it from evaluating that PO "
            + "while the tie runs and for evaluation.coolingOffMonths after. If-Match recommended.")
        .body(TieRequest.class).created(EvaluatorView.class).problems(400, 401, 403, 404, 409, 413, 415, 422)
        .handler(ex -> {
          EvaluatorId evaluator = id("evaluatorId", ex.path("evaluatorId"), EvaluatorId::parse);
          if (!evaluator.value().equals(ex.caller.id())) {
            throw ApiError.forbidden(Text.of("评估机构只能申报本机构的关联关系", "An evaluator declares its own ties only"));
          }
          TieRequest b = ex.body(TieRequest.class);
          var e = done(gov.as(ex.actor()).declareEvaluatorTie().handle(new dev.clustergov.core.application.DeclareEvaluatorTie.Command(evaluator,
              ex.ifMatch(), b.organization(), b.nature(), b.from(), b.until())));
          return Reply.json(201, EvaluatorView.of(e)).with("ETag", Etags.of(e.version()));
        }));
    String po = "/organizations/{id}";
    r.add(Route.get(Op.LIST_EVALUATIONS, po + "/evaluations").tag("evaluation")
        .summary("The PO's third-party evaluations, oldest first (Art.28)")
        .description("Totals, ratings, scores, hashes and policy versions; the explanation is on each evaluation's own resource.")
        .response(EvaluationList.class).problems(READ).scope(Scope.ORGANIZATION)
        .handler(ex -> Reply.ok(new EvaluationList(done(queries.evaluations(orgId(ex))).stream().map(EvaluationView::summary).toList()))));
    r.add(Route.post(Op.RECORD_EVALUATION, po + "/evaluations").tag("evaluation")
        .summary("Record a third-party evaluation (第三方评价, Art.28)")
        .description("Only an evaluator, which the token names; the engine scores the year ending on `on` (default today) under the policy in "
            + "force then and rates gold, silver, bronze or none. 422 citing Art.28 with every reason when the evaluator is not "
            + "independent (the PO itself, a founder, a member unit, the authority's own unit, a tie within the cooling-off period), "
            + "the PO is not recognised, or the day is in the future. 403 when the token's evaluator is not registered.")
        .optionalBody(EvaluationRequest.class).created(EvaluationView.class).problems(400, 401, 403, 404, 413, 415, 422).scope(Scope.ORGANIZATION)
        .handler(ex -> {
          EvaluationRequest b = ex.body(EvaluationRequest.class);
          boolean registered = EvaluatorId.parse("evaluator", ex.caller.id()).toJavaOptional()
              .flatMap(e -> ports.evaluators().find(e)).isPresent();
          if (!registered) {
            throw ApiError.forbidden(Text.of("评估机构未登记，不能进行评价（第二十八条）",
                "The evaluator is not registered and may not evaluate (Art.28)"));
          }
          Evaluation e = done(gov.as(ex.actor()).recordEvaluation().handle(new RecordEvaluation.Command(ex.caller.id(), orgId(ex),
              b == null ? null : b.on())));
          return Reply.json(201, EvaluationView.full(e, lang(ex)))
              .with("Location", "/organizations/" + e.organization().value() + "/evaluations/" + e.id().value());
        }));
    List<Param> lang = List.of(new Param("lang", "string", "zh or en; default from Accept-Language"));
    r.add(Route.get(Op.GET_EVALUATION, po + "/evaluations/{evaluationId}").tag("evaluation")
        .summary("One evaluation with its explanation: verdict → dimension → indicator → rule → evidence, each with its clauses")
        .description("`trace` is the tree, `explanation` the same as indented text, in the language asked for.")
        .params(lang)
        .response(EvaluationView.class).problems(READ).scope(Scope.ORGANIZATION)
        .handler(ex -> Reply.ok(EvaluationView.full(done(queries.evaluation(orgId(ex), evaluationId(ex))), lang(ex)))));
    r.add(Route.get(Op.VERIFY_EVALUATION, po + "/evaluations/{evaluationId}/verification").tag("evaluation")
        .summary("Check an evaluation against the records (复核, Art.28)")
        .description("Recomputes from the records dated on or before the evaluation day under the policy of that day; says whether the "
            + "dossier hash, the rating, the total and the policy versions still match.")
        .response(VerificationView.class).problems(READ).scope(Scope.ORGANIZATION)
        .handler(ex -> Reply.ok(VerificationView.of(done(gov.as(ex.actor()).verifyEvaluation().handle(orgId(ex), evaluationId(ex)))))));
    return r;
  }

  private static EvaluationId evaluationId(Exchange ex) {
    return id("evaluationId", ex.path("evaluationId"), EvaluationId::parse);
  }

  /** {@code ?lang=zh|en} over Accept-Language. */
  static Language lang(Exchange ex) {
    String q = ex.query("lang");
    if (q == null || q.isBlank()) {
      return ex.lang;
    }
    return switch (q.strip().toLowerCase(java.util.Locale.ROOT)) {
      case "zh" -> Language.ZH;
      case "en" -> Language.EN;
      default -> throw ApiError.malformed(List.of(Violation.of("lang", "enum", "lang 须为 zh 或 en", "lang must be zh or en")));
    };
  }
}
