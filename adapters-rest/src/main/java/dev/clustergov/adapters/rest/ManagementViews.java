package dev.clustergov.adapters.rest;

import dev.clustergov.adapters.rest.Views.FindingView;
import dev.clustergov.adapters.rest.Views.OrganizationView;
import dev.clustergov.core.disclosure.Disclosure;
import dev.clustergov.core.disclosure.DueDisclosure;
import dev.clustergov.core.dispute.Dispute;
import dev.clustergov.core.dispute.Step;
import dev.clustergov.core.finance.Expenditure;
import dev.clustergov.core.finance.FeeEdition;
import dev.clustergov.core.finance.FeeItem;
import dev.clustergov.core.finance.FeeSchedule;
import dev.clustergov.core.finance.IncomeEntry;
import dev.clustergov.core.finance.Price;
import dev.clustergov.core.ip.IpAgreement;
import dev.clustergov.core.ip.Revision;
import dev.clustergov.core.ip.Terms;
import dev.clustergov.core.kernel.Language;
import dev.clustergov.core.rules.Finding;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What the management routes write (管理事项的响应表示, Chapter 3, Art.9–16): ledger entries, fee
 * schedules, disclosures and what is owed, disputes and IP agreements. Amounts are exact yuan.
 */
final class ManagementViews {
  private ManagementViews() {}

  static List<FindingView> findings(List<Finding> fs, Language lang) {
    return fs.stream().map(f -> FindingView.of(f, lang)).toList();
  }

  /** A hire (Art.13): the PO with its new staff member and what Art.13 says about the hire. */
  record HiredView(OrganizationView organization, List<FindingView> findings) {}

  record IncomeView(String id, String kind, BigDecimal amount, LocalDate receivedOn, String payer, @Schema.Nullable String schedule,
      @Schema.Nullable Integer edition, @Schema.Nullable String item, @Schema.Nullable String tier, LocalDate recordedOn) {
    static IncomeView of(IncomeEntry e) {
      var b = e.basis();
      return new IncomeView(e.id().value(), e.kind().name(), e.amount().yuan(), e.receivedOn(), e.payer(),
          b.map(x -> x.schedule().value()).orElse(null), b.map(x -> x.edition()).orElse(null), b.map(x -> x.item()).orElse(null),
          b.flatMap(x -> x.tier()).orElse(null), e.recordedOn());
    }
  }

  record IncomeList(List<IncomeView> items) {}

  record ExpenditureView(String id, BigDecimal amount, LocalDate paidOn, String payee, @Schema.Nullable String payeeReference, String relation,
      String declaredRelation, boolean payeeOnStaff, String purpose, boolean payroll, boolean feeFunded, @Schema.Nullable String scopeItem,
      LocalDate recordedOn) {
    static ExpenditureView of(Expenditure e) {
      return new ExpenditureView(e.id().value(), e.amount().yuan(), e.paidOn(), e.payee(), e.payeeReference().orElse(null),
          e.relation().name(), e.declaredRelation().name(), e.payeeOnStaff(), e.purpose(), e.payroll(), e.feeFunded(),
          e.scopeItem().orElse(null), e.recordedOn());
    }
  }

  /** An expenditure as recorded (it happened) and the findings of Art.10 and Art.11 about it. */
  record RecordedView(ExpenditureView expenditure, List<FindingView> findings) {}

  record ExpenditureList(List<ExpenditureView> items) {}

  record TierView(String label, BigDecimal amount) {}

  /**
   * A code of the JSON with its words (代码及其中英文名称), as {@code stage} carries them: the code field beside it keeps its
   * meaning, this is added so that a reader of the JSON need not look the code up (review stop 27, item 15).
   */
  record CodeLabel(String code, String zh, String en) {
    static CodeLabel of(String code, dev.clustergov.core.kernel.Text words) {
      return code == null ? null : new CodeLabel(code, words.zh(), words.en());
    }

    /** An enum constant with its {@code Labelled} words. */
    static CodeLabel of(Enum<?> e) {
      return e == null ? null : of(e.name(), dev.clustergov.core.kernel.Labelled.of(e).orElse(dev.clustergov.core.kernel.Text.of(e.name(), e.name())));
    }
  }

  /** How a fee item is priced, in words: 定额 (one amount), 区间 (from … to), 分档 (an amount a tier). */
  static CodeLabel pricingWords(String code) {
    return switch (code) {
      case "FIXED" -> CodeLabel.of(code, dev.clustergov.core.kernel.Text.of("定额", "fixed amount"));
      case "RANGE" -> CodeLabel.of(code, dev.clustergov.core.kernel.Text.of("区间", "range"));
      default -> CodeLabel.of(code, dev.clustergov.core.kernel.Text.of("分档", "tiered"));
    };
  }

  record FeeItemView(String code, String name, String pricing, CodeLabel pricingLabel, @Schema.Nullable BigDecimal amount, @Schema.Nullable BigDecimal min, @Schema.Nullable BigDecimal max, @Schema.Nullable List<TierView> tiers) {
    static FeeItemView of(FeeItem i) {
      Price p = i.price();
      if (p instanceof Price.Fixed f) {
        return new FeeItemView(i.code(), i.name(), "FIXED", ManagementViews.pricingWords("FIXED"), f.amount().yuan(), null, null, null);
      }
      if (p instanceof Price.Range r) {
        return new FeeItemView(i.code(), i.name(), "RANGE", ManagementViews.pricingWords("RANGE"), null, r.min().yuan(), r.max().yuan(), null);
      }
      Price.Tiered t = (Price.Tiered) p;
      return new FeeItemView(i.code(), i.name(), "TIERED", ManagementViews.pricingWords("TIERED"), null, null, null,
          t.tiers().stream().map(x -> new TierView(x.label(), x.amount().yuan())).toList());
    }
  }

  record FeeEditionView(int number, LocalDate publishedOn, String channel, LocalDate recordedOn, List<FeeItemView> items) {
    static FeeEditionView of(FeeEdition e) {
      return new FeeEditionView(e.number(), e.publishedOn(), e.channel(), e.recordedOn(), e.items().stream().map(FeeItemView::of).toList());
    }
  }

  record FeeScheduleView(String id, long version, String kind, String title, List<FeeEditionView> editions) {
    static FeeScheduleView of(FeeSchedule s) {
      return new FeeScheduleView(s.id().value(), s.version(), s.kind().name(), s.title(),
          s.editions().stream().map(FeeEditionView::of).toList());
    }
  }

  record FeeScheduleList(List<FeeScheduleView> items) {}

  record DisclosureView(String id, String kind, @Schema.Nullable Integer year, @Schema.Nullable String obligation, LocalDate publishedOn, String channelKind,
      String channelReference, String title) {
    static DisclosureView of(Disclosure d) {
      return new DisclosureView(d.id().value(), d.kind().name(), d.year().isPresent() ? d.year().getAsInt() : null,
          d.obligation().map(o -> o.value()).orElse(null), d.publishedOn(), d.channel().kind().name(), d.channel().reference(), d.title());
    }
  }

  record DisclosureList(List<DisclosureView> items) {}

  record DueDisclosureView(String organization, String kind, String subject, String matter, LocalDate arisenOn, LocalDate dueOn,
      String status, long daysOverdue) {
    static DueDisclosureView of(DueDisclosure d) {
      return new DueDisclosureView(d.organization().value(), d.kind().name(), d.subject(), d.matter(), d.arisenOn(), d.dueOn(),
          d.status().name(), d.daysOverdue());
    }
  }

  /** What is due or overdue on a day (Art.14), oldest due first. */
  record DueDisclosureList(LocalDate on, List<DueDisclosureView> items) {}

  record StepView(String kind, LocalDate on, String actor, String capacity, @Schema.Nullable String route, @Schema.Nullable String note) {
    static StepView of(Step s) {
      return new StepView(s.kind().name(), s.on(), s.actor(), s.capacity().name(), s.route().map(Enum::name).orElse(null), s.note().orElse(null));
    }
  }

  record DisputeView(String id, long version, String subject, List<String> parties, String state, List<StepView> steps) {
    static DisputeView of(Dispute d) {
      return new DisputeView(d.id().value(), d.version(), d.subject(), List.copyOf(d.parties()), d.state().name(),
          d.steps().stream().map(StepView::of).toList());
    }
  }

  record DisputeList(List<DisputeView> items) {}

  record PartyView(String name, String kind) {}

  record OwnershipView(String results, List<String> owners) {}

  record UseRightView(String holder, String scope) {}

  /** The terms in the shape a draft or an amendment sends them. */
  record TermsView(List<PartyView> parties, SortedMap<String, List<String>> duties, List<OwnershipView> ownership,
      List<UseRightView> useRights, SortedMap<String, BigDecimal> shares) {
    static TermsView of(Terms t) {
      SortedMap<String, List<String>> duties = new TreeMap<>();
      t.duties().forEach((k, v) -> duties.put(k.name(), List.copyOf(v)));
      return new TermsView(t.parties().stream().map(p -> new PartyView(p.name(), p.kind().name())).toList(), duties,
          t.ownership().stream().map(o -> new OwnershipView(o.results(), List.copyOf(o.owners()))).toList(),
          t.useRights().stream().map(u -> new UseRightView(u.holder(), u.scope())).toList(), new TreeMap<>(t.shares()));
    }
  }

  record SignatureView(String party, String signatory, LocalDate on) {}

  /** One revision of the terms: {@code inForceOn} the day of the last signature it needed (null while it awaits one). */
  record RevisionView(int number, LocalDate proposedOn, @Schema.Nullable LocalDate inForceOn, TermsView terms, List<SignatureView> signatures) {
    static RevisionView of(IpAgreement a, Revision r) {
      return new RevisionView(r.number(), r.proposedOn(), a.inForceOn(r).orElse(null), TermsView.of(r.terms()),
          r.signatures().stream().map(s -> new SignatureView(s.party(), s.signatory(), s.on())).toList());
    }
  }

  /**
   * An IP agreement (Art.16): {@code effectiveRevision} is the last revision every party signed (null
   * while none is), {@code inForceSince} the day the agreement came into force — its first revision's last signature,
   * the day from which the rules count it (decision 0609) — and {@code missingSignatures} who must still sign the
   * pending one.
   */
  record IpAgreementView(String id, long version, String title, @Schema.Nullable Integer effectiveRevision,
      @Schema.Nullable LocalDate inForceSince, @Schema.Nullable Integer pendingRevision, List<String> missingSignatures,
      List<RevisionView> revisions) {
    static IpAgreementView of(IpAgreement a) {
      return new IpAgreementView(a.id().value(), a.version(), a.title(), a.effective().map(Revision::number).orElse(null),
          a.inForceSince().orElse(null), a.pending().map(Revision::number).orElse(null), List.copyOf(a.missingSignatures()),
          a.revisions().stream().map(r -> RevisionView.of(a, r)).toList());
    }
  }

  record IpAgreementList(List<IpAgreementView> items) {}

  // --- the public (Art.11, Art.14): what was published, never the ledger ------------------------------------------

  /** A disclosure as the public sees it: its subject is the report's year or the major matter. */
  /**
   * A disclosure as the public sees it: {@code kind}, {@code subject} and {@code channel} are the codes (a year for an annual
   * report, a major matter's key), each {@code …Label} the same with its words (review stop 27, item 15).
   */
  record PublicDisclosureView(String kind, CodeLabel kindLabel, @Schema.Nullable String subject, @Schema.Nullable CodeLabel subjectLabel,
      LocalDate publishedOn, String channel, CodeLabel channelLabel, @Schema.Nullable String channelReference, String title) {}

  /** A fee schedule's edition in force, as published. */
  record PublicFeeScheduleView(String kind, CodeLabel kindLabel, String title, int edition, LocalDate publishedOn, String channel, List<FeeItemView> items) {
    static PublicFeeScheduleView of(FeeSchedule s) {
      FeeEdition e = s.latest();
      return new PublicFeeScheduleView(s.kind().name(), CodeLabel.of(s.kind()), s.title(), e.number(), e.publishedOn(), e.channel(),
          e.items().stream().map(FeeItemView::of).toList());
    }
  }
}
