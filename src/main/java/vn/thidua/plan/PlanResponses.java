package vn.thidua.plan;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the plan endpoints answer. */
public final class PlanResponses {

    private PlanResponses() {
    }

    @Schema(name = "UnitRef", description = "A unit named by id, code and name.")
    public record UnitRef(UUID id, @Schema(examples = "TCT") String code,
            @Schema(examples = "Trường Chính trị tỉnh Lai Châu") String name) {
    }

    @Schema(name = "Phase", description = "A campaign phase (đợt thi đua).")
    public record PhaseView(UUID id, UUID planId, @Schema(required = true) int number, String name, String slogan,
            LocalDate startDate, LocalDate endDate, List<PlanParts.Anniversary> anniversaries,
            LocalDate registrationOpens, LocalDate registrationCloses, LocalDate evaluationDeadline,
            OffsetDateTime updatedAt, @Schema(required = true) long version) {

        static PhaseView from(CampaignPhase phase) {
            return new PhaseView(phase.id, phase.planId, phase.number, phase.name, phase.slogan, phase.startDate,
                    phase.endDate, List.copyOf(phase.anniversaries), phase.registrationOpens, phase.registrationCloses,
                    phase.evaluationDeadline, phase.updatedAt, phase.version);
        }
    }

    @Schema(name = "PlanSummary", description = "A plan as lists show it.")
    public record Summary(UUID id, String number, String title, UnitRef issuingUnit, LocalDate issuedOn, PlanKind kind,
            Integer year, LocalDate startDate, LocalDate endDate, PlanStatus status,
            @Schema(required = true) int phaseCount, OffsetDateTime updatedAt, @Schema(required = true) long version) {
    }

    @Schema(name = "Plan", description = "A plan (kế hoạch phát động thi đua) with every part of the document and its phases.")
    public record Full(UUID id, String number, String title, UnitRef issuingUnit, LocalDate issuedOn, String issuedPlace,
            PlanKind kind, Integer year, LocalDate startDate, LocalDate endDate, String preamble, String theme,
            List<PlanParts.LegalBasis> legalBases, List<String> purposes, List<PlanParts.ContentItem> contentItems,
            List<PlanParts.Movement> movements, List<PlanParts.Duty> duties, String closing, List<String> recipients,
            PlanParts.Signer signer, List<PlanParts.Attachment> attachments, List<UnitRef> participatingUnits,
            List<PhaseView> phases, PlanStatus status, String cancelReason, OffsetDateTime issuedAt,
            OffsetDateTime closedAt, OffsetDateTime cancelledAt, OffsetDateTime createdAt, OffsetDateTime updatedAt,
            @Schema(required = true, description = "Version, also sent as the ETag.") long version) {
    }

    @Schema(name = "PublicPlan", description = "An issued plan as the public sees it (công khai).")
    public record Public(UUID id, String number, String title, UnitRef issuingUnit, LocalDate issuedOn,
            String issuedPlace, PlanKind kind, Integer year, LocalDate startDate, LocalDate endDate, String preamble,
            String theme, List<PlanParts.LegalBasis> legalBases, List<String> purposes,
            List<PlanParts.ContentItem> contentItems, List<PlanParts.Movement> movements, List<PlanParts.Duty> duties,
            String closing, List<String> recipients, PlanParts.Signer signer, List<PlanParts.Attachment> attachments,
            List<PhaseView> phases, PlanStatus status) {

        static Public from(Full plan) {
            return new Public(plan.id(), plan.number(), plan.title(), plan.issuingUnit(), plan.issuedOn(),
                    plan.issuedPlace(), plan.kind(), plan.year(), plan.startDate(), plan.endDate(), plan.preamble(),
                    plan.theme(),
                    plan.legalBases(), plan.purposes(), plan.contentItems(), plan.movements(), plan.duties(),
                    plan.closing(), plan.recipients(), plan.signer(), plan.attachments(), plan.phases(), plan.status());
        }
    }

    static Full full(Plan plan, UnitRef issuingUnit, List<UnitRef> participants, List<CampaignPhase> phases) {
        return new Full(plan.id, plan.number, plan.title, issuingUnit, plan.issuedOn, plan.issuedPlace, plan.kind,
                plan.year, plan.startDate, plan.endDate, plan.preamble, plan.theme, List.copyOf(plan.legalBases),
                List.copyOf(plan.purposes), List.copyOf(plan.contentItems), List.copyOf(plan.movements),
                List.copyOf(plan.duties), plan.closing, List.copyOf(plan.recipients), plan.signer,
                List.copyOf(plan.attachments),
                participants.stream().sorted(Comparator.comparing(UnitRef::code)).toList(),
                phases.stream().sorted(Comparator.comparingInt(p -> p.number)).map(PhaseView::from).toList(),
                plan.status, plan.cancelReason, plan.issuedAt, plan.closedAt, plan.cancelledAt, plan.createdAt,
                plan.updatedAt, plan.version);
    }

    static Summary summary(Plan plan, UnitRef issuingUnit, int phaseCount) {
        return new Summary(plan.id, plan.number, plan.title, issuingUnit, plan.issuedOn, plan.kind, plan.year,
                plan.startDate, plan.endDate, plan.status, phaseCount, plan.updatedAt, plan.version);
    }

    static Set<PlanStatus> publicStatuses() {
        return Set.of(PlanStatus.ISSUED, PlanStatus.CLOSED);
    }
}
