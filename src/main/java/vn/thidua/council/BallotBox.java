package vn.thidua.council;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.hibernate.Session;

/**
 * The secret ballot box, in two tables that nothing joins: {@code council_vote_cast} records that a member voted on an
 * item (and whether in writing), never the choice; {@code council_ballot} holds the choices under a random id and the
 * hash of a receipt that only the voter was given, never the voter. Neither table has a time, and when voting closes
 * {@link #seal} re-inserts the session's ballots in a random order in one transaction, so that neither the rows'
 * physical order nor their transaction ids can tie a ballot to a cast.
 * <p>
 * Nothing here logs, audits or announces anything: each would be a record of who voted when, next to the ballot.
 */
@ApplicationScoped
public class BallotBox {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int RECEIPT_BYTES = 32;

    @Inject
    EntityManager em;

    /** A choice to put in the box. */
    public record Cast(UUID itemId, BallotChoice choice) {
    }

    /** What the voter takes away: the item and the receipt, shown once. */
    public record Receipt(UUID itemId, String receipt) {
    }

    /** The items this member has voted on, and whether in writing. */
    @SuppressWarnings("unchecked")
    public Map<UUID, Boolean> castsOf(UUID sessionId, UUID memberId) {
        List<Object[]> rows = em.createNativeQuery("""
                SELECT c.item_id, c.written FROM council_vote_cast c JOIN council_agenda_item i ON i.id = c.item_id
                WHERE i.session_id = ?1 AND c.member_id = ?2""")
                .setParameter(1, sessionId).setParameter(2, memberId).getResultList();
        Map<UUID, Boolean> casts = new HashMap<>();
        rows.forEach(r -> casts.put((UUID) r[0], (Boolean) r[1]));
        return casts;
    }

    /** How many members have voted on each item of the session (a count, never who). */
    @SuppressWarnings("unchecked")
    public Map<UUID, Integer> castCounts(UUID sessionId) {
        List<Object[]> rows = em.createNativeQuery("""
                SELECT c.item_id, count(*) FROM council_vote_cast c JOIN council_agenda_item i ON i.id = c.item_id
                WHERE i.session_id = ?1 GROUP BY c.item_id""").setParameter(1, sessionId).getResultList();
        Map<UUID, Integer> counts = new HashMap<>();
        rows.forEach(r -> counts.put((UUID) r[0], ((Number) r[1]).intValue()));
        return counts;
    }

    /**
     * Records the member's votes and puts the ballots in the box, in the caller's transaction. Returns the receipts,
     * in the order of {@code casts}; an empty answer means another request of the same member on one of these items
     * got there first (the caller then refuses the whole request, and its transaction rolls back).
     */
    public Optional<List<Receipt>> cast(UUID memberId, boolean written, List<Cast> casts) {
        List<Receipt> receipts = new ArrayList<>(casts.size());
        List<byte[]> hashes = new ArrayList<>(casts.size());
        for (Cast cast : casts) {
            byte[] receipt = new byte[RECEIPT_BYTES];
            RANDOM.nextBytes(receipt);
            receipts.add(new Receipt(cast.itemId(), Base64.getUrlEncoder().withoutPadding().encodeToString(receipt)));
            hashes.add(sha256(receipt));
        }
        em.flush();
        boolean recorded = em.unwrap(Session.class).doReturningWork(connection -> {
            // a concurrent request of the same member waits on the primary key, then inserts nothing
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO council_vote_cast (item_id, "
                    + "member_id, written) SELECT item, ?, ? FROM unnest(?) AS item ON CONFLICT DO NOTHING")) {
                insert.setObject(1, memberId);
                insert.setBoolean(2, written);
                insert.setArray(3, connection.createArrayOf("uuid",
                        casts.stream().map(Cast::itemId).toArray(UUID[]::new)));
                if (insert.executeUpdate() != casts.size()) {
                    return false;
                }
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO council_ballot (id, item_id, receipt_hash, choice) VALUES (?, ?, ?, ?)")) {
                for (int i = 0; i < casts.size(); i++) {
                    insert.setObject(1, UUID.randomUUID());
                    insert.setObject(2, casts.get(i).itemId());
                    insert.setBytes(3, hashes.get(i));
                    insert.setString(4, casts.get(i).choice().name());
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            return true;
        });
        return recorded ? Optional.of(receipts) : Optional.empty();
    }

    /** Changes the choice of the item's ballot holding this receipt; false when none holds it. */
    public boolean change(UUID itemId, String receipt, BallotChoice choice) {
        Optional<byte[]> hash = hashOf(receipt);
        return hash.isPresent() && em.createNativeQuery(
                "UPDATE council_ballot SET choice = ?3 WHERE item_id = ?1 AND receipt_hash = ?2")
                .setParameter(1, itemId).setParameter(2, hash.get()).setParameter(3, choice.name())
                .executeUpdate() == 1;
    }

    /** Whether a ballot of the item holds this receipt (and so is counted); never what it says. */
    public boolean counted(UUID itemId, String receipt) {
        Optional<byte[]> hash = hashOf(receipt);
        return hash.isPresent() && !em.createNativeQuery(
                "SELECT 1 FROM council_ballot WHERE item_id = ?1 AND receipt_hash = ?2")
                .setParameter(1, itemId).setParameter(2, hash.get()).getResultList().isEmpty();
    }

    /** What the box holds for each item of the session: ballots per choice, and casts (all and written). */
    public record Count(Map<BallotChoice, Integer> ballots, int casts, int written) {

        int ballotTotal() {
            return ballots.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    @SuppressWarnings("unchecked")
    public Map<UUID, Count> count(UUID sessionId) {
        Map<UUID, Map<BallotChoice, Integer>> ballots = new HashMap<>();
        List<Object[]> rows = em.createNativeQuery("""
                SELECT b.item_id, b.choice, count(*) FROM council_ballot b
                JOIN council_agenda_item i ON i.id = b.item_id WHERE i.session_id = ?1 GROUP BY b.item_id, b.choice""")
                .setParameter(1, sessionId).getResultList();
        for (Object[] r : rows) {
            ballots.computeIfAbsent((UUID) r[0], k -> new EnumMap<>(BallotChoice.class))
                    .put(BallotChoice.valueOf((String) r[1]), ((Number) r[2]).intValue());
        }
        Map<UUID, Count> counts = new HashMap<>();
        List<Object[]> casts = em.createNativeQuery("""
                SELECT c.item_id, count(*), count(*) FILTER (WHERE c.written) FROM council_vote_cast c
                JOIN council_agenda_item i ON i.id = c.item_id WHERE i.session_id = ?1 GROUP BY c.item_id""")
                .setParameter(1, sessionId).getResultList();
        for (Object[] r : casts) {
            counts.put((UUID) r[0], new Count(ballots.getOrDefault((UUID) r[0], Map.of()),
                    ((Number) r[1]).intValue(), ((Number) r[2]).intValue()));
        }
        ballots.forEach((item, choices) -> counts.putIfAbsent(item, new Count(choices, 0, 0)));
        return counts;
    }

    /**
     * Seals the session's box: every ballot re-inserted under a fresh random id, in the order of those ids, and the
     * old rows deleted, in the caller's transaction. Afterwards all of them carry the same transaction id, and their
     * physical order is that of random ids, not of casting; receipts still verify.
     */
    public void seal(UUID sessionId) {
        em.flush();
        em.unwrap(Session.class).doWork(connection -> {
            record Sealed(UUID id, UUID itemId, byte[] hash, String choice) {
            }
            List<Sealed> box = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement("""
                    SELECT b.item_id, b.receipt_hash, b.choice FROM council_ballot b
                    JOIN council_agenda_item i ON i.id = b.item_id WHERE i.session_id = ?""")) {
                select.setObject(1, sessionId);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        box.add(new Sealed(UUID.randomUUID(), rows.getObject(1, UUID.class), rows.getBytes(2),
                                rows.getString(3)));
                    }
                }
            }
            // as PostgreSQL orders uuids (bytewise); UUID.compareTo compares signed halves
            box.sort(Comparator.comparing(ballot -> ballot.id().toString()));
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM council_ballot b USING "
                    + "council_agenda_item i WHERE i.id = b.item_id AND i.session_id = ?")) {
                delete.setObject(1, sessionId);
                delete.executeUpdate();
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO council_ballot (id, item_id, receipt_hash, choice) VALUES (?, ?, ?, ?)")) {
                for (Sealed ballot : box) {
                    insert.setObject(1, ballot.id());
                    insert.setObject(2, ballot.itemId());
                    insert.setBytes(3, ballot.hash());
                    insert.setString(4, ballot.choice());
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        });
    }

    private static Optional<byte[]> hashOf(String receipt) {
        try {
            byte[] raw = Base64.getUrlDecoder().decode(receipt.getBytes(StandardCharsets.US_ASCII));
            return raw.length == RECEIPT_BYTES ? Optional.of(sha256(raw)) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
