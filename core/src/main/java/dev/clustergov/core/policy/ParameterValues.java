package dev.clustergov.core.policy;

import dev.clustergov.core.kernel.Violation;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.SortedMap;
import io.vavr.collection.TreeMap;
import io.vavr.control.Option;
import io.vavr.control.Validation;

/**
 * The values a pack sets (参数取值), typed by their {@link Parameter}: all of them in a baseline,
 * only the changed ones in an overlay. Equal when their canonical texts are equal.
 */
public final class ParameterValues {

  private static final ParameterValues EMPTY = new ParameterValues(TreeMap.empty());

  /** Values by parameter key; each value is of its parameter's type. */
  private final SortedMap<String, Entry<?>> entries;

  private record Entry<T>(Parameter<T> parameter, T value) {
    String format() {
      return parameter.format(value);
    }
  }

  private ParameterValues(SortedMap<String, Entry<?>> entries) {
    this.entries = entries;
  }

  public static ParameterValues empty() {
    return EMPTY;
  }

  /**
   * Parses raw text by parameter key, reporting every unknown key and every malformed value at
   * once, each under its key.
   */
  public static Validation<Seq<Violation>, ParameterValues> parse(java.util.Map<String, String> raw) {
    if (raw == null) {
      return Validation.valid(EMPTY);
    }
    List<Violation> bad = List.empty();
    ParameterValues ok = EMPTY;
    // sorted, so that violations come in a stable order whatever map the caller used
    var sorted = new java.util.TreeMap<String, String>(java.util.Comparator.nullsFirst(java.util.Comparator.naturalOrder()));
    sorted.putAll(raw);
    for (var e : sorted.entrySet()) {
      if (e.getKey() == null) {
        bad = bad.append(Violation.of("values", "required", "参数名不能为空", "a parameter key is missing"));
        continue;
      }
      Option<Parameter<?>> p = Parameters.byKey(e.getKey());
      if (p.isEmpty()) {
        bad = bad.append(Violation.of(e.getKey(), "unknown-parameter",
            "“" + e.getKey() + "”不是已知的政策参数", "'" + e.getKey() + "' is not a known policy parameter"));
        continue;
      }
      Validation<Seq<Violation>, ParameterValues> v = ok.parsed(p.get(), e.getValue());
      if (v.isInvalid()) {
        bad = bad.appendAll(v.getError());
      } else {
        ok = v.get();
      }
    }
    return bad.isEmpty() ? Validation.valid(ok) : Validation.invalid(bad);
  }

  private <T> Validation<Seq<Violation>, ParameterValues> parsed(Parameter<T> p, String raw) {
    return p.parse(raw).map(v -> new ParameterValues(entries.put(p.key(), new Entry<>(p, v))));
  }

  /** The same values with {@code p} set; a value its codec would not accept back is a bug and throws. */
  public <T> ParameterValues with(Parameter<T> p, T value) {
    return new ParameterValues(entries.put(p.key(), new Entry<>(p, p.check(value))));
  }

  public <T> Option<T> get(Parameter<T> p) {
    return entries.get(p.key()).map(e -> {
      @SuppressWarnings("unchecked")
      T value = (T) e.value();
      return value;
    });
  }

  public boolean contains(Parameter<?> p) {
    return entries.containsKey(p.key());
  }

  /** The parameters set, ordered by key. */
  public Seq<Parameter<?>> parameters() {
    return entries.values().map(Entry::parameter);
  }

  public int size() {
    return entries.size();
  }

  public boolean isEmpty() {
    return entries.isEmpty();
  }

  /** These values with every value {@code overlay} sets taking the place of this one's. */
  public ParameterValues overriddenBy(ParameterValues overlay) {
    return new ParameterValues(entries.merge(overlay.entries, (mine, theirs) -> theirs));
  }

  /** Canonical text by key, ordered by key: what {@link #parse} reads back. */
  public SortedMap<String, String> format() {
    return entries.mapValues(Entry::format);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ParameterValues v && v.format().equals(format());
  }

  @Override
  public int hashCode() {
    return format().hashCode();
  }

  @Override
  public String toString() {
    return format().mkString("{", ", ", "}");
  }
}
