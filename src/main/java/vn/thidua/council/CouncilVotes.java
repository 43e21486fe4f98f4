package vn.thidua.council;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The votes a legal record rests on: what a closed session of an agency's own Emulation–Commendation Council decided
 * on a subject and an award, with the counts the record must carry (members, present, quorum, for, against, abstain).
 * Decisions and proposals ask here whether the procedure produced the award; no scope check (the caller has checked
 * the decision or proposal it reads them for).
 */
@ApplicationScoped
public class CouncilVotes {

    @Inject
    EntityManager em;
    @Inject
    ResultsService results;

    /** One accepted vote: the session and item, and the result as its minutes state it. */
    @Schema(name = "CouncilVoteRecord", description = """
            The council vote an award rests on, as its minutes state it: the closed session and its item, the council's \
            members and those present, the quorum, and the ballots for, against and abstaining (with spoilt and written \
            ones), counted on `base` against the threshold `minRatio`.""")
    public record Vote(@Schema(required = true) UUID sessionId, @Schema(required = true) UUID itemId,
            @Schema(required = true, examples = "Phiên họp xét danh hiệu thi đua năm 2025") String sessionName,
            @Schema(required = true) int year, OffsetDateTime closedAt,
            @Schema(required = true, examples = "GRASSROOTS_EMULATION_FIGHTER") String awardCode,
            @Schema(required = true, examples = "9") int members, @Schema(required = true, examples = "8") int present,
            @Schema(examples = "0.6666666666666666") BigDecimal quorum, @Schema(required = true) boolean quorumMet,
            @Schema(required = true, examples = "8") int votesFor, @Schema(required = true) int votesAgainst,
            @Schema(required = true) int abstentions, @Schema(required = true) int spoilt,
            @Schema(required = true) int written, @Schema(required = true, examples = "9") int base,
            @Schema(description = "ALL_MEMBERS or PRESENT, minus recusals.") VoteRule.Base baseKind,
            @Schema(examples = "0.8889") BigDecimal ratio, @Schema(examples = "0.8") BigDecimal minRatio,
            @Schema(required = true) boolean voteRequired) {
    }

    /**
     * The accepted votes (passed, and within any quota) of closed sessions of {@code unitId}'s own council (not a
     * cluster's meeting) for {@code year}, on these subjects (people, or units as collectives), latest first, by
     * {@link #key}.
     */
    @Transactional
    public Map<String, List<Vote>> accepted(UUID unitId, int year, Collection<UUID> subjectIds) {
        return accepted("c.unitId = :unit", "unit", unitId, year, subjectIds);
    }

    /**
     * The same for the councils of a whole agency ({@code unitPath}: its own and its departments', as a proposal's
     * session may be), not a cluster's meeting.
     */
    @Transactional
    public Map<String, List<Vote>> acceptedWithin(String unitPath, int year, Collection<UUID> subjectIds) {
        return accepted("c.unitId in (select u.id from OrgUnit u where u.path like :path)", "path", unitPath + "%",
                year, subjectIds);
    }

    private Map<String, List<Vote>> accepted(String council, String name, Object value, int year,
            Collection<UUID> subjectIds) {
        Map<String, List<Vote>> votes = new LinkedHashMap<>();
        if (subjectIds.isEmpty()) {
            return votes;
        }
        List<Object[]> rows = em.createQuery("""
                select i, s from AgendaItem i, CouncilSession s, Council c
                where i.sessionId = s.id and s.councilId = c.id and %s and c.clusterId is null
                  and s.year = :year and s.status = :closed and i.outcome = :passed
                  and (i.personId in :ids or (i.personId is null and i.unitId in :ids))
                order by s.closedAt desc, i.position""".formatted(council), Object[].class)
                .setParameter(name, value).setParameter("year", year).setParameter("closed", SessionStatus.CLOSED)
                .setParameter("passed", ItemOutcome.PASSED).setParameter("ids", subjectIds).getResultList();
        for (Object[] row : rows) {
            AgendaItem item = (AgendaItem) row[0];
            if (item.accepted()) {
                UUID subject = item.personId != null ? item.personId : item.unitId;
                votes.computeIfAbsent(key(subject, item.awardCode), k -> new ArrayList<>())
                        .add(vote((CouncilSession) row[1], item));
            }
        }
        return votes;
    }

    /** The vote on one item, when its session is closed and the item accepted (at a cluster's meeting too). */
    @Transactional
    public Optional<Vote> ofItem(UUID itemId) {
        AgendaItem item = em.find(AgendaItem.class, itemId);
        if (item == null || !item.accepted()) {
            return Optional.empty();
        }
        CouncilSession session = em.find(CouncilSession.class, item.sessionId);
        return session.status == SessionStatus.CLOSED ? Optional.of(vote(session, item)) : Optional.empty();
    }

    public static String key(UUID subjectId, String awardCode) {
        return subjectId + "/" + awardCode;
    }

    private Vote vote(CouncilSession session, AgendaItem item) {
        ItemResult result = results.stored(item);
        Tally tally = result.tally() == null ? Tally.NONE : result.tally();
        Turnout turnout = result.turnout();
        return new Vote(session.id, item.id, session.name, session.year, session.closedAt, item.awardCode,
                turnout == null ? 0 : turnout.members(), turnout == null ? 0 : turnout.present(),
                result.rule() == null ? null : result.rule().quorum(), result.quorumMet(), tally.approve(),
                tally.reject(), tally.abstain(), tally.spoilt(), tally.written(), result.base(),
                result.rule() == null ? null : result.rule().base(), result.ratio(),
                result.rule() == null ? null : result.rule().minRatio(),
                result.rule() != null && result.rule().required());
    }
}
