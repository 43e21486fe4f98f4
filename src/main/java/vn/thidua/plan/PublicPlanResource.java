package vn.thidua.plan;

import java.util.UUID;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vn.thidua.common.api.Page;
import vn.thidua.common.api.PageParams;
import vn.thidua.common.api.Paging;

@Path("/public/plans")
@Tag(name = "Public", description = "What was issued, without a token (công khai), for the agencies' websites.")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class PublicPlanResource {

    @Inject
    PlanService service;

    @GET
    @Operation(operationId = "listPublicPlans",
            extensions = @Extension(name = "x-public", value = "true", parseValue = true),
            summary = "List issued plans with their phases",
            description = "Issued and closed plans only; drafts and cancelled plans never appear.")
    public Page<PlanResponses.Public> list(@Parameter(example = "2022") @QueryParam("year") Integer year,
            @Parameter(description = "Issuing unit.") @QueryParam("issuingUnit") UUID issuingUnit,
            @QueryParam("kind") PlanKind kind,
            @Parameter(example = "thi dua") @QueryParam("q") String q,
            @BeanParam PageParams page) {
        return service.listPublic(new PlanRepository.Filter(year, null, issuingUnit, kind, q),
                Paging.of(page, PlanService.SORTS, "-issuedOn"));
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getPublicPlan",
            extensions = @Extension(name = "x-public", value = "true", parseValue = true),
            summary = "Read an issued plan",
            description = "An issued or closed plan, without a token; drafts and cancelled plans answer 404.")
    public PlanResponses.Public get(@PathParam("id") UUID id) {
        return service.getPublic(id);
    }
}
