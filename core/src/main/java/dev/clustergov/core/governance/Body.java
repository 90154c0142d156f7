package dev.clustergov.core.governance;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A governance body (机构) of one layer: a members' assembly, a board of supervisors, a council, a
 * secretariat, an expert committee … with the seats its people hold.
 */
public record Body(BodyId id, Layer layer, BodyForm form, String name, List<Seat> seats) {

  public Body {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(layer, "layer");
    Objects.requireNonNull(form, "form");
    Objects.requireNonNull(name, "name");
    seats = List.copyOf(seats);
  }

  public boolean formPermitted() {
    return form.permittedIn(layer);
  }

  public Optional<Seat> seatOf(PersonId person) {
    return seats.stream().filter(s -> s.person().id().equals(person)).findFirst();
  }

  /** This body with {@code seat} replacing the same person's seat in place, or added at the end. */
  public Body withSeat(Seat seat) {
    List<Seat> next = new java.util.ArrayList<>(seats);
    int at = next.stream().map(s -> s.person().id()).toList().indexOf(seat.person().id());
    if (at >= 0) {
      next.set(at, seat);
    } else {
      next.add(seat);
    }
    return new Body(id, layer, form, name, next);
  }

  public Body withoutSeat(PersonId person) {
    return new Body(id, layer, form, name, seats.stream().filter(s -> !s.person().id().equals(person)).toList());
  }
}
