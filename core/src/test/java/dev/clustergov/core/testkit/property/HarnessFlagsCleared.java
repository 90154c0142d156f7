package dev.clustergov.core.testkit.property;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * For the harness's own tests: runs each test without {@code -Dclustergov.seed} and {@code -Dclustergov.tries}
 * and puts them back afterwards. Those tests measure the harness's defaults (200 tries, a seed from the
 * name); the flags are meant for the properties of a full run (the "Reproduce:" line of a failure), and
 * passing them to one must not break the tests of the harness that honours them.
 */
final class HarnessFlagsCleared implements BeforeEachCallback, AfterEachCallback {

  private static final String[] FLAGS = {Engine.SEED_PROPERTY, Engine.TRIES_PROPERTY};
  private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(HarnessFlagsCleared.class);

  @Override
  public void beforeEach(ExtensionContext context) {
    Map<String, String> saved = new HashMap<>();
    for (String flag : FLAGS) {
      String value = System.getProperty(flag);
      if (value != null) {
        saved.put(flag, value);
        System.clearProperty(flag);
      }
    }
    context.getStore(NAMESPACE).put("saved", saved);
  }

  @Override
  @SuppressWarnings("unchecked")
  public void afterEach(ExtensionContext context) {
    Map<String, String> saved = context.getStore(NAMESPACE).remove("saved", Map.class);
    if (saved != null) {
      saved.forEach(System::setProperty);
    }
  }
}
