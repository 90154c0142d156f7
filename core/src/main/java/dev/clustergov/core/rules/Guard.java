package dev.clustergov.core.rules;

import dev.clustergov.core.kernel.Dates;
import dev.clustergov.core.guideline.Citation;
import dev.clustergov.core.kernel.Text;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A condition on a command rather than on a dossier (命令前提): who may act, and which steps exist. Like a
 * rule it has a stable id, the clauses it enforces and a bilingual message, and it holds its check: over a
 * situation {@code S} that the command states (who acts, the stage, the dates…) it either holds or gives a
 * blocking finding with the evidence of the breach. A command lists the guards it applies; each guard is
 * tested on both sides by property, as the rules are.
 *
 * @param <S> what the guard looks at
 */
public record Guard<S>(String id, List<Citation> clauses, Text message, Check<S> check) {

  /** The test of a guard: the evidence of its breach by a situation, or nothing when the situation keeps it. */
  @FunctionalInterface
  public interface Check<S> {
    Optional<List<Evidence>> breach(S situation);
  }

  public Guard {
    Objects.requireNonNull(id, "id");
    clauses = List.copyOf(clauses);
    if (clauses.isEmpty()) {
      throw new IllegalArgumentException("guard " + id + " must cite a clause");
    }
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(check, "check");
  }

  /** A guard broken when {@code broken} holds of the situation, with {@code evidence} of it. */
  public static <S> Guard<S> of(String id, List<Citation> clauses, Text message, java.util.function.Predicate<S> broken,
      java.util.function.Function<S, List<Evidence>> evidence) {
    return new Guard<>(id, clauses, message, s -> broken.test(s) ? Optional.of(evidence.apply(s)) : Optional.empty());
  }

  /** The blocking finding of {@code situation} breaking this guard, if it does. */
  public Optional<Finding> check(S situation) {
    return check.breach(situation).map(evidence -> new Finding(id, clauses, Severity.BLOCKING, message, evidence));
  }

  /** The finding of this guard with {@code evidence}, for a command that has found the breach itself. */
  public Finding finding(Evidence... evidence) {
    return new Finding(id, clauses, Severity.BLOCKING, message, List.of(evidence));
  }

  public boolean enforces(Citation clause) {
    return clauses.stream().anyMatch(clause::covers);
  }

  /** Only the PO's own supervising authority may recognise, suspend, reinstate or revoke it. */
  public static final Guard<Supervising> OWN_AUTHORITY = Guard.of("A26-own-authority", List.of(Citation.article(26), Citation.article(6)),
      Text.of(dev.clustergov.core.guideline.Guideline.principleZh() + "：只有集群发展促进组织的工业和信息化主管部门可以对其认定、暂停认定、恢复认定或撤销认定",
          dev.clustergov.core.guideline.Guideline.principleEn() + ": only the PO's own supervising authority may recognise it, or suspend, reinstate or revoke its recognition"),
      s -> !s.acting().equals(s.supervising()),
      Supervising::evidence);

  /** An authority acting on a PO, and the PO's own supervising authority. */
  public record Supervising(dev.clustergov.core.supervision.AuthorityId acting, dev.clustergov.core.supervision.AuthorityId supervising,
      Optional<String> actingName, Optional<String> supervisingName) {

    public Supervising {
      Objects.requireNonNull(acting, "acting");
      Objects.requireNonNull(supervising, "supervising");
      Objects.requireNonNull(actingName, "actingName");
      Objects.requireNonNull(supervisingName, "supervisingName");
    }

    /** The two authorities, known by their ids only. */
    public Supervising(dev.clustergov.core.supervision.AuthorityId acting, dev.clustergov.core.supervision.AuthorityId supervising) {
      this(acting, supervising, Optional.empty(), Optional.empty());
    }

    /** The two authorities with their names as {@code names} finds them: what the evidence names them by (issue 20). */
    public static Supervising named(dev.clustergov.core.supervision.AuthorityId acting, dev.clustergov.core.supervision.AuthorityId supervising,
        java.util.function.Function<dev.clustergov.core.supervision.AuthorityId, Optional<String>> names) {
      return new Supervising(acting, supervising, names.apply(acting), names.apply(supervising));
    }

    /** Each authority by its name where known, as one not entered in the system otherwise; its id stays the JSON's text. */
    public List<Evidence> evidence() {
      return List.of(Evidence.of("actingAuthority", authority(acting, actingName)),
          Evidence.of("supervisingAuthority", authority(supervising, supervisingName)));
    }
  }

  /**
   * What an authority the registry does not know is called in words (decision 0600): what it is, never its id inside
   * Chinese (“authority-2”); the id stays the JSON's text.
   */
  public static final Text UNKNOWN_AUTHORITY = Text.of("未录入本系统的部门", "a department not entered in the system");

  /**
   * An authority as evidence (issue 20, decision 0600): by its name where the registry knows it, as
   * {@link #UNKNOWN_AUTHORITY} otherwise; its id stays the JSON's text either way.
   */
  public static Evidence.Said authority(dev.clustergov.core.supervision.AuthorityId id, Optional<String> name) {
    return name.map(n -> Evidence.record(id.value(), n)).orElseGet(() -> new Evidence.Said(id.value(), UNKNOWN_AUTHORITY));
  }

  private static final Text CURRENT_STAGE = Text.of("当前状态", "current stage");

  /** The lifecycle moves only along its arrows; revoked and dissolved are final. */
  public static final Guard<Move> LIFECYCLE = Guard.of("A6-lifecycle", List.of(Citation.article(6)),
      // review stop 27 item 16: the order said in words, not arrows; no “生命周期” or “终局状态”
      Text.of("集群发展促进组织经筹建、组建后方可认定；已认定的可以暂停认定，认定已暂停的可以恢复认定；已认定或认定已暂停的可以撤销认定；"
              + "未撤销认定的可以注销，筹建中的可以终止筹建；已认定的不再重复认定，认定已撤销、已注销或已终止筹建的不再办理其他事项",
          "A PO may be recognised only once it has been proposed and established; a recognised one's recognition may "
              + "be suspended, and a suspended one's reinstated; a recognised or suspended one's recognition may be revoked; one whose "
              + "recognition is not revoked may be dissolved, and one still being founded may have its founding ended; a recognised one is "
              + "not recognised again, and once its recognition is revoked, it is dissolved or its founding is ended, nothing further is done"),
      m -> m.to().map(to -> !m.from().contains(m.stage()) || !m.stage().canMoveTo(to))
          .orElse(!m.from().contains(m.stage())),
      // the JSON keys stay from/to; a person reads 当前状态 (the table's label of from is a date's start) and 拟变更状态
      m -> m.to().map(to -> List.of(Evidence.labelled("from", CURRENT_STAGE, stage(m.stage(), m.everEstablished())), Evidence.of("to", to)))
          .orElseGet(() -> List.of(Evidence.of("stage", stage(m.stage(), m.everEstablished())),
              Evidence.of("command", CommandName.of(m.command())))));

  /**
   * A PO's stage as evidence (decision 0599): its code stays the JSON's text ({@code DISSOLVED}); its words are those its
   * data decide — 已终止筹建 · founding ended for a PO dissolved never established, whose stage alone would read 已注销.
   */
  public static Evidence.Said stage(dev.clustergov.core.organization.LifecycleStage stage, boolean everEstablished) {
    return new Evidence.Said(stage.name(), stage.label(everEstablished));
  }

  /**
   * What a command does to a PO's stage: {@code to} a new stage, taken only from the stages {@code from}; or,
   * with no {@code to}, it acts on the PO in its stage, which must be one of {@code from} — and which a revoked or
   * dissolved PO no longer has. {@code everEstablished}: whether the PO was ever established, which decides the words
   * of its stage (a PO dissolved never established reads 已终止筹建, decision 0599).
   */
  public record Move(String command, dev.clustergov.core.organization.LifecycleStage stage,
      java.util.Set<dev.clustergov.core.organization.LifecycleStage> from, Optional<dev.clustergov.core.organization.LifecycleStage> to,
      boolean everEstablished) {

    public Move {
      Objects.requireNonNull(command, "command");
      Objects.requireNonNull(stage, "stage");
      from = java.util.Set.copyOf(from);
      Objects.requireNonNull(to, "to");
    }

    /**
     * A move of a PO known by its stage alone, whose stage tells its history: dissolved means dissolved after
     * establishment (已注销). A command with the PO at hand uses {@link #of}, {@link #acting(String,
     * dev.clustergov.core.organization.PromotionOrganization)} and the like, which read it from the PO's data.
     */
    public Move(String command, dev.clustergov.core.organization.LifecycleStage stage,
        java.util.Set<dev.clustergov.core.organization.LifecycleStage> from, Optional<dev.clustergov.core.organization.LifecycleStage> to) {
      this(command, stage, from, to, true);
    }

    /** {@code command} moves {@code o} {@code to} a new stage, taken only from the stages {@code from}. */
    public static Move of(String command, dev.clustergov.core.organization.PromotionOrganization o,
        java.util.Set<dev.clustergov.core.organization.LifecycleStage> from, dev.clustergov.core.organization.LifecycleStage to) {
      return new Move(command, o.stage(), from, Optional.of(to), o.establishedOn().isPresent());
    }

    /** {@code command} acts on a PO in {@code stage} and leaves its stage as it is. */
    public static Move acting(String command, dev.clustergov.core.organization.LifecycleStage stage) {
      return within(command, stage, LIVE);
    }

    /** {@code command} acts on {@code o} in its stage and leaves its stage as it is. */
    public static Move acting(String command, dev.clustergov.core.organization.PromotionOrganization o) {
      return within(command, o, LIVE);
    }

    private static final java.util.Set<dev.clustergov.core.organization.LifecycleStage> LIVE = java.util.Arrays
        .stream(dev.clustergov.core.organization.LifecycleStage.values()).filter(s -> !s.isFinal())
        .collect(java.util.stream.Collectors.toUnmodifiableSet());

    /** {@code command} acts on a PO in {@code stage}, which must be one of {@code from}, and leaves its stage as it is. */
    public static Move within(String command, dev.clustergov.core.organization.LifecycleStage stage,
        java.util.Set<dev.clustergov.core.organization.LifecycleStage> from) {
      return new Move(command, stage, from, Optional.empty());
    }

    /** {@code command} acts on {@code o}, whose stage must be one of {@code from}, and leaves its stage as it is. */
    public static Move within(String command, dev.clustergov.core.organization.PromotionOrganization o,
        java.util.Set<dev.clustergov.core.organization.LifecycleStage> from) {
      return new Move(command, o.stage(), from, Optional.empty(), o.establishedOn().isPresent());
    }

    /**
     * {@code command} acts on a PO that operates — established, recognised or suspended (Art.6) — and leaves its
     * stage as it is.
     */
    public static Move operating(String command, dev.clustergov.core.organization.LifecycleStage stage) {
      return new Move(command, stage, dev.clustergov.core.organization.LifecycleStage.OPERATING, Optional.empty());
    }

    /** {@code command} acts on {@code o}, which must operate (Art.6), and leaves its stage as it is. */
    public static Move operating(String command, dev.clustergov.core.organization.PromotionOrganization o) {
      return within(command, o, dev.clustergov.core.organization.LifecycleStage.OPERATING);
    }
  }

  /** The founding application is amended only while the PO is being founded. */
  public static final Guard<Amending> APPLICATION_OPEN = Guard.of("A7-application-open", List.of(Citation.article(7)),
      Text.of("组建条件在筹建阶段申报：组建完成后不得再修改组建申请，有关变更须按相应程序办理",
          "The conditions of establishment are declared while the PO is proposed: after establishment the founding application cannot be amended, and changes go through their own procedures"),
      a -> a.stage() != dev.clustergov.core.organization.LifecycleStage.PROPOSED,
      a -> List.of(Evidence.of("stage", stage(a.stage(), a.everEstablished()))));

  /** A founding application amended while the PO is in {@code stage}, the PO established before or never. */
  public record Amending(dev.clustergov.core.organization.LifecycleStage stage, boolean everEstablished) {
    public Amending {
      Objects.requireNonNull(stage, "stage");
    }

    /** A PO known by its stage alone, whose stage tells its history (see {@link Move}). */
    public Amending(dev.clustergov.core.organization.LifecycleStage stage) {
      this(stage, true);
    }

    /** The founding application of {@code o} amended. */
    public static Amending of(dev.clustergov.core.organization.PromotionOrganization o) {
      return new Amending(o.stage(), o.establishedOn().isPresent());
    }
  }

  /** Art.14: 通过公开渠道面向社会公开 — a channel only members or staff can read discloses nothing. */
  public static final Guard<dev.clustergov.core.disclosure.Channel> PUBLIC_CHANNEL = new Guard<>("A14-public-channel",
      List.of(Citation.article(14)),
      Text.of("信息披露须通过公开渠道面向社会公开：仅成员单位或内部可见的渠道、内网或私有网络地址不是公开渠道",
          "Disclosure goes through public channels to society: a channel only member units or insiders can see, an intranet or a private network address is not one"),
      c -> c.whyNotPublic().map(why -> List.of(Evidence.of("channel", c.kind()), Evidence.of("reference", c.reference()),
          Evidence.of("why", why))));

  /** Art.14: a PO discloses its own major matters; it cannot fulfil another PO's obligation. */
  public static final Guard<Fulfilling> OWN_OBLIGATION = Guard.of("A14-own-obligation", List.of(Citation.article(14)),
      Text.of("集群发展促进组织披露的是本组织的重大事项：不得以本组织的信息披露履行其他集群发展促进组织的信息披露义务",
          "A PO discloses its own major matters: its disclosure cannot fulfil another PO's obligation"),
      f -> f.obligation().filter(x -> !x.organization().equals(f.disclosing())).isPresent(),
      Fulfilling::evidence);

  /** An obligation named by its matter and the day it arose (issue 20: no record id inside Chinese); its id for the JSON. */
  private static Evidence.Said obligation(dev.clustergov.core.disclosure.DisclosureObligation o) {
    Text matter = dev.clustergov.core.disclosure.MajorMatters.label(o.matter());
    return new Evidence.Said(o.id().value(), Text.of(matter.zh() + "（" + dev.clustergov.core.kernel.Dates.zh(o.arisenOn()) + "发生）",
        matter.en() + " (arisen on " + dev.clustergov.core.kernel.Dates.en(o.arisenOn()) + ")"));
  }

  /**
   * A disclosure by the PO {@code disclosing}, naming the obligation it fulfils, if it names one; the names of the two POs
   * where known, which the evidence names them by (issue 20).
   */
  public record Fulfilling(dev.clustergov.core.organization.OrganizationId disclosing,
      Optional<dev.clustergov.core.disclosure.DisclosureObligation> obligation, Optional<String> disclosingName,
      Optional<String> obligationOfName) {
    public Fulfilling {
      Objects.requireNonNull(disclosing, "disclosing");
      Objects.requireNonNull(obligation, "obligation");
      Objects.requireNonNull(disclosingName, "disclosingName");
      Objects.requireNonNull(obligationOfName, "obligationOfName");
    }

    /** The disclosure and obligation, the POs known by their ids only. */
    public Fulfilling(dev.clustergov.core.organization.OrganizationId disclosing,
        Optional<dev.clustergov.core.disclosure.DisclosureObligation> obligation) {
      this(disclosing, obligation, Optional.empty(), Optional.empty());
    }

    /** The disclosure and obligation with the POs' names as {@code names} finds them. */
    public static Fulfilling named(dev.clustergov.core.organization.OrganizationId disclosing,
        Optional<dev.clustergov.core.disclosure.DisclosureObligation> obligation,
        java.util.function.Function<dev.clustergov.core.organization.OrganizationId, Optional<String>> names) {
      return new Fulfilling(disclosing, obligation, names.apply(disclosing),
          obligation.flatMap(x -> names.apply(x.organization())));
    }

    /** The obligation by its matter and day; each PO by its name where known (its id stays the JSON's text). */
    List<Evidence> evidence() {
      dev.clustergov.core.organization.OrganizationId of = obligation.orElseThrow().organization();
      return List.of(Evidence.of("obligation", Guard.obligation(obligation.get())),
          Evidence.of("obligationOf", obligationOfName.<Object>map(n -> Evidence.record(of.value(), n)).orElse(of)),
          Evidence.of("disclosingOrganization", disclosingName.<Object>map(n -> Evidence.record(disclosing.value(), n)).orElse(disclosing)));
    }
  }

  /**
   * Art.14: a disclosure is published by a PO that exists — on or after the day it was established,
   * not after today — and an annual report reports on a year that has ended.
   */
  public static final Guard<DisclosureDay> DISCLOSURE_DATE = Guard.of("A14-disclosure-date", List.of(Citation.article(14)),
      Text.of("信息披露的日期不得早于集群发展促进组织组建完成之日和所披露事项发生之日，不得晚于当天；年度报告须在报告年度结束后发布",
          "A disclosure is dated no earlier than the PO's establishment and the day its matter arose, and no later than today; an annual report is published after its year has ended"),
      d -> !d.breaches().isEmpty(),
      DisclosureDay::breaches);

  /**
   * A disclosure published on {@code publishedOn}, seen {@code today}, by a PO established (or recognised) on
   * {@code establishedOn} if it has been; the day its matter arose, for a major matter; the year it reports on, for
   * an annual report.
   */
  public record DisclosureDay(java.time.LocalDate publishedOn, java.time.LocalDate today, Optional<java.time.LocalDate> establishedOn,
      Optional<java.time.LocalDate> matterArisenOn, java.util.OptionalInt year) {
    public DisclosureDay {
      Objects.requireNonNull(publishedOn, "publishedOn");
      Objects.requireNonNull(today, "today");
      Objects.requireNonNull(establishedOn, "establishedOn");
      Objects.requireNonNull(matterArisenOn, "matterArisenOn");
      Objects.requireNonNull(year, "year");
    }

    /** Each way the date is impossible, as evidence. */
    List<Evidence> breaches() {
      List<Evidence> dates = new java.util.ArrayList<>();
      if (publishedOn.isAfter(today)) {
        dates.add(Evidence.of("publishedOnAfterToday", Evidence.said(publishedOn + " > " + today,
            Dates.zh(publishedOn) + "晚于当天（" + Dates.zh(today) + "）", Dates.en(publishedOn) + " is after today (" + Dates.en(today) + ")")));
      }
      establishedOn.filter(publishedOn::isBefore)
          .ifPresent(e -> dates.add(Evidence.of("publishedOnBeforeEstablishment", Evidence.said(publishedOn + " < " + e,
              Dates.zh(publishedOn) + "早于" + Dates.zh(e), Dates.en(publishedOn) + " is before " + Dates.en(e)))));
      matterArisenOn.filter(publishedOn::isBefore)
          .ifPresent(a -> dates.add(Evidence.of("publishedOnBeforeTheMatter", Evidence.said(publishedOn + " < " + a,
              Dates.zh(publishedOn) + "早于" + Dates.zh(a), Dates.en(publishedOn) + " is before " + Dates.en(a)))));
      if (year.isPresent() && year.getAsInt() >= publishedOn.getYear()) {
        dates.add(Evidence.of("yearNotEnded", Evidence.said(year.getAsInt() + " on " + publishedOn,
            Dates.zh(publishedOn) + "发布" + year.getAsInt() + "年度报告", "the annual report for " + year.getAsInt() + " published on " + Dates.en(publishedOn))));
      }
      return dates;
    }
  }

  /**
   * Art.8(2).1: 决策层……负责审议章程修改等重大事项 — the charter and the registered capital change only by a
   * decision of a body of the decision layer (the member congress or its like), never of the council,
   * the secretariat or a body the PO does not have.
   */
  public static final Guard<Decision> DECISION_LAYER_DECIDES = Guard.of("A8.2.1-decision-layer-decides",
      List.of(Citation.point(8, 2, 1)),
      Text.of("决策层是集群发展促进组织的权力机构：章程修改、注册资金变更等重大事项须由决策层的机构决定",
          "The decision layer is the PO's organ of power: amending the charter, changing the registered capital and other major matters are decided by a body of the decision layer"),
      d -> !d.layer().equals(Optional.of(dev.clustergov.core.governance.Layer.DECISION)),
      Decision::evidence);

  /**
   * A matter decided by the body {@code body}, named in the command's field {@code field} (decidedBy, adoptedBy…),
   * whose layer is {@code layer} — none when the PO has no such body.
   */
  public record Decision(String field, dev.clustergov.core.governance.BodyId body,
      Optional<dev.clustergov.core.governance.Layer> layer) {
    public Decision {
      Objects.requireNonNull(field, "field");
      Objects.requireNonNull(body, "body");
      Objects.requireNonNull(layer, "layer");
    }

    /** The decision taken by {@code body} of {@code governance}, named in {@code field}. */
    public static Decision by(String field, dev.clustergov.core.governance.BodyId body,
        dev.clustergov.core.governance.Governance governance) {
      return new Decision(field, body, governance.body(body).map(dev.clustergov.core.governance.Body::layer));
    }

    List<Evidence> evidence() {
      return List.of(Evidence.of(field, body.value()), Evidence.of("layer", layer));
    }
  }

  /**
   * Art.8(2).1 and 8(2).3: major matters — such as a new legal representative — are decided by a body of
   * the decision layer, or of the management layer within its powers; no other body may decide them.
   */
  public static final Guard<Decision> MAJOR_MATTER_DECISION = Guard.of("A8-major-matter-decision",
      List.of(Citation.point(8, 2, 1), Citation.point(8, 2, 3)),
      Text.of("重大事项由决策层决定，决策层职权以外的重大事项由管理层决定：作出决定的须是该集群发展促进组织决策层或管理层的机构",
          "Major matters are decided by the decision layer, or by the management layer outside the decision layer's powers: the deciding body must be one of the PO's decision or management bodies"),
      d -> d.layer().filter(l -> l == dev.clustergov.core.governance.Layer.DECISION
          || l == dev.clustergov.core.governance.Layer.MANAGEMENT).isEmpty(),
      Decision::evidence);

  /**
   * Art.6 and Art.26 (谁主管、谁负责): an authority acts on the POs it supervises, in its own name; Art.8(2):
   * a PO acts through its own bodies, so a secretariat or member acts only in its own PO; an evaluator and
   * the public act for no PO.
   */
  public static final Guard<Acts> ACTOR_STANDING = Guard.of("A26-actor-standing",
      List.of(Citation.article(26), Citation.article(6), Citation.item(8, 2)),
      Text.of(dev.clustergov.core.guideline.Guideline.principleZh() + "：工业和信息化主管部门以本部门名义办理其主管的集群发展促进组织的事务；秘书处和成员单位只能办理所在集群发展促进组织的事务；第三方评价机构和公众不能办理集群发展促进组织的事务",
          dev.clustergov.core.guideline.Guideline.principleEn() + ": an authority acts in its own name on the POs it supervises; a secretariat or a member unit acts only in its own PO; a third-party evaluator or the public acts for no PO"),
      Acts::broken, Acts::evidence);

  /** What an actor does that needs standing: acting on a PO ({@link Standing}) or in an authority's name ({@link InOwnName}). */
  public sealed interface Acts permits Standing, InOwnName {
    boolean broken();

    List<Evidence> evidence();
  }

  /**
   * A command that names {@code named} as the authority acting, sent by {@code actor}, which is the authority
   * {@code authority} if it is one: an authority acts in its own name only (Art.26); others are not asked here.
   */
  public record InOwnName(String actor, Optional<dev.clustergov.core.supervision.AuthorityId> authority,
      dev.clustergov.core.supervision.AuthorityId named, Names names) implements Acts {
    public InOwnName {
      Objects.requireNonNull(actor, "actor");
      Objects.requireNonNull(authority, "authority");
      Objects.requireNonNull(named, "named");
      Objects.requireNonNull(names, "names");
    }

    /** The command and its actor, the authorities known by their ids only. */
    public InOwnName(String actor, Optional<dev.clustergov.core.supervision.AuthorityId> authority,
        dev.clustergov.core.supervision.AuthorityId named) {
      this(actor, authority, named, Names.NONE);
    }

    @Override
    public boolean broken() {
      return authority.map(a -> !a.equals(named)).orElse(false);
    }

    @Override
    public List<Evidence> evidence() {
      return List.of(Evidence.of("actor", names.actor(actor)), Evidence.of("namedAuthority", Guard.authority(named, names.authority(named))));
    }
  }

  /**
   * Who acts on a PO: the actor's label; whether it is the host system acting in its own right; the
   * authority it is, if it is one; the PO whose secretariat or member it is, if any; whether the command
   * admits this actor besides (an evaluator recording its evaluation); and the PO with its supervising
   * authority.
   */
  public record Standing(String actor, boolean host, Optional<dev.clustergov.core.supervision.AuthorityId> authority,
      Optional<dev.clustergov.core.organization.OrganizationId> ownOrganization, boolean admitted,
      dev.clustergov.core.organization.OrganizationId organization, dev.clustergov.core.supervision.AuthorityId supervising,
      Optional<String> organizationName, Names names) implements Acts {

    public Standing {
      Objects.requireNonNull(actor, "actor");
      Objects.requireNonNull(organizationName, "organizationName");
      Objects.requireNonNull(names, "names");
    }

    /** Who acts on a PO, the PO and the authorities known by their ids only. */
    public Standing(String actor, boolean host, Optional<dev.clustergov.core.supervision.AuthorityId> authority,
        Optional<dev.clustergov.core.organization.OrganizationId> ownOrganization, boolean admitted,
        dev.clustergov.core.organization.OrganizationId organization, dev.clustergov.core.supervision.AuthorityId supervising) {
      this(actor, host, authority, ownOrganization, admitted, organization, supervising, Optional.empty(), Names.NONE);
    }

    @Override
    public boolean broken() {
      return !(host || authority.map(a -> a.equals(supervising)).orElse(false)
          || ownOrganization.map(o -> o.equals(organization)).orElse(false) || admitted);
    }

    @Override
    public List<Evidence> evidence() {
      return List.of(Evidence.of("actor", names.actor(actor)),
          Evidence.of("organization", organizationName.<Object>map(n -> Evidence.record(organization.value(), n)).orElse(organization)),
          Evidence.of("supervisingAuthority", Guard.authority(supervising, names.authority(supervising))));
    }
  }

  /**
   * The names a standing check knows (issue 20, decision 0600): the acting party's as a person reads it (an authority's
   * name, a member unit's), and the authorities' from the registry — so that no id stands inside Chinese evidence.
   */
  public record Names(Optional<String> actorName,
      java.util.function.Function<dev.clustergov.core.supervision.AuthorityId, Optional<String>> authorities) {
    /** No names known: the actor by what it is, an authority as one not entered in the system. */
    public static final Names NONE = new Names(Optional.empty(), id -> Optional.empty());

    public Names {
      Objects.requireNonNull(actorName, "actorName");
      Objects.requireNonNull(authorities, "authorities");
    }

    Optional<String> authority(dev.clustergov.core.supervision.AuthorityId id) {
      return authorities.apply(id);
    }

    /** The actor's label ({@code authority:authority-1}) for the JSON; in words, what it is, and its name where known. */
    Object actor(String label) {
      return actorName.<Object>map(n -> {
        Text kind = Evidence.of("actor", label.replaceFirst(":.*", "")).words();
        return new Evidence.Said(label, Text.of(kind.zh() + "“" + n + "”", kind.en() + " “" + n + "”"));
      }).orElse(label);
    }
  }

  /**
   * Art.6: the PO takes guidance from the authority of where its cluster is, and that authority recognises
   * and supervises it — an amendment of the founding application keeps the cluster and the supervising
   * authority the PO was proposed with; it cannot hand the PO to another authority or cluster.
   */
  public static final Guard<Amendment> APPLICATION_KEEPS_SUPERVISION = Guard.of("A6-application-keeps-supervision",
      List.of(Citation.article(6)),
      Text.of("集群发展促进组织接受所在地工业和信息化主管部门的业务指导：修改组建申请不得变更其所服务集群和主管部门",
          "A PO takes guidance from the local industry and information technology authority: amending the founding application cannot change its cluster or its supervising authority"),
      a -> !a.amendedCluster().equals(a.cluster()) || !a.amendedAuthority().equals(a.supervising()),
      a -> List.of(Evidence.of("cluster", a.cluster(a.cluster())), Evidence.of("amendedCluster", a.cluster(a.amendedCluster())),
          Evidence.of("supervisingAuthority", authority(a.supervising(), a.authorityNames().apply(a.supervising()))),
          Evidence.of("amendedAuthority", authority(a.amendedAuthority(), a.authorityNames().apply(a.amendedAuthority())))));

  /**
   * The cluster and supervising authority a PO was proposed with, and those its amended application names; the names
   * the registry gives them, which the evidence says instead of their ids (decision 0600).
   */
  public record Amendment(dev.clustergov.core.cluster.ClusterId cluster, dev.clustergov.core.cluster.ClusterId amendedCluster,
      dev.clustergov.core.supervision.AuthorityId supervising, dev.clustergov.core.supervision.AuthorityId amendedAuthority,
      java.util.function.Function<dev.clustergov.core.cluster.ClusterId, Optional<String>> clusterNames,
      java.util.function.Function<dev.clustergov.core.supervision.AuthorityId, Optional<String>> authorityNames) {
    public Amendment {
      Objects.requireNonNull(cluster, "cluster");
      Objects.requireNonNull(amendedCluster, "amendedCluster");
      Objects.requireNonNull(supervising, "supervising");
      Objects.requireNonNull(amendedAuthority, "amendedAuthority");
      Objects.requireNonNull(clusterNames, "clusterNames");
      Objects.requireNonNull(authorityNames, "authorityNames");
    }

    /** The amendment, the clusters and authorities known by their ids only. */
    public Amendment(dev.clustergov.core.cluster.ClusterId cluster, dev.clustergov.core.cluster.ClusterId amendedCluster,
        dev.clustergov.core.supervision.AuthorityId supervising, dev.clustergov.core.supervision.AuthorityId amendedAuthority) {
      this(cluster, amendedCluster, supervising, amendedAuthority, id -> Optional.empty(), id -> Optional.empty());
    }

    /** A cluster by its name where the registry knows it, as one not entered in the system otherwise; its id for the JSON. */
    Evidence.Said cluster(dev.clustergov.core.cluster.ClusterId id) {
      return clusterNames.apply(id).map(n -> Evidence.record(id.value(), n))
          .orElseGet(() -> new Evidence.Said(id.value(), Text.of("未录入本系统的集群", "a cluster not entered in the system")));
    }
  }

  /** Art.16: each party agrees to the IP agreement for itself; no one signs in another party's name. */
  public static final Guard<SigningFor> SIGNS_FOR_ITSELF = Guard.of("A16-signs-for-itself", List.of(Citation.article(16)),
      Text.of("知识产权管理协议由各方分别签署：政府方由工业和信息化主管部门签署，集群发展促进组织方由其秘书处签署，合作共建单位等其他方由其本身签署，任何一方不得代替他方签署",
          "Each party signs the IP agreement for itself: the government party through the supervising authority, the PO through its secretariat, a partner or other party by itself; no one signs for another party"),
      s -> !(s.kind() == ActorKind.HOST
          || s.kind() == ActorKind.SECRETARIAT && s.partyKind().equals(Optional.of(dev.clustergov.core.ip.PartyKind.PROMOTION_ORGANIZATION))
          || s.kind() == ActorKind.AUTHORITY && s.partyKind().equals(Optional.of(dev.clustergov.core.ip.PartyKind.GOVERNMENT))
          || s.kind() == ActorKind.MEMBER && s.actorNames().contains(s.party())
              && s.partyKind().map(k -> k == dev.clustergov.core.ip.PartyKind.PARTNER || k == dev.clustergov.core.ip.PartyKind.OTHER)
                  .orElse(false)),
      s -> List.of(Evidence.of("actor", s.actor()), Evidence.of("party", s.party()),
          Evidence.of("partyKind", s.partyKind())));

  /**
   * What kind of party acts, as far as acting for oneself goes (Art.15, 16): the host system (which vouches for
   * the party itself), an authority, a PO's secretariat, a member unit, or anyone else.
   */
  public enum ActorKind { HOST, AUTHORITY, SECRETARIAT, MEMBER, OTHER }

  /**
   * The actor (its label, its kind and, for a member unit, the names it goes by) signing as {@code party}, of the
   * kind the agreement gives that party, if the agreement names it.
   */
  public record SigningFor(String actor, ActorKind kind, java.util.Set<String> actorNames, String party,
      Optional<dev.clustergov.core.ip.PartyKind> partyKind) {
    public SigningFor {
      Objects.requireNonNull(actor, "actor");
      Objects.requireNonNull(kind, "kind");
      actorNames = java.util.Set.copyOf(actorNames);
      Objects.requireNonNull(party, "party");
      Objects.requireNonNull(partyKind, "partyKind");
    }
  }

  /**
   * Art.15: an internal dispute is raised by whom it concerns — a member in its own name as one of the
   * parties it names, a governance body through the PO's secretariat — never in another's name.
   */
  public static final Guard<RaisingAs> RAISED_BY_ITSELF = Guard.of("A15-raised-by-itself", List.of(Citation.article(15)),
      Text.of("内部矛盾由当事方提出：成员单位以本单位名义、作为所列当事方之一提出，组织机构通过所在集群发展促进组织的秘书处提出，不得以他人名义提出",
          "An internal dispute is raised by those it concerns: a member unit in its own name as one of the parties it names, a governance body through the PO's secretariat; never in another's name"),
      r -> !(r.kind() == ActorKind.HOST
          || r.kind() == ActorKind.MEMBER && r.actorNames().contains(r.raisedBy()) && r.capacity() == dev.clustergov.core.dispute.Capacity.MEMBER
              && r.parties().contains(r.raisedBy())
          || r.kind() == ActorKind.SECRETARIAT && r.capacity() == dev.clustergov.core.dispute.Capacity.GOVERNANCE_BODY),
      r -> List.of(Evidence.of("actor", r.actor()), Evidence.of("raisedBy", r.raisedBy()), Evidence.of("capacity", r.capacity()),
          Evidence.of("parties", r.parties())));

  /**
   * The actor (its label, its kind and, for a member unit, the names it goes by) raising a dispute as {@code raisedBy}
   * in {@code capacity} between {@code parties}.
   */
  public record RaisingAs(String actor, ActorKind kind, java.util.Set<String> actorNames, String raisedBy,
      dev.clustergov.core.dispute.Capacity capacity, List<String> parties) {
    public RaisingAs {
      Objects.requireNonNull(actor, "actor");
      Objects.requireNonNull(kind, "kind");
      actorNames = java.util.Set.copyOf(actorNames);
      Objects.requireNonNull(raisedBy, "raisedBy");
      Objects.requireNonNull(capacity, "capacity");
      parties = List.copyOf(parties);
    }
  }

  /**
   * Art.2: a PO is a third-party legal person, and a legal person has one unified social credit code — no
   * two POs of the registry hold the same code.
   */
  public static final Guard<CreditCodeFiling> ONE_CREDIT_CODE = Guard.of("A2-one-credit-code", List.of(Citation.article(2)),
      Text.of("集群发展促进组织是第三方法人组织：一个统一社会信用代码只对应一个集群发展促进组织",
          "A PO is a third-party legal person: one unified social credit code belongs to one PO only"),
      f -> !f.others().isEmpty(),
      f -> List.of(Evidence.of("creditCode", f.code().value()),
          Evidence.of("heldBy", f.others().stream().map(dev.clustergov.core.organization.OrganizationId::value).toList())));

  /** The PO {@code filing} holding the credit code {@code code}, and the POs of the registry that hold it. */
  public record CreditCodeFiling(dev.clustergov.core.organization.OrganizationId filing,
      dev.clustergov.core.organization.CreditCode code, List<dev.clustergov.core.organization.OrganizationId> holders) {
    public CreditCodeFiling {
      Objects.requireNonNull(filing, "filing");
      Objects.requireNonNull(code, "code");
      holders = List.copyOf(holders);
    }

    /** The holders other than the PO filing, in their order. */
    public List<dev.clustergov.core.organization.OrganizationId> others() {
      return holders.stream().filter(h -> !h.equals(filing)).toList();
    }
  }

  /**
   * Art.7(2): a standard name — two live POs of one cluster (proposed, established, recognised or
   * suspended) cannot share a name; the same founding application sent twice founds one PO.
   */
  public static final Guard<Naming> NAME_UNIQUE_IN_CLUSTER = Guard.of("A7.2-name-unique-in-cluster", List.of(Citation.item(7, 2)),
      Text.of("集群发展促进组织须有规范的名称：同一集群内不得有两个同名的在册集群发展促进组织，同一组建申请不得重复提交",
          "A PO has a standard name: two live POs on the register of one cluster cannot share a name, and one founding application is not filed twice"),
      n -> !n.sameName().isEmpty(),
      n -> List.of(Evidence.of("name", n.name()), Evidence.of("cluster", n.cluster()),
          Evidence.of("registeredAs", n.sameName().stream().map(dev.clustergov.core.organization.OrganizationId::value).toList())));

  /**
   * The PO {@code filing} under {@code name} in {@code cluster}, and the POs of that cluster on the register: their
   * ids, names and stages.
   */
  public record Naming(dev.clustergov.core.organization.OrganizationId filing, String name,
      dev.clustergov.core.cluster.ClusterId cluster, List<Named> registered) {
    public Naming {
      Objects.requireNonNull(filing, "filing");
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(cluster, "cluster");
      registered = List.copyOf(registered);
    }

    /** The other live POs (neither revoked nor dissolved) named as {@code name}, blanks around either aside. */
    public List<dev.clustergov.core.organization.OrganizationId> sameName() {
      return registered.stream().filter(r -> !r.id().equals(filing) && !r.stage().isFinal() && r.name().strip().equals(name.strip()))
          .map(Named::id).toList();
    }
  }

  /** A PO of the register as a name check sees it. */
  public record Named(dev.clustergov.core.organization.OrganizationId id, String name,
      dev.clustergov.core.organization.LifecycleStage stage) {
    public Named {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(stage, "stage");
    }
  }

  /** What A6's one-authority guard names: the authority already entered for the jurisdiction. */
  static final Text ENTERED_FOR_THE_JURISDICTION = Text.of("该辖区已录入的主管部门", "authority already entered for the jurisdiction");

  /** Art.6: one industry and information technology department of a place (所在地主管部门) — one authority per jurisdiction. */
  public static final Guard<AuthorityEntry> ONE_AUTHORITY_PER_JURISDICTION = Guard.of("A6-one-authority-per-jurisdiction",
      List.of(Citation.article(6)),
      Text.of("集群发展促进组织接受所在地工业和信息化主管部门的业务指导：每个行政区域只录入一个主管部门",
          "A PO takes guidance from the local industry and information technology authority: one authority is entered for each jurisdiction"),
      e -> !e.registeredAs().isEmpty(),
      // review stop 28 PR5: not 已录入的同一记录 (another request meets an authority already entered), and a department by its
      // name, unquoted — 该辖区已录入的主管部门：苏州市工业和信息化局; the JSON keeps the key and the ids
      e -> List.of(Evidence.of("jurisdiction", e.jurisdiction()),
          Evidence.labelled("registeredAs", ENTERED_FOR_THE_JURISDICTION, e.registeredAs().stream()
              .map(id -> e.names().apply(id).map(n -> new Evidence.Said(id.value(), Text.of(n, n)))
                  .orElseGet(() -> new Evidence.Said(id.value(), UNKNOWN_AUTHORITY)))
              .toList())));

  /** An authority entered for {@code jurisdiction}, and the authorities already entered for it. */
  public record AuthorityEntry(dev.clustergov.core.kernel.RegionCode jurisdiction,
      List<dev.clustergov.core.supervision.AuthorityId> registeredAs,
      java.util.function.Function<dev.clustergov.core.supervision.AuthorityId, Optional<String>> names) {
    public AuthorityEntry {
      Objects.requireNonNull(jurisdiction, "jurisdiction");
      registeredAs = List.copyOf(registeredAs);
      Objects.requireNonNull(names, "names");
    }

    /** The entry, the authorities already entered known by their ids only. */
    public AuthorityEntry(dev.clustergov.core.kernel.RegionCode jurisdiction, List<dev.clustergov.core.supervision.AuthorityId> registeredAs) {
      this(jurisdiction, registeredAs, id -> Optional.empty());
    }
  }

  /**
   * A major matter's disclosure period runs from the day it was decided, not the day it was entered
   * (decision 0351); that day is a fact, so it lies between the PO's proposal and today.
   */
  public static final Guard<Decided> DECISION_DATE = Guard.of("A14-decision-date", List.of(Citation.article(14)),
      Text.of("重大事项的决定日期是披露期限的起算日：不得晚于当天，不得早于集群发展促进组织筹建之日",
          "The day a major matter was decided starts its disclosure period: it may be neither after today nor before the PO was proposed"),
      d -> d.decidedOn().isAfter(d.today()) || d.decidedOn().isBefore(d.proposedOn()),
      d -> List.of(Evidence.of("decidedOn", d.decidedOn()), Evidence.of("today", d.today()),
          Evidence.of("organizationProposedOn", d.proposedOn())));

  /** A major matter decided on {@code decidedOn}, entered {@code today}, of a PO proposed on {@code proposedOn}. */
  public record Decided(java.time.LocalDate decidedOn, java.time.LocalDate today, java.time.LocalDate proposedOn) {
    public Decided {
      Objects.requireNonNull(decidedOn, "decidedOn");
      Objects.requireNonNull(today, "today");
      Objects.requireNonNull(proposedOn, "proposedOn");
    }
  }

  public static final List<Guard<?>> ALL = List.of(ACTOR_STANDING, APPLICATION_KEEPS_SUPERVISION, SIGNS_FOR_ITSELF,
      RAISED_BY_ITSELF, ONE_CREDIT_CODE, NAME_UNIQUE_IN_CLUSTER, ONE_AUTHORITY_PER_JURISDICTION,
      OWN_AUTHORITY, LIFECYCLE, APPLICATION_OPEN,
      PUBLIC_CHANNEL, OWN_OBLIGATION, DISCLOSURE_DATE, DECISION_DATE, DECISION_LAYER_DECIDES, MAJOR_MATTER_DECISION);
}
