package vn.thidua.contract.fuzz;

import java.util.List;

/**
 * What request generation asks of the world ({@link FuzzWorld} over HTTP; a made-up one in {@link FuzzPlanTest}):
 * callers, path targets and values that must name real things. Everything else in a request comes from the seed.
 */
interface FuzzTargets {

    /** A bearer token of a caller holding exactly these roles. */
    String token(List<String> roles);

    /**
     * The caller's token for one operation: {@link #token} unless the operation ends its caller's own tokens (a
     * logout, a password change), which must not end those that other operations share.
     */
    default String tokenFor(String operationId, List<String> roles) {
        return token(roles);
    }

    /** The id (or key) for a path parameter; see {@link FuzzWorld#target}. */
    String target(String path, String segment, String rest, boolean changes);

    /** Values for body properties that must name real things or be unique, made once per operation. */
    BodyFuzzer.Hints hints();

    /** A valid value for a query parameter that names something, or null. */
    String queryValue(String name);

    /** The code of a unit that imported rows may name. */
    String unitCode();
}
