package vn.thidua.contract.fuzz;

import static io.restassured.RestAssured.given;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

import vn.thidua.catalog.RuleSetFixtures;
import vn.thidua.catalog.RuleSetStatus;
import vn.thidua.common.Roles;
import vn.thidua.council.CouncilFixtures;
import vn.thidua.council.CouncilRole;
import vn.thidua.decision.PublicDecisionFixtures;
import vn.thidua.integration.DeliveryStatus;
import vn.thidua.integration.WebhookFixtures;
import vn.thidua.testsupport.JsonBody;
import vn.thidua.testsupport.TestOrg;
import vn.thidua.testsupport.TestTokens;

/**
 * The small organisation the fuzzer works in, built through the API: an agency with two departments, people, an
 * issued plan with an open registration window and pledges in several states. It answers which real object a path
 * parameter names (by the path segment before it: {@code /plans/{id}} names a plan), makes a fresh object for an
 * operation that changes it (so that one operation's success does not spoil the next one's target), supplies the
 * values a valid body needs (ids and codes of real things, unique codes, a consistent period), and gives each role
 * set a caller: a real account logged in through {@code /auth/token}.
 */
final class FuzzWorld implements FuzzTargets {

    static final String PASSWORD = "Fuzz-Password-2026!";
    static final String OVERRIDDEN_KEY = "employment.minMonths";
    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final Random random;
    final UUID root = TestOrg.root();
    final UUID agency;
    final UUID faculty;
    final UUID office;
    final String facultyCode;
    /**
     * Values the server or TestOrg made outside the seed that the requests carry (not ids, which the hash blinds by
     * itself), each with the name it reads as in the request hash, in the order they were made.
     */
    final LinkedHashMap<String, String> serverMade = new LinkedHashMap<>();
    final String issuedPlan;
    final String issuedPhase;
    final String sharedPerson;
    final String sharedPledge;
    final String sharedAccount;
    final String loginUsername;
    final String sharedEvaluation;
    private final Map<List<String>, String> tokens = new HashMap<>();

    FuzzWorld(Random random) {
        this.random = random;
        agency = TestOrg.agency("Trường Chính trị (fuzz)");
        faculty = TestOrg.unit(agency, "Khoa Lý luận cơ sở", "DEPARTMENT");
        office = TestOrg.unit(agency, "Phòng Tổ chức - Hành chính", "DEPARTMENT");
        facultyCode = JsonBody.at(admin().get("/api/v1/units/" + faculty).then().statusCode(200).extract(), "code");
        issuedPlan = plan(true);
        issuedPhase = JsonBody.at(board().get("/api/v1/plans/" + issuedPlan).then().extract(), "phases[0].id");
        sharedPerson = person();
        sharedPledge = pledge(sharedPerson, false);
        pledge(person(), true);
        sharedAccount = account(List.of(Roles.MEMBER), faculty);
        overridden(faculty.toString());
        loginUsername = JsonBody.at(admin().get("/api/v1/accounts/" + account(List.of(Roles.MEMBER), faculty)).then()
                .extract(), "username");
        sharedEvaluation = evaluation("");
    }

    // ---- path parameters ---------------------------------------------------------------------------------------

    /**
     * The id for a path parameter. {@code segment} is the collection before it ({@code plans}), {@code rest} what
     * follows it ({@code :issue}, {@code /pledges}); {@code changes} is false for GET.
     */
    @Override
    public String target(String path, String segment, String rest, boolean changes) {
        if (path.startsWith("/api/v1/public/decisions/") || path.startsWith("/api/v1/public/verify/")) {
            return publicDecision(segment);
        }
        return switch (segment) {
            case "units" -> !changes ? faculty.toString()
                    : rest.startsWith("/rule-overrides") ? overridden(unit(false)) : unit(rest.equals(":activate"));
            case "people" -> changes ? person(rest.equals(":activate")) : sharedPerson;
            case "accounts" -> changes ? account(List.of(Roles.MEMBER), faculty) : sharedAccount;
            case "integration-clients" -> client();
            case "plans" -> !changes || rest.startsWith("/pledges") || rest.startsWith("/evaluations") ? issuedPlan
                    : plan(rest.equals(":close") || rest.equals(":cancel"));
            case "phases" -> changes ? draftPhase() : issuedPhase;
            case "pledges" -> changes ? pledge(person(), Set.of(":approve", ":reject", ":return").contains(rest))
                    : sharedPledge;
            // evaluations: a fresh one for a change, in the state its act starts from
            case "evaluations" -> changes ? evaluation(rest) : sharedEvaluation;
            // rule sets: a seeded one to read, a copy in the state the act needs to change; overrides of one key
            case "rule-sets" -> changes ? RuleSetFixtures.copy("LAW2022_ND98", rest.equals(":retire")
                    ? RuleSetStatus.ACTIVE : RuleSetStatus.DRAFT).code() : "LAW2022_ND152";
            case "rule-overrides" -> OVERRIDDEN_KEY;
            // history: a shared record about the shared person to read, a fresh one about a new person to change
            case "annual-assessments", "disciplinary-measures", "disciplinary-proceedings", "initiatives",
                 "award-records" -> changes ? history(segment, person())
                    : sharedHistory.computeIfAbsent(segment, s -> history(s, sharedPerson));
            // councils: a shared council with a member to read and appoint to; a fresh one, or a fresh member, to change
            case "councils" -> changes && !rest.startsWith("/members") ? council(unit(false)) : sharedCouncil();
            case "council-members" -> changes ? councilMember() : sharedCouncilMember();
            // proposals: a shared draft to read; a fresh one for a change, in the state its act starts from; the
            // nominee and dossier part of whichever proposal was named just before
            case "proposals" -> proposal(changes ? rest : null);
            case "nominees" -> lastProposalNominee;
            case "dossier" -> lastProposalPart;
            // council sessions: a draft to read; a fresh one for a change, in the state its act starts from; the
            // agenda item of whichever session was named just before it
            case "council-sessions" -> councilSession(changes ? rest : "");
            case "agenda" -> lastAgendaItem;
            // decisions: a lined draft to read; a fresh one for a change, at the stage its act starts from; the line
            // of whichever decision was named just before it; certificates are read of a shared signed one
            case "decisions" -> changes ? decision(rest) : rest.contains("/certificate") ? signedDecision()
                    : decision(null);
            case "awardees" -> lastAwardee;
            // webhooks: an inactive subscription to a target nobody listens on; to redeliver, a fresh one with a dead
            // delivery; to resume, a fresh paused one
            case "webhooks" -> webhook(changes, rest);
            case "deliveries" -> lastWebhookDelivery;
            // clusters: a shared closed year to read; a fresh cluster in the state the act starts from to change; the
            // year, member, table and sheet of whichever cluster was named just before (ClusterFuzz)
            case "clusters" -> clusters().cluster(changes ? rest : null);
            case "members" -> clusters().member();
            case "leadership", "covenants", "scoring", "meetings" -> clusters().year();
            case "scoring-tables" -> clusters().table();
            case "score-sheets" -> clusters().sheet();
            default -> throw new IllegalStateException("""
                    The contract has %s, whose path parameter names a '%s', and the fuzzer's world has no such \
                    object. Add a fixture for '%s' to FuzzWorld.target (a shared one for reading, a fresh one for \
                    changing), so that fuzzed requests reach the body validation.""".formatted(path, segment, segment));
        };
    }

    @Override
    public String unitCode() {
        return facultyCode;
    }

    /**
     * The current ETag of the object at {@code path} (an action such as {@code :issue}, or a part written on its own
     * such as an evaluation's {@code /review}, stripped), or null.
     */
    String etag(String path, String token) {
        String object = path.replaceFirst("(:[a-z-]+|(?<=/[0-9a-fA-F-]{36})/[a-z-]+)$", "");
        return given().auth().oauth2(token).accept(ContentType.JSON).get(object).then().extract().header("ETag");
    }

    // ---- values for bodies and query parameters ----------------------------------------------------------------

    /** Hints for one operation: a subject without a pledge, unique codes and the like are made once per operation. */
    @Override
    public BodyFuzzer.Hints hints() {
        Map<String, JsonNode> memo = new HashMap<>();
        return (schema, property) -> memo.computeIfAbsent(schema + "." + property, k -> hint(schema, property));
    }

    private JsonNode hint(String schema, String property) {
        String s = schema == null ? "" : schema;
        JsonNode history = historyHint(s, property);
        if (history != null) {
            return history;
        }
        JsonNode council = councilsHint(s, property);
        if (council != null) {
            return council;
        }
        JsonNode session = sessionHint(s, property);
        if (session != null) {
            return session;
        }
        JsonNode decision = decisionHint(s, property);
        if (decision != null) {
            return decision;
        }
        JsonNode proposal = proposalHint(s, property);
        if (proposal != null) {
            return proposal;
        }
        JsonNode webhook = webhookHint(s, property);
        if (webhook != null) {
            return webhook;
        }
        JsonNode cluster = clusters().hint(s, property);
        if (cluster != null) {
            return cluster;
        }
        return switch (property) {
            case "parentId" -> text(s.equals("MoveUnitRequest") ? office : agency);
            // a creation names one subject: the person
            case "unitId" -> s.equals("CreatePledgeRequest") || s.equals("CreateEvaluationRequest")
                    ? MissingNode.getInstance() : text(faculty);
            case "issuingUnitId" -> text(agency);
            case "personId" -> s.equals("CreatePledgeRequest") || s.equals("CreateEvaluationRequest")
                    ? text(person()) : MissingNode.getInstance();
            case "phaseId" -> text(issuedPhase);
            case "code", "number" -> s.equals("PhaseRequest") ? NODES.numberNode(2 + random.nextInt(98))
                    : text(FuzzValues.uniqueCode(random, "FZ"));
            case "username" -> s.equals("TokenRequest") ? text(loginUsername)
                    : text(FuzzValues.uniqueCode(random, "fz").toLowerCase());
            case "password" -> text(PASSWORD);
            case "currentPassword" -> text(PASSWORD);
            case "newPassword" -> text("Fuzz-New-Password-" + random.nextInt(1_000_000) + "!");
            // the password grant with the login account; a client id is a new one, a refresh token a live one
            case "grantType", "clientSecret" -> MissingNode.getInstance();
            case "clientId" -> s.equals("TokenRequest") ? MissingNode.getInstance()
                    : text(FuzzValues.uniqueCode(random, "fc").toLowerCase());
            case "refreshToken" -> s.equals("RefreshTokenRequest") ? text(refreshToken()) : null;
            case "roles" -> NODES.arrayNode().add(Roles.MEMBER);
            case "kind" -> s.contains("Unit") ? text("DEPARTMENT") : null;
            case "unitCode" -> s.endsWith("ImportRow") ? text(facultyCode) : MissingNode.getInstance();
            case "fullName" -> text("Nguyễn Văn Đức");
            case "titles" -> s.equals("UpdatePledgeRequest") ? NODES.arrayNode().add("ADVANCED_WORKER") : null;
            case "personCode" -> s.equals("PledgeImportRow") ? text(personCode(person())) : MissingNode.getInstance();
            case "issuingUnitCode", "participatingUnitIds", "participatingUnitCodes", "registrationOpens",
                 "registrationCloses", "evaluationDeadline" -> MissingNode.getInstance();
            case "startDate" -> text(s.equals("PhaseRequest") ? TODAY.plusDays(61) : TODAY.minusDays(60));
            case "endDate" -> text(s.equals("PhaseRequest") ? TODAY.plusDays(90) : TODAY.plusDays(90));
            case "enabled" -> NODES.booleanNode(true);
            // a rule override: a value of OVERRIDDEN_KEY, for every rule set
            case "value" -> s.equals("RuleOverrideRequest") ? NODES.numberNode(6) : null;
            case "ruleSet" -> s.equals("RuleOverrideRequest") ? MissingNode.getInstance() : null;
            // cash settings: added far past any real decision, so that what the fuzzer adds changes no amount
            case "effectiveFrom" -> text(LocalDate.of(2200, 1, 1).plusDays(random.nextInt(250_000)));
            case "awardCode" -> s.equals("AddAwardCoefficientRequest") ? text("CERTIFICATE_OF_MERIT") : null;
            default -> null;
        };
    }

    /** A valid value for a query parameter that names something, so that filters run against real data. */
    @Override
    public String queryValue(String name) {
        return switch (name) {
            case "unit", "within" -> faculty.toString();
            case "parent", "issuingUnit" -> agency.toString();
            case "phase" -> issuedPhase;
            case "award" -> "PROVINCE_COMMENDATION";
            // reports (and the decision and session filters of the same names): the fuzz agency's faculty and plan
            case "unitId" -> faculty.toString();
            case "planId" -> issuedPlan;
            default -> null;
        };
    }

    // ---- callers -----------------------------------------------------------------------------------------------

    /**
     * A token of a real account of the root unit holding exactly these roles, so that operations on the caller's own
     * account work too; a signed token with the same claims when no such account can be made or log in.
     */
    @Override
    public String token(List<String> contractRoles) {
        return tokens.computeIfAbsent(accountRoles(contractRoles), this::newCaller);
    }

    /** Operations that end every token of their caller's account: each gets an account of its own. */
    private static final Set<String> END_CALLERS_TOKENS = Set.of("logout", "changeOwnPassword");

    @Override
    public String tokenFor(String operationId, List<String> roles) {
        return END_CALLERS_TOKENS.contains(operationId) ? newCaller(accountRoles(roles)) : token(roles);
    }

    /** root_admin is no role an account holds: it is an admin at the root, where every fuzz caller is homed. */
    private static List<String> accountRoles(List<String> contractRoles) {
        return contractRoles.stream().map(role -> Roles.ROOT_ADMIN.equals(role) ? Roles.ADMIN : role).distinct()
                .toList();
    }

    private String newCaller(List<String> r) {
        var created = admin().body(Map.of("username", FuzzValues.uniqueCode(random, "fz").toLowerCase(),
                "password", PASSWORD, "roles", r, "unitId", root.toString())).post("/api/v1/accounts").then()
                .extract();
        if (created.statusCode() == 201) {
            var login = given().contentType(ContentType.JSON)
                    .body(Map.of("username", JsonBody.at(created, "username"), "password", PASSWORD))
                    .post("/api/v1/auth/token").then().extract();
            if (login.statusCode() == 200) {
                return JsonBody.at(login, "accessToken");
            }
        }
        return TestTokens.inUnit(root, r.toArray(String[]::new));
    }

    // ---- objects -----------------------------------------------------------------------------------------------

    private String unit(boolean deactivated) {
        String id = TestOrg.unit(faculty, "Tổ bộ môn " + random.nextInt(1000), "DEPARTMENT").toString();
        if (deactivated) {
            act(admin(), "/api/v1/units/" + id, ":deactivate", null).statusCode(200);
        }
        return id;
    }

    private String person() {
        return person(false);
    }

    private String person(boolean deactivated) {
        String id = JsonBody.at(admin().body(Map.of("code", FuzzValues.uniqueCode(random, "P"), "fullName", "Trần Tuấn Anh",
                "unitId", faculty.toString())).post("/api/v1/people").then().statusCode(201).extract(), "id");
        if (deactivated) {
            act(admin(), "/api/v1/people/" + id, ":deactivate", null).statusCode(200);
        }
        return id;
    }

    private String personCode(String personId) {
        return JsonBody.at(admin().get("/api/v1/people/" + personId).then().extract(), "code");
    }

    private String account(List<String> roles, UUID unit) {
        return JsonBody.at(admin().body(Map.of("username", FuzzValues.uniqueCode(random, "fz").toLowerCase(), "password", PASSWORD,
                        "roles", roles, "unitId", unit.toString()))
                .post("/api/v1/accounts").then().statusCode(201).extract(), "id");
    }

    /** A new integration client of the faculty. */
    private String client() {
        return JsonBody.at(admin().body(Map.of("clientId", FuzzValues.uniqueCode(random, "fc").toLowerCase(),
                        "unitId", faculty.toString()))
                .post("/api/v1/integration-clients").then().statusCode(201).extract(), "client.id");
    }

    /**
     * The refresh token of a new login of the login account: random bits of the server's, so it is named in
     * {@link #serverMade} for the request hash to read alike in every run of a seed.
     */
    private String refreshToken() {
        String token = JsonBody.at(given().contentType(ContentType.JSON)
                .body(Map.of("username", loginUsername, "password", PASSWORD)).post("/api/v1/auth/token").then()
                .statusCode(200).extract(), "refreshToken");
        serverMade.put(token, "(refresh token " + serverMade.size() + ")");
        return token;
    }

    /** A plan of the agency with one phase (registration open today); issued or still a draft. */
    private String plan(boolean issued) {
        Map<String, Object> phase = new HashMap<>();
        phase.put("number", 1);
        phase.put("name", "Đợt 1");
        phase.put("startDate", TODAY.minusDays(30).toString());
        phase.put("endDate", TODAY.plusDays(60).toString());
        phase.put("registrationOpens", TODAY.minusDays(5).toString());
        phase.put("registrationCloses", TODAY.plusDays(5).toString());
        Map<String, Object> plan = new HashMap<>();
        plan.put("number", FuzzValues.uniqueCode(random, "KH"));
        plan.put("title", "Kế hoạch thi đua");
        plan.put("issuingUnitId", agency.toString());
        plan.put("issuedOn", TODAY.minusDays(31).toString());
        plan.put("kind", "ANNUAL");
        plan.put("startDate", TODAY.minusDays(60).toString());
        plan.put("endDate", TODAY.plusDays(90).toString());
        plan.put("signer", Map.of("name", "Lường Văn Thành", "position", "Hiệu trưởng"));
        plan.put("movements", List.of(Map.of("key", "GD5T", "name", "Giảng dạy tốt, nghiên cứu tốt")));
        plan.put("phases", List.of(phase));
        String id = JsonBody.at(board().body(plan).post("/api/v1/plans").then().statusCode(201).extract(), "id");
        if (issued) {
            act(board(), "/api/v1/plans/" + id, ":issue", null).statusCode(200);
        }
        return id;
    }

    private String draftPhase() {
        return JsonBody.at(board().get("/api/v1/plans/" + plan(false)).then().extract(), "phases[0].id");
    }

    /** A draft pledge of the person in the issued plan, or one already submitted. */
    private String pledge(String personId, boolean submitted) {
        String id = JsonBody.at(board().body(Map.of("subjectKind", "PERSON", "personId", personId, "phaseId", issuedPhase,
                        "titles", List.of("ADVANCED_WORKER"),
                        "commitments", List.of(Map.of("movementKey", "GD5T", "text", "Giảng đủ giờ chuẩn"))))
                .post("/api/v1/plans/" + issuedPlan + "/pledges").then().statusCode(201).extract(), "id");
        if (submitted) {
            act(board(), "/api/v1/pledges/" + id, ":submit", Map.of()).statusCode(200);
        }
        return id;
    }

    /**
     * An evaluation of a new person in the issued phase, brought to where the act {@code rest} starts: a draft for the
     * self-assessment, written for {@code :self-assess}, self-assessed for the review and {@code :return}, its review
     * written for {@code :review}, reviewed for {@code :submit}.
     */
    private String evaluation(String rest) {
        int step = switch (rest) {
            case ":self-assess" -> 1;
            case "/review", ":return" -> 2;
            case ":review" -> 3;
            case ":submit" -> 4;
            default -> 0;
        };
        String id = JsonBody.at(board().body(Map.of("personId", person(), "phaseId", issuedPhase))
                .post("/api/v1/plans/" + issuedPlan + "/evaluations").then().statusCode(201).extract(), "id");
        String path = "/api/v1/evaluations/" + id;
        if (step >= 1) {
            board().header("If-Match", "\"0\"").body(Map.of("achievements", "Hoàn thành tốt nhiệm vụ"))
                    .put(path + "/self-assessment").then().statusCode(200);
        }
        if (step >= 2) {
            act(board(), path, ":self-assess", null).statusCode(200);
        }
        if (step >= 3) {
            board().header("If-Match", "\"2\"").body(Map.of("meetingDate", TODAY.minusDays(1).toString(),
                    "votesFor", 9, "votesAgainst", 0, "votesTotal", 10)).put(path + "/review").then().statusCode(200);
        }
        if (step >= 4) {
            act(board(), path, ":review", null).statusCode(200);
        }
        return id;
    }

    /** The unit, with its own value of {@link #OVERRIDDEN_KEY} for every rule set. */
    private String overridden(String unitId) {
        admin().body(Map.of("value", 8, "reason", "Fuzz")).put("/api/v1/units/" + unitId + "/rule-overrides/"
                + OVERRIDDEN_KEY).then().statusCode(201);
        return unitId;
    }

    // ---- history -----------------------------------------------------------------------------------------------

    /** History records to read, by collection, made on first use. */
    private final Map<String, String> sharedHistory = new HashMap<>();

    /** A new record of the collection about the person, made by the agency's board with a decision of its own. */
    private String history(String collection, String personId) {
        String decision = FuzzValues.uniqueCode(random, "QĐ");
        Map<String, Object> body = switch (collection) {
            case "annual-assessments" -> Map.of("personId", personId, "year", 2024, "rating", "GOOD");
            case "disciplinary-measures" -> Map.of("personId", personId, "measure", "REPRIMAND",
                    "decidedOn", "2023-05-10", "servedUntil", "2024-05-09", "decisionNumber", decision);
            case "disciplinary-proceedings" -> Map.of("personId", personId, "kind", "INSPECTION",
                    "openedOn", "2025-09-01");
            case "initiatives" -> Map.of("kind", "INITIATIVE", "title", "Sáng kiến " + decision,
                    "authorIds", List.of(personId), "recognisedBy", "Hội đồng sáng kiến", "decisionNumber", decision,
                    "recognisedOn", "2024-11-20", "level", "BASE");
            default -> Map.of("personId", personId, "year", 2023, "awardCode", "GRASSROOTS_EMULATION_FIGHTER",
                    "decisionNumber", decision);
        };
        return JsonBody.at(board().body(body).post("/api/v1/" + collection).then().statusCode(201).extract(), "id");
    }

    /**
     * The history bodies' own hints: a new record is about a new person (or written by one), and so is an import
     * row; null where the general hints apply.
     */
    private JsonNode historyHint(String schema, String property) {
        boolean created = Set.of("CreateAnnualAssessmentRequest", "CreateDisciplinaryMeasureRequest",
                "CreateDisciplinaryProceedingRequest", "CreateAwardRecordRequest").contains(schema);
        boolean imported = Set.of("AnnualAssessmentImportRow", "DisciplinaryMeasureImportRow",
                "DisciplinaryProceedingImportRow", "AwardRecordImportRow").contains(schema);
        return switch (property) {
            case "personId" -> created ? text(person()) : null;
            case "personCode" -> imported ? text(personCode(person())) : null;
            case "authorIds" -> schema.equals("InitiativeRequest") ? NODES.arrayNode().add(person()) : null;
            case "authorCodes" -> schema.equals("InitiativeImportRow")
                    ? NODES.arrayNode().add(personCode(person())) : null;
            default -> null;
        };
    }

    private static ValidatableResponse act(RequestSpecification as, String object, String action, Object body) {
        String etag = TestOrg.asRootAdmin().get(object).then().statusCode(200).extract().header("ETag");
        RequestSpecification request = as.header("If-Match", etag);
        if (body != null) {
            request = request.body(body);
        }
        return request.post(object + action).then();
    }

    private RequestSpecification admin() {
        return TestOrg.as(root, Roles.ADMIN);
    }

    private RequestSpecification board() {
        return TestOrg.as(agency, Roles.BOARD);
    }

    private static JsonNode text(Object value) {
        return NODES.textNode(value.toString());
    }

    // ---- councils ----------------------------------------------------------------------------------------------

    private String sharedCouncil;
    private String sharedCouncilMember;

    private String sharedCouncil() {
        if (sharedCouncil == null) {
            sharedCouncil = council(agency.toString());
            sharedCouncilMember = councilMember();
        }
        return sharedCouncil;
    }

    private String sharedCouncilMember() {
        sharedCouncil();
        return sharedCouncilMember;
    }

    /** The council of the unit (the shared one is the agency's, whose faculty's accounts may sit on it). */
    private String council(String unitId) {
        return JsonBody.at(board().body(Map.of("unitId", unitId, "name", "Hội đồng Thi đua - Khen thưởng"))
                .post("/api/v1/councils").then().statusCode(201).extract(), "id");
    }

    /** A new account of the faculty, appointed to the shared council from the first day of 2026. */
    private String councilMember() {
        return JsonBody.at(board().body(Map.of("accountId", account(List.of(Roles.COUNCIL), faculty), "role", "MEMBER",
                        "validFrom", "2026-01-01")).post("/api/v1/councils/" + sharedCouncil() + "/members").then()
                .statusCode(201).extract(), "id");
    }

    /** A new council is of a unit without one; an appointment is of an account without a seat. */
    private JsonNode councilsHint(String schema, String property) {
        return switch (property) {
            case "unitId" -> schema.equals("CreateCouncilRequest") ? text(unit(false)) : null;
            case "accountId" -> schema.equals("AddCouncilMemberRequest")
                    ? text(account(List.of(Roles.COUNCIL), faculty)) : null;
            default -> null;
        };
    }

    // ---- council sessions --------------------------------------------------------------------------------------

    private CouncilFixtures council;
    private CouncilFixtures.Voter chair;
    private String sharedSession;
    private String sharedItem;
    private String lastAgendaItem;

    /** The sessions' council, made once: a unit of its own (the agency's council is the councils' operations' one). */
    private CouncilFixtures sessionsCouncil() {
        if (council == null) {
            council = new CouncilFixtures(UUID.fromString(unit(false)));
            chair = council.member(CouncilRole.CHAIR, "Lường Văn Thành", council.department, null, Roles.COUNCIL);
        }
        return council;
    }

    private final Map<String, String> voted = new java.util.HashMap<>();

    /**
     * A person whom a closed 2024 session of the sessions' council passed for {@code awardCode}, its chair approving:
     * the vote a nomination rests on. One per award, made once: every fresh proposal may nominate the same person.
     */
    private String voted(String awardCode) {
        return voted.computeIfAbsent(awardCode, this::passedByCouncil);
    }

    private String passedByCouncil(String awardCode) {
        String person = person();
        sessionsCouncil().passed(UUID.fromString(person), awardCode, List.of(chair));
        return person;
    }

    /**
     * A session of the agency's council for the act {@code rest} (empty: the shared draft to read): voting open for
     * ballots, tallies (on paper) and closing the vote, counted for settling and closing, ready for opening the vote,
     * a plan session for adding a unit's candidates, a draft otherwise. Remembers its agenda item.
     */
    private String councilSession(String rest) {
        sessionsCouncil();
        if (rest.isEmpty() && sharedSession != null) {
            lastAgendaItem = sharedItem;
            return sharedSession;
        }
        String state = rest.startsWith("/ballots") || rest.equals(":close-voting") ? "voting"
                : rest.endsWith("/tally") ? "paper" : rest.equals("/quota-ties:settle") || rest.equals(":close")
                        ? "counted" : rest.equals(":open-voting") ? "ready" : "draft";
        String id = rest.equals("/agenda:add-from-unit")
                ? council.session(council.planId, null, java.time.OffsetDateTime.now(), "BALLOT")
                : council.session2024();
        String name = "Nguyễn Văn Đức";
        lastAgendaItem = council.item(id, council.evaluation(council.person(name), name,
                "GRASSROOTS_EMULATION_FIGHTER"), "GRASSROOTS_EMULATION_FIGHTER", state.equals("paper") ? "PAPER" : null);
        if (!state.equals("draft")) {
            council.attendance(id, List.of(chair), List.of());
        }
        if (state.equals("voting") || state.equals("paper") || state.equals("counted")) {
            council.act(id, "open-voting").statusCode(200);
        }
        if (state.equals("counted")) {
            CouncilFixtures.vote(chair, id, lastAgendaItem, "APPROVE");
            council.act(id, "close-voting").statusCode(200);
        }
        if (rest.isEmpty()) {
            sharedSession = id;
            sharedItem = lastAgendaItem;
        }
        return id;
    }

    /** The session bodies' own hints: the sessions' council, a real candidate, the item and member just made. */
    private JsonNode sessionHint(String schema, String property) {
        if (!schema.contains("Council")) {
            return null;
        }
        if (council == null) {
            councilSession("");
        }
        return switch (property) {
            case "councilId" -> text(council.council);
            case "unitId" -> schema.equals("AddCouncilAgendaFromUnitRequest") ? text(council.department) : null;
            case "evaluationId" -> text(council.evaluation(council.person("Trần Tuấn Anh"), "Trần Tuấn Anh",
                    "GRASSROOTS_EMULATION_FIGHTER"));
            case "awardCode" -> text("GRASSROOTS_EMULATION_FIGHTER");
            case "itemId" -> text(lastAgendaItem);
            case "memberId" -> text(chair.memberId());
            case "planId" -> text(council.planId);
            case "year" -> NODES.numberNode(2024);
            default -> null;
        };
    }

    // ---- public decisions --------------------------------------------------------------------------------------

    private PublicDecisionFixtures.Made publicDecision;

    /** A published decision of the agency, written by SQL once: its id for the decision, its first line's code. */
    private String publicDecision(String segment) {
        if (publicDecision == null) {
            publicDecision = PublicDecisionFixtures.award(agency, PublicDecisionFixtures.Stage.PUBLISHED, 2024,
                    "Quyết định tặng danh hiệu Chiến sĩ thi đua cơ sở", List.of(PublicDecisionFixtures.Line.person(
                            faculty, "Nguyễn Văn Đức", "Khoa Lý luận cơ sở")));
        }
        return segment.equals("verify") ? publicDecision.codes().get(0) : publicDecision.id().toString();
    }

    // ---- decisions ---------------------------------------------------------------------------------------------

    private String sharedDecision;
    private String sharedAwardee;
    private String lastAwardee;
    private String closedSession;

    /**
     * A Giấy khen decision of the agency for 2024 for the act {@code rest} (null: the shared lined draft to read):
     * signed for publishing and revoking, its line revoked for recording a recovery, a draft with a line otherwise.
     * Remembers its line.
     */
    private String decision(String rest) {
        if (rest == null && sharedDecision != null) {
            lastAwardee = sharedAwardee;
            return sharedDecision;
        }
        RequestSpecification board = board();
        String id = JsonBody.at(board.body(Map.of("awardCode", "CERTIFICATE_OF_MERIT", "title", "Về việc tặng Giấy khen",
                "year", 2024, "decisionDate", "2024-12-30", "signerName", "Lường Văn Thành", "signerPosition",
                "Hiệu trưởng")).post("/api/v1/decisions").then().statusCode(201).extract(), "id");
        lastAwardee = JsonBody.at(board().body(Map.of("subjectKind", "PERSON", "subjectId", person()))
                .post("/api/v1/decisions/" + id + "/awardees").then().statusCode(201).extract(), "id");
        boolean signed = rest != null && (rest.equals(":publish") || rest.equals(":revoke")
                || rest.endsWith("/recovery"));
        if (signed) {
            String etag = board().get("/api/v1/decisions/" + id).then().extract().header("ETag");
            TestOrg.as(agency, Roles.LEADER).header("If-Match", etag).body(Map.of("decisionDate", "2024-12-30"))
                    .post("/api/v1/decisions/" + id + ":sign").then().statusCode(200);
        }
        if (rest != null && rest.endsWith("/recovery")) {
            String etag = board().get("/api/v1/decisions/" + id).then().extract().header("ETag");
            TestOrg.as(agency, Roles.LEADER).header("If-Match", etag).body(Map.of("ground", "FORGED_DOSSIER",
                    "reason", "Hồ sơ giả mạo", "decisionDate", "2024-12-31", "signerName", "Lường Văn Thành",
                    "signerPosition", "Hiệu trưởng")).post("/api/v1/decisions/" + id + ":revoke").then()
                    .statusCode(201);
        }
        if (rest == null) {
            sharedDecision = id;
            sharedAwardee = lastAwardee;
        }
        return id;
    }

    private String sharedSigned;
    private String sharedSignedAwardee;

    /** The shared signed decision, whose certificates can be printed; remembers its line. */
    private String signedDecision() {
        if (sharedSigned == null) {
            sharedSigned = decision(":publish");
            sharedSignedAwardee = lastAwardee;
        }
        lastAwardee = sharedSignedAwardee;
        return sharedSigned;
    }

    /** A closed session of the fuzz council, whose results a decision's lines come from. */
    private String closedSession() {
        if (closedSession == null) {
            closedSession = councilSession(":close");
            council.act(closedSession, "close").statusCode(200);
        }
        return closedSession;
    }

    /** The decision bodies' own hints: a form the agency awards, 2024, a person of the faculty, the closed session. */
    private static final Set<String> DECISION_BODIES = Set.of("CreateDecisionRequest", "UpdateDecisionRequest",
            "AddAwardeeRequest", "AddAwardeesFromSessionRequest", "UpdateAwardeeRequest", "SignDecisionRequest",
            "RevokeDecisionRequest", "AwardeeRecoveryRequest");

    private JsonNode decisionHint(String schema, String property) {
        if (!DECISION_BODIES.contains(schema)) {
            return null;
        }
        return switch (property) {
            case "unitId" -> text(agency);
            case "awardCode" -> text("CERTIFICATE_OF_MERIT");
            case "awardCodes" -> NODES.arrayNode().add("CERTIFICATE_OF_MERIT");
            case "year" -> NODES.numberNode(2024);
            case "decisionDate" -> text(schema.equals("RevokeDecisionRequest") ? "2024-12-31" : "2024-12-30");
            case "recoveredOn", "itemRecoveredOn" -> text("2024-12-31");
            case "subjectKind" -> text("PERSON");
            case "subjectId" -> text(person());
            case "councilSessionId" -> schema.equals("AddAwardeesFromSessionRequest") ? text(closedSession())
                    : MissingNode.getInstance();
            case "planId", "phaseId", "evaluationId", "awardeeIds", "number" -> MissingNode.getInstance();
            default -> null;
        };
    }

    // ---- proposals ---------------------------------------------------------------------------------------------

    private String sharedProposal;
    private String sharedProposalNominee;
    private String sharedProposalPart;
    private String lastProposalNominee;
    private String lastProposalPart;

    /**
     * A proposal of the agency for 2024 with a nominee (a new person as Bằng khen of the province) and the list: the
     * shared draft to read (rest null), or a fresh one in the state the act {@code rest} starts from. Remembers its
     * nominee and part.
     */
    private String proposal(String rest) {
        if (rest == null && sharedProposal != null) {
            lastProposalNominee = sharedProposalNominee;
            lastProposalPart = sharedProposalPart;
            return sharedProposal;
        }
        String state = rest == null ? "draft" : switch (rest) {
            case ":send" -> "complete";
            case ":receive", ":return" -> "sent";
            case ":record-decision" -> "received";
            default -> "draft";
        };
        String id = JsonBody.at(board().body(Map.of("toAuthorityName", "Chủ tịch UBND tỉnh", "year", 2024,
                "title", "Tờ trình đề nghị khen thưởng")).post("/api/v1/proposals").then().statusCode(201).extract()
                , "id");
        String base = "/api/v1/proposals/" + id;
        // a proposal a decision will award needs a person not awarded yet; the others may share one
        String nominee = state.equals("received") ? passedByCouncil("PROVINCE_COMMENDATION")
                : voted("PROVINCE_COMMENDATION");
        lastProposalNominee = JsonBody.at(board().body(Map.of("subjectKind", "PERSON", "personId", nominee,
                "awardCode", "PROVINCE_COMMENDATION")).post(base + "/nominees").then().statusCode(201).extract()
                , "id");
        lastProposalPart = proposalPart(base, "LIST", null);
        if (!state.equals("draft")) {
            proposalPart(base, "MINUTES", null);
            proposalPart(base, "ACHIEVEMENT_REPORT", lastProposalNominee);
        }
        if (state.equals("sent") || state.equals("received")) {
            act(board(), base, ":send", Map.of("number", FuzzValues.uniqueCode(random, "TTr"), "sentOn",
                    "2025-01-10", "signerName", "Lường Văn Thành", "signerPosition", "Hiệu trưởng")).statusCode(200);
        }
        if (state.equals("received")) {
            act(TestOrg.as(root, Roles.BOARD), base, ":receive", null).statusCode(200);
        }
        if (rest == null) {
            sharedProposal = id;
            sharedProposalNominee = lastProposalNominee;
            sharedProposalPart = lastProposalPart;
        }
        return id;
    }

    private String proposalPart(String proposal, String kind, String nominee) {
        Map<String, Object> body = new HashMap<>(Map.of("kind", kind, "title", "Hồ sơ " + kind,
                "url", "https://laichau.gov.vn/files/ho-so.pdf"));
        if (nominee != null) {
            body.put("nomineeId", nominee);
        }
        return JsonBody.at(board().body(body).post(proposal + "/dossier").then().statusCode(201).extract(), "id");
    }

    /** The proposal bodies' own hints: the agency, a new person of it, the nominee just made, a provincial award. */
    private JsonNode proposalHint(String schema, String property) {
        if (!schema.contains("Proposal")) {
            return null;
        }
        return switch (property) {
            case "unitId" -> schema.equals("CreateProposalRequest") ? text(agency) : MissingNode.getInstance();
            case "toUnitId", "authorityUnitId", "evaluationId" -> MissingNode.getInstance();
            case "planId" -> text(issuedPlan);
            case "year" -> NODES.numberNode(2024);
            case "personId" -> text(person());
            case "subjectKind" -> text("PERSON");
            case "awardCode" -> text("PROVINCE_COMMENDATION");
            case "authorityLevel" -> text("PROVINCE");
            case "nomineeId" -> lastProposalNominee == null ? MissingNode.getInstance() : text(lastProposalNominee);
            case "sessionId" -> text(councilSession(""));
            default -> null;
        };
    }

    // ---- webhooks ----------------------------------------------------------------------------------------------

    private String sharedWebhook;
    private String lastWebhookDelivery;

    /** The shared subscription to read, or a fresh one in the state the act {@code rest} needs; remembers a delivery. */
    private String webhook(boolean changes, String rest) {
        if (!changes && sharedWebhook != null) {
            return sharedWebhook;
        }
        String id = rest.equals(":resume") ? WebhookFixtures.paused(faculty).id() : WebhookFixtures.idle(faculty).id();
        lastWebhookDelivery = WebhookFixtures.delivery(id, DeliveryStatus.DEAD);
        if (!changes) {
            sharedWebhook = id;
        }
        return id;
    }

    /** The webhook bodies' own hints: inactive, to a target nobody listens on, with the generated secret. */
    private JsonNode webhookHint(String schema, String property) {
        if (!schema.contains("Webhook")) {
            return null;
        }
        return switch (property) {
            case "url" -> text(WebhookFixtures.NOWHERE);
            case "eventTypes" -> NODES.arrayNode().add("unit.*");
            case "active" -> NODES.booleanNode(false);
            case "secret" -> MissingNode.getInstance();
            default -> null;
        };
    }

    // ---- clusters ----------------------------------------------------------------------------------------------

    private ClusterFuzz clusters;

    private ClusterFuzz clusters() {
        if (clusters == null) {
            clusters = new ClusterFuzz(agency);
        }
        return clusters;
    }
}
