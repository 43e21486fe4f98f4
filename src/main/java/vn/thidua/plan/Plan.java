package vn.thidua.plan;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import vn.thidua.common.error.ApiException;

/** A plan (kế hoạch phát động thi đua); its transitions are its own methods, each checking where it comes from. */
@Entity
@Table(name = "plan")
public class Plan {

    @Id
    public UUID id;
    public String number;
    @Column(nullable = false)
    public String title;
    @Column(name = "issuing_unit_id", nullable = false)
    public UUID issuingUnitId;
    @Column(name = "issued_on")
    public LocalDate issuedOn;
    @Column(name = "issued_place")
    public String issuedPlace;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public PlanKind kind;
    public Integer year;
    @Column(name = "start_date", nullable = false)
    public LocalDate startDate;
    @Column(name = "end_date", nullable = false)
    public LocalDate endDate;
    public String preamble;
    /** The closing paragraph after the duties (lời kết), unnumbered. */
    public String closing;
    public String theme;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "legal_bases", nullable = false)
    public List<PlanParts.LegalBasis> legalBases = new ArrayList<>();
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<String> purposes = new ArrayList<>();
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "content_items", nullable = false)
    public List<PlanParts.ContentItem> contentItems = new ArrayList<>();
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<PlanParts.Movement> movements = new ArrayList<>();
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<PlanParts.Duty> duties = new ArrayList<>();
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<String> recipients = new ArrayList<>();
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<PlanParts.Attachment> attachments = new ArrayList<>();
    @JdbcTypeCode(SqlTypes.JSON)
    public PlanParts.Signer signer;
    /** The units taking part, each with its subtree; by default the issuing unit. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "plan_unit", joinColumns = @JoinColumn(name = "plan_id"))
    @Column(name = "unit_id", nullable = false)
    public Set<UUID> participatingUnitIds = new TreeSet<>();
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public PlanStatus status = PlanStatus.DRAFT;
    @Column(name = "cancel_reason")
    public String cancelReason;
    @Column(name = "issued_at")
    public OffsetDateTime issuedAt;
    @Column(name = "closed_at")
    public OffsetDateTime closedAt;
    @Column(name = "cancelled_at")
    public OffsetDateTime cancelledAt;
    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;
    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;
    @Version
    public long version;
    /** Number, title and theme folded for accent-insensitive search; computed by the database. */
    @Column(name = "search_text", insertable = false, updatable = false)
    String searchText;

    static Plan draft(UUID issuingUnitId) {
        Plan plan = new Plan();
        plan.id = UUID.randomUUID();
        plan.issuingUnitId = issuingUnitId;
        plan.createdAt = now();
        plan.updatedAt = plan.createdAt;
        return plan;
    }

    void issue() {
        require(PlanStatus.ISSUED, PlanStatus.DRAFT);
        status = PlanStatus.ISSUED;
        issuedAt = now();
        touch();
    }

    void close() {
        require(PlanStatus.CLOSED, PlanStatus.ISSUED);
        status = PlanStatus.CLOSED;
        closedAt = now();
        touch();
    }

    void cancel(String reason) {
        require(PlanStatus.CANCELLED, PlanStatus.DRAFT, PlanStatus.ISSUED);
        status = PlanStatus.CANCELLED;
        cancelReason = reason;
        cancelledAt = now();
        touch();
    }

    /** Phases may be added or changed while the plan is a draft or issued, never once it is closed or cancelled. */
    void requirePhasesChangeable() {
        if (status.isFinal()) {
            throw ApiException.conflict("detail.plan-read-only", status);
        }
    }

    void touch() {
        updatedAt = now();
    }

    private void require(PlanStatus target, PlanStatus... allowedFrom) {
        for (PlanStatus from : allowedFrom) {
            if (status == from) {
                return;
            }
        }
        throw ApiException.conflict("detail.plan-transition", status, target);
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
