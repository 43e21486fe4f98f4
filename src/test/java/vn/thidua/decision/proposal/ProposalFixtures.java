package vn.thidua.decision.proposal;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

import vn.thidua.common.Roles;
import vn.thidua.council.CouncilFixtures;
import vn.thidua.testsupport.TestOrg;

/**
 * An agency under the root (the province, whose board is the higher authority) with the council fixtures' department,
 * plan and council, and proposals of the agency made through the API.
 */
final class ProposalFixtures {

    static final String BASE = "/api/v1/proposals/";
    static final String FIGHTER = "PROVINCE_EMULATION_FIGHTER";

    final UUID province = TestOrg.root();
    final CouncilFixtures council = new CouncilFixtures(TestOrg.agency("Trường Chính trị tỉnh " + TestOrg.uniqueCode("")));
    final UUID agency = council.agency;

    RequestSpecification board() {
        return TestOrg.as(agency, Roles.BOARD);
    }

    /** The provincial board: the higher authority, with every agency in its scope. */
    RequestSpecification provinceBoard() {
        return TestOrg.as(province, Roles.BOARD);
    }

    String create(int year) {
        return board().body(Map.of("toAuthorityName", "Chủ tịch Ủy ban nhân dân tỉnh", "toUnitId", province.toString(),
                "year", year, "title", "Tờ trình đề nghị khen thưởng năm " + year)).post("/api/v1/proposals").then()
                .statusCode(201).extract().path("id");
    }

    UUID person(String name) {
        return council.person(name);
    }

    /** A nominee resting on the council's vote, which the agency's council gives first (a closed 2024 session). */
    String nominee(String proposal, UUID person, String award) {
        council.passed(person, award);
        return board().body(Map.of("subjectKind", "PERSON", "personId", person.toString(), "awardCode", award,
                "citation", "Hoàn thành xuất sắc nhiệm vụ")).post(BASE + proposal + "/nominees").then()
                .statusCode(201).extract().path("id");
    }

    String part(String proposal, String kind, String nominee) {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", kind);
        body.put("title", kind + " " + TestOrg.uniqueCode("HS"));
        body.put("url", "https://laichau.gov.vn/files/" + kind.toLowerCase() + ".pdf");
        if (nominee != null) {
            body.put("nomineeId", nominee);
        }
        return board().body(body).post(BASE + proposal + "/dossier").then().statusCode(201).extract().path("id");
    }

    /** A draft with one provincial emulation fighter and the whole dossier the law asks for; its nominee's id. */
    String complete(String proposal, UUID person) {
        String nominee = nominee(proposal, person, FIGHTER);
        part(proposal, "LIST", null);
        part(proposal, "MINUTES", null);
        part(proposal, "ACHIEVEMENT_REPORT", nominee);
        part(proposal, "INITIATIVE_PROOF", nominee);
        return nominee;
    }

    String etag(String proposal) {
        return board().get(BASE + proposal).then().statusCode(200).extract().header("ETag");
    }

    ValidatableResponse act(RequestSpecification as, String proposal, String action, Object body) {
        RequestSpecification request = as.header("If-Match", etag(proposal));
        if (body != null) {
            request = request.body(body);
        }
        return request.post(BASE + proposal + ":" + action).then();
    }

    /** The provincial decision awarding the nominees named, with a number of its own. */
    static Map<String, Object> decision(String... awarded) {
        return Map.of("number", TestOrg.uniqueCode("QĐ") + "/QĐ-UBND", "decisionDate", "2025-03-01",
                "authorityName", "Ủy ban nhân dân tỉnh Lai Châu", "authorityLevel", "PROVINCE",
                "signerName", "Lê Văn Lương", "signerPosition", "Chủ tịch",
                "title", "Quyết định về việc tặng danh hiệu Chiến sĩ thi đua cấp tỉnh năm 2024",
                "legalBases", java.util.List.of(Map.of("reference", "Luật Thi đua, khen thưởng ngày 15/6/2022")),
                "awarded", java.util.Arrays.stream(awarded).map(id -> Map.of("nomineeId", id)).toList());
    }

    /** A proposal of one provincial fighter taken to RECEIVED; its nominee's id. */
    String received(String proposal, UUID person, String number) {
        String nominee = complete(proposal, person);
        act(board(), proposal, "send", sending(number)).statusCode(200);
        act(provinceBoard(), proposal, "receive", null).statusCode(200);
        return nominee;
    }

    static Map<String, Object> sending(String number) {
        return Map.of("number", number, "sentOn", "2025-01-10", "signerName", "Lường Văn Thành",
                "signerPosition", "Hiệu trưởng");
    }
}
