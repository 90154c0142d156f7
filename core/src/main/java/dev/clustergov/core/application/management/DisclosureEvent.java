package dev.clustergov.core.application.management;

import dev.clustergov.core.disclosure.Disclosure;
import dev.clustergov.core.disclosure.DisclosureId;
import dev.clustergov.core.disclosure.DisclosureObligation;
import dev.clustergov.core.kernel.Event;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Information disclosure (信息披露, Art.14): a disclosure published, and the obligation to disclose that
 * a major matter creates. Disclosure's own events never make a major matter.
 */
public sealed interface DisclosureEvent extends Event {

  /** A disclosure made public; {@code correctionOf} the disclosure that already fulfilled its obligation, if one did. */
  record DisclosurePublished(Disclosure disclosure, Optional<DisclosureId> correctionOf) implements DisclosureEvent {
    @Override public String aggregateType() {
      return "disclosure";
    }

    @Override public String aggregateId() {
      return disclosure.id().value();
    }

    @Override public Map<String, String> data() {
      Map<String, String> data = new TreeMap<>();
      data.put("organization", disclosure.organization().value());
      data.put("kind", disclosure.kind().name());
      data.put("subject", disclosure.subject());
      data.put("publishedOn", disclosure.publishedOn().toString());
      data.put("channel", disclosure.channel().kind().name());
      data.put("reference", disclosure.channel().reference());
      data.put("title", disclosure.title());
      correctionOf.ifPresent(c -> data.put("correctionOf", c.value()));
      return data;
    }
  }

  /** A major matter became an obligation to disclose it by its due day (Art.14); recorded beside the matter's event. */
  record DisclosureObligationArisen(DisclosureObligation obligation) implements DisclosureEvent {
    @Override public String aggregateType() {
      return "disclosureObligation";
    }

    @Override public String aggregateId() {
      return obligation.id().value();
    }

    @Override public Map<String, String> data() {
      return Map.of("organization", obligation.organization().value(), "matter", obligation.matter(),
          "event", Long.toString(obligation.eventSequence()), "arisenOn", obligation.arisenOn().toString(),
          "dueOn", obligation.dueOn().toString());
    }
  }
}
