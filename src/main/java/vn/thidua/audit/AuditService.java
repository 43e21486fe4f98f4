package vn.thidua.audit;

import java.time.OffsetDateTime;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.thidua.common.api.Page;
import vn.thidua.common.api.Paging;

/**
 * Reading the trail, scoped like everything else: an event is visible when the object it is about belongs to a
 * unit in the caller's subtree; events about no unit (a failed login under an unknown name) only from the root.
 */
@ApplicationScoped
public class AuditService {

    public static final Map<String, String> SORTS = Map.of("id", "id", "occurredAt", "occurredAt");

    @Inject
    ObjectMapper json;
    @Inject
    AuditEventRepository events;

    /** The filters of {@code GET /audit-events}; all optional. */
    public record Filter(String entityType, String entityId, String actor, String action, OffsetDateTime from,
            OffsetDateTime to) {
    }

    /** @param homeUnit the caller's home unit; without one the caller sees nothing */
    @Transactional
    public Page<AuditEventResponse> list(java.util.UUID homeUnit, Filter filter, Paging paging) {
        if (homeUnit == null) {
            return Page.of(java.util.List.of(), paging, 0);
        }
        var query = events.search(homeUnit, filter, paging.sort());
        long total = query.count();
        return Page.of(query.page(paging.page(), paging.size()).list(), paging, total).map(this::toResponse);
    }

    private AuditEventResponse toResponse(AuditEvent event) {
        try {
            return new AuditEventResponse(event.id, event.occurredAt, event.actor, event.action, event.entityType,
                    event.entityId, event.unitId, event.requestId, json.readTree(event.changes));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored audit changes are not JSON", e);
        }
    }
}
