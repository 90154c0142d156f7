package dev.clustergov.examples.host;

import dev.clustergov.core.kernel.Parsing;
import dev.clustergov.core.application.establishment.FoundingApplication;
import dev.clustergov.core.application.establishment.FoundingApplication.BankInput;
import dev.clustergov.core.application.establishment.FoundingApplication.BodyInput;
import dev.clustergov.core.application.establishment.FoundingApplication.CharterInput;
import dev.clustergov.core.application.establishment.FoundingApplication.FounderInput;
import dev.clustergov.core.application.establishment.FoundingApplication.PartyInput;
import dev.clustergov.core.application.establishment.FoundingApplication.SeatInput;
import dev.clustergov.core.application.establishment.FoundingApplication.StaffInput;
import dev.clustergov.core.application.establishment.FoundingApplication.SystemInput;
import dev.clustergov.core.application.establishment.FoundingApplication.TypeInput;
import dev.clustergov.core.organization.PromotionOrganization;
import dev.clustergov.core.cluster.ClusterId;
import dev.clustergov.core.finance.IncomeKind;
import dev.clustergov.core.governance.BodyForm;
import dev.clustergov.core.governance.BodyId;
import dev.clustergov.core.governance.ExpertField;
import dev.clustergov.core.governance.Layer;
import dev.clustergov.core.governance.PersonId;
import dev.clustergov.core.governance.SeatRole;
import dev.clustergov.core.kernel.Money;
import dev.clustergov.core.kernel.Violation;
import dev.clustergov.core.management.ManagementSystemKind;
import dev.clustergov.core.management.StaffCategory;
import dev.clustergov.core.organization.CreditCode;
import dev.clustergov.core.organization.FounderKind;
import dev.clustergov.core.organization.OrganizationKind;
import dev.clustergov.core.supervision.AuthorityId;
import io.vavr.control.Validation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import dev.clustergov.core.organization.PartyOrganizationForm;
import dev.clustergov.core.management.Recruitment;

/**
 * The platform's mapping of its {@link Filing}s to the library's founding application and back (申报材料映射):
 * its code lists (Chinese labels on its forms) against the library's codes, and its text against the library's types
 * (decision 0390). A label the platform does not know is reported as malformed with the field it is in, beside every
 * problem the library finds in the rest of the filing.
 */
public final class Filings {

  private Filings() {}

  static final Map<String, String> FOUNDER_ROLES = labels("龙头企业", "LEADING_ENTERPRISE", "科研机构", "RESEARCH_INSTITUTION",
      "社会团体", "SOCIAL_GROUP", "其他单位", "OTHER");
  static final Map<String, String> ORGANIZATION_TYPES = labels("社会团体", "SOCIAL_GROUP", "社会服务机构", "SOCIAL_SERVICE_AGENCY",
      "事业单位", "PUBLIC_INSTITUTION");
  static final Map<String, String> STAFF_CATEGORIES = labels("专业技术人员", "PROFESSIONAL_TECHNICAL", "管理人员", "MANAGEMENT",
      "辅助人员", "AUXILIARY");
  static final Map<String, String> SYSTEMS = labels("人事管理制度", "PERSONNEL", "财务管理制度", "FINANCIAL", "档案管理制度", "ARCHIVES",
      "行政管理制度", "ADMINISTRATIVE", "业务管理制度", "BUSINESS", "保密安全管理制度", "CONFIDENTIALITY_SECURITY",
      "民主协商和内部矛盾调解制度", "DISPUTE_RESOLUTION", "知识产权管理制度", "IP_MANAGEMENT");
  static final Map<String, String> INCOME = labels("会员会费", "MEMBERSHIP_DUES", "政府拨款", "GOVERNMENT_APPROPRIATION",
      "社会捐赠", "DONATION", "服务收入", "SERVICE_INCOME", "其他收入", "OTHER");
  static final Map<String, String> ROLES = labels("负责人", "CHAIR", "副职", "VICE_CHAIR", "秘书长", "SECRETARY_GENERAL", "成员", "MEMBER",
      "专家", "EXPERT");
  static final Map<String, String> FIELDS = labels("技术", "TECHNOLOGY", "服务", "SERVICES", "行业管理", "INDUSTRY_MANAGEMENT",
      "金融投资", "FINANCE", "法律", "LAW");
  /** A body on the form: its id in the library, layer and form. */
  static final Map<String, String[]> BODIES = new LinkedHashMap<>();

  static {
    BODIES.put("会员大会", new String[] {"assembly", "DECISION", "MEMBER_CONGRESS"});
    BODIES.put("监事会", new String[] {"supervisors", "SUPERVISION", "BOARD_OF_SUPERVISORS"});
    BODIES.put("理事会", new String[] {"council", "MANAGEMENT", "COUNCIL"});
    BODIES.put("秘书处", new String[] {"secretariat", "EXECUTION", "SECRETARIAT"});
    BODIES.put("专家委员会", new String[] {"experts", "ADVISORY", "EXPERT_COMMITTEE"});
  }

  /** The founding application the platform files for {@code f}: every founder consents to the charter. */
  public static FoundingApplication toApplication(Filing f) {
    return toApplication(f, new ArrayList<>());
  }

  /**
   * The founding application the platform files for {@code f}, in the library's typed values (decision 0390). What the
   * filing holds that does not map — a label not on the platform's lists, an id or an amount the library's types refuse —
   * is added to {@code misfits} with the path of its field and left out ({@code null}), so the library's own validation
   * still reports every other problem of the filing.
   */
  public static FoundingApplication toApplication(Filing f, List<Violation> misfits) {
    List<Filing.Founder> founders = f.founders() == null ? List.of() : f.founders();
    List<FounderInput> founderInputs = new ArrayList<>();
    for (int i = 0; i < founders.size(); i++) {
      Filing.Founder x = founders.get(i);
      String at = "founders[" + i + "]";
      founderInputs.add(new FounderInput(x.name(), code(FOUNDER_ROLES, x.role(), FounderKind.class, at + ".kind", misfits),
          x.creditCode() == null ? null : valid(CreditCode.parse(at + ".creditCode", x.creditCode()), misfits)));
    }
    List<StaffInput> staff = new ArrayList<>();
    for (int i = 0; i < f.staff().size(); i++) {
      Filing.Staff s = f.staff().get(i);
      String at = "staff[" + i + "]";
      staff.add(new StaffInput(valid(PersonId.parse(at + ".person", s.personId()), misfits), s.name(),
          code(STAFF_CATEGORIES, s.category(), StaffCategory.class, at + ".category", misfits), Recruitment.OPEN_RECRUITMENT));
    }
    List<SystemInput> systems = new ArrayList<>();
    for (int i = 0; i < f.systems().size(); i++) {
      Filing.SystemAdopted s = f.systems().get(i);
      systems.add(new SystemInput(code(SYSTEMS, s.kind(), ManagementSystemKind.class, "managementSystems[" + i + "].kind", misfits),
          s.kind(), s.adopted()));
    }
    List<IncomeKind> income = new ArrayList<>();
    for (int i = 0; i < f.incomeSources().size(); i++) {
      income.add(code(INCOME, f.incomeSources().get(i), IncomeKind.class, "incomeSources[" + i + "]", misfits));
    }
    List<BodyInput> bodies = new ArrayList<>();
    for (int i = 0; i < f.bodies().size(); i++) {
      Filing.Body b = f.bodies().get(i);
      String at = "governance[" + i + "]";
      String[] body = BODIES.getOrDefault(b.name(), new String[] {"other", b.name(), b.name()});
      List<SeatInput> seats = new ArrayList<>();
      for (int j = 0; j < b.seats().size(); j++) {
        Filing.Seat s = b.seats().get(j);
        String seat = at + ".seats[" + j + "]";
        List<ExpertField> fields = new ArrayList<>();
        for (int k = 0; k < s.fields().size(); k++) {
          fields.add(code(FIELDS, s.fields().get(k), ExpertField.class, seat + ".fields[" + k + "]", misfits));
        }
        seats.add(new SeatInput(valid(PersonId.parse(seat + ".person", s.personId()), misfits), s.name(),
            code(ROLES, s.role(), SeatRole.class, seat + ".role", misfits), fields));
      }
      bodies.add(new BodyInput(valid(BodyId.parse(at + ".id", body[0]), misfits), code(Map.of(), body[1], Layer.class, at + ".layer", misfits),
          code(Map.of(), body[2], BodyForm.class, at + ".form", misfits), b.name(), seats));
    }
    return new FoundingApplication(f.name(), valid(ClusterId.parse("cluster", f.cluster()), misfits),
        valid(AuthorityId.parse("authority", f.authority()), misfits), f.guidingBody(), founderInputs,
        new TypeInput(code(ORGANIZATION_TYPES, f.organizationType(), OrganizationKind.class, "type.kind", misfits), List.of()), null,
        new CharterInput(f.charterAdopted(), f.businessScope(), founders.stream().map(Filing.Founder::name).toList()),
        f.party() == null ? null : new PartyInput(PartyOrganizationForm.BRANCH, f.party().name(), f.party().setUp()),
        f.officeAddress(), f.equipment(),
        f.registeredCapital() == null ? null : valid(Money.parse("registeredCapital", f.registeredCapital()), misfits),
        staff, systems, income,
        new BankInput(f.bank().holder(), f.bank().number(), f.bank().bank()),
        bodies);
  }

  /** The platform's record of a PO the library holds: what it shows on its own pages. */
  public static Filing fromOrganization(PromotionOrganization o) {
    return new Filing(o.name(), o.cluster().value(), o.authority().value(), o.guidingBody().orElse(null),
        o.founders().stream().map(x -> new Filing.Founder(x.name(), label(FOUNDER_ROLES, x.kind().name()),
            x.creditCode().map(Object::toString).orElse(null))).toList(),
        o.type().map(t -> label(ORGANIZATION_TYPES, t.kind().name())).orElse(null),
        o.charter().map(c -> c.adoptedOn()).orElse(null), o.charter().map(c -> c.businessScope()).orElse(List.of()),
        o.partyOrganization().map(p -> new Filing.PartyBranch(p.name(), p.setUpOn())).orElse(null),
        o.facilities().officeAddress().orElse(null), o.facilities().equipment(), o.registeredCapital().yuan(),
        o.staff().stream().map(s -> new Filing.Staff(s.person().value(), s.name(), label(STAFF_CATEGORIES, s.category().name()))).toList(),
        o.managementSystems().stream().map(m -> new Filing.SystemAdopted(label(SYSTEMS, m.kind().name()), m.adoptedOn())).toList(),
        o.incomeSources().stream().map(i -> label(INCOME, i.name())).sorted(java.util.Comparator.comparing(INCOME_ORDER::indexOf)).toList(),
        o.bankAccount().map(b -> new Filing.Bank(b.holder(), b.number(), b.bank())).orElse(null),
        o.governance().bodies().stream().map(b -> new Filing.Body(b.name(), b.seats().stream().map(s -> new Filing.Seat(
            s.person().id().value(), s.person().name(), label(ROLES, s.role().name()),
            s.fields().stream().map(x -> label(FIELDS, x.name())).sorted(java.util.Comparator.comparing(FIELDS_ORDER::indexOf)).toList()))
            .toList())).toList());
  }

  private static final List<String> FIELDS_ORDER = List.copyOf(FIELDS.keySet());
  private static final List<String> INCOME_ORDER = List.copyOf(INCOME.keySet());

  private static Map<String, String> labels(String... pairs) {
    Map<String, String> m = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      m.put(pairs[i], pairs[i + 1]);
    }
    return java.util.Collections.unmodifiableMap(m);
  }

  /** The library's constant for the platform's {@code label}; null, and a misfit, when the label is not on the list. */
  private static <E extends Enum<E>> E code(Map<String, String> labels, String label, Class<E> type, String field,
      List<Violation> misfits) {
    return label == null ? null : valid(Parsing.constant(field, type, labels.getOrDefault(label, label)), misfits);
  }

  private static <T> T valid(Validation<Violation, T> v, List<Violation> misfits) {
    if (v.isInvalid()) {
      misfits.add(v.getError());
      return null;
    }
    return v.get();
  }

  private static String label(Map<String, String> labels, String code) {
    return labels.entrySet().stream().filter(e -> e.getValue().equals(code)).map(Map.Entry::getKey).findFirst().orElse(code);
  }
}
