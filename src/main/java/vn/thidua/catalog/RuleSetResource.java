package vn.thidua.catalog;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import vn.thidua.common.Roles;
import vn.thidua.common.api.ETags;

/** The rule sets: {@code /rule-sets}, {@code /rule-sets/{code}}, {@code :activate}, {@code :retire}. */
@Path("/rule-sets")
@Tag(name = "Rule sets", description = "The criteria of titles and forms as data (bộ quy tắc xét khen thưởng), by "
        + "legal basis and validity dates, and the agencies' overrides of their configurable items.")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RuleSetResource {

    @Inject
    RuleSetService service;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.BOARD, Roles.COUNCIL, Roles.LEADER, Roles.UNIT_HEAD, Roles.MEMBER,
            Roles.INTEGRATION})
    @Operation(operationId = "listRuleSets", summary = "List the rule sets, newest first",
            description = "Every rule set with its legal basis, validity dates, status and verification status, without "
                    + "the criteria; `status` narrows the list. The set in force on a day is the ACTIVE one whose dates "
                    + "hold the day, the latest `validFrom` winning.")
    public List<RuleSetResponses.Summary> list(@QueryParam("status") RuleSetStatus status) {
        return service.list(status);
    }

    @GET
    @Path("/{code}")
    @RolesAllowed({Roles.ADMIN, Roles.BOARD, Roles.COUNCIL, Roles.LEADER, Roles.UNIT_HEAD, Roles.MEMBER,
            Roles.INTEGRATION})
    @Operation(operationId = "getRuleSet", summary = "Read a rule set with all its criteria and default settings",
            description = """
                    The full definition. The format: `general` lists the criteria every title and form must meet; \
                    `titles` gives, per award code, whom it judges and its ordered criteria. A criterion is \
                    `{id, rule, params, when?, legalRef, needsVerification, note?}`: `rule` names a rule of the \
                    eligibility engine, `params` its parameters (any may be `{"setting": key}`, the value of a \
                    configurable item for the subject's unit), `when` a boolean setting whose false makes the \
                    criterion not applicable; ANY_OF and ALL_OF hold child criteria in `params.of`. `settings` holds \
                    the defaults of the configurable items. Items marked `needsVerification` are not verified \
                    against the official text: the officer should check them.""")
    @APIResponse(responseCode = "200", description = "The rule set, with its version as ETag.")
    public RestResponse<RuleSetResponses.Full> get(@PathParam("code") String code) {
        return tagged(service.get(code));
    }

    @POST
    @Path("/{code}:activate")
    @RolesAllowed(Roles.ROOT_ADMIN)
    @Operation(operationId = "activateRuleSet", summary = "Put a draft or retired rule set in force for its dates",
            description = "From its `validFrom` it takes over from any earlier active set (e.g. LAW2026_AMEND from "
                    + "01/10/2026 once its text is verified). The definition must pass the format's checks. Audited, "
                    + "with the reason; emits `rule-set.activated`. Needs If-Match. " + Roles.ROOT_ADMIN_ONLY)
    @APIResponse(responseCode = "200", description = "Active.")
    @APIResponse(responseCode = "409", description = "Already active, or its definition does not pass the checks.")
    public RestResponse<RuleSetResponses.Full> activate(@PathParam("code") String code,
            @HeaderParam(ETags.IF_MATCH) String ifMatch, @NotNull @Valid RuleSetRequests.Reason body) {
        return tagged(service.activate(code, ifMatch, body));
    }

    @POST
    @Path("/{code}:retire")
    @RolesAllowed(Roles.ROOT_ADMIN)
    @Operation(operationId = "retireRuleSet", summary = "Take an active rule set out of force",
            description = "It stays readable; the days it covered then have no set unless another active one covers "
                    + "them. Audited, with the reason; emits `rule-set.retired`. Needs If-Match. " + Roles.ROOT_ADMIN_ONLY)
    @APIResponse(responseCode = "200", description = "Retired.")
    @APIResponse(responseCode = "409", description = "The rule set is not active.")
    public RestResponse<RuleSetResponses.Full> retire(@PathParam("code") String code,
            @HeaderParam(ETags.IF_MATCH) String ifMatch, @NotNull @Valid RuleSetRequests.Reason body) {
        return tagged(service.retire(code, ifMatch, body));
    }

    private static RestResponse<RuleSetResponses.Full> tagged(RuleSetResponses.Full set) {
        return RestResponse.ResponseBuilder.ok(set).tag(ETags.of(set.version())).build();
    }
}
