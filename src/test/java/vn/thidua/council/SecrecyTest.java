package vn.thidua.council;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

import vn.thidua.common.Roles;
import vn.thidua.council.CouncilFixtures.Voter;
import vn.thidua.testsupport.TestOrg;

/**
 * Tries to tie a member to a choice. Ten members cast ballots with known choices, in a known order, some changed
 * afterwards; then every endpoint any role can call is read as every role, the audit and outbox rows of the agency
 * and every log line written meanwhile are searched, and the tables are looked at directly: their columns, and after
 * the vote is closed the rows' transaction ids and physical order.
 */
@QuarkusTest
class SecrecyTest {

    static final List<String> CHOICES = List.of("APPROVE", "REJECT", "ABSTAIN");
    static final String GRASSROOTS = "GRASSROOTS_EMULATION_FIGHTER";

    @Test
    void noEndpointRowOrLogLineTiesAMemberToAChoice() throws Exception {
        List<String> logged = new ArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                logged.add(record.getLoggerName() + " " + record.getMessage() + " "
                        + (record.getParameters() == null ? "" : List.of(record.getParameters())));
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger root = Logger.getLogger("");
        Logger ours = Logger.getLogger("vn.thidua");
        Level previous = ours.getLevel();
        root.addHandler(capture);
        ours.setLevel(Level.ALL);
        try {
            tryToTieMembersToChoices(logged);
        } finally {
            root.removeHandler(capture);
            ours.setLevel(previous);
        }
    }

    private void tryToTieMembersToChoices(List<String> logged) throws Exception {
        CouncilFixtures f = new CouncilFixtures();
        List<Voter> members = f.members(10);
        String session = f.session2024();
        String first = f.item(session, f.evaluation(f.person("Lê Văn Một"), "Lê Văn Một", GRASSROOTS), GRASSROOTS,
                null);
        String second = f.item(session, f.evaluation(f.person("Lê Thị Hai"), "Lê Thị Hai", GRASSROOTS), GRASSROOTS,
                null);
        f.attendance(session, members.subList(0, 9), members.subList(9, 10));
        f.act(session, "open-voting").statusCode(200);
        long auditBefore = count("SELECT count(*) FROM audit_event WHERE unit_id = ?1", f.agency);
        long outboxBefore = count("SELECT count(*) FROM outbox_event WHERE unit_id = ?1", f.agency);

        // member i chooses CHOICES[i % 3] on the first item, CHOICES[(i + 1) % 3] on the second, in this order
        List<String> castOrder = new ArrayList<>();
        List<String> receipts = new ArrayList<>();
        for (int i = 0; i < members.size(); i++) {
            var cast = members.get(i).as().body(Map.of("ballots", List.of(
                    Map.of("itemId", first, "choice", CHOICES.get(i % 3)),
                    Map.of("itemId", second, "choice", CHOICES.get((i + 1) % 3)))))
                    .post("/api/v1/council-sessions/" + session + "/ballots").then().statusCode(201).extract();
            castOrder.add(hash(cast.path("ballots[0].receipt")));
            castOrder.add(hash(cast.path("ballots[1].receipt")));
            receipts.add(cast.path("ballots[0].receipt"));
        }
        // while voting, the rows lie wherever PostgreSQL put them: in casting order on a fresh table, in the free space
        // other sessions' sealing left on a used one; the seal below is what rewrites them all, in a random order
        assertEquals(new TreeSet<>(castOrder), new TreeSet<>(ballotHashesInPhysicalOrder(session)));
        members.get(0).as().body(Map.of("itemId", first, "receipt", receipts.get(0), "choice", "REJECT"))
                .post("/api/v1/council-sessions/" + session + "/ballots:change").then().statusCode(200);
        // casting and changing ballots leaves no audit entry and no event
        assertEquals(auditBefore, count("SELECT count(*) FROM audit_event WHERE unit_id = ?1", f.agency));
        assertEquals(outboxBefore, count("SELECT count(*) FROM outbox_event WHERE unit_id = ?1", f.agency));

        List<String> idsBefore = ballotIds(session);
        f.act(session, "close-voting").statusCode(200);
        f.act(session, "close").statusCode(200);

        // (a) everything any role may read, as every role
        List<RequestSpecification> readers = new ArrayList<>();
        for (String role : List.of(Roles.BOARD, Roles.ADMIN, Roles.LEADER, Roles.UNIT_HEAD, Roles.INTEGRATION,
                Roles.COUNCIL)) {
            readers.add(TestOrg.as(f.agency, role));
        }
        members.forEach(m -> readers.add(m.as()));
        String base = "/api/v1/council-sessions/" + session;
        List<String> paths = List.of(base, base + "/members", base + "/agenda", base + "/agenda/" + first,
                base + "/results", base + "/minutes", "/api/v1/council-sessions?councilId=" + f.council);
        List<String> bodies = new ArrayList<>();
        for (RequestSpecification reader : readers) {
            for (String path : paths) {
                bodies.add(reader.get(path).then().statusCode(200).extract().asString());
            }
        }
        for (Voter member : members) {
            bodies.add(member.as().get(base + "/ballots/mine").then().statusCode(200).extract().asString());
            bodies.add(member.as().body(Map.of("itemId", first, "receipt", receipts.get(0)))
                    .post(base + "/ballots:verify").then().statusCode(200).extract().asString());
        }
        bodies.addAll(rows("SELECT action || ' ' || coalesce(actor, '') || ' ' || coalesce(changes::text, '') "
                + "FROM audit_event WHERE unit_id = ?1", f.agency));
        bodies.addAll(rows("SELECT type || ' ' || coalesce(actor, '') || ' ' || payload::text FROM outbox_event "
                + "WHERE unit_id = ?1", f.agency));
        bodies.addAll(logged);
        for (String body : bodies) {
            for (String choice : CHOICES) {
                assertFalse(body.contains(choice), "a choice appears in: " + body);
            }
            receipts.forEach(receipt -> assertFalse(body.contains(receipt), "a receipt appears in: " + body));
        }
        // the counts are there, only as counts (member 0 changed to a rejection; member 9 wrote in)
        @SuppressWarnings("unchecked")
        Map<String, Object> tally = (Map<String, Object>) f.results(session).get(first).get("tally");
        assertEquals(Map.of("approve", 3, "reject", 4, "abstain", 3, "spoilt", 0, "written", 1), tally);

        // (b) the tables themselves
        assertEquals(Set.of("item_id", "member_id", "written"), columns("council_vote_cast"));
        assertEquals(Set.of("id", "item_id", "receipt_hash", "choice"), columns("council_ballot"));
        List<String> xmins = rows("SELECT DISTINCT b.xmin::text FROM council_ballot b "
                + "JOIN council_agenda_item i ON i.id = b.item_id WHERE i.session_id = ?1", UUID.fromString(session));
        assertEquals(1, xmins.size(), "every ballot of the session rewritten in one transaction");
        assertFalse(rows("SELECT DISTINCT c.xmin::text FROM council_vote_cast c JOIN council_agenda_item i "
                + "ON i.id = c.item_id WHERE i.session_id = ?1", UUID.fromString(session)).contains(xmins.get(0)));
        List<String> sealedOrder = ballotHashesInPhysicalOrder(session);
        assertEquals(new TreeSet<>(castOrder), new TreeSet<>(sealedOrder));
        assertNotEquals(castOrder, sealedOrder, "the physical order must not be the casting order");
        List<String> idsAfter = ballotIds(session);
        assertTrue(idsAfter.stream().noneMatch(idsBefore::contains), "every ballot has a new id");
        assertEquals(idsAfter.stream().sorted().toList(), idsAfter, "the rows lie in the order of their new ids");
    }

    private static String hash(String receipt) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(Base64.getUrlDecoder().decode(receipt.getBytes(StandardCharsets.US_ASCII))));
    }

    private static List<String> ballotHashesInPhysicalOrder(String session) {
        return rows("SELECT encode(b.receipt_hash, 'hex') FROM council_ballot b JOIN council_agenda_item i "
                + "ON i.id = b.item_id WHERE i.session_id = ?1 ORDER BY b.ctid", UUID.fromString(session));
    }

    private static List<String> ballotIds(String session) {
        return rows("SELECT b.id::text FROM council_ballot b JOIN council_agenda_item i ON i.id = b.item_id "
                + "WHERE i.session_id = ?1 ORDER BY b.ctid", UUID.fromString(session));
    }

    private static Set<String> columns(String table) {
        return new TreeSet<>(rows("SELECT column_name::text FROM information_schema.columns WHERE table_name = ?1",
                table));
    }

    @SuppressWarnings("unchecked")
    private static List<String> rows(String sql, Object parameter) {
        return QuarkusTransaction.requiringNew().call(() -> ((List<Object>) CouncilFixtures.em()
                .createNativeQuery(sql).setParameter(1, parameter).getResultList()).stream().map(String::valueOf)
                .toList());
    }

    private static long count(String sql, Object parameter) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) CouncilFixtures.em().createNativeQuery(sql)
                .setParameter(1, parameter).getSingleResult()).longValue());
    }
}
