package vn.thidua.audit;

import java.sql.PreparedStatement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
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

import org.hibernate.Session;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.security.identity.SecurityIdentity;

import vn.thidua.common.Caller;
import vn.thidua.common.error.ProblemResponses;

/**
 * Writes audit events. Call it inside the transaction of the change ({@code MANDATORY}), with the object's state
 * before and after as its API representation (a record or a map); only the fields that differ are kept, and
 * anything that looks like a secret (password, hash, secret, token) is dropped, whatever the caller passed.
 */
@ApplicationScoped
public class AuditTrail {

    private static final Pattern SECRET = Pattern.compile("(?i).*(password|hash|secret|token).*");
    /** Events per INSERT of {@link #recordAll}: large enough to need few round trips, small enough to bound memory. */
    private static final int CHUNK = 2_000;
    /**
     * One statement for a whole chunk: the columns come as arrays, unnest turns them back into rows, and ORDER BY
     * the ordinality hands out the identity ids in list order.
     */
    private static final String INSERT_ALL = """
            INSERT INTO audit_event (occurred_at, actor, request_id, action, entity_type, entity_id, unit_id, changes)
            SELECT ?, ?, ?, e.action, e.entity_type, e.entity_id, e.unit_id, CAST(e.changes AS jsonb)
            FROM unnest(CAST(? AS varchar[]), CAST(? AS varchar[]), CAST(? AS varchar[]), CAST(? AS uuid[]),
                        CAST(? AS text[])) WITH ORDINALITY AS e(action, entity_type, entity_id, unit_id, changes, n)
            ORDER BY e.n""";

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
        return recordAs(Caller.currentName(identity), action, entityType, entityId, unitId, before, after);
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

    /** One event for {@link #recordAll}: the arguments of {@link #record}. */
    public record Entry(String action, String entityType, String entityId, UUID unitId, Object before, Object after) {

        public Entry {
            Objects.requireNonNull(action, "action");
            Objects.requireNonNull(entityType, "entityType");
        }
    }

    /**
     * Records many events as {@link #record} records each (same diff, same secret dropping, the caller as actor, the
     * request id), for imports: a few multi-row INSERTs instead of one statement per event, which for ten thousand
     * events saves seconds. The events share one time and get their ids in list order.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordAll(List<Entry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        String actor = Caller.currentName(identity);
        String requestId = ProblemResponses.currentRequestId();
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(INSERT_ALL)) {
                for (int from = 0; from < entries.size(); from += CHUNK) {
                    List<Entry> chunk = entries.subList(from, Math.min(entries.size(), from + CHUNK));
                    int size = chunk.size();
                    String[] actions = new String[size];
                    String[] types = new String[size];
                    String[] ids = new String[size];
                    UUID[] units = new UUID[size];
                    String[] changes = new String[size];
                    for (int i = 0; i < size; i++) {
                        Entry entry = chunk.get(i);
                        actions[i] = entry.action();
                        types[i] = entry.entityType();
                        ids[i] = entry.entityId();
                        units[i] = entry.unitId();
                        changes[i] = write(diff(toMap(entry.before()), toMap(entry.after())));
                    }
                    insert.setObject(1, now);
                    insert.setString(2, actor);
                    insert.setString(3, requestId);
                    insert.setArray(4, connection.createArrayOf("varchar", actions));
                    insert.setArray(5, connection.createArrayOf("varchar", types));
                    insert.setArray(6, connection.createArrayOf("varchar", ids));
                    insert.setArray(7, connection.createArrayOf("uuid", units));
                    insert.setArray(8, connection.createArrayOf("text", changes));
                    insert.executeUpdate();
                }
            }
        });
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
}
