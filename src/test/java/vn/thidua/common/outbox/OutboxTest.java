package vn.thidua.common.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionalException;
import jakarta.transaction.UserTransaction;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import vn.thidua.common.Roles;
import vn.thidua.testsupport.Api;

@QuarkusTest
class OutboxTest {

    @Inject
    Outbox outbox;
    @Inject
    EntityManager em;
    @Inject
    UserTransaction tx;

    private List<OutboxEvent> eventsFor(String aggregateId) {
        return em.createQuery("from OutboxEvent where aggregateId = :id order by position", OutboxEvent.class)
                .setParameter("id", aggregateId).getResultList();
    }

    @Test
    void aCreationRecordsItsEventWithTheActorAndNewState() {
        String id = Api.as(Roles.ADMIN).body("{\"title\":\"evented\",\"stars\":3}").post("/api/v1/fixture/notes")
                .then().statusCode(201).extract().path("id");
        List<OutboxEvent> events = eventsFor(id);
        assertEquals(1, events.size());
        OutboxEvent event = events.get(0);
        assertEquals("note.created", event.type);
        assertEquals("note", event.aggregateKind);
        assertEquals("tester", event.actor);
        assertNotNull(event.eventId);
        assertNotNull(event.occurredAt);
        assertEquals(3, new io.restassured.path.json.JsonPath(event.payload).getInt("stars"));
        assertEquals(id, new io.restassured.path.json.JsonPath(event.payload).getString("id"));
    }

    @Test
    void anEventRecordedInARolledBackTransactionDisappearsWithIt() throws Exception {
        String id = UUID.randomUUID().toString();
        tx.begin();
        outbox.record(new DomainEvent("note.created", "note", id, null, java.util.Map.of("x", 1)));
        tx.rollback();
        assertEquals(0, eventsFor(id).size());
        tx.begin();
        outbox.record(new DomainEvent("note.created", "note", id, null, java.util.Map.of("x", 1)));
        tx.commit();
        assertEquals(1, eventsFor(id).size());
    }

    @Test
    void recordingOutsideATransactionIsRefused() {
        assertThrows(TransactionalException.class, () -> outbox.record(
                new DomainEvent("note.created", "note", UUID.randomUUID().toString(), null, "state")));
    }
}
