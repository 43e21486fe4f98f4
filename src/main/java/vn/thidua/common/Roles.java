package vn.thidua.common;

/**
 * The roles an account can hold, as they appear in the JWT {@code groups} claim. Every resource method names the
 * roles allowed to call it with these constants ({@code quarkus.security.jaxrs.deny-unannotated-endpoints}).
 */
public final class Roles {

    /** Accounts and units of the own subtree, and its overrides of the configurable rules. */
    public static final String ADMIN = "admin";
    /**
     * An {@link #ADMIN} whose home unit is the root unit: the only one who changes what holds for every agency (rule
     * sets, base salary, coefficients, the catalogue). Never granted and never taken from a token: the service derives
     * it from the two claims ({@code vn.thidua.org.RootAdministrator}), so an agency's admin cannot claim it.
     */
    public static final String ROOT_ADMIN = "root_admin";
    /** What the contract says on every operation kept to {@link #ROOT_ADMIN}. */
    public static final String ROOT_ADMIN_ONLY = "Only an administrator of the root unit (`root_admin`, derived from "
            + "the `admin` role and a home unit that is the root) may do this, since it holds for every agency; an "
            + "agency's administrator gets 403 and changes only its own subtree's overrides.";
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

    /** The roles a token can grant (not {@link #ROOT_ADMIN}, which is derived). */
    public static final java.util.List<String> ALL =
            java.util.List.of(ADMIN, BOARD, COUNCIL, LEADER, UNIT_HEAD, MEMBER, INTEGRATION);

    private Roles() {
    }
}
