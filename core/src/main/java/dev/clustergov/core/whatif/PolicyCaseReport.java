package dev.clustergov.core.whatif;

import java.util.List;

/** Every case of a file, in the file's order (政策测试结果, Art.30); passed when every case passed. */
public record PolicyCaseReport(List<CaseVerdict> cases) {

  public PolicyCaseReport {
    cases = List.copyOf(cases);
  }

  public boolean passed() {
    return cases.stream().allMatch(CaseVerdict::passed);
  }

  public long failed() {
    return cases.stream().filter(c -> !c.passed()).count();
  }
}
