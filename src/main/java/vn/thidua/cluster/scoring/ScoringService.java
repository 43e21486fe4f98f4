package vn.thidua.cluster.scoring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import vn.thidua.cluster.ClusterAccess;
import vn.thidua.cluster.ClusterMember;
import vn.thidua.cluster.ClusterRepository;
import vn.thidua.cluster.ClusterService;
import vn.thidua.cluster.CrossScoringMode;
import vn.thidua.cluster.EmulationCluster;
import vn.thidua.common.api.ETags;
import vn.thidua.common.error.ApiException;
import vn.thidua.common.error.ApiException.FieldViolation;
import vn.thidua.common.text.Text;

/**
 * The rules of a cluster's scoring: table versions (a version in use never changes), the year's phases, who enters
 * which sheet when, who sees which sheet before the year closes, and the ranking written at closing. Every act is
 * audited and announced in its transaction, filed under the organiser: its side, which sees every sheet anyway, is
 * the only one whose scope holds those audit entries and events, so they leak no score to a member.
 */
@ApplicationScoped
public class ScoringService {

    static final String TABLE = "cluster-scoring-table";
    static final String ROUND = "cluster-scoring";
    static final String SHEET = "cluster-score-sheet";

    @Inject
    ScoringRepository scoring;
    @Inject
    ClusterRepository clusters;
    @Inject
    ClusterAccess access;
    @Inject
    ClusterService clusterService;

    // --- tables -------------------------------------------------------------------------------------------------

    @Transactional
    public List<ScoringResponses.Table> tables(UUID id, Integer year) {
        EmulationCluster cluster = access.require(id);
        return scoring.tables(cluster.id, year).stream().map(this::view).toList();
    }

    @Transactional
    public ScoringResponses.Table table(UUID id, UUID tableId) {
        return view(requireTable(access.require(id), tableId));
    }

    /** A new version of the year's table: the first, or the next after the latest. */
    @Transactional
    public ScoringResponses.Table createTable(UUID id, ScoringRequests.CreateTable request) {
        EmulationCluster cluster = access.require(id);
        access.requireOrganiserBoard(cluster);
        requireSound(request.content());
        int next = scoring.currentTable(cluster.id, request.year()).map(t -> t.versionNumber + 1).orElse(1);
        ScoringTable table = new ScoringTable();
        table.id = UUID.randomUUID();
        table.clusterId = cluster.id;
        table.year = request.year();
        table.versionNumber = next;
        table.title = request.title().strip();
        table.content = request.content();
        table.maxPoints = request.content().maxPoints();
        table.createdBy = access.name();
        table.createdAt = EmulationCluster.now();
        table.updatedBy = table.createdBy;
        table.updatedAt = table.createdAt;
        scoring.add(table);
        scoring.flush();
        ScoringResponses.Table view = view(table);
        clusterService.record("cluster.scoring-table-created", TABLE, table.id, cluster, null, view);
        return view;
    }

    /** Edits a version no sheet was entered against; one in use is refused (409): make a new version instead. */
    @Transactional
    public ScoringResponses.Table updateTable(UUID id, UUID tableId, String ifMatch,
            ScoringRequests.UpdateTable request) {
        EmulationCluster cluster = access.require(id);
        ScoringTable table = requireTable(cluster, tableId);
        ETags.requireMatch(ifMatch, table.version);
        access.requireOrganiserBoard(cluster);
        if (scoring.inUse(table.id)) {
            throw ApiException.conflict("detail.cluster-table-in-use", table.versionNumber, table.year);
        }
        requireSound(request.content());
        ScoringResponses.Table before = view(table);
        table.title = request.title().strip();
        table.content = request.content();
        table.maxPoints = request.content().maxPoints();
        table.updatedBy = access.name();
        table.updatedAt = EmulationCluster.now();
        scoring.flush();
        ScoringResponses.Table after = view(table);
        clusterService.record("cluster.scoring-table-updated", TABLE, table.id, cluster, before, after);
        return after;
    }

    private static void requireSound(TableContent content) {
        List<FieldViolation> problems = content.problems();
        if (!problems.isEmpty()) {
            throw ApiException.invalid(problems);
        }
    }

    private ScoringTable requireTable(EmulationCluster cluster, UUID tableId) {
        return scoring.table(cluster.id, tableId)
                .orElseThrow(() -> ApiException.notFound("kind.cluster-scoring-table"));
    }

    private ScoringResponses.Table view(ScoringTable table) {
        boolean current = scoring.currentTable(table.clusterId, table.year).map(t -> t.id.equals(table.id))
                .orElse(false);
        return ScoringResponses.Table.from(table, current, scoring.inUse(table.id));
    }

    // --- the year's phases --------------------------------------------------------------------------------------

    @Transactional
    public ScoringResponses.Round round(UUID id, int year) {
        EmulationCluster cluster = access.require(id);
        return view(cluster, requireRound(cluster, year));
    }

    /** Opens self-scoring: the year needs a head, a table and at least two members. */
    @Transactional
    public ScoringResponses.Round open(UUID id, int year) {
        EmulationCluster cluster = access.require(id);
        access.requireHeadBoard(cluster, year);
        if (scoring.round(cluster.id, year).isPresent()) {
            throw ApiException.conflict("detail.cluster-scoring-open", year);
        }
        if (scoring.currentTable(cluster.id, year).isEmpty()) {
            throw ApiException.conflict("detail.cluster-scoring-no-table", year);
        }
        if (clusters.membersIn(cluster.id, year).size() < 2) {
            throw ApiException.conflict("detail.cluster-scoring-too-few", year);
        }
        ScoringRound round = new ScoringRound();
        round.id = UUID.randomUUID();
        round.clusterId = cluster.id;
        round.year = year;
        round.openedBy = access.name();
        round.openedAt = EmulationCluster.now();
        round.updatedAt = round.openedAt;
        scoring.add(round);
        return changed(cluster, round, null, "cluster.scoring-opened");
    }

    @Transactional
    public ScoringResponses.Round startCrossScoring(UUID id, int year, String ifMatch) {
        EmulationCluster cluster = access.require(id);
        ScoringRound round = requireRound(cluster, year);
        ETags.requireMatch(ifMatch, round.version);
        access.requireHeadBoard(cluster, year);
        ScoringResponses.Round before = view(cluster, round);
        round.startCrossScoring(access.name());
        return changed(cluster, round, before, "cluster.cross-scoring-started");
    }

    /** Closes the year: the ranking is computed from the current table's sheets and kept as the record. */
    @Transactional
    public ScoringResponses.Round close(UUID id, int year, String ifMatch) {
        EmulationCluster cluster = access.require(id);
        ScoringRound round = requireRound(cluster, year);
        ETags.requireMatch(ifMatch, round.version);
        access.requireHeadBoard(cluster, year);
        ScoringResponses.Round before = view(cluster, round);
        round.close(computeRanking(cluster, round), access.name());
        return changed(cluster, round, before, "cluster.scoring-closed");
    }

    private ScoringResponses.Ranking computeRanking(EmulationCluster cluster, ScoringRound round) {
        ScoringTable table = scoring.currentTable(cluster.id, round.year).orElseThrow();
        List<ClusterMember> members = clusters.membersIn(cluster.id, round.year);
        Map<UUID, ClusterMember> byId = members.stream().collect(Collectors.toMap(m -> m.id, Function.identity()));
        List<ScoreSheet> sheets = scoring.sheets(round.id).stream().filter(s -> s.tableId.equals(table.id)).toList();
        List<ScoreArithmetic.MemberScores> scores = new ArrayList<>();
        for (ClusterMember member : members) {
            List<ScoreSheet> received = sheets.stream().filter(s -> s.scoredMemberId.equals(member.id)).toList();
            scores.add(new ScoreArithmetic.MemberScores(member.id, member.name,
                    received.stream().filter(ScoreSheet::selfScore).map(s -> s.total).findFirst().orElse(null),
                    received.stream().filter(s -> !s.selfScore()).map(s -> new ScoreArithmetic.CrossScore(
                            s.scorerMemberId, byId.get(s.scorerMemberId).name, s.total)).toList()));
        }
        List<ScoringResponses.Row> rows = ScoreArithmetic.rank(scores, cluster.finalScoreMethod,
                cluster.outlierDeviationPct).stream().map(s -> new ScoringResponses.Row(s.rank(), s.tied(),
                        s.memberId(), s.name(), byId.get(s.memberId()).province, s.selfScore(), s.crossScoreCount(),
                        s.meanOfCrossScores(), s.finalScore(), s.outliers().stream().map(o -> new ScoringResponses
                                .Outlier(o.scorerMemberId(), o.scorerName(), o.total(), o.deviationPct())).toList()))
                .toList();
        return new ScoringResponses.Ranking(cluster.id, round.year, table.id, table.versionNumber, table.maxPoints,
                cluster.finalScoreMethod, cluster.outlierDeviationPct, EmulationCluster.now(), rows);
    }

    /** The ranking of a closed year, to everyone in reach; refused (409) until the head closes the year. */
    @Transactional
    public ScoringResponses.Ranking ranking(UUID id, int year) {
        EmulationCluster cluster = access.require(id);
        ScoringRound round = requireRound(cluster, year);
        if (round.phase != ScoringPhase.CLOSED) {
            throw ApiException.conflict("detail.cluster-ranking-not-closed", year);
        }
        return round.ranking;
    }

    /** The ranking of the year once closed, for the meeting that cites it (which has checked the caller's reach). */
    @Transactional
    public Optional<ScoringResponses.Ranking> closedRanking(UUID clusterId, int year) {
        return scoring.round(clusterId, year).filter(r -> r.phase == ScoringPhase.CLOSED).map(r -> r.ranking);
    }

    private ScoringRound requireRound(EmulationCluster cluster, int year) {
        return scoring.round(cluster.id, year).orElseThrow(() -> ApiException.notFound("kind.cluster-scoring"));
    }

    private ScoringResponses.Round view(EmulationCluster cluster, ScoringRound round) {
        Optional<ScoringTable> table = scoring.currentTable(cluster.id, round.year);
        int members = clusters.membersIn(cluster.id, round.year).size();
        List<ScoreSheet> sheets = table.map(t -> scoring.sheets(round.id).stream()
                .filter(s -> s.tableId.equals(t.id)).toList()).orElse(List.of());
        int self = (int) sheets.stream().filter(ScoreSheet::selfScore).count();
        int expected = cluster.crossScoringMode == CrossScoringMode.HEAD_ONLY ? members - 1 : members * (members - 1);
        return new ScoringResponses.Round(round.id, round.clusterId, round.year, round.phase, cluster.crossScoringMode,
                table.map(t -> t.id).orElse(null), table.map(t -> t.versionNumber).orElse(0), members, self,
                sheets.size() - self, expected, round.openedBy, round.openedAt, round.crossStartedBy,
                round.crossStartedAt, round.closedBy, round.closedAt, round.version);
    }

    private ScoringResponses.Round changed(EmulationCluster cluster, ScoringRound round,
            ScoringResponses.Round before, String action) {
        scoring.flush();
        ScoringResponses.Round after = view(cluster, round);
        clusterService.record(action, ROUND, round.id, cluster, before, after);
        return after;
    }

    // --- sheets -------------------------------------------------------------------------------------------------

    /** The sheets of the year the caller may see (see the package's rule), scored member by member. */
    @Transactional
    public List<ScoringResponses.Sheet> sheets(UUID id, int year) {
        EmulationCluster cluster = access.require(id);
        ScoringRound round = requireRound(cluster, year);
        Viewer viewer = viewer(cluster, year);
        Map<UUID, ClusterMember> members = membersById(cluster);
        Versions versions = versions(cluster, year);
        return scoring.sheets(round.id).stream().filter(s -> viewer.sees(cluster, round, s, members))
                .map(s -> view(cluster, round, s, members, versions))
                .sorted(Comparator.comparing(ScoringResponses.Sheet::scoredName)
                        .thenComparing(s -> s.kind().equals("SELF") ? 0 : 1)
                        .thenComparing(ScoringResponses.Sheet::scorerName)
                        .thenComparing(s -> -s.tableVersion()))
                .toList();
    }

    @Transactional
    public ScoringResponses.Sheet sheet(UUID id, UUID sheetId) {
        EmulationCluster cluster = access.require(id);
        ScoreSheet sheet = scoring.sheet(cluster.id, sheetId)
                .orElseThrow(() -> ApiException.notFound("kind.cluster-score-sheet"));
        ScoringRound round = scoring.round(sheet.roundId).orElseThrow();
        Map<UUID, ClusterMember> members = membersById(cluster);
        if (!viewer(cluster, round.year).sees(cluster, round, sheet, members)) {
            throw ApiException.notFound("kind.cluster-score-sheet");
        }
        return view(cluster, round, sheet, members);
    }

    /**
     * Enters a sheet against the year's current table: a self-score in SELF_SCORING, a cross-score in CROSS_SCORING
     * by a scorer the cluster's mode allows; by the scorer's own board, or the head's for an external scorer.
     */
    @Transactional
    public ScoringResponses.Sheet enter(UUID id, int year, ScoringRequests.EnterSheet request) {
        EmulationCluster cluster = access.require(id);
        ScoringRound round = requireRound(cluster, year);
        ClusterMember scored = memberOfYear(cluster, year, request.scoredMemberId(), "scoredMemberId");
        ClusterMember scorer = request.scorerMemberId() == null ? scored
                : memberOfYear(cluster, year, request.scorerMemberId(), "scorerMemberId");
        access.requireActsFor(cluster, year, scorer);
        boolean self = scorer.id.equals(scored.id);
        round.requirePhase(self ? ScoringPhase.SELF_SCORING : ScoringPhase.CROSS_SCORING);
        if (!self) {
            requireCrossScorer(cluster, year, scorer);
        }
        ScoringTable table = scoring.currentTable(cluster.id, year).orElseThrow();
        if (scoring.sheet(table.id, scored.id, scorer.id).isPresent()) {
            throw ApiException.conflict("detail.cluster-sheet-exists", scorer.name, scored.name, table.versionNumber);
        }
        List<ScoringRequests.Entry> entries = checked(table, request.entries());
        ScoreSheet sheet = new ScoreSheet();
        sheet.id = UUID.randomUUID();
        sheet.roundId = round.id;
        sheet.tableId = table.id;
        sheet.scoredMemberId = scored.id;
        sheet.scorerMemberId = scorer.id;
        sheet.entries = new ArrayList<>(entries);
        sheet.total = table.content.total(entries);
        sheet.createdBy = access.name();
        sheet.createdAt = EmulationCluster.now();
        sheet.updatedBy = sheet.createdBy;
        sheet.updatedAt = sheet.createdAt;
        scoring.add(sheet);
        scoring.flush();
        ScoringResponses.Sheet view = view(cluster, round, sheet, membersById(cluster));
        clusterService.record("cluster.score-sheet-entered", SHEET, sheet.id, cluster, null, view);
        return view;
    }

    /** Replaces a sheet's entries in its phase; a sheet of an older table version stays as it was (409). */
    @Transactional
    public ScoringResponses.Sheet update(UUID id, UUID sheetId, String ifMatch, ScoringRequests.UpdateSheet request) {
        EmulationCluster cluster = access.require(id);
        ScoreSheet sheet = scoring.sheet(cluster.id, sheetId)
                .orElseThrow(() -> ApiException.notFound("kind.cluster-score-sheet"));
        ScoringRound round = scoring.round(sheet.roundId).orElseThrow();
        Map<UUID, ClusterMember> members = membersById(cluster);
        if (!viewer(cluster, round.year).sees(cluster, round, sheet, members)) {
            throw ApiException.notFound("kind.cluster-score-sheet");
        }
        ETags.requireMatch(ifMatch, sheet.version);
        access.requireActsFor(cluster, round.year, members.get(sheet.scorerMemberId));
        round.requirePhase(sheet.selfScore() ? ScoringPhase.SELF_SCORING : ScoringPhase.CROSS_SCORING);
        ScoringTable table = scoring.currentTable(cluster.id, round.year).orElseThrow();
        if (!table.id.equals(sheet.tableId)) {
            throw ApiException.conflict("detail.cluster-sheet-superseded", table.versionNumber);
        }
        List<ScoringRequests.Entry> entries = checked(table, request.entries());
        ScoringResponses.Sheet before = view(cluster, round, sheet, members);
        sheet.entries = new ArrayList<>(entries);
        sheet.total = table.content.total(entries);
        sheet.updatedBy = access.name();
        sheet.updatedAt = EmulationCluster.now();
        scoring.flush();
        ScoringResponses.Sheet after = view(cluster, round, sheet, members);
        clusterService.record("cluster.score-sheet-updated", SHEET, sheet.id, cluster, before, after);
        return after;
    }

    private List<ScoringRequests.Entry> checked(ScoringTable table, List<ScoringRequests.Entry> entries) {
        List<FieldViolation> violations = table.content.check(entries);
        if (!violations.isEmpty()) {
            throw ApiException.invalid(violations);
        }
        return entries.stream().map(e -> new ScoringRequests.Entry(e.code(), e.points(),
                e.note() == null ? null : Text.blankToNull(e.note().strip()),
                e.evidence() == null ? List.of() : e.evidence())).toList();
    }

    private void requireCrossScorer(EmulationCluster cluster, int year, ClusterMember scorer) {
        if (cluster.crossScoringMode == CrossScoringMode.HEAD_ONLY
                && !access.head(cluster, year).map(h -> h.id.equals(scorer.id)).orElse(false)) {
            throw ApiException.invalid("scorerMemberId", "NOT_THE_HEAD", "field.cluster-cross-head-only", year);
        }
    }

    private ClusterMember memberOfYear(EmulationCluster cluster, int year, UUID memberId, String field) {
        return clusters.member(cluster.id, memberId).filter(m -> m.memberIn(year))
                .orElseThrow(() -> ApiException.invalid(field, "NOT_A_MEMBER", "field.cluster-not-member", year));
    }

    private Map<UUID, ClusterMember> membersById(EmulationCluster cluster) {
        return clusters.members(cluster.id).stream().collect(Collectors.toMap(m -> m.id, Function.identity()));
    }

    /** The year's table versions by id and the current one's id, read once for any number of sheets. */
    private record Versions(Map<UUID, ScoringTable> byId, UUID current) {
    }

    private Versions versions(EmulationCluster cluster, int year) {
        List<ScoringTable> all = scoring.tables(cluster.id, year);
        return new Versions(all.stream().collect(Collectors.toMap(t -> t.id, Function.identity())),
                all.isEmpty() ? null : all.get(0).id);
    }

    private ScoringResponses.Sheet view(EmulationCluster cluster, ScoringRound round, ScoreSheet sheet,
            Map<UUID, ClusterMember> members) {
        return view(cluster, round, sheet, members, versions(cluster, round.year));
    }

    private ScoringResponses.Sheet view(EmulationCluster cluster, ScoringRound round, ScoreSheet sheet,
            Map<UUID, ClusterMember> members, Versions versions) {
        ScoringTable table = versions.byId().get(sheet.tableId);
        boolean current = table.id.equals(versions.current());
        return new ScoringResponses.Sheet(sheet.id, cluster.id, round.year, table.id, table.versionNumber, current,
                sheet.selfScore() ? "SELF" : "CROSS", sheet.scoredMemberId, members.get(sheet.scoredMemberId).name,
                sheet.scorerMemberId, members.get(sheet.scorerMemberId).name, List.copyOf(sheet.entries), sheet.total,
                sheet.createdBy, sheet.createdAt, sheet.updatedBy, sheet.updatedAt, sheet.version);
    }

    // --- who sees which sheet -----------------------------------------------------------------------------------

    private Viewer viewer(EmulationCluster cluster, int year) {
        Optional<ClusterMember> head = access.head(cluster, year);
        return new Viewer(access.organiserSide(cluster), access.ownMember(cluster, year).orElse(null),
                head.orElse(null), head.map(h -> access.runsFor(cluster, h)).orElse(false));
    }

    /**
     * The caller as a reader of sheets: on the organiser's side, of a member agency of the year (own), working in the
     * head agency. Before closing, a member sees the sheets its agency gave, the head those it entered for external
     * members, and, while cross-scoring, each the self-scores of the members it is to score.
     */
    record Viewer(boolean organiser, ClusterMember own, ClusterMember head, boolean worksInHead) {

        boolean sees(EmulationCluster cluster, ScoringRound round, ScoreSheet sheet, Map<UUID, ClusterMember> members) {
            if (organiser || round.phase == ScoringPhase.CLOSED) {
                return true;
            }
            if (own != null && sheet.scorerMemberId.equals(own.id)) {
                return true;
            }
            if (worksInHead && members.get(sheet.scorerMemberId).external()) {
                return true;
            }
            return round.phase == ScoringPhase.CROSS_SCORING && sheet.selfScore()
                    && (scores(cluster, own, sheet.scoredMemberId)
                            || worksInHead && cluster.crossScoringMode == CrossScoringMode.EVERY_OTHER_MEMBER);
        }

        private boolean scores(EmulationCluster cluster, ClusterMember scorer, UUID scored) {
            if (scorer == null || scorer.id.equals(scored)) {
                return false;
            }
            return cluster.crossScoringMode == CrossScoringMode.EVERY_OTHER_MEMBER
                    || head != null && head.id.equals(scorer.id);
        }
    }
}
