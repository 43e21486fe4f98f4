package vn.thidua.integration;

/**
 * A delivery's state. PENDING (queued, never tried) → SENDING (claimed by one replica, until its lease ends) →
 * DELIVERED (a 2xx answer) or RETRYING (a failure; tried again at {@code nextAttemptAt}) → ... → DEAD (the last allowed
 * attempt failed; the subscription is paused). A redelivery puts a DELIVERED or DEAD one back to PENDING.
 */
public enum DeliveryStatus {
    PENDING, SENDING, RETRYING, DELIVERED, DEAD
}
