package vn.thidua.identity;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.elytron.security.common.BcryptUtil;

/**
 * A built-in account (tài khoản): a person's, who logs in with a password, or an integration client's (the Board's
 * systems), which gets tokens with its client id (the user name) and secret. Either is kept only as a bcrypt hash.
 */
@Entity
@Table(name = "account")
public class Account {

    /** bcrypt cost: about 50 ms per check on the reference machine; raise it as hardware gets faster. */
    static final int BCRYPT_COST = 10;

    @Id
    public UUID id;
    @Column(nullable = false)
    public String username;
    @Column(name = "password_hash", nullable = false)
    String passwordHash;
    @Column(name = "display_name")
    public String displayName;
    @Column(name = "unit_id", nullable = false)
    public UUID unitId;
    @Column(name = "person_id")
    public UUID personId;
    @Column(nullable = false)
    public boolean enabled = true;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AccountKind kind = AccountKind.PERSON;
    /**
     * Carried in every access token issued for the account and checked on each request: raising it ends every token
     * issued before ({@link TokenRevocation}).
     */
    @Column(name = "token_version", nullable = false)
    public long tokenVersion;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "role", nullable = false)
    public Set<String> roles = new TreeSet<>();
    @Column(name = "failed_attempts", nullable = false)
    public int failedAttempts;
    @Column(name = "locked_until")
    public OffsetDateTime lockedUntil;
    @Column(name = "last_login_at")
    public OffsetDateTime lastLoginAt;
    @Column(name = "password_changed_at", nullable = false)
    public OffsetDateTime passwordChangedAt;
    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;
    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;
    @Version
    public long version;

    static Account create(String username, String password, UUID unitId, Set<String> roles) {
        Account account = new Account();
        account.id = UUID.randomUUID();
        account.username = username;
        account.unitId = unitId;
        account.roles = new TreeSet<>(roles);
        account.createdAt = now();
        account.setPassword(password);
        return account;
    }

    boolean passwordMatches(String password) {
        return BcryptUtil.matches(password, passwordHash);
    }

    void setPassword(String password) {
        passwordHash = BcryptUtil.bcryptHash(password, BCRYPT_COST);
        passwordChangedAt = now();
        touch();
    }

    boolean isClient() {
        return kind == AccountKind.CLIENT;
    }

    /** Ends every token issued so far: access tokens at their next request, refresh tokens at their next use. */
    void endTokens() {
        tokenVersion++;
        touch();
    }

    boolean isLocked() {
        return lockedUntil != null && lockedUntil.isAfter(now());
    }

    /** A failed login; after {@code maxAttempts} in a row the account is locked for {@code lockFor}. */
    void loginFailed(int maxAttempts, Duration lockFor) {
        failedAttempts++;
        if (failedAttempts >= maxAttempts) {
            lockedUntil = now().plus(lockFor);
            failedAttempts = 0;
        }
    }

    void loggedIn() {
        failedAttempts = 0;
        lockedUntil = null;
        lastLoginAt = now();
    }

    void unlock() {
        failedAttempts = 0;
        lockedUntil = null;
        touch();
    }

    void touch() {
        updatedAt = now();
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
