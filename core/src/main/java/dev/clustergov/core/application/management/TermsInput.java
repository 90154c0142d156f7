package dev.clustergov.core.application.management;

import dev.clustergov.core.application.internal.Inputs;
import dev.clustergov.core.ip.IpActivity;
import dev.clustergov.core.ip.Ownership;
import dev.clustergov.core.ip.Party;
import dev.clustergov.core.ip.PartyKind;
import dev.clustergov.core.ip.Terms;
import dev.clustergov.core.ip.UseRight;
import dev.clustergov.core.kernel.Validations;
import dev.clustergov.core.kernel.Violation;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The terms of an IP agreement as a host or the REST server sends them (协议条款输入, Art.16).
 * Validation reports every malformed field at once; whether well-formed terms meet Art.16 is for
 * the use case, which cites it.
 *
 * @param duties per activity, the names of the parties that carry it
 * @param shares per party name, a percentage with at most four decimals, e.g. {@code 33.3334}
 */
public record TermsInput(
    List<PartyInput> parties, Map<IpActivity, List<String>> duties, List<OwnershipInput> ownership,
    List<UseRightInput> useRights, Map<String, BigDecimal> shares) {

  public record PartyInput(String name, PartyKind kind) {}

  public record OwnershipInput(String results, List<String> owners) {}

  public record UseRightInput(String holder, String scope) {}

  public Validation<Seq<Violation>, Terms> parse() {
    var ps = Validations.each("parties", parties, p -> Validation.combine(
            Validations.seq(Validations.text("name", p.name(), 200)), Validations.seq(Validations.required("kind", p.kind())))
        .ap(Party::new).mapError(e -> e.flatMap(x -> x)))
        .flatMap(list -> {
          var names = Inputs.distinctTexts("parties", list.map(Party::name).toJavaList(), 0, 200);
          return names.map(n -> list.toJavaList());
        });
    Validation<Seq<Violation>, Map<IpActivity, SortedSet<String>>> ds = parseDuties();
    var os = Validations.each("ownership", ownership, o -> Validation.combine(
            Validations.seq(Validations.text("results", o.results(), 500)), names("owners", o.owners()))
        .ap(Ownership::new).mapError(e -> e.flatMap(x -> x)));
    var us = Validations.each("useRights", useRights, u -> Validation.combine(
            Validations.seq(Validations.text("holder", u.holder(), 200)), Validations.seq(Validations.text("scope", u.scope(), 500)))
        .ap(UseRight::new).mapError(e -> e.flatMap(x -> x)));
    Validation<Seq<Violation>, TreeMap<String, BigDecimal>> ss = parseShares();
    Seq<Violation> errors = Validations.errors(ps, ds, os, us, ss);
    if (!errors.isEmpty()) {
      return Validation.invalid(errors);
    }
    return Validation.valid(new Terms(ps.get(), ds.get(), os.get().toJavaList(), us.get().toJavaList(), ss.get()));
  }

  private static Validation<Seq<Violation>, SortedSet<String>> names(String field, List<String> raw) {
    return Validations.each(field, raw, s -> Validations.seq(Validations.text("", s, 200)))
        .map(l -> (SortedSet<String>) new TreeSet<>(l.toJavaList()));
  }

  private Validation<Seq<Violation>, Map<IpActivity, SortedSet<String>>> parseDuties() {
    Map<IpActivity, SortedSet<String>> out = new EnumMap<>(IpActivity.class);
    io.vavr.collection.List<Violation> bad = io.vavr.collection.List.empty();
    if (duties != null) {
      for (Map.Entry<IpActivity, List<String>> e : new LinkedHashMap<>(duties).entrySet()) {
        var activity = Validations.seq(Validations.required("duties", e.getKey()));
        var who = names("duties." + e.getKey(), e.getValue());
        if (activity.isValid() && who.isValid()) {
          out.put(activity.get(), who.get());
        }
        bad = bad.appendAll(Validations.errors(activity, who));
      }
    }
    return bad.isEmpty() ? Validation.valid(out) : Validation.invalid(bad);
  }

  /** Exact decimals: at most four places, at most three digits before the point; no rounding, ever. */
  private Validation<Seq<Violation>, TreeMap<String, BigDecimal>> parseShares() {
    TreeMap<String, BigDecimal> out = new TreeMap<>();
    io.vavr.collection.List<Violation> bad = io.vavr.collection.List.empty();
    if (shares != null) {
      for (Map.Entry<String, BigDecimal> e : new LinkedHashMap<>(shares).entrySet()) {
        String field = "shares." + e.getKey();
        var name = Validations.text("shares", e.getKey(), 200);
        BigDecimal v = e.getValue();
        if (name.isInvalid()) {
          bad = bad.append(name.getError());
        } else if (v == null) {
          bad = bad.append(Violation.of(field, "required", "该项不能为空", field + " is required"));
        } else if (v.stripTrailingZeros().scale() > Terms.SHARE_SCALE) {
          bad = bad.append(Violation.of(field, "scale", "该项最多四位小数", field + " has more than four decimal places"));
        } else if (v.abs().compareTo(new BigDecimal("1000")) >= 0) {
          bad = bad.append(Violation.of(field, "range", "该项须为百分比（小于1000）", field + " is not a percentage (below 1000)"));
        } else if (out.put(name.get(), v.setScale(Terms.SHARE_SCALE)) != null) {
          bad = bad.append(Violation.of("shares", "duplicate", "利益分配方重复：" + name.get(), "shares repeats " + name.get()));
        }
      }
    }
    return bad.isEmpty() ? Validation.valid(out) : Validation.invalid(bad);
  }
}
