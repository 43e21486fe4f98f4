package vn.thidua.common.api;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static vn.thidua.testsupport.Problems.assertProblem;

import java.text.Normalizer;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import vn.thidua.common.Roles;
import vn.thidua.testsupport.Api;

/** Paging, sorting, NFC on the way in and accent-insensitive search, through HTTP and the real database. */
@QuarkusTest
class ListAndSearchTest {

    private static final String NOTES = "/api/v1/fixture/notes";

    private static String create(String title) {
        return Api.as(Roles.ADMIN).body(java.util.Map.of("title", title)).post(NOTES)
                .then().statusCode(201).extract().path("id");
    }

    @Test
    void findsNguyenVanDucWithoutAccentsOrCase() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        create("Nguyễn Văn Đức " + tag);
        create("Nguyễn Văn Dũng " + tag);
        create("Trần Thị Đào " + tag);
        Api.as(Roles.MEMBER).queryParam("q", "nguyen van duc " + tag).get(NOTES).then().statusCode(200)
                .body("total", equalTo(1))
                .body("items.title", contains("Nguyễn Văn Đức " + tag));
        Api.as(Roles.MEMBER).queryParam("q", "NGUYEN VAN D").queryParam("sort", "title").get(NOTES).then()
                .body("items.title", org.hamcrest.Matchers.hasItems("Nguyễn Văn Dũng " + tag, "Nguyễn Văn Đức " + tag));
        Api.as(Roles.MEMBER).queryParam("q", "đào " + tag).get(NOTES).then().body("total", equalTo(1));
    }

    @Test
    void decomposedTextIsStoredComposedAndFoundEitherWay() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String nfd = Normalizer.normalize("Phạm Thị Hường " + tag, Normalizer.Form.NFD);
        String id = create(nfd);
        Api.as(Roles.ADMIN).get(NOTES + "/" + id).then().body("title", equalTo("Phạm Thị Hường " + tag));
        Api.as(Roles.MEMBER).queryParam("q", nfd).get(NOTES).then().body("total", equalTo(1));
        Api.as(Roles.MEMBER).queryParam("q", "huong " + tag).get(NOTES).then().body("total", equalTo(1));
    }

    @Test
    void likeWildcardsInTheQueryAreLiteral() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        create("100% hoàn thành " + tag);
        create("1000 hoàn thành " + tag);
        Api.as(Roles.MEMBER).queryParam("q", "100% hoan thanh " + tag).get(NOTES).then().body("total", equalTo(1));
        Api.as(Roles.MEMBER).queryParam("q", "_" + tag).get(NOTES).then().body("total", equalTo(0));
    }

    @Test
    void pagesAreBoundedStableAndCarryTheTotal() {
        String tag = "page-" + UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < 5; i++) {
            create(tag + " same title");
        }
        var first = Api.as(Roles.MEMBER).queryParam("q", tag).queryParam("size", 2).queryParam("page", 0)
                .get(NOTES).then().statusCode(200)
                .body("total", equalTo(5)).body("totalPages", equalTo(3)).body("items", hasSize(2))
                .body("page", equalTo(0)).body("size", equalTo(2))
                .extract().<java.util.List<String>>path("items.id");
        var second = Api.as(Roles.MEMBER).queryParam("q", tag).queryParam("size", 2).queryParam("page", 1)
                .get(NOTES).then().extract().<java.util.List<String>>path("items.id");
        var third = Api.as(Roles.MEMBER).queryParam("q", tag).queryParam("size", 2).queryParam("page", 2)
                .get(NOTES).then().extract().<java.util.List<String>>path("items.id");
        java.util.Set<String> all = new java.util.HashSet<>(first);
        all.addAll(second);
        all.addAll(third);
        org.junit.jupiter.api.Assertions.assertEquals(5, all.size(), "equal titles must still page without overlap");
    }

    @Test
    void badPagingParametersAreA400NamingEachOne() {
        assertProblem(Api.as(Roles.MEMBER).queryParam("size", 1000).queryParam("page", "x")
                .queryParam("sort", "secret").get(NOTES).then(), 400, "VALIDATION_FAILED")
                .body("errors.field", contains("page", "size", "sort"));
    }
}
