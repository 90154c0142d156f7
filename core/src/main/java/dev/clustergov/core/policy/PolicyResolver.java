package dev.clustergov.core.policy;

import dev.clustergov.core.kernel.Dates;
import dev.clustergov.core.kernel.RegionCode;
import dev.clustergov.core.kernel.RegionNames;
import dev.clustergov.core.kernel.Violation;
import io.vavr.Tuple;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.collection.TreeSet;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.time.LocalDate;

/**
 * Finds the policy in force (政策适用, Art.30): start from the national baseline, then for the
 * nation, the province, the city and the county containing the region — broader to narrower —
 * lay over the latest pack of that jurisdiction effective on the date. Latest means the greatest
 * effective date, then the greatest version. A pack of any other region changes nothing.
 */
public final class PolicyResolver {

  private PolicyResolver() {}

  /**
   * The policy in force for {@code region} on {@code date}. The national baseline is the floor on
   * every date, so every parameter has a value; packs should have passed {@link #validateOverlay}.
   */
  public static Policy resolve(Iterable<PolicyPack> packs, RegionCode region, LocalDate date) {
    PolicyPack baseline = NationalBaseline.pack();
    List<PolicyPack> all = List.ofAll(packs);
    ParameterValues values = baseline.values();
    Map<String, PolicySource> origins = LinkedHashMap.empty();
    for (Parameter<?> p : baseline.values().parameters()) {
      origins = origins.put(p.key(), baseline.source());
    }
    List<PolicySource> sources = List.of(baseline.source());
    for (RegionCode level : chain(region)) {
      Option<PolicyPack> latest = latest(all, level, date);
      if (latest.isEmpty() || latest.get().equals(baseline)) {
        continue;
      }
      PolicyPack pack = latest.get();
      values = values.overriddenBy(pack.values());
      for (Parameter<?> p : pack.values().parameters()) {
        origins = origins.put(p.key(), pack.source());
      }
      sources = sources.append(pack.source());
    }
    return new Policy(region, date, values, sources, origins);
  }

  /**
   * The policy {@code region} had on {@code date} under exactly the pack versions {@code recorded} names
   * (as {@link PolicySource#toString()} writes them): what an evaluation recorded, so a pack published
   * afterwards — even one dated back — never reaches into it (Art.28, Art.30). A named version no pack
   * in {@code packs} has is left out, so the result's sources show it missing.
   */
  public static Policy resolveAsRecorded(Iterable<PolicyPack> packs, RegionCode region, LocalDate date,
      java.util.Collection<String> recorded) {
    return resolve(List.ofAll(packs).filter(p -> recorded.contains(p.source().toString())), region, date);
  }

  /** The jurisdictions whose packs apply to {@code region}, broadest first: nation … region itself. */
  public static Seq<RegionCode> chain(RegionCode region) {
    List<RegionCode> chain = List.of(region);
    for (var up = region.parent(); up.isPresent(); up = up.get().parent()) {
      chain = chain.prepend(up.get());
    }
    return chain;
  }

  /** The latest pack of exactly {@code jurisdiction} in force on {@code date}; on a tie, the last given. */
  static Option<PolicyPack> latest(Seq<PolicyPack> packs, RegionCode jurisdiction, LocalDate date) {
    return packs
        .filter(p -> p.jurisdiction().equals(jurisdiction) && p.isEffectiveOn(date))
        .foldLeft(Option.none(), (best, p) ->
            best.isEmpty() || PolicyPack.BY_RECENCY.compare(p, best.get()) >= 0 ? Option.some(p) : best);
  }

  /**
   * Whether {@code overlay} may join {@code packs}: refused, with every problem, when another pack
   * of its jurisdiction already has its version, or when it would make the merged policy
   * inconsistent — for its own jurisdiction and every narrower one with packs, on its effective
   * date and on every later date when a pack takes effect, wherever the overlay is in force.
   */
  public static Validation<Seq<Violation>, PolicyPack> validateOverlay(Iterable<PolicyPack> packs, PolicyPack overlay) {
    List<PolicyPack> existing = List.ofAll(packs).remove(overlay);
    List<Violation> bad = List.empty();
    boolean taken = existing.append(NationalBaseline.pack())
        .exists(p -> p.jurisdiction().equals(overlay.jurisdiction()) && p.version() == overlay.version()
            && !p.equals(overlay));
    if (taken) {
      bad = bad.append(Violation.of("version", "version-taken",
          RegionNames.name(overlay.jurisdiction()).zh() + "已有第" + overlay.version() + "版地方政策参数",
          RegionNames.name(overlay.jurisdiction()).en() + " already has version " + overlay.version() + " of its policy pack"));
    }
    List<PolicyPack> all = existing.append(overlay);
    var regions = TreeSet.of(overlay.jurisdiction())
        .addAll(all.map(PolicyPack::jurisdiction).filter(overlay.jurisdiction()::covers));
    var dates = TreeSet.of(overlay.effectiveFrom())
        .addAll(all.map(PolicyPack::effectiveFrom).filter(d -> d.isAfter(overlay.effectiveFrom())));
    var seen = io.vavr.collection.HashSet.<io.vavr.Tuple2<String, String>>empty();
    for (RegionCode region : regions) {
      for (LocalDate date : dates) {
        Policy merged = resolve(all, region, date);
        if (!merged.sources().contains(overlay.source())) {
          continue;
        }
        for (Violation v : Parameters.inconsistencies(merged.values())) {
          if (seen.contains(Tuple.of(v.field(), v.code()))) {
            continue;
          }
          seen = seen.add(Tuple.of(v.field(), v.code()));
          bad = bad.append(Violation.of(v.field(), v.code(),
              "合并后（" + RegionNames.name(region).zh() + "，" + Dates.zh(date) + "）：" + v.zh(),
              "merged for " + RegionNames.name(region).en() + " on " + Dates.en(date) + ": " + v.en()));
        }
      }
    }
    return bad.isEmpty() ? Validation.valid(overlay) : Validation.invalid(bad);
  }
}
