package vn.thidua.identity;

/** Who an account is for, and so which grant of {@code /auth/token} it may use. */
public enum AccountKind {
    /** A person: password login, refresh tokens. */
    PERSON,
    /** An integration client (the Board's systems): client id and secret, role {@code integration}, no refresh. */
    CLIENT
}
