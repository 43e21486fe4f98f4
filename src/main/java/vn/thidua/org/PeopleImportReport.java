package vn.thidua.org;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.thidua.common.api.ImportRun;
import vn.thidua.common.error.FieldError;

/**
 * The answer to an import: whether it was applied, how many rows went which way, and every row's outcome. When
 * {@code applied} is false nothing was changed, and the outcomes and counts say what the import would have done.
 */
@Schema(name = "PeopleImportReport", description = "The outcome of an import, row by row.")
public record PeopleImportReport(
        @Schema(required = true, description = "The request asked for validation only.") boolean dryRun,
        @Schema(required = true, description = "Whether the changes were saved. False for a dry run, and for an "
                + "all-or-nothing import with a failed row; then nothing was changed.") boolean applied,
        Counts counts,
        @Schema(description = "Every row of the file, in file order.") List<RowResult> rows)
        implements ImportRun.Report {

    /** What happened to one row. */
    @Schema(name = "PeopleImportOutcome", description = """
            CREATED, UPDATED: saved. UNCHANGED: the person already had exactly these values. WOULD_CREATE, \
            WOULD_UPDATE: valid, but not saved because the import was a dry run or was rejected as a whole. \
            FAILED: the row has errors and was not saved.""")
    public enum Outcome {
        CREATED, UPDATED, UNCHANGED, WOULD_CREATE, WOULD_UPDATE, FAILED
    }

    @Schema(name = "PeopleImportCounts", description = "Rows by outcome; created and updated also count "
            + "WOULD_CREATE and WOULD_UPDATE.")
    public record Counts(@Schema(required = true) int total, @Schema(required = true) int created,
            @Schema(required = true) int updated, @Schema(required = true) int unchanged,
            @Schema(required = true) int failed) {
    }

    @Schema(name = "PeopleImportRowResult")
    public record RowResult(
            @Schema(required = true, description = "The spreadsheet row of a CSV line (the header is row 1), or the "
                    + "1-based position in a JSON array.", examples = "2") int row,
            @Schema(description = "The row's code as written; null when the row has none.", examples = "TCT-0042")
            String code,
            Outcome outcome,
            @Schema(description = "The person's id: the new one when created, the existing one when the row "
                    + "matched a person in the caller's scope; null otherwise.") UUID id,
            @Schema(description = "Why the row failed; empty otherwise. `field` is the column as the file names "
                    + "it (or `$` for the row as a whole).") List<FieldError> errors) {
    }

    static PeopleImportReport of(boolean dryRun, boolean applied, List<RowResult> rows) {
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
        return new PeopleImportReport(dryRun, applied, new Counts(rows.size(), created, updated, unchanged, failed),
                List.copyOf(rows));
    }
}
