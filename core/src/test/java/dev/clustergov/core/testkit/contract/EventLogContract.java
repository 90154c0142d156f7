package dev.clustergov.core.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clustergov.core.application.port.EventLog;
import dev.clustergov.core.application.port.RecordedEvent;
import dev.clustergov.core.kernel.DomainEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The contract of {@link EventLog}: extend it with a factory of a fresh, empty adapter. */
public abstract class EventLogContract {
  private EventLog events;

  /** A fresh, empty adapter; called once per test, on first use. */
  protected abstract EventLog freshEventLog();

  protected final EventLog events() {
    if (events == null) {
      events = freshEventLog();
    }
    return events;
  }

  private static List<DomainEvent> sampleEvents(int from, int to) {
    return IntStream.rangeClosed(from, to).mapToObj(n -> Samples.event("org-001", n)).collect(Collectors.toList());
  }

  @Test
  public void an_empty_log_has_last_zero_and_reads_nothing() {
    assertThat(events().last()).isZero();
    assertThat(events().read(0, 10)).isEmpty();
  }

  @Test
  public void numbers_are_gap_free_from_one_across_appends() {
    List<RecordedEvent> first = events().append(sampleEvents(1, 3));
    List<RecordedEvent> second = events().append(sampleEvents(4, 5));

    assertThat(first).extracting(RecordedEvent::sequence).containsExactly(1L, 2L, 3L);
    assertThat(second).extracting(RecordedEvent::sequence).containsExactly(4L, 5L);
    assertThat(events().last()).isEqualTo(5);
  }

  @Test
  public void append_returns_the_events_in_the_order_given() {
    List<DomainEvent> given = sampleEvents(1, 4);

    assertThat(events().append(given)).extracting(RecordedEvent::event).containsExactlyElementsOf(given);
  }

  @Test
  public void appending_nothing_records_nothing() {
    events().append(sampleEvents(1, 2));

    assertThat(events().append(List.of())).isEmpty();
    assertThat(events().last()).isEqualTo(2);
  }

  @Test
  public void read_after_n_returns_the_rest_in_order_as_they_were_appended() {
    List<RecordedEvent> appended = new ArrayList<>(events().append(sampleEvents(1, 3)));
    appended.addAll(events().append(sampleEvents(4, 6)));

    assertThat(events().read(0, 100)).containsExactlyElementsOf(appended);
    assertThat(events().read(2, 100)).containsExactlyElementsOf(appended.subList(2, 6));
    assertThat(events().read(6, 100)).isEmpty();
    assertThat(events().read(60, 100)).isEmpty();
  }

  @Test
  public void read_with_a_limit_returns_at_most_that_many_and_can_be_followed_to_the_end() {
    List<RecordedEvent> appended = events().append(sampleEvents(1, 7));

    assertThat(events().read(1, 3)).extracting(RecordedEvent::sequence).containsExactly(2L, 3L, 4L);

    List<RecordedEvent> followed = new ArrayList<>();
    long after = 0;
    for (List<RecordedEvent> page = events().read(after, 2); !page.isEmpty(); page = events().read(after, 2)) {
      assertThat(page).hasSizeLessThanOrEqualTo(2);
      followed.addAll(page);
      after = page.get(page.size() - 1).sequence();
    }
    assertThat(followed).containsExactlyElementsOf(appended);
  }

  @Test
  public void an_event_reads_back_exactly_as_appended_chinese_text_line_breaks_and_all() {
    DomainEvent event = Samples.event("org-001", 1);
    events().append(List.of(event));

    assertThat(events().read(0, 1)).containsExactly(new RecordedEvent(1, event));
    assertThat(events().read(0, 1).get(0).event().canonical()).isEqualTo(event.canonical());
  }
}
