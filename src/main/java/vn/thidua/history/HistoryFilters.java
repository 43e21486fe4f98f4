package vn.thidua.history;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import vn.thidua.common.api.QueryFlags;
import vn.thidua.common.error.ApiException;
import vn.thidua.common.error.ApiException.FieldViolation;

/**
 * The filters every history list takes: whose records, and of which years. Years are taken as text and checked
 * here, so that a bad one is a 400 naming it.
 */
public class HistoryFilters {

    @QueryParam("person")
    @Parameter(description = "Records about this person (for initiatives: written by them).")
    public UUID person;

    @QueryParam("unit")
    @Parameter(description = "Records of this unit: about it or its people (with `subtree`, its sub-units too).")
    public UUID unit;

    @QueryParam("subtree")
    @Parameter(description = "With `unit`: include the units below it.",
            schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "true"))
    public String subtree;

    @QueryParam("year")
    @Parameter(description = "Records of this year (for disciplinary records: in effect or open during it).",
            schema = @Schema(type = SchemaType.INTEGER, minimum = "1990", maximum = "2100"), example = "2024")
    public String year;

    @QueryParam("fromYear")
    @Parameter(description = "Records of this year or later.",
            schema = @Schema(type = SchemaType.INTEGER, minimum = "1990", maximum = "2100"), example = "2020")
    public String fromYear;

    @QueryParam("toYear")
    @Parameter(description = "Records of this year or earlier.",
            schema = @Schema(type = SchemaType.INTEGER, minimum = "1990", maximum = "2100"), example = "2024")
    public String toYear;

    HistoryService.ListQuery query(List<HistoryService.Condition> conditions) {
        List<FieldViolation> violations = new ArrayList<>();
        Integer exact = year("year", year, violations);
        Integer from = year("fromYear", fromYear, violations);
        Integer to = year("toYear", toYear, violations);
        if (!violations.isEmpty()) {
            throw ApiException.invalid(violations);
        }
        return new HistoryService.ListQuery(person, unit, QueryFlags.parse("subtree", subtree, true), exact, from, to,
                conditions.stream().filter(c -> c.param() == null || c.value() != null).toList());
    }

    private static Integer year(String name, String value, List<FieldViolation> violations) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            int parsed = Integer.parseInt(value.strip());
            if (parsed >= HistoryRequests.MIN_YEAR && parsed <= HistoryRequests.MAX_YEAR) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // reported below, with the allowed range
        }
        violations.add(new FieldViolation(name, "OUT_OF_RANGE", "field.integer-range", HistoryRequests.MIN_YEAR,
                HistoryRequests.MAX_YEAR));
        return null;
    }
}
