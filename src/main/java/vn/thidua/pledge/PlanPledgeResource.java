package vn.thidua.pledge;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
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

import vn.thidua.common.Roles;
import vn.thidua.common.api.ETags;
import vn.thidua.common.api.Idempotency;
import vn.thidua.common.api.Page;
import vn.thidua.common.api.PageParams;
import vn.thidua.common.api.Paging;
import vn.thidua.common.api.ImportRun;
import vn.thidua.common.api.QueryFlags;
import vn.thidua.common.error.Messages;
import vn.thidua.org.OrgDirectory;
import vn.thidua.org.SubjectKind;

/**
 * A plan's pledges: {@code /plans/{id}/pledges...}. It shares the class path {@code /plans} with the plan resource
 * (JAX-RS picks the class by its path first), and lives here because pledges depend on plans, not the reverse.
 */
@Path("/plans")
@Tag(name = "Pledges", description = "Registrations for emulation titles (đăng ký thi đua), by people and units.")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PlanPledgeResource {

    @Inject
    PledgeService service;
    @Inject
    Idempotency idempotency;
    @Inject
    PledgeImportService imports;
    @Inject
    ObjectMapper json;

    static final String TEXT_CSV = "text/csv";

    @GET
    @Path("/{planId}/pledges")
    @RolesAllowed({Roles.ADMIN, Roles.BOARD, Roles.COUNCIL, Roles.LEADER, Roles.UNIT_HEAD, Roles.MEMBER,
            Roles.INTEGRATION})
    @Operation(operationId = "listPledges", summary = "List a plan's pledges in the caller's scope",
            description = "A member sees only their own. `unit` with `subtree=true` includes the units below it. "
                    + "`q` searches the subject's name ignoring accents. Sort keys: subjectName, status, submittedAt, createdAt.")
    public Page<PledgeResponse> list(@PathParam("planId") UUID planId, @QueryParam("phase") UUID phase,
            @QueryParam("unit") UUID unit,
            @Parameter(schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "true")) @QueryParam("subtree") String subtree,
            @QueryParam("status") PledgeStatus status,
            @Parameter(description = "Pledges that include this title code.", example = "ADVANCED_WORKER") @QueryParam("title") String title,
            @QueryParam("subjectKind") SubjectKind subjectKind,
            @Parameter(example = "nguyen van") @QueryParam("q") String q,
            @BeanParam PageParams page) {
        return service.list(planId, new PledgeService.ListQuery(phase, unit, QueryFlags.parse("subtree", subtree, true),
                status, title, subjectKind, q), Paging.of(page, PledgeService.SORTS, "subjectName"));
    }

    @POST
    @Path("/{planId}/pledges")
    @RolesAllowed({Roles.BOARD, Roles.UNIT_HEAD, Roles.MEMBER})
    @Operation(operationId = "createPledge", summary = "Register a person or a unit for titles, as a draft",
            description = "Members for themselves; unit heads for the people and units of their unit; the board for "
                    + "anything in scope. One live pledge per subject, plan and phase.")
    @APIResponse(responseCode = "201", description = "Created as a draft.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PledgeResponse.class)))
    @APIResponse(responseCode = "409", description = "The subject already has a live pledge, or the plan is not issued.")
    public Response create(@PathParam("planId") UUID planId, @NotNull @Valid PledgeRequests.Create body,
            @Parameter(description = "Makes a retried request safe: the first answer is returned again.")
            @HeaderParam(Idempotency.HEADER) String idempotencyKey) {
        return idempotency.execute(idempotencyKey, "POST /plans/" + planId + "/pledges", body, () -> {
            PledgeResponse pledge = service.create(planId, body);
            return Response.created(URI.create("pledges/" + pledge.id())).entity(pledge)
                    .tag(ETags.of(pledge.version())).build();
        });
    }

    /** One element of a JSON import; documents the shape only, since rows are read leniently to report each error. */
    @Schema(name = "PledgeImportRow", description = "One pledge of a JSON import: personCode or unitCode, not both.")
    public record ImportedPledge(
            @Schema(examples = "TCT-018") String personCode,
            @Schema(examples = "TCT-KLLCS") String unitCode,
            @Schema(required = true, examples = "[\"ADVANCED_WORKER\", \"GRASSROOTS_EMULATION_FIGHTER\"]")
            List<String> titles,
            @Schema(description = "The phase's number in the plan; absent: the whole plan.", examples = "1")
            Integer phase,
            @Schema(description = "Commitment text by sub-movement key of the plan.",
                    examples = "{\"GD5T\": \"Giảng dạy đủ 270 tiết chuẩn\"}") Map<String, String> commitments) {
    }

    /** The request as the idempotency record fingerprints it: the plan, every option and the raw body. */
    record ImportFingerprint(UUID planId, String format, boolean dryRun, boolean allOrNothing, byte[] body) {
    }

    @POST
    @Path("/{planId}/pledges:import")
    @RolesAllowed({Roles.BOARD, Roles.UNIT_HEAD})
    @Consumes({TEXT_CSV, MediaType.APPLICATION_JSON})
    @Operation(operationId = "importPledges", summary = "Register many people and units at once from a CSV file or a "
            + "JSON array", description = """
                    Each valid row becomes a pledge that is already submitted, or approved where you may approve it: \
                    people's pledges are APPROVED (board and unit heads approve them); units' pledges are APPROVED \
                    when you are the board of the plan's issuing unit, otherwise SUBMITTED for that board to decide. \
                    Each row is checked as `POST /plans/{id}/pledges` checks one pledge: the subject is in your scope \
                    (a code outside it reads as unknown) and in a unit taking part in the plan, the titles fit it, \
                    the commitments are under the plan's sub-movements, and the subject has no live pledge in the plan \
                    and phase yet (DUPLICATE), nor another row in the file (DUPLICATE_IN_FILE). The registration \
                    window applies to what is submitted: outside it a unit head's rows fail (REGISTRATION_CLOSED, \
                    REGISTRATION_NOT_OPEN); the board's are accepted as late, with the late reason "Nhập danh sách \
                    bởi thường trực thi đua". At most 50,000 rows.

                    ```
                    curl -H "Authorization: Bearer $TOKEN" -H 'Content-Type: text/csv' --data-binary @pledges.csv \\
                         'https://thidua.example/api/v1/plans/{id}/pledges:import?dryRun=true'
                    ```
                    (`--data-binary`, not `-d`, which drops the line breaks.)

                    **CSV** (`Content-Type: text/csv`): UTF-8 with or without BOM; comma or semicolon, whichever the \
                    header line uses. Columns, in any order: `personCode` or `unitCode` (a file may have both \
                    columns, each row fills exactly one), `titles` (title codes separated by `|`), `phase` (the \
                    phase's number; empty: the whole plan) and one column `commitment:<KEY>` per sub-movement of the \
                    plan (an empty cell: no commitment under it). The Vietnamese headers `Mã cán bộ`, `Mã đơn vị`, \
                    `Danh hiệu`, `Đợt` and `Cam kết:<KEY>` are accepted too (case and accents do not matter). An \
                    unknown or duplicate column, or a file without `titles` or without a code column, is a 400 naming \
                    it. Row numbers are spreadsheet rows (the header is 1).

                    **JSON** (`Content-Type: application/json`): an array of objects with the same names; `titles` \
                    is an array of codes, `phase` a number, `commitments` an object from sub-movement key to text. \
                    Row numbers are positions from 1.

                    **Answer**: 200 with the report whenever the file could be read, also when rows failed: check \
                    `applied` (e.g. `jq -e .applied`). With `allOrNothing=true` (the default) one failed row means \
                    nothing is saved: `applied` is false and valid rows read WOULD_CREATE. With `allOrNothing=false` \
                    the valid rows are saved and the failed ones listed. `dryRun=true` checks everything and saves \
                    nothing. Each failed row lists its `errors` (`field` is the column as your file names it), in the \
                    language of `Accept-Language`. A plan you cannot see is a 404; one that is not ISSUED, a 409.

                    **Retries**: with `Idempotency-Key`, an applied import runs once and a retry gets its report \
                    again. A dry run or a rejected import is not remembered (it changed nothing): fix the file and \
                    send it with a new key.""")
    @RequestBody(required = true, content = {
            @Content(mediaType = TEXT_CSV, schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = ImportedPledge.class))})
    @APIResponse(responseCode = "200", description = "The file was read; the report says what was (or would be) done.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = PledgeImportReport.class)))
    @APIResponse(responseCode = "409", description = "The plan is not issued.")
    public Response importPledges(@PathParam("planId") UUID planId, byte[] body,
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
        PledgeImportReader.Sheet sheet = csv ? PledgeImportReader.csv(body) : PledgeImportReader.json(body, json);
        ImportRun.Options options = new ImportRun.Options(dryRun, allOrNothing,
                csv ? "csv" : "json");
        ImportFingerprint fingerprint = new ImportFingerprint(planId, options.format(), dryRun, allOrNothing, body);
        return ImportRun.answer(() -> imports.importOnce(planId, idempotencyKey, fingerprint, sheet, options, locale));
    }

    @GET
    @Path("/{planId}/pledges:summary")
    @RolesAllowed({Roles.ADMIN, Roles.BOARD, Roles.COUNCIL, Roles.LEADER, Roles.UNIT_HEAD, Roles.INTEGRATION})
    @Operation(operationId = "summarisePledges", summary = "Counts per status and per title for a unit",
            description = "Without `unit`, the caller's home unit. With `subtree=false`, that unit's own people and pledges only.")
    public PledgeSummary summary(@PathParam("planId") UUID planId, @QueryParam("unit") UUID unit,
            @Parameter(schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "true")) @QueryParam("subtree") String subtree,
            @QueryParam("phase") UUID phase) {
        return service.summary(planId, unit, QueryFlags.parse("subtree", subtree, true), phase);
    }

    @GET
    @Path("/{planId}/pledges:missing")
    @RolesAllowed({Roles.ADMIN, Roles.BOARD, Roles.COUNCIL, Roles.LEADER, Roles.UNIT_HEAD, Roles.INTEGRATION})
    @Operation(operationId = "listPeopleWithoutPledge", summary = "Who has not registered yet",
            description = "The active people of the unit with no live pledge in the plan (and phase), in staff-list order.")
    public Page<OrgDirectory.PersonRef> missing(@PathParam("planId") UUID planId, @QueryParam("unit") UUID unit,
            @Parameter(schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "true")) @QueryParam("subtree") String subtree,
            @QueryParam("phase") UUID phase, @BeanParam PageParams page) {
        return service.missing(planId, unit, QueryFlags.parse("subtree", subtree, true), phase,
                Paging.of(page, java.util.Map.of("name", "name"), "name"));
    }
}
