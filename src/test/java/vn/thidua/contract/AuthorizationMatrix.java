package vn.thidua.contract;

import static vn.thidua.common.Roles.ADMIN;
import static vn.thidua.common.Roles.BOARD;
import static vn.thidua.common.Roles.COUNCIL;
import static vn.thidua.common.Roles.INTEGRATION;
import static vn.thidua.common.Roles.LEADER;
import static vn.thidua.common.Roles.MEMBER;
import static vn.thidua.common.Roles.ROOT_ADMIN;
import static vn.thidua.common.Roles.UNIT_HEAD;
import static vn.thidua.contract.AuthorizationMatrix.Call.delete;
import static vn.thidua.contract.AuthorizationMatrix.Call.get;
import static vn.thidua.contract.AuthorizationMatrix.Call.post;
import static vn.thidua.contract.AuthorizationMatrix.Call.put;
import static vn.thidua.contract.AuthorizationMatrix.Expect.FORBIDDEN;
import static vn.thidua.contract.AuthorizationMatrix.Expect.LISTED_WITHOUT;
import static vn.thidua.contract.AuthorizationMatrix.Expect.NOT_APPLIED;
import static vn.thidua.contract.AuthorizationMatrix.Expect.NOT_FOUND;
import static vn.thidua.contract.AuthorizationMatrix.Expect.SUCCESS;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.thidua.catalog.RuleSetStatus;
import vn.thidua.common.Roles;
import vn.thidua.integration.WebhookFixtures;
import vn.thidua.testsupport.TestAccounts;

/**
 * Who may call which operation (issue 6): one row per operationId of {@code openapi/openapi.yaml}. A row says
 * <ul>
 * <li>{@code allow(...)}: the roles that may call it inside their scope; every other role gets 403. An administrator
 * of the root unit may call whatever {@code admin} may; {@code allow(ROOT_ADMIN)} keeps an operation to them (what
 * holds for every agency), and an agency's administrator gets 403;</li>
 * <li>{@code rootAdmin(outcome)}: what the root unit's administrator gets, where it is not the default (success when
 * {@code admin} or {@code root_admin} is allowed, else 403);</li>
 * <li>{@code isPublic()}: no token needed, and a bad one is not looked at; otherwise no or a bad token gets 401;</li>
 * <li>{@code ownOnly(role, outcome)}: the role acts on its own objects only, and gets {@code outcome} on a
 * colleague's;</li>
 * <li>{@code outside(outcome)}: what an allowed caller of the sibling agency gets (default 404); {@code SUCCESS} marks
 * an operation that reaches no unit's objects;</li>
 * <li>{@code call(...)}: how to make one fresh valid call on a target in agency A of the {@link MatrixWorld}.</li>
 * </ul>
 * A call names the {@code secret} only its target's representation carries (a code, a name, an id that is not in
 * the request): an allowed caller's answer must hold it, and no other answer may. {@link AuthorizationMatrixTest}
 * runs the table.
 */
final class AuthorizationMatrix {

    static final String[] ANYONE = Roles.ALL.toArray(String[]::new);
    /** Roles that read a unit's registration figures and lists (a member reads only their own pledges). */
    static final String[] PLEDGE_OVERSEERS = {ADMIN, BOARD, COUNCIL, LEADER, UNIT_HEAD, INTEGRATION};
    static final String[] PLEDGE_AUTHORS = {BOARD, UNIT_HEAD, MEMBER};
    static final String[] PLEDGE_DECIDERS = {BOARD, UNIT_HEAD};
    static final String NEW_PASSWORD = "Another-Horse-43";
    /** Roles that read the councils of their scope (a member reads only the councils they sit on). */
    static final String[] COUNCIL_READERS = {ADMIN, BOARD, COUNCIL, LEADER, UNIT_HEAD, INTEGRATION};
    /** Roles that read the decisions of their scope, drafts included. */
    static final String[] DECISION_READERS = {ADMIN, BOARD, LEADER, UNIT_HEAD, INTEGRATION};

    static final List<Row> ROWS = List.of(
            // --- accounts: administrators, inside their subtree -------------------------------------------------
            op("listAccounts").allow(ADMIN).outside(LISTED_WITHOUT)
                    .call(w -> get("/accounts").query("q", w.accountA.secret()).secret(w.accountA.id())),
            op("getAccount").allow(ADMIN)
                    .call(w -> get("/accounts/{id}", w.accountA.id()).secret(w.accountA.secret())),
            op("createAccount").allow(ADMIN)
                    .call(w -> post("/accounts").body(Map.of("username", w.uniqueCode("mx").toLowerCase(),
                            "password", TestAccounts.PASSWORD, "roles", List.of(MEMBER),
                            "unitId", w.departmentA.id()))),
            op("updateAccount").allow(ADMIN).call(w -> {
                MatrixWorld.Made account = w.freshAccount();
                return put("/accounts/{id}", account.id()).ifMatch(account.etag()).secret(account.secret())
                        .body(Map.of("roles", List.of(MEMBER, COUNCIL), "unitId", w.agencyA, "enabled", true));
            }),
            op("resetAccountPassword").allow(ADMIN).call(w -> {
                MatrixWorld.Made account = w.freshAccount();
                return post("/accounts/{id}:reset-password", account.id()).ifMatch(account.etag())
                        .body(Map.of("newPassword", NEW_PASSWORD)).secret(account.secret());
            }),
            op("unlockAccount").allow(ADMIN).call(w -> {
                MatrixWorld.Made account = w.freshAccount();
                return post("/accounts/{id}:unlock", account.id()).ifMatch(account.etag()).secret(account.secret());
            }),

            // --- authentication: login is public; everyone changes their own password, wherever they are -------
            op("createToken").isPublic().allow(ANYONE).outside(SUCCESS)
                    .call(w -> post("/auth/token").body(Map.of("username", w.accountA.secret(),
                            "password", TestAccounts.PASSWORD))),
            op("changeOwnPassword").allow(ANYONE).outside(SUCCESS)
                    .call(w -> post("/auth/password").tokenFor(caller -> w.loginOfNewAccount(caller.role(),
                                    caller.unit()))
                            .body(Map.of("currentPassword", TestAccounts.PASSWORD, "newPassword", NEW_PASSWORD))),
            op("refreshToken").isPublic().allow(ANYONE).outside(SUCCESS)
                    .call(w -> post("/auth/refresh").body(Map.of("refreshToken", w.refreshTokenOfNewLogin()))),
            op("logout").allow(ANYONE).outside(SUCCESS)
                    .call(w -> post("/auth/logout").tokenFor(caller -> w.loginOfNewAccount(caller.role(),
                            caller.unit()))),
            op("createIntegrationClient").allow(ADMIN)
                    .call(w -> post("/integration-clients").body(Map.of("clientId",
                            w.uniqueCode("mc").toLowerCase(), "unitId", w.departmentA.id()))),
            op("rotateIntegrationClientSecret").allow(ADMIN).call(w -> {
                MatrixWorld.Made client = w.freshClient();
                return post("/integration-clients/{id}:rotate-secret", client.id()).ifMatch(client.etag())
                        .secret(client.secret());
            }),

            // --- catalogue: one for the whole province --------------------------------------------------------
            op("listAwardTypes").allow(ANYONE).outside(SUCCESS)
                    .call(w -> get("/award-types").secret(MatrixWorld.TITLE)),

            // --- units: everyone reads their subtree; administrators shape it ----------------------------------
            op("listUnits").allow(ANYONE).outside(LISTED_WITHOUT)
                    .call(w -> get("/units").query("q", w.departmentA.secret()).secret(w.departmentA.id())),
            op("getUnit").allow(ANYONE)
                    .call(w -> get("/units/{id}", w.departmentA.id()).secret(w.departmentA.secret())),
            op("createUnit").allow(ADMIN)
                    .call(w -> post("/units").body(Map.of("code", w.uniqueCode("MX"), "name", "Phòng mới",
                            "kind", "DEPARTMENT", "parentId", w.departmentA.id()))),
            op("updateUnit").allow(ADMIN).call(w -> {
                MatrixWorld.Made unit = w.freshUnit(true);
                return put("/units/{id}", unit.id()).ifMatch(unit.etag()).secret(unit.secret())
                        .body(Map.of("code", unit.secret(), "name", "Phòng đổi tên", "kind", "DEPARTMENT"));
            }),
            op("moveUnit").allow(ADMIN).call(w -> {
                MatrixWorld.Made unit = w.freshUnit(true);
                return post("/units/{id}:move", unit.id()).ifMatch(unit.etag()).secret(unit.secret())
                        .body(Map.of("parentId", w.agencyA));
            }),
            op("deactivateUnit").allow(ADMIN).call(w -> {
                MatrixWorld.Made unit = w.freshUnit(true);
                return post("/units/{id}:deactivate", unit.id()).ifMatch(unit.etag()).secret(unit.secret());
            }),
            op("activateUnit").allow(ADMIN).call(w -> {
                MatrixWorld.Made unit = w.freshUnit(false);
                return post("/units/{id}:activate", unit.id()).ifMatch(unit.etag()).secret(unit.secret());
            }),

            // --- people: everyone reads (a member only themselves); administrators and the board keep them ------
            op("listPeople").allow(ANYONE).ownOnly(MEMBER, LISTED_WITHOUT).outside(LISTED_WITHOUT)
                    .call(w -> get("/people").query("q", w.personA.code()).secret(w.personA.id())),
            op("getPerson").allow(ANYONE).ownOnly(MEMBER, NOT_FOUND)
                    .call(w -> get("/people/{id}", w.personA.id()).secret(w.personA.code())),
            op("createPerson").allow(ADMIN, BOARD)
                    .call(w -> post("/people").body(Map.of("code", w.uniqueCode("MXP"), "fullName", "Lò Thị Mai",
                            "unitId", w.departmentA.id()))),
            op("updatePerson").allow(ADMIN, BOARD).call(w -> {
                MatrixWorld.PersonMade person = w.freshPerson(true);
                return put("/people/{id}", person.id()).ifMatch(person.etag()).secret(person.code())
                        .body(Map.of("code", person.code(), "fullName", person.fullName(), "position", "Giảng viên",
                                "unitId", w.departmentA.id()));
            }),
            op("deactivatePerson").allow(ADMIN, BOARD).call(w -> {
                MatrixWorld.PersonMade person = w.freshPerson(true);
                return post("/people/{id}:deactivate", person.id()).ifMatch(person.etag()).secret(person.code());
            }),
            op("activatePerson").allow(ADMIN, BOARD).call(w -> {
                MatrixWorld.PersonMade person = w.freshPerson(false);
                return post("/people/{id}:activate", person.id()).ifMatch(person.etag()).secret(person.code());
            }),
            // a unit outside the caller's scope reads as unknown: the row fails and nothing is saved
            op("importPeople").allow(ADMIN, BOARD).outside(NOT_APPLIED)
                    .call(w -> post("/people:import").body(List.of(Map.of("code", w.uniqueCode("MXP"),
                            "fullName", "Lò Thị Mai", "unitCode", w.departmentA.secret())))),

            // --- plans and phases: everyone reads issued plans they take part in; the board drives them --------
            op("listPlans").allow(ANYONE).outside(LISTED_WITHOUT)
                    .call(w -> get("/plans").query("q", w.issuedPlanA.number()).secret(w.issuedPlanA.id())),
            op("getPlan").allow(ANYONE)
                    .call(w -> get("/plans/{id}", w.issuedPlanA.id()).secret(w.issuedPlanA.number())),
            op("createPlan").allow(BOARD)
                    .call(w -> post("/plans").body(MatrixWorld.planBody(w.agencyA, w.uniqueCode("KH"),
                            "Kế hoạch"))),
            op("updatePlan").allow(BOARD).call(w -> {
                MatrixWorld.PlanMade plan = w.freshDraftPlanA();
                return put("/plans/{id}", plan.id()).ifMatch(plan.etag()).secret(plan.number())
                        .body(MatrixWorld.planEdit(plan.number(), "Kế hoạch đã sửa"));
            }),
            op("issuePlan").allow(BOARD).call(w -> {
                MatrixWorld.PlanMade plan = w.freshDraftPlanA();
                return post("/plans/{id}:issue", plan.id()).ifMatch(plan.etag()).secret(plan.number());
            }),
            op("closePlan").allow(BOARD).call(w -> {
                MatrixWorld.PlanMade plan = w.freshIssuedPlanA();
                return post("/plans/{id}:close", plan.id()).ifMatch(plan.etag()).secret(plan.number());
            }),
            op("cancelPlan").allow(BOARD).call(w -> {
                MatrixWorld.PlanMade plan = w.freshDraftPlanA();
                return post("/plans/{id}:cancel", plan.id()).ifMatch(plan.etag()).secret(plan.number())
                        .body(Map.of("reason", "Thay bằng kế hoạch khác"));
            }),
            op("listPhases").allow(ANYONE)
                    .call(w -> get("/plans/{planId}/phases", w.issuedPlanA.id()).secret(w.issuedPlanA.phaseId())),
            op("addPhase").allow(BOARD).call(w -> {
                MatrixWorld.PlanMade plan = w.freshDraftPlanA();
                return post("/plans/{planId}/phases", plan.id()).body(MatrixWorld.secondPhase());
            }),
            op("getPhase").allow(ANYONE)
                    .call(w -> get("/phases/{id}", w.issuedPlanA.phaseId()).secret(w.issuedPlanA.id())),
            op("updatePhase").allow(BOARD).call(w -> {
                MatrixWorld.PlanMade plan = w.freshDraftPlanA();
                return put("/phases/{id}", plan.phaseId()).ifMatch(plan.phaseEtag()).secret(plan.id())
                        .body(MatrixWorld.phase(1, MatrixWorld.TODAY.minusDays(20), MatrixWorld.TODAY.plusDays(50),
                                MatrixWorld.TODAY.minusDays(3), MatrixWorld.TODAY.plusDays(3)));
            }),
            op("deletePhase").allow(BOARD).call(w -> {
                MatrixWorld.PlanMade plan = w.freshDraftPlanA();
                return delete("/phases/{id}", plan.phaseId()).ifMatch(plan.phaseEtag());
            }),

            // --- public: what was issued, for anyone -----------------------------------------------------------
            op("listPublicPlans").isPublic().allow(ANYONE).outside(SUCCESS)
                    .call(w -> get("/public/plans").query("q", w.issuedPlanA.number()).secret(w.issuedPlanA.id())),
            op("getPublicPlan").isPublic().allow(ANYONE).outside(SUCCESS)
                    .call(w -> get("/public/plans/{id}", w.issuedPlanA.id()).secret(w.issuedPlanA.number())),

            // --- pledges, in a plan both agencies take part in: each sees and acts on its own people's only -----
            // the sibling agency takes part in the plan too, a caller of no unit does not
            op("listPledges").allow(ANYONE).ownOnly(MEMBER, LISTED_WITHOUT).outside(LISTED_WITHOUT)
                    .withoutHomeUnit(NOT_FOUND)
                    .call(w -> get("/plans/{planId}/pledges", w.sharedPlan.id()).secret(w.pledgeA.id())),
            op("getPledge").allow(ANYONE).ownOnly(MEMBER, NOT_FOUND)
                    .call(w -> get("/pledges/{id}", w.pledgeA.id()).secret(w.pledgeA.secret())),
            // a person outside the caller's scope reads as unknown
            op("createPledge").allow(PLEDGE_AUTHORS).ownOnly(MEMBER, FORBIDDEN).call(w -> {
                MatrixWorld.PlanMade plan = w.freshSharedPlan();
                return post("/plans/{planId}/pledges", plan.id()).body(MatrixWorld.pledgeBody(w.personA.id()))
                        .secret(w.personA.fullName());
            }),
            op("updatePledge").allow(PLEDGE_AUTHORS).ownOnly(MEMBER, NOT_FOUND).call(w -> {
                MatrixWorld.Made pledge = w.freshPledge(false);
                return put("/pledges/{id}", pledge.id()).ifMatch(pledge.etag()).secret(pledge.secret())
                        .body(Map.of("titles", List.of(MatrixWorld.TITLE, "GRASSROOTS_EMULATION_FIGHTER")));
            }),
            op("submitPledge").allow(PLEDGE_AUTHORS).ownOnly(MEMBER, NOT_FOUND).call(w -> {
                MatrixWorld.Made pledge = w.freshPledge(false);
                return post("/pledges/{id}:submit", pledge.id()).ifMatch(pledge.etag()).secret(pledge.secret())
                        .body(Map.of());
            }),
            op("withdrawPledge").allow(PLEDGE_AUTHORS).ownOnly(MEMBER, NOT_FOUND).call(w -> {
                MatrixWorld.Made pledge = w.freshPledge(true);
                return post("/pledges/{id}:withdraw", pledge.id()).ifMatch(pledge.etag()).secret(pledge.secret());
            }),
            op("approvePledge").allow(PLEDGE_DECIDERS).call(w -> {
                MatrixWorld.Made pledge = w.freshPledge(true);
                return post("/pledges/{id}:approve", pledge.id()).ifMatch(pledge.etag()).secret(pledge.secret());
            }),
            op("returnPledge").allow(PLEDGE_DECIDERS).call(w -> {
                MatrixWorld.Made pledge = w.freshPledge(true);
                return post("/pledges/{id}:return", pledge.id()).ifMatch(pledge.etag()).secret(pledge.secret())
                        .body(Map.of("reason", "Bổ sung cam kết"));
            }),
            op("rejectPledge").allow(PLEDGE_DECIDERS).call(w -> {
                MatrixWorld.Made pledge = w.freshPledge(true);
                return post("/pledges/{id}:reject", pledge.id()).ifMatch(pledge.etag()).secret(pledge.secret())
                        .body(Map.of("reason", "Không đủ điều kiện"));
            }),
            // a person code outside the caller's scope reads as unknown: the row fails and nothing is saved
            op("importPledges").allow(PLEDGE_DECIDERS).outside(NOT_APPLIED).withoutHomeUnit(NOT_FOUND).call(w -> {
                MatrixWorld.PlanMade plan = w.freshSharedPlan();
                return post("/plans/{planId}/pledges:import", plan.id())
                        .body(List.of(Map.of("personCode", w.personA.code(), "titles", List.of(MatrixWorld.TITLE))));
            }),
            // the figures and lists of a unit name it; another agency's unit reads as unknown
            op("summarisePledges").allow(PLEDGE_OVERSEERS)
                    .call(w -> get("/plans/{planId}/pledges:summary", w.sharedPlan.id()).query("unit", w.agencyA)),
            op("listPeopleWithoutPledge").allow(PLEDGE_OVERSEERS)
                    .call(w -> get("/plans/{planId}/pledges:missing", w.sharedPlan.id()).query("unit", w.agencyA)
                            .secret(w.otherA.id())),
            op("exportPledges").allow(PLEDGE_OVERSEERS)
                    .call(w -> get("/plans/{planId}/pledges:export", w.sharedPlan.id()).query("unit", w.agencyA)
                            .accept("text/csv").secret(w.personA.fullName())),

            // --- audit: administrators and the board, about objects of their subtree ----------------------------
            op("listAuditEvents").allow(ADMIN, BOARD).outside(LISTED_WITHOUT)
                    .call(w -> get("/audit-events").query("entityId", w.departmentA.id())
                            .secret(w.departmentA.secret())),

            // --- evaluations (bình xét), in a plan both agencies take part in: each its own people's only -------
            op("listEvaluations").allow(ANYONE).ownOnly(MEMBER, LISTED_WITHOUT).outside(LISTED_WITHOUT)
                    .withoutHomeUnit(NOT_FOUND)
                    .call(w -> get("/plans/{planId}/evaluations", w.sharedPlan.id()).secret(w.evaluationA.id())),
            op("getEvaluation").allow(ANYONE).ownOnly(MEMBER, NOT_FOUND)
                    .call(w -> get("/evaluations/{id}", w.evaluationA.id()).secret(w.evaluationA.secret())),
            // a person outside the caller's scope reads as unknown
            op("createEvaluation").allow(PLEDGE_AUTHORS).ownOnly(MEMBER, FORBIDDEN).call(w -> {
                MatrixWorld.PlanMade plan = w.freshSharedPlan();
                return post("/plans/{planId}/evaluations", plan.id()).body(Map.of("personId", w.personA.id()))
                        .secret(w.personA.fullName());
            }),
            // the unit to open is named; another agency's reads as unknown
            op("openEvaluations").allow(PLEDGE_DECIDERS).call(w -> {
                MatrixWorld.PlanMade plan = w.freshPlanWithApprovedPledge();
                return post("/plans/{planId}/evaluations:open", plan.id()).body(Map.of("unitId", w.agencyA));
            }),
            op("updateSelfAssessment").allow(PLEDGE_AUTHORS).ownOnly(MEMBER, NOT_FOUND).call(w -> {
                MatrixWorld.Made evaluation = w.freshEvaluation("draft");
                return put("/evaluations/{id}/self-assessment", evaluation.id()).ifMatch(evaluation.etag())
                        .secret(evaluation.secret()).body(Map.of("achievements", "Hoàn thành tốt nhiệm vụ"));
            }),
            op("selfAssessEvaluation").allow(PLEDGE_AUTHORS).ownOnly(MEMBER, NOT_FOUND).call(w -> {
                MatrixWorld.Made evaluation = w.freshEvaluation("written");
                return post("/evaluations/{id}:self-assess", evaluation.id()).ifMatch(evaluation.etag())
                        .secret(evaluation.secret());
            }),
            op("updateReview").allow(PLEDGE_DECIDERS).call(w -> {
                MatrixWorld.Made evaluation = w.freshEvaluation("self-assessed");
                return put("/evaluations/{id}/review", evaluation.id()).ifMatch(evaluation.etag())
                        .secret(evaluation.secret()).body(MatrixWorld.reviewBody());
            }),
            op("reviewEvaluation").allow(PLEDGE_DECIDERS).call(w -> {
                MatrixWorld.Made evaluation = w.freshEvaluation("review-written");
                return post("/evaluations/{id}:review", evaluation.id()).ifMatch(evaluation.etag())
                        .secret(evaluation.secret());
            }),
            op("submitEvaluation").allow(PLEDGE_DECIDERS).call(w -> {
                MatrixWorld.Made evaluation = w.freshEvaluation("reviewed");
                return post("/evaluations/{id}:submit", evaluation.id()).ifMatch(evaluation.etag())
                        .secret(evaluation.secret());
            }),
            op("returnEvaluation").allow(PLEDGE_DECIDERS).call(w -> {
                MatrixWorld.Made evaluation = w.freshEvaluation("self-assessed");
                return post("/evaluations/{id}:return", evaluation.id()).ifMatch(evaluation.etag())
                        .secret(evaluation.secret()).body(Map.of("reason", "Bổ sung minh chứng"));
            }),

            // --- eligibility: an evaluation's answer as the evaluation is read; a unit's batch by its overseers ---
            op("getEligibility").allow(ANYONE).ownOnly(MEMBER, NOT_FOUND)
                    .call(w -> get("/evaluations/{id}/eligibility", w.evaluationA.id()).secret(w.personA.fullName())),
            op("listEligibility").allow(PLEDGE_OVERSEERS)
                    .call(w -> get("/plans/{planId}/eligibility", w.sharedPlan.id()).query("unit", w.agencyA)
                            .query("subjectKind", "PERSON").query("size", "200").secret(w.personA.fullName())),

            // --- rule sets: everyone reads them; the root's administrators activate and retire (one set for the
            // whole province); an administrator or the board overrides their configurable items for units in scope
            op("listRuleSets").allow(ANYONE).outside(SUCCESS)
                    .call(w -> get("/rule-sets").secret("LAW2022_ND152")),
            op("getRuleSet").allow(ANYONE).outside(SUCCESS)
                    .call(w -> get("/rule-sets/{code}", "LAW2022_ND152").secret("Nghị định 152/2025/NĐ-CP, điều 4.4")),
            op("activateRuleSet").allow(ROOT_ADMIN).outside(SUCCESS).call(w -> {
                MatrixWorld.Made set = w.freshRuleSet(RuleSetStatus.DRAFT);
                return post("/rule-sets/{code}:activate", set.id()).ifMatch(set.etag()).secret(set.secret())
                        .body(Map.of("reason", "Đã đối chiếu văn bản"));
            }),
            op("retireRuleSet").allow(ROOT_ADMIN).outside(SUCCESS).call(w -> {
                MatrixWorld.Made set = w.freshRuleSet(RuleSetStatus.ACTIVE);
                return post("/rule-sets/{code}:retire", set.id()).ifMatch(set.etag()).secret(set.secret())
                        .body(Map.of("reason", "Thay bằng bộ quy tắc mới"));
            }),
            op("getUnitRuleSettings").allow(ANYONE)
                    .call(w -> get("/units/{id}/rule-settings", w.ruleOverrideA.id()).query("ruleSet", "LAW2022_ND152")
                            .secret(w.ruleOverrideA.secret())),
            op("listRuleOverrides").allow(ANYONE)
                    .call(w -> get("/units/{id}/rule-overrides", w.ruleOverrideA.id()).secret(w.ruleOverrideA.secret())),
            op("getRuleOverride").allow(ANYONE)
                    .call(w -> get("/units/{id}/rule-overrides/{key}", w.ruleOverrideA.id(), MatrixWorld.OVERRIDDEN_KEY)
                            .secret(w.ruleOverrideA.secret())),
            op("putRuleOverride").allow(ADMIN, BOARD).call(w -> {
                MatrixWorld.Made override = w.freshRuleOverride();
                String reason = "Lý do " + w.uniqueCode("RO");
                return put("/units/{id}/rule-overrides/{key}", override.id(), MatrixWorld.OVERRIDDEN_KEY)
                        .ifMatch(override.etag()).body(Map.of("value", 0.6, "reason", reason)).secret(reason);
            }),
            op("deleteRuleOverride").allow(ADMIN, BOARD).call(w -> {
                MatrixWorld.Made override = w.freshRuleOverride();
                return delete("/units/{id}/rule-overrides/{key}", override.id(), MatrixWorld.OVERRIDDEN_KEY)
                        .ifMatch(override.etag());
            }),

            // --- history: everyone reads in scope (a member only what is about them, naming another person is a
            // 404); the board writes every kind, unit heads assessments and initiatives ---------------------------
            op("listAnnualAssessments").allow(ANYONE).ownOnly(MEMBER, NOT_FOUND)
                    .call(w -> get("/annual-assessments").query("person", w.personA.id())
                            .secret(w.assessmentA.secret())),
            op("getAnnualAssessment").allow(ANYONE).ownOnly(MEMBER, NOT_FOUND)
                    .call(w -> get("/annual-assessments/{id}", w.assessmentA.id()).secret(w.assessmentA.secret())),
            op("createAnnualAssessment").allow(BOARD, UNIT_HEAD)
                    .call(w -> post("/annual-assessments").body(MatrixWorld.historyBody("annual-assessments",
                            w.freshPerson(true).id()))),
            op("updateAnnualAssessment").allow(BOARD, UNIT_HEAD).call(w -> edit(w, "annual-assessments")),
            op("deleteAnnualAssessment").allow(BOARD, UNIT_HEAD).call(w -> remove(w, "annual-assessments")),
            op("importAnnualAssessments").allow(BOARD, UNIT_HEAD).outside(NOT_APPLIED)
                    .call(w -> post("/annual-assessments:import").body(List.of(Map.of("personCode",
                            w.freshPerson(true).code(), "year", 2024, "rating", "HTXS")))),
            op("listDisciplinaryMeasures").allow(ANYONE).ownOnly(MEMBER, NOT_FOUND)
                    .call(w -> get("/disciplinary-measures").query("person", w.personA.id())
                            .secret(w.measureA.secret())),
            op("getDisciplinaryMeasure").allow(ANYONE).ownOnly(MEMBER, NOT_FOUND)
                    .call(w -> get("/disciplinary-measures/{id}", w.measureA.id()).secret(w.measureA.secret())),
            op("createDisciplinaryMeasure").allow(BOARD)
                    .call(w -> post("/disciplinary-measures").body(MatrixWorld.historyBody("disciplinary-measures",
                            w.freshPerson(true).id()))),
            op("updateDisciplinaryMeasure").allow(BOARD).call(w -> edit(w, "disciplinary-measures")),
            op("deleteDisciplinaryMeasure").allow(BOARD).call(w -> remove(w, "disciplinary-measures")),
            op("importDisciplinaryMeasures").allow(BOARD).outside(NOT_APPLIED)
                    .call(w -> post("/disciplinary-measures:import").body(List.of(Map.of("personCode",
                            w.freshPerson(true).code(), "measure", "Khiển trách", "decidedOn", "2023-05-10",
                            "servedUntil", "2024-05-09", "decisionNumber", w.uniqueCode("QĐ"))))),
            op("listDisciplinaryProceedings").allow(ANYONE).ownOnly(MEMBER, NOT_FOUND)
                    .call(w -> get("/disciplinary-proceedings").query("person", w.personA.id())
                            .secret(w.proceedingA.secret())),
            op("getDisciplinaryProceeding").allow(ANYONE).ownOnly(MEMBER, NOT_FOUND)
                    .call(w -> get("/disciplinary-proceedings/{id}", w.proceedingA.id())
                            .secret(w.proceedingA.secret())),
            op("createDisciplinaryProceeding").allow(BOARD)
                    .call(w -> post("/disciplinary-proceedings").body(MatrixWorld.historyBody(
                            "disciplinary-proceedings", w.freshPerson(true).id()))),
            op("updateDisciplinaryProceeding").allow(BOARD).call(w -> edit(w, "disciplinary-proceedings")),
            op("deleteDisciplinaryProceeding").allow(BOARD).call(w -> remove(w, "disciplinary-proceedings")),
            op("importDisciplinaryProceedings").allow(BOARD).outside(NOT_APPLIED)
                    .call(w -> post("/disciplinary-proceedings:import").body(List.of(Map.of("personCode",
                            w.freshPerson(true).code(), "kind", "Thanh tra", "openedOn", "2025-09-01")))),
            op("listInitiatives").allow(ANYONE).ownOnly(MEMBER, NOT_FOUND)
                    .call(w -> get("/initiatives").query("person", w.personA.id()).secret(w.initiativeA.secret())),
            op("getInitiative").allow(ANYONE).ownOnly(MEMBER, NOT_FOUND)
                    .call(w -> get("/initiatives/{id}", w.initiativeA.id()).secret(w.initiativeA.secret())),
            op("createInitiative").allow(BOARD, UNIT_HEAD)
                    .call(w -> post("/initiatives").body(MatrixWorld.historyBody("initiatives",
                            w.freshPerson(true).id()))),
            op("updateInitiative").allow(BOARD, UNIT_HEAD).call(w -> edit(w, "initiatives")),
            op("deleteInitiative").allow(BOARD, UNIT_HEAD).call(w -> remove(w, "initiatives")),
            op("importInitiatives").allow(BOARD, UNIT_HEAD).outside(NOT_APPLIED)
                    .call(w -> post("/initiatives:import").body(List.of(Map.of("kind", "Sáng kiến",
                            "title", "Sáng kiến mới", "authorCodes", List.of(w.freshPerson(true).code()),
                            "recognisedBy", "Hội đồng sáng kiến", "decisionNumber", w.uniqueCode("QĐ"),
                            "recognisedOn", "2024-11-20", "level", "Cơ sở")))),
            op("listAwardRecords").allow(ANYONE).ownOnly(MEMBER, NOT_FOUND)
                    .call(w -> get("/award-records").query("person", w.personA.id()).secret(w.awardA.secret())),
            op("getAwardRecord").allow(ANYONE).ownOnly(MEMBER, NOT_FOUND)
                    .call(w -> get("/award-records/{id}", w.awardA.id()).secret(w.awardA.secret())),
            op("createAwardRecord").allow(BOARD)
                    .call(w -> post("/award-records").body(MatrixWorld.historyBody("award-records",
                            w.freshPerson(true).id()))),
            op("updateAwardRecord").allow(BOARD).call(w -> edit(w, "award-records")),
            op("deleteAwardRecord").allow(BOARD).call(w -> remove(w, "award-records")),
            op("revokeAwardRecord").allow(BOARD).call(w -> {
                MatrixWorld.Made award = w.freshHistory("award-records");
                return post("/award-records/{id}:revoke", award.id()).ifMatch(award.etag()).secret(award.secret())
                        .body(Map.of("revokedOn", "2024-06-03", "revocationNumber", "301/QĐ-UBND",
                                "reason", "Hồ sơ không trung thực"));
            }),
            op("importAwardRecords").allow(BOARD).outside(NOT_APPLIED)
                    .call(w -> post("/award-records:import").body(List.of(Map.of("personCode",
                            w.freshPerson(true).code(), "year", 2023, "awardCode", "ADVANCED_WORKER",
                            "decisionNumber", w.uniqueCode("QĐ"))))),
            op("listPersonAwards").allow(ANYONE).ownOnly(MEMBER, NOT_FOUND)
                    .call(w -> get("/people/{id}/awards", w.personA.id()).secret(w.awardA.secret())),
            op("listUnitAwards").allow(PLEDGE_OVERSEERS)
                    .call(w -> get("/units/{id}/awards", w.departmentA.id()).secret(w.unitAwardA.secret())),

            // --- councils: the overseeing roles read the councils of their scope, and every member the councils
            // they sit on (the member of agency A holds a seat); a member of no council is refused by role, inside
            // or out. Administrators and the board of the agency establish councils and appoint members ----------
            op("listCouncils").allow(ANYONE).ownOnly(MEMBER, LISTED_WITHOUT).outside(LISTED_WITHOUT)
                    .call(w -> get("/councils").query("size", "200").secret(w.councilA.id())
                            .tokenFor(w::councilSeatToken)),
            op("createCouncil").allow(ADMIN, BOARD).call(w -> {
                MatrixWorld.Made unit = w.freshUnit(true);
                return post("/councils").body(Map.of("unitId", unit.id(), "name", "Hội đồng Thi đua - Khen thưởng"))
                        .secret(unit.secret());
            }),
            op("getCouncil").allow(COUNCIL_READERS)
                    .call(w -> get("/councils/{id}", w.councilA.id()).secret(w.councilA.secret())),
            op("updateCouncil").allow(ADMIN, BOARD).call(w -> {
                MatrixWorld.Made council = w.freshCouncil();
                return Call.patch("/councils/{id}", council.id()).ifMatch(council.etag())
                        .body(Map.of("establishedBy", "Quyết định số 02/QĐ-TCT")).secret(council.secret());
            }),
            op("listCouncilMembers").allow(COUNCIL_READERS)
                    .call(w -> get("/councils/{id}/members", w.councilA.id()).secret(w.councilSeatA.secret())),
            op("addCouncilMember").allow(ADMIN, BOARD).call(w -> {
                MatrixWorld.Made account = w.freshAccount();
                return post("/councils/{id}/members", w.councilA.id()).secret(account.secret())
                        .body(Map.of("accountId", account.id(), "role", "MEMBER", "validFrom", "2026-01-01"));
            }),
            op("getCouncilMember").allow(COUNCIL_READERS)
                    .call(w -> get("/council-members/{id}", w.councilSeatA.id()).secret(w.councilSeatA.secret())),
            op("updateCouncilMember").allow(ADMIN, BOARD).call(w -> {
                MatrixWorld.Made seat = w.freshCouncilMember();
                return Call.patch("/council-members/{id}", seat.id()).ifMatch(seat.etag())
                        .body(Map.of("position", "Ủy viên")).secret(seat.secret());
            }),
            op("deleteCouncilMember").allow(ADMIN, BOARD).call(w -> {
                MatrixWorld.Made seat = w.freshCouncilMember();
                return delete("/council-members/{id}", seat.id()).ifMatch(seat.etag());
            }),

            // --- council sessions: read in the agency's scope, managed by its board, voted by the session's members
            op("listCouncilSessions").allow(PLEDGE_OVERSEERS).outside(LISTED_WITHOUT)
                    .call(w -> get("/council-sessions").query("councilId", w.sessionsA.council)
                            .secret(w.sessionA.secret())),
            op("getCouncilSession").allow(PLEDGE_OVERSEERS)
                    .call(w -> get("/council-sessions/{id}", w.sessionA.id()).secret(w.sessionA.secret())),
            op("listCouncilSessionMembers").allow(PLEDGE_OVERSEERS)
                    .call(w -> get("/council-sessions/{id}/members", w.sessionA.id()).secret(w.chairA.memberId()
                            .toString())),
            op("listCouncilAgenda").allow(PLEDGE_OVERSEERS)
                    .call(w -> get("/council-sessions/{id}/agenda", w.sessionA.id()).secret(w.sessionA.itemId())),
            op("getCouncilAgendaItem").allow(PLEDGE_OVERSEERS)
                    .call(w -> get("/council-sessions/{id}/agenda/{itemId}", w.sessionA.id(), w.sessionA.itemId())
                            .secret(w.sessionA.subject())),
            op("getCouncilSessionMinutes").allow(PLEDGE_OVERSEERS)
                    .call(w -> get("/council-sessions/{id}/minutes", w.sessionA.id()).secret(w.sessionA.secret())),
            op("downloadCouncilSessionMinutes").allow(PLEDGE_OVERSEERS)
                    .call(w -> get("/council-sessions/{id}/minutes:download", w.sessionA.id()).accept("text/plain")
                            .secret(w.sessionA.secret())),
            op("getCouncilSessionResults").allow(PLEDGE_OVERSEERS).call(w -> {
                MatrixWorld.SessionMade session = w.freshSession("counted");
                return get("/council-sessions/{id}/results", session.id()).secret(session.itemId());
            }),
            op("createCouncilSession").allow(BOARD)
                    .call(w -> post("/council-sessions").body(Map.of("councilId", w.sessionsA.council, "year", 2024,
                            "name", "Phiên họp bổ sung", "meetingAt", "2024-12-20T01:00:00Z"))
                            .secret(w.sessionsA.council.toString())),
            op("updateCouncilSession").allow(BOARD).call(w -> {
                MatrixWorld.SessionMade session = w.freshSession("draft");
                return new Call("PATCH", "/council-sessions/{id}", session.id()).ifMatch(session.etag())
                        .body(Map.of("place", "Hội trường")).secret(session.secret());
            }),
            op("putCouncilSessionNotes").allow(BOARD, COUNCIL).call(w -> {
                MatrixWorld.SessionMade session = w.freshSession("draft");
                return put("/council-sessions/{id}/notes", session.id()).ifMatch(session.etag())
                        .body(Map.of("opening", "Khai mạc")).secret(session.secret())
                        .tokenFor(caller -> caller.role().equals(COUNCIL) ? w.voterToken(caller, w.secretaryA)
                                : w.voterToken(caller, w.chairA));
            }),
            op("recordCouncilAttendance").allow(BOARD).call(w -> {
                MatrixWorld.SessionMade session = w.freshSession("draft");
                return put("/council-sessions/{id}/attendance", session.id()).ifMatch(session.etag())
                        .body(Map.of("members", List.of(Map.of("memberId", w.chairA.memberId(),
                                "attendance", "PRESENT")))).secret(w.chairA.memberId().toString());
            }),
            op("addCouncilAgendaItem").allow(BOARD).call(w -> {
                MatrixWorld.SessionMade session = w.freshSession("draft");
                MatrixWorld.Candidate candidate = w.freshCandidate("GRASSROOTS_EMULATION_FIGHTER");
                return post("/council-sessions/{id}/agenda", session.id()).body(Map.of("evaluationId",
                        candidate.evaluationId(), "awardCode", "GRASSROOTS_EMULATION_FIGHTER"))
                        .secret(candidate.name());
            }),
            op("addCouncilAgendaFromUnit").allow(BOARD).call(w -> {
                MatrixWorld.SessionMade session = w.freshSession("plan-draft");
                String added = w.freshCandidate("GRASSROOTS_EMULATION_FIGHTER").name();
                return post("/council-sessions/{id}/agenda:add-from-unit", session.id())
                        .body(Map.of("unitId", w.sessionsA.department)).secret(added);
            }),
            op("updateCouncilAgendaItem").allow(BOARD).call(w -> {
                MatrixWorld.SessionMade session = w.freshSession("draft");
                return new Call("PATCH", "/council-sessions/{id}/agenda/{itemId}", session.id(), session.itemId())
                        .ifMatch(session.itemEtag()).body(Map.of("votingMode", "PAPER")).secret(session.subject());
            }),
            op("deleteCouncilAgendaItem").allow(BOARD).call(w -> {
                MatrixWorld.SessionMade session = w.freshSession("draft");
                return delete("/council-sessions/{id}/agenda/{itemId}", session.id(), session.itemId())
                        .ifMatch(session.itemEtag());
            }),
            op("openCouncilSessionVoting").allow(BOARD).call(w -> {
                MatrixWorld.SessionMade session = w.freshSession("ready");
                return post("/council-sessions/{id}:open-voting", session.id()).ifMatch(session.etag())
                        .secret(session.secret());
            }),
            op("putCouncilItemTally").allow(BOARD, COUNCIL).call(w -> {
                MatrixWorld.SessionMade session = w.freshSession("paper");
                return put("/council-sessions/{id}/agenda/{itemId}/tally", session.id(), session.itemId())
                        .ifMatch(session.itemEtag()).body(Map.of("approve", 2, "reject", 0, "abstain", 0,
                                "spoilt", 0, "written", 0)).secret(session.subject())
                        .tokenFor(caller -> w.voterToken(caller, w.secretaryA));
            }),
            op("closeCouncilSessionVoting").allow(BOARD).call(w -> {
                MatrixWorld.SessionMade session = w.freshSession("voting");
                return post("/council-sessions/{id}:close-voting", session.id()).ifMatch(session.etag())
                        .secret(session.secret());
            }),
            op("settleCouncilQuotaTie").allow(BOARD).call(w -> {
                MatrixWorld.SessionMade session = w.freshSession("tied");
                return post("/council-sessions/{id}/quota-ties:settle", session.id()).ifMatch(session.etag())
                        .body(Map.of("awardCode", "NATIONAL_EMULATION_FIGHTER", "admitted", List.of(session.itemId()),
                                "reason", "Hội đồng biểu quyết")).secret(session.secret());
            }),
            op("closeCouncilSession").allow(BOARD).call(w -> {
                MatrixWorld.SessionMade session = w.freshSession("counted");
                return post("/council-sessions/{id}:close", session.id()).ifMatch(session.etag())
                        .secret(session.secret());
            }),
            op("cancelCouncilSession").allow(BOARD).call(w -> {
                MatrixWorld.SessionMade session = w.freshSession("draft");
                return post("/council-sessions/{id}:cancel", session.id()).ifMatch(session.etag())
                        .body(Map.of("reason", "Hoãn họp")).secret(session.secret());
            }),
            op("castCouncilBallots").allow(COUNCIL).call(w -> {
                MatrixWorld.SessionMade session = w.freshSession("voting");
                return post("/council-sessions/{id}/ballots", session.id()).body(Map.of("ballots",
                        List.of(Map.of("itemId", session.itemId(), "choice", "APPROVE")))).secret(session.itemId())
                        .tokenFor(caller -> w.voterToken(caller, w.chairA));
            }),
            op("changeCouncilBallot").allow(COUNCIL).call(w -> {
                MatrixWorld.SessionMade session = w.freshSession("voted");
                return post("/council-sessions/{id}/ballots:change", session.id()).body(Map.of("itemId",
                        session.itemId(), "receipt", session.receipt(), "choice", "REJECT")).secret(session.itemId())
                        .tokenFor(caller -> w.voterToken(caller, w.chairA));
            }),
            op("verifyCouncilBallot").allow(COUNCIL).call(w -> {
                MatrixWorld.SessionMade session = w.freshSession("voted");
                return post("/council-sessions/{id}/ballots:verify", session.id()).body(Map.of("itemId",
                        session.itemId(), "receipt", session.receipt())).secret(session.itemId())
                        .tokenFor(caller -> w.voterToken(caller, w.chairA));
            }),
            op("listMyCouncilBallots").allow(COUNCIL).call(w -> {
                MatrixWorld.SessionMade session = w.freshSession("voting");
                return get("/council-sessions/{id}/ballots/mine", session.id()).secret(session.itemId())
                        .tokenFor(caller -> w.voterToken(caller, w.chairA));
            }),

            // --- cash awards: one base salary and one set of coefficients for the whole province; everyone reads
            // them and the amounts they give, the root's administrators add changes (on days far past any real decision) ------
            op("listBaseSalaries").allow(ANYONE).outside(SUCCESS)
                    .call(w -> get("/settings/base-salary").secret("Nghị định 73/2024/NĐ-CP")),
            op("addBaseSalary").allow(ROOT_ADMIN).outside(SUCCESS).call(w -> {
                String basis = "Nghị định " + w.uniqueCode("LCS");
                return post("/settings/base-salary").secret(basis).body(Map.of("effectiveFrom", w.freshCashDay(),
                        "amountVnd", 3_000_000, "legalBasis", basis));
            }),
            op("listAwardCoefficients").allow(ANYONE).outside(SUCCESS)
                    .call(w -> get("/settings/award-coefficients").query("on", "2025-07-01")
                            .secret("Nghị định 152/2025/NĐ-CP, điều 54")),
            op("addAwardCoefficient").allow(ROOT_ADMIN).outside(SUCCESS).call(w -> {
                String basis = "Nghị định " + w.uniqueCode("HS");
                return post("/settings/award-coefficients").secret(basis).body(Map.of("awardCode",
                        "CERTIFICATE_OF_MERIT", "effectiveFrom", w.freshCashDay(), "coefficient", 0.4,
                        "legalBasis", basis));
            }),
            op("getCashAward").allow(ANYONE).outside(SUCCESS)
                    .call(w -> get("/settings/cash-award").query("award", "PROVINCE_COMMENDATION")
                            .query("recipient", "COLLECTIVE").query("on", "2025-07-01").secret("7020000")),

            // --- public decisions: published decisions and certificates' codes, for anyone without a token -------
            op("listPublicDecisions").isPublic().allow(ANYONE).outside(SUCCESS)
                    .call(w -> get("/public/decisions").query("q", w.publicAwardeeA)
                            .secret(w.publicDecisionA.id().toString())),
            op("getPublicDecision").isPublic().allow(ANYONE).outside(SUCCESS)
                    .call(w -> get("/public/decisions/{id}", w.publicDecisionA.id()).secret(w.publicAwardeeA)),
            op("verifyAwardee").isPublic().allow(ANYONE).outside(SUCCESS)
                    .call(w -> get("/public/verify/{code}", w.publicDecisionA.codes().get(0))
                            .secret(w.publicAwardeeA)),

            // --- decisions: read by the overseeing roles of the scope, drafted and published by the board, signed and
            // revoked by the leader ---
            op("listDecisions").allow(DECISION_READERS).outside(LISTED_WITHOUT)
                    .call(w -> get("/decisions").query("q", w.decisionA.awardee()).secret(w.decisionA.id())),
            op("getDecision").allow(DECISION_READERS)
                    .call(w -> get("/decisions/{id}", w.decisionA.id()).secret(w.decisionA.title())),
            op("createDecision").allow(BOARD)
                    .call(w -> post("/decisions").body(Map.of("unitId", w.agencyA, "awardCode",
                            "CERTIFICATE_OF_MERIT", "title", "Về việc tặng Giấy khen", "year", 2024))),
            op("updateDecision").allow(BOARD).call(w -> {
                MatrixWorld.DecisionMade decision = w.freshDecision("draft");
                return new Call("PATCH", "/decisions/{id}", decision.id()).ifMatch(decision.etag())
                        .body(Map.of("recipients", List.of("Như Điều 3"))).secret(decision.title());
            }),
            op("deleteDecision").allow(BOARD).call(w -> {
                MatrixWorld.DecisionMade decision = w.freshDecision("draft");
                return delete("/decisions/{id}", decision.id()).ifMatch(decision.etag());
            }),
            op("signDecision").allow(LEADER).call(w -> {
                MatrixWorld.DecisionMade decision = w.freshDecision("lined");
                return post("/decisions/{id}:sign", decision.id()).ifMatch(decision.etag())
                        .body(Map.of("decisionDate", "2024-12-30")).secret(decision.title());
            }),
            op("publishDecision").allow(BOARD, LEADER).call(w -> {
                MatrixWorld.DecisionMade decision = w.freshDecision("signed");
                return post("/decisions/{id}:publish", decision.id()).ifMatch(decision.etag())
                        .secret(decision.title());
            }),
            op("revokeDecision").allow(LEADER).call(w -> {
                MatrixWorld.DecisionMade decision = w.freshDecision("signed");
                return post("/decisions/{id}:revoke", decision.id()).ifMatch(decision.etag())
                        .body(Map.of("ground", "UNLAWFUL_PROCEDURE", "reason", "Quy trình xét sai quy định",
                                "decisionDate", "2024-12-31", "signerName", "Lường Văn Thành",
                                "signerPosition", "Hiệu trưởng")).secret(decision.number());
            }),
            op("listDecisionAwardees").allow(DECISION_READERS)
                    .call(w -> get("/decisions/{id}/awardees", w.decisionA.id()).secret(w.decisionA.awardee())),
            op("getDecisionAwardee").allow(DECISION_READERS)
                    .call(w -> get("/decisions/{id}/awardees/{awardeeId}", w.decisionA.id(), w.decisionA.awardeeId())
                            .secret(w.decisionA.awardee())),
            op("addDecisionAwardee").allow(BOARD).call(w -> {
                MatrixWorld.DecisionMade decision = w.freshDecision("draft");
                MatrixWorld.PersonMade person = w.freshPerson(true);
                return post("/decisions/{id}/awardees", decision.id()).secret(person.fullName())
                        .body(Map.of("subjectKind", "PERSON", "subjectId", person.id()));
            }),
            op("addDecisionAwardeesFromSession").allow(BOARD).call(w -> {
                MatrixWorld.DecisionMade decision = w.freshDecision("draft");
                return post("/decisions/{id}/awardees:from-session", decision.id())
                        .body(Map.of("councilSessionId", w.closedSessionA()));
            }),
            op("updateDecisionAwardee").allow(BOARD).call(w -> {
                MatrixWorld.DecisionMade decision = w.freshDecision("lined");
                return new Call("PATCH", "/decisions/{id}/awardees/{awardeeId}", decision.id(), decision.awardeeId())
                        .ifMatch(decision.awardeeEtag()).body(Map.of("citation", "Thành tích xuất sắc"))
                        .secret(decision.awardee());
            }),
            op("removeDecisionAwardee").allow(BOARD).call(w -> {
                MatrixWorld.DecisionMade decision = w.freshDecision("lined");
                return delete("/decisions/{id}/awardees/{awardeeId}", decision.id(), decision.awardeeId())
                        .ifMatch(decision.awardeeEtag()).secret(decision.title());
            }),
            op("recordAwardeeRecovery").allow(BOARD).call(w -> {
                MatrixWorld.DecisionMade decision = w.freshDecision("revoked");
                return put("/decisions/{id}/awardees/{awardeeId}/recovery", decision.id(), decision.awardeeId())
                        .ifMatch(decision.awardeeEtag()).body(Map.of("recoveredVnd", 100_000,
                                "recoveredOn", "2024-12-31")).secret(decision.awardee());
            }),

            // --- proposals upward: read in the proposing agency's scope (and above it), prepared and sent by its board,
            // received, returned and closed with the decision by a board that has it in scope, or the province's system
            op("listProposals").allow(ADMIN, BOARD, LEADER, UNIT_HEAD, INTEGRATION).outside(LISTED_WITHOUT)
                    .call(w -> get("/proposals").query("q", w.proposalA.secret()).secret(w.proposalA.id())),
            op("getProposal").allow(ADMIN, BOARD, LEADER, UNIT_HEAD, INTEGRATION)
                    .call(w -> get("/proposals/{id}", w.proposalA.id()).secret(w.proposalA.secret())),
            op("createProposal").allow(BOARD)
                    .call(w -> post("/proposals").body(Map.of("unitId", w.agencyA, "toAuthorityName",
                            "Chủ tịch UBND tỉnh", "year", 2024, "title", "Tờ trình đề nghị khen thưởng"))),
            op("updateProposal").allow(BOARD).call(w -> {
                MatrixWorld.ProposalMade proposal = w.freshProposal("draft");
                return Call.patch("/proposals/{id}", proposal.id()).ifMatch(proposal.etag())
                        .body(Map.of("title", "Tờ trình (bổ sung)")).secret(proposal.secret());
            }),
            op("deleteProposal").allow(BOARD).call(w -> {
                MatrixWorld.ProposalMade proposal = w.freshProposal("draft");
                return delete("/proposals/{id}", proposal.id()).ifMatch(proposal.etag());
            }),
            op("listProposalNominees").allow(ADMIN, BOARD, LEADER, UNIT_HEAD, INTEGRATION)
                    .call(w -> get("/proposals/{id}/nominees", w.proposalA.id()).secret(w.proposalA.nominee())),
            op("addProposalNominee").allow(BOARD).call(w -> {
                MatrixWorld.ProposalMade proposal = w.freshProposal("draft");
                MatrixWorld.PersonMade person = w.voted("PROVINCE_COMMENDATION");
                return post("/proposals/{id}/nominees", proposal.id()).body(Map.of("subjectKind", "PERSON",
                        "personId", person.id(), "awardCode", "PROVINCE_COMMENDATION")).secret(person.fullName());
            }),
            op("addProposalNomineesFromSession").allow(BOARD).call(w -> {
                String session = w.closedSessionAboveAgency();
                return post("/proposals/{id}/nominees:from-session", w.freshProposal("draft").id())
                        .body(Map.of("sessionId", session)).secret(w.closedCandidate.name());
            }),
            op("deleteProposalNominee").allow(BOARD).call(w -> {
                MatrixWorld.ProposalMade proposal = w.freshProposal("draft");
                return delete("/proposals/{id}/nominees/{nomineeId}", proposal.id(), proposal.nomineeId());
            }),
            op("listProposalDossier").allow(ADMIN, BOARD, LEADER, UNIT_HEAD, INTEGRATION)
                    .call(w -> get("/proposals/{id}/dossier", w.proposalA.id()).secret(w.proposalA.part())),
            op("addProposalDossierPart").allow(BOARD).call(w -> {
                MatrixWorld.ProposalMade proposal = w.freshProposal("draft");
                return post("/proposals/{id}/dossier", proposal.id()).body(Map.of("kind", "ACHIEVEMENT_REPORT",
                        "title", "Báo cáo thành tích", "url", "https://laichau.gov.vn/files/bao-cao.pdf",
                        "nomineeId", proposal.nomineeId()));
            }),
            op("deleteProposalDossierPart").allow(BOARD).call(w -> {
                MatrixWorld.ProposalMade proposal = w.freshProposal("draft");
                return delete("/proposals/{id}/dossier/{partId}", proposal.id(), proposal.partId());
            }),
            op("sendProposal").allow(BOARD).call(w -> {
                MatrixWorld.ProposalMade proposal = w.freshProposal("complete");
                return post("/proposals/{id}:send", proposal.id()).ifMatch(proposal.etag()).secret(proposal.secret())
                        .body(Map.of("number", w.uniqueCode("TTr"), "sentOn", "2025-01-10",
                                "signerName", "Lường Văn Thành", "signerPosition", "Hiệu trưởng"));
            }),
            op("receiveProposal").allow(BOARD, INTEGRATION).call(w -> {
                MatrixWorld.ProposalMade proposal = w.freshProposal("sent");
                return post("/proposals/{id}:receive", proposal.id()).ifMatch(proposal.etag())
                        .secret(proposal.secret());
            }),
            op("returnProposal").allow(BOARD, INTEGRATION).call(w -> {
                MatrixWorld.ProposalMade proposal = w.freshProposal("sent");
                return post("/proposals/{id}:return", proposal.id()).ifMatch(proposal.etag())
                        .body(Map.of("reason", "Bổ sung hồ sơ")).secret(proposal.secret());
            }),
            op("recordProposalDecision").allow(BOARD, INTEGRATION).call(w -> {
                MatrixWorld.ProposalMade proposal = w.freshProposal("received");
                return post("/proposals/{id}:record-decision", proposal.id()).ifMatch(proposal.etag())
                        .body(MatrixWorld.proposalDecision(proposal.nomineeId())).secret(proposal.secret());
            }),

            // --- reports and the provincial export: the readers of decisions, inside their scope; the summary names
            // departmentA's code, the export the proposal's authority -----------------------------------------------
            op("getReportSummary").allow(DECISION_READERS)
                    .call(w -> get("/reports/summary").query("year", 2024).query("unitId", w.departmentA.id())
                            .secret(w.departmentA.secret())),
            op("downloadReportSummary").allow(DECISION_READERS)
                    .call(w -> get("/reports/summary:download").query("year", 2024).query("unitId", w.departmentA.id())
                            .accept("text/csv").secret(w.departmentA.secret())),
            op("exportProposalDossier").allow(DECISION_READERS)
                    .call(w -> get("/proposals/{id}/export", w.proposalA.id()).secret(w.proposalA.secret())),

            // --- documents: the decision's PDF (DOCX of a draft) and its certificates, for the readers of decisions in
            // their scope; binary answers, so no secret is looked for in them ---------------------------------------
            op("getDecisionDocument").allow(DECISION_READERS)
                    .call(w -> get("/decisions/{id}/document", w.decisionA.id()).accept("*/*")),
            op("getDecisionCertificates").allow(DECISION_READERS)
                    .call(w -> get("/decisions/{id}/certificates", w.signedDecisionA().id()).accept("*/*")),
            op("getAwardeeCertificate").allow(DECISION_READERS)
                    .call(w -> get("/decisions/{id}/awardees/{awardeeId}/certificate", w.signedDecisionA().id(),
                            w.signedDecisionA().awardeeId()).accept("*/*")),

            // --- integrations: the feed for the board, administrators and the province's systems, read in their
            // subtree; webhook subscriptions kept by administrators and the board of their scope
            op("listEvents").allow(ADMIN, BOARD, INTEGRATION).outside(LISTED_WITHOUT)
                    .call(w -> get("/events").query("after", w.beforeWebhookA).query("types", "webhook.created")
                            .query("limit", 1).secret(w.webhookA.id())),
            op("listWebhooks").allow(ADMIN, BOARD).outside(LISTED_WITHOUT)
                    .call(w -> get("/webhooks").query("unit", w.agencyA).query("size", 200)
                            .secret(w.webhookA.description())),
            op("getWebhook").allow(ADMIN, BOARD)
                    .call(w -> get("/webhooks/{id}", w.webhookA.id()).secret(w.webhookA.description())),
            op("createWebhook").allow(ADMIN, BOARD)
                    .call(w -> post("/webhooks").body(WebhookFixtures.body(w.agencyA, WebhookFixtures.NOWHERE,
                            List.of("unit.*"), false))),
            op("updateWebhook").allow(ADMIN, BOARD).call(w -> {
                WebhookFixtures.Made webhook = w.freshWebhook(false);
                return put("/webhooks/{id}", webhook.id()).ifMatch(webhook.etag()).body(Map.of("url",
                        WebhookFixtures.NOWHERE, "eventTypes", List.of("plan.*"), "unitId", w.agencyA, "active",
                        false));
            }),
            op("deleteWebhook").allow(ADMIN, BOARD).call(w -> {
                WebhookFixtures.Made webhook = w.freshWebhook(false);
                return delete("/webhooks/{id}", webhook.id()).ifMatch(webhook.etag());
            }),
            op("rotateWebhookSecret").allow(ADMIN, BOARD).call(w -> {
                WebhookFixtures.Made webhook = w.freshWebhook(false);
                return post("/webhooks/{id}:rotate-secret", webhook.id()).ifMatch(webhook.etag())
                        .secret(webhook.description());
            }),
            op("resumeWebhook").allow(ADMIN, BOARD).call(w -> {
                WebhookFixtures.Made webhook = w.freshWebhook(true);
                return post("/webhooks/{id}:resume", webhook.id()).ifMatch(webhook.etag())
                        .secret(webhook.description());
            }),
            op("listWebhookDeliveries").allow(ADMIN, BOARD)
                    .call(w -> get("/webhooks/{id}/deliveries", w.webhookA.id()).secret(w.webhookDeliveryA)),
            op("redeliverWebhookDelivery").allow(ADMIN, BOARD).call(w -> {
                String[] delivery = w.freshDeadDelivery();
                return post("/webhooks/{id}/deliveries/{deliveryId}:redeliver", delivery[0], delivery[1]);
            }),

            // --- minutes and plans as PDF: read as their JSON is; a PDF's text is compressed, so no secret -------
            op("getCouncilSessionMinutesDocument").allow(PLEDGE_OVERSEERS)
                    .call(w -> get("/council-sessions/{id}/minutes/document", w.sessionA.id()).accept("*/*")),
            op("getPlanDocument").allow(ANYONE)
                    .call(w -> get("/plans/{id}/document", w.issuedPlanA.id()).accept("*/*")),
            op("getPublicPlanDocument").isPublic().allow(ANYONE).outside(SUCCESS)
                    .call(w -> get("/public/plans/{id}/document", w.issuedPlanA.id()).accept("*/*")),

            // --- clusters and blocks: the organiser's side (admin, board) manages; the head's board runs the year;
            // a member's board signs and scores for itself; readers see the clusters in reach (ClusterMatrix) ---
            op("listClusters").allow(ClusterMatrix.READERS).outside(LISTED_WITHOUT)
                    .call(w -> get("/clusters").query("q", w.clustersA.cluster.secret())
                            .secret(w.clustersA.cluster.id())),
            op("createCluster").allow(ADMIN, BOARD).call(w -> post("/clusters")
                    .body(w.clustersA.clusterBody("Khối thi đua " + w.uniqueCode("MX")))),
            op("getCluster").allow(ClusterMatrix.READERS).call(w -> get("/clusters/{id}", w.clustersA.cluster.id())
                    .secret(w.clustersA.cluster.secret())),
            op("updateCluster").allow(ADMIN, BOARD).call(w -> {
                MatrixWorld.Made cluster = w.clustersA.freshCluster();
                return Call.patch("/clusters/{id}", cluster.id()).ifMatch(cluster.etag())
                        .body(Map.of("kind", "CLUSTER")).secret(cluster.secret());
            }),
            op("listClusterMembers").allow(ClusterMatrix.READERS)
                    .call(w -> get("/clusters/{id}/members", w.clustersA.cluster.id())
                            .secret(w.clustersA.external.secret())),
            op("addClusterMember").allow(ADMIN, BOARD).call(w -> post("/clusters/{id}/members",
                    w.clustersA.cluster.id()).body(ClusterMatrix.externalBody("Trường " + w.uniqueCode("MX")))),
            op("getClusterMember").allow(ClusterMatrix.READERS).call(w -> get("/clusters/{id}/members/{memberId}",
                    w.clustersA.cluster.id(), w.clustersA.external.id()).secret(w.clustersA.external.secret())),
            op("updateClusterMember").allow(ADMIN, BOARD).call(w -> {
                MatrixWorld.Made member = w.clustersA.freshMember();
                return Call.patch("/clusters/{id}/members/{memberId}", w.clustersA.cluster.id(), member.id())
                        .ifMatch(member.etag()).body(Map.of("toYear", 2030)).secret(member.secret());
            }),
            op("listClusterLeadership").allow(ClusterMatrix.READERS).call(w -> get("/clusters/{id}/leadership",
                    w.clustersA.cluster.id()).secret(w.clustersA.member)),
            op("getClusterLeadership").allow(ClusterMatrix.READERS).call(w -> get("/clusters/{id}/leadership/{year}",
                    w.clustersA.cluster.id(), ClusterMatrix.YEAR).secret(w.clustersA.member)),
            op("appointClusterLeadership").allow(ADMIN, BOARD).call(w -> put("/clusters/{id}/leadership/{year}",
                    w.clustersA.cluster.id(), w.clustersA.freshYear())
                    .body(Map.of("headMemberId", w.clustersA.member)).secret(w.clustersA.member)),
            op("getClusterCovenant").allow(ClusterMatrix.READERS).call(w -> get("/clusters/{id}/covenants/{year}",
                    w.clustersA.cluster.id(), ClusterMatrix.YEAR).secret(w.clustersA.external.secret())),
            op("draftClusterCovenant").allow(BOARD).call(w -> put("/clusters/{id}/covenants/{year}",
                    w.clustersA.freshYear("head").cluster(), ClusterMatrix.YEAR).body(ClusterMatrix.covenantBody())),
            op("openClusterCovenant").allow(BOARD).call(w -> {
                ClusterMatrix.Year year = w.clustersA.freshYear("draft");
                return post("/clusters/{id}/covenants/{year}:open-for-signing", year.cluster(), ClusterMatrix.YEAR)
                        .ifMatch(year.etag());
            }),
            op("signClusterCovenant").allow(BOARD).call(w -> {
                ClusterMatrix.Year year = w.clustersA.freshYear("signing");
                return post("/clusters/{id}/covenants/{year}/signatures", year.cluster(), ClusterMatrix.YEAR)
                        .body(ClusterMatrix.signature(year.id()));
            }),
            op("fixClusterCovenant").allow(BOARD).call(w -> {
                ClusterMatrix.Year year = w.clustersA.freshYear("signing");
                return post("/clusters/{id}/covenants/{year}:fix", year.cluster(), ClusterMatrix.YEAR)
                        .ifMatch(year.etag());
            }),
            op("listClusterScoringTables").allow(ClusterMatrix.READERS).call(w -> get(
                    "/clusters/{id}/scoring-tables", w.clustersA.cluster.id()).secret(w.clustersA.table)),
            op("createClusterScoringTable").allow(ADMIN, BOARD).call(w -> post("/clusters/{id}/scoring-tables",
                    w.clustersA.cluster.id()).body(ClusterMatrix.tableBody(2030))),
            op("getClusterScoringTable").allow(ClusterMatrix.READERS).call(w -> get(
                    "/clusters/{id}/scoring-tables/{tableId}", w.clustersA.cluster.id(), w.clustersA.table)
                    .secret("Nghiên cứu khoa học, tổng kết thực tiễn")),
            op("updateClusterScoringTable").allow(ADMIN, BOARD).call(w -> {
                MatrixWorld.Made table = w.clustersA.freshTable();
                return put("/clusters/{id}/scoring-tables/{tableId}", w.clustersA.cluster.id(), table.id())
                        .ifMatch(table.etag()).body(Map.of("title", "Bảng chấm điểm (sửa)", "content",
                                vn.thidua.cluster.ClusterFixtures.tableContent(20)));
            }),
            op("getClusterScoring").allow(ClusterMatrix.READERS).call(w -> get("/clusters/{id}/scoring/{year}",
                    w.clustersA.cluster.id(), ClusterMatrix.YEAR).secret(w.clustersA.table)),
            op("openClusterScoring").allow(BOARD).call(w -> post("/clusters/{id}/scoring/{year}:open",
                    w.clustersA.freshYear("table").cluster(), ClusterMatrix.YEAR)),
            op("startClusterCrossScoring").allow(BOARD).call(w -> {
                ClusterMatrix.Year year = w.clustersA.freshYear("self");
                return post("/clusters/{id}/scoring/{year}:start-cross-scoring", year.cluster(), ClusterMatrix.YEAR)
                        .ifMatch(year.etag());
            }),
            op("closeClusterScoring").allow(BOARD).call(w -> {
                ClusterMatrix.Year year = w.clustersA.freshYear("cross");
                return post("/clusters/{id}/scoring/{year}:close", year.cluster(), ClusterMatrix.YEAR)
                        .ifMatch(year.etag());
            }),
            op("listClusterScoreSheets").allow(ClusterMatrix.READERS).call(w -> get(
                    "/clusters/{id}/scoring/{year}/sheets", w.clustersA.cluster.id(), ClusterMatrix.YEAR)
                    .secret(w.clustersA.sheet)),
            op("enterClusterScoreSheet").allow(BOARD).call(w -> {
                ClusterMatrix.Year year = w.clustersA.freshYear("self");
                return post("/clusters/{id}/scoring/{year}/sheets", year.cluster(), ClusterMatrix.YEAR)
                        .body(ClusterMatrix.sheetBody(year.id(), null));
            }),
            op("getClusterScoreSheet").allow(ClusterMatrix.READERS).call(w -> get(
                    "/clusters/{id}/score-sheets/{sheetId}", w.clustersA.cluster.id(), w.clustersA.sheet)
                    .secret(w.clustersA.member)),
            op("updateClusterScoreSheet").allow(BOARD).call(w -> {
                ClusterMatrix.Year year = w.clustersA.freshYear("self-sheet");
                return put("/clusters/{id}/score-sheets/{sheetId}", year.cluster(), year.id()).ifMatch(year.etag())
                        .body(Map.of("entries", vn.thidua.cluster.ClusterFixtures.entries(20, 20, 0, 0)));
            }),
            op("getClusterRanking").allow(ClusterMatrix.READERS).call(w -> get(
                    "/clusters/{id}/scoring/{year}/ranking", w.clustersA.cluster.id(), ClusterMatrix.YEAR)
                    .secret(w.clustersA.external.secret())),
            op("downloadClusterRanking").allow(ClusterMatrix.READERS).call(w -> get(
                    "/clusters/{id}/scoring/{year}/ranking:download", w.clustersA.cluster.id(), ClusterMatrix.YEAR)
                    .accept("text/csv").secret(w.clustersA.external.secret())),
            op("conveneClusterMeeting").allow(BOARD).call(w -> {
                ClusterMatrix.Year year = w.clustersA.freshMeeting("head");
                return post("/clusters/{id}/meetings/{year}", year.cluster(), ClusterMatrix.YEAR)
                        .body(w.clustersA.meetingBody(year.cluster(), "Đại biểu A"));
            }),
            op("listClusterMeetings").allow(ClusterMatrix.READERS).call(w -> get("/clusters/{id}/meetings",
                    w.clustersA.cluster.id()).secret(w.clustersA.cluster.secret())),
            op("getClusterMeeting").allow(ClusterMatrix.READERS).call(w -> get("/clusters/{id}/meetings/{year}",
                    w.clustersA.cluster.id(), ClusterMatrix.YEAR).secret(w.clustersA.delegate)),
            op("nominateClusterMember").allow(BOARD).call(w -> {
                ClusterMatrix.Year year = w.clustersA.freshMeeting("convened");
                return post("/clusters/{id}/meetings/{year}/candidates", year.cluster(), ClusterMatrix.YEAR)
                        .body(Map.of("memberId", year.id(), "awardCode", "PROVINCE_FLAG"));
            }),
            op("proposeClusterMeetingChoice").allow(BOARD).call(w -> post("/clusters/{id}/meetings/{year}:propose",
                    w.clustersA.freshMeeting("closed").cluster(), ClusterMatrix.YEAR)));

    /** A PUT of a fresh record of the collection; the answer names the record's subject, which the request does not. */
    private static Call edit(MatrixWorld w, String collection) {
        MatrixWorld.Made record = w.freshHistory(collection);
        boolean initiative = collection.equals("initiatives");
        return put("/" + collection + "/{id}", record.id()).ifMatch(record.etag())
                .body(MatrixWorld.historyEdit(collection, record.secret()))
                .secret(initiative ? w.departmentA.id() : record.secret());
    }

    private static Call remove(MatrixWorld w, String collection) {
        MatrixWorld.Made record = w.freshHistory(collection);
        return delete("/" + collection + "/{id}", record.id()).ifMatch(record.etag());
    }

    private AuthorizationMatrix() {
    }

    // --- the vocabulary of the table ----------------------------------------------------------------------------

    /** What a call must answer. */
    enum Expect {
        /** 2xx, with the target's secret in the body when the call names one. */
        SUCCESS,
        /** 401 problem+json. */
        UNAUTHORIZED,
        /** 403 problem+json. */
        FORBIDDEN,
        /** 404 problem+json: the object is not revealed to exist. */
        NOT_FOUND,
        /** 200, a list without the target. */
        LISTED_WITHOUT,
        /** 200, an import report with {@code applied: false}: nothing was saved. */
        NOT_APPLIED
    }

    /** Who calls: a role at a home unit (none: a token without the unit claim), linked to a person or not. */
    record Caller(String role, UUID unit, UUID person) {
    }

    /** Makes one fresh valid call of a row's operation, as an allowed caller in scope would make it. */
    interface Setup {
        Call make(MatrixWorld world);
    }

    /**
     * One operation's rule. {@code ownOnly} maps a role to what it gets on an object of its scope that is not its
     * own (its own objects are the world's personA's).
     */
    record Row(String operationId, Set<String> roles, boolean publicOperation, Map<String, Expect> ownOnly,
            Expect outside, Expect withoutHomeUnit, Expect rootAdmin, Setup setup) {

        Row allow(String... allowed) {
            return new Row(operationId, Set.of(allowed), publicOperation, ownOnly,
                    outside, withoutHomeUnit, rootAdmin, setup);
        }

        Row isPublic() {
            return new Row(operationId, roles, true, ownOnly, outside, withoutHomeUnit, rootAdmin, setup);
        }

        Row ownOnly(String role, Expect otherwise) {
            Map<String, Expect> own = new LinkedHashMap<>(ownOnly);
            own.put(role, otherwise);
            return new Row(operationId, roles, publicOperation, Map.copyOf(own),
                    outside, withoutHomeUnit, rootAdmin, setup);
        }

        Row outside(Expect expected) {
            return new Row(operationId, roles, publicOperation, ownOnly, expected, withoutHomeUnit, rootAdmin, setup);
        }

        /** What an allowed caller whose token names no home unit gets, where it differs from {@link #outside}. */
        Row withoutHomeUnit(Expect expected) {
            return new Row(operationId, roles, publicOperation, ownOnly, outside, expected, rootAdmin, setup);
        }

        /** What the root unit's administrator gets, where it differs from the default. */
        Row rootAdmin(Expect expected) {
            return new Row(operationId, roles, publicOperation, ownOnly, outside, withoutHomeUnit, expected, setup);
        }

        /**
         * What the root unit's administrator gets: what an admin inside gets (their scope holds every unit), or
         * success on an operation kept to them; 403 where neither role is allowed.
         */
        Expect asRootAdmin() {
            if (rootAdmin != null) {
                return rootAdmin;
            }
            return roles.contains(Roles.ADMIN) || roles.contains(ROOT_ADMIN) ? SUCCESS : FORBIDDEN;
        }

        /** Whether the operation changes what holds for every agency, and so only the root's administrator may. */
        boolean global() {
            return roles.contains(ROOT_ADMIN);
        }

        /** What an allowed caller whose token names no home unit gets: they reach nothing. */
        Expect homeless() {
            return withoutHomeUnit == null ? outside : withoutHomeUnit;
        }

        Row call(Setup make) {
            return new Row(operationId, roles, publicOperation, ownOnly, outside, withoutHomeUnit, rootAdmin, make);
        }

        /** Whether the operation reaches objects of a unit: only then is a caller of another agency out of scope. */
        boolean scoped() {
            return outside != SUCCESS;
        }
    }

    /**
     * A row with its defaults: nobody allowed, a token needed, 404 for an allowed caller of another agency (and so
     * for one without a home unit).
     */
    static Row op(String operationId) {
        return new Row(operationId, Set.of(), false, Map.of(), NOT_FOUND, null, null, null);
    }

    /** A request, built fluently: {@code post("/pledges/{id}:approve", id).ifMatch(etag)}. */
    static final class Call {
        static final Pattern ID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
        private static final Pattern LAST_ID = Pattern.compile(ID.pattern() + "(?!.*" + ID.pattern() + ")");
        private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

        final String method;
        final String path;
        final Map<String, Object> query = new LinkedHashMap<>();
        Object body;
        String accept = "application/json";
        String ifMatch;
        String secret;
        /** For operations on the caller's own account: the token a role caller uses instead of a test token. */
        Function<Caller, String> tokenFor;

        private Call(String method, String template, Object... params) {
            String filled = template;
            for (Object param : params) {
                filled = filled.replaceFirst("\\{[^}]+}", String.valueOf(param));
            }
            this.method = method;
            this.path = filled;
        }

        static Call get(String template, Object... params) {
            return new Call("GET", template, params);
        }

        static Call post(String template, Object... params) {
            return new Call("POST", template, params);
        }

        static Call put(String template, Object... params) {
            return new Call("PUT", template, params);
        }

        static Call delete(String template, Object... params) {
            return new Call("DELETE", template, params);
        }

        static Call patch(String template, Object... params) {
            return new Call("PATCH", template, params);
        }

        Call query(String name, Object value) {
            query.put(name, String.valueOf(value));
            return this;
        }

        Call body(Object value) {
            body = value;
            return this;
        }

        Call accept(String mediaType) {
            accept = mediaType;
            return this;
        }

        Call ifMatch(String etag) {
            ifMatch = etag;
            return this;
        }

        Call secret(String text) {
            secret = text;
            return this;
        }

        Call tokenFor(Function<Caller, String> token) {
            tokenFor = token;
            return this;
        }

        /**
         * The same call aimed at nothing, in the ways it can be: the last id of the path replaced by a random one; and
         * every id of the body and query (the target of a call on a visible parent, such as a person named in a
         * pledge for a plan both agencies see). What "does not exist" looks like is one of their answers.
         */
        List<Call> aimedAtNothing() {
            List<Call> variants = new ArrayList<>();
            Matcher last = LAST_ID.matcher(path);
            if (last.find()) {
                variants.add(copy(last.replaceFirst(UUID.randomUUID().toString()), body, query));
            }
            String text = body == null ? null : body instanceof String given ? given : json(body);
            boolean inQuery = query.values().stream().anyMatch(value -> ID.matcher(value.toString()).find());
            if (text != null && ID.matcher(text).find() || inQuery) {
                Map<String, Object> randomQuery = new LinkedHashMap<>();
                query.forEach((name, value) -> randomQuery.put(name, randomIds(value.toString())));
                variants.add(copy(path, text == null ? null : randomIds(text), randomQuery));
            }
            return variants;
        }

        private Call copy(String newPath, Object newBody, Map<String, Object> newQuery) {
            Call copy = new Call(method, newPath);
            copy.accept = accept;
            copy.ifMatch = ifMatch;
            copy.tokenFor = tokenFor;
            copy.body = newBody;
            copy.query.putAll(newQuery);
            return copy;
        }

        private static String randomIds(String text) {
            return ID.matcher(text).replaceAll(id -> UUID.randomUUID().toString());
        }

        private static String json(Object value) {
            try {
                return JSON.writeValueAsString(value);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public String toString() {
            return method + " /api/v1" + path + (query.isEmpty() ? "" : " " + query);
        }
    }
}
