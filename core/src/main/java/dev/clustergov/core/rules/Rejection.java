package dev.clustergov.core.rules;

import dev.clustergov.core.kernel.Language;
import dev.clustergov.core.kernel.Text;
import dev.clustergov.core.organization.LifecycleStage;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A well-formed command that the guideline forbids (驳回): the command's name and every blocking
 * finding, each with its citation — all of them, not the first.
 */
public record Rejection(String command, List<Finding> findings, java.util.Optional<LifecycleStage> stage) {

  public Rejection {
    Objects.requireNonNull(command, "command");
    Objects.requireNonNull(stage, "stage");
    findings = List.copyOf(findings);
    if (findings.isEmpty()) {
      throw new IllegalArgumentException("a rejection must list what blocks it");
    }
  }

  /** A rejection of {@code command}, named without the stage the PO was in. */
  public Rejection(String command, List<Finding> findings) {
    this(command, findings, java.util.Optional.empty());
  }

  /** The command's name, with the stage the PO was in when it has one: “终止筹建”, not “注销”, for a PO still proposed. */
  public CommandName name() {
    return new CommandName(command, stage);
  }

  public static Rejection of(String command, Finding... findings) {
    return new Rejection(command, List.of(findings));
  }

  /**
   * The operation in words and every finding: {@code “认定”操作未通过：【…】…；【…】…} or {@code The operation “recognise the
   * PO” (RecogniseOrganization) was rejected: […] …; […] …} — no identifier inside the Chinese (decision 0565).
   */
  public String render(Language language) {
    Text operation = name().operation();
    return language == Language.ZH
        ? operation.zh() + "未通过：" + findings.stream().map(f -> f.render(language)).collect(Collectors.joining("；"))
        : operation.en() + " was rejected: " + findings.stream().map(f -> f.render(language)).collect(Collectors.joining("; "));
  }

  @Override
  public String toString() {
    return render(Language.EN);
  }
}
