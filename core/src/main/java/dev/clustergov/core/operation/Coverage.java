package dev.clustergov.core.operation;

import dev.clustergov.core.finance.Period;
import dev.clustergov.core.guideline.Function;
import dev.clustergov.core.guideline.FunctionItem;
import dev.clustergov.core.organization.OrganizationId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Function coverage of a PO over a period (职能覆盖, Art.18–24): for each of the seven functions and
 * each of their 32 items, how many service activities served it, which members took part (each
 * counted once), how many outside units, how many were provided directly and how many brokered, and
 * the Art.29 outcomes they added up to; the items and functions no activity served are the gaps.
 * A pure value: the same activities give the same coverage whatever order they come in.
 */
public record Coverage(OrganizationId organization, Period period, List<FunctionCoverage> functions) {

  /** What the activities serving one item (or one function, or the whole PO) add up to. */
  public record Tally(
      int activities, SortedSet<MembershipId> members, SortedSet<String> outsideUnits, int direct, int brokered,
      Outcomes outcomes) {

    public static final Tally NONE = new Tally(0, new TreeSet<>(), new TreeSet<>(), 0, 0, Outcomes.NONE);

    public Tally {
      members = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(members));
      outsideUnits = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(outsideUnits));
      Objects.requireNonNull(outcomes, "outcomes");
      outcomes = outcomes.normalised();
      if (activities < 0 || direct < 0 || brokered < 0 || direct + brokered != activities) {
        throw new IllegalArgumentException("every activity is provided directly or brokered");
      }
    }

    /** Members who took part in at least one activity (distinct). */
    public int participatingMembers() {
      return members.size();
    }

    /** Outside units that took part (distinct by name). */
    public int outsideUnitCount() {
      return outsideUnits.size();
    }

    Tally plus(ServiceActivity a) {
      TreeSet<MembershipId> m = new TreeSet<>(members);
      m.addAll(a.memberParticipants());
      TreeSet<String> o = new TreeSet<>(outsideUnits);
      o.addAll(a.outsideParticipants());
      return new Tally(activities + 1, m, o, direct + (a.delivery() == Delivery.DIRECT ? 1 : 0),
          brokered + (a.delivery() == Delivery.BROKERED ? 1 : 0), outcomes.plus(a.outcomes()));
    }

    Tally plus(Tally t) {
      TreeSet<MembershipId> m = new TreeSet<>(members);
      m.addAll(t.members);
      TreeSet<String> o = new TreeSet<>(outsideUnits);
      o.addAll(t.outsideUnits);
      return new Tally(activities + t.activities, m, o, direct + t.direct, brokered + t.brokered, outcomes.plus(t.outcomes));
    }
  }

  /** One item's activity. */
  public record ItemCoverage(FunctionItem item, Tally tally) {
    public ItemCoverage {
      Objects.requireNonNull(item, "item");
      Objects.requireNonNull(tally, "tally");
    }

    public boolean isGap() {
      return tally.activities() == 0;
    }
  }

  /** One function's items, in the guideline's order, and what they add up to. */
  public record FunctionCoverage(Function function, List<ItemCoverage> items, Tally tally) {
    public FunctionCoverage {
      Objects.requireNonNull(function, "function");
      items = List.copyOf(items);
      Objects.requireNonNull(tally, "tally");
    }

    /** Whether any activity served any of its items in the period. */
    public boolean isActive() {
      return tally.activities() > 0;
    }

    /** The items no activity served. */
    public List<FunctionItem> gaps() {
      return items.stream().filter(ItemCoverage::isGap).map(ItemCoverage::item).toList();
    }
  }

  public Coverage {
    Objects.requireNonNull(organization, "organization");
    Objects.requireNonNull(period, "period");
    functions = List.copyOf(functions);
    if (functions.size() != Function.values().length) {
      throw new IllegalArgumentException("coverage lists all seven functions");
    }
  }

  /**
   * The coverage of {@code activities} over {@code period}: activities held outside the period are
   * left out; an activity of another PO is a bug of the caller.
   */
  public static Coverage of(OrganizationId organization, Period period, Collection<ServiceActivity> activities) {
    List<FunctionCoverage> functions = new ArrayList<>();
    for (Function f : Function.values()) {
      List<ItemCoverage> items = new ArrayList<>();
      Tally total = Tally.NONE;
      for (FunctionItem item : f.items()) {
        Tally t = Tally.NONE;
        for (ServiceActivity a : activities) {
          if (!a.organization().equals(organization)) {
            throw new IllegalArgumentException("activity " + a.id() + " belongs to " + a.organization() + ", not " + organization);
          }
          if (a.item().equals(item) && period.contains(a.heldOn())) {
            t = t.plus(a);
          }
        }
        items.add(new ItemCoverage(item, t));
        total = total.plus(t);
      }
      functions.add(new FunctionCoverage(f, items, total));
    }
    return new Coverage(organization, period, functions);
  }

  public FunctionCoverage function(Function f) {
    return functions.stream().filter(c -> c.function() == f).findFirst().orElseThrow();
  }

  /** Every item with its activity, Art.18(1) to Art.24(3). */
  public List<ItemCoverage> items() {
    return functions.stream().flatMap(f -> f.items().stream()).toList();
  }

  /** Items no activity served in the period. */
  public List<FunctionItem> itemGaps() {
    return items().stream().filter(ItemCoverage::isGap).map(ItemCoverage::item).toList();
  }

  /** Functions none of whose items any activity served. */
  public List<Function> functionGaps() {
    return functions.stream().filter(f -> !f.isActive()).map(FunctionCoverage::function).toList();
  }

  /** How many of the seven functions had activity (Art.29's incentive gates count them). */
  public int activeFunctions() {
    return (int) functions.stream().filter(FunctionCoverage::isActive).count();
  }

  /** Items served at least once. */
  public int coveredItems() {
    return (int) items().stream().filter(i -> !i.isGap()).count();
  }

  /** All activities of the period together. */
  public Tally total() {
    Tally t = Tally.NONE;
    for (FunctionCoverage f : functions) {
      t = t.plus(f.tally());
    }
    return t;
  }
}
