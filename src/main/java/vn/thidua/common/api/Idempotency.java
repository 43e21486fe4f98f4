package vn.thidua.common.api;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.security.identity.SecurityIdentity;

import vn.thidua.common.Caller;
import vn.thidua.common.Sha256;
import vn.thidua.common.error.ApiException;
import vn.thidua.common.error.ProblemType;
import vn.thidua.common.runtime.ThiduaConfig;

/**
 * {@code Idempotency-Key} for creating POSTs: the first request with a key runs, and its answer is stored in the
 * same transaction as what it created; a retry with the same key and the same request gets that answer again
 * (marked {@code Idempotent-Replayed: true}) and creates nothing. A concurrent retry waits on the key's row until
 * the first commits. The same key with a different request is refused (422). Keys are per caller.
 * <p>
 * A replay re-checks who asks: the caller's roles and home unit are stored with the answer, and when either has
 * changed since (the account was moved or given other roles), the stored answer is not handed back, since the
 * caller may no longer see what it shows; the request is refused (422) and a new key runs it as a fresh call, with
 * every role and scope check. An answer with once-only parts ({@link ShownOnce}, a secret) is stored without them.
 * <p>
 * An error answer is not stored: nothing was created, so a retry simply runs again.
 */
@ApplicationScoped
public class Idempotency {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";
    private static final Pattern VALID_KEY = Pattern.compile("[\\x21-\\x7E]{1,255}");

    @Inject
    EntityManager em;
    @Inject
    ObjectMapper json;
    @Inject
    SecurityIdentity identity;
    @Inject
    Caller caller;
    @Inject
    ThiduaConfig config;

    /**
     * Runs {@code action} at most once per key.
     *
     * @param operation the method and path template, e.g. {@code "POST /units"}
     * @param request the request body (or any value that identifies the request), compared on replay
     */
    @Transactional
    public Response execute(String key, String operation, Object request, Supplier<Response> action) {
        if (key == null) {
            return action.get();
        }
        if (!VALID_KEY.matcher(key).matches()) {
            throw ApiException.invalid(HEADER, "INVALID_VALUE", "detail.idempotency-key-invalid");
        }
        String principal = identity.isAnonymous() ? "" : identity.getPrincipal().getName();
        String hash = fingerprint(operation, request);
        String unit = caller.unitId().map(UUID::toString).orElse("");
        String roles = String.join(",", new TreeSet<>(identity.getRoles()));
        em.createNativeQuery("DELETE FROM idempotency_record WHERE principal = ?1 AND idem_key = ?2 AND created_at < ?3")
                .setParameter(1, principal).setParameter(2, key)
                .setParameter(3, OffsetDateTime.now().minus(config.idempotency().retention()))
                .executeUpdate();
        int claimed = em.createNativeQuery("""
                INSERT INTO idempotency_record (principal, idem_key, request_hash, operation, status, created_at,
                                                caller_unit, caller_roles)
                VALUES (?1, ?2, ?3, ?4, 0, now(), ?5, ?6) ON CONFLICT (principal, idem_key) DO NOTHING""")
                .setParameter(1, principal).setParameter(2, key).setParameter(3, hash).setParameter(4, operation)
                .setParameter(5, unit).setParameter(6, roles)
                .executeUpdate();
        if (claimed == 0) {
            return replay(principal, key, hash, unit, roles);
        }
        Response response = action.get();
        em.createNativeQuery("""
                UPDATE idempotency_record SET status = ?3, response_body = CAST(?4 AS jsonb), location = ?5, etag = ?6
                WHERE principal = ?1 AND idem_key = ?2""")
                .setParameter(1, principal).setParameter(2, key)
                .setParameter(3, response.getStatus())
                .setParameter(4, response.hasEntity() ? write(stored(response.getEntity())) : null)
                .setParameter(5, response.getLocation() == null ? null : response.getLocation().toString())
                .setParameter(6, response.getHeaderString(HttpHeaders.ETAG))
                .executeUpdate();
        return response;
    }

    private static Object stored(Object entity) {
        return entity instanceof ShownOnce once ? once.forReplay() : entity;
    }

    private Response replay(String principal, String key, String hash, String unit, String roles) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT request_hash, operation, status, CAST(response_body AS text), location, etag, caller_unit,
                       caller_roles
                FROM idempotency_record WHERE principal = ?1 AND idem_key = ?2""")
                .setParameter(1, principal).setParameter(2, key).getResultList();
        Object[] row = rows.get(0);
        if (!hash.equals(row[0])) {
            throw new ApiException(ProblemType.IDEMPOTENCY_KEY_REUSED, "detail.idempotency-key-reused", row[1]);
        }
        // a record from before the caller was stored (null) is treated as another caller's: refusing is safe
        if (!unit.equals(row[6]) || !roles.equals(row[7])) {
            throw new ApiException(ProblemType.IDEMPOTENCY_KEY_REUSED, "detail.idempotency-key-other-caller");
        }
        Response.ResponseBuilder answer = Response.status(((Number) row[2]).intValue())
                .header(REPLAYED_HEADER, "true");
        if (row[3] != null) {
            answer.entity(read((String) row[3])).type(MediaType.APPLICATION_JSON_TYPE);
        }
        if (row[4] != null) {
            answer.header(HttpHeaders.LOCATION, row[4]);
        }
        if (row[5] != null) {
            answer.header(HttpHeaders.ETAG, row[5]);
        }
        return answer.build();
    }

    private String fingerprint(String operation, Object request) {
        return Sha256.hex(operation + '\0' + write(request));
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A response body could not be stored as JSON", e);
        }
    }

    private JsonNode read(String stored) {
        try {
            return json.readTree(stored);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored idempotent response is not JSON", e);
        }
    }
}
