package dev.clustergov.core.policy;

import dev.clustergov.core.governance.ExpertField;
import dev.clustergov.core.kernel.Money;
import java.util.Set;

/** PLACEHOLDER until the policy branch merges. */
public final class Parameters {
  public interface Tiers { int minimumFor(int n); }
  public static final Parameter<Money> CAPITAL_MINIMUM_NATIONAL = new Parameter<>("a");
  public static final Parameter<Money> CAPITAL_MINIMUM_LOCAL = new Parameter<>("a");
  public static final Parameter<Tiers> STAFFING_TIERS = new Parameter<>("a");
  public static final Parameter<Boolean> STAFFING_REQUIRE_ALL_CATEGORIES = new Parameter<>("a");
  public static final Parameter<Set<ExpertField>> ADVISORY_REQUIRED_EXPERT_FIELDS = new Parameter<>("a");
  public static final Parameter<Integer> ADVISORY_MINIMUM_EXPERT_FIELDS = new Parameter<>("a");
  public static final Parameter<Boolean> GOVERNANCE_SUPERVISOR_MANAGER_SEPARATION = new Parameter<>("a");
  public static final Parameter<Integer> INCOME_MINIMUM_SOURCES = new Parameter<>("a");
  public static final Parameter<Integer> CLUSTER_MAX_RECOGNISED_ORGANIZATIONS = new Parameter<>("a");
  public static final Parameter<Set<String>> RULES_BINDING_ADVISORIES = new Parameter<>("a");
  public static final Parameter<Integer> CHARTER_MINIMUM_BUSINESS_SCOPE_ITEMS = new Parameter<>("a");
}
