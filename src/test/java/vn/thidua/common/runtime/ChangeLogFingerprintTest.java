package vn.thidua.common.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/**
 * A changelog's fingerprint changes with every byte Liquibase would read, and is withheld (so that Liquibase runs)
 * wherever this reading cannot be sure it saw them all.
 */
class ChangeLogFingerprintTest {

    private static final String ROOT = """
            <databaseChangeLog>
                <include file="changes/0001-a.xml" relativeToChangelogFile="true"/>
                <include file='db/shared/0002-b.xml'/>
            </databaseChangeLog>
            """;

    private final Map<String, String> files = new HashMap<>(Map.of(
            "db/changeLog.xml", ROOT,
            "db/changes/0001-a.xml", "<changeSet id=\"a\"><sql>CREATE TABLE a (id int)</sql></changeSet>",
            "db/shared/0002-b.xml", "<changeSet id=\"b\"><sql>CREATE TABLE b (id int)</sql></changeSet>"));

    @Test
    void theSameFilesGiveTheSameFingerprint() {
        assertEquals(fingerprint(), fingerprint());
        assertTrue(fingerprint().orElseThrow().matches("[0-9a-f]{64}"));
    }

    @Test
    void aChangedIncludedFileChangesIt() {
        Optional<String> before = fingerprint();
        files.put("db/changes/0001-a.xml", "<changeSet id=\"a\"><sql>CREATE TABLE a (id bigint)</sql></changeSet>");
        assertNotEquals(before, fingerprint());
        files.put("db/shared/0002-b.xml", files.get("db/shared/0002-b.xml") + " ");
        assertNotEquals(before, fingerprint());
    }

    @Test
    void aNewIncludeChangesIt() {
        Optional<String> before = fingerprint();
        files.put("db/changes/0003-c.xml", "<changeSet id=\"c\"/>");
        files.put("db/changeLog.xml", ROOT.replace("</databaseChangeLog>",
                "<include file=\"changes/0003-c.xml\" relativeToChangelogFile=\"true\"/></databaseChangeLog>"));
        assertNotEquals(before, fingerprint());
    }

    @Test
    void otherSettingsChangeIt() {
        assertNotEquals(fingerprint(), ChangeLogFingerprint.of("db/changeLog.xml", loader(), "[prod]|[]|{}"));
    }

    @Test
    void whatThisReadingCannotFollowHasNone() {
        files.put("db/shared/0002-b.xml", "<includeAll path=\"more/\"/>");
        assertEquals(Optional.empty(), fingerprint());
        files.put("db/shared/0002-b.xml", "<include file=\"${where}/x.xml\"/>");
        assertEquals(Optional.empty(), fingerprint());
        files.remove("db/shared/0002-b.xml");
        assertEquals(Optional.empty(), fingerprint(), "an included file that cannot be read");
        assertEquals(Optional.empty(), ChangeLogFingerprint.of("db/none.xml", loader(), ""));
    }

    @Test
    void theServicesOwnChangelogHasOne() {
        // were it to include by means the fingerprint does not follow, every start would run Liquibase again
        assertTrue(ChangeLogFingerprint.of("db/changeLog.xml", getClass().getClassLoader(), "").isPresent());
        assertTrue(ChangeLogFingerprint.of("db/test-changeLog.xml", getClass().getClassLoader(), "").isPresent());
    }

    private Optional<String> fingerprint() {
        return ChangeLogFingerprint.of("db/changeLog.xml", loader(), "[]|[]|{}");
    }

    private ClassLoader loader() {
        return new ClassLoader(null) {
            @Override
            public InputStream getResourceAsStream(String name) {
                String text = files.get(name);
                return text == null ? null : new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
            }
        };
    }
}
