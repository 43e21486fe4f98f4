package vn.thidua.org;

import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The bodies of the unit operations. */
public final class UnitRequests {

    private UnitRequests() {
    }

    static final String CODE_PATTERN = "[A-Za-z0-9][A-Za-z0-9._-]*";

    @Schema(name = "CreateUnitRequest", description = "A new unit under an existing one.")
    public record CreateUnit(
            @Schema(description = "Unique code (case-insensitive).", examples = "TCT-KHOA-LLCS")
            @NotBlank @Size(max = 50) @Pattern(regexp = CODE_PATTERN) String code,
            @Schema(examples = "Khoa Lý luận cơ sở") @NotBlank @Size(max = 300) String name,
            @Schema(examples = "Khoa LLCS") @Size(max = 100) String shortName,
            @NotNull UnitKind kind,
            @Schema(description = "The parent unit; it must be inside the caller's scope.") @NotNull UUID parentId,
            @Schema(description = "How its documents head their first page; default the state style with the tree's "
                    + "names.") @Valid UnitLetterhead letterhead) {
    }

    @Schema(name = "UpdateUnitRequest", description = "The editable fields of a unit; the parent changes by :move.")
    public record UpdateUnit(
            @NotBlank @Size(max = 50) @Pattern(regexp = CODE_PATTERN) String code,
            @NotBlank @Size(max = 300) String name,
            @Size(max = 100) String shortName,
            @NotNull UnitKind kind,
            @Schema(description = "How its documents head their first page; absent: the state style with the tree's "
                    + "names (a PUT replaces the whole unit).") @Valid UnitLetterhead letterhead) {
    }

    @Schema(name = "MoveUnitRequest")
    public record MoveUnit(@Schema(description = "The new parent.") @NotNull UUID parentId) {
    }
}
