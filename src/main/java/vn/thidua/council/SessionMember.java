package vn.thidua.council;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/**
 * A member as the session snapshots them: the membership holding office on the meeting day, with its account (the
 * voter), name, position and role as they stood, and the attendance the board records.
 */
@Entity
@Table(name = "council_session_member")
@IdClass(SessionMember.Key.class)
public class SessionMember {

    @Id
    @Column(name = "session_id")
    public UUID sessionId;
    @Id
    @Column(name = "member_id")
    public UUID memberId;
    @Column(name = "account_id")
    public UUID accountId;
    @Column(name = "full_name", nullable = false)
    public String fullName;
    public String position;
    @Enumerated(EnumType.STRING)
    @Column(name = "council_role", nullable = false)
    public CouncilRole role;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public SessionAttendance attendance = SessionAttendance.UNRECORDED;
    @Column(name = "absence_reason")
    public String absenceReason;

    public boolean present() {
        return attendance == SessionAttendance.PRESENT;
    }

    /** The composite key: one row per session and membership. */
    public static class Key implements Serializable {
        public UUID sessionId;
        public UUID memberId;

        public Key() {
        }

        public Key(UUID sessionId, UUID memberId) {
            this.sessionId = sessionId;
            this.memberId = memberId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(sessionId, k.sessionId) && Objects.equals(memberId, k.memberId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(sessionId, memberId);
        }
    }
}
