package dev.clustergov.adapters.rest;

import static dev.clustergov.adapters.rest.Api.done;

import com.fasterxml.jackson.databind.JsonNode;
import dev.clustergov.adapters.rest.Route.Reply;
import dev.clustergov.adapters.rest.Route.Scope;
import dev.clustergov.adapters.rest.Views.CitationView;
import dev.clustergov.adapters.rest.Views.FindingView;
import dev.clustergov.core.application.Clustergov;
import dev.clustergov.core.application.Ports;
import dev.clustergov.core.application.supervision.RunPolicyCases;
import dev.clustergov.core.kernel.Language;
import dev.clustergov.core.supervision.AuthorityId;
import dev.clustergov.core.supervision.Rating;
import dev.clustergov.core.whatif.CaseVerdict;
import dev.clustergov.core.whatif.PolicyCaseReport;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Policy cases over REST (政策测试, Art.30, decision 0465): an authority posts a file of cases — YAML as written, or
 * the same document as JSON — and gets each case's verdict with its trace before it publishes a pack. Nothing is
 * stored. The file is read by {@link PolicyCaseFile}, the cases run by the core's {@link RunPolicyCases}.
 */
final class PolicyCaseRoutes {

  /** The document as JSON, for OpenAPI's schema; the handler reads the same document as a tree ({@link PolicyCaseFile}). */
  record PolicyCasesRequest(Map<String, String> draft, @Schema.Required List<PolicyCaseRequest> cases) {}

  record PolicyCaseRequest(String name, String organization, String on, @Schema.OneOf(PolicyCaseFile.Pack.class) String pack,
      Map<String, String> values, ExpectRequest expect) {}

  record ExpectRequest(@Schema.OneOf(Rating.class) String rating, String total, Boolean eligible, String incentive, List<String> failing,
      List<String> passing) {}

  /** An expectation a case missed, with the clauses behind it. */
  record MismatchView(String expectation, String expected, String actual, List<CitationView> citations, String message, String messageZh,
      String messageEn) {
    static MismatchView of(CaseVerdict.Mismatch m, Language lang) {
      return new MismatchView(m.expectation(), m.expected(), m.actual(), m.citations().stream().map(CitationView::of).toList(),
          m.message().in(lang), m.message().zh(), m.message().en());
    }
  }

  /** One case: passed or not, what missed, and what the PO actually gets under the pack. */
  record CaseView(String name, String organization, LocalDate on, String pack, boolean passed, List<MismatchView> failures, String rating,
      String ratingLabel, String total, boolean eligible, String incentive, List<FindingView> findings) {
    static CaseView of(CaseVerdict v, Language lang) {
      return new CaseView(v.name(), v.organization().value(), v.on(), v.draft() ? "DRAFT" : "IN_FORCE", v.passed(),
          v.mismatches().stream().map(m -> MismatchView.of(m, lang)).toList(), v.rating().name(), v.rating().title().in(lang),
          v.total().toPlainString(), v.eligible(), v.incentive().toString(), v.findings().stream().map(f -> FindingView.of(f, lang)).toList());
    }
  }

  record PolicyCasesView(boolean passed, int cases, long failed, List<CaseView> results) {
    static PolicyCasesView of(PolicyCaseReport r, Language lang) {
      return new PolicyCasesView(r.passed(), r.cases().size(), r.failed(), r.cases().stream().map(c -> CaseView.of(c, lang)).toList());
    }
  }

  /**
   * The route's example ({@code adapters-rest/examples/policy-cases.json}), on the demo data's ids ({@code --demo}): 苏州市澄湖纳米新材料产业集群促进会 (org-000001) under the
   * pack in force and under a draft that lowers the silver and gold thresholds, as 苏州市工业和信息化局 would try it: a recognised PO
   * that has adopted no self-discipline measure (Art.24(1), binding) is rated under neither.
   */
  static final String EXAMPLE = example();

  private static String example() {
    // beside the README's other request bodies (adapters-rest/examples/, copied onto the classpath by the build)
    try (java.io.InputStream in = PolicyCaseRoutes.class.getResourceAsStream("examples/policy-cases.json")) {
      if (in == null) {
        throw new IllegalStateException("examples/policy-cases.json is not on the classpath (the build copies adapters-rest/examples/)");
      }
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }



  private final Clustergov gov;
  private final Ports ports;

  PolicyCaseRoutes(Clustergov gov, Ports ports) {
    this.gov = gov;
    this.ports = ports;
  }

  List<Route> routes() {
    return List.of(Route.post(Op.POLICY_CASES, "/policy-packs/cases").tag("policy")
        .summary("Run policy cases before publishing a pack (政策测试, Art.30)")
        .description("A file of cases, as OpenFisca's YAML tests are for tax law: each names a PO of the caller's jurisdiction (its dossier "
            + "as recorded), a day (default today), the pack — IN_FORCE, or DRAFT: the file's `draft` values with the case's own `values` "
            + "over them, laid over the chain as the jurisdiction's latest pack, as a what-if lays it — and what is expected: `rating`, "
            + "`total` (Art.28), `eligible`, `incentive` for the last full year (Art.29), rule ids `failing` or `passing`. The answer: "
            + "each case passed or not, every expectation it missed with the clauses behind it, and what the PO actually gets, every "
            + "finding with its clauses. A case that fails is still 200 (`passed: false`). A malformed file is 400 with every problem of "
            + "every case (cases[i].path) and runs nothing; a PO outside the jurisdiction is answered as an unknown one. The body is "
            + "this JSON, or the same document as YAML (`Content-Type: application/yaml`). Only an authority; nothing is stored. At most "
            + RunPolicyCases.MAX_CASES + " cases.")
        .body(PolicyCasesRequest.class).example(EXAMPLE).response(PolicyCasesView.class).problems(400, 401, 403, 404, 413, 415)
        .scope(Scope.NONE)
        .handler(ex -> {
          LocalDate today = ports.clock().today();
          PolicyCaseFile.Read read;
          if (PolicyCaseFile.isYaml(ex.header("Content-Type"))) {
            read = PolicyCaseFile.tree(PolicyCaseFile.yamlTree(ex.bytes()), today);
          } else {
            // JSON: the transport and the shape as every body's (415, UTF-8, not JSON, a duplicate key, a wrong type), reported
            // beside the file's own problems (decision 0360); the document itself is read as the YAML one is
            ex.body(PolicyCasesRequest.class);
            JsonNode tree;
            try {
              tree = Json.MAPPER.readTree(ex.bytes());
            } catch (java.io.IOException e) {
              tree = null;
            }
            read = PolicyCaseFile.tree(tree, today);
          }
          if (!read.ok()) {
            throw ApiError.malformed(read.problems());
          }
          PolicyCaseReport report = done(gov.as(ex.actor()).runPolicyCases().handle(new RunPolicyCases.Query(
              new AuthorityId(ex.caller.id()), read.cases())));
          return Reply.ok(PolicyCasesView.of(report, ex.lang));
        }));
  }
}
