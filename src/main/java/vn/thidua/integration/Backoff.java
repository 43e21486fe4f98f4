package vn.thidua.integration;

import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * The wait before the next attempt of a failed delivery: {@code base × factor^(failures − 1)}, at most {@code max},
 * less a random part of up to a fifth (jitter), so that receivers that come back are not hit by every sender at the
 * same moment.
 */
public record Backoff(Duration base, double factor, Duration max) {

    public Duration after(int failures, RandomGenerator random) {
        double millis = base.toMillis() * Math.pow(factor, Math.max(0, failures - 1));
        double capped = Math.min(millis, max.toMillis());
        return Duration.ofMillis(Math.round(capped * (1 - random.nextDouble() * 0.2)));
    }
}
