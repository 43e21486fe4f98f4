package vn.thidua.evaluation.eligibility;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumSet;

import org.junit.jupiter.api.Test;

import vn.thidua.catalog.RuleName;

/** The catalogue's list of rule names and the engine's rule classes are the same list. */
class RulesTest {

    @Test
    void everyNameARuleSetMayUseHasItsRule() {
        assertEquals(EnumSet.allOf(RuleName.class), EnumSet.copyOf(Rules.implemented()));
    }
}
