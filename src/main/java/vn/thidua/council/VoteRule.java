package vn.thidua.council;

import java.math.BigDecimal;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * How the council votes on one title, from the rule set's {@code vote.<TITLE>} setting as the council's agency sees it
 * (NĐ 98/2023 điều 30.7: 90% of all members for the provincial and national emulation fighters, 80% for CSTĐCS and the
 * flags, a majority otherwise). Fixed on each agenda item when voting opens, so that a later change of settings does
 * not change a vote already cast.
 *
 * @param required     whether the title needs a council vote at all (otherwise the council's agreement suffices)
 * @param base         what the approving votes are counted on: all members, or those present (both minus recusals)
 * @param minRatio     the share of the base that must approve
 * @param comparison   GT (more than) or GTE (at least)
 * @param quorum       the share of all members that must be present for the meeting to decide
 * @param writtenVotes whether an absent member may vote in writing
 */
public record VoteRule(boolean required, Base base, BigDecimal minRatio, Comparison comparison, BigDecimal quorum,
        boolean writtenVotes) {

    public enum Base {
        ALL_MEMBERS, PRESENT
    }

    public enum Comparison {
        GT, GTE
    }

    /** The rule a setting value describes; a missing property takes the law's general default. */
    public static VoteRule from(JsonNode setting) {
        JsonNode s = setting == null ? JsonNodeFactory.instance.objectNode() : setting;
        return new VoteRule(vn.thidua.catalog.RuleSettings.voteRequired(s),
                Base.valueOf(s.path("base").asText("ALL_MEMBERS").toUpperCase(Locale.ROOT)),
                s.hasNonNull("minRatio") ? s.get("minRatio").decimalValue() : new BigDecimal("0.5"),
                Comparison.valueOf(s.path("comparison").asText("GT").toUpperCase(Locale.ROOT)),
                s.hasNonNull("quorum") ? s.get("quorum").decimalValue() : new BigDecimal("0.6666666666666666"),
                s.path("writtenVotes").asBoolean(true));
    }

    /** As stored on the agenda item ({@code vote_rule}) and shown in results. */
    public ObjectNode toJson() {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("required", required);
        node.put("base", base.name());
        node.put("minRatio", minRatio);
        node.put("comparison", comparison.name());
        node.put("quorum", quorum);
        node.put("writtenVotes", writtenVotes);
        return node;
    }
}
