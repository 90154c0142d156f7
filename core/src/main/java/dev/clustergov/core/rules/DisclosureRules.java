package dev.clustergov.core.rules;

import static dev.clustergov.core.rules.Severity.ADVISORY;

import dev.clustergov.core.disclosure.AnnualReport;
import dev.clustergov.core.disclosure.Deadline;
import dev.clustergov.core.disclosure.DisclosureObligation;
import dev.clustergov.core.guideline.Citation;
import dev.clustergov.core.policy.Parameters;
import java.util.ArrayList;
import java.util.List;

/**
 * The rules of Art.14 (信息披露): 集群发展促进组织实行信息披露制度，通过公开渠道面向社会公开重大事项、
 * 年度报告等. Each obligation — a major matter recorded, a year ended — is missed when its disclosure
 * came after the due day (late) or has not come and the due day has passed (overdue); the finding lists
 * each one with how many days late.
 *
 * <p>Both are advisory in the national baseline: Art.14 says 实行 and no 应, and the deadlines are
 * policy, not guideline (decision 0221). A jurisdiction makes them binding through
 * {@code rules.bindingAdvisories}; then a PO that missed a disclosure is not recognised or reinstated
 * until it has published.
 */
public final class DisclosureRules {

  private DisclosureRules() {}

  private static final Citation ART14 = Citation.article(14);

  public static final Rule MAJOR_MATTER_DISCLOSED = Rule.defineDated("A14-major-matter-disclosed", ART14, ADVISORY,
      "重大事项须在政策规定的天数内通过公开渠道面向社会公开：逾期披露或逾期未披露均列为问题，并注明逾期天数",
      "Each major matter is disclosed through a public channel within the policy's days: a late or missing disclosure is a finding, with the days late",
      (d, p, date) -> {
        List<String> missed = new ArrayList<>();
        for (DisclosureObligation o : d.disclosureObligations()) {
          if (o.arisenOn().isAfter(date)) {
            continue;
          }
          Deadline deadline = o.deadline(date);
          if (deadline.missed()) {
            missed.add(o.id() + " " + o.matter() + " due " + o.dueOn() + ": " + deadline.status() + " " + deadline.daysLate() + " days");
          }
        }
        return Outcome.unless(missed, "missedMajorMatters");
      });

  public static final Rule ANNUAL_REPORT_DISCLOSED = Rule.defineDated("A14-annual-report-disclosed", ART14, ADVISORY,
      "每年的年度报告须在次年政策规定的日期前通过公开渠道面向社会公开：逾期披露或逾期未披露均列为问题，并注明逾期天数",
      "Each year's annual report is disclosed through a public channel by the policy's day of the next year: a late or missing report is a finding, with the days late",
      (d, p, date) -> {
        List<String> missed = new ArrayList<>();
        for (AnnualReport r : AnnualReport.of(d.organization(), d.disclosures(), p.get(Parameters.DISCLOSURE_ANNUAL_REPORT_DUE), date)) {
          Deadline deadline = r.deadline(date);
          if (deadline.missed()) {
            missed.add(r.year() + " due " + r.dueOn() + ": " + deadline.status() + " " + deadline.daysLate() + " days");
          }
        }
        return Outcome.unless(missed, "missedAnnualReports");
      });

  public static final List<Rule> ALL = List.of(MAJOR_MATTER_DISCLOSED, ANNUAL_REPORT_DISCLOSED);
}
