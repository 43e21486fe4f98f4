package vn.thidua.pledge;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.thidua.common.api.ImportRun;
import vn.thidua.common.error.FieldError;
import vn.thidua.org.SubjectKind;

/**
 * The answer to a pledge import: whether it was applied, how many rows went which way, and every row's outcome. When
 * {@code applied} is false nothing was changed, and the outcomes and counts say what the import would have done.
 */
@Schema(name = "PledgeImportReport", description = "The outcome of a pledge import, row by row.")
public record PledgeImportReport(
        @Schema(required = true, description = "The request asked for validation only.") boolean dryRun,
        @Schema(required = true, description = "Whether the pledges were saved. False for a dry run, and for an "
                + "all-or-nothing import with a failed row; then nothing was changed.") boolean applied,
        Counts counts,
        @Schema(description = "Every row of the file, in file order.") List<RowResult> rows)
        implements ImportRun.Report {

    /** What happened to one row. */
    @Schema(name = "PledgeImportOutcome", description = """
            CREATED: saved. WOULD_CREATE: valid, but not saved because the import was a dry run or was rejected as a \
            whole. FAILED: the row has errors and was not saved.""")
    public enum Outcome {
        CREATED, WOULD_CREATE, FAILED
    }

    @Schema(name = "PledgeImportCounts", description = "Rows by outcome. created counts WOULD_CREATE too; approved and "
            + "submitted split created by the status the pledges have (or would have); late counts those accepted "
            + "outside the registration window.")
    public record Counts(@Schema(required = true) int total, @Schema(required = true) int created,
            @Schema(required = true) int approved, @Schema(required = true) int submitted,
            @Schema(required = true) int late, @Schema(required = true) int failed) {
    }

    @Schema(name = "PledgeImportRowResult")
    public record RowResult(
            @Schema(required = true, description = "The spreadsheet row of a CSV line (the header is row 1), or the "
                    + "1-based position in a JSON array.", examples = "2") int row,
            @Schema(description = "PERSON or UNIT, as the row's code column says; null when the row names neither "
                    + "or both.", nullable = true) SubjectKind subjectKind,
            @Schema(description = "The row's personCode or unitCode as written.", examples = "TCT-018") String code,
            @Schema(description = "The phase number as written; null for the whole plan.") String phase,
            Outcome outcome,
            @Schema(description = "The status the pledge was created with (or would be): APPROVED or SUBMITTED; "
                    + "null for a failed row.", nullable = true) PledgeStatus status,
            @Schema(required = true, description = "Accepted outside the registration window (a board import); the "
                    + "pledge records the late reason.") boolean late,
            @Schema(description = "The new pledge's id when CREATED; for a row that failed as DUPLICATE, the id of "
                    + "the live pledge that is already there; null otherwise.") UUID id,
            @Schema(description = "Why the row failed; empty otherwise. `field` is the column as the file names it "
                    + "(or `$` for the row as a whole).") List<FieldError> errors) {
    }

    static PledgeImportReport of(boolean dryRun, boolean applied, List<RowResult> rows) {
        int created = 0;
        int late = 0;
        int approved = 0;
        int submitted = 0;
        int failed = 0;
        for (RowResult row : rows) {
            if (row.outcome() == Outcome.FAILED) {
                failed++;
                continue;
            }
            created++;
            if (row.late()) {
                late++;
            }
            if (row.status() == PledgeStatus.APPROVED) {
                approved++;
            } else {
                submitted++;
            }
        }
        return new PledgeImportReport(dryRun, applied,
                new Counts(rows.size(), created, approved, submitted, late, failed), List.copyOf(rows));
    }
}
