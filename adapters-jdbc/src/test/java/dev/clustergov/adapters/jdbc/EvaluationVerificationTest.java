package dev.clustergov.adapters.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clustergov.core.application.Clustergov;
import dev.clustergov.core.application.establishment.EstablishOrganization;
import dev.clustergov.core.application.establishment.ProposeOrganization;
import dev.clustergov.core.application.general.RecogniseOrganization;
import dev.clustergov.core.application.general.SuspendOrganization;
import dev.clustergov.core.application.operation.AdmitMember;
import dev.clustergov.core.application.supervision.EngageEvaluator;
import dev.clustergov.core.application.supervision.RecordEvaluation;
import dev.clustergov.core.application.supervision.RegisterEvaluator;
import dev.clustergov.core.application.supervision.VerifyEvaluation;
import dev.clustergov.core.application.supervision.VerifyEvaluation.Change;
import dev.clustergov.core.application.supervision.VerifyEvaluation.Difference;
import dev.clustergov.core.application.supervision.VerifyEvaluation.Late;
import dev.clustergov.core.operation.MemberKind;
import dev.clustergov.core.operation.Membership;
import dev.clustergov.core.organization.CreditCode;
import dev.clustergov.core.organization.PromotionOrganization;
import dev.clustergov.core.supervision.Evaluation;
import dev.clustergov.core.testkit.fixtures.Fixtures;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.OptionalLong;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Verification (复核, Art.28) against the dossier as recorded at the evaluation's moment (decision 0505) on H2 in memory,
 * H2 in a file and PostgreSQL: the kept dossier is stored and read back, holds after the adapter is started again over
 * the same database, after a later suspension and a back-dated member unit; a row edited with SQL makes the evaluation
 * fail naming its part and record, an edited kept line makes the copy not intact; an evaluation without a kept dossier
 * (one recorded before V16) is verified by dates and says so.
 */
class EvaluationVerificationTest {

  abstract static class On {
    abstract Database database();

    Connected c;
    Jdbi sql;
    PromotionOrganization po;
    Membership member;
    Evaluation ev;

    Clustergov gov() {
      return Clustergov.using(c.jdbc().ports());
    }

    /** A recognised PO with one member unit, evaluated; then two days pass. */
    void evaluated() {
      c = Connected.to(database());
      sql = Jdbi.create(c.dataSource());
      c.clock().set(Fixtures.TODAY.atTime(10, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant());
      c.jdbc().ports().clusters().save(Fixtures.cluster());
      var authority = c.jdbc().ports().authorities().save(Fixtures.authority());
      Clustergov gov = gov();
      po = gov.proposeOrganization().handle(new ProposeOrganization.Command(Fixtures.compliantApplication())).get();
      po = gov.establishOrganization().handle(new EstablishOrganization.Command(po.id(), OptionalLong.empty(), Fixtures.PO_CODE)).get();
      po = gov.recogniseOrganization().handle(new RecogniseOrganization.Command(po.id(), OptionalLong.empty(), authority.id())).get();
      member = gov.admitMember().handle(new AdmitMember.Command(po.id(), "苏州纳米成员单位有限公司",
          CreditCode.parse(Fixtures.creditCode("91320500MA0000001")).get(), MemberKind.ENTERPRISE, null)).get();
      var evaluator = gov.registerEvaluator().handle(new RegisterEvaluator.Command(authority.id(), "江苏产业评价研究院",
          CreditCode.parse(Fixtures.creditCode("91110000MA0EYAL01")).get(), null, null)).get();
      gov.engageEvaluator().handle(new EngageEvaluator.Command(evaluator.id(), po.id(), OptionalLong.empty(),
          LocalDate.of(2000, 1, 1), LocalDate.of(2099, 12, 31))).get();
      ev = gov.recordEvaluation().handle(new RecordEvaluation.Command(evaluator.id(), po.id(), null)).get();
      c.clock().advance(Duration.ofDays(2));
    }

    VerifyEvaluation.Verification verify(Clustergov gov) {
      return gov.verifyEvaluation().handle(po.id(), ev.id()).get();
    }

    /** The adapter started again over the same database: nothing of the first one's memory is used. */
    Clustergov restarted() {
      return Clustergov.using(JdbcClustergov.migrateAndConnect(c.dataSource(), c.clock()).ports());
    }

    @Test
    void the_kept_dossier_is_stored_and_read_back_line_for_line_and_makes_the_recorded_hash() {
      evaluated();
      var kept = c.jdbc().ports().evaluations().dossierAsRecorded(ev.id()).orElseThrow();
      assertThat(kept.hash()).isEqualTo(ev.dossierHash());
      assertThat(kept.entries()).extracting(e -> e.part() + " " + e.key()).contains("organization organization",
          "membership " + member.id().value());
      var check = verify(restarted());
      assertThat(check.form()).isEqualTo(VerifyEvaluation.Form.AS_RECORDED);
      assertThat(check.copyIntact()).isTrue();
      assertThat(check.verified()).isTrue();
    }

    @Test
    void a_later_suspension_and_a_back_dated_member_leave_it_verified_after_a_restart_with_both_listed() {
      evaluated();
      Clustergov gov = gov();
      po = gov.suspendOrganization().handle(new SuspendOrganization.Command(po.id(), OptionalLong.empty(),
          po.authority(), "年度检查发现问题，限期整改")).get();
      var late = gov.admitMember().handle(new AdmitMember.Command(po.id(), "后补登记的成员单位", null, MemberKind.ENTERPRISE,
          ev.evaluatedOn())).get();

      var check = verify(restarted());

      assertThat(check.differences()).isEmpty();
      assertThat(check.changedAfter()).extracting(Late::part).contains("organization");
      assertThat(check.backDated()).extracting(l -> l.part() + " " + l.record()).containsExactly("membership " + late.id().value());
      assertThat(check.verified()).isTrue();
    }

    @Test
    void a_member_unit_s_row_edited_with_sql_makes_it_not_verified_naming_the_part_even_after_a_restart() {
      evaluated();
      sql.useHandle(h -> h.createUpdate("UPDATE membership SET name = :n WHERE id = :id")
          .bind("n", "改过名称的成员单位").bind("id", member.id().value()).execute());

      var check = verify(restarted());

      assertThat(check.differences()).containsExactly(new Difference("membership", member.id().value(), Change.CHANGED));
      assertThat(check.differingParts()).containsExactly("membership");
      assertThat(check.verified()).isFalse();
    }

    @Test
    void a_kept_line_edited_with_sql_is_a_copy_no_longer_intact() {
      evaluated();
      sql.useHandle(h -> h.createUpdate("UPDATE evaluation_dossier_line SET line = :l WHERE evaluation_id = :e AND part = 'membership'")
          .bind("l", "membership forged").bind("e", ev.id().value()).execute());

      var check = verify(restarted());

      assertThat(check.copyIntact()).isFalse();
      assertThat(check.differingParts()).contains("membership");
      assertThat(check.verified()).isFalse();
    }

    @Test
    void an_evaluation_without_a_kept_dossier_is_of_the_old_form_verified_by_dates() {
      evaluated();
      sql.useHandle(h -> {
        h.createUpdate("DELETE FROM evaluation_dossier_line WHERE evaluation_id = :e").bind("e", ev.id().value()).execute();
        h.createUpdate("DELETE FROM evaluation_dossier WHERE evaluation_id = :e").bind("e", ev.id().value()).execute();
      });

      var check = verify(restarted());

      assertThat(check.form()).isEqualTo(VerifyEvaluation.Form.BY_DATES);
      assertThat(check.verified()).isTrue();
    }
  }

  @Nested
  class H2Memory extends On {
    @Override
    Database database() {
      return Database.H2_MEMORY;
    }
  }

  @Nested
  class H2File extends On {
    @Override
    Database database() {
      return Database.H2_FILE;
    }
  }

  @Nested
  class PostgreSQL extends On {
    @Override
    Database database() {
      return Database.POSTGRESQL;
    }
  }
}
