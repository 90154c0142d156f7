package dev.clustergov.adapters.rest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clustergov.adapters.rest.Caller.Role;
import dev.clustergov.core.application.port.RecordedEvent;
import dev.clustergov.core.kernel.DomainEvent;
import dev.clustergov.core.kernel.RegionCode;
import dev.clustergov.core.testkit.memory.InMemoryClustergov;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The event feed as a view (decisions 0380, 0475), on the World registry — mostly with a member of {@link World#poA}, who
 * reads its PO but not its books, so that what filters and what redacts can be seen apart.
 */
class EventFeedTest {

  private final InMemoryClustergov memory = new InMemoryClustergov();
  private final World world = new World(memory.ports());
  private final EventFeed feed = new EventFeed(new Access(id -> Optional.<RegionCode>empty(), (e, po) -> false), memory.ports());

  private static RecordedEvent event(long seq, String type, String aggregateType, String aggregateId, String... pairs) {
    TreeMap<String, String> data = new TreeMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      data.put(pairs[i], pairs[i + 1]);
    }
    return new RecordedEvent(seq, new DomainEvent(type, aggregateType, aggregateId, Instant.EPOCH, data));
  }

  @Test
  void a_reader_of_the_po_who_may_not_read_its_books_gets_its_events_with_the_hidden_fields_redacted_and_no_ledger_event() {
    Caller member = new Caller(Role.MEMBER, world.poA, "p-li");
    var views = feed.view(member, List.of(
        event(1, "StaffHired", "organization", world.poA, "person", "p-9", "monthlySalary", "18000.00", "marketBenchmark", "17000.00"),
        event(2, "IncomeRecorded", "ledger", world.poA, "payer", "某某公司", "amount", "100.00"),
        event(3, "StaffHired", "organization", world.poB, "person", "p-8", "monthlySalary", "9000.00"),
        event(4, "ClusterRegistered", "cluster", world.suzhouCluster, "name", "苏州市恒岳纳米新材料集群")));
    assertThat(views).extracting(Views.EventView::sequence).containsExactly(1L, 4L);
    assertThat(views.get(0).data()).containsEntry("monthlySalary", EventFeed.REDACTED).containsEntry("marketBenchmark", EventFeed.REDACTED)
        .containsEntry("person", "p-9");
  }

  @Test
  void a_member_reads_the_events_of_the_disputes_it_is_a_party_to_with_subject_and_parties_and_none_of_the_others() {
    // Art.15, decision 0550: the disputes are found by their ids, so a step's event (which names no party) follows its dispute
    var gov = dev.clustergov.core.application.Clustergov.using(memory.ports());
    var s = new dev.clustergov.core.organization.OrganizationId(world.poS);
    String own = gov.raiseDispute().handle(new dev.clustergov.core.application.management.RaiseDispute.Command(s, "分配",
        List.of("p-li", "乙公司"), "p-li", dev.clustergov.core.dispute.Capacity.MEMBER, null)).get().id().value();
    String others = gov.raiseDispute().handle(new dev.clustergov.core.application.management.RaiseDispute.Command(s, "排期",
        List.of("甲公司", "乙公司"), "甲公司", dev.clustergov.core.dispute.Capacity.MEMBER, null)).get().id().value();
    List<RecordedEvent> events = List.of(
        event(1, "DisputeRaised", "dispute", own, "organization", world.poS, "subject", "分配", "parties", "p-li、乙公司"),
        event(2, "DisputeRaised", "dispute", others, "organization", world.poS, "subject", "排期", "parties", "甲公司、乙公司"),
        event(3, "ConsultationOpened", "dispute", others, "organization", world.poS, "step", "CONSULTATION_OPENED"),
        event(4, "ConsultationOpened", "dispute", own, "organization", world.poS, "step", "CONSULTATION_OPENED"),
        event(5, "DisputeRaised", "dispute", "dispute-999999", "organization", world.poS, "subject", "无", "parties", "p-li、丙"));
    var member = feed.view(new Caller(Role.MEMBER, world.poS, "p-li"), events);
    assertThat(member).extracting(Views.EventView::sequence).containsExactly(1L, 4L);
    // its own dispute is the member's to read: its subject and parties stay
    assertThat(member.get(0).data()).containsEntry("subject", "分配").containsEntry("parties", "p-li、乙公司");
    // a member unit named in none of them reads none; the PO's office reads all, a dispute not found as well
    assertThat(feed.view(new Caller(Role.MEMBER, world.poS, world.navi), events)).isEmpty();
    assertThat(feed.view(new Caller(Role.SECRETARIAT, world.poS, null), events)).extracting(Views.EventView::sequence)
        .containsExactly(1L, 2L, 3L, 4L, 5L);
  }

  @Test
  void the_pos_own_secretariat_reads_its_books_so_nothing_of_its_own_po_is_redacted() {
    Caller office = new Caller(Role.SECRETARIAT, world.poA, null);
    var views = feed.view(office, List.of(
        event(1, "StaffHired", "organization", world.poA, "monthlySalary", "18000.00"),
        event(2, "IncomeRecorded", "ledger", world.poA, "payer", "某某公司")));
    assertThat(views).hasSize(2);
    assertThat(views.get(0).data()).containsEntry("monthlySalary", "18000.00");
    assertThat(views.get(1).data()).containsEntry("payer", "某某公司");
  }

  @Test
  void an_event_of_a_po_that_names_no_route_is_read_like_the_books_and_an_unknown_registry_event_is_not_shown() {
    Caller member = new Caller(Role.MEMBER, world.poA, "p-li");
    var views = feed.view(member, List.of(event(1, "SomethingNew", "somethingNew", "x-1", "organization", world.poA),
        event(2, "SomethingElse", "somethingElse", "y-1")));
    assertThat(views).isEmpty();
  }

  @Test
  void an_evaluators_dealings_with_a_po_are_read_by_that_evaluator_the_pos_office_and_its_authorities_not_by_its_members() {
    EventFeed engaged = new EventFeed(new Access(id -> Optional.<RegionCode>empty(), (e, po) -> po.equals(world.poA)), memory.ports());
    List<RecordedEvent> events = List.of(
        event(1, "EvaluatorEngaged", "evaluator", world.evaluator, "organization", world.poA, "engagedBy", world.suzhou),
        event(2, "EvaluatorEngaged", "evaluator", "evaluator-000777", "organization", world.poA, "engagedBy", world.suzhou),
        event(3, "EvaluatorEngagementEnded", "evaluator", world.evaluator, "organization", world.poA, "reason", "委托终止"),
        event(4, "EvaluatorRegistered", "evaluator", "evaluator-000777", "name", "某评价中心"));
    // the evaluator engaged for poA: its own engagement and ending, not another evaluator's; the registry's entry
    assertThat(engaged.view(new Caller(Role.EVALUATOR, world.evaluator, null), events)).extracting(Views.EventView::sequence)
        .containsExactly(1L, 3L, 4L);
    // the PO's office: every evaluator's dealings with its PO
    assertThat(engaged.view(new Caller(Role.SECRETARIAT, world.poA, null), events)).extracting(Views.EventView::sequence)
        .containsExactly(1L, 2L, 3L, 4L);
    // its member: none of them (an engagement is supervision's, not published), the registry's entry only
    assertThat(engaged.view(new Caller(Role.MEMBER, world.poA, "p-li"), events)).extracting(Views.EventView::sequence)
        .containsExactly(4L);
    // another PO's office and member: nothing of poA
    assertThat(engaged.view(new Caller(Role.SECRETARIAT, world.poB, null), events)).extracting(Views.EventView::sequence)
        .containsExactly(4L);
  }
}
