package dev.clustergov.core.supervision;

import dev.clustergov.core.kernel.Labelled;
import dev.clustergov.core.guideline.Citation;
import dev.clustergov.core.kernel.Dates;
import dev.clustergov.core.kernel.Text;
import dev.clustergov.core.policy.Parameter;
import dev.clustergov.core.policy.Parameters;
import dev.clustergov.core.policy.Policy;
import io.vavr.collection.SortedSet;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * What sanctions in force do (处理决定的效力, Art.29), as the policy says: which of them keep a PO
 * from a rating ({@link Parameters#SANCTION_BLOCKS_RATING}) or from incentives
 * ({@link Parameters#SANCTION_BLOCKS_INCENTIVES}). Pure: the same sanctions, policy and day always
 * give the same answer, in a stable order (decision day, then id).
 */
public final class SanctionEffects {

  /** The clause every blocking cites. */
  public static final Citation CLAUSE = Citation.article(29);

  private SanctionEffects() {}

  /** An effect a sanction in force may have. */
  public enum Effect implements Labelled {
    RATING("评价定级", "rating", Parameters.SANCTION_BLOCKS_RATING),
    INCENTIVES("奖励", "incentives", Parameters.SANCTION_BLOCKS_INCENTIVES);

    private final Text title;
    private final Parameter<SortedSet<SanctionKind>> parameter;

    Effect(String zh, String en, Parameter<SortedSet<SanctionKind>> parameter) {
      this.title = Text.of(zh, en);
      this.parameter = parameter;
    }

    public Text title() {
      return title;
    }

    /** Its title: the words every {@link Labelled} value gives. */
    @Override
    public Text label() {
      return title();
    }

    /** The policy parameter that lists the kinds of sanction with this effect. */
    public Parameter<SortedSet<SanctionKind>> parameter() {
      return parameter;
    }
  }

  /** One sanction in force that blocks an effect, citing Art.29 and the parameter that says so. */
  public record Blocking(Sanction sanction, Effect effect, Citation citation, String parameter, Text reason) {

    public Blocking {
      Objects.requireNonNull(sanction, "sanction");
      Objects.requireNonNull(effect, "effect");
      Objects.requireNonNull(citation, "citation");
      Objects.requireNonNull(parameter, "parameter");
      Objects.requireNonNull(reason, "reason");
    }
  }

  /**
   * The sanctions among {@code sanctions} in force on {@code day} whose kind the policy lists as
   * blocking {@code effect}; empty when nothing blocks it.
   */
  public static List<Blocking> blocking(List<Sanction> sanctions, Policy policy, LocalDate day, Effect effect) {
    Objects.requireNonNull(policy, "policy");
    Objects.requireNonNull(day, "day");
    Objects.requireNonNull(effect, "effect");
    SortedSet<SanctionKind> kinds = policy.get(effect.parameter());
    return sanctions.stream()
        .filter(s -> s.inForceOn(day) && kinds.contains(s.kind()))
        .sorted(Comparator.comparing(Sanction::decidedOn).thenComparing(Sanction::id))
        .map(s -> new Blocking(s, effect, CLAUSE, effect.parameter().key(), Text.of(
            // the record's id only in the structured sanction, in neither language (review stop 28, E1; decision 0622)
            // the policy parameter's rule, named with its pack; Art.29 cited as 参照 (review stop 28, P5)
            Dates.zh(s.decidedOn()) + "作出的处理决定（" + s.kind().title().zh() + "）仍在生效，依据适用的政策参数（"
                + policy.sourceOf(effect.parameter()).name().zh() + "）属于排除" + effect.title().zh() + "的处理决定，不能获得"
                + effect.title().zh() + "（参照第二十九条）",
            "A sanction (" + s.kind().title().en() + ", decided on " + Dates.en(s.decidedOn()) + ") is in force and is, under the policy "
                + "parameters applied (" + policy.sourceOf(effect.parameter()).name().en() + "), of a kind that excludes " + effect.title().en()
                + ": no " + effect.title().en() + " can be given (see Art.29)")))
        .toList();
  }

  /** Whether anything among {@code sanctions} blocks {@code effect} on {@code day}. */
  public static boolean blocks(List<Sanction> sanctions, Policy policy, LocalDate day, Effect effect) {
    return !blocking(sanctions, policy, day, effect).isEmpty();
  }
}
