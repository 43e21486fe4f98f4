package vn.thidua.contract;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import io.quarkus.arc.Arc;

/**
 * Every table of the schema, sorted into what holds for every agency (changed only by the root unit's administrator)
 * and what belongs to a unit's subtree or to the service itself. {@link GlobalTablesTest} fails on a table in neither
 * list, so that a new table is placed on purpose; the authorization matrix checks with {@link #fingerprint()} that no
 * call but the root administrator's changes a global one.
 */
final class GlobalTables {

    /** Settings of the whole province: the catalogue, the rule sets, the cash figures. */
    static final Set<String> GLOBAL = Set.of("award_type", "award_coefficient", "base_salary", "cash_multiplier",
            "rule_set");

    /**
     * Everything else: rows of a unit's subtree (reached through their unit, plan, council, decision...), rows of one
     * account or caller, and the service's own machinery.
     */
    static final Set<String> NOT_GLOBAL = Set.of(
            // organisation and people
            "org_unit", "person", "account", "account_role", "refresh_token", "rule_override",
            // plans to decisions
            "plan", "plan_unit", "campaign_phase", "pledge", "evaluation",
            "council", "council_member", "council_session", "council_session_member", "council_agenda_item",
            "council_ballot", "council_vote_cast", "council_recusal",
            "decision", "decision_line", "proposal", "proposal_nominee", "proposal_dossier_part",
            // history
            "annual_assessment", "award_record", "disciplinary_measure", "disciplinary_proceeding", "initiative",
            "initiative_author",
            // clusters (organised by a unit)
            "cluster", "cluster_member", "cluster_leadership", "cluster_covenant", "cluster_covenant_signature",
            "cluster_scoring_table", "cluster_scoring_round", "cluster_score_sheet",
            // integration and machinery
            "audit_event", "outbox_event", "webhook_subscription", "webhook_delivery", "idempotency_record",
            "job_run", "databasechangelog", "schema_fingerprint",
            // the tests' own fixture endpoints (vn.thidua.fixture)
            "fixture_note");

    private GlobalTables() {
    }

    /** The tables of the schema the service uses. */
    static Set<String> inSchema() {
        try (Connection connection = dataSource().getConnection(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("""
                        SELECT table_name FROM information_schema.tables
                        WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'""")) {
            Set<String> tables = new TreeSet<>();
            while (rows.next()) {
                tables.add(rows.getString(1));
            }
            return tables;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A value that changes whenever a row of a global table is inserted, updated or deleted: each table's row count
     * and the sum of its row versions' hashes (an update writes a new version: new {@code ctid}, new {@code xmin}).
     * It reads no column, so it stays cheap however large the rule sets' definitions grow.
     */
    static String fingerprint() {
        String sql = GLOBAL.stream().sorted()
                .map(table -> "SELECT '%1$s', count(*), coalesce(sum(hashtext(ctid::text || xmin::text)), 0) FROM %1$s"
                        .formatted(table))
                .collect(Collectors.joining(" UNION ALL "));
        try (Connection connection = dataSource().getConnection(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            StringBuilder fingerprint = new StringBuilder();
            while (rows.next()) {
                fingerprint.append(rows.getString(1)).append(':').append(rows.getLong(2)).append('/')
                        .append(rows.getLong(3)).append(' ');
            }
            return fingerprint.toString();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static DataSource dataSource() {
        return Arc.container().instance(DataSource.class).get();
    }
}
