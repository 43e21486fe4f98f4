package vn.thidua.cluster.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.thidua.common.error.ApiException.FieldViolation;

/**
 * What a scoring table holds: groups of criteria (nhóm tiêu chí) with maximum points, and bonus (điểm thưởng) and
 * penalty (điểm trừ) items; every item with a code unique in the table, its maximum and its guidance.
 */
@Schema(name = "ClusterScoringTableContent", description = "Groups of criteria, bonus items and penalty items.")
public record TableContent(
        @NotEmpty @Size(max = 30) List<@NotNull @Valid Group> groups,
        @Size(max = 50) List<@NotNull @Valid Item> bonuses,
        @Size(max = 50) List<@NotNull @Valid Item> penalties) {

    @Schema(name = "ClusterScoringGroup", description = "A group of criteria; its criteria together score at most "
            + "its maximum.")
    public record Group(
            @Schema(examples = "I") @NotBlank @Size(max = 20) String code,
            @Schema(examples = "Thực hiện nhiệm vụ chính trị được giao") @NotBlank @Size(max = 500) String title,
            @Schema(examples = "60") @NotNull @DecimalMin("0.01") @DecimalMax("10000")
            BigDecimal maxPoints,
            @NotEmpty @Size(max = 100) List<@NotNull @Valid Item> criteria) {
    }

    @Schema(name = "ClusterScoringItem", description = "A criterion, bonus or penalty item.")
    public record Item(
            @Schema(examples = "I.1") @NotBlank @Size(max = 20) String code,
            @Schema(examples = "Hoàn thành kế hoạch đào tạo, bồi dưỡng cán bộ trong năm") @NotBlank @Size(max = 500)
            String title,
            @Schema(examples = "20") @NotNull @DecimalMin("0.01") @DecimalMax("10000")
            BigDecimal maxPoints,
            @Schema(examples = "Đạt 100% kế hoạch: 20 điểm; mỗi 5% chưa đạt trừ 2 điểm.") @Size(max = 4000)
            String guidance) {
    }

    List<Item> bonusItems() {
        return bonuses == null ? List.of() : bonuses;
    }

    List<Item> penaltyItems() {
        return penalties == null ? List.of() : penalties;
    }

    List<Item> criteria() {
        return groups.stream().flatMap(g -> g.criteria().stream()).toList();
    }

    /** Every code of the table, in order. */
    List<String> codes() {
        return Stream.of(groups.stream().map(Group::code), criteria().stream().map(Item::code),
                bonusItems().stream().map(Item::code), penaltyItems().stream().map(Item::code))
                .flatMap(s -> s).toList();
    }

    /**
     * What is wrong with a sheet's entries against this table, each a field error: an unknown or repeated code, a
     * group's code (groups are not scored, their criteria are), points with more than two decimals or above the item's
     * maximum, a criterion left out, a group's criteria together above the group's maximum.
     */
    List<FieldViolation> check(List<ScoringRequests.Entry> entries) {
        Map<String, Item> scorable = new HashMap<>();
        criteria().forEach(i -> scorable.put(i.code(), i));
        bonusItems().forEach(i -> scorable.put(i.code(), i));
        penaltyItems().forEach(i -> scorable.put(i.code(), i));
        List<FieldViolation> violations = new ArrayList<>();
        Map<String, BigDecimal> given = new HashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            ScoringRequests.Entry entry = entries.get(i);
            Item item = scorable.get(entry.code());
            if (item == null) {
                violations.add(new FieldViolation("entries[" + i + "].code", "UNKNOWN_CODE",
                        "field.cluster-score-unknown-code", entry.code()));
            } else if (given.put(entry.code(), entry.points()) != null) {
                violations.add(new FieldViolation("entries[" + i + "].code", "DUPLICATE",
                        "field.cluster-score-repeated", entry.code()));
            } else if (entry.points().stripTrailingZeros().scale() > 2) {
                violations.add(new FieldViolation("entries[" + i + "].points", "TOO_PRECISE",
                        "field.cluster-points-precision"));
            } else if (entry.points().compareTo(item.maxPoints()) > 0) {
                violations.add(new FieldViolation("entries[" + i + "].points", "ABOVE_MAX",
                        "field.cluster-score-above-max", entry.code(), item.maxPoints()));
            }
        }
        for (Group group : groups) {
            BigDecimal sum = BigDecimal.ZERO;
            for (Item criterion : group.criteria()) {
                BigDecimal points = given.get(criterion.code());
                if (points == null) {
                    violations.add(new FieldViolation("entries", "MISSING_CRITERION",
                            "field.cluster-score-missing", criterion.code()));
                } else {
                    sum = sum.add(points);
                }
            }
            if (sum.compareTo(group.maxPoints()) > 0) {
                violations.add(new FieldViolation("entries", "GROUP_ABOVE_MAX", "field.cluster-score-group-above-max",
                        group.code(), group.maxPoints()));
            }
        }
        return violations;
    }

    /** Criteria and bonus points, less penalty points, for entries that passed {@link #check}. */
    BigDecimal total(List<ScoringRequests.Entry> entries) {
        Set<String> penaltyCodes = penaltyItems().stream().map(Item::code).collect(Collectors.toSet());
        return entries.stream().map(e -> penaltyCodes.contains(e.code()) ? e.points().negate() : e.points())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /**
     * What is wrong with the table itself: repeated codes, maxima with more than two decimals (the scores are kept to
     * the hundredth), a criterion worth more than its group.
     */
    List<FieldViolation> problems() {
        List<FieldViolation> violations = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String code : codes()) {
            if (!seen.add(code)) {
                violations.add(new FieldViolation("content", "DUPLICATE_CODE", "field.cluster-table-code-repeated",
                        code));
            }
        }
        if (Stream.concat(bonusItems().stream(), penaltyItems().stream())
                .anyMatch(i -> i.maxPoints().stripTrailingZeros().scale() > 2)) {
            violations.add(new FieldViolation("content", "TOO_PRECISE", "field.cluster-points-precision"));
        }
        for (int g = 0; g < groups.size(); g++) {
            Group group = groups.get(g);
            if (group.maxPoints().stripTrailingZeros().scale() > 2 || group.criteria().stream()
                    .anyMatch(c -> c.maxPoints().stripTrailingZeros().scale() > 2)) {
                violations.add(new FieldViolation("content.groups[" + g + "]", "TOO_PRECISE",
                        "field.cluster-points-precision"));
            }
            for (int c = 0; c < group.criteria().size(); c++) {
                if (group.criteria().get(c).maxPoints().compareTo(group.maxPoints()) > 0) {
                    violations.add(new FieldViolation("content.groups[" + g + "].criteria[" + c + "].maxPoints",
                            "ABOVE_GROUP_MAX", "field.cluster-table-criterion-above-group", group.maxPoints()));
                }
            }
        }
        return violations;
    }

    BigDecimal maxPoints() {
        return groups.stream().map(Group::maxPoints).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
