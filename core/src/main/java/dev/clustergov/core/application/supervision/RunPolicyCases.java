package dev.clustergov.core.application.supervision;

import dev.clustergov.core.application.Refusal;
import dev.clustergov.core.application.internal.Context;
import dev.clustergov.core.cluster.Cluster;
import dev.clustergov.core.finance.Period;
import dev.clustergov.core.kernel.RegionCode;
import dev.clustergov.core.kernel.Text;
import dev.clustergov.core.kernel.Validations;
import dev.clustergov.core.kernel.Violation;
import dev.clustergov.core.organization.PromotionOrganization;
import dev.clustergov.core.policy.KnownEvents;
import dev.clustergov.core.policy.Policy;
import dev.clustergov.core.policy.PolicyPack;
import dev.clustergov.core.policy.PolicyResolver;
import dev.clustergov.core.rules.Dossier;
import dev.clustergov.core.rules.Guard;
import dev.clustergov.core.rules.PolicyGuards;
import dev.clustergov.core.rules.RuleBook;
import dev.clustergov.core.supervision.Authority;
import dev.clustergov.core.supervision.AuthorityId;
import dev.clustergov.core.whatif.CaseVerdict;
import dev.clustergov.core.whatif.PolicyCase;
import dev.clustergov.core.whatif.PolicyCaseReport;
import dev.clustergov.core.whatif.PolicyCases;
import io.vavr.control.Either;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Runs a file of policy cases for an authority's jurisdiction before it publishes a pack (政策测试, Art.30):
 * each case's PO, recorded in the registry and supervised inside the jurisdiction, judged on the case's day
 * under the pack in force or under the case's draft — laid over the same chain of packs as the
 * jurisdiction's latest, as a what-if lays it — and compared with what the case expects. Every problem
 * of every case is reported at once and then nothing runs: a case without a name or with a name used
 * before, a PO that is not one of the jurisdiction's (an unknown id and another jurisdiction's PO are the
 * same answer, so the query tells nothing of POs elsewhere), a rule the book does not have, a draft the
 * policy module refuses. Nothing is published or stored.
 */
public final class RunPolicyCases {

  /** What it applies: an authority runs cases for its own jurisdiction (Art.26, Art.30). */
  public static final List<Guard<?>> GUARDS = List.of(PolicyGuards.WHAT_IF_OWN_JURISDICTION);

  /** At most this many cases a file: each is a full evaluation, assessment and incentive of one PO. */
  public static final int MAX_CASES = 200;

  public record Query(AuthorityId actingAuthority, List<PolicyCase> cases) {
    public Query {
      cases = cases == null ? List.of() : List.copyOf(cases);
    }
  }

  private final Context context;

  public RunPolicyCases(Context context) {
    this.context = context;
  }

  /** One case ready to run: its PO's dossier and the policy it is judged under. */
  private record Ready(PolicyCase c, Dossier dossier, Policy policy) {}

  public Either<Refusal, PolicyCaseReport> handle(Query q) {
    Optional<Authority> authority = context.ports().authorities().find(q.actingAuthority());
    if (authority.isEmpty()) {
      return Either.left(new Refusal.NotFound("authority", q.actingAuthority().value()));
    }
    RegionCode jurisdiction = authority.get().jurisdiction();
    RuleBook book = RuleBook.standard();
    List<Violation> problems = new ArrayList<>();
    if (q.cases().isEmpty()) {
      problems.add(Violation.of("cases", "required", "测试用例不能为空", "there is no case"));
    }
    if (q.cases().size() > MAX_CASES) {
      problems.add(Violation.of("cases", "too-many", "测试用例不能超过" + MAX_CASES + "个", "at most " + MAX_CASES + " cases"));
    }
    List<PolicyPack> published = context.ports().policyPacks().all();
    int version = published.stream().filter(p -> p.jurisdiction().equals(jurisdiction)).mapToInt(PolicyPack::version)
        .max().orElse(jurisdiction.equals(RegionCode.NATIONAL) ? 1 : 0) + 1;
    Set<String> names = new HashSet<>();
    List<Ready> ready = new ArrayList<>();
    for (int i = 0; i < q.cases().size() && problems.size() < 1000; i++) {
      PolicyCase c = q.cases().get(i);
      String at = "cases[" + i + "]";
      if (c.name().isBlank()) {
        problems.add(Violation.of(at + ".name", "required", "用例名称不能为空", "a case needs a name"));
      } else if (!names.add(c.name())) {
        problems.add(Violation.of(at + ".name", "duplicate", "用例名称与前面的用例重复", "a case before this one has the same name"));
      }
      Validations.day(at + ".on", c.on()).swap().forEach(problems::add);
      for (int j = 0; j < c.expect().failing().size(); j++) {
        unknownRule(book, c.expect().failing().get(j), at + ".expect.failing[" + j + "]").ifPresent(problems::add);
      }
      for (int j = 0; j < c.expect().passing().size(); j++) {
        unknownRule(book, c.expect().passing().get(j), at + ".expect.passing[" + j + "]").ifPresent(problems::add);
      }
      Optional<PromotionOrganization> po = context.ports().organizations().find(c.organization());
      Optional<Cluster> cluster = po.flatMap(o -> context.ports().clusters().find(o.cluster()))
          .filter(k -> PolicyGuards.WHAT_IF_OWN_JURISDICTION.check(new PolicyGuards.Trying(k.region(), jurisdiction)).isEmpty());
      if (cluster.isEmpty()) {
        problems.add(Violation.of(at + ".organization", "not-in-jurisdiction",
            "本辖区没有该编号的集群发展促进组织", "no PO of this id is supervised in the jurisdiction " + jurisdiction));
      }
      List<PolicyPack> packs = published;
      if (c.draft().isPresent()) {
        var draft = PolicyPack.define(jurisdiction, c.on(), version, Text.of("政策包草案", "draft policy pack"), c.draft().get())
            .flatMap(p -> PolicyResolver.validateOverlay(published, p));
        if (draft.isInvalid()) {
          draft.getError().forEach(v -> problems.add(v.under(at + ".draft")));
        } else {
          packs = new ArrayList<>(published);
          packs.add(draft.get());
        }
        KnownEvents.unrecordedMatters(c.draft().get().format().toJavaMap()).forEach(v -> problems.add(v.under(at + ".draft")));
      }
      if (problems.isEmpty()) {
        Either<Refusal, Dossier> dossier = context.dossiers().of(po.get(), Period.assessedOn(c.on()));
        if (dossier.isLeft()) {
          return Either.left(dossier.getLeft());
        }
        ready.add(new Ready(c, dossier.get(), PolicyResolver.resolve(packs, cluster.get().region(), c.on())));
      }
    }
    if (!problems.isEmpty()) {
      return Either.left(Refusal.malformed(io.vavr.collection.List.ofAll(problems)));
    }
    List<CaseVerdict> verdicts = ready.stream().map(r -> PolicyCases.run(r.c(), r.dossier(), r.policy(), book)).toList();
    return Either.right(new PolicyCaseReport(verdicts));
  }

  private static Optional<Violation> unknownRule(RuleBook book, String id, String at) {
    return PolicyCases.knows(book, id) ? Optional.empty()
        : Optional.of(Violation.of(at, "unknown-rule", "规则库中没有该规则", "the rule book has no rule " + id));
  }
}
