package vn.thidua.common.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The start records the changelog the database was brought up to, and a start that finds it recorded leaves
 * Liquibase alone; one that does not runs Liquibase (which finds nothing to do here) and records it again.
 */
@QuarkusTest
class SchemaMigrationTest {

    @Inject
    SchemaMigration migration;
    @Inject
    AgroalDataSource dataSource;

    @Test
    void aRecordedChangelogIsNotMigratedAgainAndAnUnrecordedOneIs() throws Exception {
        assertEquals(1, count("SELECT count(*) FROM schema_fingerprint WHERE change_log = 'db/test-changeLog.xml'"),
                "the start recorded the changelog it migrated to");
        assertFalse(migration.migrate(), "recorded: Liquibase is not run");

        int changeSets = count("SELECT count(*) FROM databasechangelog");
        execute("DELETE FROM schema_fingerprint");
        assertTrue(migration.migrate(), "unrecorded: Liquibase runs");
        assertEquals(changeSets, count("SELECT count(*) FROM databasechangelog"), "and finds nothing left to run");
        assertEquals(1, count("SELECT count(*) FROM schema_fingerprint"));
        assertFalse(migration.migrate());
    }

    private int count(String sql) throws Exception {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getInt(1);
        }
    }

    private void execute(String sql) throws Exception {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
