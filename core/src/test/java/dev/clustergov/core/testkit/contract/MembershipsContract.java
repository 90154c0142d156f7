package dev.clustergov.core.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clustergov.core.application.port.Memberships;
import dev.clustergov.core.operation.Membership;
import dev.clustergov.core.operation.MembershipId;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link Memberships}: extend it with a factory of a fresh, empty adapter in which the
 * sample POs {@code org-001} and {@code org-002} may own members (an adapter with foreign keys stores
 * them first).
 */
public abstract class MembershipsContract extends VersionedAggregatesContract<Membership, MembershipId> {
  private Memberships memberships;

  protected abstract Memberships freshMemberships();

  protected final Memberships memberships() {
    if (memberships == null) {
      memberships = freshMemberships();
    }
    return memberships;
  }

  @Test
  public void keeps_a_member_without_credit_code_with_its_leaving_day() {
    Membership left = memberships().save(OperationSamples.leftMember("member-9"));

    assertThat(memberships().find(left.id())).contains(left);
    assertThat(left.leftOn()).contains(OperationSamples.DAY);
    assertThat(left.creditCode()).isEmpty();
  }

  @Test
  public void lists_the_members_of_one_organization_in_id_order_and_no_other() {
    Membership b = memberships().save(OperationSamples.member("member-b", OperationSamples.PO));
    Membership a = memberships().save(OperationSamples.member("member-a", OperationSamples.PO));
    memberships().save(OperationSamples.member("member-c", OperationSamples.OTHER_PO));

    assertThat(memberships().of(OperationSamples.PO)).containsExactly(a, b);
  }

  @Test
  public void finds_every_membership_of_a_credit_code_across_organizations_and_no_other() {
    var code = OperationSamples.creditCode("MA1MXXX77");
    Membership here = memberships().save(OperationSamples.member("member-1", OperationSamples.PO, code));
    Membership there = memberships().save(OperationSamples.member("member-2", OperationSamples.OTHER_PO, code));
    memberships().save(OperationSamples.member("member-3", OperationSamples.PO, OperationSamples.creditCode("MA1MXXX78")));
    memberships().save(OperationSamples.leftMember("member-4"));

    assertThat(memberships().withCreditCode(code)).containsExactly(here, there);
    assertThat(memberships().withCreditCode(OperationSamples.creditCode("MA1MXXX79"))).isEmpty();
  }

  @Override
  protected final String aggregateType() {
    return "Membership";
  }

  @Override
  protected final Membership sample(int n) {
    return OperationSamples.member("member-" + n, OperationSamples.PO);
  }

  @Override
  protected final Membership changed(Membership m) {
    return new Membership(m.id(), m.version(), m.organization(), m.name() + "（更名）", m.creditCode(), m.kind(), m.joinedOn(),
        Optional.of(m.joinedOn().plusDays(30)));
  }

  @Override
  protected final Membership save(Membership m) {
    return memberships().save(m);
  }

  @Override
  protected final Optional<Membership> find(MembershipId id) {
    return memberships().find(id);
  }

  @Override
  protected final MembershipId id(Membership m) {
    return m.id();
  }

  @Override
  protected final long version(Membership m) {
    return m.version();
  }

  @Override
  protected final Membership withVersion(Membership m, long version) {
    return m.withVersion(version);
  }
}
