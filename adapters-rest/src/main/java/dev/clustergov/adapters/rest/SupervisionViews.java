package dev.clustergov.adapters.rest;

import dev.clustergov.core.guideline.Citation;
import dev.clustergov.core.supervision.DisciplinaryAction;
import dev.clustergov.core.supervision.Inspection;
import dev.clustergov.core.supervision.InspectionFinding;
import dev.clustergov.core.supervision.Sanction;
import dev.clustergov.core.supervision.SelfDisciplineMeasure;
import java.time.LocalDate;
import java.util.List;

/** What the supervision routes return (监督视图, Art.24(1), Art.25–27, Art.29): plain records, dates as ISO text. */
final class SupervisionViews {
  private SupervisionViews() {}

  record RectificationView(LocalDate on, String description, String document) {}

  record FindingView(int number, LocalDate notedOn, String clause, String description, LocalDate rectifyBy, boolean open,
      RectificationView rectification) {
    static FindingView of(InspectionFinding f) {
      return new FindingView(f.number(), f.notedOn(), f.clause().format(), f.description(), f.rectifyBy(), f.open(),
          f.rectification().map(r -> new RectificationView(r.on(), r.description(), r.document())).orElse(null));
    }
  }

  record InspectionView(String id, long version, String organization, String authority, LocalDate openedOn, String subject,
      List<FindingView> findings) {
    static InspectionView of(Inspection i) {
      return new InspectionView(i.id().value(), i.version(), i.organization().value(), i.authority().value(), i.openedOn(),
          i.subject(), i.findings().stream().map(FindingView::of).toList());
    }
  }

  record InspectionList(List<InspectionView> items) {}

  record SanctionView(String id, long version, String organization, String authority, String kind, String title,
      LocalDate decidedOn, List<String> grounds, String reason, LocalDate rectifyBy, LocalDate liftedOn, boolean inForce) {
    static SanctionView of(Sanction s, LocalDate today) {
      return new SanctionView(s.id().value(), s.version(), s.organization().value(), s.authority().value(), s.kind().name(),
          s.kind().title().zh(), s.decidedOn(), s.grounds().stream().map(Citation::format).toList(), s.reason(),
          s.rectifyBy().orElse(null), s.liftedOn().orElse(null), s.inForceOn(today));
    }
  }

  record SanctionList(List<SanctionView> items) {}

  record MeasureView(String id, long version, String kind, String title, String adoptedBy, LocalDate adoptedOn) {
    static MeasureView of(SelfDisciplineMeasure m) {
      return new MeasureView(m.id().value(), m.version(), m.kind().name(), m.title(), m.adoptedBy().value(), m.adoptedOn());
    }
  }

  record MeasureList(List<MeasureView> items) {}

  record ActionView(String id, long version, String member, String measure, String kind, LocalDate takenOn, String reason) {
    static ActionView of(DisciplinaryAction a) {
      return new ActionView(a.id().value(), a.version(), a.member().value(), a.measure().value(), a.kind().name(), a.takenOn(),
          a.reason());
    }
  }

  record ActionList(List<ActionView> items) {}
}
