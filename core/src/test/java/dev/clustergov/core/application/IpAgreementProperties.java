package dev.clustergov.core.application;

import dev.clustergov.core.ip.PartyKind;
import dev.clustergov.core.application.management.TermsInput;
import static org.assertj.core.api.Assertions.assertThat;

import dev.clustergov.core.ip.IpAgreement;
import dev.clustergov.core.ip.Revision;
import dev.clustergov.core.rules.Finding;
import dev.clustergov.core.testkit.property.Actions;
import dev.clustergov.core.testkit.property.Gen;
import dev.clustergov.core.testkit.property.Property;
import io.vavr.control.Either;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Benefit shares with exact decimals, and random sequences of drafting, signing and amending IP
 * agreements (Art.16) checked against a model of who still has to sign.
 */
class IpAgreementProperties {

  private static final BigDecimal UNIT = new BigDecimal("0.0001");
  private static final int HUNDRED_UNITS = 1_000_000;

  /** {@code n} positive amounts of 0.0001 summing to exactly 100: cuts of (0, 100) at distinct points. */
  static Gen<List<BigDecimal>> sharesSummingToHundred() {
    return Gen.integers(3, 6).flatMap(n -> Gen.setOf(Gen.integers(1, HUNDRED_UNITS - 1), n - 1, n - 1).map(cuts -> {
      List<Integer> points = new ArrayList<>(new TreeSet<>(cuts));
      points.add(0, 0);
      points.add(HUNDRED_UNITS);
      List<BigDecimal> shares = new ArrayList<>();
      for (int i = 1; i < points.size(); i++) {
        shares.add(UNIT.multiply(BigDecimal.valueOf(points.get(i) - points.get(i - 1))).stripTrailingZeros());
      }
      return shares;
    })).filter(l -> l.size() >= 3);
  }

  /** Three positive shares of at most four decimals whose sum is anything but 100. */
  static Gen<List<BigDecimal>> sharesNotSummingToHundred() {
    return Gen.listOf(Gen.integers(1, 999_9999), 3, 3)
        .filter(l -> l.stream().mapToLong(Integer::longValue).sum() != HUNDRED_UNITS)
        .map(l -> l.stream().map(u -> UNIT.multiply(BigDecimal.valueOf(u))).toList());
  }

  /** Terms for government, the PO, the partner and as many further partners as there are shares beyond three. */
  static TermsInput termsFor(DisputeDesk desk, List<BigDecimal> shares) {
    List<String> names = new ArrayList<>(List.of(DisputeDesk.GOVERNMENT, desk.po.name(), DisputeDesk.PARTNER));
    List<TermsInput.PartyInput> parties = new ArrayList<>(List.of(new TermsInput.PartyInput(DisputeDesk.GOVERNMENT, PartyKind.GOVERNMENT),
        new TermsInput.PartyInput(desk.po.name(), PartyKind.PROMOTION_ORGANIZATION), new TermsInput.PartyInput(DisputeDesk.PARTNER, PartyKind.PARTNER)));
    for (int i = 3; i < shares.size(); i++) {
      names.add("合作单位" + i);
      parties.add(new TermsInput.PartyInput("合作单位" + i, PartyKind.PARTNER));
    }
    Map<String, BigDecimal> m = new LinkedHashMap<>();
    for (int i = 0; i < shares.size(); i++) {
      m.put(names.get(i), shares.get(i));
    }
    TermsInput base = desk.terms();
    return new TermsInput(parties, base.duties(), base.ownership(), base.useRights(), m);
  }

  @Test
  void any_positive_shares_summing_to_exactly_one_hundred_are_accepted_and_kept_exactly() {
    DisputeDesk desk = new DisputeDesk();
    Property.forAll(sharesSummingToHundred()).tries(200).check(shares -> {
      IpAgreement a = SuzhouRegistry.accepted(desk.draft(termsFor(desk, shares)));
      assertThat(a.latest().terms().shareSum()).isEqualByComparingTo(BigDecimal.valueOf(100));
      assertThat(a.latest().terms().shares().values().stream().map(BigDecimal::stripTrailingZeros).sorted().toList())
          .isEqualTo(shares.stream().map(BigDecimal::stripTrailingZeros).sorted().toList());
    });
  }

  @Test
  void any_other_sum_is_refused_with_the_exact_sum_as_evidence_and_nothing_written() {
    DisputeDesk desk = new DisputeDesk();
    Property.forAll(sharesNotSummingToHundred()).tries(200).check(shares -> {
      BigDecimal sum = shares.stream().reduce(BigDecimal.ZERO, BigDecimal::add).setScale(4);
      List<Finding> f = desk.registry.rejected(() -> desk.draft(termsFor(desk, shares)));
      assertThat(f).extracting(Finding::rule).containsExactly("A16-benefit-shares");
      assertThat(f.get(0).evidence().toString()).contains("sum=" + sum.toPlainString());
    });
  }

  // ---- action sequences --------------------------------------------------------------------------

  static final class Lab {
    final DisputeDesk desk = new DisputeDesk();
    final List<IpAgreement> agreements = new ArrayList<>();
    /** Per agreement, the number of the revision in force (0 for none). */
    final List<Integer> inForce = new ArrayList<>();

    boolean any() {
      return !agreements.isEmpty();
    }

    @Override
    public String toString() {
      return "Lab" + inForce;
    }
  }

  enum Variant { THREE, FOUR, BAD_SUM }

  record Signing(int which, int party, int dayShift) {}

  private static TermsInput variant(DisputeDesk desk, Variant v) {
    return switch (v) {
      case THREE -> desk.terms();
      case FOUR -> desk.termsWithSecondPartner();
      case BAD_SUM -> desk.terms(DisputeDesk.shares(DisputeDesk.GOVERNMENT, "20", desk.po.name(), "30", DisputeDesk.PARTNER, "49.9999"));
    };
  }

  @Test
  void no_sequence_of_drafts_signatures_and_amendments_puts_terms_in_force_that_someone_has_not_signed() {
    Actions.forModel(Lab::new)
        .action("draft", s -> s.agreements.size() < 3, Gen.enumValues(Variant.class), (s, v) -> {
          var r = run(s, () -> s.desk.draft(variant(s.desk, v)), v != Variant.BAD_SUM);
          r.peek(a -> {
            s.agreements.add(a);
            s.inForce.add(0);
          });
          return s;
        })
        .action("sign", Lab::any, Gen.combine(Gen.integers(0, 5), Gen.integers(0, 4), Gen.integers(-1, 1), Signing::new), (s, g) -> {
          int i = g.which() % s.agreements.size();
          IpAgreement a = s.agreements.get(i);
          List<String> names = List.of(DisputeDesk.GOVERNMENT, s.desk.po.name(), DisputeDesk.PARTNER, DisputeDesk.SECOND_PARTNER, "某外部公司");
          String party = names.get(g.party());
          var date = s.desk.today().plusDays(g.dayShift());
          boolean expected = a.pending().isPresent() && a.missingSignatures().contains(party)
              && !date.isAfter(s.desk.today()) && !date.isBefore(a.pending().get().proposedOn());
          var r = run(s, () -> s.desk.sign(a, party, date.toString()), expected);
          r.peek(x -> {
            s.agreements.set(i, x);
            if (x.pending().isEmpty()) {
              s.inForce.set(i, x.latest().number());
            }
          });
          return s;
        })
        .action("amend", Lab::any, Gen.combine(Gen.integers(0, 5), Gen.enumValues(Variant.class), (w, v) -> List.of(w, v.ordinal())), (s, wv) -> {
          int i = (Integer) wv.get(0) % s.agreements.size();
          Variant v = Variant.values()[(Integer) wv.get(1)];
          IpAgreement a = s.agreements.get(i);
          var r = run(s, () -> s.desk.amend(a, variant(s.desk, v)), a.pending().isEmpty() && v != Variant.BAD_SUM);
          r.peek(x -> s.agreements.set(i, x));
          return s;
        })
        .action("days pass", s -> true, Gen.integers(1, 10), (s, d) -> {
          s.desk.daysPass(d);
          return s;
        })
        .check(150, 30);
  }

  private static Either<Refusal, IpAgreement> run(Lab s, Supplier<Either<Refusal, IpAgreement>> command, boolean expected) {
    var memory = s.desk.registry.memory;
    var before = memory.snapshot();
    Either<Refusal, IpAgreement> result = command.get();
    assertThat(result.isRight()).as("model expects %s, got %s", expected ? "acceptance" : "refusal", result).isEqualTo(expected);
    if (result.isLeft()) {
      assertThat(memory.snapshot()).as("a refusal changes nothing").isEqualTo(before);
      return result;
    }
    IpAgreement a = memory.ipAgreements().find(result.get().id()).orElseThrow();
    assertThat(a).isEqualTo(result.get());
    a.effective().ifPresent(r -> {
      assertThat(r.signedBy()).as("terms in force are signed by every party they need").containsAll(a.requiredSigners(r));
      assertThat(r.terms().shareSum()).isEqualByComparingTo(BigDecimal.valueOf(100));
    });
    assertThat(a.revisions().stream().filter(r -> !r.signedBy().containsAll(a.requiredSigners(r))).map(Revision::number).toList())
        .as("at most one revision awaits signatures, and it is the last").isSubsetOf(List.of(a.latest().number()));
    int i = s.agreements.stream().map(IpAgreement::id).toList().indexOf(a.id());
    if (i >= 0) {
      int was = s.inForce.get(i);
      assertThat(a.effective().map(Revision::number).orElse(0)).as("the revision in force never goes back").isGreaterThanOrEqualTo(was);
    }
    return result;
  }
}
