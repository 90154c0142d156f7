package dev.clustergov.core.evaluation;

import dev.clustergov.core.dispute.Dispute;
import dev.clustergov.core.disclosure.DisclosureObligation;
import dev.clustergov.core.operation.Membership;
import dev.clustergov.core.operation.Outcomes;
import dev.clustergov.core.operation.ServiceActivity;
import dev.clustergov.core.operation.TalentIntake;
import dev.clustergov.core.organization.ImmutablePromotionOrganization;
import dev.clustergov.core.rules.Dossier;
import dev.clustergov.core.rules.ImmutableDossier;
import dev.clustergov.core.supervision.Sanction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The dossier as it stood on the evaluation day, in canonical form (评价档案快照): only records dated on
 * or before the day, ends and lifts that came later undone, an IP agreement's later revisions and signatures left out, versions (a storage detail) set to 0,
 * lists inside records and every part sorted by its text — so the order in which a store returned the
 * records changes nothing. Earlier evaluations are left out: an evaluation does not rate itself.
 * {@link #hash} is the SHA-256 of {@link #text}, a line a record.
 */
public final class Snapshot {

  private Snapshot() {}

  /** The canonical dossier as of {@code day}. */
  public static Dossier of(Dossier d, LocalDate day) {
    var org = ImmutablePromotionOrganization.copyOf(d.organization()).withVersion(0);
    // from a copy, so that a part added to the dossier later is kept even before it is canonicalised here
    return ImmutableDossier.copyOf(d)
        .withOrganization(org)
        .withCluster(d.cluster().withVersion(0))
        .withAuthority(d.authority().map(a -> a.withVersion(0)))
        .withDisclosures(sorted(x -> x.id().value(), d.disclosures().stream().filter(x -> !x.publishedOn().isAfter(day)).map(x -> x.withVersion(0))))
        .withDisclosureObligations(sorted(x -> x.id().value(), d.disclosureObligations().stream().filter(x -> !x.arisenOn().isAfter(day))
            .map(x -> asOf(x, day))))
        .withDisputes(sorted(x -> x.id().value(), d.disputes().stream().filter(x -> !x.raisedOn().isAfter(day)).map(x -> asOf(x, day))))
        .withIpAgreements(sorted(x -> x.id().value(), d.ipAgreements().stream().flatMap(x -> x.asOf(day).stream()).map(x -> x.withVersion(0))))
        .withIncome(sorted(x -> x.id().value(), d.income().stream().filter(x -> !x.receivedOn().isAfter(day))))
        .withExpenditures(sorted(x -> x.id().value(), d.expenditures().stream().filter(x -> !x.paidOn().isAfter(day))))
        .withFeeSchedules(sorted(x -> x.id().value(), d.feeSchedules().stream().map(x -> x.withVersion(0))))
        .withAccountSharedWith(sorted(String::valueOf, d.accountSharedWith().stream()))
        .withMemberships(sorted(x -> x.id().value(), d.memberships().stream().filter(x -> !x.joinedOn().isAfter(day)).map(x -> asOf(x, day))))
        .withPlatforms(sorted(x -> x.id().value(), d.platforms().stream().filter(x -> !x.openedOn().isAfter(day)).map(x -> x.withVersion(0))))
        .withActivities(sorted(x -> x.id().value(), d.activities().stream().filter(x -> !x.heldOn().isAfter(day)).map(Snapshot::canonical)))
        .withSanctions(sorted(x -> x.id().value(), d.sanctions().stream().filter(x -> !x.decidedOn().isAfter(day)).map(x -> asOf(x, day))))
        .withInspections(sorted(x -> x.id().value(), d.inspections().stream().filter(x -> !x.openedOn().isAfter(day))))
        .withSelfDisciplineMeasures(sorted(x -> x.id().value(), d.selfDisciplineMeasures().stream().filter(x -> !x.adoptedOn().isAfter(day))))
        .withDisciplinaryActions(sorted(x -> x.id().value(), d.disciplinaryActions().stream().filter(x -> !x.takenOn().isAfter(day))))
        .withEvaluations(List.of());
  }

  /** The first line of the canonical text: the format, bumped when the text changes (decision 0270). */
  public static final String FORMAT = "clustergov-dossier/1";

  /**
   * One line of the canonical text (档案快照的一行): the part it belongs to ({@code membership}, {@code organization}, …), the
   * record it is (its id, or the part's name for a part that is one value: the PO, its cluster, its authority, …) and the
   * line as {@link #text} writes it, without the line break. The key of a part that is one value is the part's name.
   */
  public record Entry(String part, String key, String line) {
    public Entry {
      java.util.Objects.requireNonNull(part, "part");
      java.util.Objects.requireNonNull(key, "key");
      java.util.Objects.requireNonNull(line, "line");
    }
  }

  /** The canonical text of a dossier already made by {@link #of}: a header, then a line a record. */
  public static String text(Dossier canonical, LocalDate day) {
    return text(entries(canonical, day));
  }

  /** The canonical text of {@link #entries}: the format line, then each entry's line. */
  public static String text(List<Entry> entries) {
    StringBuilder out = new StringBuilder(FORMAT).append('\n');
    entries.forEach(e -> out.append(e.line()).append('\n'));
    return out.toString();
  }

  /** The lines of {@link #text}, each with its part and record, in the text's order. */
  public static List<Entry> entries(Dossier canonical, LocalDate day) {
    List<Entry> out = new java.util.ArrayList<>();
    line(out, "day", "day", day);
    line(out, "period", "period", canonical.period());
    line(out, "organization", "organization", canonical.organization());
    line(out, "cluster", "cluster", canonical.cluster());
    line(out, "authority", "authority", canonical.authority());
    line(out, "recognisedPeersInCluster", "recognisedPeersInCluster", canonical.recognisedPeersInCluster());
    canonical.disclosures().forEach(x -> line(out, "disclosure", x.id().value(), x));
    canonical.disclosureObligations().forEach(x -> line(out, "disclosureObligation", x.id().value(), x));
    canonical.disputes().forEach(x -> line(out, "dispute", x.id().value(), x));
    canonical.ipAgreements().forEach(x -> line(out, "ipAgreement", x.id().value(), x));
    canonical.income().forEach(x -> line(out, "income", x.id().value(), x));
    canonical.expenditures().forEach(x -> line(out, "expenditure", x.id().value(), x));
    canonical.feeSchedules().forEach(x -> line(out, "feeSchedule", x.id().value(), x));
    canonical.accountSharedWith().forEach(x -> line(out, "accountSharedWith", String.valueOf(x), x));
    canonical.memberships().forEach(m -> line(out, "membership", m.id().value(), String.join("|", m.id().value(), esc(m.name()),
        m.creditCode().map(Object::toString).orElse("-"), m.kind().name(), m.joinedOn().toString(),
        m.leftOn().map(Object::toString).orElse("-"))));
    canonical.platforms().forEach(x -> line(out, "platform", x.id().value(), x));
    canonical.activities().forEach(a -> line(out, "activity", a.id().value(), activity(a)));
    canonical.sanctions().forEach(x -> line(out, "sanction", x.id().value(), x));
    canonical.inspections().forEach(x -> line(out, "inspection", x.id().value(), x));
    canonical.selfDisciplineMeasures().forEach(x -> line(out, "selfDisciplineMeasure", x.id().value(), x));
    canonical.disciplinaryActions().forEach(x -> line(out, "disciplinaryAction", x.id().value(), x));
    // whatever else the dossier holds (a part added after this was written) is fingerprinted too
    line(out, "rest", "rest", ImmutableDossier.copyOf(canonical).withOrganization(canonical.organization())
        .withDisclosures(List.of()).withDisclosureObligations(List.of()).withDisputes(List.of()).withIpAgreements(List.of())
        .withIncome(List.of()).withExpenditures(List.of()).withFeeSchedules(List.of()).withAccountSharedWith(List.of())
        .withMemberships(List.of()).withPlatforms(List.of()).withActivities(List.of()).withSanctions(List.of())
        .withInspections(List.of()).withSelfDisciplineMeasures(List.of()).withDisciplinaryActions(List.of())
        .withEvaluations(List.of()).toString().replace(canonical.organization().toString(), "organization"));
    return List.copyOf(out);
  }

  /**
   * {@code d} without the records {@code keep} refuses (given a record's part and key as {@link #entries} names them):
   * the dossier as it was recorded by a moment, when {@code keep} knows the records of that moment. Parts that are one
   * value (the PO, its cluster, …) are kept whatever {@code keep} says.
   */
  public static Dossier keeping(Dossier d, java.util.function.BiPredicate<String, String> keep) {
    return ImmutableDossier.copyOf(d)
        .withDisclosures(d.disclosures().stream().filter(x -> keep.test("disclosure", x.id().value())).toList())
        .withDisclosureObligations(d.disclosureObligations().stream().filter(x -> keep.test("disclosureObligation", x.id().value())).toList())
        .withDisputes(d.disputes().stream().filter(x -> keep.test("dispute", x.id().value())).toList())
        .withIpAgreements(d.ipAgreements().stream().filter(x -> keep.test("ipAgreement", x.id().value())).toList())
        .withIncome(d.income().stream().filter(x -> keep.test("income", x.id().value())).toList())
        .withExpenditures(d.expenditures().stream().filter(x -> keep.test("expenditure", x.id().value())).toList())
        .withFeeSchedules(d.feeSchedules().stream().filter(x -> keep.test("feeSchedule", x.id().value())).toList())
        .withMemberships(d.memberships().stream().filter(x -> keep.test("membership", x.id().value())).toList())
        .withPlatforms(d.platforms().stream().filter(x -> keep.test("platform", x.id().value())).toList())
        .withActivities(d.activities().stream().filter(x -> keep.test("activity", x.id().value())).toList())
        .withSanctions(d.sanctions().stream().filter(x -> keep.test("sanction", x.id().value())).toList())
        .withInspections(d.inspections().stream().filter(x -> keep.test("inspection", x.id().value())).toList())
        .withSelfDisciplineMeasures(d.selfDisciplineMeasures().stream().filter(x -> keep.test("selfDisciplineMeasure", x.id().value())).toList())
        .withDisciplinaryActions(d.disciplinaryActions().stream().filter(x -> keep.test("disciplinaryAction", x.id().value())).toList());
  }

  /** SHA-256 of the text, in lower-case hex. */
  public static String hash(String text) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      StringBuilder hex = new StringBuilder();
      for (byte b : digest) {
        hex.append(Character.forDigit((b >> 4) & 0xF, 16)).append(Character.forDigit(b & 0xF, 16));
      }
      return hex.toString();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  /** An activity's line: every field, the item by its citation (its text is the guideline's, not the record's). */
  private static String activity(ServiceActivity a) {
    Outcomes o = a.outcomes();
    StringBuilder talents = new StringBuilder();
    for (TalentIntake t : o.talents()) {
      talents.append(t.level().name()).append(':').append(t.count()).append(',');
    }
    StringBuilder members = new StringBuilder();
    a.memberParticipants().forEach(m -> members.append(m.value()).append(','));
    return String.join("|", a.id().value(), a.item().citation().format(), esc(a.title()), a.heldOn().toString(), a.delivery().name(),
        members, String.join(",", a.outsideParticipants().stream().map(Snapshot::esc).toList()), Boolean.toString(a.openToAllMembers()),
        a.closedReason().map(r -> "+" + esc(r)).orElse("-"),
        o.landedInvestment().toString(), o.technologyTransactions().toString(), o.supplyContracts().toString(), talents);
  }

  /** A free text inside a line, its separators escaped so no two records write the same line. */
  private static String esc(String s) {
    return s.replace("\\", "\\\\").replace("|", "\\p").replace(",", "\\c").replace("-", "\\d");
  }

  private static void line(List<Entry> out, String name, String key, Object value) {
    out.add(new Entry(name, key, name + ' ' + String.valueOf(value).replace("\\", "\\\\").replace("\n", "\\n")));
  }

  /**
   * The records ordered by {@code key} (their id: unique within a part, so the order is total), then by
   * their text should two ever share a key.
   */
  private static <T> List<T> sorted(Function<T, String> key, java.util.stream.Stream<T> records) {
    List<T> all = records.toList();
    List<T> out = new java.util.ArrayList<>(all);
    out.sort(Comparator.comparing(key));
    for (int i = 1; i < out.size(); i++) {
      if (key.apply(out.get(i)).equals(key.apply(out.get(i - 1)))) {
        out.sort(Comparator.comparing(key).thenComparing(String::valueOf));
        break;
      }
    }
    return List.copyOf(out);
  }

  private static Membership asOf(Membership m, LocalDate day) {
    return new Membership(m.id(), 0, m.organization(), m.name(), m.creditCode(), m.kind(), m.joinedOn(),
        m.leftOn().filter(left -> !left.isAfter(day)));
  }

  private static Sanction asOf(Sanction s, LocalDate day) {
    return new Sanction(s.id(), 0, s.organization(), s.authority(), s.kind(), s.decidedOn(), s.grounds(), s.reason(),
        s.rectifyBy(), s.liftedOn().filter(lifted -> !lifted.isAfter(day)));
  }

  private static DisclosureObligation asOf(DisclosureObligation o, LocalDate day) {
    boolean fulfilled = o.fulfilledBy(day);
    return new DisclosureObligation(o.id(), 0, o.organization(), o.matter(), o.eventSequence(), o.arisenOn(), o.dueOn(),
        fulfilled ? o.fulfilledBy() : Optional.empty(), fulfilled ? o.fulfilledOn() : Optional.empty());
  }

  private static Dispute asOf(Dispute d, LocalDate day) {
    return new Dispute(d.id(), 0, d.organization(), d.subject(), d.parties(),
        d.steps().stream().filter(s -> !s.on().isAfter(day)).toList());
  }

  private static ServiceActivity canonical(ServiceActivity a) {
    Outcomes o = a.outcomes();
    Outcomes sortedOutcomes = new Outcomes(o.landedInvestment(), o.technologyTransactions(), o.supplyContracts(),
        o.talents().stream().sorted(Comparator.comparing(TalentIntake::level)).toList());
    return new ServiceActivity(a.id(), 0, a.organization(), a.item(), a.title(), a.heldOn(), a.delivery(),
        a.memberParticipants().stream().sorted().toList(), a.outsideParticipants().stream().sorted().toList(),
        a.openToAllMembers(), a.closedReason(), sortedOutcomes);
  }
}
