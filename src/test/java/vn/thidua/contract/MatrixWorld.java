package vn.thidua.contract;

import static io.restassured.RestAssured.given;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
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
import vn.thidua.testsupport.TestAccounts;
import vn.thidua.testsupport.TestOrg;
import vn.thidua.testsupport.TestTokens;

/**
 * The data the authorization matrix calls on, made through the API: two sibling agencies under the root, each with a
 * department and people, an account, plans and pledges. Agency A holds every target; agency B is the sibling whose
 * callers are out of scope. Shared objects serve the reads; the {@code fresh...} makers serve the acts, which consume
 * their target (an issued plan cannot be issued twice).
 *
 * <p>The member of agency A is {@link #personA}: every object a member may own (their person record, their pledges)
 * belongs to personA, and {@link #otherA} is the colleague who owns none of them.
 */
final class MatrixWorld {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
    static final String TITLE = "ADVANCED_WORKER";
    static final String MOVEMENT = "GD5T";

    /** A created object: its id, its current ETag, and the text that only its representation carries. */
    record Made(String id, String etag, String secret) {
    }

    /** A plan, with its first phase. */
    record PlanMade(String id, String etag, String number, String phaseId, String phaseEtag) {
    }

    /** A person; {@code code} and {@code fullName} are unique to them. */
    record PersonMade(String id, String etag, String code, String fullName) {
    }

    final UUID root = TestOrg.root();
    final UUID agencyA = TestOrg.agency("Trường Chính trị A");
    final UUID agencyB = TestOrg.agency("Trường Chính trị B");
    final Made departmentA = unit(agencyA);
    final Made departmentB = unit(agencyB);
    final PersonMade personA = person(departmentA.id(), true);
    final PersonMade otherA = person(departmentA.id(), true);
    final PersonMade personB = person(departmentB.id(), true);
    final Made accountA = account(agencyA, Roles.MEMBER);
    final PlanMade issuedPlanA = plan(agencyA, List.of(), true);
    /** Issued by the root with both agencies taking part, so each sees the plan but only its own pledges. */
    final PlanMade sharedPlan = sharedIssuedPlan();
    final Made pledgeA = pledge(sharedPlan, true);
    // --- evaluations: personA's, in the shared plan
    final Made evaluationA = evaluation(sharedPlan, "draft");
    // --- rule sets: a department of agency A with an override of its own ---
    static final String OVERRIDDEN_KEY = "advancedCollective.minShare";
    final Made ruleOverrideA = freshRuleOverride();
    // --- history: one record of each kind about personA (the secret is its note), and an award of departmentA ---
    final Made assessmentA = history("annual-assessments", personA.id());
    final Made measureA = history("disciplinary-measures", personA.id());
    final Made proceedingA = history("disciplinary-proceedings", personA.id());
    final Made initiativeA = history("initiatives", personA.id());
    final Made awardA = history("award-records", personA.id());
    final Made unitAwardA = history("award-records", null);
    /** The people {@link #voted} made, by award: declared before the fields whose making needs them. */
    private final Map<String, PersonMade> voted = new java.util.HashMap<>();

    // --- councils: agency A's council (secret: its name) and a seat on it held by an account of departmentA with
    // the role member only (secret: its user name), whose real login reads the council as one of its members ---
    final Made councilA = council(agencyA);
    final Made councilSeatA = freshCouncilMember();
    // --- council sessions: departmentA's council (agency A's is the councils' block's), whose chair and secretary vote ---
    final CouncilFixtures sessionsA = new CouncilFixtures(UUID.fromString(departmentA.id()));
    final CouncilFixtures.Voter chairA = sessionsA.member(CouncilRole.CHAIR, "Lường Văn Thành", sessionsA.department,
            null, Roles.COUNCIL);
    final CouncilFixtures.Voter secretaryA = sessionsA.member(CouncilRole.SECRETARY, "Lò Thị Hương",
            sessionsA.department, null, Roles.COUNCIL);
    // --- proposals: agency A's draft to the province with one nominee and one dossier part (secret: the authority) ---
    final ProposalMade proposalA = freshProposal("draft");
    final SessionMade sessionA = freshSession("draft");
    // --- public decisions: a published decision of agency A (written by SQL), naming one person of departmentA by a
    // name no other object carries (the secret of its reads) ---
    final String publicAwardeeA = "Lò Văn " + givenName();
    final PublicDecisionFixtures.Made publicDecisionA = PublicDecisionFixtures.award(agencyA,
            PublicDecisionFixtures.Stage.PUBLISHED, 2024, "Quyết định tặng danh hiệu Chiến sĩ thi đua cơ sở",
            List.of(PublicDecisionFixtures.Line.person(UUID.fromString(departmentA.id()), publicAwardeeA,
                    "Phòng " + departmentA.secret())));

    // --- integrations: agency A's inactive webhook subscription (secret: its description), a dead delivery of it (the
    // delivery log's secret: its id), and the feed cursor just before the subscription's creation event ---
    final WebhookFixtures.Made webhookA = WebhookFixtures.idle(agencyA);
    final String webhookDeliveryA = WebhookFixtures.delivery(webhookA.id(), DeliveryStatus.DEAD);
    final String beforeWebhookA = WebhookFixtures.cursorBefore(webhookA.id());
    // --- clusters: a province under agency A organises them; agency A heads 2022 of the shared cluster, whose year is
    // closed, with an external school as the other member (see ClusterMatrix) ---
    final ClusterMatrix clustersA = new ClusterMatrix(agencyA);

    // --- fresh targets ------------------------------------------------------------------------------------------

    Made freshUnit(boolean active) {
        Made unit = unit(departmentA.id());
        if (active) {
            return unit;
        }
        Response deactivated = rootAdmin().header("If-Match", unit.etag())
                .post("/api/v1/units/" + unit.id() + ":deactivate");
        return new Made(unit.id(), ok(deactivated).header("ETag"), unit.secret());
    }

    PersonMade freshPerson(boolean active) {
        return person(departmentA.id(), active);
    }

    Made freshAccount() {
        return account(agencyA, Roles.MEMBER);
    }

    PlanMade freshDraftPlanA() {
        return plan(agencyA, List.of(), false);
    }

    PlanMade freshIssuedPlanA() {
        return plan(agencyA, List.of(), true);
    }

    /** A new plan shared by both agencies, issued, with no pledge yet. */
    PlanMade freshSharedPlan() {
        return sharedIssuedPlan();
    }

    /** A pledge of personA in a new shared plan: a draft, or submitted. */
    Made freshPledge(boolean submitted) {
        return pledge(sharedIssuedPlan(), submitted);
    }

    // --- evaluations ---------------------------------------------------------------------------------------------

    /** How far {@link #freshEvaluation} takes an evaluation: each step includes those before it. */
    static final List<String> EVALUATION_STEPS = List.of("draft", "written", "self-assessed", "review-written",
            "reviewed");

    /** personA's evaluation in a new shared plan, taken by the board of agency A up to {@code step}. */
    Made freshEvaluation(String step) {
        return evaluation(sharedIssuedPlan(), step);
    }

    /** A new shared plan in which personA's pledge is approved, and no evaluation is open yet. */
    PlanMade freshPlanWithApprovedPledge() {
        PlanMade plan = sharedIssuedPlan();
        Made pledge = pledge(plan, true);
        ok(TestOrg.as(agencyA, Roles.BOARD).header("If-Match", pledge.etag())
                .post("/api/v1/pledges/" + pledge.id() + ":approve"));
        return plan;
    }

    static Map<String, Object> reviewBody() {
        return Map.of("proposedTitles", List.of(TITLE), "meetingDate", TODAY.minusDays(1).toString(),
                "votesFor", 18, "votesAgainst", 1, "votesTotal", 20,
                "attestations", Map.of("SOLIDARITY_AND_MOVEMENTS", Map.of("attested", true)));
    }

    private Made evaluation(PlanMade plan, String step) {
        int upTo = EVALUATION_STEPS.indexOf(step);
        Response created = TestOrg.as(agencyA, Roles.BOARD).body(Map.of("personId", personA.id()))
                .post("/api/v1/plans/" + plan.id() + "/evaluations");
        String id = JsonBody.at(created(created), "id");
        String etag = created.header("ETag");
        String path = "/api/v1/evaluations/" + id;
        if (upTo >= 1) {
            etag = ok(TestOrg.as(agencyA, Roles.BOARD).header("If-Match", etag)
                    .body(Map.of("achievements", "Hoàn thành xuất sắc nhiệm vụ")).put(path + "/self-assessment"))
                    .header("ETag");
        }
        if (upTo >= 2) {
            etag = ok(TestOrg.as(agencyA, Roles.BOARD).header("If-Match", etag).post(path + ":self-assess"))
                    .header("ETag");
        }
        if (upTo >= 3) {
            etag = ok(TestOrg.as(agencyA, Roles.BOARD).header("If-Match", etag).body(reviewBody())
                    .put(path + "/review")).header("ETag");
        }
        if (upTo >= 4) {
            etag = ok(TestOrg.as(agencyA, Roles.BOARD).header("If-Match", etag).post(path + ":review"))
                    .header("ETag");
        }
        return new Made(id, etag, personA.fullName());
    }

    String uniqueCode(String prefix) {
        return TestOrg.uniqueCode(prefix);
    }

    /** A real login of a new built-in account holding {@code role} in {@code unit}. */
    String loginOfNewAccount(String role, UUID unit) {
        return TestAccounts.login(TestAccounts.create(unit, role), TestAccounts.PASSWORD);
    }

    /** The refresh token of a new login of a new account of agency A (each can be exchanged once). */
    String refreshTokenOfNewLogin() {
        return JsonBody.at(given().contentType(ContentType.JSON).body(Map.of("username",
                TestAccounts.create(agencyA, Roles.MEMBER), "password", TestAccounts.PASSWORD))
                .post("/api/v1/auth/token").then().statusCode(200).extract(), "refreshToken");
    }

    /** A new integration client of agency A; its secret (for the matrix) is its client id. */
    Made freshClient() {
        String clientId = "mc-" + UUID.randomUUID().toString().substring(0, 12);
        Response created = rootAdmin().body(Map.of("clientId", clientId, "unitId", agencyA.toString()))
                .post("/api/v1/integration-clients");
        return new Made(JsonBody.at(created(created), "client.id"), created.header("ETag"), clientId);
    }

    // --- makers -------------------------------------------------------------------------------------------------

    private Made unit(Object parent) {
        String code = uniqueCode("MX");
        Response created = rootAdmin().body(Map.of("code", code, "name", "Phòng " + code, "kind", "DEPARTMENT",
                "parentId", parent.toString())).post("/api/v1/units");
        return new Made(JsonBody.at(created(created), "id"), created.header("ETag"), code);
    }

    private PersonMade person(String unitId, boolean active) {
        String code = uniqueCode("MXP");
        String fullName = "Lò Văn " + givenName();
        Response created = rootAdmin().body(Map.of("code", code, "fullName", fullName, "unitId", unitId))
                .post("/api/v1/people");
        String id = JsonBody.at(created(created), "id");
        String etag = created.header("ETag");
        String name = JsonBody.at(created, "fullName");
        if (!active) {
            etag = ok(rootAdmin().header("If-Match", etag).post("/api/v1/people/" + id + ":deactivate")).header("ETag");
        }
        return new PersonMade(id, etag, code, name);
    }

    /** Letters only, so that the name is a valid given name and unique enough to be searched for in any body. */
    private static String givenName() {
        StringBuilder name = new StringBuilder("X");
        for (char c : UUID.randomUUID().toString().replace("-", "").substring(0, 8).toCharArray()) {
            name.append((char) ('a' + Character.digit(c, 16)));
        }
        return name.toString();
    }

    private Made account(UUID unit, String role) {
        String username = "mx-" + UUID.randomUUID().toString().substring(0, 12);
        Response created = rootAdmin().body(Map.of("username", username, "password", TestAccounts.PASSWORD,
                "roles", List.of(role), "unitId", unit.toString())).post("/api/v1/accounts");
        return new Made(JsonBody.at(created(created), "id"), created.header("ETag"), username);
    }

    private PlanMade sharedIssuedPlan() {
        return plan(root, List.of(agencyA.toString(), agencyB.toString()), true);
    }

    private PlanMade plan(UUID issuer, List<String> participants, boolean issue) {
        String number = UUID.randomUUID().toString().substring(0, 8) + "-KH";
        Map<String, Object> body = planBody(issuer, number, "Kế hoạch thi đua " + number);
        body.put("participatingUnitIds", participants);
        body.put("phases", List.of(phase(1, TODAY.minusDays(30), TODAY.plusDays(60), TODAY.minusDays(5),
                TODAY.plusDays(5))));
        RequestSpecification board = TestOrg.as(issuer, Roles.BOARD);
        Response created = board.body(body).post("/api/v1/plans");
        Response plan = issue ? ok(TestOrg.as(issuer, Roles.BOARD).header("If-Match", created(created).header("ETag"))
                .post("/api/v1/plans/" + JsonBody.at(created, "id") + ":issue")) : created(created);
        int phaseVersion = JsonBody.at(plan, "phases[0].version");
        return new PlanMade(JsonBody.at(plan, "id"), plan.header("ETag"), number, JsonBody.at(plan, "phases[0].id"),
                "\"" + phaseVersion + "\"");
    }

    private Made pledge(PlanMade plan, boolean submitted) {
        RequestSpecification author = TestOrg.as(agencyA, Roles.BOARD);
        Response created = author.body(pledgeBody(personA.id()))
                .post("/api/v1/plans/" + plan.id() + "/pledges");
        String id = JsonBody.at(created(created), "id");
        String etag = created.header("ETag");
        if (submitted) {
            etag = ok(TestOrg.as(agencyA, Roles.BOARD).header("If-Match", etag).body(Map.of())
                    .post("/api/v1/pledges/" + id + ":submit")).header("ETag");
        }
        return new Made(id, etag, personA.fullName());
    }

    // --- bodies -------------------------------------------------------------------------------------------------

    static Map<String, Object> planBody(UUID issuer, String number, String title) {
        Map<String, Object> plan = planEdit(number, title);
        plan.put("issuingUnitId", issuer.toString());
        return plan;
    }

    /** The body of an edit: a new plan's without the issuing unit, which never changes. */
    static Map<String, Object> planEdit(String number, String title) {
        Map<String, Object> plan = new HashMap<>();
        plan.put("number", number);
        plan.put("title", title);
        plan.put("issuedOn", TODAY.minusDays(31).toString());
        plan.put("kind", "ANNUAL");
        plan.put("startDate", TODAY.minusDays(60).toString());
        plan.put("endDate", TODAY.plusDays(90).toString());
        plan.put("signer", Map.of("name", "Lường Văn Thành", "position", "Hiệu trưởng"));
        plan.put("movements", List.of(Map.of("key", MOVEMENT, "name", "Giảng dạy tốt, nghiên cứu tốt")));
        return plan;
    }

    static Map<String, Object> phase(int number, LocalDate start, LocalDate end, LocalDate opens, LocalDate closes) {
        return Map.of("number", number, "name", "Đợt " + number, "startDate", start.toString(), "endDate",
                end.toString(), "registrationOpens", opens.toString(), "registrationCloses", closes.toString());
    }

    /** The second phase a plan made here has room for: after the first, before the plan's end. */
    static Map<String, Object> secondPhase() {
        return phase(2, TODAY.plusDays(61), TODAY.plusDays(90), TODAY.plusDays(61), TODAY.plusDays(70));
    }

    static Map<String, Object> pledgeBody(String personId) {
        return Map.of("subjectKind", "PERSON", "personId", personId, "titles", List.of(TITLE),
                "commitments", List.of(Map.of("movementKey", MOVEMENT, "text", "Giảng đủ giờ chuẩn")));
    }

    // --- history ------------------------------------------------------------------------------------------------

    /** A new record of the collection about a new person of departmentA; its secret is that person's id. */
    Made freshHistory(String collection) {
        PersonMade person = person(departmentA.id(), true);
        Made made = history(collection, person.id());
        return new Made(made.id(), made.etag(), person.id());
    }

    /** A record of the collection about the person (null: about departmentA), made by the board of agency A. */
    private Made history(String collection, String personId) {
        String note = "Ghi chú " + UUID.randomUUID();
        Map<String, Object> body = new HashMap<>(historyBody(collection, personId));
        body.put("note", note);
        if (personId == null) {
            body.remove("personId");
            body.put("unitId", departmentA.id());
        }
        Response created = TestOrg.as(agencyA, Roles.BOARD).body(body).post("/api/v1/" + collection);
        return new Made(JsonBody.at(created(created), "id"), created.header("ETag"), note);
    }

    /** A valid create body of the collection about the person, with a decision number of its own. */
    static Map<String, Object> historyBody(String collection, String personId) {
        String decision = UUID.randomUUID().toString().substring(0, 8) + "/QĐ-TCT";
        return switch (collection) {
            case "annual-assessments" -> Map.of("personId", personId, "year", 2024, "rating", "EXCELLENT");
            case "disciplinary-measures" -> Map.of("personId", personId, "measure", "REPRIMAND",
                    "decidedOn", "2023-05-10", "servedUntil", "2024-05-09", "decisionNumber", decision);
            case "disciplinary-proceedings" -> Map.of("personId", personId, "kind", "INSPECTION",
                    "openedOn", "2025-09-01");
            case "initiatives" -> Map.of("kind", "INITIATIVE", "title", "Sáng kiến " + decision,
                    "authorIds", List.of(personId), "recognisedBy", "Hội đồng sáng kiến", "decisionNumber", decision,
                    "recognisedOn", "2024-11-20", "level", "BASE");
            case "award-records" -> personId == null
                    ? Map.of("year", 2023, "awardCode", "CERTIFICATE_OF_MERIT", "decisionNumber", decision)
                    : Map.of("personId", personId, "year", 2023, "awardCode", "GRASSROOTS_EMULATION_FIGHTER",
                            "decisionNumber", decision);
            default -> throw new IllegalArgumentException(collection);
        };
    }

    /** An update body of the collection: its content without the subject (an initiative keeps its author). */
    static Map<String, Object> historyEdit(String collection, String personId) {
        Map<String, Object> body = new HashMap<>(historyBody(collection, personId));
        body.remove("personId");
        return body;
    }

    // --- plumbing -----------------------------------------------------------------------------------------------

    private RequestSpecification rootAdmin() {
        return TestOrg.as(root, Roles.ADMIN);
    }

    private static Response created(Response response) {
        return expect(response, 201);
    }

    private static Response ok(Response response) {
        return expect(response, 200);
    }

    private static Response expect(Response response, int status) {
        if (response.statusCode() != status) {
            throw new IllegalStateException("Building the matrix world: expected " + status + ", got "
                    + response.statusCode() + ": " + response.asString());
        }
        return response;
    }

    // --- rule sets ----------------------------------------------------------------------------------------------

    /** A copy of a seeded rule set in the state an act needs (valid in a year of its own); secret: its name. */
    Made freshRuleSet(RuleSetStatus status) {
        RuleSetFixtures.Copy copy = RuleSetFixtures.copy("LAW2022_ND98", status);
        return new Made(copy.code(), "\"0\"", copy.secret());
    }

    /** A new department of agency A with its own {@link #OVERRIDDEN_KEY}; id: the unit's, secret: the reason. */
    Made freshRuleOverride() {
        Made unit = unit(departmentA.id());
        String reason = "Lý do " + uniqueCode("RO");
        Response created = rootAdmin().body(Map.of("value", 0.7, "reason", reason))
                .put("/api/v1/units/" + unit.id() + "/rule-overrides/" + OVERRIDDEN_KEY);
        return new Made(unit.id(), created(created).header("ETag"), reason);
    }

    // --- councils -----------------------------------------------------------------------------------------------

    /** A new council of a new department of agency A; secret: the department's code, which its unitName carries. */
    Made freshCouncil() {
        Made unit = unit(departmentA.id());
        Made council = council(UUID.fromString(unit.id()));
        return new Made(council.id(), council.etag(), unit.secret());
    }

    /** A new account of departmentA appointed to {@link #councilA} from today; secret: its user name. */
    Made freshCouncilMember() {
        Made account = account(UUID.fromString(departmentA.id()), Roles.MEMBER);
        Response created = TestOrg.as(agencyA, Roles.BOARD).body(Map.of("accountId", account.id(), "role", "MEMBER",
                "validFrom", TODAY.toString())).post("/api/v1/councils/" + councilA.id() + "/members");
        return new Made(JsonBody.at(created(created), "id"), created.header("ETag"), account.secret());
    }

    /**
     * The token of a matrix caller, except that the member of agency A (personA's) is {@link #councilSeatA}'s real
     * login: a member reads the councils they sit on, and only those.
     */
    String councilSeatToken(AuthorizationMatrix.Caller caller) {
        if (Roles.MEMBER.equals(caller.role()) && agencyA.equals(caller.unit())
                && personA.id().equals(String.valueOf(caller.person()))) {
            return TestAccounts.login(councilSeatA.secret(), TestAccounts.PASSWORD);
        }
        if (caller.unit() == null) {
            return TestTokens.withRoles(caller.role());
        }
        return caller.person() == null ? TestTokens.inUnit(caller.unit(), caller.role())
                : TestTokens.asPerson(caller.unit(), caller.person(), caller.role());
    }

    private Made council(UUID unit) {
        String name = "Hội đồng Thi đua - Khen thưởng " + uniqueCode("HĐ");
        Response created = TestOrg.as(agencyA, Roles.BOARD).body(Map.of("unitId", unit, "name", name))
                .post("/api/v1/councils");
        return new Made(JsonBody.at(created(created), "id"), created.header("ETag"), name);
    }

    // --- council sessions ---------------------------------------------------------------------------------------

    /**
     * A session of departmentA's council: its id and ETag, its name (the secret), an item with its candidate's name (the
     * item's secret), and a receipt once voted.
     */
    record SessionMade(String id, String etag, String secret, String itemId, String itemEtag, String subject,
            String receipt) {
    }

    /** An evaluation submitted to the council, and its subject's name (unique). */
    record Candidate(UUID evaluationId, String name) {
    }

    /**
     * A 2024 session (no plan) with one grassroots candidate, taken to {@code state}: draft, ready (attendance
     * recorded), voting, paper (voting, the item on paper), voted (the chair's ballot cast), counted (voting closed),
     * tied (counted, with two national fighters tied at a quota of one), or plan-draft (a draft of the council's plan).
     */
    SessionMade freshSession(String state) {
        String name = "Phiên họp " + uniqueCode("PH");
        boolean plan = state.equals("plan-draft");
        String id = plan ? sessionsA.session(sessionsA.planId, null, OffsetDateTime.now(), "BALLOT", name)
                : sessionsA.session(null, 2024, CouncilFixtures.MEETING_2024, "BALLOT", name);
        String title = state.equals("tied") ? "NATIONAL_EMULATION_FIGHTER" : "GRASSROOTS_EMULATION_FIGHTER";
        Candidate candidate = freshCandidate(title);
        String item = sessionsA.item(id, candidate.evaluationId(), title, state.equals("paper") ? "PAPER" : null);
        String receipt = null;
        if (state.equals("tied")) {
            String second = sessionsA.item(id, freshCandidate(title).evaluationId(), title, null);
            sessionsA.board().header("If-Match", "*").body(Map.of("ruleSet", "LAW2022_ND98", "value", Map.of("ratio",
                    0.5, "of", "ADVANCED_WORKER"), "reason", "Quy chế: một nửa số Lao động tiên tiến"))
                    .put("/api/v1/units/" + sessionsA.agency + "/rule-overrides/quota." + title).then().statusCode(
                            org.hamcrest.Matchers.anyOf(org.hamcrest.Matchers.is(200), org.hamcrest.Matchers.is(201)));
            sessionsA.item(id, freshCandidate("ADVANCED_WORKER").evaluationId(), "ADVANCED_WORKER", null);
            sessionsA.item(id, freshCandidate("ADVANCED_WORKER").evaluationId(), "ADVANCED_WORKER", null);
            sessionsA.attendance(id, List.of(chairA, secretaryA), List.of());
            sessionsA.act(id, "open-voting").statusCode(200);
            for (CouncilFixtures.Voter voter : List.of(chairA, secretaryA)) {
                CouncilFixtures.vote(voter, id, item, "APPROVE");
                CouncilFixtures.vote(voter, id, second, "APPROVE");
            }
            sessionsA.act(id, "close-voting").statusCode(200);
        } else if (!state.endsWith("draft")) {
            sessionsA.attendance(id, List.of(chairA, secretaryA), List.of());
            if (!state.equals("ready")) {
                sessionsA.act(id, "open-voting").statusCode(200);
            }
            if (state.equals("voted") || state.equals("counted")) {
                receipt = CouncilFixtures.vote(chairA, id, item, "APPROVE");
            }
            if (state.equals("counted")) {
                sessionsA.act(id, "close-voting").statusCode(200);
            }
        }
        return new SessionMade(id, sessionsA.etag(id), name, item, sessionsA.itemEtag(id, item), candidate.name(),
                receipt);
    }

    /** An evaluation submitted to agency A's council proposing the title, of a new person. */
    Candidate freshCandidate(String title) {
        String name = "Ứng viên " + uniqueCode("UV");
        return new Candidate(sessionsA.evaluation(sessionsA.person(name), name, title), name);
    }

    /**
     * For the ballot operations: the token of agency A's chair (or secretary) with the caller's role, when the caller
     * stands in agency A; anyone else keeps an ordinary token, whose subject sits on no council.
     */
    String voterToken(AuthorizationMatrix.Caller caller, CouncilFixtures.Voter voter) {
        if (!agencyA.equals(caller.unit())) {
            return caller.unit() == null ? vn.thidua.testsupport.TestTokens.withRoles(caller.role())
                    : vn.thidua.testsupport.TestTokens.inUnit(caller.unit(), caller.role());
        }
        return new CouncilFixtures.Voter(voter.memberId(), voter.accountId(), voter.username(), agencyA,
                voter.fullName(), voter.role(), java.util.Set.of(caller.role()), null).token();
    }

    // --- proposals ----------------------------------------------------------------------------------------------

    /**
     * A proposal of agency A for 2024: its id, ETag, authority name (the secret, unique), its nominee (a new person of
     * departmentA proposed as provincial emulation fighter) with that person's name, and its list part's title.
     */
    record ProposalMade(String id, String etag, String secret, String nomineeId, String nominee, String partId,
            String part) {
    }

    /**
     * A person of departmentA whom a closed 2024 session of departmentA's council (a council of agency A) passed for
     * {@code awardCode}, its chair and secretary approving: the vote a nomination rests on. One per award, made once:
     * every fresh proposal may nominate the same person.
     */
    PersonMade voted(String awardCode) {
        return voted.computeIfAbsent(awardCode, this::passedByCouncil);
    }

    /** A new person passed for {@code awardCode}: for a proposal that a decision will award (once a year). */
    PersonMade passedByCouncil(String awardCode) {
        PersonMade person = person(departmentA.id(), true);
        sessionsA.passed(UUID.fromString(person.id()), awardCode, List.of(chairA, secretaryA));
        return person;
    }

    /**
     * A proposal taken to {@code state}: draft (one nominee, the list), complete (the whole dossier), sent, or
     * received.
     */
    ProposalMade freshProposal(String state) {
        RequestSpecification board = TestOrg.as(agencyA, Roles.BOARD);
        String authority = "Chủ tịch UBND tỉnh " + uniqueCode("TT");
        String id = JsonBody.at(created(board.body(Map.of("toAuthorityName", authority, "toUnitId", root.toString(),
                "year", 2024, "title", "Tờ trình đề nghị khen thưởng"))
                .post("/api/v1/proposals")), "id");
        PersonMade person = state.equals("received") ? passedByCouncil("PROVINCE_EMULATION_FIGHTER")
                : voted("PROVINCE_EMULATION_FIGHTER");
        String nominee = JsonBody.at(created(TestOrg.as(agencyA, Roles.BOARD).body(Map.of("subjectKind", "PERSON", "personId",
                person.id(), "awardCode", "PROVINCE_EMULATION_FIGHTER")).post("/api/v1/proposals/" + id + "/nominees"))
                , "id");
        String partTitle = "Danh sách " + uniqueCode("DS");
        String part = proposalPart(id, "LIST", partTitle, null);
        if (!state.equals("draft")) {
            proposalPart(id, "MINUTES", "Biên bản họp Hội đồng", null);
            proposalPart(id, "ACHIEVEMENT_REPORT", "Báo cáo thành tích", nominee);
            proposalPart(id, "INITIATIVE_PROOF", "Minh chứng sáng kiến", nominee);
        }
        if (state.equals("sent") || state.equals("received")) {
            ok(TestOrg.as(agencyA, Roles.BOARD).header("If-Match", proposalEtag(id)).body(Map.of("number",
                    uniqueCode("TTr"), "sentOn", "2025-01-10", "signerName", "Lường Văn Thành", "signerPosition",
                    "Hiệu trưởng")).post("/api/v1/proposals/" + id + ":send"));
        }
        if (state.equals("received")) {
            ok(TestOrg.as(root, Roles.BOARD).header("If-Match", proposalEtag(id))
                    .post("/api/v1/proposals/" + id + ":receive"));
        }
        return new ProposalMade(id, proposalEtag(id), authority, nominee, person.fullName(), part, partTitle);
    }

    /** A closed 2024 session of departmentA's council in which a new person passed as provincial emulation fighter. */
    String closedSessionAboveAgency() {
        if (closedSession == null) {
            String id = sessionsA.session(null, 2024, CouncilFixtures.MEETING_2024, "BALLOT",
                    "Phiên họp " + uniqueCode("PH"));
            closedCandidate = freshCandidate("PROVINCE_EMULATION_FIGHTER");
            String item = sessionsA.item(id, closedCandidate.evaluationId(), "PROVINCE_EMULATION_FIGHTER", null);
            sessionsA.attendance(id, List.of(chairA, secretaryA), List.of());
            sessionsA.act(id, "open-voting").statusCode(200);
            CouncilFixtures.vote(chairA, id, item, "APPROVE");
            CouncilFixtures.vote(secretaryA, id, item, "APPROVE");
            sessionsA.act(id, "close-voting").statusCode(200);
            sessionsA.act(id, "close").statusCode(200);
            closedSession = id;
        }
        return closedSession;
    }

    private String closedSession;
    Candidate closedCandidate;

    static Map<String, Object> proposalDecision(String nomineeId) {
        return Map.of("number", TestOrg.uniqueCode("QĐ") + "/QĐ-UBND", "decisionDate", "2025-03-01",
                "authorityName", "Ủy ban nhân dân tỉnh", "authorityLevel", "PROVINCE", "signerName", "Lê Văn Lương",
                "signerPosition", "Chủ tịch", "title", "Quyết định tặng danh hiệu Chiến sĩ thi đua cấp tỉnh",
                "awarded", List.of(Map.of("nomineeId", nomineeId)));
    }

    private String proposalPart(String proposal, String kind, String title, String nominee) {
        Map<String, Object> body = new HashMap<>(Map.of("kind", kind, "title", title,
                "url", "https://laichau.gov.vn/files/" + kind.toLowerCase() + ".pdf"));
        if (nominee != null) {
            body.put("nomineeId", nominee);
        }
        return JsonBody.at(created(TestOrg.as(agencyA, Roles.BOARD).body(body).post("/api/v1/proposals/" + proposal + "/dossier"))
                , "id");
    }

    private String proposalEtag(String proposal) {
        return ok(TestOrg.as(agencyA, Roles.BOARD).get("/api/v1/proposals/" + proposal)).header("ETag");
    }

    // --- cash awards ------------------------------------------------------------------------------------------

    /** A day far past any real decision, so that a base salary or coefficient added there changes no amount. */
    String freshCashDay() {
        return LocalDate.of(2200, 1, 1).plusDays(java.util.concurrent.ThreadLocalRandom.current().nextInt(250_000))
                .toString();
    }

    // --- decisions: agency A's Giấy khen of 2024 through the API; the secret of a decision is its title, of a line
    // its person's name, which no other object carries ---

    /** A decision at a stage of its life, with its first line when it has one. */
    record DecisionMade(String id, String etag, String title, String number, String awardeeId, String awardeeEtag,
            String awardee) {
    }

    /** A closed session of departmentA's council whose one item (a CSTĐCS) passed: what a decision's lines come from. */
    private String decisionSession;

    String closedSessionA() {
        if (decisionSession == null) {
            SessionMade counted = freshSession("counted");
            sessionsA.act(counted.id(), "close").statusCode(200);
            decisionSession = counted.id();
        }
        return decisionSession;
    }

    /** A signed decision of agency A with one line: what certificates are printed from. */
    private DecisionMade signedDecisionA;

    DecisionMade signedDecisionA() {
        if (signedDecisionA == null) {
            signedDecisionA = freshDecision("signed");
        }
        return signedDecisionA;
    }

    /** Stages: draft (no line), lined, signed, published, revoked (its line revoked, with money owed back). */
    DecisionMade freshDecision(String stage) {
        String title = "Về việc tặng Giấy khen " + uniqueCode("QD");
        RequestSpecification board = TestOrg.as(agencyA, Roles.BOARD);
        Response created = created(board.body(Map.of("unitId", agencyA.toString(), "awardCode",
                "CERTIFICATE_OF_MERIT", "title", title, "year", 2024, "decisionDate", "2024-12-30", "signerName",
                "Lường Văn Thành", "signerPosition", "Hiệu trưởng")).post("/api/v1/decisions"));
        String id = JsonBody.at(created, "id");
        if (stage.equals("draft")) {
            return new DecisionMade(id, created.header("ETag"), title, null, null, null, null);
        }
        PersonMade person = freshPerson(true);
        Response line = created(TestOrg.as(agencyA, Roles.BOARD).body(Map.of("subjectKind", "PERSON", "subjectId",
                person.id(), "citation", "Hoàn thành xuất sắc nhiệm vụ năm 2024"))
                .post("/api/v1/decisions/" + id + "/awardees"));
        String lineId = JsonBody.at(line, "id");
        String etag = ok(TestOrg.as(agencyA, Roles.BOARD).get("/api/v1/decisions/" + id)).header("ETag");
        String number = null;
        if (!stage.equals("lined")) {
            Response signed = ok(TestOrg.as(agencyA, Roles.LEADER).header("If-Match", etag)
                    .body(Map.of("decisionDate", "2024-12-30")).post("/api/v1/decisions/" + id + ":sign"));
            etag = signed.header("ETag");
            number = JsonBody.at(signed, "number");
        }
        if (stage.equals("published")) {
            etag = ok(TestOrg.as(agencyA, Roles.BOARD).header("If-Match", etag)
                    .post("/api/v1/decisions/" + id + ":publish")).header("ETag");
        }
        if (stage.equals("revoked")) {
            expect(TestOrg.as(agencyA, Roles.LEADER).header("If-Match", etag).body(Map.of("ground",
                    "FORGED_DOSSIER", "reason", "Hồ sơ giả mạo", "decisionDate", "2024-12-31", "signerName",
                    "Lường Văn Thành", "signerPosition", "Hiệu trưởng")).post("/api/v1/decisions/" + id + ":revoke"),
                    201);
            etag = ok(TestOrg.as(agencyA, Roles.BOARD).get("/api/v1/decisions/" + id)).header("ETag");
        }
        String lineEtag = ok(TestOrg.as(agencyA, Roles.BOARD).get("/api/v1/decisions/" + id + "/awardees/" + lineId))
                .header("ETag");
        return new DecisionMade(id, etag, title, number, lineId, lineEtag, person.fullName());
    }

    final DecisionMade decisionA = freshDecision("lined");

    // --- integrations ------------------------------------------------------------------------------------------

    /** A new inactive subscription of agency A; paused as after a dead delivery, for :resume. */
    WebhookFixtures.Made freshWebhook(boolean paused) {
        return paused ? WebhookFixtures.paused(agencyA) : WebhookFixtures.idle(agencyA);
    }

    /** A dead delivery of a new subscription of agency A: {webhook id, delivery id}. */
    String[] freshDeadDelivery() {
        WebhookFixtures.Made webhook = WebhookFixtures.idle(agencyA);
        return new String[] {webhook.id(), WebhookFixtures.delivery(webhook.id(), DeliveryStatus.DEAD)};
    }
}
