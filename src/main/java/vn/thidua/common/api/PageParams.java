package vn.thidua.common.api;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The {@code page}, {@code size} and {@code sort} query parameters of every list, taken as text and checked by
 * {@link Paging} so that a bad value is a 400 naming the parameter (JAX-RS itself would answer 404).
 */
public class PageParams {

    @QueryParam("page")
    @Parameter(description = "Page number, from 0.", schema = @Schema(type = SchemaType.INTEGER, minimum = "0",
            maximum = "1000000", defaultValue = "0"), example = "0")
    public String page;

    @QueryParam("size")
    @Parameter(description = "Items per page.", schema = @Schema(type = SchemaType.INTEGER, minimum = "1",
            maximum = "200", defaultValue = "20"), example = "20")
    public String size;

    @QueryParam("sort")
    @Parameter(description = "Comma-separated sort keys, each optionally prefixed by '-' for descending. "
            + "The list says which keys it accepts; ties are always broken by id, so pages never overlap.",
            example = "name,-createdAt")
    public String sort;
}
