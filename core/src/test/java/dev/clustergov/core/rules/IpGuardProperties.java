package dev.clustergov.core.rules;

import static dev.clustergov.core.rules.GuardOracles.agrees;
import static dev.clustergov.core.rules.GuardOracles.value;
import static org.assertj.core.api.Assertions.assertThat;

import dev.clustergov.core.ip.IpActivity;
import dev.clustergov.core.ip.IpAgreement;
import dev.clustergov.core.ip.IpAgreementId;
import dev.clustergov.core.ip.Ownership;
import dev.clustergov.core.ip.Party;
import dev.clustergov.core.ip.PartyKind;
import dev.clustergov.core.ip.Revision;
import dev.clustergov.core.ip.Signature;
import dev.clustergov.core.ip.Terms;
import dev.clustergov.core.ip.UseRight;
import dev.clustergov.core.organization.OrganizationId;
import dev.clustergov.core.testkit.property.Gen;
import dev.clustergov.core.testkit.property.Property;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Art.16's guards ("共建共享"的知识产权管理协议) over generated terms, agreements and signers, each against an
 * oracle read from the clause: who the parties are; duties in creation, protection and utilisation; ownership; use;
 * benefit shares summing to exactly 100 %; every party signing once, for itself; one amendment at a time.
 */
class IpGuardProperties {

  static final String PO = "苏州市纳米新材料产业集群促进会";
  static final List<String> POOL = List.of("苏州市生物医药产业园管理委员会", PO, "苏州澄远理工学院", "苏州纳衡科技有限公司", "苏州市澄湖纳米产业协会");
  static final String STRANGER = "不相干公司";
  static final Gen<String> NAMES = Gen.elements(POOL.toArray(String[]::new));
  static final Gen<String> ANY_NAME = Gen.frequency(5, NAMES, 1, Gen.constant(STRANGER));

  static final Gen<List<Party>> PARTIES = Gen.listOf(Gen.zip(NAMES, Gen.enumValues(PartyKind.class)), 0, 5).map(list -> {
    Map<String, PartyKind> byName = new LinkedHashMap<>();
    list.forEach(t -> byName.putIfAbsent(t._1, t._2));
    List<Party> parties = new ArrayList<>();
    byName.forEach((n, k) -> parties.add(new Party(n, k)));
    return parties;
  });

  static final Gen<Map<IpActivity, SortedSet<String>>> DUTIES = Gen.listOf(Gen.zip(Gen.enumValues(IpActivity.class),
      Gen.setOf(ANY_NAME, 0, 2)), 0, 4).map(list -> {
        Map<IpActivity, SortedSet<String>> duties = new EnumMap<>(IpActivity.class);
        list.forEach(t -> duties.put(t._1, new TreeSet<>(t._2)));
        return duties;
      });

  static final Gen<List<Ownership>> OWNERSHIP = Gen.listOf(Gen.setOf(ANY_NAME, 0, 2).map(s -> new Ownership("发明专利", new TreeSet<>(s))), 0, 2);
  static final Gen<List<UseRight>> USE_RIGHTS = Gen.listOf(ANY_NAME.map(h -> new UseRight(h, "推广使用")), 0, 2);
  static final Gen<BigDecimal> SHARE = Gen.elements(new BigDecimal("0"), new BigDecimal("-5"), new BigDecimal("20"), new BigDecimal("30"),
      new BigDecimal("50"), new BigDecimal("33.3333"), new BigDecimal("33.3334"), new BigDecimal("100"));
  static final Gen<TreeMap<String, BigDecimal>> SHARES = Gen.listOf(Gen.zip(ANY_NAME, SHARE), 0, 4).map(list -> {
    TreeMap<String, BigDecimal> shares = new TreeMap<>();
    list.forEach(t -> shares.putIfAbsent(t._1, t._2));
    return shares;
  });

  static final Gen<Terms> TERMS = Gen.combine(Gen.zip(PARTIES, DUTIES), OWNERSHIP, USE_RIGHTS, SHARES,
      (pd, ownership, useRights, shares) -> new Terms(pd._1, pd._2, ownership, useRights, shares));

  static Set<String> partyNames(Terms t) {
    Set<String> names = new HashSet<>();
    t.parties().forEach(p -> names.add(p.name()));
    return names;
  }

  static List<String> ofKind(Terms t, PartyKind kind) {
    return t.parties().stream().filter(p -> p.kind() == kind).map(Party::name).toList();
  }

  @Test
  void the_terms_guards_fire_exactly_when_their_part_of_the_clause_is_unmet() {
    Property.forAll(TERMS).named("A16 terms guards both sides").check(t -> {
      IpRules.Drafting d = new IpRules.Drafting(t, PO);
      Set<String> parties = partyNames(t);

      boolean partiesMet = !ofKind(t, PartyKind.GOVERNMENT).isEmpty() && !ofKind(t, PartyKind.PARTNER).isEmpty()
          && ofKind(t, PartyKind.PROMOTION_ORGANIZATION).equals(List.of(PO));
      agrees(IpRules.PARTIES, IpRules.PARTIES.check(d), !partiesMet,
          List.of("government", "promotionOrganization", "expectedPromotionOrganization", "partners"));

      boolean dutiesMet = true;
      for (IpActivity a : IpActivity.values()) {
        Set<String> who = t.duties().getOrDefault(a, new TreeSet<>());
        dutiesMet &= !who.isEmpty() && parties.containsAll(who);
      }
      agrees(IpRules.DUTIES, IpRules.DUTIES.check(d), !dutiesMet, List.of("unassigned", "notParties"));

      boolean ownershipMet = !t.ownership().isEmpty()
          && t.ownership().stream().allMatch(o -> !o.owners().isEmpty() && parties.containsAll(o.owners()));
      agrees(IpRules.OWNERSHIP, IpRules.OWNERSHIP.check(d), !ownershipMet, List.of("clauses", "notParties", "withoutOwner"));

      boolean useMet = !t.useRights().isEmpty() && t.useRights().stream().allMatch(u -> parties.contains(u.holder()));
      agrees(IpRules.USE_RIGHTS, IpRules.USE_RIGHTS.check(d), !useMet, List.of("useRights", "notParties"));

      BigDecimal sum = BigDecimal.ZERO;
      boolean sharesMet = !t.shares().isEmpty();
      for (Map.Entry<String, BigDecimal> e : t.shares().entrySet()) {
        sum = sum.add(e.getValue());
        sharesMet &= e.getValue().signum() > 0 && parties.contains(e.getKey());
      }
      sharesMet &= sum.compareTo(new BigDecimal(100)) == 0;
      var shares = IpRules.BENEFIT_SHARES.check(d);
      agrees(IpRules.BENEFIT_SHARES, shares, !sharesMet, List.of("sum", "required", "notPositive", "notParties"));
      BigDecimal total = sum;
      shares.ifPresent(f -> assertThat(new BigDecimal(value(f, "sum"))).isEqualByComparingTo(total));

      // the terms' findings are these five, in the clause's order
      assertThat(IpRules.checkTerms(t, dev.clustergov.core.organization.PromotionOrganization.builder()
              .from(dev.clustergov.core.testkit.fixtures.Fixtures.compliantOrganization()).name(PO).build()).stream()
          .map(Finding::rule).toList())
          .isEqualTo(IpRules.TERMS.stream().filter(g -> g.check(d).isPresent()).map(Guard::id).toList());
    });
  }

  // ---- signatures: once each, by a party still to sign, dated between the text and today ----------------------

  static final LocalDate DAY = LocalDate.of(2025, 3, 1);
  static final String GOV = POOL.get(0);
  static final String UNI = POOL.get(2);
  static final String FIRM = POOL.get(3);

  static Terms terms(String partner) {
    return new Terms(List.of(new Party(GOV, PartyKind.GOVERNMENT), new Party(PO, PartyKind.PROMOTION_ORGANIZATION),
        new Party(partner, PartyKind.PARTNER)), Map.of(), List.of(), List.of(), new TreeMap<>());
  }

  /** Revision 1 between the government, the PO and the university; and maybe an amendment replacing the university by a firm. */
  static final Gen<IpAgreement> AGREEMENTS = Gen.combine(Gen.setOf(Gen.elements(GOV, PO, UNI), 0, 3), Gen.booleans(),
      Gen.setOf(Gen.elements(GOV, PO, UNI, FIRM), 0, 4), Gen.integers(0, 3), (firstSigned, amended, secondSigned, gap) -> {
        List<Revision> revisions = new ArrayList<>();
        Set<String> first = amended ? Set.of(GOV, PO, UNI) : firstSigned;
        revisions.add(new Revision(1, DAY, terms(UNI), first.stream().sorted().map(p -> new Signature(p, "签字人", DAY)).toList()));
        if (amended) {
          LocalDate on = DAY.plusDays(gap);
          revisions.add(new Revision(2, on, terms(FIRM), secondSigned.stream().sorted().map(p -> new Signature(p, "签字人", on)).toList()));
        }
        return new IpAgreement(new IpAgreementId("ip-1"), 0, new OrganizationId("org-1"), "协议", revisions);
      });

  static Gen<LocalDate> days() {
    return Gen.dates(DAY.minusDays(2), DAY.plusDays(6));
  }

  /** Who must sign the latest revision: its parties and those of the revision before it. */
  static Set<String> required(IpAgreement a) {
    Set<String> names = new HashSet<>();
    List<Revision> rs = a.revisions();
    rs.get(rs.size() - 1).terms().parties().forEach(p -> names.add(p.name()));
    if (rs.size() > 1) {
      rs.get(rs.size() - 2).terms().parties().forEach(p -> names.add(p.name()));
    }
    return names;
  }

  static Set<String> signed(IpAgreement a) {
    Set<String> names = new HashSet<>();
    a.revisions().get(a.revisions().size() - 1).signatures().forEach(s -> names.add(s.party()));
    return names;
  }

  @Test
  void a_signature_is_refused_exactly_when_nothing_awaits_it_or_the_party_need_not_or_has_signed() {
    Property.forAll(AGREEMENTS, Gen.elements(GOV, PO, UNI, FIRM, STRANGER))
        .named("A16-signatures both sides").check((a, party) -> {
          boolean pending = !signed(a).containsAll(required(a));
          boolean broken = !pending || !required(a).contains(party) || signed(a).contains(party);
          var found = IpRules.SIGNATURES.check(new IpRules.Signing(a, party));
          agrees(IpRules.SIGNATURES, found, broken, pending
              ? List.of("party", "stillToSign", "alreadySigned")
              : List.of("pendingRevision", "party"));
          found.ifPresent(f -> assertThat(value(f, "party")).isEqualTo(party));
        });
  }

  @Test
  void a_signature_s_day_is_refused_exactly_when_after_today_or_before_the_proposal_the_text_or_the_previous_text_in_force() {
    Property.forAll(AGREEMENTS, Gen.zip(days(), days()), days()).named("A16-signature-date both sides").check((a, onToday, proposed) -> {
      LocalDate on = onToday._1;
      LocalDate today = onToday._2;
      Revision latest = a.revisions().get(a.revisions().size() - 1);
      // the oracle: the previous revision took effect on its last signature's day (all of the generator's are complete)
      java.util.Optional<LocalDate> previous = a.revisions().size() == 1 ? java.util.Optional.empty()
          : a.revisions().get(0).signatures().stream().map(Signature::on).max(LocalDate::compareTo);
      List<String> expected = new ArrayList<>();
      if (on.toEpochDay() > today.toEpochDay()) {
        expected.add("signedOnAfterToday");
      }
      if (on.toEpochDay() < proposed.toEpochDay()) {
        expected.add("signedOnBeforeOrganizationProposed");
      }
      if (on.toEpochDay() < latest.proposedOn().toEpochDay()) {
        expected.add("signedOnBeforeRevisionProposed");
      }
      if (previous.isPresent() && on.toEpochDay() < previous.get().toEpochDay()) {
        expected.add("signedOnBeforePreviousInForce");
      }
      var found = IpRules.SIGNATURE_DATE.check(IpRules.SigningDay.of(a, latest, on, today, proposed));
      agrees(IpRules.SIGNATURE_DATE, found, !expected.isEmpty(), expected);
    });
  }

  @Test
  void a_signature_s_day_before_a_limit_names_both_days_in_words() {
    // revision 1 proposed 1 March 2025 and signed by all three on 4 March (in force that day); revision 2 proposed 6 March;
    // the PO proposed 3 March; revision 2 signed on 2 March: before each of the three
    List<Revision> revisions = List.of(
        new Revision(1, DAY, terms(UNI), List.of(GOV, PO, UNI).stream().map(p -> new Signature(p, "签字人", DAY.plusDays(3))).toList()),
        new Revision(2, DAY.plusDays(5), terms(FIRM), List.of()));
    IpAgreement a = new IpAgreement(new IpAgreementId("ip-1"), 0, new OrganizationId("org-1"), "协议", revisions);

    Finding f = IpRules.SIGNATURE_DATE.check(IpRules.SigningDay.of(a, revisions.get(1), DAY.plusDays(1), DAY.plusDays(10),
        DAY.plusDays(2))).orElseThrow();

    assertThat(f.evidence()).extracting(Evidence::name).containsExactly("signedOnBeforeOrganizationProposed",
        "signedOnBeforeRevisionProposed", "signedOnBeforePreviousInForce");
    assertThat(f.evidence()).extracting(Evidence::value).containsExactly("2025-03-02 < 2025-03-03", "2025-03-02 < 2025-03-06",
        "2025-03-02 < 2025-03-04");
    assertThat(f.evidence()).extracting(e -> e.words().zh()).containsExactly("2025年3月2日早于2025年3月3日", "2025年3月2日早于2025年3月6日",
        "2025年3月2日早于2025年3月4日");
    assertThat(f.evidence()).extracting(e -> e.words().en()).containsExactly("2 March 2025 is before 3 March 2025",
        "2 March 2025 is before 6 March 2025", "2 March 2025 is before 4 March 2025");
  }

  @Test
  void an_amendment_is_refused_exactly_while_another_awaits_signatures() {
    Property.forAll(AGREEMENTS).named("A16-one-pending-revision both sides").check(a -> {
      boolean pending = !signed(a).containsAll(required(a));
      var found = IpRules.ONE_PENDING.check(new IpRules.Amending(a));
      agrees(IpRules.ONE_PENDING, found, pending, List.of("pendingRevision", "missingSignatures"));
      found.ifPresent(f -> assertThat(value(f, "pendingRevision")).isEqualTo(String.valueOf(a.revisions().size())));
    });
  }

  // ---- Art.16: each party signs for itself ----------------------------------------------------------------------

  @Test
  void a_signature_is_refused_exactly_when_the_actor_signs_for_a_party_other_than_itself() {
    Gen<Guard.SigningFor> signings = Gen.combine(Gen.enumValues(Guard.ActorKind.class), Gen.setOf(ANY_NAME, 0, 2), ANY_NAME,
        Gen.optional(Gen.enumValues(PartyKind.class)),
        (kind, names, party, partyKind) -> new Guard.SigningFor("actor:" + kind, kind, names, party, partyKind));
    Property.forAll(signings).named("A16-signs-for-itself both sides").check(s -> {
      PartyKind k = s.partyKind().orElse(null);
      boolean itself = switch (s.kind()) {
        case HOST -> true;
        case SECRETARIAT -> k == PartyKind.PROMOTION_ORGANIZATION;
        case AUTHORITY -> k == PartyKind.GOVERNMENT;
        case MEMBER -> s.actorNames().contains(s.party()) && (k == PartyKind.PARTNER || k == PartyKind.OTHER);
        case OTHER -> false;
      };
      var found = Guard.SIGNS_FOR_ITSELF.check(s);
      agrees(Guard.SIGNS_FOR_ITSELF, found, !itself, List.of("actor", "party", "partyKind"));
      found.ifPresent(f -> assertThat(value(f, "partyKind")).isEqualTo(s.partyKind().map(Enum::name).orElse("none")));
    });
  }

  @Test
  void no_terms_breach_is_left_unrecognised_by_the_generator() {
    // both sides are generated: valid terms as well as each kind of breach
    List<Terms> samples = TERMS.samples(11, 2000);
    for (Guard<IpRules.Drafting> g : IpRules.TERMS) {
      assertThat(samples.stream().anyMatch(t -> g.check(new IpRules.Drafting(t, PO)).isPresent())).as(g.id() + " broken").isTrue();
      assertThat(samples.stream().anyMatch(t -> g.check(new IpRules.Drafting(t, PO)).isEmpty())).as(g.id() + " kept").isTrue();
    }
  }
}
