package vn.thidua.evaluation;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import vn.thidua.common.error.ApiException;
import vn.thidua.common.error.Messages;
import vn.thidua.org.SubjectKind;

/**
 * The evaluation (bình xét) of a person or unit in a plan or phase. Each act is a method that checks the states it
 * may come from; a refused one is a 409 naming the current state, the wanted one and those it may come from.
 */
@Entity
@Table(name = "evaluation")
public class Evaluation {

    @Id
    public UUID id;
    @Column(name = "plan_id", nullable = false)
    public UUID planId;
    @Column(name = "phase_id")
    public UUID phaseId;
    @Enumerated(EnumType.STRING)
    @Column(name = "subject_kind", nullable = false)
    public SubjectKind subjectKind;
    @Column(name = "person_id")
    public UUID personId;
    /** The person's unit, or the evaluated unit itself. */
    @Column(name = "unit_id", nullable = false)
    public UUID unitId;
    @Column(name = "subject_name", nullable = false)
    public String subjectName;
    /** The subject's live pledge in the plan and phase when the evaluation was opened. */
    @Column(name = "pledge_id")
    public UUID pledgeId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public EvaluationStatus status = EvaluationStatus.DRAFT;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<EvaluationResult> results = new ArrayList<>();
    public String achievements;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "proposed_titles", nullable = false)
    public List<String> proposedTitles = new ArrayList<>();
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "proposed_forms", nullable = false)
    public List<String> proposedForms = new ArrayList<>();
    @Column(name = "meeting_date")
    public LocalDate meetingDate;
    @Column(name = "votes_for")
    public Integer votesFor;
    @Column(name = "votes_against")
    public Integer votesAgainst;
    @Column(name = "votes_total")
    public Integer votesTotal;
    @Column(name = "review_comment")
    public String reviewComment;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public Map<AttestationKey, Attestation> attestations = new EnumMap<>(AttestationKey.class);
    /** The council's last verdict on each title voted on, by award code. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "council_verdicts", nullable = false)
    public Map<String, CouncilVerdict> councilVerdicts = new TreeMap<>();

    @Column(name = "created_by")
    public String createdBy;
    @Column(name = "self_assessed_by")
    public String selfAssessedBy;
    @Column(name = "self_assessed_at")
    public OffsetDateTime selfAssessedAt;
    @Column(name = "reviewed_by")
    public String reviewedBy;
    @Column(name = "reviewed_at")
    public OffsetDateTime reviewedAt;
    @Column(name = "submitted_by")
    public String submittedBy;
    @Column(name = "submitted_at")
    public OffsetDateTime submittedAt;
    @Column(name = "returned_by")
    public String returnedBy;
    @Column(name = "returned_at")
    public OffsetDateTime returnedAt;
    @Column(name = "return_reason")
    public String returnReason;
    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;
    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;
    @Version
    public long version;
    /** The subject's name folded for accent-insensitive search; computed by the database. */
    @Column(name = "search_text", insertable = false, updatable = false)
    String searchText;

    static final EvaluationStatus[] SELF_ASSESSABLE = {EvaluationStatus.DRAFT, EvaluationStatus.RETURNED};
    static final EvaluationStatus[] REVIEWABLE = {EvaluationStatus.SELF_ASSESSED, EvaluationStatus.UNIT_REVIEWED};
    static final EvaluationStatus[] RETURNABLE = {EvaluationStatus.SELF_ASSESSED, EvaluationStatus.UNIT_REVIEWED,
            EvaluationStatus.SUBMITTED_TO_COUNCIL};

    void editSelfAssessment(List<EvaluationResult> newResults, String newAchievements) {
        requireEditable("part.evaluation-self-assessment", SELF_ASSESSABLE);
        results = new ArrayList<>(newResults);
        achievements = newAchievements;
        touch();
    }

    void selfAssess(String by) {
        require(EvaluationStatus.SELF_ASSESSED, SELF_ASSESSABLE);
        if ((achievements == null || achievements.isBlank())
                && results.stream().allMatch(r -> r.result() == null || r.result().isBlank())) {
            throw ApiException.conflict("detail.evaluation-self-assessment-empty");
        }
        status = EvaluationStatus.SELF_ASSESSED;
        selfAssessedBy = by;
        selfAssessedAt = now();
        touch();
    }

    /** The review's content; {@code attested} replaces the attestations, keeping who made those left unchanged. */
    void editReview(Review review, Map<AttestationKey, Attestation> attested) {
        requireEditable("part.evaluation-review", REVIEWABLE);
        proposedTitles = new ArrayList<>(review.titles());
        proposedForms = new ArrayList<>(review.forms());
        meetingDate = review.meetingDate();
        votesFor = review.votesFor();
        votesAgainst = review.votesAgainst();
        votesTotal = review.votesTotal();
        reviewComment = review.comment();
        attestations = attested.isEmpty() ? new EnumMap<>(AttestationKey.class) : new EnumMap<>(attested);
        touch();
    }

    /** What the review meeting decided, as stored. */
    record Review(List<String> titles, List<String> forms, LocalDate meetingDate, Integer votesFor,
            Integer votesAgainst, Integer votesTotal, String comment) {
    }

    void review(String by) {
        require(EvaluationStatus.UNIT_REVIEWED, EvaluationStatus.SELF_ASSESSED);
        List<String> missing = new ArrayList<>();
        if (meetingDate == null) {
            missing.add("meetingDate");
        }
        if (votesFor == null) {
            missing.add("votesFor");
        }
        if (votesAgainst == null) {
            missing.add("votesAgainst");
        }
        if (votesTotal == null) {
            missing.add("votesTotal");
        }
        if (!missing.isEmpty()) {
            throw ApiException.conflict("detail.evaluation-review-incomplete", String.join(", ", missing));
        }
        status = EvaluationStatus.UNIT_REVIEWED;
        reviewedBy = by;
        reviewedAt = now();
        touch();
    }

    void submit(String by) {
        require(EvaluationStatus.SUBMITTED_TO_COUNCIL, EvaluationStatus.UNIT_REVIEWED);
        status = EvaluationStatus.SUBMITTED_TO_COUNCIL;
        submittedBy = by;
        submittedAt = now();
        touch();
    }

    void sendBack(String by, String reason) {
        require(EvaluationStatus.RETURNED, RETURNABLE);
        status = EvaluationStatus.RETURNED;
        returnedBy = by;
        returnedAt = now();
        returnReason = reason;
        touch();
    }

    /**
     * Keeps the council's verdict on its title unless one decided later is already there (sessions may report out of
     * order). Whatever the status: the council decides on what was submitted to it, and a verdict stays a fact even if
     * the evaluation was sent back since. Nothing the subject or the unit did is touched. The time is kept in UTC as
     * it reads back from JSON, or Hibernate would find the map changed again at commit and write it twice.
     */
    void recordVerdict(CouncilVerdict given) {
        CouncilVerdict verdict = new CouncilVerdict(given.evaluationId(), given.awardCode(), given.sessionId(),
                given.outcome(), given.accepted(), given.approve(), given.base(), given.ratio(),
                given.decidedAt().withOffsetSameInstant(ZoneOffset.UTC));
        CouncilVerdict previous = councilVerdicts.get(verdict.awardCode());
        if (previous == null || !verdict.decidedAt().isBefore(previous.decidedAt())) {
            Map<String, CouncilVerdict> updated = new TreeMap<>(councilVerdicts);
            updated.put(verdict.awardCode(), verdict);
            councilVerdicts = updated;
        }
    }

    private void require(EvaluationStatus target, EvaluationStatus... allowedFrom) {
        if (!Arrays.asList(allowedFrom).contains(status)) {
            throw ApiException.conflict("detail.evaluation-transition", status, target, names(allowedFrom));
        }
    }

    private void requireEditable(String partKey, EvaluationStatus... allowedIn) {
        if (!Arrays.asList(allowedIn).contains(status)) {
            throw ApiException.conflict("detail.evaluation-not-editable", new Messages.Key(partKey), status,
                    names(allowedIn));
        }
    }

    private static String names(EvaluationStatus... statuses) {
        return Arrays.stream(statuses).map(Enum::name).collect(Collectors.joining(", "));
    }

    void touch() {
        updatedAt = now();
    }

    static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
