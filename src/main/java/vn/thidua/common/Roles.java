package vn.thidua.common;

/**
 * The roles an account can hold, as they appear in the JWT {@code groups} claim. Every resource method names the
 * roles allowed to call it with these constants ({@code quarkus.security.jaxrs.deny-unannotated-endpoints}).
 */
public final class Roles {

    /** Accounts, units, catalogue. */
    public static final String ADMIN = "admin";
    /** The emulation officer / secretariat: plans, phases, council sessions, decision drafts, publication. */
    public static final String BOARD = "board";
    /** Votes in council sessions. */
    public static final String COUNCIL = "council";
    /** Head of an agency: signs decisions. */
    public static final String LEADER = "leader";
    /** Approves pledges and reviews evaluations in the own unit. */
    public static final String UNIT_HEAD = "unit_head";
    /** Own pledge and self-assessment. */
    public static final String MEMBER = "member";
    /** Service accounts of the provincial board's systems. */
    public static final String INTEGRATION = "integration";

    public static final java.util.List<String> ALL =
            java.util.List.of(ADMIN, BOARD, COUNCIL, LEADER, UNIT_HEAD, MEMBER, INTEGRATION);

    private Roles() {
    }
}
