package dev.clustergov.core.supervision;

import dev.clustergov.core.kernel.Labelled;
import dev.clustergov.core.guideline.Citation;
import dev.clustergov.core.kernel.Dates;
import dev.clustergov.core.kernel.Text;
import dev.clustergov.core.organization.LifecycleStage;
import dev.clustergov.core.organization.PromotionOrganization;
import dev.clustergov.core.policy.Parameters;
import dev.clustergov.core.policy.Policy;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a PO's third-party rating stands on a day (评价结果效力, Art.28 with Art.29): {@link Status#IN_FORCE} when the
 * latest evaluation whose validity covers the day holds and nothing withholds it; {@link Status#WITHHELD} when such an
 * evaluation exists but a sanction in force of a kind the policy's {@code sanction.blocksRating} lists withholds it — a
 * recorded sanction, or the PO's recognition suspended or revoked (暂停认定、撤销认定) by a lifecycle decision, which
 * is a suspension or revocation in force just the same; {@link Status#EXPIRED} when the latest evaluation on or before
 * the day is no longer valid; {@link Status#NONE} when the PO was never evaluated by then. A current evaluation that gave no
 * grade (未评定等级) is never withheld: there is no label to withhold. Pure: the same PO, sanctions,
 * policy and day always give the same standing. Every place that says a rating is "in force" asks this (decision 0511).
 */
public record RatingStanding(Status status, Optional<Evaluation> evaluation, List<Withholding> withheldBy) {

  /** The clause that makes a sanction weigh on a rating. */
  public static final Citation CLAUSE = SanctionEffects.CLAUSE;

  /** The four standings, with their Chinese and English names. */
  public enum Status implements Labelled {
    IN_FORCE("有效", "in force"),
    WITHHELD("暂停适用", "withheld"),
    EXPIRED("已过有效期", "expired"),
    NONE("尚未评价", "never evaluated");

    private final Text label;

    Status(String zh, String en) {
      this.label = Text.of(zh, en);
    }

    @Override
    public Text label() {
      return label;
    }
  }

  /**
   * What withholds the rating: a sanction in force (its id when it is a recorded one; none for a lifecycle suspension or
   * revocation), its kind, the day it took effect, the clause and policy parameter that make it weigh, and why, in words.
   */
  public record Withholding(Optional<SanctionId> sanction, SanctionKind kind, LocalDate since, Citation clause, String parameter,
      Text reason) {
    public Withholding {
      Objects.requireNonNull(sanction, "sanction");
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(since, "since");
      Objects.requireNonNull(clause, "clause");
      Objects.requireNonNull(parameter, "parameter");
      Objects.requireNonNull(reason, "reason");
    }
  }

  public RatingStanding {
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(evaluation, "evaluation");
    withheldBy = List.copyOf(withheldBy);
    if (evaluation.isEmpty() != (status == Status.NONE)) {
      throw new IllegalArgumentException("every standing but NONE names its evaluation");
    }
    if (withheldBy.isEmpty() == (status == Status.WITHHELD)) {
      throw new IllegalArgumentException("a withheld rating, and only one, says what withholds it");
    }
  }

  /**
   * The standing named by its cause (review stop 26, item 3): a withheld rating is 因处理决定暂停适用 only when a recorded
   * sanction withholds it; when only the PO's recognition, suspended or revoked through its lifecycle, withholds it, the
   * label says so. Every other standing is named by its status.
   */
  public Text label() {
    if (status != Status.WITHHELD) {
      return status.label();
    }
    if (withheldBy.stream().anyMatch(w -> w.sanction().isPresent())) {
      return Text.of("因处理决定暂停适用", "withheld under a sanction");
    }
    return withheldBy.stream().anyMatch(w -> w.kind() == SanctionKind.REVOCATION)
        ? Text.of("因认定撤销而暂停适用", "withheld since recognition was revoked")
        : Text.of("因认定暂停而暂停适用", "withheld while recognition is suspended");
  }

  /** Whether the rating counts as in force on the day. */
  public boolean inForce() {
    return status == Status.IN_FORCE;
  }

  /** Why the rating is withheld, every reason in Chinese and in English, joined; empty unless withheld. */
  public Optional<Text> reason() {
    if (withheldBy.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(Text.of(String.join("；", withheldBy.stream().map(w -> w.reason().zh()).toList()),
        String.join("; ", withheldBy.stream().map(w -> w.reason().en()).toList())));
  }

  /**
   * The standing of {@code organization}'s rating on {@code day}, from its evaluations, its sanctions and the policy in
   * force for its cluster on that day.
   */
  public static RatingStanding of(PromotionOrganization organization, List<Evaluation> evaluations, List<Sanction> sanctions,
      Policy policy, LocalDate day) {
    Objects.requireNonNull(organization, "organization");
    Objects.requireNonNull(policy, "policy");
    Objects.requireNonNull(day, "day");
    Comparator<Evaluation> latest = Comparator.comparing(Evaluation::evaluatedOn).thenComparing(e -> e.id().value());
    Optional<Evaluation> current = evaluations.stream().filter(e -> e.currentOn(day)).max(latest);
    if (current.isEmpty()) {
      Optional<Evaluation> last = evaluations.stream().filter(e -> !e.evaluatedOn().isAfter(day)).max(latest);
      return last.map(e -> new RatingStanding(Status.EXPIRED, Optional.of(e), List.of()))
          .orElseGet(() -> new RatingStanding(Status.NONE, Optional.empty(), List.of()));
    }
    // nothing can be withheld from a PO with no grade: its result stands as 未评定等级, never 暂停适用 (review stop 28, P2)
    List<Withholding> by = current.get().rating() == Rating.NONE ? List.of() : withholdings(organization, sanctions, policy, day);
    return new RatingStanding(by.isEmpty() ? Status.IN_FORCE : Status.WITHHELD, current, by);
  }

  /** What withholds a rating on {@code day}: the blocking sanctions in force, and a lifecycle suspension or revocation. */
  static List<Withholding> withholdings(PromotionOrganization o, List<Sanction> sanctions, Policy policy, LocalDate day) {
    List<Withholding> out = new ArrayList<>();
    String parameter = Parameters.SANCTION_BLOCKS_RATING.key();
    // the withholding is the policy parameter's, named with the pack that sets it; Art.29 (激励约束并举、依法依规予以处理) is what
    // the parameter implements, cited as 参照, not as if the Guideline said it (review stop 28, P5)
    Text pack = policy.sourceOf(Parameters.SANCTION_BLOCKS_RATING).name();
    for (SanctionEffects.Blocking b : SanctionEffects.blocking(sanctions, policy, day, SanctionEffects.Effect.RATING)) {
      Sanction s = b.sanction();
      out.add(new Withholding(Optional.of(s.id()), s.kind(), s.decidedOn(), b.citation(), parameter, Text.of(
          "处理决定（" + s.kind().title().zh() + "，" + Dates.zh(s.decidedOn()) + "作出）仍在生效，依据适用的政策参数（" + pack.zh()
              + "），该类处理决定生效期间评价结果暂停适用（参照" + CLAUSE.formatChinese() + "）",
          "A sanction (" + s.kind().title().en() + ", decided on " + Dates.en(s.decidedOn()) + ") is in force; under the policy parameters "
              + "applied (" + pack.en() + "), a rating is withheld while a sanction of this kind is in force (see " + CLAUSE.format() + ")")));
    }
    // a suspension or revocation decided through the lifecycle (暂停认定、撤销认定) has no sanction record, and weighs the same
    Optional<SanctionKind> byStage = switch (o.stage()) {
      case SUSPENDED -> Optional.of(SanctionKind.SUSPENSION);
      case REVOKED -> Optional.of(SanctionKind.REVOCATION);
      default -> Optional.empty();
    };
    Optional<LocalDate> since = o.stageChangedOn().filter(d -> !d.isAfter(day));
    if (byStage.isPresent() && since.isPresent() && policy.get(Parameters.SANCTION_BLOCKS_RATING).contains(byStage.get())
        && out.stream().noneMatch(w -> w.kind() == byStage.get())) {
      SanctionKind kind = byStage.get();
      boolean suspended = o.stage() == LifecycleStage.SUSPENDED;
      String zh = "认定已于" + Dates.zh(since.get()) + (suspended ? "暂停" : "撤销") + "，依据适用的政策参数（" + pack.zh() + "），"
          + (suspended ? "暂停认定期间" : "撤销认定后") + "评价结果暂停适用（参照" + CLAUSE.formatChinese() + "）";
      String en = "Recognition was " + (suspended ? "suspended" : "revoked") + " on " + Dates.en(since.get()) + "; under the policy parameters applied ("
          + pack.en() + "), a rating is withheld while recognition is " + (suspended ? "suspended" : "revoked") + " (see " + CLAUSE.format() + ")";
      out.add(new Withholding(Optional.empty(), kind, since.get(), CLAUSE, parameter, Text.of(zh, en)));
    }
    return out;
  }
}
