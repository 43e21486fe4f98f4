package vn.thidua.org;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The body of creating and of replacing a person: the same fields both times, since an update replaces every
 * editable field (an optional field left out is cleared). Whether a person is active changes only through
 * {@code :deactivate} and {@code :activate}. The import validates its rows against these same constraints.
 */
@Schema(name = "PersonRequest", description = "A person's editable fields.")
public record PersonRequest(
        @Schema(description = "Unique code, e.g. the personnel number (case-insensitive).", examples = "TCT-0042")
        @NotBlank @Size(max = 50) @Pattern(regexp = UnitRequests.CODE_PATTERN) String code,
        @Schema(description = "Full name (họ và tên); split into family, middle and given name by word.",
                examples = "Nguyễn Văn Đức")
        @NotBlank @Size(max = 200) String fullName,
        Gender gender,
        @Schema(description = "In the past, not before " + PersonRules.EARLIEST_BIRTH_TEXT + ".",
                examples = "1985-03-27")
        @Past LocalDate dateOfBirth,
        @Schema(description = "Position (chức vụ).", examples = "Phó Trưởng khoa")
        @Size(max = 200) String position,
        @Schema(description = "The unit the person works in; it must be inside the caller's scope.")
        @NotNull UUID unitId,
        @Schema(examples = "duc.nv@laichau.gov.vn") @Email @Size(max = 254) String email) {
}
