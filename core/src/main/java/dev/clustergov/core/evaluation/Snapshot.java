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
 * or before the day, ends and lifts that came later undone, versions (a storage detail) set to 0,
 * lists inside records and every part sorted by its text — so the order in which a store returned the
 * records changes nothing. Earlier evaluations are left out: an evaluation does not rate itself.
 * {@link #hash} is the SHA-256 of {@link #text}, a line a record.
 */
public final class Snapshot {

  private Snapshot() {}

  /** The canonical dossier as of {@code day}. */
  public static Dossier of(Dossier d, LocalDate day) {
    var org = ImmutablePromotionOrganization.copyOf(d.organization()).withVersion(0);
    return ImmutableDossier.builder()
        .organization(org)
        .cluster(d.cluster().withVersion(0))
        .authority(d.authority().map(a -> a.withVersion(0)))
        .recognisedPeersInCluster(d.recognisedPeersInCluster())
        .period(d.period())
        .disclosures(sorted(d.disclosures().stream().filter(x -> !x.publishedOn().isAfter(day)).map(x -> x.withVersion(0))))
        .disclosureObligations(sorted(d.disclosureObligations().stream().filter(x -> !x.arisenOn().isAfter(day))
            .map(x -> asOf(x, day))))
        .disputes(sorted(d.disputes().stream().filter(x -> !x.raisedOn().isAfter(day)).map(x -> asOf(x, day))))
        .ipAgreements(sorted(d.ipAgreements().stream().map(x -> x.withVersion(0))))
        .income(sorted(d.income().stream().filter(x -> !x.receivedOn().isAfter(day))))
        .expenditures(sorted(d.expenditures().stream().filter(x -> !x.paidOn().isAfter(day))))
        .feeSchedules(sorted(d.feeSchedules().stream().map(x -> x.withVersion(0))))
        .accountSharedWith(sorted(d.accountSharedWith().stream()))
        .memberships(sorted(d.memberships().stream().filter(x -> !x.joinedOn().isAfter(day)).map(x -> asOf(x, day))))
        .platforms(sorted(d.platforms().stream().filter(x -> !x.openedOn().isAfter(day)).map(x -> x.withVersion(0))))
        .activities(sorted(d.activities().stream().filter(x -> !x.heldOn().isAfter(day)).map(Snapshot::canonical)))
        .sanctions(sorted(d.sanctions().stream().filter(x -> !x.decidedOn().isAfter(day)).map(x -> asOf(x, day))))
        .evaluations(List.of())
        .build();
  }

  /** The canonical text of a dossier already made by {@link #of}: a header, then a line a record. */
  public static String text(Dossier canonical, LocalDate day) {
    StringBuilder out = new StringBuilder("clustergov-dossier/1\n");
    line(out, "day", day);
    line(out, "period", canonical.period());
    line(out, "organization", canonical.organization());
    line(out, "cluster", canonical.cluster());
    line(out, "authority", canonical.authority());
    line(out, "recognisedPeersInCluster", canonical.recognisedPeersInCluster());
    canonical.disclosures().forEach(x -> line(out, "disclosure", x));
    canonical.disclosureObligations().forEach(x -> line(out, "disclosureObligation", x));
    canonical.disputes().forEach(x -> line(out, "dispute", x));
    canonical.ipAgreements().forEach(x -> line(out, "ipAgreement", x));
    canonical.income().forEach(x -> line(out, "income", x));
    canonical.expenditures().forEach(x -> line(out, "expenditure", x));
    canonical.feeSchedules().forEach(x -> line(out, "feeSchedule", x));
    canonical.accountSharedWith().forEach(x -> line(out, "accountSharedWith", x));
    canonical.memberships().forEach(x -> line(out, "membership", x));
    canonical.platforms().forEach(x -> line(out, "platform", x));
    canonical.activities().forEach(x -> line(out, "activity", x));
    canonical.sanctions().forEach(x -> line(out, "sanction", x));
    return out.toString();
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

  private static void line(StringBuilder out, String name, Object value) {
    out.append(name).append(' ').append(String.valueOf(value).replace("\\", "\\\\").replace("\n", "\\n")).append('\n');
  }

  private static <T> List<T> sorted(java.util.stream.Stream<T> records) {
    return records.sorted(Comparator.comparing((Function<T, String>) String::valueOf)).toList();
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
