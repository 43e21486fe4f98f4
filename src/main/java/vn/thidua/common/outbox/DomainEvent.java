package vn.thidua.common.outbox;

import java.util.Objects;
import java.util.UUID;

/**
 * What happened, to what, in which unit: {@code type} is a dotted name such as {@code plan.issued};
 * {@code state} is the object's new state as its API representation, so a subscriber needs no second call.
 */
public record DomainEvent(String type, String aggregateKind, String aggregateId, UUID unitId, Object state) {

    public DomainEvent {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(aggregateKind, "aggregateKind");
        Objects.requireNonNull(aggregateId, "aggregateId");
    }
}
