package dev.clustergov.core.application.establishment;

import dev.clustergov.core.application.internal.Context;
import dev.clustergov.core.application.port.OrganizationQuery;
import dev.clustergov.core.finance.AccountHolder;
import dev.clustergov.core.finance.BankAccount;
import dev.clustergov.core.organization.Founder;
import dev.clustergov.core.organization.OrganizationId;
import dev.clustergov.core.organization.PromotionOrganization;
import dev.clustergov.core.rules.Evidence;
import dev.clustergov.core.rules.Finding;
import dev.clustergov.core.rules.Guard;
import dev.clustergov.core.rules.ManagementRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The registry's identities that span POs (登记信息的唯一性), decided with the registry held (see
 * {@link dev.clustergov.core.application.port.UnitOfWork#lock}): one PO per unified social credit
 * code (Art.2), one live PO of a name in a cluster (Art.7(2)), and a bank account that no filing of one
 * PO shares with another (Art.12) — so that somebody else's filing never changes a PO's verdict.
 */
public final class Identities {

  private final Context context;

  public Identities(Context context) {
    this.context = context;
  }

  /**
   * Every clash of {@code filed} — a PO being proposed, amended, established or changing its account —
   * with the rest of the registry, after holding the registry's lock.
   */
  public List<Finding> clashes(PromotionOrganization filed) {
    List<Finding> findings = new ArrayList<>(creditCodeClash(filed));
    Guard.NAME_UNIQUE_IN_CLUSTER.check(new Guard.Naming(filed.id(), filed.name(), filed.cluster(), onRegisterOf(filed)))
        .ifPresent(findings::add);
    accountShared(filed).ifPresent(findings::add);
    return findings;
  }

  /**
   * Whether another PO holds {@code filed}'s credit code (Art.2), after holding the registry's lock: what
   * establishment decides (its name and account were decided at proposal or amendment, under the same lock).
   */
  public List<Finding> creditCodeClash(PromotionOrganization filed) {
    context.acting().lockRegistry();
    return filed.creditCode().flatMap(code -> Guard.ONE_CREDIT_CODE.check(new Guard.CreditCodeFiling(filed.id(), code,
        List.copyOf(context.ports().organizations().holdingCreditCode(code))))).stream().toList();
  }

  /** The POs on the register of {@code filed}'s cluster, as the name check sees them, page by page. */
  private List<Guard.Named> onRegisterOf(PromotionOrganization filed) {
    List<Guard.Named> same = new ArrayList<>();
    Optional<OrganizationId> after = Optional.empty();
    while (true) {
      List<PromotionOrganization> page = context.ports().organizations().list(new OrganizationQuery(Optional.of(filed.cluster()),
          Optional.empty(), Optional.empty(), after, OrganizationQuery.MAX_LIMIT));
      page.forEach(o -> same.add(new Guard.Named(o.id(), o.name(), o.stage())));
      if (page.size() < OrganizationQuery.MAX_LIMIT) {
        return same;
      }
      after = Optional.of(page.get(page.size() - 1).id());
    }
  }

  /**
   * Art.12 at filing time: the PO's own account may be no other PO's account and no founder's of another
   * PO; a founder's account may be no other PO's own account (that PO would then share it).
   */
  private Optional<Finding> accountShared(PromotionOrganization filed) {
    // by the text the evidence has always given (its order and JSON), each with its words (decision 0525)
    java.util.TreeMap<String, Evidence.Said> sharedWith = new java.util.TreeMap<>();
    filed.bankAccount().ifPresent(a -> context.ports().organizations().accountHolders(a.number()).stream()
        .filter(h -> !h.organization().equals(filed.id()))
        .forEach(h -> {
          String text = h.role() + " " + h.name() + " (" + h.organization().value() + ")";
          sharedWith.put(text, Evidence.said(text, holder(h).zh(), holder(h).en()));
        }));
    for (Founder f : filed.founders()) {
      f.bankAccountNumber().ifPresent(n -> context.ports().organizations().accountHolders(BankAccount.canonical(n)).stream()
          .filter(h -> h.role() == AccountHolder.Role.ORGANIZATION && !h.organization().equals(filed.id()))
          .forEach(h -> {
            String text = h.role() + " " + h.name() + " (" + h.organization().value() + ") = FOUNDER " + f.name();
            sharedWith.put(text, Evidence.said(text, holder(h).zh() + "，即发起单位" + f.name() + "的账户",
                holder(h).en() + ", the account of founder " + f.name()));
          }));
    }
    return sharedWith.isEmpty() ? Optional.empty()
        : Optional.of(ManagementRules.ACCOUNT_NOT_SHARED.finding(dev.clustergov.core.rules.Severity.BLOCKING,
            dev.clustergov.core.rules.Outcome.fail(Evidence.of("sharedWith", List.copyOf(sharedWith.values())))));
  }

  /** An account's holder in words: 集群发展促进组织某促进会（“org-1”） · PO 某促进会 (org-1). */
  private static dev.clustergov.core.kernel.Text holder(AccountHolder h) {
    boolean founder = h.role() == AccountHolder.Role.FOUNDER;
    return dev.clustergov.core.kernel.Text.of((founder ? "发起单位" : "集群发展促进组织") + h.name() + "（“" + h.organization().value() + "”）",
        (founder ? "founder " : "PO ") + h.name() + " (" + h.organization().value() + ")");
  }
}
