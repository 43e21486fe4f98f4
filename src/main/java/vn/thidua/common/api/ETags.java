package vn.thidua.common.api;

import jakarta.ws.rs.core.EntityTag;

import vn.thidua.common.error.ApiException;
import vn.thidua.common.error.ProblemType;

/**
 * Optimistic concurrency over HTTP: every mutable resource is versioned; its representation carries
 * {@code ETag: "<version>"}, and an update must send that value back in {@code If-Match}. Missing: 428. Stale: 412.
 * The check here catches an update based on an old read; the entity's JPA version catches the race between two
 * updates that both passed it.
 */
public final class ETags {

    public static final String IF_MATCH = "If-Match";

    private ETags() {
    }

    public static EntityTag of(long version) {
        return new EntityTag(Long.toString(version));
    }

    /** Throws 428 when {@code ifMatch} is absent and 412 when it names no current version. */
    public static void requireMatch(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ApiException(ProblemType.PRECONDITION_REQUIRED, "detail.if-match-required");
        }
        String current = "\"" + currentVersion + "\"";
        for (String candidate : ifMatch.split(",")) {
            String tag = candidate.trim();
            if (tag.equals("*") || tag.equals(current)) {
                return;
            }
        }
        throw new ApiException(ProblemType.PRECONDITION_FAILED, "detail.version-stale", currentVersion);
    }
}
