package dev.clustergov.core.kernel;

import java.util.Map;

/**
 * A typed domain event (领域事件): what an accepted command did, as a record of its chapter's sealed family
 * (e.g. {@code OperationEvent.MemberAdmitted}). It becomes data — a {@link DomainEvent} with its type name,
 * aggregate and payload of plain strings — only when it is recorded in the event log, so the stored
 * format, the event feed and the hash chain do not depend on how the code builds it.
 */
public interface Event {

  /** The name the event log stores: the record's simple name unless the record says otherwise. */
  default String type() {
    return getClass().getSimpleName();
  }

  /** The kind of aggregate the event is about ({@code organization}, {@code membership}, …). */
  String aggregateType();

  /** The id of that aggregate. */
  String aggregateId();

  /** The payload as the event log stores it: plain strings by key; an absent optional value has no key. */
  Map<String, String> data();

  /**
   * This event, refused with the name of the first missing part when a component of its record is null: an
   * absent value is an empty {@code Optional}, never a null. Checked once, when the event is recorded.
   */
  default Event requireComplete() {
    if (getClass().isRecord()) {
      for (java.lang.reflect.RecordComponent c : getClass().getRecordComponents()) {
        Object value;
        try {
          value = c.getAccessor().invoke(this);
        } catch (ReflectiveOperationException e) {
          throw new IllegalStateException("cannot read " + type() + "." + c.getName(), e);
        }
        if (value == null) {
          throw new NullPointerException(type() + "." + c.getName());
        }
      }
    }
    return this;
  }
}
