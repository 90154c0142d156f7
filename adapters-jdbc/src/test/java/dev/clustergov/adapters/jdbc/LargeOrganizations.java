package dev.clustergov.adapters.jdbc;

import dev.clustergov.core.governance.Body;
import dev.clustergov.core.governance.BodyForm;
import dev.clustergov.core.governance.BodyId;
import dev.clustergov.core.governance.ExpertField;
import dev.clustergov.core.governance.Governance;
import dev.clustergov.core.governance.Layer;
import dev.clustergov.core.governance.Person;
import dev.clustergov.core.governance.PersonId;
import dev.clustergov.core.governance.Seat;
import dev.clustergov.core.governance.SeatRole;
import dev.clustergov.core.management.Recruitment;
import dev.clustergov.core.management.StaffCategory;
import dev.clustergov.core.management.StaffMember;
import dev.clustergov.core.organization.ImmutablePromotionOrganization;
import dev.clustergov.core.organization.LifecycleStage;
import dev.clustergov.core.organization.OrganizationId;
import dev.clustergov.core.organization.PromotionOrganization;
import dev.clustergov.core.testkit.fixtures.Fixtures;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The compliant fixture PO grown to {@code n} staff members and {@code n} seats, for scale tests. */
final class LargeOrganizations {
  private LargeOrganizations() {}

  static PromotionOrganization of(String id, int n) {
    PromotionOrganization base = Fixtures.organization(LifecycleStage.PROPOSED);
    List<StaffMember> staff = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      staff.add(new StaffMember(new PersonId("staff-" + i), "工作人员" + i, StaffCategory.values()[i % 3], Recruitment.OPEN_RECRUITMENT));
    }
    List<Body> bodies = new ArrayList<>(base.governance().bodies());
    List<Seat> members = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      members.add(new Seat(new Person(new PersonId("member-" + i), "成员" + i), SeatRole.MEMBER,
          i % 5 == 0 ? Set.of(ExpertField.TECHNOLOGY) : Set.of()));
    }
    bodies.set(0, new Body(new BodyId("assembly"), Layer.DECISION, BodyForm.MEMBER_CONGRESS, "会员大会", members));
    return ImmutablePromotionOrganization.copyOf(base).withId(new OrganizationId(id)).withStaff(staff)
        .withGovernance(new Governance(bodies));
  }
}
