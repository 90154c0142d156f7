package dev.clustergov.adapters.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.clustergov.adapters.jdbc.EventChainVerifier;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What a load or fault test checks afterwards (事后核查), over HTTP on a running instance: every
 * acknowledged write is present; nothing the client did not send is; a write whose outcome the client
 * could not know (a 503, a broken connection, a crash) is present whole or not at all; every PO and
 * staff member written has exactly its one event and every such event its state; the versions moved
 * once per write; the event log is numbered without a gap. {@link #chain} then checks the hash chain.
 */
final class Audit {

  /** The PO versions before the load, to check that each PO moved exactly once per write. */
  static Map<String, Long> versions(Http http, LoadWorld w) {
    Map<String, Long> out = new HashMap<>();
    List<String> pos = new ArrayList<>(w.own);
    pos.add(w.shared);
    for (String po : pos) {
      var r = http.get("/organizations/" + po).token(World.SUZHOU).send();
      assertThat(r.status()).as(r.body()).isEqualTo(200);
      out.put(po, r.json().get("version").asLong());
    }
    return out;
  }

  /** What the audit found: the entries of the event log, and how many writes of unknown outcome had taken effect. */
  record Found(long entries, long unknownPresent) {
    @Override
    public String toString() {
      return "events=" + entries + " unknownOutcomeFoundWritten=" + unknownPresent;
    }
  }

  /** Checks the state and the event log against what the client was told; see the class comment. */
  static Found check(Http http, LoadWorld w, Map<String, Long> before, WriteLoad.Tally tally, String run) {
    // --- the event log over HTTP: numbered 1, 2, 3… without a gap ---------------------------------------------------
    List<JsonNode> events = new ArrayList<>();
    long after = 0;
    for (int page = 0; page < 10_000; page++) {
      var r = http.get("/events?after=" + after + "&limit=1000").token(World.NATIONAL).send();
      assertThat(r.status()).as(r.body()).isEqualTo(200);
      JsonNode items = r.json().get("items");
      if (items.isEmpty()) {
        break;
      }
      items.forEach(events::add);
      after = r.json().get("next").asLong();
    }
    for (int i = 0; i < events.size(); i++) {
      assertThat(events.get(i).get("sequence").asLong()).as("event %d of the log is numbered without a gap", i + 1).isEqualTo(i + 1);
    }
    // --- hires: state ⟺ event, acknowledged ⊆ present ⊆ acknowledged ∪ unknown ------------------------------------
    String prefix = "load-" + run + "-";
    Map<String, Set<String>> hiredEvents = new TreeMap<>();
    Map<String, Integer> proposedEvents = new HashMap<>();
    for (JsonNode e : events) {
      String type = e.get("type").asText();
      if (type.equals("StaffHired") && e.get("data").get("person").asText().startsWith(prefix)) {
        String key = e.get("aggregateId").asText();
        assertThat(hiredEvents.computeIfAbsent(key, k -> new HashSet<>()).add(e.get("data").get("person").asText()))
            .as("one StaffHired event per hire: %s", e).isTrue();
      } else if (type.equals("OrganizationProposed")) {
        proposedEvents.merge(e.get("aggregateId").asText(), 1, Integer::sum);
      }
    }
    for (String po : before.keySet()) {
      var r = http.get("/organizations/" + po).token(World.SUZHOU).send();
      assertThat(r.status()).as(r.body()).isEqualTo(200);
      Set<String> staff = new HashSet<>();
      r.json().get("application").get("staff").forEach(s -> {
        if (s.get("person").asText().startsWith(prefix)) {
          staff.add(s.get("person").asText());
        }
      });
      Set<String> events0 = hiredEvents.getOrDefault(po, Set.of());
      assertThat(staff).as("the staff of %s hired under load are exactly those with a StaffHired event", po)
          .containsExactlyInAnyOrderElementsOf(events0);
      Set<String> acked = new HashSet<>();
      Set<String> possible = new HashSet<>();
      tally.acknowledged.stream().filter(x -> po.equals(x.organization()) && x.kind() != WriteLoad.Kind.PROPOSE)
          .forEach(x -> acked.add(x.key()));
      possible.addAll(acked);
      tally.unknown.stream().filter(x -> po.equals(x.organization())).forEach(x -> possible.add(x.key()));
      assertThat(staff).as("every acknowledged hire into %s is present", po).containsAll(acked);
      assertThat(possible).as("every hire present in %s was sent (acknowledged, or its outcome unknown to the client)", po)
          .containsAll(staff);
      assertThat(r.json().get("version").asLong()).as("%s moved one version per hire", po).isEqualTo(before.get(po) + staff.size());
    }
    // --- proposals: every PO has its one OrganizationProposed event and its whole application ---------------------------
    Map<String, JsonNode> pos = new HashMap<>();
    String last = null;
    for (int page = 0; page < 1_000; page++) {
      var r = http.get("/organizations?limit=500" + (last == null ? "" : "&after=" + last)).token(World.NATIONAL).send();
      assertThat(r.status()).as(r.body()).isEqualTo(200);
      JsonNode items = r.json().get("items");
      if (items.isEmpty()) {
        break;
      }
      items.forEach(p -> pos.put(p.get("id").asText(), p));
      last = items.get(items.size() - 1).get("id").asText();
    }
    assertThat(proposedEvents.keySet()).as("every PO has an OrganizationProposed event and every such event its PO")
        .containsExactlyInAnyOrderElementsOf(pos.keySet());
    assertThat(proposedEvents.values()).as("exactly one OrganizationProposed event per PO").allMatch(n -> n == 1);
    String loadName = "苏州市负载测试产业集群促进会" + run + "-";
    var application = World.application("c", "a", "n");
    Set<String> ackedNames = new HashSet<>();
    Set<String> possibleNames = new HashSet<>();
    for (var x : tally.acknowledged) {
      if (x.kind() == WriteLoad.Kind.PROPOSE) {
        ackedNames.add(x.key());
        assertThat(pos.keySet()).as("the acknowledged proposal %s is present", x.organization()).contains(x.organization());
      }
    }
    possibleNames.addAll(ackedNames);
    tally.unknown.stream().filter(x -> x.kind() == WriteLoad.Kind.PROPOSE).forEach(x -> possibleNames.add(x.key()));
    Set<String> presentNames = new HashSet<>();
    for (String id : pos.keySet()) {
      var r = http.get("/organizations/" + id).token(World.NATIONAL).send();
      assertThat(r.status()).as(r.body()).isEqualTo(200);
      JsonNode a = r.json().get("application");
      String name = a.get("name").asText();
      if (!name.startsWith(loadName)) {
        continue;
      }
      assertThat(presentNames.add(name)).as("one PO per proposal: %s", name).isTrue();
      // whole: every child list of the application as sent — founders, staff, systems, governance with its seats
      assertThat(a.get("founders")).as("%s's founders", id).hasSize(application.founders().size());
      assertThat(a.get("staff")).as("%s's staff", id).hasSize(application.staff().size());
      assertThat(a.get("managementSystems")).as("%s's management systems", id).hasSize(application.managementSystems().size());
      assertThat(a.get("governance")).as("%s's governance bodies", id).hasSize(application.governance().size());
      int seats = 0;
      for (JsonNode body : a.get("governance")) {
        seats += body.get("seats").size();
      }
      assertThat(seats).as("%s's seats", id).isEqualTo(application.governance().stream().mapToInt(b -> b.seats().size()).sum());
      assertThat(r.json().get("version").asLong()).as("%s was written once", id).isEqualTo(1);
    }
    assertThat(presentNames).as("every acknowledged proposal is present").containsAll(ackedNames);
    assertThat(possibleNames).as("every PO present was proposed by the client").containsAll(presentNames);
    long unknownPresent = presentNames.stream().filter(n -> !ackedNames.contains(n)).count()
        + hiredEvents.values().stream().mapToLong(Set::size).sum()
        - tally.acknowledged.stream().filter(x -> x.kind() != WriteLoad.Kind.PROPOSE).count();
    return new Found(events.size(), unknownPresent);
  }

  /** The hash chain verifies and covers exactly the entries read over HTTP. */
  static void chain(EventChainVerifier verifier, Found found) {
    chain(verifier, found.entries());
  }

  static void chain(EventChainVerifier verifier, long entries) {
    EventChainVerifier.Verdict v = verifier.verify();
    assertThat(v).as("the event log's hash chain").isInstanceOf(EventChainVerifier.Verdict.Intact.class);
    assertThat(((EventChainVerifier.Verdict.Intact) v).count()).isEqualTo(entries);
  }
}
