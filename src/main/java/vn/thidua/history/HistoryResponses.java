package vn.thidua.history;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.thidua.org.SubjectKind;

/** The representations of history records. */
public final class HistoryResponses {

    private HistoryResponses() {
    }

    @Schema(name = "AnnualAssessment", description = "The annual assessment of a person or a unit for a year.")
    public record Assessment(
            @Schema(required = true) UUID id,
            @Schema(required = true) SubjectKind subjectKind,
            @Schema(description = "The person assessed; null for a collective.") UUID personId,
            @Schema(required = true, description = "The person's unit when recorded, or the unit assessed.") UUID unitId,
            @Schema(required = true, examples = "2024") int year,
            @Schema(required = true) Rating rating,
            @Schema(description = "Months worked in the year (maternity leave counts as work); null when not recorded.",
                    examples = "12") Integer monthsEmployed,
            String note, String createdBy, OffsetDateTime createdAt, String updatedBy, OffsetDateTime updatedAt,
            @Schema(required = true) long version) {

        static Assessment from(AnnualAssessment a) {
            return new Assessment(a.id, a.subjectKind, a.personId, a.unitId, a.year, a.rating, a.monthsEmployed,
                    a.note, a.createdBy, a.createdAt, a.updatedBy, a.updatedAt, a.version);
        }
    }

    @Schema(name = "DisciplinaryMeasure", description = "A disciplinary measure and how long it is served.")
    public record Measure(
            @Schema(required = true) UUID id,
            @Schema(required = true) SubjectKind subjectKind,
            UUID personId,
            @Schema(required = true) UUID unitId,
            @Schema(required = true) DisciplineMeasure measure,
            @Schema(required = true) LocalDate decidedOn,
            @Schema(required = true, description = "The last day of its effect (inclusive).") LocalDate servedUntil,
            @Schema(required = true, examples = "45/QĐ-TCT") String decisionNumber,
            String note, String createdBy, OffsetDateTime createdAt, String updatedBy, OffsetDateTime updatedAt,
            @Schema(required = true) long version) {

        static Measure from(DisciplinaryRecord m) {
            return new Measure(m.id, m.subjectKind, m.personId, m.unitId, m.measure, m.decidedOn, m.servedUntil,
                    m.decisionNumber, m.note, m.createdBy, m.createdAt, m.updatedBy, m.updatedAt, m.version);
        }
    }

    @Schema(name = "DisciplinaryProceeding", description = "A disciplinary procedure, investigation or inspection.")
    public record Proceeding(
            @Schema(required = true) UUID id,
            @Schema(required = true) SubjectKind subjectKind,
            UUID personId,
            @Schema(required = true) UUID unitId,
            @Schema(required = true) ProceedingKind kind,
            @Schema(required = true) LocalDate openedOn,
            @Schema(description = "Null while pending.") LocalDate closedOn,
            @Schema(required = true, description = "Whether it is still open.") boolean pending,
            String reference,
            String note, String createdBy, OffsetDateTime createdAt, String updatedBy, OffsetDateTime updatedAt,
            @Schema(required = true) long version) {

        static Proceeding from(DisciplinaryProceeding p) {
            return new Proceeding(p.id, p.subjectKind, p.personId, p.unitId, p.kind, p.openedOn, p.closedOn,
                    p.closedOn == null, p.reference, p.note, p.createdBy, p.createdAt, p.updatedBy, p.updatedAt,
                    p.version);
        }
    }

    @Schema(name = "Initiative", description = "A recognised initiative or accepted science project.")
    public record InitiativeView(
            @Schema(required = true) UUID id,
            @Schema(required = true) InitiativeKind kind,
            @Schema(required = true) String title,
            @Schema(required = true, description = "The authors' person ids, sorted.") List<UUID> authorIds,
            @Schema(description = "The owning collective, for a unit's own initiative.") UUID ownerUnitId,
            @Schema(required = true, description = "The unit that scopes it: the owning unit, or the nearest unit "
                    + "holding every author.") UUID unitId,
            @Schema(required = true) String recognisedBy,
            @Schema(required = true) String decisionNumber,
            @Schema(required = true) LocalDate recognisedOn,
            @Schema(required = true, description = "The emulation year it counts for.", examples = "2024") int year,
            @Schema(required = true) EffectLevel level,
            String note, String createdBy, OffsetDateTime createdAt, String updatedBy, OffsetDateTime updatedAt,
            @Schema(required = true) long version) {

        static InitiativeView from(Initiative i) {
            return new InitiativeView(i.id, i.kind, i.title, i.authorIds.stream().sorted().toList(), i.ownerUnitId,
                    i.unitId, i.recognisedBy, i.decisionNumber, i.recognisedOn, i.year, i.level, i.note, i.createdBy,
                    i.createdAt, i.updatedBy, i.updatedAt, i.version);
        }
    }

    @Schema(name = "AwardRecord", description = "A title or form conferred on a person or a unit for a year.")
    public record Award(
            @Schema(required = true) UUID id,
            @Schema(required = true) SubjectKind subjectKind,
            UUID personId,
            @Schema(required = true) UUID unitId,
            @Schema(required = true, examples = "2023") int year,
            @Schema(required = true, examples = "GRASSROOTS_EMULATION_FIGHTER") String awardCode,
            @Schema(required = true, examples = "215/QĐ-TCT") String decisionNumber,
            LocalDate decisionDate,
            String authority,
            @Schema(required = true) AwardSource source,
            @Schema(description = "Set when a later decision annulled the award; it then breaks chains.")
            LocalDate revokedOn,
            String revocationNumber,
            String revocationReason,
            String note, String createdBy, OffsetDateTime createdAt, String updatedBy, OffsetDateTime updatedAt,
            @Schema(required = true) long version) {

        static Award from(AwardRecord a) {
            return new Award(a.id, a.subjectKind, a.personId, a.unitId, a.year, a.awardCode, a.decisionNumber,
                    a.decisionDate, a.authority, a.source, a.revokedOn, a.revocationNumber, a.revocationReason, a.note,
                    a.createdBy, a.createdAt, a.updatedBy, a.updatedAt, a.version);
        }
    }
}
