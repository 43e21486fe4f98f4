package vn.thidua.catalog;

import com.fasterxml.jackson.databind.node.ObjectNode;

public record CriterionSpec(String id, String rule, ObjectNode params, String when, String legalRef,
        boolean needsVerification, String note) {
}
