package vn.thidua.common.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import vn.thidua.common.error.ApiException;
import vn.thidua.common.error.ApiException.FieldViolation;
import vn.thidua.common.text.Text;

/**
 * Query and path values hold printable text only, as JSON bodies and imported cells do: a value with a code point
 * that {@link Text#hasUnprintableCharacters} refuses is a 400 whose {@code errors[]} names the parameter, for every
 * operation at once, before any resource reads it (a search term is echoed in answers, a path value may be stored).
 * The headers a service stores or echoes ({@code Idempotency-Key}, {@code X-Request-Id}) admit printable ASCII alone
 * already, and HTTP carries no other header text into the data.
 */
public class PrintableParameters {

    @ServerRequestFilter
    public void refuseUnprintable(UriInfo uri) {
        List<FieldViolation> violations = new ArrayList<>();
        check(uri.getQueryParameters(), violations);
        check(uri.getPathParameters(), violations);
        if (!violations.isEmpty()) {
            throw ApiException.invalid(violations);
        }
    }

    private static void check(MultivaluedMap<String, String> parameters, List<FieldViolation> violations) {
        for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
            if (parameter.getValue().stream().anyMatch(Text::hasUnprintableCharacters)) {
                violations.add(Text.unprintable(parameter.getKey()));
            }
        }
    }
}
