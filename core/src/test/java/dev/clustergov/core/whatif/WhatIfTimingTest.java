package dev.clustergov.core.whatif;

import dev.clustergov.core.policy.ParameterValues;
import dev.clustergov.core.policy.Parameters;
import dev.clustergov.core.testkit.gen.RegistryGens;
import org.junit.jupiter.api.Test;

class WhatIfTimingTest {
  @Test
  void timing() {
    var reg = RegistryGens.dossiers(2000, 1);
    var drafts = java.util.List.of(
        WhatIfTest.draft(ParameterValues.empty().with(Parameters.INCENTIVE_CAP_PER_PERIOD, dev.clustergov.core.kernel.Money.yuan("1000000.00"))),
        WhatIfTest.draft(ParameterValues.empty().with(Parameters.EVALUATION_SILVER_PERCENT, new java.math.BigDecimal("60"))),
        WhatIfTest.draft(ParameterValues.empty().with(Parameters.INCOME_MINIMUM_SOURCES, 2)));
    for (int round = 0; round < 4; round++) {
      StringBuilder b = new StringBuilder();
      for (var draft : drafts) {
        long t0 = System.nanoTime();
        var r = WhatIf.compare(reg, d -> WhatIfTest.IN_FORCE, d -> draft, RegistryGens.DAY);
        b.append((System.nanoTime() - t0) / 1_000_000).append(" ms (").append(r.summary().changed()).append(") ");
      }
      System.out.println(b);
    }
  }
}
