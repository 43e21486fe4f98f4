package vn.thidua.common.api;

import java.util.Locale;

import vn.thidua.common.error.ApiException;
import vn.thidua.common.error.Messages;

/**
 * Boolean query parameters, read strictly. JAX-RS reads every word but "true" as false, so that a typing slip such
 * as {@code active=yes} would silently list the deactivated objects, or {@code dryRun=yes} on an import would save
 * instead of only checking. Declare such parameters as {@code String} (documented as boolean) and read them here.
 */
public final class QueryFlags {

    private QueryFlags() {
    }

    /** {@code true} or {@code false} (any case); {@code absent} when not given; otherwise a 400 naming the parameter. */
    public static Boolean parse(String name, String value, Boolean absent) {
        if (value == null || value.isBlank()) {
            return absent;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw ApiException.invalid(name, "INVALID_TYPE", "field.invalid-type",
                    new Messages.Key("type.boolean"));
        };
    }
}
