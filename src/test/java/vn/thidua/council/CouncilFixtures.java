package vn.thidua.council;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.EntityManager;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.RestAssured;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;

import vn.thidua.common.Roles;
import vn.thidua.evaluation.Evaluation;
import vn.thidua.evaluation.EvaluationStatus;
import vn.thidua.org.SubjectKind;
import vn.thidua.testsupport.TestAccounts;
import vn.thidua.testsupport.TestOrg;
import vn.thidua.testsupport.TestTokens;

/**
 * An agency with a department, an issued plan, and a council whose members are real accounts, written straight into
 * the database (the councils API is another feature's); evaluations submitted to the council likewise. Sessions,
 * agenda, attendance and votes go through the API: they are what the tests try.
 */
public final class CouncilFixtures {

    public static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
    /** A meeting in 2024, judged under the seeded LAW2022_ND98 rule set (a session without a plan, year 2024). */
    public static final OffsetDateTime MEETING_2024 = OffsetDateTime.of(2024, 12, 20, 8, 0, 0, 0, ZoneOffset.ofHours(7));

    public final UUID agency;
    public final UUID department;
    public final String planId;
    public final UUID council;
    private List<Voter> jury;

    /** A member of the council with the account that votes for it. */
    public record Voter(UUID memberId, UUID accountId, String username, UUID unit, String fullName, CouncilRole role,
            Set<String> roles, UUID personId) {

        public String token() {
            JwtClaimsBuilder claims = Jwt.issuer(TestTokens.ISSUER).audience(TestTokens.AUDIENCE).upn(username)
                    .subject(accountId.toString()).groups(roles).claim("unit", unit.toString())
                    .issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(3600));
            if (personId != null) {
                claims.claim("person", personId.toString());
            }
            return claims.sign();
        }

        public RequestSpecification as() {
            return RestAssured.given().contentType("application/json").accept("application/json").auth()
                    .oauth2(token());
        }
    }

    public CouncilFixtures() {
        this(TestOrg.agency("Sở Giáo dục và Đào tạo"));
    }

    /** The council, department and plan of an existing agency. */
    public CouncilFixtures(UUID agency) {
        this.agency = agency;
        department = TestOrg.unit(agency, "Phòng Giáo dục Trung học", "DEPARTMENT");
        planId = plan();
        council = QuarkusTransaction.requiringNew().call(() -> {
            Council c = new Council();
            c.id = UUID.randomUUID();
            c.unitId = agency;
            c.name = "Hội đồng Thi đua – Khen thưởng Sở";
            c.createdAt = OffsetDateTime.now();
            c.updatedAt = c.createdAt;
            em().persist(c);
            return c.id;
        });
    }

    // --- members ------------------------------------------------------------------------------------------------

    /** A chair, {@code count − 2} members and a secretary, all holding role council, in office since 2000. */
    public List<Voter> members(int count) {
        List<Voter> voters = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            CouncilRole role = i == 0 ? CouncilRole.CHAIR : i == count - 1 ? CouncilRole.SECRETARY : CouncilRole.MEMBER;
            voters.add(member(role, "Thành viên " + (char) ('A' + i % 26) + " " + i, department, null,
                    Roles.COUNCIL));
        }
        return voters;
    }

    /** A member whose account lives in {@code unit}, linked to {@code person} if given, with these roles. */
    public Voter member(CouncilRole role, String fullName, UUID unit, UUID person, String... roles) {
        return member(role, fullName, unit, person, LocalDate.of(2000, 1, 1), null, roles);
    }

    public Voter member(CouncilRole role, String fullName, UUID unit, UUID person, LocalDate from, LocalDate to,
            String... roles) {
        String username;
        if (person == null) {
            username = TestAccounts.create(unit, roles);
        } else {
            username = "user-" + UUID.randomUUID().toString().substring(0, 12);
            TestOrg.asRootAdmin().body(Map.of("username", username, "password", TestAccounts.PASSWORD,
                    "roles", List.of(roles), "unitId", unit.toString(), "personId", person.toString()))
                    .post("/api/v1/accounts").then().statusCode(201);
        }
        String name = username;
        UUID account = QuarkusTransaction.requiringNew().call(() -> (UUID) em()
                .createNativeQuery("SELECT id FROM account WHERE username = ?1").setParameter(1, name)
                .getSingleResult());
        UUID memberId = QuarkusTransaction.requiringNew().call(() -> {
            CouncilMember m = new CouncilMember();
            m.id = UUID.randomUUID();
            m.councilId = council;
            m.accountId = account;
            m.fullName = fullName;
            m.position = role == CouncilRole.CHAIR ? "Giám đốc Sở" : "Chuyên viên";
            m.role = role;
            m.validFrom = from;
            m.validTo = to;
            m.createdAt = OffsetDateTime.now();
            m.updatedAt = m.createdAt;
            em().persist(m);
            return m.id;
        });
        return new Voter(memberId, account, username, unit, fullName, role, Set.of(roles), person);
    }

    // --- candidates ---------------------------------------------------------------------------------------------

    public UUID person(String fullName) {
        String id = TestOrg.asRootAdmin().body(Map.of("code", TestOrg.uniqueCode("CB"), "fullName", fullName,
                "unitId", department.toString())).post("/api/v1/people").then().statusCode(201).extract().path("id");
        return UUID.fromString(id);
    }

    /** An evaluation of the plan submitted to the council, for a person of the department. */
    public UUID evaluation(UUID person, String name, String... titles) {
        return evaluation(SubjectKind.PERSON, person, department, name, titles);
    }

    /** The same for a unit as a collective. */
    public UUID unitEvaluation(UUID unit, String name, String... titles) {
        return evaluation(SubjectKind.UNIT, null, unit, name, titles);
    }

    private UUID evaluation(SubjectKind kind, UUID person, UUID unit, String name, String... titles) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Evaluation e = new Evaluation();
            e.id = UUID.randomUUID();
            e.planId = UUID.fromString(planId);
            e.subjectKind = kind;
            e.personId = person;
            e.unitId = unit;
            e.subjectName = name;
            e.status = EvaluationStatus.SUBMITTED_TO_COUNCIL;
            e.proposedTitles = new ArrayList<>(List.of(titles));
            e.createdAt = OffsetDateTime.now();
            e.updatedAt = e.createdAt;
            em().persist(e);
            return e.id;
        });
    }

    /**
     * A closed 2024 session of the council in which three members (seated once per fixture, the council's only ones)
     * approved {@code person} for {@code awardCode} by ballot: the vote a decision line or a proposal nominee of that
     * award rests on. The item's id.
     */
    public String passed(UUID person, String awardCode) {
        if (jury == null) {
            jury = members(3);
        }
        return passed(person, awardCode, jury);
    }

    /** The same with the council's members as they are: every one of them present and approving. */
    public String passed(UUID person, String awardCode, List<Voter> jury) {
        String session = session2024();
        String item = item(session, evaluation(person, "Ứng viên", awardCode), awardCode, null);
        attendance(session, jury, List.of());
        act(session, "open-voting").statusCode(200);
        for (Voter member : jury) {
            member.as().body(Map.of("ballots", List.of(Map.of("itemId", item, "choice", "APPROVE"))))
                    .post("/api/v1/council-sessions/" + session + "/ballots").then().statusCode(201);
        }
        act(session, "close-voting").statusCode(200);
        act(session, "close").statusCode(200);
        return item;
    }

    // --- sessions through the API -------------------------------------------------------------------------------

    public RequestSpecification board() {
        return TestOrg.as(agency, Roles.BOARD);
    }

    /** A session of 2024 without a plan (rule set LAW2022_ND98), by ballot; its id. */
    public String session2024() {
        return session(null, 2024, MEETING_2024, "BALLOT");
    }

    public String session(String plan, Integer year, OffsetDateTime meetingAt, String mode) {
        return session(plan, year, meetingAt, mode, "Phiên họp xét thi đua");
    }

    public String session(String plan, Integer year, OffsetDateTime meetingAt, String mode, String name) {
        Map<String, Object> body = new HashMap<>();
        body.put("councilId", council.toString());
        if (plan != null) {
            body.put("planId", plan);
        }
        if (year != null) {
            body.put("year", year);
        }
        body.put("name", name);
        body.put("meetingAt", meetingAt.toInstant().toString());
        body.put("place", "Phòng họp tầng 3");
        body.put("votingMode", mode);
        return board().body(body).post("/api/v1/council-sessions").then().statusCode(201).extract().path("id");
    }

    public String etag(String session) {
        return board().get("/api/v1/council-sessions/" + session).then().statusCode(200).extract().header("ETag");
    }

    public String itemEtag(String session, String item) {
        return board().get("/api/v1/council-sessions/" + session + "/agenda/" + item).then().statusCode(200)
                .extract().header("ETag");
    }

    /** Adds an item; {@code mode} null takes the default. Its id. */
    public String item(String session, UUID evaluation, String awardCode, String mode) {
        Map<String, Object> body = new HashMap<>();
        body.put("evaluationId", evaluation.toString());
        body.put("awardCode", awardCode);
        if (mode != null) {
            body.put("votingMode", mode);
        }
        return board().body(body).post("/api/v1/council-sessions/" + session + "/agenda").then().statusCode(201)
                .extract().path("id");
    }

    /** Records every listed member as present, except those in {@code absent}. */
    public void attendance(String session, List<Voter> present, List<Voter> absent) {
        List<Map<String, Object>> lines = new ArrayList<>();
        present.forEach(v -> lines.add(Map.of("memberId", v.memberId().toString(), "attendance", "PRESENT")));
        absent.forEach(v -> lines.add(Map.of("memberId", v.memberId().toString(), "attendance", "ABSENT",
                "absenceReason", "Đi công tác")));
        board().header("If-Match", etag(session)).body(Map.of("members", lines))
                .put("/api/v1/council-sessions/" + session + "/attendance").then().statusCode(200);
    }

    public ValidatableResponse act(String session, String action) {
        return board().header("If-Match", etag(session)).post("/api/v1/council-sessions/" + session + ":" + action)
                .then();
    }

    /** Casts one ballot; the receipt. */
    public static String vote(Voter voter, String session, String item, String choice) {
        return voter.as().body(Map.of("ballots", List.of(Map.of("itemId", item, "choice", choice))))
                .post("/api/v1/council-sessions/" + session + "/ballots").then().statusCode(201)
                .extract().path("ballots[0].receipt");
    }

    /** The results of each item, by item id. */
    public Map<String, Map<String, Object>> results(String session) {
        List<Map<String, Object>> items = board().get("/api/v1/council-sessions/" + session + "/results").then()
                .statusCode(200).extract().path("items");
        Map<String, Map<String, Object>> byItem = new LinkedHashMap<>();
        items.forEach(i -> byItem.put((String) i.get("itemId"), i));
        return byItem;
    }

    private String plan() {
        Map<String, Object> plan = new HashMap<>();
        plan.put("number", UUID.randomUUID().toString().substring(0, 6) + "-KH");
        plan.put("title", "Kế hoạch thi đua năm học");
        plan.put("issuingUnitId", agency.toString());
        plan.put("issuedOn", TODAY.minusDays(31).toString());
        plan.put("kind", "ANNUAL");
        plan.put("startDate", TODAY.minusDays(60).toString());
        plan.put("endDate", TODAY.plusDays(90).toString());
        plan.put("signer", Map.of("name", "Lường Văn Thành", "position", "Giám đốc"));
        plan.put("movements", List.of(Map.of("key", "GD5T", "name", "Giảng dạy tốt")));
        String id = board().body(plan).post("/api/v1/plans").then().statusCode(201).extract().path("id");
        String etag = board().get("/api/v1/plans/" + id).then().extract().header("ETag");
        board().header("If-Match", etag).post("/api/v1/plans/" + id + ":issue").then().statusCode(200);
        return id;
    }

    static EntityManager em() {
        return Arc.container().instance(EntityManager.class).get();
    }
}
