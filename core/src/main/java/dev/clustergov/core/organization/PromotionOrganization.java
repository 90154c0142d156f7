package dev.clustergov.core.organization;

import dev.clustergov.core.cluster.ClusterId;
import dev.clustergov.core.finance.BankAccount;
import dev.clustergov.core.finance.IncomeKind;
import dev.clustergov.core.governance.Governance;
import dev.clustergov.core.kernel.Money;
import dev.clustergov.core.kernel.Text;
import dev.clustergov.core.management.ManagementSystem;
import dev.clustergov.core.management.ManagementSystemKind;
import dev.clustergov.core.management.StaffMember;
import dev.clustergov.core.supervision.AuthorityId;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A cluster development promotion organization (集群发展促进组织, Art.2): a third-party legal person
 * inside one advanced manufacturing cluster, founded under government guidance by the cluster's
 * leading enterprises, social groups and research institutions, serving the cluster.
 *
 * <p>The aggregate holds what Chapters 1–2 ask of it — founders, type, charter, Party organization,
 * facilities, capital, staff, management systems, income sources, bank account, the five-layer
 * governance — and its lifecycle stage. It checks only that an instance is usable; whether it meets
 * the guideline is the rules' business (see {@code dev.clustergov.core.rules}).
 */
@Value.Immutable
public abstract class PromotionOrganization {

  public abstract OrganizationId id();

  /** The stored version, 0 before the first save (optimistic concurrency). */
  @Value.Default
  public long version() {
    return 0;
  }

  /** 名称 (Art.7(2)). */
  public abstract String name();

  /** The one cluster it serves (Art.2). */
  public abstract ClusterId cluster();

  /** Its supervising authority (业务主管, Art.6, Art.26). */
  public abstract AuthorityId authority();

  /** The government body under whose guidance it was founded (政府指导或引导, Art.2). */
  public abstract Optional<String> guidingBody();

  /** 发起单位 (Art.2). */
  public abstract List<Founder> founders();

  /** 组织类型 (Art.8(1)). */
  public abstract Optional<OrganizationType> type();

  /** 统一社会信用代码 — given once registered as a legal person. */
  public abstract Optional<CreditCode> creditCode();

  /** 章程 (Art.7(2), Art.8(2)). */
  public abstract Optional<Charter> charter();

  /** 党组织 (Art.7(1)). */
  public abstract Optional<PartyOrganization> partyOrganization();

  /** 基本设施 (Art.7(2)). */
  @Value.Default
  public Facilities facilities() {
    return Facilities.NONE;
  }

  /** 注册资金 (Art.7(2)), in yuan. */
  @Value.Default
  public Money registeredCapital() {
    return Money.ZERO;
  }

  /** 工作人员 (Art.7(3)). */
  public abstract List<StaffMember> staff();

  /** 管理制度 (Art.7(4), Art.9). */
  public abstract List<ManagementSystem> managementSystems();

  /** 收入来源 (Art.7(5)). */
  public abstract Set<IncomeKind> incomeSources();

  /** 银行账户 (Art.12). */
  public abstract Optional<BankAccount> bankAccount();

  /** 法定代表人 — the PO's legal representative, once named; changing it is a major matter (Art.14). */
  public abstract Optional<dev.clustergov.core.governance.Person> legalRepresentative();

  /** 组织架构 (Art.8(2)). */
  @Value.Default
  public Governance governance() {
    return Governance.EMPTY;
  }

  @Value.Default
  public LifecycleStage stage() {
    return LifecycleStage.PROPOSED;
  }

  public abstract LocalDate proposedOn();

  public abstract Optional<LocalDate> establishedOn();

  public abstract Optional<LocalDate> recognisedOn();

  /** The date of the last move into a final stage or into suspension, when there was one. */
  public abstract Optional<LocalDate> stageChangedOn();

  /** Whether the PO was dissolved while still proposed, never established (终止筹建). */
  public boolean foundingAbandoned() {
    return stage() == LifecycleStage.DISSOLVED && establishedOn().isEmpty();
  }

  /** The label of the PO's stage, decided from its data: 已终止筹建 when dissolved never established, 已注销 after. */
  public Text stageLabel() {
    return stage().label(establishedOn().isPresent());
  }

  /** Kinds of the management systems adopted. */
  public Set<ManagementSystemKind> systemKinds() {
    Set<ManagementSystemKind> kinds = EnumSet.noneOf(ManagementSystemKind.class);
    managementSystems().forEach(s -> kinds.add(s.kind()));
    return kinds;
  }

  @Value.Check
  protected void usable() {
    if (version() < 0) {
      throw new IllegalStateException("negative version");
    }
    if (founders().stream().map(Founder::name).distinct().count() != founders().size()) {
      throw new IllegalStateException("founders must have distinct names");
    }
  }

  public static ImmutablePromotionOrganization.Builder builder() {
    return ImmutablePromotionOrganization.builder();
  }
}
