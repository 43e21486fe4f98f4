package vn.thidua.decision;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.thidua.testsupport.Problems.assertProblem;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

import vn.thidua.decision.PublicDecisionFixtures.Line;
import vn.thidua.decision.PublicDecisionFixtures.Made;
import vn.thidua.decision.PublicDecisionFixtures.Stage;
import vn.thidua.testsupport.TestOrg;

/**
 * The public views of decisions (issue 9, point 5): what anyone sees without a token, what they never see, and the
 * verification of a certificate's code.
 */
@QuarkusTest
class PublicDecisionTest {

    private static final String LIST = "/api/v1/public/decisions";
    private static final String VERIFY = "/api/v1/public/verify/";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Keys of what the law does not make public; none may appear at any depth of a public answer. */
    private static final Set<String> PRIVATE_KEYS = Set.of("amountVnd", "amount", "totalVnd", "coefficient",
            "multiplier", "baseSalaryVnd", "fundingSource", "funding", "personId", "subjectId", "evaluationId",
            "agendaItemId", "councilSessionId", "planId", "phaseId", "proposalId", "eligibility", "eligibilityNote",
            "overrideReason", "verificationCode", "awardRecordId", "recoveryOwedVnd", "recoveryItem",
            "recoveredVnd", "recoveredOn", "itemRecoveredOn", "recoveryNote", "revocationReason", "createdBy",
            "createdAt", "updatedBy", "updatedAt", "signedBy", "signedAt", "publishedBy", "publishedAt", "version",
            "recipients", "unitId", "authorityUnitId", "subjectPosition");

    private UUID agency;
    private UUID faculty;

    @BeforeEach
    void organisation() {
        agency = TestOrg.agency("Trường Chính trị tỉnh Lai Châu");
        faculty = TestOrg.unit(agency, "Khoa Lý luận cơ sở", "DEPARTMENT");
    }

    @Test
    void draftsAndSignedButUnpublishedDecisionsAreNeitherListedNorRead() {
        String token = token();
        Made draft = award(Stage.DRAFT, "Quyết định dự thảo " + token);
        Made signed = award(Stage.SIGNED, "Quyết định đã ký " + token);
        Made published = award(Stage.PUBLISHED, "Quyết định công khai " + token);

        given().queryParam("q", token).get(LIST).then().statusCode(200)
                .body("total", equalTo(1))
                .body("items.id", contains(published.id().toString()))
                .body("items[0].status", equalTo("PUBLISHED"))
                .body("items[0].awardeeCount", equalTo(2))
                .body("items[0].firstAwardees", contains("Nguyễn Văn Đức", "Khoa Lý luận cơ sở"));
        given().get(LIST + "/" + published.id()).then().statusCode(200)
                .body("number", equalTo(published.number()))
                .body("awardees.position", contains(1, 2))
                .body("awardees[0].award.nameVi", equalTo("Chiến sĩ thi đua cơ sở"))
                .body("awardees[1].subjectKind", equalTo("UNIT"));
        assertProblem(given().get(LIST + "/" + draft.id()).then(), 404, "NOT_FOUND");
        assertProblem(given().get(LIST + "/" + signed.id()).then(), 404, "NOT_FOUND");
        assertProblem(given().get(LIST + "/" + UUID.randomUUID()).then(), 404, "NOT_FOUND");
    }

    @Test
    void noPrivateValueReachesAnyPublicAnswer() {
        String token = token();
        Made award = award(Stage.PUBLISHED, "Quyết định tặng danh hiệu " + token);
        Made revocation = PublicDecisionFixtures.revoke(award, Stage.PUBLISHED, LocalDate.of(2023, 5, 10), 1);
        Made unpublished = award(Stage.SIGNED, "Quyết định chưa công khai " + token);

        List<String> bodies = List.of(
                given().queryParam("q", token).get(LIST).then().statusCode(200).extract().asString(),
                given().queryParam("q", token).queryParam("kind", "REVOCATION").get(LIST).then().statusCode(200)
                        .extract().asString(),
                given().get(LIST + "/" + award.id()).then().statusCode(200).extract().asString(),
                given().get(LIST + "/" + revocation.id()).then().statusCode(200).extract().asString(),
                given().get(VERIFY + award.codes().get(0)).then().statusCode(200).extract().asString(),
                given().get(VERIFY + award.codes().get(1)).then().statusCode(200).extract().asString(),
                given().get(VERIFY + unpublished.codes().get(0)).then().statusCode(200).extract().asString());
        for (String body : bodies) {
            Set<String> keys = keys(body);
            Set<String> leaked = new TreeSet<>(keys);
            leaked.retainAll(PRIVATE_KEYS);
            assertTrue(leaked.isEmpty(), "private keys " + leaked + " in " + body);
            for (String secret : List.of(PublicDecisionFixtures.OVERRIDE_REASON,
                    PublicDecisionFixtures.ELIGIBILITY_NOTE, PublicDecisionFixtures.RECOVERY_NOTE,
                    PublicDecisionFixtures.FUNDING, String.valueOf(PublicDecisionFixtures.AMOUNT_VND),
                    "fixture.board", "fixture.leader", "Giảng viên chính")) {
                assertFalse(body.contains(secret), "'" + secret + "' in " + body);
            }
            for (String code : List.of(award.codes().get(0), award.codes().get(1), unpublished.codes().get(0))) {
                assertFalse(body.contains(code), "a verification code in " + body);
            }
        }
        assertEquals(7, bodies.size());
    }

    @Test
    void searchIgnoresAccentsAndCaseOnNumbersTitlesAndAwardeesNames() {
        String token = token();
        String given = givenName();
        Made byTitle = award(Stage.PUBLISHED, "Quyết định tặng Giấy khen đợt Xuân " + token);
        String number = PublicDecisionFixtures.freshNumber();
        Made byNumber = PublicDecisionFixtures.award(agency, Stage.PUBLISHED, 2022, number,
                LocalDate.of(2022, 6, 30), "Quyết định khen thưởng", List.of(Line.person(faculty, "Lò Thị Hương",
                        "Khoa Lý luận cơ sở")));
        Made byName = PublicDecisionFixtures.award(agency, Stage.PUBLISHED, 2022, "Quyết định khen thưởng",
                List.of(Line.person(faculty, "Điêu Chính Tới", "Khoa Lý luận cơ sở"),
                        Line.person(faculty, "Nguyễn Văn Đức " + given, "Khoa Lý luận cơ sở")));

        searchFinds("giay khen dot xuan " + token.toLowerCase(), byTitle);
        searchFinds("GIẤY KHEN ĐỢT XUÂN " + token, byTitle);
        searchFinds(number.toLowerCase().replace("qđ", "qd"), byNumber);
        searchFinds("nguyen van duc " + given.toLowerCase(), byName);
        searchFinds("NGUYỄN VĂN ĐỨC " + given.toUpperCase(), byName);
        given().queryParam("q", "100% " + token).get(LIST).then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void theUnitFilterKeepsTheDecisionsOfItsSubtree() {
        UUID sibling = TestOrg.agency("Sở Nội vụ");
        String token = token();
        Made ofAgency = award(Stage.PUBLISHED, "Quyết định của trường " + token);
        Made ofFaculty = PublicDecisionFixtures.award(faculty, Stage.PUBLISHED, 2022, "Quyết định của khoa " + token,
                List.of(Line.person(faculty, "Trần Tuấn Anh", "Khoa Lý luận cơ sở")));
        Made ofSibling = PublicDecisionFixtures.award(sibling, Stage.PUBLISHED, 2022, "Quyết định của sở " + token,
                List.of(Line.collective(sibling, "Sở Nội vụ")));

        listed(given().queryParam("q", token).queryParam("unit", agency.toString()), ofAgency, ofFaculty);
        listed(given().queryParam("q", token).queryParam("unit", faculty.toString()), ofFaculty);
        listed(given().queryParam("q", token).queryParam("unit", sibling.toString()), ofSibling);
        listed(given().queryParam("q", token), ofAgency, ofFaculty, ofSibling);
        listed(given().queryParam("q", token).queryParam("unit", UUID.randomUUID().toString()));
    }

    @Test
    void theListFiltersByYearKindAwardAndDateAndSortsByDateOrNumber() {
        String token = token();
        Made early = PublicDecisionFixtures.award(agency, Stage.PUBLISHED, 2021, "B-" + token,
                LocalDate.of(2021, 3, 1), "Quyết định đầu năm " + token, List.of(Line.collective(faculty,
                        "Khoa Lý luận cơ sở")));
        Made late = PublicDecisionFixtures.award(agency, Stage.PUBLISHED, 2022, "A-" + token,
                LocalDate.of(2022, 11, 20), "Quyết định cuối năm " + token, List.of(Line.person(faculty,
                        "Lò Văn Pình", "Khoa Lý luận cơ sở")));
        Made revocation = PublicDecisionFixtures.revoke(late, Stage.PUBLISHED, LocalDate.of(2023, 1, 5), 1);

        listedInOrder(given().queryParam("q", token), revocation, late, early);
        listedInOrder(given().queryParam("q", token).queryParam("kind", "AWARD").queryParam("sort", "number"),
                late, early);
        listedInOrder(given().queryParam("q", token).queryParam("sort", "decisionDate"), early, late, revocation);
        listed(given().queryParam("q", token).queryParam("year", 2021), early);
        listed(given().queryParam("q", token).queryParam("kind", "REVOCATION"), revocation);
        listed(given().queryParam("q", token).queryParam("awardCode", "CERTIFICATE_OF_MERIT"), early);
        listed(given().queryParam("q", token).queryParam("from", "2022-01-01").queryParam("to", "2022-12-31"), late);
        given().queryParam("sort", "amountVnd").get(LIST).then().statusCode(400);
    }

    @Test
    void aRevocationIsPublicBothWays() {
        Made award = award(Stage.PUBLISHED, "Quyết định tặng danh hiệu " + token());
        Made revocation = PublicDecisionFixtures.revoke(award, Stage.PUBLISHED, LocalDate.of(2023, 5, 10), 1, 2);

        given().get(LIST + "/" + award.id()).then().statusCode(200)
                .body("status", equalTo("REVOKED"))
                .body("revokedOn", equalTo("2023-05-10"))
                .body("revokedBy.id", equalTo(revocation.id().toString()))
                .body("revokedBy.number", equalTo(revocation.number()))
                .body("awardees.revoked", contains(true, true))
                .body("awardees.revokedOn", contains("2023-05-10", "2023-05-10"));
        given().get(LIST + "/" + revocation.id()).then().statusCode(200)
                .body("kind", equalTo("REVOCATION"))
                .body("revokes.id", equalTo(award.id().toString()))
                .body("revokes.number", equalTo(award.number()))
                .body("revocationGround", equalTo("FALSIFIED_ACHIEVEMENTS"))
                .body("awardees", empty());
    }

    @Test
    void aStandingCertificateVerifiesWithItsDecision() {
        Made award = award(Stage.PUBLISHED, "Quyết định tặng danh hiệu " + token());

        given().get(VERIFY + award.codes().get(0)).then().statusCode(200)
                .header("Cache-Control", "public, max-age=300")
                .body("standing", equalTo(true))
                .body("status", equalTo("STANDING"))
                .body("subjectKind", equalTo("PERSON"))
                .body("subjectName", equalTo("Nguyễn Văn Đức"))
                .body("unitName", equalTo("Khoa Lý luận cơ sở"))
                .body("award.code", equalTo("GRASSROOTS_EMULATION_FIGHTER"))
                .body("award.nameVi", equalTo("Chiến sĩ thi đua cơ sở"))
                .body("award.nameEn", equalTo("Grassroots emulation fighter"))
                .body("decisionId", equalTo(award.id().toString()))
                .body("decisionNumber", equalTo(award.number()))
                .body("decisionDate", equalTo("2022-12-28"))
                .body("authorityName", equalTo("Trường Chính trị tỉnh Lai Châu"))
                .body("signer.name", equalTo("Lường Văn Thành"))
                .body("signer.position", equalTo("Hiệu trưởng"))
                .body("revokedOn", nullValue())
                .body("revokedBy", nullValue());
    }

    @Test
    void aRevokedCertificateSaysSoAndByWhichDecision() {
        Made award = award(Stage.PUBLISHED, "Quyết định tặng danh hiệu " + token());
        Made revocation = PublicDecisionFixtures.revoke(award, Stage.SIGNED, LocalDate.of(2023, 5, 10), 2);

        given().get(VERIFY + award.codes().get(1)).then().statusCode(200)
                .body("standing", equalTo(false))
                .body("status", equalTo("REVOKED"))
                .body("revokedOn", equalTo("2023-05-10"))
                .body("revokedBy.number", equalTo(revocation.number()))
                .body("revokedBy.decisionDate", equalTo("2023-05-10"))
                .body("revokedBy.id", nullValue())
                .body("decisionId", equalTo(award.id().toString()));
        given().get(VERIFY + award.codes().get(0)).then().statusCode(200).body("status", equalTo("STANDING"));
        given().get(LIST + "/" + award.id()).then().statusCode(200)
                .body("status", equalTo("PUBLISHED"))
                .body("awardees.revoked", contains(false, true));
    }

    @Test
    void aCertificateOfASignedButUnpublishedDecisionVerifiesWithoutItsId() {
        Made signed = award(Stage.SIGNED, "Quyết định đã ký " + token());

        given().get(VERIFY + signed.codes().get(0)).then().statusCode(200)
                .body("standing", equalTo(true))
                .body("decisionNumber", equalTo(signed.number()))
                .body("decisionId", nullValue());
    }

    @Test
    void unknownMalformedAndDraftCodesAreAllTheSame404() {
        Made draft = award(Stage.DRAFT, "Quyết định dự thảo " + token());
        for (String code : List.of(PublicDecisionFixtures.freshCode(), draft.codes().get(0), "abc", "ZZZZZ-ZZZZU",
                "12345-678901", "ABCDE+FGHJK", "0".repeat(300))) {
            assertProblem(given().get(VERIFY + code).then(), 404, "NOT_FOUND");
        }
    }

    @Test
    void codesAreReadAsPeopleTypeThem() {
        String code = PublicDecisionFixtures.codeStartingWith("01");
        Made award = PublicDecisionFixtures.award(agency, Stage.PUBLISHED, 2022, "Quyết định " + token(),
                List.of(Line.person(faculty, "Nguyễn Văn Đức", "Khoa Lý luận cơ sở").withCode(code)));
        String plain = code.replace("-", "");
        for (String typed : List.of(code.toLowerCase(), plain, plain.toLowerCase(),
                code.substring(0, 3) + " " + code.substring(3, 8) + " " + code.substring(8),
                "O" + code.substring(1), "oI" + code.substring(2), "OL" + code.substring(2).toLowerCase(),
                code.replace("-", "\u2013"))) {
            given().get(VERIFY + typed).then().statusCode(200)
                    .body("decisionId", equalTo(award.id().toString()));
        }
    }

    @Test
    void noTokenIsNeededAndABadOneIsIgnored() {
        Made award = award(Stage.PUBLISHED, "Quyết định " + token());
        for (String path : List.of(LIST, LIST + "/" + award.id(), VERIFY + award.codes().get(0))) {
            given().get(path).then().statusCode(200).header("Cache-Control", "public, max-age=300");
            given().auth().oauth2("not-a-token").get(path).then().statusCode(200);
        }
    }

    @Test
    void canonicalCodesFollowCrockford() {
        assertEquals(Optional.of("01ABC-DEFGH"), PublicDecisionService.canonicalCode(" oi abc-defgh "));
        assertEquals(Optional.of("11111-00000"), PublicDecisionService.canonicalCode("lLiI1OoO00"));
        assertEquals(Optional.empty(), PublicDecisionService.canonicalCode("UUUUU-UUUUU"));
        assertEquals(Optional.empty(), PublicDecisionService.canonicalCode("ABCDE-FGHJ"));
        assertEquals(Optional.empty(), PublicDecisionService.canonicalCode("ABCDE-FGHJKM"));
        assertEquals(Optional.empty(), PublicDecisionService.canonicalCode("ABCDE_FGHJK"));
        assertEquals(Optional.empty(), PublicDecisionService.canonicalCode(null));
    }

    // --- helpers --------------------------------------------------------------------------------------------------

    /** A 2022 award of the agency: a person of the faculty, then the faculty as a collective. */
    private Made award(Stage stage, String title) {
        return PublicDecisionFixtures.award(agency, stage, 2022, title, List.of(
                Line.person(faculty, "Nguyễn Văn Đức", "Khoa Lý luận cơ sở"),
                Line.collective(faculty, "Khoa Lý luận cơ sở")));
    }

    private static void searchFinds(String q, Made decision) {
        given().queryParam("q", q).get(LIST).then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].id", equalTo(decision.id().toString()));
    }

    private static void listed(RequestSpecification request, Made... expected) {
        request.get(LIST).then().statusCode(200).body("total", equalTo(expected.length))
                .body("items.id", expected.length == 0 ? empty() : containsInAnyOrder(ids(expected)));
    }

    private static void listedInOrder(RequestSpecification request, Made... expected) {
        request.get(LIST).then().statusCode(200).body("total", equalTo(expected.length))
                .body("items.id", contains(ids(expected)));
    }

    private static Object[] ids(Made... decisions) {
        return Arrays.stream(decisions).map(d -> d.id().toString()).toArray();
    }

    /** Every object key of the JSON answer, at any depth. */
    private static Set<String> keys(String body) {
        Set<String> keys = new TreeSet<>();
        try {
            collect(JSON.readTree(body), keys);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return keys;
    }

    private static void collect(JsonNode node, Set<String> keys) {
        if (node.isObject()) {
            for (Iterator<String> names = node.fieldNames(); names.hasNext();) {
                String name = names.next();
                keys.add(name);
                collect(node.get(name), keys);
            }
        } else if (node.isArray()) {
            node.forEach(item -> collect(item, keys));
        }
    }

    /** Letters only and unique: a searchable word that no other test's data holds. */
    private static String token() {
        return givenName();
    }

    private static String givenName() {
        StringBuilder name = new StringBuilder("X");
        for (char c : UUID.randomUUID().toString().replace("-", "").substring(0, 10).toCharArray()) {
            name.append((char) ('a' + Character.digit(c, 16)));
        }
        return name.toString();
    }
}
