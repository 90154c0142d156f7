package dev.clustergov.core.testkit.gen;

import dev.clustergov.core.application.establishment.FoundingApplication;
import dev.clustergov.core.application.establishment.FoundingApplication.BankInput;
import dev.clustergov.core.application.establishment.FoundingApplication.BodyInput;
import dev.clustergov.core.application.establishment.FoundingApplication.CharterInput;
import dev.clustergov.core.application.establishment.FoundingApplication.ComponentInput;
import dev.clustergov.core.application.establishment.FoundingApplication.FounderInput;
import dev.clustergov.core.application.establishment.FoundingApplication.PartyInput;
import dev.clustergov.core.application.establishment.FoundingApplication.SeatInput;
import dev.clustergov.core.application.establishment.FoundingApplication.StaffInput;
import dev.clustergov.core.application.establishment.FoundingApplication.SystemInput;
import dev.clustergov.core.application.establishment.FoundingApplication.TypeInput;
import dev.clustergov.core.organization.PromotionOrganization;
import dev.clustergov.core.testkit.property.Gen;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.time.LocalDate;

/**
 * Raw founding applications (组建申请): valid ones written from generated compliant POs, and
 * {@link BadField}s — each spoils one field and names the path its violation must carry.
 */
public final class ApplicationGens {

  private ApplicationGens() {}

  /** The application a host would send for {@code o}. */
  public static FoundingApplication applicationOf(PromotionOrganization o) {
    return new FoundingApplication(
        o.name(), o.cluster(), o.authority(), o.guidingBody().orElse(null),
        o.founders().stream().map(f -> new FounderInput(f.name(), f.kind(), f.creditCode().orElse(null))).toList(),
        o.type().map(t -> new TypeInput(t.kind(), t.components().stream()
            .map(c -> new ComponentInput(c.name(), c.kind())).toList())).orElse(null),
        o.creditCode().orElse(null),
        o.charter().map(c -> new CharterInput(c.adoptedOn(), c.businessScope(),
            c.consentingFounders().stream().sorted().toList())).orElse(null),
        o.partyOrganization().map(p -> new PartyInput(p.form(), p.name(), p.setUpOn())).orElse(null),
        o.facilities().officeAddress().orElse(null), o.facilities().equipment(),
        o.registeredCapital(),
        o.staff().stream().map(s -> new StaffInput(s.person(), s.name(), s.category(), s.recruitment())).toList(),
        o.managementSystems().stream().map(m -> new SystemInput(m.kind(), m.title(), m.adoptedOn())).toList(),
        o.incomeSources().stream().sorted().toList(),
        o.bankAccount().map(b -> new BankInput(b.holder(), b.number(), b.bank())).orElse(null),
        o.governance().bodies().stream().map(b -> new BodyInput(b.id(), b.layer(), b.form(), b.name(),
            b.seats().stream().map(s -> new SeatInput(s.person().id(), s.person().name(), s.role(),
                s.fields().stream().sorted().toList())).toList())).toList(),
        o.legalRepresentative().map(p -> new FoundingApplication.PersonInput(p.id(), p.name())).orElse(null));
  }

  /** Valid applications: those of generated compliant POs. */
  public static Gen<FoundingApplication> validApplications() {
    return OrganizationGens.compliant().map(c -> applicationOf(c.organization()));
  }

  /** One spoiled field: the path its violation names, and how to spoil it. */
  public record BadField(String path, String how, Function<FoundingApplication, FoundingApplication> spoil) {
    @Override
    public String toString() {
      return path + " (" + how + ")";
    }
  }

  /** A copy of {@code a} with one record component replaced (by name). */
  public static FoundingApplication with(FoundingApplication a, String component, Object value) {
    try {
      RecordComponent[] cs = FoundingApplication.class.getRecordComponents();
      Object[] args = new Object[cs.length];
      Class<?>[] types = new Class<?>[cs.length];
      for (int i = 0; i < cs.length; i++) {
        types[i] = cs[i].getType();
        args[i] = cs[i].getName().equals(component) ? value : cs[i].getAccessor().invoke(a);
      }
      return FoundingApplication.class.getDeclaredConstructor(types).newInstance(args);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  private static <T> List<T> first(List<T> list, Function<T, T> change) {
    List<T> copy = new ArrayList<>(list);
    copy.set(0, change.apply(copy.get(0)));
    return copy;
  }

  private static Gen<BadField> bad(String path, Gen<?> values, java.util.function.BiFunction<FoundingApplication, Object, FoundingApplication> f) {
    return values.map(v -> new BadField(path, String.valueOf(v), a -> f.apply(a, v)));
  }

  /** Every way this generator knows to spoil one field, one generator each, each a different path. */
  public static List<Gen<BadField>> badFields() {
    Gen<String> control = Gen.elements("\u0000", "\u0007", "\u001b", "\u2028").flatMap(c ->
        DomainGens.poNames().map(n -> n.substring(0, 2) + c + n.substring(2)));
    // typed values: what a type's factory refuses (an unknown constant, a day that is not a date, a malformed id, credit
    // code or amount) is the edge's to report, so here a missing one (null) or a day out of range
    Gen<Object> missing = Gen.elements(new Object[] {null});
    Gen<LocalDate> badDate = Gen.elements(LocalDate.of(1900, 1, 1), LocalDate.of(1948, 12, 31), LocalDate.of(2201, 1, 1), null);
    return List.of(
        bad("name", Gen.oneOf(control, Gen.elements("", "  ")), (a, v) -> with(a, "name", v)),
        bad("cluster", missing, (a, v) -> with(a, "cluster", v)),
        bad("authority", missing, (a, v) -> with(a, "authority", v)),
        bad("guidingBody", control, (a, v) -> with(a, "guidingBody", v)),
        bad("founders[0].kind", missing, (a, v) -> with(a, "founders",
            first(a.founders(), f -> new FounderInput(f.name(), null, f.creditCode())))),
        bad("type.kind", missing, (a, v) -> with(a, "type", new TypeInput(null, a.type().components()))),
        bad("charter.adoptedOn", badDate, (a, v) -> with(a, "charter",
            new CharterInput((LocalDate) v, a.charter().businessScope(), a.charter().consentingFounders()))),
        bad("partyOrganization.form", missing, (a, v) -> with(a, "partyOrganization",
            new PartyInput(null, a.partyOrganization().name(), a.partyOrganization().setUpOn()))),
        bad("officeAddress", control, (a, v) -> with(a, "officeAddress", v)),
        bad("equipment[0]", Gen.elements("", " ", "\u0000"), (a, v) -> with(a, "equipment", first(a.equipment(), e -> (String) v))),
        bad("staff[0].category", missing, (a, v) -> with(a, "staff",
            first(a.staff(), s -> new StaffInput(s.person(), s.name(), null, s.recruitment())))),
        bad("managementSystems[0].kind", missing, (a, v) -> with(a, "managementSystems",
            first(a.managementSystems(), m -> new SystemInput(null, m.title(), m.adoptedOn())))),
        bad("incomeSources[0]", missing, (a, v) -> with(a, "incomeSources", first(a.incomeSources(), s -> null))),
        bad("bankAccount.number", Gen.integers(41, 60).map(n -> "1".repeat(n)), (a, v) -> with(a, "bankAccount",
            new BankInput("开户单位", (String) v, "澄信银行"))),
        bad("legalRepresentative.person", missing, (a, v) -> with(a, "legalRepresentative",
            new FoundingApplication.PersonInput(null, "张伟"))),
        bad("governance[0].layer", missing, (a, v) -> with(a, "governance",
            first(a.governance(), b -> new BodyInput(b.id(), null, b.form(), b.name(), b.seats())))));
  }

  /** {@code k} distinct bad fields (1 ≤ k ≤ the number there are), in the table's order. */
  public static Gen<List<BadField>> badFields(int k) {
    List<Gen<BadField>> all = badFields();
    // a random permutation of the table by sort keys, of which the first k: a set of k would need many draws
    return Gen.listOf(Gen.integers(0, Integer.MAX_VALUE), all.size(), all.size()).flatMap(keys -> {
      List<Integer> indexes = java.util.stream.IntStream.range(0, all.size()).boxed()
          .sorted(java.util.Comparator.comparing(keys::get)).limit(k).sorted().toList();
      Gen<List<BadField>> acc = Gen.constant(List.of());
      for (int i : indexes) {
        acc = Gen.combine(acc, all.get(i), (l, b) -> {
          List<BadField> next = new ArrayList<>(l);
          next.add(b);
          return List.copyOf(next);
        });
      }
      return acc;
    });
  }
}
