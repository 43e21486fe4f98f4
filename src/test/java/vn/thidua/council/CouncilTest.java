package vn.thidua.council;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.thidua.testsupport.Problems.assertProblem;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

import vn.thidua.common.Roles;
import vn.thidua.testsupport.TestAccounts;
import vn.thidua.testsupport.TestOrg;

/** Councils and their memberships over REST: the rules of appointment, the days a membership holds, deletion. */
@QuarkusTest
class CouncilTest {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));

    /** An agency with a department, the agency's board, and its council. */
    static final class World {
        final UUID agency = TestOrg.agency("Trường Chính trị " + TestOrg.uniqueCode("HĐ"));
        final UUID department = TestOrg.unit(agency, "Khoa Lý luận cơ sở", "DEPARTMENT");
        final String councilName = "Hội đồng Thi đua - Khen thưởng " + TestOrg.uniqueCode("HĐ");
        final String council;

        World() {
            council = board().body(Map.of("unitId", agency, "name", councilName,
                            "establishedBy", "Quyết định số 15/QĐ-TCT")).post("/api/v1/councils").then().statusCode(201)
                    .extract().path("id");
        }

        RequestSpecification board() {
            return TestOrg.as(agency, Roles.BOARD);
        }

        /** A new account of the unit; returns its id. */
        static String account(UUID unit, Map<String, Object> extra, String... roles) {
            Map<String, Object> body = new HashMap<>(extra);
            body.put("username", "hd-" + UUID.randomUUID().toString().substring(0, 12));
            body.put("password", TestAccounts.PASSWORD);
            body.put("roles", List.of(roles));
            body.put("unitId", unit.toString());
            return TestOrg.asRootAdmin().body(body).post("/api/v1/accounts").then().statusCode(201).extract()
                    .path("id");
        }

        static String account(UUID unit, String... roles) {
            return account(unit, Map.of(), roles);
        }

        ValidatableResponse appoint(String accountId, String role, LocalDate from, LocalDate to) {
            Map<String, Object> body = new HashMap<>(Map.of("accountId", accountId, "role", role,
                    "validFrom", from.toString()));
            if (to != null) {
                body.put("validTo", to.toString());
            }
            return board().body(body).post("/api/v1/councils/" + council + "/members").then();
        }

        String appointed(String accountId, String role, LocalDate from, LocalDate to) {
            return appoint(accountId, role, from, to).statusCode(201).extract().path("id");
        }

        ValidatableResponse change(String memberId, Object body) {
            String etag = board().get("/api/v1/council-members/" + memberId).then().statusCode(200).extract()
                    .header("ETag");
            return board().header("If-Match", etag).body(body).patch("/api/v1/council-members/" + memberId).then();
        }

        List<String> namesOn(String day) {
            RequestSpecification request = board();
            if (day != null) {
                request.queryParam("on", day);
            }
            return request.get("/api/v1/councils/" + council + "/members").then().statusCode(200).extract()
                    .path("fullName");
        }
    }

    static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }

    static <T> List<T> sql(String query, Object... params) {
        return QuarkusTransaction.requiringNew().call(() -> {
            var native_ = Arc.container().instance(EntityManager.class).get().createNativeQuery(query);
            for (int i = 0; i < params.length; i++) {
                native_.setParameter(i + 1, params[i]);
            }
            @SuppressWarnings("unchecked")
            List<T> rows = native_.getResultList();
            return rows;
        });
    }

    // --- councils -----------------------------------------------------------------------------------------------

    @Test
    void theBoardEstablishesOneCouncilPerAgencyAndRenamesIt() {
        World w = new World();
        w.board().get("/api/v1/councils/" + w.council).then().statusCode(200).header("ETag", "\"0\"")
                .body("name", equalTo(w.councilName)).body("unitId", equalTo(w.agency.toString()))
                .body("establishedBy", equalTo("Quyết định số 15/QĐ-TCT"));
        assertProblem(w.board().body(Map.of("unitId", w.agency, "name", "Hội đồng thứ hai"))
                .post("/api/v1/councils").then(), 409, "CONFLICT").body("detail", containsString(w.councilName));
        // a department may have a council of its own
        var departmental = TestOrg.as(w.agency, Roles.ADMIN).body(Map.of("unitId", w.department,
                "name", "Hội đồng của khoa")).post("/api/v1/councils").then().statusCode(201).extract();
        assertTrue(departmental.header("Location").endsWith("/api/v1/councils/" + departmental.path("id")));

        assertProblem(w.board().header("If-Match", "\"7\"").body(Map.of("name", "Tên mới"))
                .patch("/api/v1/councils/" + w.council).then(), 412, "PRECONDITION_FAILED");
        w.board().header("If-Match", "\"0\"").body(Map.of("name", "  Hội đồng TĐKT mới  "))
                .patch("/api/v1/councils/" + w.council).then().statusCode(200).header("ETag", "\"1\"")
                .body("name", equalTo("Hội đồng TĐKT mới")).body("establishedBy", equalTo("Quyết định số 15/QĐ-TCT"));
        w.board().header("If-Match", "\"1\"").body(Map.of("establishedBy", ""))
                .patch("/api/v1/councils/" + w.council).then().statusCode(200)
                .body("name", equalTo("Hội đồng TĐKT mới")).body("establishedBy", nullValue());
        assertProblem(w.board().header("If-Match", "\"2\"").body(Map.of("name", " "))
                .patch("/api/v1/councils/" + w.council).then(), 400, "VALIDATION_FAILED");

        w.board().queryParam("unit", w.agency).get("/api/v1/councils").then().statusCode(200)
                .body("total", equalTo(2)).body("items.name", hasItem("Hội đồng TĐKT mới"));
        w.board().queryParam("unit", w.agency).queryParam("subtree", "false").get("/api/v1/councils").then()
                .body("total", equalTo(1));
        assertEquals(List.of("council.created", "council.updated", "council.updated"),
                sql("SELECT type FROM outbox_event WHERE aggregate_id = ?1 ORDER BY position", w.council));
        assertEquals(3L, ((Number) sql("SELECT count(*) FROM audit_event WHERE entity_id = ?1", w.council).get(0))
                .longValue());
    }

    @Test
    void aCouncilIsEstablishedOnlyInScopeAndByItsManagers() {
        World w = new World();
        UUID other = TestOrg.agency("Trường Chính trị khác");
        assertProblem(w.board().body(Map.of("unitId", other, "name", "Hội đồng")).post("/api/v1/councils").then(),
                404, "NOT_FOUND");
        assertProblem(TestOrg.as(other, Roles.UNIT_HEAD).body(Map.of("unitId", other, "name", "Hội đồng"))
                .post("/api/v1/councils").then(), 403, "FORBIDDEN");
        assertProblem(TestOrg.as(w.agency, Roles.LEADER).header("If-Match", "\"0\"").body(Map.of("name", "X"))
                .patch("/api/v1/councils/" + w.council).then(), 403, "FORBIDDEN");
        assertProblem(TestOrg.as(other, Roles.BOARD).get("/api/v1/councils/" + w.council).then(), 404, "NOT_FOUND");
        TestOrg.as(other, Roles.BOARD).get("/api/v1/councils").then().statusCode(200)
                .body("items.id", not(hasItem(w.council)));
    }

    @Test
    void aRetriedCreationWithAnIdempotencyKeyRunsOnce() {
        World w = new World();
        UUID unit = TestOrg.unit(w.agency, "Phòng Đào tạo", "DEPARTMENT");
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = Map.of("unitId", unit, "name", "Hội đồng của phòng");
        String first = w.board().header("Idempotency-Key", key).body(body).post("/api/v1/councils").then()
                .statusCode(201).extract().path("id");
        w.board().header("Idempotency-Key", key).body(body).post("/api/v1/councils").then().statusCode(201)
                .header("Idempotent-Replayed", "true").body("id", equalTo(first));

        String account = World.account(w.department, Roles.COUNCIL);
        Map<String, Object> seat = Map.of("accountId", account, "role", "MEMBER", "validFrom", "2026-01-01");
        String seatKey = UUID.randomUUID().toString();
        String member = w.board().header("Idempotency-Key", seatKey).body(seat)
                .post("/api/v1/councils/" + w.council + "/members").then().statusCode(201).extract().path("id");
        w.board().header("Idempotency-Key", seatKey).body(seat).post("/api/v1/councils/" + w.council + "/members")
                .then().statusCode(201).body("id", equalTo(member));
        assertEquals(List.of("council.member_added"),
                sql("SELECT type FROM outbox_event WHERE aggregate_id = ?1 ORDER BY position", member));
    }

    // --- memberships --------------------------------------------------------------------------------------------

    @Test
    void aMemberIsNamedAfterTheAccountsPersonAndVotesWithTheCouncilRole() {
        World w = new World();
        String personId = TestOrg.asRootAdmin().body(Map.of("code", TestOrg.uniqueCode("HDP"),
                "fullName", "Lường Văn Thành", "unitId", w.agency.toString())).post("/api/v1/people").then()
                .statusCode(201).extract().path("id");
        String head = World.account(w.agency, Map.of("personId", personId, "displayName", "Thầy Thành"),
                Roles.COUNCIL, Roles.UNIT_HEAD);
        String named = World.account(w.department, Map.of("displayName", "Lò Thị Hương"), Roles.COUNCIL);
        String plain = World.account(w.department, Roles.MEMBER);

        w.appoint(head, "CHAIR", TODAY.minusDays(10), null).statusCode(201).header("ETag", "\"0\"")
                .header("Location", containsString("/api/v1/council-members/"))
                .body("fullName", equalTo("Lường Văn Thành")).body("canVote", equalTo(true))
                .body("current", equalTo(true)).body("validTo", nullValue()).body("councilId", equalTo(w.council));
        w.appoint(named, "VICE_CHAIR", TODAY.minusDays(10), null).statusCode(201)
                .body("fullName", equalTo("Lò Thị Hương"));
        String username = TestOrg.asRootAdmin().get("/api/v1/accounts/" + plain).then().extract().path("username");
        w.board().body(Map.of("accountId", plain, "role", "SECRETARY", "position", " Chuyên viên ",
                        "validFrom", TODAY.plusDays(1).toString())).post("/api/v1/councils/" + w.council + "/members")
                .then().statusCode(201).body("fullName", equalTo(username)).body("username", equalTo(username))
                .body("position", equalTo("Chuyên viên")).body("canVote", equalTo(false))
                .body("current", equalTo(false));
        String given = World.account(w.department, Roles.COUNCIL);
        w.board().body(Map.of("accountId", given, "role", "MEMBER", "fullName", "Vũ Ngọc Ánh",
                        "validFrom", TODAY.toString())).post("/api/v1/councils/" + w.council + "/members")
                .then().statusCode(201).body("fullName", equalTo("Vũ Ngọc Ánh"));

        // the minutes' order: chair, vice-chairs, members, secretary; the secretary starts tomorrow
        assertEquals(List.of("Lường Văn Thành", "Lò Thị Hương", "Vũ Ngọc Ánh"), w.namesOn(null));
        assertEquals(List.of("Lường Văn Thành", "Lò Thị Hương", "Vũ Ngọc Ánh", username),
                w.namesOn(TODAY.plusDays(1).toString()));
    }

    @Test
    void anAccountMustBeEnabledAndBelongToTheAgency() {
        World w = new World();
        String disabled = World.account(w.department, Map.of("enabled", false), Roles.COUNCIL);
        assertProblem(w.appoint(disabled, "MEMBER", TODAY, null), 400, "VALIDATION_FAILED")
                .body("errors[0].field", equalTo("accountId")).body("errors[0].code", equalTo("ACCOUNT_DISABLED"));

        UUID otherAgency = TestOrg.agency("Trường Chính trị khác");
        String stranger = World.account(otherAgency, Roles.COUNCIL);
        // the board of the agency does not see another agency's accounts
        assertProblem(w.appoint(stranger, "MEMBER", TODAY, null), 404, "NOT_FOUND");
        assertProblem(w.appoint(UUID.randomUUID().toString(), "MEMBER", TODAY, null), 404, "NOT_FOUND");
        // an administrator of the root sees it, and is told why it cannot sit on this council
        assertProblem(TestOrg.asRootAdmin().body(Map.of("accountId", stranger, "role", "MEMBER",
                        "validFrom", TODAY.toString())).post("/api/v1/councils/" + w.council + "/members").then(),
                400, "VALIDATION_FAILED").body("errors[0].code", equalTo("NOT_IN_AGENCY"));

        String member = World.account(w.department, Roles.COUNCIL);
        assertProblem(w.appoint(member, "MEMBER", day("2026-03-01"), day("2026-02-28")), 400, "VALIDATION_FAILED")
                .body("errors[0].field", equalTo("validTo")).body("errors[0].code", equalTo("ENDS_BEFORE_START"));
        assertProblem(w.board().body(Map.of("accountId", member, "role", "MEMBER")).post("/api/v1/councils/"
                + w.council + "/members").then(), 400, "VALIDATION_FAILED");
    }

    @Test
    void oneMembershipPerAccountAndOneChairAndSecretaryOnAnyDay() {
        World w = new World();
        String head = World.account(w.agency, Roles.COUNCIL);
        String deputy = World.account(w.agency, Roles.COUNCIL);
        String clerk = World.account(w.department, Roles.COUNCIL);
        String chair2025 = w.appointed(head, "CHAIR", day("2025-01-01"), day("2025-12-31"));

        // the same account, overlapping or touching its own term: refused; the day after: a new membership
        assertProblem(w.appoint(head, "MEMBER", day("2025-12-31"), null), 409, "CONFLICT")
                .body("detail", containsString("2025-12-31"));
        w.appoint(head, "MEMBER", day("2026-01-01"), null).statusCode(201);

        // a second chair on one shared day is refused, naming who holds the seat
        String holder = TestOrg.asRootAdmin().get("/api/v1/accounts/" + head).then().extract().path("username");
        assertProblem(w.appoint(deputy, "CHAIR", day("2025-12-31"), day("2026-12-31")), 409, "CONFLICT")
                .body("detail", containsString(holder)).body("detail", containsString("Chủ tịch Hội đồng"));
        String chair2026 = w.appointed(deputy, "CHAIR", day("2026-01-01"), null);

        // vice-chairs are as many as the agency decides; the secretary is one
        w.appoint(clerk, "SECRETARY", day("2025-01-01"), null).statusCode(201);
        String another = World.account(w.department, Roles.COUNCIL);
        assertProblem(w.appoint(another, "SECRETARY", day("2030-01-01"), null), 409, "CONFLICT");
        w.appoint(another, "VICE_CHAIR", day("2025-01-01"), null).statusCode(201);
        w.appoint(World.account(w.department, Roles.COUNCIL), "VICE_CHAIR", day("2025-01-01"), null)
                .statusCode(201);

        // changes meet the same rules: moving the 2025 chair's end into 2026 collides with the 2026 chair
        assertProblem(w.change(chair2025, Map.of("validTo", "2026-01-15")), 409, "CONFLICT");
        // and the 2026 chair cannot start in 2025
        assertProblem(w.change(chair2026, Map.of("validFrom", "2025-06-01")), 409, "CONFLICT");
        // ending a membership before it starts is invalid
        assertProblem(w.change(chair2026, Map.of("validTo", "2025-12-31")), 400, "VALIDATION_FAILED");
        // a change that keeps to itself is fine, and the membership may be changed to another role
        w.change(chair2025, Map.of("validTo", "2025-11-30", "position", "Hiệu trưởng")).statusCode(200)
                .body("validTo", equalTo("2025-11-30")).body("position", equalTo("Hiệu trưởng"))
                .body("role", equalTo("CHAIR"));
    }

    @Test
    void membershipsChangeBetweenYearsAndAreListedByDay() {
        World w = new World();
        String former = World.account(w.department, Map.of("displayName", "Trần Tuấn Anh"), Roles.COUNCIL);
        String successor = World.account(w.department, Map.of("displayName", "Phạm Văn Đức"), Roles.COUNCIL);
        String lasting = World.account(w.agency, Map.of("displayName", "Nguyễn Đức Anh"), Roles.COUNCIL);
        String formerTerm = w.appointed(former, "SECRETARY", day("2024-01-01"), day("2024-12-31"));
        w.appointed(successor, "SECRETARY", day("2025-01-01"), null);
        w.appointed(lasting, "CHAIR", day("2020-01-01"), null);

        assertEquals(List.of("Nguyễn Đức Anh", "Trần Tuấn Anh"), w.namesOn("2024-06-01"));
        assertEquals(List.of("Nguyễn Đức Anh", "Trần Tuấn Anh"), w.namesOn("2024-12-31"));
        assertEquals(List.of("Nguyễn Đức Anh", "Phạm Văn Đức"), w.namesOn("2025-01-01"));
        assertEquals(List.of(), w.namesOn("2019-12-31"));
        assertEquals(List.of("Nguyễn Đức Anh"), w.namesOn("2020-01-01"));
        assertEquals(w.namesOn(TODAY.toString()), w.namesOn(null));
        w.board().queryParam("all", "true").get("/api/v1/councils/" + w.council + "/members").then().statusCode(200)
                .body("fullName", equalTo(List.of("Nguyễn Đức Anh", "Trần Tuấn Anh", "Phạm Văn Đức")))
                .body("current", equalTo(List.of(true, false, true)));
        assertProblem(w.board().queryParam("all", "true").queryParam("on", "2024-01-01")
                .get("/api/v1/councils/" + w.council + "/members").then(), 400, "VALIDATION_FAILED");
        assertProblem(w.board().queryParam("on", "2024-13-01").get("/api/v1/councils/" + w.council + "/members")
                .then(), 400, "BAD_REQUEST");

        // the former secretary's term is moved to end in mid-2024: the lists follow
        w.change(formerTerm, Map.of("validTo", "2024-06-30")).statusCode(200);
        assertEquals(List.of("Nguyễn Đức Anh"), w.namesOn("2024-07-01"));
        // an absent validTo keeps the last day
        w.change(formerTerm, Map.of("fullName", "Trần Minh Anh")).statusCode(200)
                .body("validTo", equalTo("2024-06-30"));
        // continuing as secretary from mid-2024 collides with the 2025 secretary; as a member it does not
        assertProblem(w.change(formerTerm, Map.of("validTo", "2025-06-30")), 409, "CONFLICT");
        w.change(formerTerm, Map.of("role", "MEMBER")).statusCode(200);
        w.change(formerTerm, Map.of("validTo", "2099-12-31")).statusCode(200).body("validTo", equalTo("2099-12-31"))
                .body("current", equalTo(true));
        assertEquals(List.of("Nguyễn Đức Anh", "Trần Minh Anh", "Phạm Văn Đức"), w.namesOn("2025-06-01"));
        assertEquals(List.of("council.member_added", "council.member_changed", "council.member_changed",
                        "council.member_changed", "council.member_changed"),
                sql("SELECT type FROM outbox_event WHERE aggregate_id = ?1 ORDER BY position", formerTerm));
    }

    @Test
    void aMembershipIsDeletedOnlyUntilASessionListsIt() {
        World w = new World();
        String mistaken = w.appointed(World.account(w.department, Roles.COUNCIL), "MEMBER", TODAY, null);
        assertProblem(w.board().header("If-Match", "\"3\"").delete("/api/v1/council-members/" + mistaken).then(),
                412, "PRECONDITION_FAILED");
        assertProblem(w.board().delete("/api/v1/council-members/" + mistaken).then(), 428, "PRECONDITION_REQUIRED");
        w.board().header("If-Match", "\"0\"").delete("/api/v1/council-members/" + mistaken).then().statusCode(204);
        assertProblem(w.board().get("/api/v1/council-members/" + mistaken).then(), 404, "NOT_FOUND");
        assertEquals(List.of("council.member_added", "council.member_removed"),
                sql("SELECT type FROM outbox_event WHERE aggregate_id = ?1 ORDER BY position", mistaken));

        String account = World.account(w.department, Roles.COUNCIL);
        String used = w.appointed(account, "MEMBER", TODAY.minusDays(30), null);
        UUID session = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> {
            EntityManager em = Arc.container().instance(EntityManager.class).get();
            em.createNativeQuery("""
                    INSERT INTO council_session (id, council_id, year, name, meeting_at, voting_mode, status,
                                                 created_at, updated_at, version)
                    VALUES (?1, ?2, 2026, 'Phiên họp xét khen thưởng', now(), 'BALLOT', 'DRAFT', now(), now(), 0)""")
                    .setParameter(1, session).setParameter(2, UUID.fromString(w.council)).executeUpdate();
            em.createNativeQuery("""
                    INSERT INTO council_session_member (session_id, member_id, account_id, full_name, council_role)
                    VALUES (?1, ?2, ?3, 'Thành viên', 'MEMBER')""").setParameter(1, session)
                    .setParameter(2, UUID.fromString(used)).setParameter(3, UUID.fromString(account)).executeUpdate();
        });
        assertProblem(w.board().header("If-Match", "\"0\"").delete("/api/v1/council-members/" + used).then(), 409,
                "CONFLICT").body("detail", containsString("validTo"));
        w.change(used, Map.of("validTo", TODAY.toString())).statusCode(200);
    }

    @Test
    void concurrentAppointmentsLeaveOneChairAndOneMembershipPerAccount() throws Exception {
        World w = new World();
        List<String> candidates = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            candidates.add(World.account(w.department, Roles.COUNCIL));
        }
        String twice = World.account(w.department, Roles.COUNCIL);
        ExecutorService pool = Executors.newFixedThreadPool(12);
        try {
            List<Future<Integer>> chairs = new ArrayList<>();
            List<Future<Integer>> same = new ArrayList<>();
            for (String candidate : candidates) {
                chairs.add(pool.submit(() -> w.appoint(candidate, "CHAIR", day("2026-01-01"), null).extract()
                        .statusCode()));
                same.add(pool.submit(() -> w.appoint(twice, "MEMBER", day("2026-01-01"), null).extract()
                        .statusCode()));
            }
            assertEquals(List.of(201, 409, 409, 409, 409, 409), statuses(chairs));
            assertEquals(List.of(201, 409, 409, 409, 409, 409), statuses(same));
        } finally {
            pool.shutdown();
        }
    }

    /**
     * The database's exclusion constraint backs the check: an overlapping membership written by a transaction that
     * commits only while the appointment waits on it (so that the check could not see it) is answered with the same
     * 409, never a 500.
     */
    @Test
    void anOverlapTheCheckCouldNotSeeIsRefusedByTheDatabaseAsAConflict() throws Exception {
        World w = new World();
        String account = World.account(w.department, Roles.COUNCIL);
        CountDownLatch inserted = new CountDownLatch(1);
        CountDownLatch commit = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<?> other = pool.submit(() -> QuarkusTransaction.requiringNew().run(() -> {
                Arc.container().instance(EntityManager.class).get().createNativeQuery("""
                        INSERT INTO council_member (id, council_id, account_id, full_name, council_role, valid_from,
                                                    created_at, updated_at, version)
                        VALUES (?1, ?2, ?3, 'Thành viên', 'MEMBER', DATE '2026-01-01', now(), now(), 0)""")
                        .setParameter(1, UUID.randomUUID()).setParameter(2, UUID.fromString(w.council))
                        .setParameter(3, UUID.fromString(account)).executeUpdate();
                inserted.countDown();
                await(commit);
            }));
            await(inserted);
            Future<ValidatableResponse> appointment = pool.submit(() -> w.appoint(account, "MEMBER",
                    day("2026-06-01"), null));
            waitForALockWait();
            commit.countDown();
            other.get();
            assertProblem(appointment.get(), 409, "CONFLICT").body("detail", containsString("2026-06-01"));
        } finally {
            commit.countDown();
            pool.shutdown();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("timed out");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Until a backend waits on a lock: the appointment's insert, held by the uncommitted overlapping row. */
    private static void waitForALockWait() throws InterruptedException {
        for (int i = 0; i < 300; i++) {
            List<Object> waiting = sql("SELECT pid FROM pg_stat_activity WHERE wait_event_type = 'Lock'");
            if (!waiting.isEmpty()) {
                return;
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("the appointment never waited on the uncommitted membership");
    }

    private static List<Integer> statuses(List<Future<Integer>> calls) throws Exception {
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> call : calls) {
            statuses.add(call.get());
        }
        return statuses.stream().sorted().toList();
    }
}
