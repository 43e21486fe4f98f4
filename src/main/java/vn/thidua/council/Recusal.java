package vn.thidua.council;

import java.util.UUID;

/** A member who does not vote on an item, and why; recorded in {@code council_recusal}. */
public record Recusal(UUID itemId, UUID memberId, RecusalReason reason) {
}
