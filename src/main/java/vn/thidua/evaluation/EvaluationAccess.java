package vn.thidua.evaluation;

import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import vn.thidua.common.Caller;
import vn.thidua.common.Roles;
import vn.thidua.common.error.ApiException;
import vn.thidua.org.OrgScope;
import vn.thidua.org.SubjectKind;

/**
 * Who may do what with an evaluation. Reading: everything in scope, except that a member sees only their own.
 * Authoring (opening, the self-assessment): a member for themself; a unit head or the board for the people and units
 * in scope. Reviewing, submitting to the council and returning: for a person, a unit head or the board in scope; for a
 * unit, whoever stands above it: the board of the plan's issuing unit, or the unit head of a unit above it (its
 * parent's, or higher), never the unit's own head, who wrote its self-assessment. Out of reach answers 404; in sight
 * but not allowed, 403.
 */
@RequestScoped
public class EvaluationAccess {

    private static final Set<String> READERS_OF_ALL = Set.of(Roles.ADMIN, Roles.BOARD, Roles.UNIT_HEAD, Roles.LEADER,
            Roles.COUNCIL, Roles.INTEGRATION);

    @Inject
    Caller caller;
    @Inject
    OrgScope scope;

    /** The path prefix of every unit the caller may see. */
    public String scopePath() {
        return scope.path();
    }

    /** A member who holds no wider role: sees and acts on their own evaluations only. */
    public boolean ownOnly() {
        return READERS_OF_ALL.stream().noneMatch(caller::hasRole);
    }

    public UUID ownPerson() {
        return caller.personId().orElse(null);
    }

    /** The read rule inside the scope: a member reads their own evaluation only. */
    public boolean canRead(EvaluationFacts facts) {
        return canRead(facts.kind(), facts.subjectId());
    }

    boolean canRead(Evaluation evaluation) {
        return canRead(evaluation.subjectKind, evaluation.personId != null ? evaluation.personId : evaluation.unitId);
    }

    private boolean canRead(SubjectKind kind, UUID subjectId) {
        return !ownOnly() || kind == SubjectKind.PERSON && subjectId != null && subjectId.equals(ownPerson());
    }

    void requireAuthor(SubjectKind kind, UUID personId) {
        if (caller.hasRole(Roles.BOARD) || caller.hasRole(Roles.UNIT_HEAD)) {
            return;
        }
        if (caller.hasRole(Roles.MEMBER) && kind == SubjectKind.PERSON && personId != null
                && personId.equals(ownPerson())) {
            return;
        }
        throw ApiException.forbidden("detail.evaluation-not-yours");
    }

    void requireReviewer(Evaluation evaluation, UUID planIssuingUnit) {
        if (!mayReview(evaluation, planIssuingUnit)) {
            throw ApiException.forbidden(evaluation.subjectKind == SubjectKind.PERSON
                    ? "detail.evaluation-not-yours-to-review" : "detail.evaluation-unit-not-yours-to-review");
        }
    }

    private boolean mayReview(Evaluation evaluation, UUID planIssuingUnit) {
        if (evaluation.subjectKind == SubjectKind.PERSON) {
            return caller.hasRole(Roles.UNIT_HEAD) || caller.hasRole(Roles.BOARD);
        }
        if (caller.hasRole(Roles.BOARD) && scope.containsUnitId(planIssuingUnit)) {
            return true;
        }
        // the evaluation is in scope, so its unit lies in the caller's subtree: any unit but the home one is below it
        return caller.hasRole(Roles.UNIT_HEAD) && !caller.unitId().map(evaluation.unitId::equals).orElse(true);
    }

    String name() {
        return caller.name();
    }
}
