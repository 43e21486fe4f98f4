package vn.thidua.org;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Person", description = "A person on an agency's staff (cán bộ, viên chức, người lao động).")
public record PersonResponse(
        UUID id,
        @Schema(examples = "TCT-0042") String code,
        @Schema(examples = "Nguyễn Văn Đức") String fullName,
        @Schema(description = "Family name (họ): the first word of the full name.", examples = "Nguyễn")
        String familyName,
        @Schema(description = "Middle name (tên đệm): the words between the first and the last; null when none.",
                examples = "Văn")
        String middleName,
        @Schema(description = "Given name (tên): the last word. A one-word name is both given and family name.",
                examples = "Đức")
        String givenName,
        @Schema(nullable = true) Gender gender,
        LocalDate dateOfBirth,
        @Schema(description = "Position (chức vụ).", examples = "Phó Trưởng khoa") String position,
        UUID unitId,
        @Schema(examples = "TCT-KHOA-LLCS") String unitCode,
        @Schema(examples = "Khoa Lý luận cơ sở") String unitName,
        String email,
        @Schema(required = true) boolean active,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt,
        @Schema(required = true, description = "Version, also sent as the ETag.") long version) {

    static PersonResponse from(Person person, OrgUnit unit) {
        return new PersonResponse(person.id, person.code, person.fullName, person.familyName, person.middleName,
                person.givenName, person.gender, person.dateOfBirth, person.position, person.unitId,
                unit == null ? null : unit.code, unit == null ? null : unit.name, person.email, person.active,
                person.createdAt, person.updatedAt, person.version);
    }
}
