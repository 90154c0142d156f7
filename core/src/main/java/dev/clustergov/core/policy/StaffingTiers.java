package dev.clustergov.core.policy;

import dev.clustergov.core.kernel.Violation;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;

/**
 * Staffing tiers (人员配备档位, Art.7(3)): the minimum staff head-count by the size of the cluster
 * served, measured as its number of enterprises. Written {@code 200:5,1000:10,*:15}: up to 200
 * enterprises at least 5 staff, up to 1000 at least 10, above that at least 15.
 *
 * <p>Well-formed tiers have strictly ascending bounds, a non-decreasing head-count (a larger
 * cluster never needs fewer staff), and an open last tier ({@code *}) so that every cluster size
 * has a minimum.
 */
public final class StaffingTiers {

  /** One tier: clusters of at most {@code maxEnterprises} enterprises (open when empty) need {@code minimumStaff}. */
  public record Tier(Option<Integer> maxEnterprises, int minimumStaff) {

    public static Tier upTo(int maxEnterprises, int minimumStaff) {
      return new Tier(Option.some(maxEnterprises), minimumStaff);
    }

    public static Tier above(int minimumStaff) {
      return new Tier(Option.none(), minimumStaff);
    }

    boolean holds(int enterprises) {
      return maxEnterprises.map(max -> enterprises <= max).getOrElse(true);
    }

    String format() {
      return maxEnterprises.map(String::valueOf).getOrElse("*") + ":" + minimumStaff;
    }
  }

  private final List<Tier> tiers;

  private StaffingTiers(List<Tier> tiers) {
    this.tiers = tiers;
  }

  /** Parses {@code bound:staff,…,*:staff}, reporting every malformed or out-of-order tier. */
  public static Validation<Seq<Violation>, StaffingTiers> parse(String field, String raw) {
    String s = raw == null ? "" : raw.strip();
    if (s.isEmpty()) {
      return Validation.invalid(List.of(Violation.of(field, "required",
          "该项至少需要一个档位", field + " needs at least one tier")));
    }
    String[] parts = s.split(",", -1);
    List<Violation> bad = List.empty();
    List<Tier> tiers = List.empty();
    for (int i = 0; i < parts.length; i++) {
      String f = field + "[" + i + "]";
      String[] cell = parts[i].strip().split(":", -1);
      if (cell.length != 2) {
        bad = bad.append(Violation.of(f, "not-a-tier",
            "该项应为“企业数上限:最少人数”，如“200:5”", f + " must be 'max enterprises:minimum staff', such as 200:5"));
        continue;
      }
      String bound = cell[0].strip();
      Validation<Violation, Integer> max =
          bound.equals("*") ? Validation.valid(-1) : Codecs.integer(f + ".maxEnterprises", bound, 1, Integer.MAX_VALUE);
      Validation<Violation, Integer> staff = Codecs.integer(f + ".minimumStaff", cell[1], 0, Integer.MAX_VALUE);
      if (max.isInvalid() || staff.isInvalid()) {
        bad = bad.appendAll(List.of(max, staff).filter(Validation::isInvalid).map(Validation::getError));
        continue;
      }
      tiers = tiers.append(new Tier(
          max.get() < 0 ? Option.none() : Option.some(max.get()), staff.get()));
    }
    if (!bad.isEmpty()) {
      return Validation.invalid(bad);
    }
    Seq<Violation> order = ordering(field, tiers);
    return order.isEmpty() ? Validation.valid(new StaffingTiers(tiers)) : Validation.invalid(order);
  }

  /** For tiers written in code; a bad table is a bug. */
  public static StaffingTiers from(Tier... tiers) {
    List<Tier> list = List.of(tiers);
    Seq<Violation> order = ordering("tiers", list);
    if (!order.isEmpty() || list.isEmpty()) {
      throw new IllegalArgumentException("bad staffing tiers: " + order);
    }
    return new StaffingTiers(list);
  }

  private static Seq<Violation> ordering(String field, List<Tier> tiers) {
    List<Violation> bad = List.empty();
    for (int i = 0; i < tiers.size(); i++) {
      String f = field + "[" + i + "]";
      Tier t = tiers.get(i);
      boolean last = i == tiers.size() - 1;
      if (t.maxEnterprises().isEmpty() && !last) {
        bad = bad.append(Violation.of(f, "tiers-open-early",
            "该项只有最后一档可以不设上限（*）", f + ": only the last tier may be open (*)"));
      }
      if (last && t.maxEnterprises().isDefined()) {
        bad = bad.append(Violation.of(f, "tiers-not-open",
            "该项最后一档不应设上限（以*表示），使任何规模的集群都有最少人数",
            f + ": the last tier must be open (*) so that every cluster size has a minimum"));
      }
      if (i > 0) {
        Tier before = tiers.get(i - 1);
        if (before.maxEnterprises().isDefined() && t.maxEnterprises().isDefined()
            && t.maxEnterprises().get() <= before.maxEnterprises().get()) {
          bad = bad.append(Violation.of(f, "tiers-bounds-order",
              "该项企业数上限应严格递增", f + ": enterprise bounds must be strictly ascending"));
        }
        if (t.minimumStaff() < before.minimumStaff()) {
          bad = bad.append(Violation.of(f, "tiers-staff-order",
              "该项较大集群的最少人数不能少于较小集群", f + ": a larger cluster cannot need fewer staff"));
        }
      }
    }
    return bad;
  }

  public List<Tier> tiers() {
    return tiers;
  }

  /** The minimum staff head-count for a cluster of {@code enterprises} enterprises. */
  public int minimumStaffFor(int enterprises) {
    return tiers.find(t -> t.holds(enterprises)).map(Tier::minimumStaff).getOrElse(tiers.last().minimumStaff());
  }

  public String format() {
    return tiers.map(Tier::format).mkString(",");
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof StaffingTiers t && t.tiers.equals(tiers);
  }

  @Override
  public int hashCode() {
    return tiers.hashCode();
  }

  @Override
  public String toString() {
    return format();
  }
}
