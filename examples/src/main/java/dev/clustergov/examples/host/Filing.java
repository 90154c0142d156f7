package dev.clustergov.examples.host;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A provincial platform's own record of a founding application (申报材料), in the words of its forms:
 * Chinese labels for roles, categories and bodies, dates as dates. {@link Filings} maps it to the
 * library's {@code FoundingApplication} and back; the library never sees this type.
 *
 * @param party null while the founders have not yet set up a Party branch
 */
public record Filing(
    String name, String cluster, String authority, String guidingBody, List<Founder> founders, String organizationType,
    LocalDate charterAdopted, List<String> businessScope, PartyBranch party, String officeAddress, List<String> equipment,
    BigDecimal registeredCapital, List<Staff> staff, List<SystemAdopted> systems, List<String> incomeSources, Bank bank,
    List<Body> bodies) {

  /** A founding unit: 龙头企业, 科研机构, 社会团体 or 其他单位. */
  public record Founder(String name, String role, String creditCode) {}

  /** 党支部 and the day it was set up. */
  public record PartyBranch(String name, LocalDate setUp) {}

  /** A staff member: 专业技术人员, 管理人员 or 辅助人员, hired by open recruitment. */
  public record Staff(String personId, String name, String category) {}

  /** A management system by its name on the form (e.g. 人事管理制度) and the day it was adopted. */
  public record SystemAdopted(String kind, LocalDate adopted) {}

  public record Bank(String holder, String number, String bank) {}

  /** A governance body by its name on the form: 会员大会, 监事会, 理事会, 秘书处 or 专家委员会. */
  public record Body(String name, List<Seat> seats) {}

  /** A seat: 负责人, 副职, 秘书长, 成员 or 专家, with an expert's fields (技术, 服务, 行业管理, 金融投资, 法律). */
  public record Seat(String personId, String name, String role, List<String> fields) {}

  /** The same filing with a Party branch (or none). */
  public Filing withParty(PartyBranch branch) {
    return new Filing(name, cluster, authority, guidingBody, founders, organizationType, charterAdopted, businessScope, branch,
        officeAddress, equipment, registeredCapital, staff, systems, incomeSources, bank, bodies);
  }
}
