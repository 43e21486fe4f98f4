package vn.thidua.history;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.thidua.common.api.ImportRun;
import vn.thidua.common.error.FieldError;

/**
 * The answer to a history import of any kind: whether it was applied, how many rows went which way, and every row's
 * outcome. When {@code applied} is false nothing was changed, and the outcomes say what the import would have done.
 */
@Schema(name = "HistoryImportReport", description = "The outcome of a history import, row by row.")
public record HistoryImportReport(
        @Schema(required = true, description = "The request asked for validation only.") boolean dryRun,
        @Schema(required = true, description = "Whether the records were saved. False for a dry run, and for an "
                + "all-or-nothing import with a failed row; then nothing was changed.") boolean applied,
        @Schema(required = true) Counts counts,
        @Schema(required = true, description = "Every row of the file, in file order.") List<RowResult> rows)
        implements ImportRun.Report {

    @Schema(name = "HistoryImportOutcome", description = """
            CREATED: a new record was saved. UPDATED: the record with the same key (subject and year; for awards \
            also the award code) was changed. UNCHANGED: that record already says the same. WOULD_CREATE, \
            WOULD_UPDATE: valid, but not saved because the import was a dry run or was rejected as a whole. FAILED: \
            the row has errors and was not saved.""")
    public enum Outcome {
        CREATED, UPDATED, UNCHANGED, WOULD_CREATE, WOULD_UPDATE, FAILED
    }

    @Schema(name = "HistoryImportCounts", description = "Rows by outcome; created counts WOULD_CREATE too, updated "
            + "WOULD_UPDATE.")
    public record Counts(@Schema(required = true) int total, @Schema(required = true) int created,
            @Schema(required = true) int updated, @Schema(required = true) int unchanged,
            @Schema(required = true) int failed) {
    }

    @Schema(name = "HistoryImportRowResult")
    public record RowResult(
            @Schema(required = true, description = "The spreadsheet row of a CSV line (the header is row 1), or the "
                    + "1-based position in a JSON array.", examples = "2") int row,
            @Schema(description = "The row's personCode or unitCode as written; for an initiative, its decision "
                    + "number.", examples = "TCT-018") String code,
            @Schema(required = true) Outcome outcome,
            @Schema(description = "The record created, updated or left unchanged; for a DUPLICATE row, the record "
                    + "already there; null otherwise.") UUID id,
            @Schema(required = true, description = "Why the row failed; empty otherwise. `field` is the column as the "
                    + "file names it (or `$` for the row as a whole).") List<FieldError> errors) {
    }

    static HistoryImportReport of(boolean dryRun, boolean applied, List<RowResult> rows) {
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        int failed = 0;
        for (RowResult row : rows) {
            switch (row.outcome()) {
                case CREATED, WOULD_CREATE -> created++;
                case UPDATED, WOULD_UPDATE -> updated++;
                case UNCHANGED -> unchanged++;
                case FAILED -> failed++;
            }
        }
        return new HistoryImportReport(dryRun, applied, new Counts(rows.size(), created, updated, unchanged, failed),
                List.copyOf(rows));
    }
}
