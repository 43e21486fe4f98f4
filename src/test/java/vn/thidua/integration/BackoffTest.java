package vn.thidua.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Random;
import java.util.random.RandomGenerator;

import org.junit.jupiter.api.Test;

class BackoffTest {

    private static final Backoff BACKOFF = new Backoff(Duration.ofSeconds(10), 2.0, Duration.ofMinutes(5));
    /** No jitter: nextDouble() is 0. */
    private static final RandomGenerator NONE = () -> 0L;

    @Test
    void waitsGrowByTheFactorUpToTheMaximum() {
        assertEquals(Duration.ofSeconds(10), BACKOFF.after(1, NONE));
        assertEquals(Duration.ofSeconds(20), BACKOFF.after(2, NONE));
        assertEquals(Duration.ofSeconds(80), BACKOFF.after(4, NONE));
        assertEquals(Duration.ofMinutes(5), BACKOFF.after(6, NONE));
        assertEquals(Duration.ofMinutes(5), BACKOFF.after(60, NONE));
    }

    @Test
    void jitterTakesOffAtMostAFifth() {
        Random random = new Random(7);
        for (int i = 0; i < 1000; i++) {
            Duration wait = BACKOFF.after(3, random);
            assertTrue(wait.compareTo(Duration.ofSeconds(32)) >= 0 && wait.compareTo(Duration.ofSeconds(40)) <= 0,
                    wait.toString());
        }
    }
}
