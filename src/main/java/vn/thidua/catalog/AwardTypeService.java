package vn.thidua.catalog;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import vn.thidua.common.error.ApiException.FieldViolation;

/** What other features ask the catalogue. */
@ApplicationScoped
public class AwardTypeService {

    @Inject
    AwardTypeRepository types;

    /** Vietnamese names of the catalogue's codes, as printed lists show them. */
    public java.util.Map<String, String> titleNames() {
        java.util.Map<String, String> names = new java.util.HashMap<>();
        types.listAll().forEach(t -> names.put(t.code, t.nameVi));
        return names;
    }

    /**
     * Field errors for title codes that are unknown, not titles, repeated, or do not fit the subject (individual
     * titles for people, collective ones for units); {@code field} is the list's name in the request.
     */
    public List<FieldViolation> checkTitles(String field, List<String> codes, boolean individual) {
        List<FieldViolation> violations = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < codes.size(); i++) {
            String code = codes.get(i);
            AwardType type = types.findById(code);
            String at = field + "[" + i + "]";
            if (type == null || !type.active || type.category != AwardType.Category.TITLE) {
                violations.add(new FieldViolation(at, "UNKNOWN_TITLE", "field.title-unknown", code));
            } else if (!type.fits(individual)) {
                violations.add(new FieldViolation(at, "TITLE_DOES_NOT_FIT", individual
                        ? "field.title-collective-only" : "field.title-individual-only", code));
            } else if (!seen.add(code)) {
                violations.add(new FieldViolation(at, "DUPLICATE", "field.title-repeated", code));
            }
        }
        return violations;
    }

    /**
     * A field error when {@code code} is no title or form of the catalogue (retired ones count: history records the
     * past), or one that does not fit the subject (individual awards for people, collective ones for units).
     */
    public Optional<FieldViolation> checkAward(String field, String code, boolean individual) {
        AwardType type = types.findById(code);
        if (type == null) {
            return Optional.of(new FieldViolation(field, "UNKNOWN_AWARD", "field.award-unknown", code));
        }
        if (!type.fits(individual)) {
            return Optional.of(new FieldViolation(field, "AWARD_DOES_NOT_FIT", individual
                    ? "field.award-collective-only" : "field.award-individual-only", code));
        }
        return Optional.empty();
    }

    /** The whole catalogue by code, retired ones included, in one query. */
    public java.util.Map<String, AwardType> all() {
        java.util.Map<String, AwardType> all = new java.util.HashMap<>();
        types.listAll().forEach(t -> all.put(t.code, t));
        return all;
    }

    /** A title or form of the catalogue, retired ones included (decisions and history name the past). */
    public Optional<AwardType> award(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(types.findById(code));
    }

    /** The names of the catalogue's codes in English, or in Vietnamese (the default). */
    public java.util.Map<String, String> names(boolean english) {
        java.util.Map<String, String> names = new java.util.HashMap<>();
        types.listAll().forEach(t -> names.put(t.code, english ? t.nameEn : t.nameVi));
        return names;
    }
}
