package vn.thidua.contract.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The requests of a contract fuzz pass are a function of its seed: planned twice from one seed (against a world that
 * answers alike, with no server), they are the same requests in the same order, byte for byte; another seed plans
 * others. This is what lets {@code -Dfuzz.seed} replay a failure, and the build's fixed seeds repeat themselves.
 */
class FuzzPlanTest {

    private static final FuzzContract CONTRACT = new FuzzContract();

    /** A world that names things by what is asked of it, the same way every time. */
    private static final FuzzTargets WORLD = new FuzzTargets() {
        @Override
        public String token(List<String> roles) {
            return "token-of-" + String.join("-", roles);
        }

        @Override
        public String target(String path, String segment, String rest, boolean changes) {
            return UUID.nameUUIDFromBytes((path + changes).getBytes(StandardCharsets.UTF_8)).toString();
        }

        @Override
        public BodyFuzzer.Hints hints() {
            return (schema, property) -> null;
        }

        @Override
        public String queryValue(String name) {
            return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
        }

        @Override
        public String unitCode() {
            return "KHOA-LLCS";
        }
    };

    private record Pass(List<String> requests, String hash) {
    }

    /** Planning a pass writes every body (megabytes of them): each seed's first pass is kept for the other tests. */
    private static final Map<Long, Pass> PLANNED = new ConcurrentHashMap<>();

    private static Pass planned(long seed) {
        return PLANNED.computeIfAbsent(seed, FuzzPlanTest::plan);
    }

    private static Pass plan(long seed) {
        FuzzPlan plan = new FuzzPlan(CONTRACT, new Random(seed), WORLD, new ObjectMapper());
        FuzzRequest.SequenceHash hash = new FuzzRequest.SequenceHash(new LinkedHashMap<>());
        List<String> requests = new ArrayList<>();
        for (FuzzContract.Op op : CONTRACT.operations()) {
            FuzzPlan.Planned planned = plan.plan(op);
            for (FuzzRequest request : planned.requests()) {
                hash.add(op.method(), request, planned.made());
                requests.add(op.id() + " " + request.label() + " " + request.path() + " " + request.query());
            }
        }
        return new Pass(requests, hash.hex());
    }

    @Test
    void oneSeedPlansTheSameRequestsInTheSameOrder() {
        Pass first = planned(1796665687803L);
        Pass second = plan(1796665687803L);
        assertEquals(first.requests().size(), second.requests().size());
        for (int i = 0; i < first.requests().size(); i++) {
            assertEquals(first.requests().get(i), second.requests().get(i), "request " + i);
        }
        assertEquals(first.hash(), second.hash(), "bodies and headers too");
        assertTrue(first.requests().size() > 5_000, first.requests().size() + " requests");
    }

    @Test
    void anotherSeedPlansOtherRequests() {
        assertNotEquals(planned(1796665687803L).hash(), planned(20261207L).hash());
    }

    @Test
    void textThatCannotBePrintedIsTriedInBodiesQueriesPathsAndFiles() {
        List<String> requests = planned(20261207L).requests();
        for (String kind : List.of(" = unprintable ", " = unprintable escape ", "query q=Nguyễn",
                "path id = unprintable", "CSV: noncharacters")) {
            assertTrue(requests.stream().anyMatch(r -> r.contains(kind)), kind);
        }
    }
}
