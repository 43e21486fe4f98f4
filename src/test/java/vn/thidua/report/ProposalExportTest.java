package vn.thidua.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.thidua.testsupport.Problems.assertProblem;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;

import vn.thidua.common.Roles;
import vn.thidua.council.CouncilFixtures;
import vn.thidua.testsupport.TestOrg;
import vn.thidua.testsupport.TestTokens;

/**
 * The provincial export of a proposal whose first nominee came from a closed council session (3 of 3 approving) and
 * whose second was added by hand: validated against the published JSON Schema, and read back from the workbook.
 */
@QuarkusTest
class ProposalExportTest {

    static final Path SCHEMA = Path.of("openapi/provincial-export/v1/proposal-dossier.schema.json");
    static final String FIGHTER = "PROVINCE_EMULATION_FIGHTER";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A sent proposal of a new agency; its id, the fixtures and the first nominee's agenda item in {@code made}. */
    record Made(String proposal, CouncilFixtures council, String item, String session, String hoaItem) {
    }

    static Made sentProposal() {
        CouncilFixtures c = new CouncilFixtures(TestOrg.agency("Trường Chính trị " + TestOrg.uniqueCode("")));
        List<CouncilFixtures.Voter> members = c.members(3);
        String session = c.session2024();
        UUID minh = c.person("Lò Văn Minh");
        String item = c.item(session, c.evaluation(minh, "Lò Văn Minh", FIGHTER), FIGHTER, null);
        c.attendance(session, members, List.of());
        c.act(session, "open-voting").statusCode(200);
        members.forEach(m -> CouncilFixtures.vote(m, session, item, "APPROVE"));
        c.act(session, "close-voting").statusCode(200);
        c.act(session, "close").statusCode(200);

        RequestSpecification board = TestOrg.as(c.agency, Roles.BOARD);
        String proposal = board.body(Map.of("toAuthorityName", "Chủ tịch Ủy ban nhân dân tỉnh Lai Châu", "toUnitId",
                TestOrg.root().toString(), "year", 2024, "title", "Tờ trình đề nghị khen thưởng năm 2024"))
                .post("/api/v1/proposals").then().statusCode(201).extract().path("id");
        String base = "/api/v1/proposals/" + proposal;
        TestOrg.as(c.agency, Roles.BOARD).body(Map.of("sessionId", session)).post(base + "/nominees:from-session")
                .then().statusCode(200);
        String minhNominee = TestOrg.as(c.agency, Roles.BOARD).get(base + "/nominees").then().extract()
                .path("[0].id");
        UUID hoa = c.person("Tao Thị Hoa");
        // a Bằng khen of the province needs the council's vote too: taken in a session of its own
        String hoaItem = c.passed(hoa, "PROVINCE_COMMENDATION", members);
        String hoaNominee = TestOrg.as(c.agency, Roles.BOARD).body(Map.of("subjectKind", "PERSON", "personId",
                hoa.toString(), "awardCode", "PROVINCE_COMMENDATION", "citation",
                "Hai năm liền Chiến sĩ thi đua cơ sở (2023, 2024)")).post(base + "/nominees").then().statusCode(201)
                .extract().path("id");
        part(c, base, "LIST", "Danh sách đề nghị", null, null);
        part(c, base, "MINUTES", "Biên bản họp Hội đồng ngày 20/12/2024", "sha256:9f86d081884c7d65", null);
        part(c, base, "ACHIEVEMENT_REPORT", "Báo cáo thành tích của Lò Văn Minh", null, minhNominee);
        part(c, base, "INITIATIVE_PROOF", "Quyết định công nhận sáng kiến", null, minhNominee);
        part(c, base, "ACHIEVEMENT_REPORT", "Báo cáo thành tích của Tao Thị Hoa", null, hoaNominee);
        String etag = TestOrg.as(c.agency, Roles.BOARD).get(base).then().extract().header("ETag");
        TestOrg.as(c.agency, Roles.BOARD).header("If-Match", etag).body(Map.of("number", "15/TTr-TCT", "sentOn",
                "2025-01-10", "signerName", "Lường Văn Thành", "signerPosition", "Hiệu trưởng"))
                .post(base + ":send").then().statusCode(200);
        return new Made(proposal, c, item, session, hoaItem);
    }

    private static void part(CouncilFixtures c, String base, String kind, String title, String checksum,
            String nominee) {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", kind);
        body.put("title", title);
        body.put("url", "https://laichau.gov.vn/ho-so/" + kind.toLowerCase() + ".pdf");
        if (checksum != null) {
            body.put("checksum", checksum);
        }
        if (nominee != null) {
            body.put("nomineeId", nominee);
        }
        TestOrg.as(c.agency, Roles.BOARD).body(body).post(base + "/dossier").then().statusCode(201);
    }

    private static JsonSchema schema() throws IOException {
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(Files.readString(SCHEMA),
                SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build());
    }

    @Test
    void theDossierFollowsThePublishedSchemaAndCarriesTheVote() throws IOException {
        Made m = sentProposal();
        String body = TestOrg.as(m.council().agency, Roles.BOARD).get("/api/v1/proposals/" + m.proposal() + "/export")
                .then().statusCode(200).contentType("application/json").extract().asString();
        JsonNode doc = JSON.readTree(body);
        Set<ValidationMessage> errors = schema().validate(doc);
        assertEquals(Set.of(), errors, "the export against openapi/provincial-export/v1");

        assertEquals("1.1", doc.path("schemaVersion").asText());
        JsonNode proposal = doc.path("proposal");
        assertEquals("15/TTr-TCT", proposal.path("number").asText());
        assertEquals("2025-01-10", proposal.path("sentOn").asText());
        assertEquals("SENT", proposal.path("status").asText());
        assertEquals(m.council().agency.toString(), proposal.path("proposingUnit").path("id").asText());
        assertEquals("Lường Văn Thành", proposal.path("signerName").asText());
        assertEquals(m.session(), doc.path("councilSession").path("id").asText());
        assertEquals(3, doc.path("councilSession").path("memberCount").asInt());

        JsonNode minh = doc.path("nominees").get(0);
        assertEquals(1, minh.path("position").asInt());
        assertEquals("Lò Văn Minh", minh.path("name").asText());
        assertEquals(FIGHTER, minh.path("award").path("code").asText());
        assertEquals("PROVINCE", minh.path("award").path("level").asText());
        JsonNode vote = minh.path("councilResult");
        Map<String, Object> counted = m.council().results(m.session()).get(m.item());
        assertEquals(m.item(), vote.path("agendaItemId").asText());
        assertEquals(3, vote.path("approvals").asInt());
        assertEquals(0, vote.path("rejections").asInt());
        assertEquals(3, vote.path("base").asInt(), "all three members");
        assertEquals(((Number) counted.get("base")).intValue(), vote.path("base").asInt());
        assertEquals(0, new BigDecimal("1").compareTo(vote.path("ratio").decimalValue()), "3 ÷ 3");
        assertEquals(0, new BigDecimal("0.9").compareTo(vote.path("minRatio").decimalValue()),
                "CSTĐ tỉnh needs 90% of all members");
        assertEquals("PASSED", vote.path("outcome").asText());
        assertTrue(vote.path("accepted").asBoolean());
        JsonNode hoa = doc.path("nominees").get(1);
        assertEquals("Tao Thị Hoa", hoa.path("name").asText());
        assertEquals(m.hoaItem(), hoa.path("councilResult").path("agendaItemId").asText(),
                "added by hand, on the vote of another session, which it carries");
        assertEquals(3, hoa.path("councilVote").path("members").asInt());
        assertEquals(3, hoa.path("councilVote").path("votesFor").asInt());
        assertTrue(hoa.path("councilVote").path("quorumMet").asBoolean());
        assertEquals("Hai năm liền Chiến sĩ thi đua cơ sở (2023, 2024)", hoa.path("citation").asText());

        assertEquals(5, doc.path("dossier").size());
        assertEquals(1, doc.path("minutes").size());
        JsonNode minutes = doc.path("minutes").get(0);
        assertEquals("Biên bản họp Hội đồng ngày 20/12/2024", minutes.path("title").asText());
        assertEquals("https://laichau.gov.vn/ho-so/minutes.pdf", minutes.path("url").asText());
        assertEquals("sha256:9f86d081884c7d65", minutes.path("checksum").asText());
        assertTrue(doc.path("dossier").findValues("nomineePosition").stream().anyMatch(n -> n.asInt() == 1));

        // the schema bites: a document without its version, or of another version, is refused
        ObjectNode unversioned = doc.deepCopy();
        unversioned.remove("schemaVersion");
        assertFalse(schema().validate(unversioned).isEmpty());
        ObjectNode v2 = doc.deepCopy();
        v2.put("schemaVersion", "2.0");
        assertFalse(schema().validate(v2).isEmpty());
    }

    @Test
    void theWorkbookHoldsTheSameDossier() throws IOException {
        Made m = sentProposal();
        String path = "/api/v1/proposals/" + m.proposal() + "/export";
        JsonNode doc = JSON.readTree(TestOrg.as(m.council().agency, Roles.BOARD).get(path).then().statusCode(200)
                .extract().asString());
        byte[] xlsx = TestOrg.as(m.council().agency, Roles.BOARD).accept("*/*").queryParam("format", "xlsx").get(path)
                .then().statusCode(200).contentType(ReportTable.XLSX).extract().asByteArray();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<Sheet> sheets = workbook.getSheets().toList();
            assertEquals(List.of("Tờ trình", "Danh sách", "Hồ sơ"), sheets.stream().map(Sheet::getName).toList());
            List<Row> proposal = sheets.get(0).read();
            assertEquals(List.of("Số tờ trình", "15/TTr-TCT"), cells(proposal.get(0), 2));
            assertEquals(List.of("Kính gửi", "Chủ tịch Ủy ban nhân dân tỉnh Lai Châu"), cells(proposal.get(5), 2));

            List<Row> list = sheets.get(1).read();
            assertEquals(ProposalExport.NOMINEE_HEADER, cells(list.get(0), ProposalExport.NOMINEE_HEADER.size()));
            assertEquals(1 + doc.path("nominees").size(), list.size());
            for (int i = 0; i < doc.path("nominees").size(); i++) {
                JsonNode n = doc.path("nominees").get(i);
                JsonNode v = n.path("councilResult");
                List<String> row = cells(list.get(i + 1), ProposalExport.NOMINEE_HEADER.size());
                assertEquals(List.of(n.path("position").asText(), n.path("name").asText(),
                        n.path("jobPosition").asText(""), n.path("unitName").asText(), n.path("award").path("name")
                                .asText(), "Bộ, ngành, tỉnh", n.path("citation").asText("")), row.subList(0, 7));
                if (v.isNull()) {
                    assertEquals(List.of("", "", "", "", "", "", ""), row.subList(7, 14));
                } else {
                    assertEquals(List.of(v.path("approvals").asText(), v.path("rejections").asText(),
                            v.path("base").asText(), "PASSED"), List.of(row.get(7), row.get(8), row.get(9),
                            row.get(12)));
                    assertEquals(0, v.path("ratio").decimalValue().compareTo(new BigDecimal(row.get(10))));
                }
            }
            List<Row> parts = sheets.get(2).read();
            assertEquals(1 + doc.path("dossier").size(), parts.size());
            for (int i = 0; i < doc.path("dossier").size(); i++) {
                JsonNode p = doc.path("dossier").get(i);
                List<String> row = cells(parts.get(i + 1), ProposalExport.DOSSIER_HEADER.size());
                assertEquals(List.of(p.path("title").asText(), p.path("url").asText(), p.path("checksum").asText(""),
                        p.path("nomineePosition").asText("")), row.subList(2, 6));
            }
        }
    }

    @Test
    void scopeRolesAndFormat() {
        Made m = sentProposal();
        String path = "/api/v1/proposals/" + m.proposal() + "/export";
        // the provincial board's system, above the agency, reads it; another agency does not learn it exists
        TestOrg.as(TestOrg.root(), Roles.INTEGRATION).get(path).then().statusCode(200);
        assertProblem(TestOrg.as(TestOrg.agency("Trường khác"), Roles.BOARD).get(path).then(), 404, "NOT_FOUND");
        assertProblem(TestOrg.as(m.council().agency, Roles.BOARD).get("/api/v1/proposals/" + UUID.randomUUID()
                + "/export").then(), 404, "NOT_FOUND");
        assertProblem(RestAssured.given().accept("application/json").auth().oauth2(TestTokens.asPerson(
                m.council().department, m.council().person("Lò Thị Xuân"), Roles.MEMBER)).get(path).then(), 403,
                "FORBIDDEN");
        assertProblem(TestOrg.as(m.council().agency, Roles.COUNCIL).get(path).then(), 403, "FORBIDDEN");
        assertProblem(TestOrg.as(m.council().agency, Roles.BOARD).queryParam("format", "pdf").get(path).then(), 400,
                "VALIDATION_FAILED");
    }

    private static List<String> cells(Row row, int width) {
        return IntStream.range(0, width).mapToObj(c -> c < row.getCellCount() && row.getCell(c) != null
                ? row.getCellText(c) : "").toList();
    }
}
