package dev.clustergov.examples.host;

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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The platform's mapping of its {@link Filing}s to the library's founding application and back (申报材料映射):
 * its code lists (Chinese labels on its forms) against the library's codes. A label the platform does
 * not know is passed through as it is, so the library reports it as malformed with the field it is in.
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
    return new FoundingApplication(f.name(), f.cluster(), f.authority(), f.guidingBody(),
        f.founders().stream().map(x -> new FounderInput(x.name(), code(FOUNDER_ROLES, x.role()), x.creditCode())).toList(),
        new TypeInput(code(ORGANIZATION_TYPES, f.organizationType()), List.of()), null,
        new CharterInput(f.charterAdopted().toString(), f.businessScope(), f.founders().stream().map(Filing.Founder::name).toList()),
        f.party() == null ? null : new PartyInput("BRANCH", f.party().name(), f.party().setUp().toString()),
        f.officeAddress(), f.equipment(), f.registeredCapital(),
        f.staff().stream().map(s -> new StaffInput(s.personId(), s.name(), code(STAFF_CATEGORIES, s.category()), "OPEN_RECRUITMENT"))
            .toList(),
        f.systems().stream().map(s -> new SystemInput(code(SYSTEMS, s.kind()), s.kind(), s.adopted().toString())).toList(),
        f.incomeSources().stream().map(i -> code(INCOME, i)).toList(),
        new BankInput(f.bank().holder(), f.bank().number(), f.bank().bank()),
        f.bodies().stream().map(b -> {
          String[] body = BODIES.getOrDefault(b.name(), new String[] {"other", b.name(), b.name()});
          return new BodyInput(body[0], body[1], body[2], b.name(), b.seats().stream().map(s -> new SeatInput(s.personId(), s.name(),
              code(ROLES, s.role()), s.fields().stream().map(x -> code(FIELDS, x)).toList())).toList());
        }).toList());
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

  private static String code(Map<String, String> labels, String label) {
    return label == null ? null : labels.getOrDefault(label, label);
  }

  private static String label(Map<String, String> labels, String code) {
    return labels.entrySet().stream().filter(e -> e.getValue().equals(code)).map(Map.Entry::getKey).findFirst().orElse(code);
  }
}
