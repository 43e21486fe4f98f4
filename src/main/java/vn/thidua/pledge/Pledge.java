package vn.thidua.pledge;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

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
import vn.thidua.org.SubjectKind;

/** A pledge (đăng ký thi đua). Each act is a method that checks where the pledge comes from. */
@Entity
@Table(name = "pledge")
public class Pledge {

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
    /** The unit the pledge belongs to: the person's unit, or the pledging unit itself. */
    @Column(name = "unit_id", nullable = false)
    public UUID unitId;
    @Column(name = "subject_name", nullable = false)
    public String subjectName;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<String> titles = new ArrayList<>();
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<Commitment> commitments = new ArrayList<>();
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public PledgeStatus status = PledgeStatus.DRAFT;
    /** Why it was returned or rejected. */
    @Column(name = "status_reason")
    public String statusReason;
    /** Why a submission after the registration window was accepted. */
    @Column(name = "late_reason")
    public String lateReason;
    @Column(name = "created_by")
    public String createdBy;
    @Column(name = "submitted_by")
    public String submittedBy;
    @Column(name = "submitted_at")
    public OffsetDateTime submittedAt;
    @Column(name = "decided_by")
    public String decidedBy;
    @Column(name = "decided_at")
    public OffsetDateTime decidedAt;
    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;
    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;
    @Version
    public long version;
    /** The subject's name folded for accent-insensitive search; computed by the database. */
    @Column(name = "search_text", insertable = false, updatable = false)
    String searchText;

    boolean isEditable() {
        return status == PledgeStatus.DRAFT || status == PledgeStatus.RETURNED;
    }

    void edit(List<String> newTitles, List<Commitment> newCommitments) {
        if (!isEditable()) {
            throw ApiException.conflict("detail.pledge-not-editable", status);
        }
        titles = new ArrayList<>(newTitles);
        commitments = new ArrayList<>(newCommitments);
        touch();
    }

    void submit(String by, String late) {
        require(PledgeStatus.SUBMITTED, PledgeStatus.DRAFT, PledgeStatus.RETURNED);
        status = PledgeStatus.SUBMITTED;
        submittedBy = by;
        submittedAt = now();
        lateReason = late;
        statusReason = null;
        touch();
    }

    void approve(String by) {
        decide(PledgeStatus.APPROVED, by, null);
    }

    void sendBack(String by, String reason) {
        decide(PledgeStatus.RETURNED, by, reason);
    }

    void reject(String by, String reason) {
        decide(PledgeStatus.REJECTED, by, reason);
    }

    void withdraw() {
        require(PledgeStatus.WITHDRAWN, PledgeStatus.DRAFT, PledgeStatus.SUBMITTED, PledgeStatus.RETURNED);
        status = PledgeStatus.WITHDRAWN;
        touch();
    }

    private void decide(PledgeStatus target, String by, String reason) {
        require(target, PledgeStatus.SUBMITTED);
        status = target;
        decidedBy = by;
        decidedAt = now();
        statusReason = reason;
        touch();
    }

    private void require(PledgeStatus target, PledgeStatus... allowedFrom) {
        for (PledgeStatus from : allowedFrom) {
            if (status == from) {
                return;
            }
        }
        throw ApiException.conflict("detail.pledge-transition", status, target);
    }

    void touch() {
        updatedAt = now();
    }

    static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
