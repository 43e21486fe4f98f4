package vn.thidua.common.outbox;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.arc.Arc;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * Records domain events. It must be called inside the transaction of the change it reports
 * ({@code MANDATORY}): the event and the change commit together or not at all, so a subscriber never hears of a
 * change that was rolled back, nor misses one that was committed.
 */
@ApplicationScoped
public class Outbox {

    @Inject
    EntityManager em;
    @Inject
    ObjectMapper json;
    @Inject
    SecurityIdentity identity;

    @Transactional(Transactional.TxType.MANDATORY)
    public OutboxEvent record(DomainEvent event) {
        OutboxEvent row = new OutboxEvent();
        row.eventId = UUID.randomUUID();
        row.type = event.type();
        row.aggregateKind = event.aggregateKind();
        row.aggregateId = event.aggregateId();
        row.unitId = event.unitId();
        row.actor = actor();
        row.occurredAt = OffsetDateTime.now(ZoneOffset.UTC);
        try {
            row.payload = json.writeValueAsString(event.state());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Event state of " + event.type() + " is not serialisable", e);
        }
        em.persist(row);
        return row;
    }

    /** The caller's name, or null for work done outside a request (background jobs). */
    private String actor() {
        if (!Arc.container().requestContext().isActive() || identity.isAnonymous()) {
            return null;
        }
        return identity.getPrincipal().getName();
    }
}
