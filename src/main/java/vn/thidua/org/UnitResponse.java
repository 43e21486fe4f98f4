package vn.thidua.org;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Unit", description = "A unit of the organisation tree (đơn vị).")
public record UnitResponse(
        UUID id,
        @Schema(examples = "TCT") String code,
        @Schema(examples = "Trường Chính trị tỉnh Lai Châu") String name,
        String shortName,
        UnitKind kind,
        UUID parentId,
        @Schema(required = true, description = "Depth in the tree; the root is 0.") int depth,
        @Schema(required = true) boolean active,
        UnitLetterhead letterhead,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt,
        @Schema(required = true, description = "Version, also sent as the ETag.") long version) {

    static UnitResponse from(OrgUnit unit) {
        return new UnitResponse(unit.id, unit.code, unit.name, unit.shortName, unit.kind, unit.parentId, unit.depth,
                unit.active, unit.letterhead, unit.createdAt, unit.updatedAt, unit.version);
    }
}
