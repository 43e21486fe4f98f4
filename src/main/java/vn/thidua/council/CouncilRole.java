package vn.thidua.council;

/**
 * A member's place in the council, in the order the minutes list them: chair (chủ tịch, the head of the agency),
 * vice-chairs (phó chủ tịch), members (ủy viên), and the secretary (thư ký), who may enter paper tallies.
 */
public enum CouncilRole {
    CHAIR, VICE_CHAIR, MEMBER, SECRETARY
}
