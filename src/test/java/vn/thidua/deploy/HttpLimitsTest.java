package vn.thidua.deploy;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.thidua.testsupport.Problems.assertProblem;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;

import vn.thidua.common.Roles;
import vn.thidua.testsupport.RawHttp;
import vn.thidua.testsupport.TestTokens;

/**
 * What the HTTP layer refuses before any resource is answered problem+json like the rest of the API: a URL too long
 * (414), a URL that is not one (400), headers too large (431) and a chunked body over the limit (413), whose size no
 * header announced.
 */
@QuarkusTest
class HttpLimitsTest {

    private static final String NOTES = "/api/v1/fixture/notes";

    @Test
    void aUrlOverTheLimitIs414ProblemJson() {
        String query = "q=" + "a".repeat(5000);
        assertProblem(given().get("/api/v1/public/plans?" + query).then(), 414, "URI_TOO_LONG");
        given().get("/api/v1/public/plans?q=" + "a".repeat(3000)).then().statusCode(200);
    }

    @Test
    void headersOverTheLimitAre431ProblemJson() {
        assertProblem(given().header("X-Padding", "b".repeat(21 * 1024)).get("/api/v1/public/plans").then(),
                431, "HEADERS_TOO_LARGE");
        given().header("X-Padding", "b".repeat(8 * 1024)).get("/api/v1/public/plans").then().statusCode(200);
    }

    @Test
    void aUrlThatIsNoneIs400ProblemJsonWhereverItPoints() throws Exception {
        for (String target : List.of("/api/v1/people/%zz", "/api/v1/public/plans?q=%zz", "/%zz",
                "/api/v1/public/plans/%E0%A4%A", "/api/v1/public/plans?q=100%", "/q/health/%zz")) {
            RawHttp.Answer answer = RawHttp.get(RestAssured.port, target);
            assertEquals(400, answer.status(), target + "\n" + answer.head());
            assertTrue(String.valueOf(answer.header("Content-Type")).startsWith("application/problem+json"),
                    target + "\n" + answer.head());
            assertEquals("BAD_REQUEST", answer.json().getString("code"), target);
            assertTrue(answer.json().getString("detail").startsWith("Địa chỉ không đọc được"), answer.body());
        }
    }

    @Test
    void whatCanBeDecodedIsReadEvenWhereJavaNetUriWouldRefuseIt() throws Exception {
        // a raw | in a query (browsers send it), and %C3%28: well-formed escapes of two bytes that are no UTF-8
        assertEquals(200, RawHttp.get(RestAssured.port, "/api/v1/public/plans?q=a|b").status());
        assertEquals(200, RawHttp.get(RestAssured.port, "/api/v1/public/plans?q=%C3%28").status());
        assertProblem(given().urlEncodingEnabled(false).get("/api/v1/public/plans/%C3%28").then(), 400, "BAD_REQUEST");
    }

    @Test
    void aChunkedBodyOverTheLimitIs413ProblemJson() throws Exception {
        // 11 MB of a JSON string, sent without Content-Length: the JDK's client sends a stream of unknown length chunked
        InputStream body = new SequenceInputStream(Collections.enumeration(List.of(
                new ByteArrayInputStream("{\"title\":\"".getBytes(StandardCharsets.UTF_8)),
                new ByteArrayInputStream(new byte[11 * 1024 * 1024]) {
                    @Override
                    public synchronized int read(byte[] into, int offset, int length) {
                        int read = super.read(into, offset, length);
                        for (int i = offset; i < offset + Math.max(read, 0); i++) {
                            into[i] = 'x';
                        }
                        return read;
                    }
                },
                new ByteArrayInputStream("\"}".getBytes(StandardCharsets.UTF_8)))));
        HttpResponse<String> answer = send(HttpRequest.BodyPublishers.ofInputStream(() -> body));
        assertEquals(413, answer.statusCode(), answer.body());
        assertTrue(answer.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertEquals("PAYLOAD_TOO_LARGE", new JsonPath(answer.body()).getString("code"));
    }

    @Test
    void aChunkedBodyWithinTheLimitIsReadAsAnyOther() throws Exception {
        HttpResponse<String> answer = send(HttpRequest.BodyPublishers.ofInputStream(
                () -> new ByteArrayInputStream("{\"title\":\"chunked\"}".getBytes(StandardCharsets.UTF_8))));
        assertEquals(201, answer.statusCode(), answer.body());
        assertEquals("chunked", new JsonPath(answer.body()).getString("title"));
    }

    private static HttpResponse<String> send(HttpRequest.BodyPublisher body) throws Exception {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port + NOTES))
                .header("Authorization", "Bearer " + TestTokens.withRoles(Roles.ADMIN))
                .header("Content-Type", "application/json")
                .POST(body).build(), HttpResponse.BodyHandlers.ofString());
    }
}
