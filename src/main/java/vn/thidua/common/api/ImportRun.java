package vn.thidua.common.api;

import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import jakarta.ws.rs.core.Response;

/**
 * How every bulk import answers: its row report, always with 200, and only an applied import remembered under its
 * {@code Idempotency-Key}. An import that saves nothing (a dry run, or all-or-nothing with a failed row) throws
 * {@link NotApplied} out of its transaction, so that the transaction, and with it the claim on the key, rolls back:
 * a retry of a rejected import runs again against the data as it then is.
 */
public final class ImportRun {

    private ImportRun() {
    }

    /** How to run an import; {@code format} ({@code csv} or {@code json}) is recorded in the audit event. */
    public record Options(boolean dryRun, boolean allOrNothing, String format) {
    }

    /** A row report; {@link #applied()} says whether anything was saved. */
    public interface Report {
        boolean applied();
    }

    /** Carries the report of an import that saved nothing past the rollback of its transaction. */
    public static final class NotApplied extends RuntimeException {
        private final transient Report report;

        NotApplied(Report report) {
            super(null, null, false, false);
            this.report = report;
        }
    }

    /** Row numbers a row error lists at most; the rest is elided. */
    static final int ROWS_LISTED = 10;

    /**
     * The rows that share a value, for the error of each of them: the first few, then the last. Every such row gets
     * this text, so listing all of them would make the report grow with the square of the file (10,000 copies of
     * one row: 10,000 errors each naming 10,000 rows).
     */
    public static String rowNumbers(List<Integer> rows) {
        if (rows.size() <= ROWS_LISTED + 1) {
            return rows.stream().map(String::valueOf).collect(Collectors.joining(", "));
        }
        return rows.subList(0, ROWS_LISTED).stream().map(String::valueOf)
                .collect(Collectors.joining(", ")) + ", …, " + rows.get(rows.size() - 1);
    }

    /** Runs {@code importing} at most once per key; call it inside the import's transaction. */
    public static Response once(Idempotency idempotency, String key, String operation, Object fingerprint,
            Supplier<? extends Report> importing) {
        // Idempotency stores and replays HTTP answers, hence a Response here
        return idempotency.execute(key, operation, fingerprint, () -> {
            Report report = importing.get();
            if (!report.applied()) {
                throw new NotApplied(report);
            }
            return Response.ok(report).build();
        });
    }

    /** The answer of a transactional import: its own, or the report of one that saved nothing. */
    public static Response answer(Supplier<Response> transactionalImport) {
        try {
            return transactionalImport.get();
        } catch (NotApplied notApplied) {
            return Response.ok(notApplied.report).build();
        }
    }
}
