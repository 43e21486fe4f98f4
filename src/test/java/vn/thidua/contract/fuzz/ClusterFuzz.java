package vn.thidua.contract.fuzz;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import vn.thidua.cluster.ClusterFixtures;
import vn.thidua.cluster.MeetingSteps;
import vn.thidua.common.Roles;
import vn.thidua.testsupport.JsonBody;
import vn.thidua.testsupport.TestOrg;

/**
 * The clusters of the fuzzer's world: a province under the fuzz agency organises them, and the root unit (the
 * fuzzer's callers' home) is a member heading 2022 beside an external school, so that the callers may run the year.
 * A shared cluster with a closed 2022 serves the reads; each act gets a fresh cluster in the state it starts from. The
 * year, member, table and sheet of the cluster named last serve the path parameters after it.
 */
final class ClusterFuzz {

    static final int YEAR = 2022;
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** Keys in order: the fixtures' maps are Map.of, whose order changes from JVM to JVM, and a seed must replay. */
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    private final UUID head;
    private final UUID organiser;
    private final Made shared;
    private int nextYear = 2050;
    private Made last;

    /** A cluster with the ids its path parameters and bodies name. */
    record Made(String id, String headMember, String external, int year, String table, String sheet) {
    }

    ClusterFuzz(UUID agency) {
        head = TestOrg.root();
        organiser = TestOrg.unit(agency, "Tỉnh (fuzz)", "PROVINCE");
        shared = made("closed");
        convene(shared);
    }

    /** The cluster for an act ({@code rest} after the cluster's id; null for a read). */
    String cluster(String rest) {
        if (rest == null) {
            last = shared;
        } else if (rest.isEmpty() || rest.equals("/members") || rest.equals("/scoring-tables")) {
            last = made("head");
        } else if (rest.startsWith("/members/")) {
            last = new Made(shared.id(), shared.headMember(), member(shared.id(), null), YEAR, shared.table(), null);
        } else if (rest.startsWith("/leadership/")) {
            last = new Made(shared.id(), shared.headMember(), shared.external(), nextYear++, shared.table(), null);
        } else if (rest.startsWith("/scoring-tables/")) {
            last = new Made(shared.id(), shared.headMember(), shared.external(), YEAR,
                    table(shared.id(), nextYear++), null);
        } else if (rest.equals("/meetings/{year}/candidates")) {
            last = made("head");
            convene(last);
        } else if (rest.equals("/meetings/{year}:propose")) {
            last = made("head");
            closedMeeting(last);
        } else {
            last = made(state(rest));
        }
        return last.id();
    }

    /** The cluster's 2022 meeting on paper, one delegate for each member. */
    private String convene(Made cluster) {
        return JsonBody.at(ok(board().body(Map.of("meetingAt", YEAR + "-12-16T08:00:00+07:00", "delegates", delegates(cluster)))
                .post(path(cluster.id()) + "/meetings/" + YEAR), 201), "sessionId");
    }

    private static List<Map<String, Object>> delegates(Made cluster) {
        return List.of(Map.of("memberId", cluster.headMember(), "fullName", "Đại biểu trưởng cụm"),
                Map.of("memberId", cluster.external(), "fullName", "Đại biểu Lào Cai"));
    }

    /** The meeting convened, the head agency put to the vote for the flag and passed on paper, the session closed. */
    private void closedMeeting(Made cluster) {
        String session = convene(cluster);
        String item = JsonBody.at(ok(board().body(Map.of("memberId", cluster.headMember(), "awardCode", "PROVINCE_FLAG"))
                .post(path(cluster.id()) + "/meetings/" + YEAR + "/candidates"), 201), "agendaItemId");
        new MeetingSteps(this::board).vote(session, Map.of(item, new int[] {2, 0}));
    }

    private static String state(String rest) {
        if (rest.equals("/covenants/{year}:open-for-signing")) {
            return "draft";
        }
        if (rest.startsWith("/covenants/{year}/signatures") || rest.equals("/covenants/{year}:fix")) {
            return "signing";
        }
        if (rest.equals("/scoring/{year}:open")) {
            return "table";
        }
        if (rest.equals("/scoring/{year}:start-cross-scoring") || rest.equals("/scoring/{year}/sheets")) {
            return "self";
        }
        if (rest.equals("/scoring/{year}:close")) {
            return "cross";
        }
        return rest.startsWith("/score-sheets/") ? "self-sheet" : "head";
    }

    String member() {
        return last.external();
    }

    String year() {
        return String.valueOf(last.year());
    }

    String table() {
        return last.table();
    }

    String sheet() {
        return last.sheet();
    }

    /** Values of the cluster bodies that name something: the cluster named last, its members, a whole table. */
    JsonNode hint(String schema, String property) {
        if (!schema.contains("Cluster")) {
            return null;
        }
        return switch (property) {
            case "organiserUnitId" -> NODES.textNode(organiser.toString());
            case "unitId", "toYear", "scorerMemberId" -> MissingNode.getInstance();
            case "fromYear" -> NODES.numberNode(YEAR);
            case "province" -> NODES.textNode("Lào Cai");
            case "headMemberId", "memberId", "scoredMemberId" -> NODES.textNode(current().headMember());
            case "deputyMemberId" -> NODES.textNode(current().external());
            case "signedOn" -> NODES.textNode(YEAR + "-02-18");
            case "year" -> NODES.numberNode(nextYear++);
            case "content" -> JSON.valueToTree(ClusterFixtures.tableContent(30));
            case "delegates" -> JSON.valueToTree(delegates(current()));
            case "awardCode" -> NODES.textNode("PROVINCE_FLAG");
            case "accountId" -> MissingNode.getInstance();
            case "entries" -> JSON.valueToTree(ClusterFixtures.entries(25, 18, 0, 0));
            default -> null;
        };
    }

    private Made current() {
        return last != null ? last : shared;
    }

    /** A cluster with the root heading 2022 beside an external school, taken to {@code state}. */
    private Made made(String state) {
        List<String> steps = List.of("head", "draft", "signing", "table", "self", "self-sheet", "cross", "closed");
        int upTo = steps.indexOf(state);
        String id = JsonBody.at(ok(board().body(Map.of("organiserUnitId", organiser.toString(), "kind", "CLUSTER", "name",
                "Cụm thi đua (fuzz) " + UUID.randomUUID())).post("/api/v1/clusters"), 201), "id");
        String mine = member(id, head);
        String external = member(id, null);
        ok(board().body(Map.of("headMemberId", mine, "deputyMemberId", external))
                .put(path(id) + "/leadership/" + YEAR), 200);
        String covenant = path(id) + "/covenants/" + YEAR;
        if (upTo == 1 || upTo == 2) {
            String etag = ok(board().body(Map.of("title", "Giao ước", "content", "Cam kết thi đua")).put(covenant),
                    200).header("ETag");
            if (upTo == 2) {
                ok(board().header("If-Match", etag).post(covenant + ":open-for-signing"), 200);
            }
        }
        String table = upTo >= 3 ? table(id, YEAR) : null;
        String sheet = null;
        if (upTo >= 4) {
            act(id, "open");
        }
        if (upTo >= 5) {
            sheet = JsonBody.at(ok(board().body(sheet(mine, null)).post(path(id) + "/scoring/" + YEAR + "/sheets"), 201)
                    , "id");
        }
        if (upTo >= 6) {
            ok(board().body(sheet(external, null)).post(path(id) + "/scoring/" + YEAR + "/sheets"), 201);
            act(id, "start-cross-scoring");
        }
        if (upTo >= 7) {
            ok(board().body(sheet(mine, external)).post(path(id) + "/scoring/" + YEAR + "/sheets"), 201);
            act(id, "close");
        }
        return new Made(id, mine, external, YEAR, table, sheet);
    }

    private static Map<String, Object> sheet(String scored, String scorer) {
        Map<String, Object> body = new HashMap<>();
        body.put("scoredMemberId", scored);
        if (scorer != null) {
            body.put("scorerMemberId", scorer);
        }
        body.put("entries", ClusterFixtures.entries(25, 18, 0, 0));
        return body;
    }

    private String member(String cluster, UUID unit) {
        Map<String, Object> body = unit != null ? Map.of("unitId", unit.toString(), "fromYear", YEAR)
                : Map.of("name", "Trường Chính trị tỉnh Lào Cai", "province", "Lào Cai", "fromYear", YEAR);
        return JsonBody.at(ok(board().body(body).post(path(cluster) + "/members"), 201), "id");
    }

    private String table(String cluster, int year) {
        return JsonBody.at(ok(board().body(Map.of("year", year, "title", "Bảng chấm điểm", "content",
                ClusterFixtures.tableContent(30))).post(path(cluster) + "/scoring-tables"), 201), "id");
    }

    private void act(String cluster, String act) {
        String round = path(cluster) + "/scoring/" + YEAR;
        RequestSpecification request = board();
        if (!act.equals("open")) {
            request = request.header("If-Match", board().get(round).header("ETag"));
        }
        ok(request.post(round + ":" + act), 200);
    }

    private static String path(String cluster) {
        return "/api/v1/clusters/" + cluster;
    }

    /** The root's board: organiser's side (the province is in its scope) and head of 2022 (the root is a member). */
    private RequestSpecification board() {
        return TestOrg.as(head, Roles.BOARD);
    }

    private static Response ok(Response response, int status) {
        if (response.statusCode() != status) {
            throw new IllegalStateException("the fuzzer's cluster setup got " + response.statusCode() + ": "
                    + response.asString());
        }
        return response;
    }
}
