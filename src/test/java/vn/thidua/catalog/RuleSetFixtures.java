package vn.thidua.catalog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.persistence.EntityManager;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Rule sets for tests: the seeded ones read straight from the migration (so unit tests check exactly what the
 * database gets), the catalogue they refer to, and copies of a seeded set stored under a new code for the tests that
 * activate and retire. A copy is valid only in a year of its own in the nineteenth century, so that it is never the set
 * in force on a day any other test asks about.
 */
public final class RuleSetFixtures {

    static final Path MIGRATION = Path.of("src", "main", "resources", "db", "changes", "0014-rule-sets.xml");
    private static final Pattern SEED = Pattern.compile("\\$json\\$(.*?)\\$json\\$", Pattern.DOTALL);
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private static final AtomicInteger YEARS = new AtomicInteger(1800);

    /** A stored copy: its code, and a name only its representation carries. */
    public record Copy(String code, String secret) {
    }

    private RuleSetFixtures() {
    }

    /** The rule sets the migration seeds, by code. */
    public static Map<String, RuleSetDefinition> seeded() {
        try {
            Map<String, RuleSetDefinition> sets = new LinkedHashMap<>();
            Matcher seed = SEED.matcher(Files.readString(MIGRATION));
            while (seed.find()) {
                RuleSetDefinition set = JSON.readValue(seed.group(1), RuleSetDefinition.class);
                sets.put(set.code(), set);
            }
            return sets;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The catalogue of 0010-award-types.xml: code and whom it fits. */
    public static Map<String, AwardType.Subject> catalogue() {
        Map<String, AwardType.Subject> codes = new LinkedHashMap<>();
        for (String code : new String[] {"ADVANCED_WORKER", "GRASSROOTS_EMULATION_FIGHTER",
                "PROVINCE_EMULATION_FIGHTER", "NATIONAL_EMULATION_FIGHTER"}) {
            codes.put(code, AwardType.Subject.INDIVIDUAL);
        }
        for (String code : new String[] {"ADVANCED_COLLECTIVE", "EXCELLENT_COLLECTIVE", "PROVINCE_FLAG"}) {
            codes.put(code, AwardType.Subject.COLLECTIVE);
        }
        for (String code : new String[] {"CERTIFICATE_OF_MERIT", "PROVINCE_COMMENDATION", "PM_COMMENDATION"}) {
            codes.put(code, AwardType.Subject.ANY);
        }
        return codes;
    }

    /** A copy of a seeded set under a new code, with the given status, valid only in a year no other copy has. */
    public static Copy copy(String from, RuleSetStatus status) {
        return copy(from, status, YEARS.getAndIncrement());
    }

    /** The same, valid in {@code year}; a test that wants a copy in force on a day it knows picks the year. */
    public static Copy copy(String from, RuleSetStatus status, int year) {
        String suffix = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String code = "T_" + suffix;
        String secret = "Test copy " + suffix;
        QuarkusTransaction.requiringNew().run(() -> entityManager().createNativeQuery("""
                INSERT INTO rule_set (code, name_vi, name_en, legal_basis, valid_from, valid_to, status,
                                      needs_verification, verification_note, settings, general, titles)
                SELECT ?1, name_vi, ?2, legal_basis, make_date(?3, 1, 1), make_date(?3, 12, 31), ?4,
                       needs_verification, verification_note, settings, general, titles
                FROM rule_set WHERE code = ?5""")
                .setParameter(1, code).setParameter(2, secret).setParameter(3, year).setParameter(4, status.name())
                .setParameter(5, from).executeUpdate());
        return new Copy(code, secret);
    }

    /** Breaks a stored set's definition: a criterion naming a rule the engine does not have. */
    public static void breakDefinition(String code) {
        QuarkusTransaction.requiringNew().run(() -> entityManager().createNativeQuery("""
                UPDATE rule_set SET general = jsonb_set(general, '{0,rule}', '"NO_SUCH_RULE"') WHERE code = ?1""")
                .setParameter(1, code).executeUpdate());
    }

    private static EntityManager entityManager() {
        return Arc.container().instance(EntityManager.class).get();
    }
}
