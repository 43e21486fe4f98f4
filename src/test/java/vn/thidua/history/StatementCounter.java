package vn.thidua.history;

import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import org.hibernate.resource.jdbc.spi.StatementInspector;

import io.quarkus.hibernate.orm.PersistenceUnitExtension;

/**
 * Counts the SQL statements Hibernate prepares on the calling thread while {@link #count} runs (entity queries and
 * native queries alike), so that a test can say how many round trips a bulk read costs. Idle otherwise: it returns
 * every statement as it is.
 */
@PersistenceUnitExtension
@ApplicationScoped
public class StatementCounter implements StatementInspector {

    private static final ThreadLocal<int[]> COUNTING = new ThreadLocal<>();

    /** What {@code action} returned, and how many statements it prepared. */
    record Counted<T>(T result, int statements) {
    }

    @Override
    public String inspect(String sql) {
        int[] count = COUNTING.get();
        if (count != null) {
            count[0]++;
        }
        return sql;
    }

    static <T> Counted<T> count(Supplier<T> action) {
        int[] count = new int[1];
        COUNTING.set(count);
        try {
            T result = action.get();
            return new Counted<>(result, count[0]);
        } finally {
            COUNTING.remove();
        }
    }
}
