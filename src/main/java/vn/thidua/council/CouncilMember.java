package vn.thidua.council;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * One membership of a council: an account (or, at a cluster's meeting, a delegate, possibly named without one), its
 * role in the council, and the days it holds ({@code validTo} null: until further notice). Membership changes between
 * years are new rows, so past sessions keep the members they had.
 */
@Entity
@Table(name = "council_member")
public class CouncilMember {

    @Id
    public UUID id;
    @Column(name = "council_id", nullable = false)
    public UUID councilId;
    /** Null for a delegate without an account here (an external agency's): votes on paper only. */
    @Column(name = "account_id")
    public UUID accountId;
    /** At a cluster's meeting: the member agency the delegate represents. */
    @Column(name = "cluster_member_id")
    public UUID clusterMemberId;
    @Column(name = "full_name", nullable = false)
    public String fullName;
    public String position;
    @Enumerated(EnumType.STRING)
    @Column(name = "council_role", nullable = false)
    public CouncilRole role;
    @Column(name = "valid_from", nullable = false)
    public LocalDate validFrom;
    @Column(name = "valid_to")
    public LocalDate validTo;
    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;
    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;
    @Version
    public long version;

    public boolean holdsOn(LocalDate day) {
        return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
    }

    /** An account appointed to the council in a role, for the days from {@code from} to {@code to} (null: open). */
    static CouncilMember appoint(UUID councilId, UUID accountId, String fullName, String position, CouncilRole role,
            LocalDate from, LocalDate to) {
        CouncilMember member = new CouncilMember();
        member.id = UUID.randomUUID();
        member.councilId = councilId;
        member.accountId = accountId;
        member.change(fullName, position, role, from, to);
        member.createdAt = member.updatedAt;
        return member;
    }

    /** A new role, name, position or term; ending a membership is giving it its last day. */
    void change(String newFullName, String newPosition, CouncilRole newRole, LocalDate from, LocalDate to) {
        fullName = newFullName;
        position = newPosition;
        role = newRole;
        validFrom = from;
        validTo = to;
        updatedAt = Council.now();
    }
}
