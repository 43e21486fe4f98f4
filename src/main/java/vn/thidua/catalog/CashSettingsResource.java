package vn.thidua.catalog;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import vn.thidua.common.Roles;

/** The cash inputs: {@code /settings/base-salary}, {@code /settings/award-coefficients}, {@code /settings/cash-award}. */
@Path("/settings")
@Tag(name = "Cash awards", description = "The base salary (mức lương cơ sở) and the award coefficients (hệ số tiền "
        + "thưởng) as dated data, and the cash amount they give (NĐ 98/2023, NĐ 152/2025 điều 49).")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CashSettingsResource {

    private static final String ADMIN_ADDS = " An administrator adds a change from a day on: after the start of the "
            + "value in force today (a change entered late still counts from its legal date; a closed period is "
            + "never rewritten). Rows are never edited; a correction is a later row. Audited. " + Roles.ROOT_ADMIN_ONLY;

    @Inject
    CashSettingsService service;

    @GET
    @Path("/base-salary")
    @RolesAllowed({Roles.ADMIN, Roles.BOARD, Roles.COUNCIL, Roles.LEADER, Roles.UNIT_HEAD, Roles.MEMBER,
            Roles.INTEGRATION})
    @Operation(operationId = "listBaseSalaries", summary = "The base salary's history, or the one in force on a day",
            description = "Every base salary, newest first; `current` marks the one in force today (Vietnam time). "
                    + "With `on`, only the entry in force that day (404 before the first). Cash awards are taken on "
                    + "the decision date.")
    @APIResponse(responseCode = "200", description = "The history, or the one entry in force on `on`.")
    @APIResponse(responseCode = "404", description = "No base salary is in force on `on`.")
    public List<CashSettingsResponses.BaseSalaryEntry> baseSalaries(
            @Parameter(description = "A day: only the entry in force then.", example = "2025-07-01")
            @QueryParam("on") LocalDate on) {
        return service.baseSalaries(on);
    }

    @POST
    @Path("/base-salary")
    @RolesAllowed(Roles.ROOT_ADMIN)
    @Operation(operationId = "addBaseSalary", summary = "Add a change of the base salary from a day on",
            description = "One entry per day." + ADMIN_ADDS + " Emits `catalog.base_salary_added`.")
    @APIResponse(responseCode = "201", description = "Added.", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = CashSettingsResponses.BaseSalaryEntry.class)))
    @APIResponse(responseCode = "409", description = "That day already has a base salary.")
    public RestResponse<CashSettingsResponses.BaseSalaryEntry> addBaseSalary(
            @NotNull @Valid CashSettingsRequests.AddBaseSalary body) {
        var added = service.addBaseSalary(body);
        return RestResponse.ResponseBuilder.<CashSettingsResponses.BaseSalaryEntry>created(URI.create(
                "settings/base-salary?on=" + added.effectiveFrom()))
                .entity(added).build();
    }

    @GET
    @Path("/award-coefficients")
    @RolesAllowed({Roles.ADMIN, Roles.BOARD, Roles.COUNCIL, Roles.LEADER, Roles.UNIT_HEAD, Roles.MEMBER,
            Roles.INTEGRATION})
    @Operation(operationId = "listAwardCoefficients", summary = "Each award's cash coefficient in force on a day",
            description = "One entry per title and form that has a coefficient on `on` (default today, Vietnam "
                    + "time), in catalogue order, with its legal basis and verification status (e.g. the Bằng khen "
                    + "of the province was 1.0 under NĐ 98/2023, unverified, and is 1.5 from 01/07/2025).")
    @APIResponse(responseCode = "200", description = "The coefficients in force.")
    public List<CashSettingsResponses.AwardCoefficientEntry> coefficients(
            @Parameter(description = "The day; default today in Vietnam.", example = "2025-07-01")
            @QueryParam("on") LocalDate on) {
        return service.coefficients(on);
    }

    @POST
    @Path("/award-coefficients")
    @RolesAllowed(Roles.ROOT_ADMIN)
    @Operation(operationId = "addAwardCoefficient", summary = "Add a title's or form's coefficient from a day on",
            description = "One entry per award and day; the code must be in the catalogue." + ADMIN_ADDS
                    + " Emits `catalog.award_coefficient_added`.")
    @APIResponse(responseCode = "201", description = "Added.", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = CashSettingsResponses.AwardCoefficientEntry.class)))
    @APIResponse(responseCode = "409", description = "That award already has a coefficient from that day.")
    public RestResponse<CashSettingsResponses.AwardCoefficientEntry> addCoefficient(
            @NotNull @Valid CashSettingsRequests.AddAwardCoefficient body) {
        var added = service.addCoefficient(body);
        return RestResponse.ResponseBuilder.<CashSettingsResponses.AwardCoefficientEntry>created(URI.create(
                "settings/award-coefficients?on=" + added.effectiveFrom())).entity(added).build();
    }

    @GET
    @Path("/cash-award")
    @RolesAllowed({Roles.ADMIN, Roles.BOARD, Roles.COUNCIL, Roles.LEADER, Roles.UNIT_HEAD, Roles.MEMBER,
            Roles.INTEGRATION})
    @Operation(operationId = "getCashAward", summary = "The cash amount of an award to a recipient on a decision date",
            description = "ceil(coefficient × multiplier × base salary / 10,000) × 10,000 đồng, each input the one in "
                    + "force on `on` (default today), with its legal basis; `needsVerification` when any input is "
                    + "unverified. The multiplier is a form's: 2 for a collective, 1.5 for a household; a title's "
                    + "coefficient is already its subject's. An award not in the catalogue, or not fitting the "
                    + "recipient, is refused (400).")
    @APIResponse(responseCode = "200", description = "The amount and its inputs.")
    @APIResponse(responseCode = "404", description = "An input (base salary, coefficient, multiplier) has no value in "
            + "force on `on`.")
    public CashAward cashAward(
            @Parameter(description = "A title or form code of the catalogue.", example = "PROVINCE_COMMENDATION",
                    required = true) @NotNull @QueryParam("award") String award,
            @Parameter(description = "Who receives it.", example = "PERSON", required = true) @NotNull
            @QueryParam("recipient") Recipient recipient,
            @Parameter(description = "The decision date; default today in Vietnam.", example = "2025-07-01")
            @QueryParam("on") LocalDate on) {
        return service.cashAward(award, recipient, on);
    }
}
