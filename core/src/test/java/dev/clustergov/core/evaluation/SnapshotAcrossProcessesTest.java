package dev.clustergov.core.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clustergov.core.governance.ExpertField;
import dev.clustergov.core.governance.Person;
import dev.clustergov.core.governance.PersonId;
import dev.clustergov.core.governance.Seat;
import dev.clustergov.core.governance.SeatRole;
import dev.clustergov.core.organization.Charter;
import dev.clustergov.core.testkit.gen.LargeDossiers;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The dossier hash (评价档案快照的哈希) is the same in every process: an evaluation recorded by one server is verified by
 * the next one after a restart. It was not: a seat's expert fields and a charter's consenting founders were kept in
 * {@code Set.copyOf} sets, whose order of iteration changes from one JVM to the next (a random salt), and the snapshot's
 * text printed them in that order — the demo's evaluations verified in the process that recorded them and failed after
 * a restart (issue 15's attack pass, finding F0).
 */
class SnapshotAcrossProcessesTest {

  /** What a child process prints: the hash of the large PO's snapshot as of its day. */
  public static void main(String[] args) {
    System.out.println(hashOfTheLargePo());
  }

  static String hashOfTheLargePo() {
    var dossier = LargeDossiers.of(200, 42);
    LocalDate day = LargeDossiers.DAY;
    return Snapshot.hash(Snapshot.text(Snapshot.of(dossier, day), day));
  }

  @Test
  @Timeout(value = 3, unit = TimeUnit.MINUTES)
  void three_other_processes_compute_this_process_s_hash_of_the_same_dossier() throws Exception {
    String here = hashOfTheLargePo();
    List<String> there = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      there.add(child());
    }
    assertThat(there).as("the hash in three other JVMs; this one's is %s", here).containsOnly(here);
  }

  @Test
  void a_seat_s_expert_fields_iterate_in_their_declared_order_whatever_order_they_were_given_in() {
    List<ExpertField> reversed = new ArrayList<>(Arrays.asList(ExpertField.values()));
    java.util.Collections.reverse(reversed);
    Seat seat = new Seat(new Person(new PersonId("person-000001"), "张三"), SeatRole.values()[0], new LinkedHashSet<>(reversed));
    assertThat(List.copyOf(seat.fields())).containsExactly(ExpertField.values());
    assertThat(seat.toString()).contains(Arrays.asList(ExpertField.values()).toString());
  }

  @Test
  void a_charter_s_consenting_founders_iterate_in_order_of_their_names() {
    var names = new LinkedHashSet<>(List.of("戊单位", "丁单位", "丙单位", "乙单位", "甲单位", "庚单位", "己单位"));
    Charter charter = new Charter(LocalDate.of(2024, 1, 2), List.of("集群服务"), names);
    assertThat(List.copyOf(charter.consentingFounders())).isSorted().hasSize(7);
  }

  private static String child() throws IOException, InterruptedException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process p = new ProcessBuilder(java, "-Xmx128m", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
        SnapshotAcrossProcessesTest.class.getName()).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    assertThat(p.waitFor(2, TimeUnit.MINUTES)).as("the child process ended").isTrue();
    assertThat(p.exitValue()).as("the child process's exit code; it printed: %s", out).isZero();
    return out.lines().reduce((a, b) -> b).orElse("");
  }
}
