package dev.clustergov.core.policy;

import java.util.List;
import java.util.Set;

/** PLACEHOLDER until the policy branch merges. */
public interface Policy {
  <T> T get(Parameter<T> p);

  List<PolicySource> sources();

  default Set<String> bindingAdvisories() {
    return get(Parameters.RULES_BINDING_ADVISORIES);
  }
}
