package vn.thidua.council;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The bodies of the council and membership operations. */
public final class CouncilRequests {

    private CouncilRequests() {
    }

    @Schema(name = "CreateCouncilRequest", description = "A new council of an agency; one per unit.")
    public record Create(
            @Schema(description = "The agency the council belongs to.") @NotNull UUID unitId,
            @Schema(examples = "Hội đồng Thi đua - Khen thưởng Trường Chính trị tỉnh") @NotBlank @Size(max = 300)
            String name,
            @Schema(description = "The founding decision.", examples = "Quyết định số 15/QĐ-TCT ngày 05/01/2026")
            @Size(max = 300) String establishedBy) {
    }

    @Schema(name = "UpdateCouncilRequest", description = "What to change; an absent field keeps its value, an empty "
            + "establishedBy clears it.")
    public record Update(
            @Schema(examples = "Hội đồng Thi đua - Khen thưởng Trường Chính trị tỉnh") @Size(max = 300) String name,
            @Schema(examples = "Quyết định số 02/QĐ-TCT ngày 03/01/2027") @Size(max = 300) String establishedBy) {
    }

    @Schema(name = "AddCouncilMemberRequest", description = "An account appointed to the council in a role, from "
            + "validFrom to validTo (absent: until further notice).")
    public record AddMember(
            @NotNull UUID accountId,
            @NotNull CouncilRole role,
            @Schema(description = "The member's position in the agency, as the minutes print it.",
                    examples = "Phó Hiệu trưởng") @Size(max = 300) String position,
            @Schema(description = "The name the minutes print; absent: the account's person's full name, else its "
                    + "display name, else its user name.", examples = "Lường Văn Thành") @Size(max = 300)
            String fullName,
            @Schema(examples = "2026-01-01") @NotNull LocalDate validFrom,
            @Schema(examples = "2026-12-31") LocalDate validTo) {
    }

    @Schema(name = "UpdateCouncilMemberRequest", description = "What to change; an absent (or null) field keeps its "
            + "value, an empty position clears it. Ending a membership is setting validTo; an ended membership is "
            + "continued by a new one from the next day.")
    public record UpdateMember(
            CouncilRole role,
            @Schema(examples = "Phó Hiệu trưởng") @Size(max = 300) String position,
            @Schema(examples = "Lường Văn Thành") @Size(max = 300) String fullName,
            @Schema(examples = "2026-01-01") LocalDate validFrom,
            @Schema(examples = "2026-06-30") LocalDate validTo) {
    }
}
