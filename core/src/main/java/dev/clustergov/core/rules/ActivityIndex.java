package dev.clustergov.core.rules;

import dev.clustergov.core.guideline.Function;
import dev.clustergov.core.operation.ServiceActivity;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What the rules of Art.17–24 read about a dossier's service activities (服务活动索引), made in one pass over them
 * and kept on the dossier ({@link Dossier#activityIndex()}, decision 0570): the activities by the function their
 * item serves, each by day, for the seven function rules of Art.18–24 (their window is a slice by day); and the activities open to only
 * some member units with no reason given, for Art.17. Immutable once made.
 */
final class ActivityIndex {

  private static final Function[] FUNCTIONS = Function.values();
  private static final Comparator<ServiceActivity> BY_DAY_THEN_ID =
      Comparator.comparing(ServiceActivity::heldOn).thenComparing(ServiceActivity::id);

  private final Map<Function, List<ServiceActivity>> byFunction;
  private final List<ServiceActivity> closedWithoutReason;

  private ActivityIndex(Map<Function, List<ServiceActivity>> byFunction, List<ServiceActivity> closedWithoutReason) {
    this.byFunction = byFunction;
    this.closedWithoutReason = closedWithoutReason;
  }

  /** The index of {@code activities}, in any order (the ports give them by day then id; only otherwise is there a sort). */
  static ActivityIndex of(List<ServiceActivity> activities) {
    ServiceActivity[] all = activities.toArray(new ServiceActivity[0]);
    int[] counts = new int[FUNCTIONS.length];
    List<ServiceActivity> closed = null;
    boolean ordered = true;
    LocalDate previousDay = null;
    int[] function = new int[all.length];
    // the one pass: order, each one's function, counts by function, and Art.17's closed activities with no reason
    for (int i = 0; i < all.length; i++) {
      ServiceActivity a = all[i];
      LocalDate day = a.heldOn();
      // by day is all the window's binary search needs; activities of one day keep the dossier's order
      if (ordered && previousDay != null) {
        ordered = !day.isBefore(previousDay);
      }
      function[i] = a.item().function().ordinal();
      counts[function[i]]++;
      if (!a.openToAllMembers() && a.closedReason().filter(r -> !r.isBlank()).isEmpty()) {
        if (closed == null) {
          closed = new ArrayList<>();
        }
        closed.add(a);
      }
      previousDay = day;
    }
    if (!ordered) {
      Arrays.sort(all, BY_DAY_THEN_ID);
      for (int i = 0; i < all.length; i++) {
        function[i] = all[i].item().function().ordinal();
      }
    }
    ServiceActivity[][] grouped = new ServiceActivity[FUNCTIONS.length][];
    for (int f = 0; f < FUNCTIONS.length; f++) {
      grouped[f] = new ServiceActivity[counts[f]];
      counts[f] = 0;
    }
    for (int i = 0; i < all.length; i++) {
      int f = function[i];
      grouped[f][counts[f]++] = all[i];
    }
    Map<Function, List<ServiceActivity>> index = new EnumMap<>(Function.class);
    for (int f = 0; f < FUNCTIONS.length; f++) {
      if (grouped[f].length > 0) {
        index.put(FUNCTIONS[f], Collections.unmodifiableList(Arrays.asList(grouped[f])));
      }
    }
    return new ActivityIndex(Collections.unmodifiableMap(index),
        closed == null ? List.of() : Collections.unmodifiableList(closed));
  }

  /**
   * The activities by function, each list by day (activities of one day in the dossier's order, or by id if the
   * dossier was not by day); a function no activity served has no entry.
   */
  Map<Function, List<ServiceActivity>> byFunction() {
    return byFunction;
  }

  /** {@link #byFunction()} with the activities of one day by id: only a list with a day out of id order is copied. */
  Map<Function, List<ServiceActivity>> byFunctionByDayThenId() {
    Map<Function, List<ServiceActivity>> sorted = null;
    for (Map.Entry<Function, List<ServiceActivity>> e : byFunction.entrySet()) {
      List<ServiceActivity> l = e.getValue();
      for (int i = 1; i < l.size(); i++) {
        if (BY_DAY_THEN_ID.compare(l.get(i - 1), l.get(i)) > 0) {
          if (sorted == null) {
            sorted = new EnumMap<>(byFunction);
          }
          ServiceActivity[] copy = l.toArray(new ServiceActivity[0]);
          Arrays.sort(copy, BY_DAY_THEN_ID);
          sorted.put(e.getKey(), Collections.unmodifiableList(Arrays.asList(copy)));
          break;
        }
      }
    }
    return sorted == null ? byFunction : Collections.unmodifiableMap(sorted);
  }

  /** The activities open to only some member units whose reason is absent or blank (Art.17), in the dossier's order. */
  List<ServiceActivity> closedWithoutReason() {
    return closedWithoutReason;
  }
}
