package vn.thidua.cluster;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

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
import vn.thidua.common.api.Idempotency;
import vn.thidua.common.api.Page;
import vn.thidua.common.api.PageParams;
import vn.thidua.common.api.Paging;

/** Clusters and blocks, their members, heads and deputies, and covenants: {@code /clusters/...}. */
@Path("/clusters")
@Tag(name = "Clusters", description = "Emulation clusters and blocks (cụm, khối thi đua): members, head and deputy "
        + "per year, covenants (giao ước thi đua), scoring tables, scoring and ranking.")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ClusterResource {

    public static final String RETRY = "Makes a retried request safe: the first answer is returned again.";
    public static final String YEAR = "A calendar year; another value names nothing (404).";


    @Inject
    ClusterService service;
    @Inject
    CovenantService covenants;
    @Inject
    Idempotency idempotency;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.BOARD, Roles.LEADER, Roles.UNIT_HEAD, Roles.INTEGRATION})
    @Operation(operationId = "listClusters", summary = "List the clusters and blocks in reach",
            description = "Those the caller's scope organises, and those the caller's agency is a member of. `year` "
                    + "keeps those with members that year; `q` searches the name ignoring accents. Sort keys: name, "
                    + "createdAt, kind.")
    public Page<ClusterResponses.Detail> list(@QueryParam("kind") ClusterKind kind,
            @Parameter(example = "2022") @QueryParam("year") Integer year,
            @Parameter(example = "truong chinh tri") @QueryParam("q") String q, @BeanParam PageParams page) {
        return service.list(new ClusterRepository.Filter(kind, year, q), Paging.of(page, ClusterService.SORTS,
                "name"));
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.BOARD})
    @Operation(operationId = "createCluster", summary = "Create a cluster or block",
            description = "Organised by a province or ministry in the caller's scope, whose board manages it.")
    @APIResponse(responseCode = "201", description = "Created.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ClusterResponses.Detail.class)))
    @APIResponse(responseCode = "404", description = "The organiser is not in the caller's scope.")
    public Response create(@NotNull @Valid ClusterRequests.Create body,
            @Parameter(description = RETRY) @HeaderParam(Idempotency.HEADER) String idempotencyKey) {
        return idempotency.execute(idempotencyKey, "POST /clusters", body, () -> {
            ClusterResponses.Detail cluster = service.create(body);
            return Response.created(URI.create("clusters/" + cluster.id())).entity(cluster)
                    .tag(ETags.of(cluster.version())).build();
        });
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.BOARD, Roles.LEADER, Roles.UNIT_HEAD, Roles.INTEGRATION})
    @Operation(operationId = "getCluster", summary = "Read a cluster or block",
            description = "With its scoring rules and its version as ETag.")
    @APIResponse(responseCode = "200", description = "The cluster.")
    public RestResponse<ClusterResponses.Detail> get(@PathParam("id") UUID id) {
        ClusterResponses.Detail cluster = service.get(id);
        return RestResponse.ResponseBuilder.ok(cluster).tag(ETags.of(cluster.version())).build();
    }

    @PATCH
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.BOARD})
    @Operation(operationId = "updateCluster", summary = "Change a cluster or block",
            description = "By the organiser's board: kind, name, description, scoring rules; absent fields stay. A "
                    + "closed year's ranking is kept as it was closed. Needs If-Match.")
    @APIResponse(responseCode = "200", description = "Updated.")
    public RestResponse<ClusterResponses.Detail> update(@PathParam("id") UUID id,
            @HeaderParam(ETags.IF_MATCH) String ifMatch, @NotNull @Valid ClusterRequests.Update body) {
        ClusterResponses.Detail cluster = service.update(id, ifMatch, body);
        return RestResponse.ResponseBuilder.ok(cluster).tag(ETags.of(cluster.version())).build();
    }

    // --- members ------------------------------------------------------------------------------------------------

    @GET
    @Path("/{id}/members")
    @RolesAllowed({Roles.ADMIN, Roles.BOARD, Roles.LEADER, Roles.UNIT_HEAD, Roles.INTEGRATION})
    @Operation(operationId = "listClusterMembers", summary = "The member agencies",
            description = "All memberships, or those of `year`.")
    public List<ClusterResponses.Member> members(@PathParam("id") UUID id,
            @Parameter(example = "2022") @QueryParam("year") Integer year) {
        return service.members(id, year);
    }

    @POST
    @Path("/{id}/members")
    @RolesAllowed({Roles.ADMIN, Roles.BOARD})
    @Operation(operationId = "addClusterMember", summary = "Add a member agency from a year on",
            description = "By the organiser's board: a unit in scope (not a member in an overlapping year), or an "
                    + "external agency by name and province.")
    @APIResponse(responseCode = "201", description = "Added.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ClusterResponses.Member.class)))
    @APIResponse(responseCode = "409", description = "The unit is a member in an overlapping year already.")
    public Response addMember(@PathParam("id") UUID id, @NotNull @Valid ClusterRequests.AddMember body,
            @Parameter(description = RETRY) @HeaderParam(Idempotency.HEADER) String idempotencyKey) {
        return idempotency.execute(idempotencyKey, "POST /clusters/" + id + "/members", body, () -> {
            ClusterResponses.Member member = service.addMember(id, body);
            return Response.created(URI.create("clusters/" + id + "/members/" + member.id())).entity(member)
                    .tag(ETags.of(member.version())).build();
        });
    }

    @GET
    @Path("/{id}/members/{memberId}")
    @RolesAllowed({Roles.ADMIN, Roles.BOARD, Roles.LEADER, Roles.UNIT_HEAD, Roles.INTEGRATION})
    @Operation(operationId = "getClusterMember", summary = "Read a membership", description = "With its ETag.")
    @APIResponse(responseCode = "200", description = "The membership.")
    public RestResponse<ClusterResponses.Member> member(@PathParam("id") UUID id,
            @PathParam("memberId") UUID memberId) {
        ClusterResponses.Member member = service.member(id, memberId);
        return RestResponse.ResponseBuilder.ok(member).tag(ETags.of(member.version())).build();
    }

    @PATCH
    @Path("/{id}/members/{memberId}")
    @RolesAllowed({Roles.ADMIN, Roles.BOARD})
    @Operation(operationId = "updateClusterMember", summary = "Change a membership",
            description = "By the organiser's board: name and province, and the years (e.g. `toYear` when an agency "
                    + "leaves). Needs If-Match.")
    @APIResponse(responseCode = "200", description = "Updated.")
    @APIResponse(responseCode = "409", description = "The unit would be a member twice in a year.")
    public RestResponse<ClusterResponses.Member> updateMember(@PathParam("id") UUID id,
            @PathParam("memberId") UUID memberId, @HeaderParam(ETags.IF_MATCH) String ifMatch,
            @NotNull @Valid ClusterRequests.UpdateMember body) {
        ClusterResponses.Member member = service.updateMember(id, memberId, ifMatch, body);
        return RestResponse.ResponseBuilder.ok(member).tag(ETags.of(member.version())).build();
    }

    // --- leadership ---------------------------------------------------------------------------------------------

    @GET
    @Path("/{id}/leadership")
    @RolesAllowed({Roles.ADMIN, Roles.BOARD, Roles.LEADER, Roles.UNIT_HEAD, Roles.INTEGRATION})
    @Operation(operationId = "listClusterLeadership", summary = "The heads and deputies, year by year",
            description = "The rotation's history, latest year first.")
    public List<ClusterResponses.Leadership> leadership(@PathParam("id") UUID id) {
        return service.leadership(id);
    }

    @GET
    @Path("/{id}/leadership/{year}")
    @RolesAllowed({Roles.ADMIN, Roles.BOARD, Roles.LEADER, Roles.UNIT_HEAD, Roles.INTEGRATION})
    @Operation(operationId = "getClusterLeadership", summary = "The head and deputy of a year",
            description = "With its ETag.")
    @APIResponse(responseCode = "200", description = "The appointment.")
    public RestResponse<ClusterResponses.Leadership> yearLeadership(@PathParam("id") UUID id,
            @Parameter(description = YEAR, schema = @Schema(type = SchemaType.INTEGER, minimum = "1990",
                    maximum = "2100")) @PathParam("year") String year) {
        ClusterResponses.Leadership leadership = service.leadership(id, ClusterAccess.year(year));
        return RestResponse.ResponseBuilder.ok(leadership).tag(ETags.of(leadership.version())).build();
    }

    @PUT
    @Path("/{id}/leadership/{year}")
    @RolesAllowed({Roles.ADMIN, Roles.BOARD})
    @Operation(operationId = "appointClusterLeadership", summary = "Appoint the head and deputy of a year",
            description = "By the organiser's board. A year without an appointment gets one (no If-Match); a year's "
                    + "appointment is changed with If-Match. Other years are never touched, so the rotation's history "
                    + "stays. Head and deputy are two members of that year; when the head is an external agency, "
                    + "the organiser's board runs the year (covenant, scoring phases) for it.")
    @APIResponse(responseCode = "200", description = "Appointed.")
    public RestResponse<ClusterResponses.Leadership> appoint(@PathParam("id") UUID id,
            @Parameter(description = YEAR, schema = @Schema(type = SchemaType.INTEGER, minimum = "1990",
                    maximum = "2100")) @PathParam("year") String year,
            @HeaderParam(ETags.IF_MATCH) String ifMatch, @NotNull @Valid ClusterRequests.Appoint body) {
        ClusterResponses.Leadership leadership = service.appoint(id, ClusterAccess.year(year), ifMatch, body);
        return RestResponse.ResponseBuilder.ok(leadership).tag(ETags.of(leadership.version())).build();
    }

    // --- covenants ----------------------------------------------------------------------------------------------

    @GET
    @Path("/{id}/covenants/{year}")
    @RolesAllowed({Roles.ADMIN, Roles.BOARD, Roles.LEADER, Roles.UNIT_HEAD, Roles.INTEGRATION})
    @Operation(operationId = "getClusterCovenant", summary = "The covenant of a year",
            description = "Its content and targets, status, the signatures and the members yet to sign.")
    @APIResponse(responseCode = "200", description = "The covenant.")
    public RestResponse<ClusterResponses.Covenant> covenant(@PathParam("id") UUID id,
            @Parameter(description = YEAR, schema = @Schema(type = SchemaType.INTEGER, minimum = "1990",
                    maximum = "2100")) @PathParam("year") String year) {
        return tagged(covenants.get(id, ClusterAccess.year(year)));
    }

    @PUT
    @Path("/{id}/covenants/{year}")
    @RolesAllowed(Roles.BOARD)
    @Operation(operationId = "draftClusterCovenant", summary = "Draft the covenant of a year",
            description = "By the board of the year's head agency: a new draft (no If-Match), or a change of the draft "
                    + "(If-Match). Once opened for signing its text no longer changes.")
    @APIResponse(responseCode = "200", description = "Drafted.")
    @APIResponse(responseCode = "409", description = "The covenant is open for signing or fixed, or the year has no "
            + "head.")
    public RestResponse<ClusterResponses.Covenant> draftCovenant(@PathParam("id") UUID id,
            @Parameter(description = YEAR, schema = @Schema(type = SchemaType.INTEGER, minimum = "1990",
                    maximum = "2100")) @PathParam("year") String year, @HeaderParam(ETags.IF_MATCH) String ifMatch,
            @NotNull @Valid ClusterRequests.Draft body) {
        return tagged(covenants.draft(id, ClusterAccess.year(year), ifMatch, body).covenant());
    }

    @POST
    @Path("/{id}/covenants/{year}:open-for-signing")
    @RolesAllowed(Roles.BOARD)
    @Operation(operationId = "openClusterCovenant", summary = "Open the covenant for signing",
            description = "By the head's board; the text is fixed from then on. Needs If-Match.")
    @APIResponse(responseCode = "200", description = "Open for signing.")
    @APIResponse(responseCode = "409", description = "The covenant is not a draft.")
    public RestResponse<ClusterResponses.Covenant> openCovenant(@PathParam("id") UUID id,
            @Parameter(description = YEAR, schema = @Schema(type = SchemaType.INTEGER, minimum = "1990",
                    maximum = "2100")) @PathParam("year") String year, @HeaderParam(ETags.IF_MATCH) String ifMatch) {
        return tagged(covenants.openForSigning(id, ClusterAccess.year(year), ifMatch));
    }

    @POST
    @Path("/{id}/covenants/{year}/signatures")
    @RolesAllowed(Roles.BOARD)
    @Operation(operationId = "signClusterCovenant", summary = "Record a member's signature of the covenant",
            description = "By the member's own board, or by the head's board for an external member. Once per "
                    + "member; the last member of the year to sign fixes the covenant.")
    @APIResponse(responseCode = "200", description = "Recorded; the covenant as it now stands.")
    @APIResponse(responseCode = "409", description = "The covenant is not open for signing, or the member signed "
            + "already.")
    public Response sign(@PathParam("id") UUID id,
            @Parameter(description = YEAR, schema = @Schema(type = SchemaType.INTEGER, minimum = "1990",
                    maximum = "2100")) @PathParam("year") String year,
            @NotNull @Valid ClusterRequests.Sign body,
            @Parameter(description = RETRY) @HeaderParam(Idempotency.HEADER) String idempotencyKey) {
        return idempotency.execute(idempotencyKey, "POST /clusters/" + id + "/covenants/" + year + "/signatures",
                body, () -> {
                    ClusterResponses.Covenant covenant = covenants.sign(id, ClusterAccess.year(year), body);
                    return Response.ok(covenant).tag(ETags.of(covenant.version())).build();
                });
    }

    @POST
    @Path("/{id}/covenants/{year}:fix")
    @RolesAllowed(Roles.BOARD)
    @Operation(operationId = "fixClusterCovenant", summary = "Close the signing and fix the covenant",
            description = "By the head's board, with the signatures it has (a member that did not sign is listed as "
                    + "such for good). Needs If-Match.")
    @APIResponse(responseCode = "200", description = "Fixed.")
    @APIResponse(responseCode = "409", description = "The covenant is not open for signing.")
    public RestResponse<ClusterResponses.Covenant> fixCovenant(@PathParam("id") UUID id,
            @Parameter(description = YEAR, schema = @Schema(type = SchemaType.INTEGER, minimum = "1990",
                    maximum = "2100")) @PathParam("year") String year,
            @HeaderParam(ETags.IF_MATCH) String ifMatch) {
        return tagged(covenants.fix(id, ClusterAccess.year(year), ifMatch));
    }

    private static RestResponse<ClusterResponses.Covenant> tagged(ClusterResponses.Covenant covenant) {
        return RestResponse.ResponseBuilder.ok(covenant).tag(ETags.of(covenant.version())).build();
    }
}
