package dev.clustergov.core.governance;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The legal-person governance structure (法人治理结构, Art.8(2)): the bodies of the five layers and
 * their seats. It answers the questions the rules ask; it judges nothing itself.
 */
public record Governance(List<Body> bodies) {

  public static final Governance EMPTY = new Governance(List.of());

  public Governance {
    bodies = List.copyOf(Objects.requireNonNull(bodies, "bodies"));
    if (bodies.stream().map(Body::id).distinct().count() != bodies.size()) {
      throw new IllegalArgumentException("duplicate body ids");
    }
  }

  public List<Body> in(Layer layer) {
    return bodies.stream().filter(b -> b.layer() == layer).toList();
  }

  /** Layers without any body, in the guideline's order. */
  public Set<Layer> missingLayers() {
    Set<Layer> missing = EnumSet.allOf(Layer.class);
    bodies.forEach(b -> missing.remove(b.layer()));
    return missing;
  }

  /** Whether {@code layer} has at least one body of a form the guideline names for it. */
  public boolean hasPermittedBody(Layer layer) {
    return in(layer).stream().anyMatch(Body::formPermitted);
  }

  public Optional<Body> body(BodyId id) {
    return bodies.stream().filter(b -> b.id().equals(id)).findFirst();
  }

  /** People who sit on some body of {@code layer}. */
  public Set<PersonId> peopleIn(Layer layer) {
    return in(layer).stream()
        .flatMap(b -> b.seats().stream())
        .map(s -> s.person().id())
        .collect(Collectors.toCollection(TreeSet::new));
  }

  /** Fields covered by the experts of the advisory layer. */
  public Set<ExpertField> advisoryFields() {
    Set<ExpertField> fields = EnumSet.noneOf(ExpertField.class);
    in(Layer.ADVISORY).forEach(b -> b.seats().forEach(s -> fields.addAll(s.fields())));
    return fields;
  }

  /** This structure with {@code body} replacing the body of the same id in place, or added at the end. */
  public Governance with(Body body) {
    List<Body> next = new java.util.ArrayList<>(bodies);
    int at = next.stream().map(Body::id).toList().indexOf(body.id());
    if (at >= 0) {
      next.set(at, body);
    } else {
      next.add(body);
    }
    return new Governance(next);
  }

  public int seatCount() {
    return bodies.stream().mapToInt(b -> b.seats().size()).sum();
  }
}
