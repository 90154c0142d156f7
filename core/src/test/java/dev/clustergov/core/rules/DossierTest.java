package dev.clustergov.core.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clustergov.core.guideline.Function;
import dev.clustergov.core.operation.ActivityId;
import dev.clustergov.core.operation.Delivery;
import dev.clustergov.core.operation.MembershipId;
import dev.clustergov.core.operation.Outcomes;
import dev.clustergov.core.operation.ServiceActivity;
import dev.clustergov.core.organization.OrganizationId;
import dev.clustergov.core.supervision.MeasureId;
import dev.clustergov.core.testkit.contract.EvaluatorSamples;
import dev.clustergov.core.testkit.contract.OperationSamples;
import dev.clustergov.core.testkit.contract.SupervisionSamples;
import dev.clustergov.core.testkit.fixtures.Fixtures;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * The dossier the rules read: it holds one PO's records only, and its index of activities by function is by day
 * then id whatever order the activities came in (the seven function rules of Art.18–24 slice it by day).
 */
class DossierTest {

  static final OrganizationId OWN = Fixtures.ORGANIZATION_ID;
  static final OrganizationId OTHER = new OrganizationId("org-someone-else");
  static final LocalDate DAY = Fixtures.TODAY.minusDays(10);

  static ServiceActivity held(String id, String item, LocalDate on) {
    return new ServiceActivity(new ActivityId(id), 1, OWN, OperationSamples.item(item), "活动 " + id, on, Delivery.DIRECT,
        List.of(new MembershipId("member-1")), List.of(), true, Optional.empty(), Outcomes.NONE);
  }

  static Map<Function, List<ServiceActivity>> index(ServiceActivity... activities) {
    return Dossier.builder().from(Fixtures.compliantDossier()).activities(List.of(activities)).build().activitiesByFunction();
  }

  static List<String> ids(List<ServiceActivity> as) {
    return as.stream().map(a -> a.id().value()).toList();
  }

  @Test
  void activities_already_by_day_then_id_keep_their_order_in_the_index() {
    var idx = index(held("a", "Art.23(3)", DAY), held("b", "Art.23(1)", DAY), held("c", "Art.23(2)", DAY.plusDays(1)));
    assertThat(idx.keySet()).containsExactly(Function.SERVICE_BASE);
    assertThat(ids(idx.get(Function.SERVICE_BASE))).containsExactly("a", "b", "c");
  }

  @Test
  void a_single_activity_is_indexed_under_its_function_alone() {
    var idx = index(held("a", "Art.23(3)", DAY));
    assertThat(idx).hasSize(1);
    assertThat(ids(idx.get(Function.SERVICE_BASE))).containsExactly("a");
  }

  @Test
  void activities_out_of_day_order_are_sorted_by_day() {
    var idx = index(held("a", "Art.23(3)", DAY.plusDays(1)), held("b", "Art.23(3)", DAY));
    assertThat(ids(idx.get(Function.SERVICE_BASE))).containsExactly("b", "a");
  }

  @Test
  void activities_of_one_day_out_of_id_order_are_sorted_by_id() {
    var idx = index(held("b", "Art.23(3)", DAY), held("a", "Art.23(3)", DAY));
    assertThat(ids(idx.get(Function.SERVICE_BASE))).containsExactly("a", "b");
  }

  @Test
  void an_earlier_day_orders_first_even_when_its_id_is_larger() {
    var idx = index(held("z", "Art.23(3)", DAY), held("a", "Art.23(3)", DAY.plusDays(1)), held("b", "Art.23(3)", DAY.minusDays(1)));
    assertThat(ids(idx.get(Function.SERVICE_BASE))).containsExactly("b", "z", "a");
  }

  @Test
  void only_functions_with_activities_are_in_the_index_and_each_list_holds_only_its_own() {
    Function strategy = Function.values()[0];
    String strategyItem = strategy.item(1).get().citation().format();
    var idx = index(held("s", strategyItem, DAY), held("t", "Art.23(3)", DAY));
    assertThat(idx.keySet()).containsExactlyInAnyOrder(strategy, Function.SERVICE_BASE);
    assertThat(ids(idx.get(strategy))).containsExactly("s");
    assertThat(ids(idx.get(Function.SERVICE_BASE))).containsExactly("t");
    assertThat(index()).isEmpty();
  }

  static ServiceActivity closed(String id, Optional<String> reason) {
    ServiceActivity open = held(id, "Art.23(3)", DAY);
    return new ServiceActivity(open.id(), 1, OWN, open.item(), open.title(), DAY, Delivery.DIRECT, open.memberParticipants(),
        List.of(), false, reason, Outcomes.NONE);
  }

  @Test
  void the_activities_closed_to_some_members_without_a_reason_are_those_with_none_or_a_blank_one_in_the_dossiers_order() {
    Dossier d = Dossier.builder().from(Fixtures.compliantDossier()).activities(List.of(closed("b", Optional.of(" \u3000")),
        held("c", "Art.23(3)", DAY), closed("d", Optional.of("场地容量有限")), closed("a", Optional.empty()))).build();
    assertThat(ids(d.activityIndex().closedWithoutReason())).containsExactly("b", "a");
  }

  @Test
  void the_rules_index_keeps_one_days_activities_in_the_dossiers_order_and_only_the_public_map_sorts_them_by_id() {
    Dossier d = Dossier.builder().from(Fixtures.compliantDossier())
        .activities(List.of(held("b", "Art.23(3)", DAY), held("a", "Art.23(1)", DAY), held("c", "Art.23(3)", DAY.plusDays(1)))).build();
    assertThat(ids(d.activityIndex().byFunction().get(Function.SERVICE_BASE))).containsExactly("b", "a", "c");
    assertThat(ids(d.activitiesByFunction().get(Function.SERVICE_BASE))).containsExactly("a", "b", "c");
  }

  @Test
  void the_activity_index_is_made_once_per_dossier_and_is_not_part_of_its_equality() {
    Dossier d = Dossier.builder().from(Fixtures.compliantDossier()).activities(List.of(held("a", "Art.23(3)", DAY))).build();
    Dossier same = Dossier.builder().from(d).build();
    ActivityIndex first = d.activityIndex();
    assertThat(d.activityIndex()).isSameAs(first);
    assertThat(d.activitiesByFunction()).isSameAs(first.byFunction());
    assertThat(same).isEqualTo(d).hasSameHashCodeAs(d);
    assertThat(same.activityIndex()).isNotSameAs(first);
    assertThat(same.activitiesByFunction()).isEqualTo(first.byFunction());
  }

  // ---- a dossier is about one PO -----------------------------------------------------------------------

  static void refusesAnotherPos(UnaryOperator<ImmutableDossier.Builder> own, UnaryOperator<ImmutableDossier.Builder> other) {
    assertThat(own.apply(Dossier.builder().from(Fixtures.compliantDossier())).build()).isNotNull();
    assertThatThrownBy(() -> other.apply(Dossier.builder().from(Fixtures.compliantDossier())).build())
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void a_dossier_refuses_another_pos_membership() {
    refusesAnotherPos(b -> b.memberships(List.of(OperationSamples.member("m-1", OWN))),
        b -> b.memberships(List.of(OperationSamples.member("m-1", OTHER))));
  }

  @Test
  void a_dossier_refuses_another_pos_sanction() {
    refusesAnotherPos(b -> b.sanctions(List.of(SupervisionSamples.warning("s-1", OWN))),
        b -> b.sanctions(List.of(SupervisionSamples.warning("s-1", OTHER))));
  }

  @Test
  void a_dossier_refuses_another_pos_evaluation() {
    refusesAnotherPos(b -> b.evaluations(List.of(EvaluatorSamples.evaluation("e-1", OWN, DAY))),
        b -> b.evaluations(List.of(EvaluatorSamples.evaluation("e-1", OTHER, DAY))));
  }

  @Test
  void a_dossier_refuses_another_pos_disciplinary_action() {
    refusesAnotherPos(b -> b.disciplinaryActions(List.of(SupervisionSamples.criticism("d-1", OWN, new MeasureId("m-1")))),
        b -> b.disciplinaryActions(List.of(SupervisionSamples.criticism("d-1", OTHER, new MeasureId("m-1")))));
  }

  @Test
  void a_dossier_made_with_an_authority_holds_it_and_no_peers() {
    Dossier d = Dossier.of(Fixtures.compliantOrganization(), Fixtures.cluster(), Fixtures.authority());
    assertThat(d.authority()).contains(Fixtures.authority());
    assertThat(d.recognisedPeersInCluster()).isZero();
    assertThat(d.organization()).isEqualTo(Fixtures.compliantOrganization());
  }
}
