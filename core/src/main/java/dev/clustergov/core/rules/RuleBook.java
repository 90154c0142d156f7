package dev.clustergov.core.rules;

import dev.clustergov.core.guideline.Citation;
import dev.clustergov.core.organization.LifecycleStage;
import dev.clustergov.core.policy.Policy;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The rule book (规则手册): every rule the library checks, in one list, and the questions asked of it —
 * which rules enforce a clause, and what a dossier's report is for a stage.
 */
public final class RuleBook {

  private final Map<String, Rule> rules;

  private RuleBook(List<Rule> rules) {
    Map<String, Rule> byId = new LinkedHashMap<>();
    for (Rule r : rules) {
      if (byId.put(r.id(), r) != null) {
        throw new IllegalArgumentException("duplicate rule id " + r.id());
      }
    }
    this.rules = java.util.Collections.unmodifiableMap(byId);
  }

  public static RuleBook of(List<Rule> rules) {
    return new RuleBook(rules);
  }

  /** Every rule the library ships. */
  public static RuleBook standard() {
    List<Rule> all = new ArrayList<>();
    all.addAll(EstablishmentRules.ALL);
    all.addAll(DisputeRules.ALL);
    all.addAll(IpRules.ALL);
    all.addAll(DisclosureRules.ALL);
    all.addAll(ManagementRules.ALL);
    all.addAll(OperationRules.ALL);
    all.addAll(SupervisionRules.ALL);
    return new RuleBook(all);
  }

  public List<Rule> rules() {
    return List.copyOf(rules.values());
  }

  public Optional<Rule> rule(String id) {
    return Optional.ofNullable(rules.get(id));
  }

  /**
   * The clauses the rule {@code id} cites, none when the book has no such rule: what a RULES indicator's title names
   * ({@code indicator.title(book::citations)}, decision 0610), not its id's prefix.
   */
  public List<Citation> citations(String id) {
    return rule(id).map(Rule::clauses).orElse(List.of());
  }

  /** Rules that enforce {@code clause} or any part of it: {@code enforcing(Art.8)} includes Art.8(2).3. */
  public List<Rule> enforcing(Citation clause) {
    return rules.values().stream().filter(r -> r.enforces(clause)).toList();
  }

  /** Command guards (who may act, which steps exist), which also enforce clauses. */
  public List<Guard<?>> guards() {
    return GUARDS;
  }

  /** Every guard the library ships, those of Chapter 2's lifecycle first. */
  private static final List<Guard<?>> GUARDS = concat(Guard.ALL, DisputeRules.GUARDS, IpRules.GUARDS, ManagementRules.GUARDS,
      OperationRules.GUARDS, SupervisionRules.GUARDS, IncentiveGuards.GUARDS,
      EvaluationRules.GUARDS, PolicyGuards.GUARDS);

  @SafeVarargs
  private static List<Guard<?>> concat(List<Guard<?>>... lists) {
    List<Guard<?>> all = new ArrayList<>();
    for (List<Guard<?>> l : lists) {
      all.addAll(l);
    }
    return List.copyOf(all);
  }

  /** Ids of every rule and guard whose clauses name exactly {@code clause}, for the traceability table. */
  public List<String> idsCiting(Citation clause) {
    List<String> ids = new ArrayList<>();
    rules.values().stream().filter(r -> r.clauses().contains(clause)).forEach(r -> ids.add(r.id()));
    GUARDS.stream().filter(g -> g.clauses().contains(clause)).forEach(g -> ids.add(g.id()));
    return ids;
  }

  /** Rules whose clauses name exactly {@code clause} (for the traceability table). */
  public List<Rule> citing(Citation clause) {
    return rules.values().stream().filter(r -> r.clauses().contains(clause)).toList();
  }

  /** Every rule that applies at {@code stage}, evaluated over the dossier. */
  public ComplianceReport assess(Dossier dossier, Policy policy, LocalDate date, LifecycleStage stage) {
    return assess(dossier, policy, date, stage, r -> true);
  }

  public ComplianceReport assess(Dossier dossier, Policy policy, LocalDate date, LifecycleStage stage, Predicate<Rule> which) {
    List<Assessment> out = new ArrayList<>();
    for (Rule r : rules.values()) {
      if (r.appliesAt(stage) && which.test(r)) {
        out.add(new Assessment(r, r.severityUnder(policy), r.evaluate(dossier, policy, date)));
      }
    }
    return new ComplianceReport(dossier.organization().id(), date, stage, policy.sources().toJavaList(), out);
  }
}
