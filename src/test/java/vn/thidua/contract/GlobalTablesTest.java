package vn.thidua.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** Every table is sorted into global or not, so a new one is placed on purpose (see {@link GlobalTables}). */
@QuarkusTest
class GlobalTablesTest {

    @Test
    void everyTableOfTheSchemaIsEitherGlobalOrNot() {
        Set<String> both = new TreeSet<>(GlobalTables.GLOBAL);
        both.retainAll(GlobalTables.NOT_GLOBAL);
        assertTrue(both.isEmpty(), "tables listed as both global and not: " + both);
        Set<String> listed = new TreeSet<>(GlobalTables.GLOBAL);
        listed.addAll(GlobalTables.NOT_GLOBAL);
        assertEquals(listed, GlobalTables.inSchema(), """
                GlobalTables must list every table of the schema, and no other: a table that holds for every agency in
                GLOBAL (only the root unit's administrator changes it; give its writing operations
                @RolesAllowed(Roles.ROOT_ADMIN)), any other in NOT_GLOBAL.""");
    }

    @Test
    void theFingerprintChangesWithAGlobalRowAndNotOtherwise() {
        String before = GlobalTables.fingerprint();
        assertEquals(before, GlobalTables.fingerprint(), "reading changes nothing");
        vn.thidua.catalog.RuleSetFixtures.copy("LAW2022_ND98", vn.thidua.catalog.RuleSetStatus.DRAFT);
        assertTrue(!before.equals(GlobalTables.fingerprint()), "a new rule set changes the fingerprint");
    }
}
