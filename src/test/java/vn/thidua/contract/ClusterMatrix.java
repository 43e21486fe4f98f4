package vn.thidua.contract;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import vn.thidua.cluster.ClusterFixtures;
import vn.thidua.cluster.MeetingSteps;
import vn.thidua.common.Roles;
import vn.thidua.testsupport.JsonBody;
import vn.thidua.testsupport.TestOrg;

/**
 * The clusters' part of the {@link MatrixWorld}: a province under agency A organises clusters whose members are
 * agency A (head of 2022) and an external school. The shared cluster's 2022 is closed (a covenant, a table, self- and
 * cross-scores, a ranking) for the reads; the {@code fresh...} makers give each act a target in the state it starts
 * from. Secrets: a cluster's name, a member's name.
 */
final class ClusterMatrix {

    static final int YEAR = 2022;
    /** Who reads clusters in reach: not members (no cluster role of their own) nor council members. */
    static final String[] READERS = {Roles.ADMIN, Roles.BOARD, Roles.LEADER, Roles.UNIT_HEAD, Roles.INTEGRATION};

    /** A cluster year made for an act: the cluster, the ETag of the object the act needs, and an id it names. */
    record Year(String cluster, String etag, String id) {
    }

    final UUID agency;
    final UUID organiser;
    final MatrixWorld.Made cluster;
    final String member;
    final MatrixWorld.Made external;
    final String table;
    final String sheet;
    /** The name of agency A's delegate at the shared cluster's 2022 meeting (convened, not yet voting). */
    final String delegate = "Đại biểu " + TestOrg.uniqueCode("MX");
    private int nextYear = 2031;

    ClusterMatrix(UUID agencyA) {
        agency = agencyA;
        organiser = TestOrg.unit(agencyA, "Tỉnh " + TestOrg.uniqueCode("MX"), "PROVINCE");
        cluster = freshCluster();
        member = member(cluster.id(), agency, null).id();
        external = member(cluster.id(), null, "Trường Chính trị tỉnh " + TestOrg.uniqueCode("MX"));
        appoint(cluster.id());
        covenant(cluster.id());
        table = table(cluster.id(), YEAR);
        act(cluster.id(), "open");
        sheet = JsonBody.at(sheet(cluster.id(), member, null), "id");
        sheet(cluster.id(), external.id(), null);
        act(cluster.id(), "start-cross-scoring");
        sheet(cluster.id(), member, external.id());
        sheet(cluster.id(), external.id(), member);
        act(cluster.id(), "close");
        expect(board().body(meetingBody(cluster.id(), delegate)).post(meeting(cluster.id())), 201);
    }

    static String meeting(String cluster) {
        return path(cluster) + "/meetings/" + YEAR;
    }

    /** The meeting of 2022 on paper: one delegate for each member of the cluster, agency A's named {@code name}. */
    Map<String, Object> meetingBody(String clusterId, String name) {
        List<Map<String, Object>> members = JsonBody.at(board().get(path(clusterId) + "/members").then().extract(), "$");
        List<Map<String, Object>> delegates = members.stream().map(m -> Map.<String, Object>of("memberId", m.get("id"),
                "fullName", agency.toString().equals(m.get("unitId")) ? name : "Đại biểu " + m.get("name"))).toList();
        return Map.of("meetingAt", YEAR + "-12-16T08:00:00+07:00", "delegates", delegates);
    }

    /**
     * A new cluster's 2022 meeting taken to {@code state}: "head" (not convened; the ETag-less body to convene it in
     * {@link #meetingBody}), "convened" (a draft session; the id is agency A's membership), "closed" (agency A passed
     * for the flag with both votes; the id is the session's).
     */
    Year freshMeeting(String state) {
        Year head = freshYear("head");
        if (state.equals("head")) {
            return head;
        }
        String session = JsonBody.at(expect(board().body(meetingBody(head.cluster(), "Đại biểu A")).post(meeting(head.cluster())),
                201), "sessionId");
        if (state.equals("convened")) {
            return new Year(head.cluster(), null, head.id());
        }
        String item = JsonBody.at(expect(board().body(Map.of("memberId", head.id(), "awardCode", "PROVINCE_FLAG"))
                .post(meeting(head.cluster()) + "/candidates"), 201), "agendaItemId");
        new MeetingSteps(this::board).vote(session, Map.of(item, new int[] {2, 0}));
        return new Year(head.cluster(), null, session);
    }

    static String path(String cluster) {
        return ClusterFixtures.BASE + cluster;
    }

    RequestSpecification board() {
        return TestOrg.as(agency, Roles.BOARD);
    }

    MatrixWorld.Made freshCluster() {
        String name = "Cụm thi đua " + TestOrg.uniqueCode("MX");
        Response created = board().body(clusterBody(name)).post("/api/v1/clusters");
        return new MatrixWorld.Made(JsonBody.at(expect(created, 201), "id"), created.header("ETag"), name);
    }

    Map<String, Object> clusterBody(String name) {
        return Map.of("organiserUnitId", organiser.toString(), "kind", "BLOCK", "name", name);
    }

    /** A new external member of the shared cluster. */
    MatrixWorld.Made freshMember() {
        return member(cluster.id(), null, "Trường Chính trị tỉnh " + TestOrg.uniqueCode("MX"));
    }

    static Map<String, Object> externalBody(String name) {
        return Map.of("name", name, "province", "Lào Cai", "fromYear", YEAR);
    }

    /** A year of the shared cluster without an appointment yet. */
    int freshYear() {
        return nextYear++;
    }

    /**
     * A new cluster with agency A heading 2022 and an external member, taken to {@code state}: "head", "draft" (a
     * covenant drafted), "signing" (opened for signing), "table", "self" (self-scoring open), "self-sheet" (with agency
     * A's self-score, whose id and ETag are given), "cross" (cross-scoring open).
     */
    Year freshYear(String state) {
        List<String> steps = List.of("head", "draft", "signing", "table", "self", "self-sheet", "cross");
        int upTo = steps.indexOf(state);
        String id = freshCluster().id();
        String mine = member(id, agency, null).id();
        member(id, null, "Trường Chính trị tỉnh " + TestOrg.uniqueCode("MX"));
        appoint(id);
        String covenant = path(id) + "/covenants/" + YEAR;
        String etag = null;
        if (upTo >= 1 && upTo <= 2) {
            etag = expect(board().body(covenantBody()).put(covenant), 200).header("ETag");
        }
        if (upTo == 2) {
            etag = expect(board().header("If-Match", etag).post(covenant + ":open-for-signing"), 200).header("ETag");
        }
        if (upTo >= 3) {
            table(id, YEAR);
        }
        if (upTo >= 4) {
            etag = act(id, "open").header("ETag");
        }
        String sheetId = null;
        if (upTo == 5) {
            Response entered = sheet(id, mine, null);
            sheetId = JsonBody.at(entered, "id");
            etag = entered.header("ETag");
        }
        if (upTo == 6) {
            etag = act(id, "start-cross-scoring").header("ETag");
        }
        return new Year(id, etag, upTo == 5 ? sheetId : mine);
    }

    static Map<String, Object> covenantBody() {
        return Map.of("title", "Giao ước thi đua năm " + YEAR, "content", "Các đơn vị cam kết thi đua.");
    }

    static Map<String, Object> signature(String member) {
        return Map.of("memberId", member, "signerName", "Lường Văn Thành", "signerPosition", "Hiệu trưởng",
                "signedOn", YEAR + "-02-18");
    }

    static Map<String, Object> tableBody(int year) {
        return Map.of("year", year, "title", "Bảng chấm điểm năm " + year, "content",
                ClusterFixtures.tableContent(30));
    }

    static Map<String, Object> sheetBody(String scored, String scorer) {
        Map<String, Object> body = new HashMap<>();
        body.put("scoredMemberId", scored);
        if (scorer != null) {
            body.put("scorerMemberId", scorer);
        }
        body.put("entries", ClusterFixtures.entries(25, 18, 0, 0));
        return body;
    }

    /** A new unused version of the shared cluster's table for a later year, with its ETag. */
    MatrixWorld.Made freshTable() {
        Response created = board().body(tableBody(2040)).post(path(cluster.id()) + "/scoring-tables");
        return new MatrixWorld.Made(JsonBody.at(expect(created, 201), "id"), created.header("ETag"), null);
    }

    private MatrixWorld.Made member(String clusterId, UUID unit, String name) {
        Map<String, Object> body = unit != null ? Map.of("unitId", unit.toString(), "fromYear", YEAR)
                : externalBody(name);
        Response created = board().body(body).post(path(clusterId) + "/members");
        return new MatrixWorld.Made(JsonBody.at(expect(created, 201), "id"), created.header("ETag"), name);
    }

    /** Agency A's membership heads 2022. */
    private void appoint(String clusterId) {
        String mine = board().get(path(clusterId) + "/members").then().extract()
                .path("find { it.unitId == '" + agency + "' }.id");
        expect(board().body(Map.of("headMemberId", mine)).put(path(clusterId) + "/leadership/" + YEAR), 200);
    }

    private void covenant(String clusterId) {
        expect(board().body(covenantBody()).put(path(clusterId) + "/covenants/" + YEAR), 200);
    }

    private String table(String clusterId, int year) {
        return JsonBody.at(expect(board().body(tableBody(year)).post(path(clusterId) + "/scoring-tables"), 201), "id");
    }

    private Response sheet(String clusterId, String scored, String scorer) {
        return expect(board().body(sheetBody(scored, scorer)).post(path(clusterId) + "/scoring/" + YEAR + "/sheets"),
                201);
    }

    private Response act(String clusterId, String act) {
        String round = path(clusterId) + "/scoring/" + YEAR;
        RequestSpecification request = board();
        if (!act.equals("open")) {
            request = request.header("If-Match", board().get(round).header("ETag"));
        }
        return expect(request.post(round + ":" + act), 200);
    }

    private static Response expect(Response response, int status) {
        if (response.statusCode() != status) {
            throw new IllegalStateException("the matrix world's cluster setup got " + response.statusCode() + ": "
                    + response.asString());
        }
        return response;
    }
}
