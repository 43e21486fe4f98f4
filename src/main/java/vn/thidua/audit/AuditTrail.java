package vn.thidua.audit;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.arc.Arc;
import io.quarkus.security.identity.SecurityIdentity;

import vn.thidua.common.error.ProblemResponses;

/**
 * Writes audit events. Call it inside the transaction of the change ({@code MANDATORY}), with the object's state
 * before and after as its API representation (a record or a map); only the fields that differ are kept, and
 * anything that looks like a secret (password, hash, secret, token) is dropped, whatever the caller passed.
 */
@ApplicationScoped
public class AuditTrail {

    private static final Pattern SECRET = Pattern.compile("(?i).*(password|hash|secret|token).*");

    @Inject
    EntityManager em;
    @Inject
    ObjectMapper json;
    @Inject
    SecurityIdentity identity;

    /**
     * @param action what was done, in the form {@code entity.act}: {@code unit.created}, {@code person.updated},
     *        {@code account.login-failed}
     * @param before the state before (null for a creation)
     * @param after the state after (null for an act that changes no field)
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public AuditEvent record(String action, String entityType, String entityId, UUID unitId, Object before,
            Object after) {
        return recordAs(currentActor(), action, entityType, entityId, unitId, before, after);
    }

    /** The same, naming the actor: for acts before authentication (a login) or by the system. */
    @Transactional(Transactional.TxType.MANDATORY)
    public AuditEvent recordAs(String actor, String action, String entityType, String entityId, UUID unitId,
            Object before, Object after) {
        AuditEvent event = new AuditEvent();
        event.occurredAt = OffsetDateTime.now(ZoneOffset.UTC);
        event.actor = actor;
        event.action = Objects.requireNonNull(action);
        event.entityType = Objects.requireNonNull(entityType);
        event.entityId = entityId;
        event.unitId = unitId;
        event.requestId = ProblemResponses.currentRequestId();
        event.changes = write(diff(toMap(before), toMap(after)));
        em.persist(event);
        return event;
    }

    Map<String, Object> diff(Map<String, Object> before, Map<String, Object> after) {
        Set<String> fields = new TreeSet<>();
        fields.addAll(before.keySet());
        fields.addAll(after.keySet());
        Map<String, Object> changes = new LinkedHashMap<>();
        for (String field : fields) {
            if (SECRET.matcher(field).matches() || "version".equals(field)) {
                continue;
            }
            Object old = before.get(field);
            Object now = after.get(field);
            if (!Objects.equals(old, now)) {
                Map<String, Object> change = new LinkedHashMap<>();
                change.put("before", old);
                change.put("after", now);
                changes.put(field, change);
            }
        }
        return changes;
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> toMap(Object state) {
        if (state == null) {
            return Map.of();
        }
        return json.convertValue(state, Map.class);
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Audit changes are not serialisable", e);
        }
    }

    private String currentActor() {
        if (!Arc.container().requestContext().isActive() || identity.isAnonymous()) {
            return null;
        }
        return identity.getPrincipal().getName();
    }
}
