package vn.thidua.org;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import vn.thidua.common.error.ApiException.FieldViolation;

/**
 * The rules on a person's fields that the bean constraints of {@link PersonRequest} cannot say, applied alike to the
 * API and to imports. Field names are those of the request; an import renames them to its columns.
 */
final class PersonRules {

    static final String EARLIEST_BIRTH_TEXT = "1900-01-01";
    /** Anything earlier is a typing error (a year 0985 for 1985), not a colleague. */
    static final LocalDate EARLIEST_BIRTH = LocalDate.parse(EARLIEST_BIRTH_TEXT);
    /** The length of the family_name, middle_name and given_name columns. */
    static final int MAX_NAME_PART = 100;

    private PersonRules() {
    }

    /**
     * What is wrong beyond the bean constraints; empty when nothing is. A null name is not judged here. A name of
     * spaces alone is: {@code @NotBlank} trims only ASCII spaces, so non-breaking and em spaces pass it, yet leave no
     * word once the name is normalised.
     */
    static List<FieldViolation> check(String fullName, LocalDate dateOfBirth) {
        List<FieldViolation> violations = new ArrayList<>();
        if (fullName != null && VietnameseName.normalise(fullName).isEmpty()) {
            violations.add(new FieldViolation("fullName", "NOT_BLANK", "field.required"));
        } else if (fullName != null && VietnameseName.of(fullName).longestPart() > MAX_NAME_PART) {
            violations.add(new FieldViolation("fullName", "NAME_PART_TOO_LONG", "field.person-name-part-too-long",
                    MAX_NAME_PART));
        }
        if (dateOfBirth != null && dateOfBirth.isBefore(EARLIEST_BIRTH)) {
            violations.add(new FieldViolation("dateOfBirth", "OUT_OF_RANGE", "field.person-born-too-early",
                    EARLIEST_BIRTH_TEXT));
        }
        return violations;
    }
}
