package dev.clustergov.adapters.jdbc;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;

/** Raw views of the clustergov tables for tests: a dump to compare states, raw SQL to tamper. */
final class Tables {
  private Tables() {}

  /** Every table of the schema, with the columns it is ordered by in a dump. */
  static final List<String[]> ALL = List.of(
      new String[] {"cluster", "id"}, new String[] {"authority", "id"}, new String[] {"organization", "id"},
      new String[] {"organization_founder", "organization_id, position"},
      new String[] {"consortium_component", "organization_id, position"},
      new String[] {"charter_scope_item", "organization_id, position"},
      new String[] {"charter_consent", "organization_id, position"},
      new String[] {"organization_equipment", "organization_id, position"},
      new String[] {"organization_staff", "organization_id, position"},
      new String[] {"management_system", "organization_id, position"},
      new String[] {"income_source", "organization_id, kind"},
      new String[] {"governance_body", "organization_id, position"},
      new String[] {"body_seat", "organization_id, body_position, position"},
      new String[] {"seat_expert_field", "organization_id, body_position, seat_position, field"},
      new String[] {"policy_pack", "jurisdiction, version"}, new String[] {"policy_value", "jurisdiction, version, param_key"},
      new String[] {"dispute", "id"}, new String[] {"dispute_party", "dispute_id, position"},
      new String[] {"dispute_step", "dispute_id, position"},
      new String[] {"ip_agreement", "id"}, new String[] {"ip_revision", "agreement_id, revision"},
      new String[] {"ip_party", "agreement_id, revision, position"},
      new String[] {"ip_duty", "agreement_id, revision, activity, position"},
      new String[] {"ip_ownership", "agreement_id, revision, position, owner_position"},
      new String[] {"ip_use_right", "agreement_id, revision, position"},
      new String[] {"ip_share", "agreement_id, revision, position"},
      new String[] {"ip_signature", "agreement_id, revision, position"},
      new String[] {"event_log", "seq"}, new String[] {"event_head", "id"},
      new String[] {"disclosure", "id"}, new String[] {"disclosure_obligation", "id"},
      new String[] {"membership", "id"}, new String[] {"platform", "id"}, new String[] {"service_activity", "id"},
      new String[] {"activity_member", "activity_id, position"}, new String[] {"activity_outside", "activity_id, position"},
      new String[] {"inspection", "id"}, new String[] {"inspection_finding", "inspection_id, position"},
      new String[] {"sanction", "id"}, new String[] {"sanction_ground", "sanction_id, position"},
      new String[] {"self_discipline_measure", "id"}, new String[] {"disciplinary_action", "id"},
      new String[] {"evaluator", "id"}, new String[] {"evaluator_tie", "evaluator_id, position"},
      new String[] {"evaluator_engagement", "evaluator_id, position"}, new String[] {"evaluator_engagement_end", "evaluator_id, position"},
      new String[] {"evaluation", "id"}, new String[] {"evaluation_policy", "evaluation_id, position"},
      new String[] {"evaluation_score", "evaluation_id, position"},
      new String[] {"evaluation_dossier", "evaluation_id"}, new String[] {"evaluation_dossier_line", "evaluation_id, position"},
      new String[] {"incentive_award", "id"}, new String[] {"incentive_award_metric", "award_id, position"},
      new String[] {"organization_stamp", "organization_id"});

  /** Every row of every table (id counters aside, which are not rolled back in meaning), as text. */
  static String dump(DataSource ds) {
    StringBuilder b = new StringBuilder();
    try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
      for (String[] t : ALL) {
        b.append("== ").append(t[0]).append('\n');
        try (ResultSet rs = s.executeQuery("SELECT * FROM " + t[0] + " ORDER BY " + t[1])) {
          ResultSetMetaData md = rs.getMetaData();
          while (rs.next()) {
            for (int i = 1; i <= md.getColumnCount(); i++) {
              b.append(rs.getString(i)).append('|');
            }
            b.append('\n');
          }
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return b.toString();
  }

  static int execute(DataSource ds, String sql, Object... args) {
    try (Connection c = ds.getConnection(); var ps = c.prepareStatement(sql)) {
      for (int i = 0; i < args.length; i++) {
        ps.setObject(i + 1, args[i]);
      }
      return ps.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
