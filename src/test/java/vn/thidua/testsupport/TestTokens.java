package vn.thidua.testsupport;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Set;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;

/**
 * Real signed JWTs for tests, made with the same key the service verifies with (the generated test key pair), plus
 * the bad ones of the security checklist: expired, wrong issuer, wrong audience, signed by another key, tampered.
 */
public final class TestTokens {

    public static final String ISSUER = "https://thidua.local/issuer";
    public static final String AUDIENCE = "thidua-api";

    private TestTokens() {
    }

    public static String withRoles(String... roles) {
        return claims("tester", roles).sign();
    }

    /** A token of a caller whose home unit (and so scope) is {@code unit}. */
    public static String inUnit(java.util.UUID unit, String... roles) {
        return claims("tester-" + unit.toString().substring(0, 8), roles).claim("unit", unit.toString()).sign();
    }

    /** The same, for a caller linked to a person (a member acting on their own records). */
    public static String asPerson(java.util.UUID unit, java.util.UUID person, String... roles) {
        return claims("person-" + person.toString().substring(0, 8), roles).claim("unit", unit.toString())
                .claim("person", person.toString()).sign();
    }

    public static String as(String user, String... roles) {
        return claims(user, roles).sign();
    }

    public static String expired(String... roles) {
        return claims("tester", roles).issuedAt(Instant.now().minusSeconds(7200))
                .expiresAt(Instant.now().minusSeconds(3600)).sign();
    }

    public static String wrongIssuer(String... roles) {
        return claims("tester", roles).issuer("https://attacker.example/issuer").sign();
    }

    public static String wrongAudience(String... roles) {
        return claims("tester", roles).audience("another-api").sign();
    }

    public static String signedByAnotherKey(String... roles) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair other = generator.generateKeyPair();
            return claims("tester", roles).sign(other.getPrivate());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A valid token whose payload was edited afterwards to claim the admin role. */
    public static String tampered(String... roles) {
        String[] parts = withRoles(roles).split("\\.");
        String payload = new String(java.util.Base64.getUrlDecoder().decode(parts[1]),
                java.nio.charset.StandardCharsets.UTF_8);
        String forged = payload.replaceFirst("\"groups\":\\[[^]]*]", "\"groups\":[\"admin\"]");
        parts[1] = java.util.Base64.getUrlEncoder().withoutPadding()
                .encodeToString(forged.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return String.join(".", parts);
    }

    private static JwtClaimsBuilder claims(String user, String... roles) {
        return Jwt.issuer(ISSUER).audience(AUDIENCE).upn(user).subject(user).groups(Set.of(roles))
                .issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(600));
    }
}
