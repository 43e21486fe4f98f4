package vn.thidua.decision;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import vn.thidua.catalog.AwardType;
import vn.thidua.org.SubjectKind;
import vn.thidua.plan.PlanParts;

/**
 * A decision of a higher authority (the provincial chair, a minister, the Prime Minister) that came back on an
 * agency's proposal, to be recorded here as signed: {@code unitId} is the proposing agency, whose subtree keeps and
 * sees it; {@code authorityUnitId} the authority's unit when it is in the tree. {@code outsideAwardCodes}: what it
 * gives agencies outside this installation (a cluster's external members), which have no line here; such a decision
 * may then have no line at all.
 */
public record HigherDecision(UUID unitId, UUID proposalId, UUID authorityUnitId, String authorityName,
        AwardType.AwardedBy authorityLevel, String number, LocalDate decisionDate, String signerName,
        String signerPosition, String title, int year, UUID planId, List<PlanParts.LegalBasis> legalBases,
        List<Awardee> awardees, List<String> outsideAwardCodes) {

    /** One awardee as the higher decision names it; the evaluation it rests on, when known. */
    public record Awardee(SubjectKind kind, UUID subjectId, String awardCode, String citation, UUID evaluationId) {
    }
}
