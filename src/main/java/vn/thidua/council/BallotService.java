package vn.thidua.council;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import vn.thidua.common.error.ApiException;
import vn.thidua.common.error.ApiException.FieldViolation;
import vn.thidua.council.SessionAccess.Loaded;
import vn.thidua.council.SessionResponses.BallotStatus;

/**
 * Casting, changing and checking secret ballots. Deliberately no audit entry, outbox event, log line or timestamp
 * for any of them: each would record who acted when, and the time of a cast next to the time of a ballot's change or
 * a request log ties the member to the choice. The count and the sealed box are announced once, when voting closes.
 */
@ApplicationScoped
public class BallotService {

    @Inject
    SessionRepository sessions;
    @Inject
    SessionAccess access;
    @Inject
    BallotBox box;

    /** All the caller's ballots, or none: refused ones are named, never partly cast. */
    @Transactional
    public SessionResponses.Cast cast(UUID sessionId, SessionRequests.Ballots request) {
        Voting voting = openVoting(sessionId);
        Map<UUID, AgendaItem> items = items(sessionId);
        List<FieldViolation> violations = new ArrayList<>();
        Set<UUID> seen = new HashSet<>();
        for (int i = 0; i < request.ballots().size(); i++) {
            UUID itemId = request.ballots().get(i).itemId();
            if (!items.containsKey(itemId)) {
                violations.add(new FieldViolation("ballots[" + i + "].itemId", "NOT_ON_AGENDA",
                        "field.council-ballot-item-unknown"));
            } else if (!seen.add(itemId)) {
                violations.add(new FieldViolation("ballots[" + i + "].itemId", "DUPLICATE",
                        "field.council-ballot-item-repeated"));
            }
        }
        if (!violations.isEmpty()) {
            throw ApiException.invalid(violations);
        }
        Set<UUID> recused = recusedItems(sessionId, voting.member());
        Map<UUID, Boolean> cast = box.castsOf(sessionId, voting.member().memberId);
        boolean absent = !voting.member().present();
        for (SessionRequests.BallotInput ballot : request.ballots()) {
            AgendaItem item = items.get(ballot.itemId());
            if (item.votingMode != AgendaVotingMode.BALLOT) {
                throw ApiException.conflict("detail.council-ballot-not-ballot-item", label(item), item.votingMode);
            }
            if (recused.contains(item.id)) {
                throw ApiException.conflict("detail.council-ballot-recused", label(item));
            }
            if (cast.containsKey(item.id)) {
                throw ApiException.conflict("detail.council-ballot-already-cast", label(item));
            }
            if (absent && !VoteRule.from(item.voteRule).writtenVotes()) {
                throw ApiException.conflict("detail.council-ballot-written-not-allowed", label(item));
            }
        }
        List<BallotBox.Receipt> receipts = box.cast(voting.member().memberId, absent, request.ballots().stream()
                .map(b -> new BallotBox.Cast(b.itemId(), b.choice())).toList())
                .orElseThrow(() -> ApiException.conflict("detail.council-ballot-cast-concurrently"));
        return new SessionResponses.Cast(receipts.stream()
                .map(r -> new SessionResponses.Receipt(r.itemId(), r.receipt())).toList());
    }

    @Transactional
    public SessionResponses.Counted change(UUID sessionId, SessionRequests.ChangeBallot request) {
        Voting voting = openVoting(sessionId);
        AgendaItem item = ballotItem(sessionId, request.itemId());
        if (!box.castsOf(sessionId, voting.member().memberId).containsKey(item.id)) {
            throw ApiException.conflict("detail.council-ballot-not-cast", label(item));
        }
        if (!box.change(item.id, request.receipt(), request.choice())) {
            throw ApiException.conflict("detail.council-ballot-no-receipt");
        }
        return new SessionResponses.Counted(item.id, true);
    }

    @Transactional
    public SessionResponses.Counted verify(UUID sessionId, SessionRequests.VerifyBallot request) {
        Loaded loaded = access.load(sessionId);
        access.voter(loaded);
        AgendaItem item = sessions.item(sessionId, request.itemId())
                .orElseThrow(() -> ApiException.notFound("kind.council-agenda-item"));
        return new SessionResponses.Counted(item.id, box.counted(item.id, request.receipt()));
    }

    @Transactional
    public List<SessionResponses.MyBallot> mine(UUID sessionId) {
        Loaded loaded = access.load(sessionId);
        SessionMember me = access.voter(loaded);
        Set<UUID> recused = recusedItems(sessionId, me);
        Map<UUID, Boolean> cast = box.castsOf(sessionId, me.memberId);
        List<SessionResponses.MyBallot> mine = new ArrayList<>();
        for (AgendaItem item : sessions.items(sessionId)) {
            BallotStatus status;
            if (item.votingMode != AgendaVotingMode.BALLOT) {
                status = BallotStatus.NO_BALLOT;
            } else if (recused.contains(item.id)) {
                status = BallotStatus.RECUSED;
            } else if (cast.containsKey(item.id)) {
                status = BallotStatus.VOTED;
            } else if (!me.present() && me.attendance == SessionAttendance.ABSENT && item.voteRule != null
                    && !VoteRule.from(item.voteRule).writtenVotes()) {
                status = BallotStatus.NOT_ALLOWED;
            } else {
                status = BallotStatus.NOT_VOTED;
            }
            mine.add(new SessionResponses.MyBallot(item.id, item.position, item.subjectName, item.awardCode,
                    item.votingMode, status, Boolean.TRUE.equals(cast.get(item.id))));
        }
        return mine;
    }

    private record Voting(Loaded loaded, SessionMember member) {
    }

    /** The caller as a voter of a session whose voting is open, under the session's share lock. */
    private Voting openVoting(UUID sessionId) {
        sessions.statusForCasting(sessionId);
        Loaded loaded = access.load(sessionId);
        SessionMember member = access.voter(loaded);
        if (loaded.session().status != SessionStatus.VOTING) {
            throw ApiException.conflict("detail.council-ballot-voting-not-open", loaded.session().status);
        }
        return new Voting(loaded, member);
    }

    private Map<UUID, AgendaItem> items(UUID sessionId) {
        return sessions.items(sessionId).stream().collect(Collectors.toMap(i -> i.id, i -> i));
    }

    private AgendaItem ballotItem(UUID sessionId, UUID itemId) {
        AgendaItem item = sessions.item(sessionId, itemId)
                .orElseThrow(() -> ApiException.notFound("kind.council-agenda-item"));
        if (item.votingMode != AgendaVotingMode.BALLOT) {
            throw ApiException.conflict("detail.council-ballot-not-ballot-item", label(item), item.votingMode);
        }
        return item;
    }

    private Set<UUID> recusedItems(UUID sessionId, SessionMember member) {
        return sessions.recusals(sessionId).stream().filter(r -> r.memberId().equals(member.memberId))
                .map(Recusal::itemId).collect(Collectors.toSet());
    }

    private static String label(AgendaItem item) {
        return item.position + ". " + item.subjectName + " (" + item.awardCode + ")";
    }
}
