package dev.clustergov.core.disclosure;

import dev.clustergov.core.kernel.Text;
import dev.clustergov.core.kernel.DomainEvent;
import dev.clustergov.core.organization.OrganizationId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which recorded events are major matters (重大事项, Art.14) under a policy's set of matter keys. An
 * event answers to its type ({@code OrganizationDissolved}) and, when it names them, to its type
 * qualified by layer or role ({@code SeatAppointed.DECISION}, {@code SeatRemoved.CHAIR}), so a policy
 * can count a change on the council without counting every expert added to the advisory committee.
 */
public final class MajorMatters {

  private MajorMatters() {}

  /** Aggregates whose own events never make a major matter: disclosure must not feed on itself. */
  public static final Set<String> EXEMPT_AGGREGATES = Set.of("disclosure", "disclosureObligation");

  /** The matters the baseline names (decision 0351's types), each in the words the disclosure owes. */
  private static final Map<String, Text> TYPES = Map.ofEntries(
      Map.entry("CharterAmended", Text.of("章程修改", "amendment of the charter")),
      Map.entry("NameChanged", Text.of("名称变更", "change of name")),
      Map.entry("HeadChanged", Text.of("负责人变更", "change of head")),
      Map.entry("LegalRepresentativeChanged", Text.of("法定代表人变更", "change of legal representative")),
      Map.entry("CapitalChanged", Text.of("注册资金变更", "change of registered capital")),
      Map.entry("SanctionImposed", Text.of("受到依法依规处理", "a sanction imposed")),
      Map.entry("OrganizationSuspended", Text.of("暂停认定", "suspension of recognition")),
      Map.entry("OrganizationReinstated", Text.of("认定被恢复", "reinstatement of recognition")),
      Map.entry("RecognitionRevoked", Text.of("撤销认定", "revocation of recognition")),
      Map.entry("OrganizationDissolved", Text.of("注销", "dissolution")),
      Map.entry("SeatAppointed", Text.of("人员任命", "appointment")),
      Map.entry("SeatRemoved", Text.of("人员免职", "removal from office")));

  /**
   * A matter key in words, e.g. {@code SeatAppointed.DECISION} 决策层人员任命 / appointment (decision layer): what a
   * feed or page shows, never the key itself in Chinese text. A key a local pack adds that is not known here is said as a
   * major matter in Chinese and by its key in English.
   */
  public static Text label(String key) {
    int dot = key.indexOf('.');
    Text base = TYPES.get(dot < 0 ? key : key.substring(0, dot));
    if (base == null) {
      return Text.of("其他重大事项", "major matter " + key);
    }
    if (dot < 0) {
      return base;
    }
    String q = key.substring(dot + 1);
    var layer = java.util.Arrays.stream(dev.clustergov.core.governance.Layer.values()).filter(l -> l.name().equals(q)).findFirst();
    if (layer.isPresent()) {
      return Text.of(layer.get().label().zh() + base.zh(), base.en() + " (" + layer.get().label().en() + ")");
    }
    var role = java.util.Arrays.stream(dev.clustergov.core.governance.SeatRole.values()).filter(r -> r.name().equals(q)).findFirst();
    if (role.isPresent()) { // 负责人任命, not 负责人人员任命
      return Text.of(role.get().label().zh() + base.zh().replaceFirst("^人员", ""), base.en() + " (" + role.get().label().en() + ")");
    }
    return Text.of(base.zh(), base.en() + " (" + q + ")");
  }

  /** The keys an event answers to, most specific last. */
  public static List<String> keys(DomainEvent e) {
    List<String> keys = new ArrayList<>();
    keys.add(e.type());
    if (e.data().containsKey("layer")) {
      keys.add(e.type() + "." + e.data().get("layer"));
    }
    if (e.data().containsKey("role")) {
      keys.add(e.type() + "." + e.data().get("role"));
    }
    return keys;
  }

  /** The most specific key of {@code e} that {@code matters} names, if {@code e} is a major matter. */
  public static Optional<String> matter(DomainEvent e, Set<String> matters) {
    if (EXEMPT_AGGREGATES.contains(e.aggregateType())) {
      return Optional.empty();
    }
    List<String> keys = keys(e);
    for (int i = keys.size() - 1; i >= 0; i--) {
      if (matters.contains(keys.get(i))) {
        return Optional.of(keys.get(i));
      }
    }
    return Optional.empty();
  }

  /**
   * The day the matter arose (decision 0351): the day it was decided, when the event says
   * ({@code decidedOn}), else the day it was recorded; but not before the PO was established, as a PO
   * still being founded discloses nothing yet.
   */
  public static LocalDate arisenOn(DomainEvent e, Optional<LocalDate> establishedOn, LocalDate recordedOn) {
    String decided = e.data().get("decidedOn");
    LocalDate day = decided == null ? recordedOn : LocalDate.parse(decided);
    return establishedOn.filter(day::isBefore).orElse(day);
  }

  /** The PO an event is about: its aggregate, or the {@code organization} it names. */
  public static Optional<OrganizationId> organization(DomainEvent e) {
    String raw = e.aggregateType().equals("organization") ? e.aggregateId() : e.data().get("organization");
    return raw == null ? Optional.empty() : OrganizationId.parse("organization", raw).toJavaOptional();
  }
}
