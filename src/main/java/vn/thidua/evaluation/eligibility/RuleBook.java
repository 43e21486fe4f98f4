package vn.thidua.evaluation.eligibility;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.thidua.catalog.AwardType;
import vn.thidua.catalog.RuleSetDefinition;
import vn.thidua.catalog.TitleRules;

/** A rule set read for the engine: the general criteria, and each title's criteria in catalogue order. */
public record RuleBook(RuleSetDefinition definition, List<Criterion> general, Map<String, Titled> titles) {

    /** One title's (or form's) criteria, and whom it fits. */
    record Titled(String code, AwardType.Subject subject, List<Criterion> criteria) {
    }

    public static RuleBook of(RuleSetDefinition definition) {
        Map<String, Titled> titles = new LinkedHashMap<>();
        for (TitleRules title : definition.titles()) {
            titles.put(title.awardCode(), new Titled(title.awardCode(), title.subject(),
                    title.criteria().stream().map(Criterion::of).toList()));
        }
        return new RuleBook(definition, definition.general().stream().map(Criterion::of).toList(),
                Collections.unmodifiableMap(titles));
    }

    /** The titles a person (or a unit) is considered for, in catalogue order. */
    public List<String> titlesFor(boolean person) {
        AwardType.Subject subject = person ? AwardType.Subject.INDIVIDUAL : AwardType.Subject.COLLECTIVE;
        return titles.values().stream().filter(t -> t.subject() == subject || t.subject() == AwardType.Subject.ANY)
                .map(Titled::code).toList();
    }
}
