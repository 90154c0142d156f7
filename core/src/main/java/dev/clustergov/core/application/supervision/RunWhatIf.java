package dev.clustergov.core.application.supervision;

import dev.clustergov.core.application.Refusal;
import dev.clustergov.core.application.internal.Context;
import dev.clustergov.core.application.port.OrganizationQuery;
import dev.clustergov.core.cluster.Cluster;
import dev.clustergov.core.cluster.ClusterId;
import dev.clustergov.core.finance.Period;
import dev.clustergov.core.guideline.Citation;
import dev.clustergov.core.kernel.RegionCode;
import dev.clustergov.core.kernel.Text;
import dev.clustergov.core.kernel.Validations;
import dev.clustergov.core.kernel.Violation;
import dev.clustergov.core.organization.LifecycleStage;
import dev.clustergov.core.organization.OrganizationId;
import dev.clustergov.core.organization.PromotionOrganization;
import dev.clustergov.core.policy.Policy;
import dev.clustergov.core.policy.KnownEvents;
import dev.clustergov.core.policy.PolicyPack;
import dev.clustergov.core.policy.PolicyResolver;
import dev.clustergov.core.rules.PolicyGuards;
import dev.clustergov.core.rules.Guard;
import dev.clustergov.core.supervision.Authority;
import dev.clustergov.core.supervision.AuthorityId;
import dev.clustergov.core.whatif.WhatIf;
import dev.clustergov.core.whatif.WhatIfReport;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Validation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Runs a what-if for a jurisdiction (政策模拟, Art.30): every operating PO of a cluster inside the
 * jurisdiction, evaluated, assessed and rewarded under the policy in force on a day and under a draft pack
 * for the jurisdiction — laid over the same chain of packs as if it were that jurisdiction's latest — and
 * what changes. Only an authority whose jurisdiction covers the one asked about runs it (Art.26, Art.30).
 * Nothing is published or stored.
 *
 * <p>{@code jurisdiction} is null for the acting authority's own; {@code on} null for today; {@code effectiveFrom}, the
 * draft's day, null for {@code on}; {@code version} null for the next free version of the jurisdiction. The draft's
 * parameter {@code values} stay text, parsed by the policy module.
 */
public final class RunWhatIf {

  /** What it applies: an authority whose jurisdiction covers the one asked about. */
  public static final java.util.List<Guard<?>> GUARDS = java.util.List.of(PolicyGuards.WHAT_IF_OWN_JURISDICTION);

  public record Command(AuthorityId actingAuthority, RegionCode jurisdiction, LocalDate on, LocalDate effectiveFrom, Integer version,
      String titleZh, String titleEn, Map<String, String> values) {}

  private final Context context;

  public RunWhatIf(Context context) {
    this.context = context;
  }

  public Either<Refusal, WhatIfReport> handle(Command c) {
    Optional<Authority> authority = context.ports().authorities().find(c.actingAuthority());
    if (authority.isEmpty()) {
      return Either.left(new Refusal.NotFound("authority", c.actingAuthority().value()));
    }
    LocalDate today = context.today();
    Validation<Seq<Violation>, RegionCode> region = Validation.valid(c.jurisdiction() == null
        ? authority.get().jurisdiction() : c.jurisdiction());
    var on = Validations.dayOr("on", c.on(), today);
    var from = c.effectiveFrom() == null ? on : Validations.seq(Validations.day("effectiveFrom", c.effectiveFrom()));
    Validation<Seq<Violation>, Integer> version = c.version() == null ? Validation.valid(0)
        : c.version() < 1 ? Validation.invalid(List.of(Violation.of("version", "range", "版本号须为正整数", "version must be a positive integer")))
        : Validation.valid(c.version());
    Seq<Violation> errors = Validations.errors(region, on, from, version);
    if (!errors.isEmpty()) {
      return Either.left(Refusal.malformed(errors));
    }
    if (from.get().isAfter(on.get())) {
      return Either.left(Refusal.malformed(List.of(Violation.of("effectiveFrom", "after-on",
          "草案生效日期不能晚于模拟日期" + on.get(), "the draft takes effect after the day of the what-if, " + on.get()))));
    }
    RegionCode jurisdiction = region.get();
    var elsewhere = PolicyGuards.WHAT_IF_OWN_JURISDICTION.check(new PolicyGuards.Trying(jurisdiction, authority.get().jurisdiction()));
    if (elsewhere.isPresent()) {
      return Context.reject("RunWhatIf", elsewhere.get());
    }
    java.util.List<PolicyPack> published = context.ports().policyPacks().all();
    int v = version.get() > 0 ? version.get() : published.stream().filter(p -> p.jurisdiction().equals(jurisdiction))
        .mapToInt(PolicyPack::version).max().orElse(jurisdiction.equals(RegionCode.NATIONAL) ? 1 : 0) + 1;
    String zh = c.titleZh() == null || c.titleZh().isBlank() ? "政策包草案" : c.titleZh();
    String en = c.titleEn() == null || c.titleEn().isBlank() ? "draft policy pack" : c.titleEn();
    // the draft is laid over the chain as the jurisdiction's latest on the day: it takes effect on the day at the latest
    Map<String, String> values = c.values() == null ? Map.of() : new TreeMap<>(c.values());
    var draft = PolicyPack.parse(jurisdiction, from.get(), v, Text.of(zh, en), values)
        .flatMap(p -> PolicyResolver.validateOverlay(published, p));
    // a draft is a pack: a major matter named by a type no command records is one of its problems, as when published
    Seq<Violation> problems = (draft.isInvalid() ? draft.getError() : List.<Violation>empty())
        .appendAll(KnownEvents.unrecordedMatters(values));
    if (!problems.isEmpty()) {
      return Either.left(Refusal.malformed(problems));
    }
    java.util.List<PolicyPack> withDraft = new ArrayList<>(published);
    withDraft.add(draft.get());
    return Either.right(compare(jurisdiction, on.get(), published, withDraft));
  }

  /**
   * Reads the registry a page at a time in one consistent read of the stores (decision 0420) and hands each page's
   * dossiers to the comparison as soon as they are read: the pool compares a page while this thread reads the next,
   * and no page is kept once compared (decision 0480).
   */
  private WhatIfReport compare(RegionCode jurisdiction, LocalDate day, java.util.List<PolicyPack> inForce,
      java.util.List<PolicyPack> withDraft) {
    Map<ClusterId, Cluster> clusters = context.ports().clusters().all().stream().filter(c -> jurisdiction.covers(c.region()))
        .collect(Collectors.toMap(Cluster::id, c -> c));
    Map<RegionCode, Policy> before = new HashMap<>();
    Map<RegionCode, Policy> draft = new HashMap<>();
    Set<RegionCode> regions = clusters.values().stream().map(Cluster::region).collect(Collectors.toSet());
    for (RegionCode r : regions) {
      before.put(r, PolicyResolver.resolve(inForce, r, day));
      draft.put(r, PolicyResolver.resolve(withDraft, r, day));
    }
    WhatIf.Comparison comparison = WhatIf.comparison(d -> before.get(d.cluster().region()), d -> draft.get(d.cluster().region()), day);
    Period period = Period.assessedOn(day);
    // as many POs a page as the store reads fastest (decision 0575): 64 on H2 and in memory, 500 on PostgreSQL
    int size = Math.max(1, Math.min(OrganizationQuery.MAX_LIMIT, context.ports().organizations().registryPage()));
    context.ports().unitOfWork().read(() -> {
      Optional<OrganizationId> after = Optional.empty();
      while (true) {
        java.util.List<PromotionOrganization> page = context.ports().organizations().list(new OrganizationQuery(
            Optional.empty(), Optional.empty(), Optional.empty(), after, size));
        java.util.List<PromotionOrganization> operating = page.stream()
            .filter(o -> clusters.containsKey(o.cluster()) && LifecycleStage.OPERATING.contains(o.stage())).toList();
        // one bulk read per part for the page, not some twenty queries per PO (decision 0330)
        comparison.add(context.dossiers().ofAll(operating, period, id -> Optional.ofNullable(clusters.get(id))));
        if (page.size() < size) {
          return null;
        }
        after = Optional.of(page.get(page.size() - 1).id());
      }
    });
    return comparison.report();
  }
}
