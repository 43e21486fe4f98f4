package vn.thidua.org;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A person on an agency's staff (cán bộ, viên chức, người lao động). The full name is kept whole and split
 * ({@link VietnameseName}), with a collation key per part so that lists sort as Vietnamese staff lists do. People are
 * never deleted: they are deactivated when they leave, because their pledges, evaluations and awards stay on record.
 */
@Entity
@Table(name = "person")
public class Person {

    @Id
    public UUID id;
    @Column(nullable = false)
    public String code;
    @Column(name = "full_name", nullable = false)
    public String fullName;
    @Column(name = "family_name", nullable = false)
    public String familyName;
    @Column(name = "middle_name")
    public String middleName;
    @Column(name = "given_name", nullable = false)
    public String givenName;
    @Column(name = "family_key", nullable = false)
    public byte[] familyKey;
    @Column(name = "middle_key", nullable = false)
    public byte[] middleKey;
    @Column(name = "given_key", nullable = false)
    public byte[] givenKey;
    @Enumerated(EnumType.STRING)
    public Gender gender;
    @Column(name = "date_of_birth")
    public LocalDate dateOfBirth;
    public String position;
    @Column(name = "unit_id", nullable = false)
    public UUID unitId;
    /** The agency of the unit ({@link OrgUnit#agencyId()}), kept by the database: the code is unique within it. */
    @Column(name = "agency_id", insertable = false, updatable = false)
    UUID agencyId;
    public String email;
    @Column(nullable = false)
    public boolean active = true;
    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;
    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;
    @Version
    public long version;

    /**
     * Everything about a person that a caller sets, in one value: what an update compares to tell a change from a
     * repetition, and what a dry-run import computes without touching the entity.
     */
    public record Details(String code, String fullName, Gender gender, LocalDate dateOfBirth, String position,
            UUID unitId, String email, boolean active) {
    }

    static Person create(Details details) {
        Person person = new Person();
        person.id = UUID.randomUUID();
        person.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        person.updatedAt = person.createdAt;
        person.apply(details);
        return person;
    }

    public Details details() {
        return new Details(code, fullName, gender, dateOfBirth, position, unitId, email, active);
    }

    /** Sets every field to {@code details}; the full name is split again and its collation keys recomputed. */
    void apply(Details details) {
        VietnameseName name = VietnameseName.of(details.fullName());
        code = details.code();
        fullName = name.fullName();
        familyName = name.familyName();
        middleName = name.middleName();
        givenName = name.givenName();
        familyKey = name.familyKey();
        middleKey = name.middleKey();
        givenKey = name.givenKey();
        gender = details.gender();
        dateOfBirth = details.dateOfBirth();
        position = details.position();
        unitId = details.unitId();
        email = details.email();
        active = details.active();
    }

    void deactivate() {
        active = false;
    }

    void activate() {
        active = true;
    }

    void touch() {
        updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
    }
}
