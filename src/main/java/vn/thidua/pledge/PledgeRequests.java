package vn.thidua.pledge;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.thidua.org.SubjectKind;

/** The bodies of the pledge operations. */
public final class PledgeRequests {

    private PledgeRequests() {
    }

    @Schema(name = "CreatePledgeRequest", description = "A new pledge, as a draft. The subject is a person (by id or "
            + "code) or a unit as a collective (by id or code).")
    public record Create(
            @NotNull SubjectKind subjectKind,
            UUID personId,
            @Schema(examples = "TCT-018") @Size(max = 50) String personCode,
            UUID unitId,
            @Schema(examples = "TCT-KLLCS") @Size(max = 50) String unitCode,
            @Schema(description = "A phase of the plan; absent: the whole plan.") UUID phaseId,
            @Schema(description = "Title codes from the catalogue that fit the subject.", examples = "[\"ADVANCED_WORKER\"]")
            @NotEmpty @Size(max = 10) List<@NotBlank @Size(max = 50) String> titles,
            @Size(max = 50) List<@NotNull @Valid Commitment> commitments) {
    }

    @Schema(name = "UpdatePledgeRequest", description = "New titles and commitments of a draft or returned pledge.")
    public record Update(
            @NotEmpty @Size(max = 10) List<@NotBlank @Size(max = 50) String> titles,
            @Size(max = 50) List<@NotNull @Valid Commitment> commitments) {
    }

    @Schema(name = "SubmitPledgeRequest", description = "Optional: board only, to accept a submission after the "
            + "registration window, with the reason recorded.")
    public record Submit(@Size(max = 2000) String lateReason) {
    }

    @Schema(name = "PledgeReasonRequest", description = "Why a pledge is returned or rejected.")
    public record Reason(@Schema(examples = "Bổ sung cam kết cho phong trào GD5T") @NotBlank @Size(max = 2000) String reason) {
    }
}
