package dev.clustergov.core.rules;

import static dev.clustergov.core.rules.Severity.ADVISORY;

import dev.clustergov.core.disclosure.AnnualReport;
import dev.clustergov.core.disclosure.Deadline;
import dev.clustergov.core.disclosure.DisclosureObligation;
import dev.clustergov.core.guideline.Citation;
import dev.clustergov.core.kernel.Dates;
import dev.clustergov.core.kernel.Text;
import dev.clustergov.core.policy.Parameters;
import dev.clustergov.core.policy.Policy;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The rules of Art.14 (信息披露): 集群发展促进组织实行信息披露制度，通过公开渠道面向社会公开重大事项、
 * 年度报告等. Each obligation — a major matter recorded, a year ended — is missed when its disclosure
 * has not come and the due day has passed (overdue: the {@code -disclosed} rules) or came after the
 * due day (late: the {@code -on-time} rules); each finding lists the obligations with their days.
 * Overdue is cured by publishing; late is history an evaluator weighs. Kept apart so that a locality
 * binding the {@code -disclosed} rules holds a PO back until it publishes, not forever.
 *
 * <p>Both are advisory in the national baseline: Art.14 says 实行 and no 应, and the deadlines are
 * policy, not guideline (decision 0221). Their words say 宜 for the part that is advisory, the days, and state Art.14's
 * disclosure system as the guideline does; the days overdue are in the evidence, not the rule (decision 0619). A jurisdiction makes them binding through
 * {@code rules.bindingAdvisories}; then a PO that missed a disclosure is not recognised or reinstated
 * until it has published.
 */
public final class DisclosureRules {

  private DisclosureRules() {}

  private static final Citation ART14 = Citation.article(14);

  public static final Rule MAJOR_MATTER_DISCLOSED = Rule.defineDated("A14-major-matter-disclosed", ART14, ADVISORY,
      "集群发展促进组织实行信息披露制度，通过公开渠道面向社会公开重大事项：重大事项宜在政策规定的天数内公开",
      "A PO operates an information disclosure system, disclosing its major matters to the public through a public channel: each major matter should be disclosed within the policy's days",
      (d, p, date) -> Outcome.unless(majorMatters(d, date, Deadline.Status.OVERDUE), "overdueMajorMatters"));

  public static final Rule MAJOR_MATTER_ON_TIME = Rule.defineDated("A14-major-matter-on-time", ART14, ADVISORY,
      "集群发展促进组织实行信息披露制度：重大事项宜按政策规定的期限披露",
      "A PO operates an information disclosure system: each major matter should be disclosed by the policy's due day",
      (d, p, date) -> Outcome.unless(majorMatters(d, date, Deadline.Status.LATE), "lateMajorMatters"));

  public static final Rule ANNUAL_REPORT_DISCLOSED = Rule.defineDated("A14-annual-report-disclosed", ART14, ADVISORY,
      "集群发展促进组织实行信息披露制度，通过公开渠道面向社会公开年度报告：每年的年度报告宜于次年政策规定的日期前公开",
      "A PO operates an information disclosure system, disclosing its annual reports to the public through a public channel: each year's report should be disclosed by the policy's day of the next year",
      (d, p, date) -> Outcome.unless(annualReports(d, p, date, Deadline.Status.OVERDUE), "overdueAnnualReports"));

  public static final Rule ANNUAL_REPORT_ON_TIME = Rule.defineDated("A14-annual-report-on-time", ART14, ADVISORY,
      "集群发展促进组织实行信息披露制度：年度报告宜按政策规定的期限披露",
      "A PO operates an information disclosure system: each annual report should be disclosed by the policy's due day",
      (d, p, date) -> Outcome.unless(annualReports(d, p, date, Deadline.Status.LATE), "lateAnnualReports"));

  private static List<Evidence.Said> majorMatters(Dossier d, LocalDate date, Deadline.Status status) {
    List<Evidence.Said> found = new ArrayList<>();
    for (DisclosureObligation o : d.disclosureObligations()) {
      Deadline deadline = o.deadline(date);
      if (!o.arisenOn().isAfter(date) && deadline.status() == status) {
        Text matter = dev.clustergov.core.disclosure.MajorMatters.label(o.matter());
        found.add(Evidence.said(o.id() + " " + o.matter() + " due " + o.dueOn() + ": " + status + " " + deadline.daysLate() + " days",
            matter.zh() + "（" + Dates.zh(o.arisenOn()) + "发生），披露期限为" + Dates.zh(o.dueOn()) + "，" + late(status, deadline.daysLate()).zh(),
            matter.en() + " (arisen on " + Dates.en(o.arisenOn()) + "), due by " + Dates.en(o.dueOn()) + ": " + late(status, deadline.daysLate()).en()));
      }
    }
    return found;
  }

  private static List<Evidence.Said> annualReports(Dossier d, Policy p, LocalDate date, Deadline.Status status) {
    List<Evidence.Said> found = new ArrayList<>();
    for (AnnualReport r : AnnualReport.of(d.organization(), d.disclosures(), p.get(Parameters.DISCLOSURE_ANNUAL_REPORT_DUE),
        p.get(Parameters.DISCLOSURE_ANNUAL_REPORT_ESTABLISHED_BY), date)) {
      Deadline deadline = r.deadline(date);
      if (deadline.status() == status) {
        found.add(Evidence.said(r.year() + " due " + r.dueOn() + ": " + status + " " + deadline.daysLate() + " days",
            r.year() + "年度报告，披露期限为" + Dates.zh(r.dueOn()) + "，" + late(status, deadline.daysLate()).zh(),
            "annual report for " + r.year() + ", due by " + Dates.en(r.dueOn()) + ": " + late(status, deadline.daysLate()).en()));
      }
    }
    return found;
  }

  /** 尚未披露，已逾期30天 · not disclosed, 30 days overdue; 逾期30天披露 · disclosed 30 days late. */
  private static Text late(Deadline.Status status, long days) {
    String unit = days == 1 ? " day" : " days";
    return status == Deadline.Status.OVERDUE
        ? Text.of("尚未披露，已逾期" + days + "天", "not disclosed, " + days + unit + " overdue")
        : Text.of("逾期" + days + "天披露", "disclosed " + days + unit + " late");
  }

  public static final List<Rule> ALL = List.of(MAJOR_MATTER_DISCLOSED, MAJOR_MATTER_ON_TIME, ANNUAL_REPORT_DISCLOSED,
      ANNUAL_REPORT_ON_TIME);
}
