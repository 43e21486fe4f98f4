package vn.thidua.catalog;

import java.util.List;

public record TitleRules(String awardCode, AwardType.Subject subject, List<CriterionSpec> criteria) {
}
