package vn.thidua.org;

import java.time.LocalDate;
import java.util.Locale;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.thidua.common.Sha256;
import vn.thidua.common.Roles;
import vn.thidua.common.api.ImportRun;
import vn.thidua.common.api.QueryFlags;
import vn.thidua.common.api.Idempotency;
import vn.thidua.common.error.Messages;

/** {@code POST /people:import}: a whole staff list at once, for officers scripting with curl. */
@Path("/people:import")
@Tag(name = "People")
public class PeopleImportResource {

    static final String TEXT_CSV = "text/csv";

    @Inject
    PeopleImportService service;
    @Inject
    ObjectMapper json;

    /** One element of a JSON import; documents the shape only, since rows are read leniently to report each error. */
    @Schema(name = "PeopleImportRow", description = "One person of a JSON import; the same fields as the CSV columns.")
    public record ImportedPerson(
            @Schema(required = true, examples = "TCT-0042") String code,
            @Schema(description = "Required for a new person.", examples = "Nguyễn Văn Đức") String fullName,
            @Schema(description = "MALE or FEMALE (Nam, Nữ are accepted too).") Gender gender,
            @Schema(description = "YYYY-MM-DD or DD/MM/YYYY.") LocalDate dateOfBirth,
            @Schema(examples = "Giảng viên") String position,
            @Schema(description = "Code of a unit inside the caller's scope; required for a new person.",
                    examples = "TCT-KHOA-LLCS") String unitCode,
            String email,
            @Schema(description = "Default true for a new person; unchanged for an existing one.") Boolean active) {
    }

    /** The request as the idempotency record fingerprints it: the raw body's digest and every option. */
    record Fingerprint(String format, boolean dryRun, boolean allOrNothing, String sha256) {
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.BOARD})
    @Consumes({TEXT_CSV, MediaType.APPLICATION_JSON})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "importPeople", summary = "Create and update people from a CSV file or a JSON array",
            description = """
                    Rows are matched by `code` (ignoring case): a new code creates a person, the code of a person in \
                    your scope updates them (UNCHANGED when nothing differs), and a code used outside your scope is \
                    a row error. At most 50,000 rows.

                    ```
                    curl -H "Authorization: Bearer $TOKEN" -H 'Content-Type: text/csv' --data-binary @people.csv \\
                         'https://thidua.example/api/v1/people:import?dryRun=true'
                    ```
                    (`--data-binary`, not `-d`, which drops the line breaks.)

                    **CSV** (`Content-Type: text/csv`): UTF-8 with or without BOM; comma or semicolon, whichever the \
                    header line uses. The header names the columns, in any order: `code`, `fullName`, `unitCode` \
                    (required), `gender`, `dateOfBirth`, `position`, `email`, `active`; the Vietnamese headers \
                    `Mã`, `Họ và tên`, `Mã đơn vị`, `Giới tính`, `Ngày sinh`, `Chức vụ`, `Thư điện tử`, \
                    `Đang hoạt động` are accepted too (case and accents do not matter). An unknown, duplicate or \
                    missing required column is a 400 naming it. Row numbers are spreadsheet rows (the header is 1).

                    **JSON** (`Content-Type: application/json`): an array of objects with the same property names; \
                    row numbers are positions from 1.

                    Values: `gender` MALE/FEMALE (or Nam/Nữ); `dateOfBirth` YYYY-MM-DD or DD/MM/YYYY; `active` \
                    true/false (or 1/0, có/không). A column absent from the file leaves that field of an existing \
                    person unchanged; an empty cell clears an optional field.

                    **Answer**: 200 with the report whenever the file could be read, also when rows failed: check \
                    `applied` (e.g. `jq -e .applied`). With `allOrNothing=true` (the default) one failed row means \
                    nothing is saved: `applied` is false and valid rows read WOULD_CREATE / WOULD_UPDATE. With \
                    `allOrNothing=false` the valid rows are saved and the failed ones listed. `dryRun=true` checks \
                    everything and saves nothing. Each failed row lists its `errors` (`field` is the column as your \
                    file names it), in the language of `Accept-Language`.

                    **Retries**: with `Idempotency-Key`, an applied import runs once and a retry gets its report \
                    again. A dry run or a rejected import is not remembered (it changed nothing): fix the file and \
                    send it with a new key.""")
    @RequestBody(required = true, content = {
            @Content(mediaType = TEXT_CSV, schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = ImportedPerson.class))})
    @APIResponse(responseCode = "200", description = "The file was read; the report says what was (or would be) done.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = PeopleImportReport.class)))
    public Response importPeople(byte[] body,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
            @Parameter(description = "Check only; save nothing.",
                    schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false"))
            @QueryParam("dryRun") String dryRunParam,
            @Parameter(description = "true: one failed row means nothing is saved. false: save the valid rows.",
                    schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "true"))
            @QueryParam("allOrNothing") String allOrNothingParam,
            @Parameter(description = "Makes a retried import safe: an applied import is not applied twice.")
            @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @Context HttpHeaders headers) throws JsonProcessingException {
        Locale locale = Messages.localeOf(headers);
        boolean dryRun = QueryFlags.parse("dryRun", dryRunParam, false);
        boolean allOrNothing = QueryFlags.parse("allOrNothing", allOrNothingParam, true);
        boolean csv = contentType != null && MediaType.valueOf(contentType).isCompatible(MediaType.valueOf(TEXT_CSV));
        PeopleImportReader.Sheet sheet = csv ? PeopleImportReader.csv(body) : PeopleImportReader.json(body, json);
        ImportRun.Options options = new ImportRun.Options(dryRun, allOrNothing,
                csv ? "csv" : "json");
        Fingerprint fingerprint = new Fingerprint(options.format(), dryRun, allOrNothing, Sha256.hex(body));
        return ImportRun.answer(() -> service.importOnce(idempotencyKey, fingerprint, sheet, options, locale));
    }

}
