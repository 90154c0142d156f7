package dev.clustergov.core.testkit.gen;

import dev.clustergov.core.guideline.Citation;
import dev.clustergov.core.organization.OrganizationId;
import dev.clustergov.core.supervision.AuthorityId;
import dev.clustergov.core.supervision.Inspection;
import dev.clustergov.core.supervision.InspectionFinding;
import dev.clustergov.core.supervision.InspectionId;
import dev.clustergov.core.supervision.Rectification;
import dev.clustergov.core.supervision.Sanction;
import dev.clustergov.core.supervision.SanctionId;
import dev.clustergov.core.supervision.SanctionKind;
import dev.clustergov.core.testkit.property.Alphabet;
import dev.clustergov.core.testkit.property.Gen;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Generators of supervision records (Art.25–29) at version 0: inspections with any number of findings,
 * open or rectified, and sanctions of every kind, in force or lifted, with one to five grounds from the
 * catalogue — every one valid by construction, texts in Chinese, ASCII and emoji, up to the lengths the
 * use cases accept.
 */
public final class SupervisionGens {
  private SupervisionGens() {}

  static final LocalDate FROM = LocalDate.of(2024, 1, 1);

  /** Non-blank text of up to {@code max} code points. */
  public static Gen<String> texts(int max) {
    return Gen.strings(Alphabet.CJK_IDEOGRAPHS.or(Alphabet.ASCII_PRINTABLE, Alphabet.EMOJI), 0, max - 1).map(s -> "文" + s);
  }

  public static Gen<InspectionFinding> findings(int number, LocalDate openedOn) {
    return Gen.combine(Gen.integers(0, 60), Gen.integers(0, 90), DomainGens.catalogueCitations(), texts(300),
        (noted, deadline, clause, description) -> new Object[] {openedOn.plusDays(noted), deadline, clause, description})
        .flatMap(a -> Gen.combine(Gen.frequency(1, Gen.constant(-1), 1, Gen.integers(0, 120)), texts(200), texts(60), (rectified, what, doc) -> {
          LocalDate noted = (LocalDate) a[0];
          Optional<Rectification> r = rectified < 0 ? Optional.empty()
              : Optional.of(new Rectification(noted.plusDays(rectified), what, doc));
          return new InspectionFinding(number, noted, (Citation) a[2], (String) a[3], noted.plusDays((Integer) a[1]), r);
        }));
  }

  public static Gen<Inspection> inspections(String id, OrganizationId organization, AuthorityId authority) {
    return Gen.combine(Gen.dates(FROM, FROM.plusYears(2)), texts(200), Gen.integers(0, 4), (opened, subject, n) ->
        new Object[] {opened, subject, n}).flatMap(a -> {
          LocalDate opened = (LocalDate) a[0];
          int n = (Integer) a[2];
          Gen<List<InspectionFinding>> all = Gen.constant(List.of());
          for (int i = 1; i <= n; i++) {
            int number = i;
            all = all.flatMap(list -> findings(number, opened).map(f -> {
              List<InspectionFinding> more = new ArrayList<>(list);
              more.add(f);
              return more;
            }));
          }
          return all.map(list -> new Inspection(new InspectionId(id), 0, organization, authority, opened, (String) a[1], list));
        });
  }

  public static Gen<Sanction> sanctions(String id, OrganizationId organization, AuthorityId authority) {
    return Gen.combine(Gen.enumValues(SanctionKind.class), Gen.dates(FROM, FROM.plusYears(2)),
            Gen.listOf(DomainGens.catalogueCitations(), 1, 5).map(l -> List.copyOf(new java.util.LinkedHashSet<>(l))), texts(500),
            (kind, on, grounds, reason) -> new Object[] {kind, on, grounds, reason})
        .flatMap(a -> Gen.combine(Gen.integers(0, 90), Gen.integers(-1, 200), (deadline, lifted) -> {
          SanctionKind kind = (SanctionKind) a[0];
          LocalDate on = (LocalDate) a[1];
          @SuppressWarnings("unchecked")
          List<Citation> grounds = (List<Citation>) a[2];
          return new Sanction(new SanctionId(id), 0, organization, authority, kind, on, grounds, (String) a[3],
              kind == SanctionKind.RECTIFICATION_ORDER ? Optional.of(on.plusDays(deadline)) : Optional.empty(),
              lifted < 0 ? Optional.empty() : Optional.of(on.plusDays(lifted)));
        }));
  }
}
