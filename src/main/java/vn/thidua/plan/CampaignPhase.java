package vn.thidua.plan;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A campaign phase (đợt thi đua) of a plan. */
@Entity
@Table(name = "campaign_phase")
public class CampaignPhase {

    @Id
    public UUID id;
    @Column(name = "plan_id", nullable = false)
    public UUID planId;
    @Column(nullable = false)
    public int number;
    @Column(nullable = false)
    public String name;
    public String slogan;
    @Column(name = "start_date", nullable = false)
    public LocalDate startDate;
    @Column(name = "end_date", nullable = false)
    public LocalDate endDate;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<PlanParts.Anniversary> anniversaries = new ArrayList<>();
    @Column(name = "registration_opens")
    public LocalDate registrationOpens;
    @Column(name = "registration_closes")
    public LocalDate registrationCloses;
    @Column(name = "evaluation_deadline")
    public LocalDate evaluationDeadline;
    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;
    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;
    @Version
    public long version;

    static CampaignPhase of(UUID planId, PlanRequests.Phase request) {
        CampaignPhase phase = new CampaignPhase();
        phase.id = UUID.randomUUID();
        phase.planId = planId;
        phase.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        phase.apply(request);
        return phase;
    }

    void apply(PlanRequests.Phase request) {
        number = request.number();
        name = request.name().strip();
        slogan = request.slogan();
        startDate = request.startDate();
        endDate = request.endDate();
        anniversaries = request.anniversaries() == null ? new ArrayList<>() : new ArrayList<>(request.anniversaries());
        registrationOpens = request.registrationOpens();
        registrationCloses = request.registrationCloses();
        evaluationDeadline = request.evaluationDeadline();
        updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
    }
}
