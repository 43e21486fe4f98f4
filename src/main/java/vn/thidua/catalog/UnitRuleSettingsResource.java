package vn.thidua.catalog;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import vn.thidua.common.Roles;
import vn.thidua.common.api.ETags;

/**
 * A unit's effective rule settings and its own overrides: {@code /units/{id}/rule-settings},
 * {@code /units/{id}/rule-overrides[/{key}]}.
 */
@Path("/units")
@Tag(name = "Rule sets")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class UnitRuleSettingsResource {

    private static final String SET_OF_OVERRIDE = "The override's rule set; absent: the one for every rule set.";

    @Inject
    RuleOverrideService service;

    @GET
    @Path("/{id}/rule-settings")
    @RolesAllowed({Roles.ADMIN, Roles.BOARD, Roles.COUNCIL, Roles.LEADER, Roles.UNIT_HEAD, Roles.MEMBER,
            Roles.INTEGRATION})
    @Operation(operationId = "getUnitRuleSettings", summary = "The settings of a rule set as they apply in a unit",
            description = "Each configurable item with its value and where it comes from: the rule set's default, or "
                    + "the override of an agency on the path from the root to the unit (the deepest wins; at one "
                    + "level, an override for the set beats one for every set), with its reason. The rule set is "
                    + "`ruleSet`, or the one in force on `on` (default: today).")
    @APIResponse(responseCode = "200", description = "The effective settings.")
    @APIResponse(responseCode = "404", description = "No such unit in the caller's scope, or no rule set in force on "
            + "the day.")
    public RuleOverrideResponses.UnitSettings effective(@PathParam("id") UUID id,
            @Parameter(description = "A rule set's code.") @QueryParam("ruleSet") @Size(max = 50) String ruleSet,
            @Parameter(description = "A day (YYYY-MM-DD): the rule set in force then; not with `ruleSet`.",
                    schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("on") String on) {
        return service.effective(id, ruleSet, on);
    }

    @GET
    @Path("/{id}/rule-overrides")
    @RolesAllowed({Roles.ADMIN, Roles.BOARD, Roles.COUNCIL, Roles.LEADER, Roles.UNIT_HEAD, Roles.MEMBER,
            Roles.INTEGRATION})
    @Operation(operationId = "listRuleOverrides", summary = "The unit's own overrides of configurable items",
            description = "Only those made at this unit, for every rule set or one; `rule-settings` shows what applies "
                    + "after the ancestors' too.")
    public List<RuleOverrideResponses.AgencyOverride> list(@PathParam("id") UUID id) {
        return service.list(id);
    }

    @GET
    @Path("/{id}/rule-overrides/{key}")
    @RolesAllowed({Roles.ADMIN, Roles.BOARD, Roles.COUNCIL, Roles.LEADER, Roles.UNIT_HEAD, Roles.MEMBER,
            Roles.INTEGRATION})
    @Operation(operationId = "getRuleOverride", summary = "One of the unit's overrides",
            description = "By key, and `ruleSet` for one made for a single rule set.")
    @APIResponse(responseCode = "200", description = "The override, with its version as ETag.")
    @APIResponse(responseCode = "404", description = "The unit has no such override, or is not in the caller's scope.")
    public RestResponse<RuleOverrideResponses.AgencyOverride> get(@PathParam("id") UUID id,
            @PathParam("key") String key,
            @Parameter(description = SET_OF_OVERRIDE) @QueryParam("ruleSet") @Size(max = 50) String ruleSet) {
        return tagged(service.get(id, key, ruleSet));
    }

    @PUT
    @Path("/{id}/rule-overrides/{key}")
    @RolesAllowed({Roles.ADMIN, Roles.BOARD})
    @Operation(operationId = "putRuleOverride", summary = "Set the unit's own value of a configurable item",
            description = "For the unit's subtree: for `ruleSet`, or every rule set when absent. Creates the override, "
                    + "or replaces it (then If-Match is required). The key must be a configurable item (see "
                    + "`RuleSet.settings`) and the value of its type: a 400 names what is wrong (`key`, `value`, "
                    + "`value.minRatio`...). Administrators and the board, for units in their scope. Audited; emits "
                    + "`rule-override.created` or `rule-override.updated`.")
    @APIResponse(responseCode = "201", description = "Created.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = RuleOverrideResponses.AgencyOverride.class)))
    @APIResponse(responseCode = "200", description = "Replaced.")
    public RestResponse<RuleOverrideResponses.AgencyOverride> put(@PathParam("id") UUID id,
            @PathParam("key") String key, @HeaderParam(ETags.IF_MATCH) String ifMatch,
            @NotNull @Valid RuleSetRequests.AgencyOverride body) {
        RuleOverrideService.Saved saved = service.put(id, key, ifMatch, body);
        if (saved.created()) {
            String location = "units/" + id + "/rule-overrides/" + key
                    + (body.ruleSet() == null ? "" : "?ruleSet=" + body.ruleSet());
            return RestResponse.ResponseBuilder.<RuleOverrideResponses.AgencyOverride>created(URI.create(location))
                    .entity(saved.override())
                    .tag(ETags.of(saved.override().version())).build();
        }
        return tagged(saved.override());
    }

    @DELETE
    @Path("/{id}/rule-overrides/{key}")
    @RolesAllowed({Roles.ADMIN, Roles.BOARD})
    @Operation(operationId = "deleteRuleOverride", summary = "Remove one of the unit's overrides",
            description = "The value then comes from the ancestors or the rule set again. Audited; emits "
                    + "`rule-override.deleted`. Needs If-Match.")
    @APIResponse(responseCode = "204", description = "Removed.")
    @APIResponse(responseCode = "404", description = "The unit has no such override, or is not in the caller's scope.")
    public RestResponse<Void> delete(@PathParam("id") UUID id, @PathParam("key") String key,
            @Parameter(description = SET_OF_OVERRIDE) @QueryParam("ruleSet") @Size(max = 50) String ruleSet,
            @HeaderParam(ETags.IF_MATCH) String ifMatch) {
        service.delete(id, key, ruleSet, ifMatch);
        return RestResponse.noContent();
    }

    private static RestResponse<RuleOverrideResponses.AgencyOverride> tagged(
            RuleOverrideResponses.AgencyOverride override) {
        return RestResponse.ResponseBuilder.ok(override).tag(ETags.of(override.version())).build();
    }
}
