package vn.thidua.org;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * How a unit's printed documents head their first page: the state style of Nghị định 30/2020 (the national motto at
 * right) or the Party's (Hướng dẫn 36-HD/VPTW: "ĐẢNG CỘNG SẢN VIỆT NAM" at right, a star under the issuing body),
 * and the names printed at left when they are not the parent unit's and the unit's own.
 */
@Schema(name = "UnitLetterhead", description = "How the unit's documents head their first page.")
public record UnitLetterhead(
        @Schema(description = "STATE: the national motto (cơ quan nhà nước); PARTY: ĐẢNG CỘNG SẢN VIỆT NAM (cơ quan "
                + "của Đảng, e.g. a provincial Political School).") @NotNull Style style,
        @Schema(description = "The governing body printed above (cơ quan chủ quản); default the parent unit's name.",
                examples = "Tỉnh ủy Lai Châu") @Size(max = 300) String governing,
        @Schema(description = "The issuing body as printed; default the unit's name.", examples = "Trường Chính trị")
        @Size(max = 300) String issuing) {

    /** The two styles of Vietnamese administrative documents. */
    public enum Style {
        STATE, PARTY
    }
}
