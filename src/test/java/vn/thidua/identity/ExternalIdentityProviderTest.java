package vn.thidua.identity;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static vn.thidua.testsupport.Problems.assertProblem;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.smallrye.jwt.build.Jwt;

import vn.thidua.common.Roles;
import vn.thidua.testsupport.TestOrg;

/**
 * With an external identity provider's issuer and public key configured, its tokens are accepted instead of ours,
 * and password login is off.
 */
@QuarkusTest
@TestProfile(ExternalIdentityProviderTest.ExternalIdp.class)
class ExternalIdentityProviderTest {

    static final String ISSUER = "https://sso.laichau.gov.vn/realms/thidua";
    static final KeyPair IDP = generate();

    public static class ExternalIdp implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            Path key = Path.of("target", "external-idp", "public.pem").toAbsolutePath();
            try {
                Files.createDirectories(key.getParent());
                Files.writeString(key, "-----BEGIN PUBLIC KEY-----\n"
                        + Base64.getMimeEncoder().encodeToString(IDP.getPublic().getEncoded())
                        + "\n-----END PUBLIC KEY-----\n");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return Map.of("mp.jwt.verify.publickey.location", key.toUri().toString(),
                    "mp.jwt.verify.issuer", ISSUER);
        }
    }

    private static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String idpToken(String issuer) {
        return Jwt.issuer(issuer).audience("thidua-api").upn("nguyen.van.a@laichau.gov.vn")
                .groups(Set.of(Roles.ADMIN)).claim("unit", TestOrg.root().toString())
                .expiresAt(Instant.now().plusSeconds(300)).sign(IDP.getPrivate());
    }

    @Test
    void theProvidersTokensAreAccepted() {
        given().auth().oauth2(idpToken(ISSUER)).get("/api/v1/units/" + TestOrg.root()).then().statusCode(200)
                .body("id", equalTo(TestOrg.root().toString()));
    }

    @Test
    void anotherIssuerIsRefused() {
        assertProblem(given().auth().oauth2(idpToken("https://thidua.local/issuer")).get("/api/v1/units").then(),
                401, "UNAUTHORIZED");
    }

    @Test
    void passwordLoginIsOff() {
        assertProblem(given().contentType(ContentType.JSON)
                .body(Map.of("username", "admin", "password", "Test-Admin-Password-2026"))
                .post("/api/v1/auth/token").then(), 403, "FORBIDDEN");
    }
}
