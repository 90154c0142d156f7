package dev.clustergov.adapters.rest;

import dev.clustergov.core.application.Clustergov;
import dev.clustergov.core.application.establishment.FoundingApplication;
import dev.clustergov.core.application.Ports;
import dev.clustergov.core.application.establishment.ProposeOrganization;
import dev.clustergov.core.application.general.RegisterAuthority;
import dev.clustergov.core.application.general.RegisterCluster;
import dev.clustergov.core.organization.PromotionOrganization;
import dev.clustergov.core.testkit.fixtures.Fixtures;
import java.util.List;
import java.util.OptionalLong;
import dev.clustergov.core.cluster.ClusterLevel;
import dev.clustergov.core.organization.CreditCode;
import dev.clustergov.core.kernel.RegionCode;
import dev.clustergov.core.cluster.ClusterId;
import dev.clustergov.core.supervision.AuthorityId;
import dev.clustergov.core.management.ManagementSystemKind;

/**
 * The registry every HTTP test starts from, written through the use cases: the ministry, Jiangsu's
 * department, the Suzhou and Shenzhen bureaus, a cluster in each city, and four POs — and one token per
 * role and scope.
 */
final class World {

  static final String NATIONAL = "token-national-ministry-0001";
  static final String JIANGSU = "token-jiangsu-department-0001";
  static final String SUZHOU = "token-suzhou-bureau-000000001";
  static final String SHENZHEN = "token-shenzhen-bureau-0000001";
  static final String EVALUATOR = "token-evaluator-ccid-00000001";
  static final String SECRETARIAT_A = "token-secretariat-of-po-a-001";
  static final String MEMBER_A = "token-member-li-of-po-a-00001";
  static final String SECRETARIAT_D = "token-secretariat-of-po-d-001";
  static final String SECRETARIAT_S = "token-secretariat-of-po-s-001";
  static final String MEMBER_S = "token-member-li-of-po-s-00001";
  static final String SECRETARIAT_M = "token-secretariat-of-po-m-001";
  /** A member unit of {@link #poS} known by its membership id: 苏州纳衡科技有限公司, a partner that signs for itself (Art.16). */
  static final String MEMBER_UNIT_S = "token-member-unit-navi-of-po-s";
  /**
   * Member tokens of {@link #poS} for people who sit on none of its bodies until a test seats them (p-qian, p-feng): each is
   * refused until then, and again once its seat is removed (decision 0550).
   */
  static final String MEMBER_S_QIAN = "token-member-qian-of-po-s-0001";
  static final String MEMBER_S_FENG = "token-member-feng-of-po-s-0001";
  /** Calendar feed tokens (decision 0431): PO A's deadline feed and Suzhou's bureau's, nothing else. */
  static final String FEED_A = "token-feed-of-po-a-deadlines-01";
  static final String FEED_SUZHOU = "token-feed-of-suzhou-deadlines-1";
  static final String UNREGISTERED_AUTHORITY = "token-authority-not-registered";
  static final String UNREGISTERED_EVALUATOR = "token-evaluator-not-registered";
  /** The credit code of {@link #evaluator}. */
  static final String EVALUATOR_CODE = Fixtures.creditCode("91110000MA0CCXD01");

  final String national;
  final String jiangsu;
  final String suzhou;
  final String shenzhen;
  final String suzhouCluster;
  final String shenzhenCluster;
  /** Suzhou, proposed, compliant: read by many tests, amended by some, never moved. */
  final String poA;
  /** Shenzhen, proposed: "another PO". */
  final String poB;
  /** Suzhou, proposed: dissolved by a test. */
  final String poD;
  /** Suzhou, established: seats are appointed and removed on it. */
  final String poS;
  /** Suzhou, established without its business system (Art.9): adopted over HTTP by a test. */
  final String poM;
  /** The membership of 苏州纳衡科技有限公司 in {@link #poS}: {@link #MEMBER_UNIT_S}'s. */
  final String navi;
  /**
   * A third-party evaluator registered by Jiangsu (Art.28), independent of every PO here, engaged by Suzhou's bureau for
   * {@link #poA} and {@link #poS} only; {@link #EVALUATOR}'s.
   */
  final String evaluator;

  World(Ports ports) {
    Clustergov gov = Clustergov.using(ports);
    national = gov.registerAuthority().handle(new RegisterAuthority.Command("工业和信息化部", new RegionCode("000000"))).get().id().value();
    jiangsu = gov.registerAuthority().handle(new RegisterAuthority.Command("江苏省工业和信息化厅", new RegionCode("320000"))).get().id().value();
    suzhou = gov.registerAuthority().handle(new RegisterAuthority.Command("苏州市工业和信息化局", new RegionCode("320500"))).get().id().value();
    shenzhen = gov.registerAuthority().handle(new RegisterAuthority.Command("深圳市工业和信息化局", new RegionCode("440300"))).get().id().value();
    suzhouCluster = gov.registerCluster().handle(new RegisterCluster.Command("苏州市恒岳纳米新材料集群", new RegionCode("320500"), "纳米新材料", ClusterLevel.NATIONAL, 600))
        .get().id().value();
    shenzhenCluster = gov.registerCluster().handle(new RegisterCluster.Command("深圳市岚峰新一代信息通信集群", new RegionCode("440300"), "新一代信息通信", ClusterLevel.NATIONAL, 900))
        .get().id().value();
    poA = propose(gov, application(suzhouCluster, suzhou, "苏州市纳米新材料产业集群促进会")).id().value();
    poB = propose(gov, application(shenzhenCluster, shenzhen, "深圳市新一代信息通信产业集群促进会")).id().value();
    poD = propose(gov, application(suzhouCluster, suzhou, "苏州市纳米新材料产业联盟（筹）")).id().value();
    PromotionOrganization s = propose(gov, application(suzhouCluster, suzhou, "苏州纳米产业创新联合体"));
    poS = gov.establishOrganization().handle(new dev.clustergov.core.application.establishment.EstablishOrganization.Command(
        s.id(), OptionalLong.empty(), Fixtures.code("51320500MJ7654321"))).get().id().value();
    navi = gov.admitMember().handle(new dev.clustergov.core.application.operation.AdmitMember.Command(new dev.clustergov.core.organization.OrganizationId(poS),
        "苏州纳衡科技有限公司", null, dev.clustergov.core.operation.MemberKind.ENTERPRISE, null)).get().id().value();
    FoundingApplication m = application(suzhouCluster, suzhou, "苏州纳米产业服务联盟");
    m = new FoundingApplication(m.name(), m.cluster(), m.authority(), m.guidingBody(), m.founders(), m.type(), m.creditCode(), m.charter(),
        m.partyOrganization(), m.officeAddress(), m.equipment(), m.registeredCapital(), m.staff(),
        m.managementSystems().stream().filter(x -> x.kind() != ManagementSystemKind.BUSINESS).toList(), m.incomeSources(), m.bankAccount(), m.governance());
    poM = gov.establishOrganization().handle(new dev.clustergov.core.application.establishment.EstablishOrganization.Command(
        propose(gov, m).id(), OptionalLong.empty(), Fixtures.code("51320500MJ7654322"))).get().id().value();
    evaluator = gov.registerEvaluator().handle(new dev.clustergov.core.application.supervision.RegisterEvaluator.Command(
        new dev.clustergov.core.supervision.AuthorityId(jiangsu), "澄衡评估认证中心",
        dev.clustergov.core.organization.CreditCode.parse(EVALUATOR_CODE).get(), null, null)).get().id().value();
    // Art.28, decision 0380: Suzhou's bureau engages it for two of its POs — it reads those, and no other
    for (String po : List.of(poA, poS)) {
      gov.engageEvaluator().handle(new dev.clustergov.core.application.supervision.EngageEvaluator.Command(
          new dev.clustergov.core.supervision.EvaluatorId(evaluator), new dev.clustergov.core.organization.OrganizationId(po),
          OptionalLong.empty(), java.time.LocalDate.of(2020, 1, 1), java.time.LocalDate.of(2099, 12, 31))).get();
    }
  }

  String tokens() {
    return String.join("\n",
        "# test tokens: plain ones are hashed as they are read",
        NATIONAL + " authority " + national,
        JIANGSU + " authority " + jiangsu,
        "sha256:" + java.util.HexFormat.of().formatHex(Tokens.sha256(SUZHOU)) + " authority " + suzhou,
        SHENZHEN + " authority " + shenzhen,
        EVALUATOR + " evaluator " + evaluator,
        SECRETARIAT_A + " secretariat " + poA,
        MEMBER_A + " member " + poA + " p-li",
        SECRETARIAT_D + " secretariat " + poD,
        SECRETARIAT_S + " secretariat " + poS,
        MEMBER_S + " member " + poS + " p-li",
        MEMBER_UNIT_S + " member " + poS + " " + navi,
        MEMBER_S_QIAN + " member " + poS + " p-qian",
        MEMBER_S_FENG + " member " + poS + " p-feng",
        SECRETARIAT_M + " secretariat " + poM,
        UNREGISTERED_AUTHORITY + " authority authority-999999",
        UNREGISTERED_EVALUATOR + " evaluator evaluator-999999",
        FEED_A + " feed organization " + poA,
        FEED_SUZHOU + " feed authority " + suzhou);
  }

  static PromotionOrganization propose(Clustergov gov, FoundingApplication a) {
    return gov.proposeOrganization().handle(new ProposeOrganization.Command(a))
        .getOrElseThrow(r -> new IllegalStateException(r.toString()));
  }

  /** Account numbers no two proposals share, across every test of a run (Art.12). */
  private static final java.util.concurrent.atomic.AtomicLong ACCOUNTS = new java.util.concurrent.atomic.AtomicLong(900_000_000L);

  /** The test kit's compliant application, for a given cluster, authority and name. */
  static FoundingApplication application(String cluster, String authority, String name) {
    FoundingApplication a = Fixtures.compliantApplication();
    // Art.12: each PO keeps its own account, in its own name, shared with no other PO
    var account = new FoundingApplication.BankInput(name, "6222" + String.format("%012d", ACCOUNTS.incrementAndGet()),
        a.bankAccount().bank());
    return new FoundingApplication(name, new ClusterId(cluster), new AuthorityId(authority), a.guidingBody(), a.founders(), a.type(), a.creditCode(), a.charter(),
        a.partyOrganization(), a.officeAddress(), a.equipment(), a.registeredCapital(), a.staff(), a.managementSystems(),
        a.incomeSources(), account, a.governance());
  }

  static FoundingApplication withoutParty(FoundingApplication a) {
    return new FoundingApplication(a.name(), a.cluster(), a.authority(), a.guidingBody(), a.founders(), a.type(), a.creditCode(),
        a.charter(), null, a.officeAddress(), a.equipment(), a.registeredCapital(), a.staff(), a.managementSystems(),
        a.incomeSources(), a.bankAccount(), a.governance());
  }

  static List<String> all() {
    return List.of(NATIONAL, JIANGSU, SUZHOU, SHENZHEN, EVALUATOR, SECRETARIAT_A, MEMBER_A);
  }
}
