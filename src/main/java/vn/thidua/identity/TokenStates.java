package vn.thidua.identity;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.agroal.api.AgroalDataSource;

import vn.thidua.common.runtime.ThiduaConfig;

/**
 * Each account's token state (its token version and whether it is enabled) as this replica last read it, so that
 * checking a token costs no query in the steady state. The cache is trusted only while {@link RevocationListener}
 * hears the database's notifications of changes; otherwise every check reads the database, so that a change made on
 * another replica is never missed, only paid for.
 */
@ApplicationScoped
class TokenStates {

    /** What a token is checked against; an unknown account is never enabled. */
    record State(long version, boolean enabled) {

        static final State UNKNOWN = new State(-1, false);

        boolean admits(long tokenVersion) {
            return enabled && version == tokenVersion;
        }
    }

    private final Cache<UUID, State> cache;
    private final AgroalDataSource dataSource;
    private volatile boolean trusted;

    @Inject
    TokenStates(ThiduaConfig config, AgroalDataSource dataSource) {
        this.dataSource = dataSource;
        // the expiry is a safety net only: every change evicts its account at once
        this.cache = Caffeine.newBuilder().maximumSize(config.auth().tokenStateCacheSize())
                .expireAfterWrite(config.auth().tokenStateCacheTtl()).build();
    }

    /** The state without any blocking work, or null when it must be read. */
    State cached(UUID account) {
        return trusted ? cache.getIfPresent(account) : null;
    }

    /**
     * Reads the state (blocking). A concurrent eviction of the same account waits for the read to be stored and then
     * removes it, so a read that saw the state before a change never outlives the change's eviction.
     */
    State load(UUID account) {
        return trusted ? cache.get(account, this::read) : read(account);
    }

    void evict(UUID account) {
        cache.invalidate(account);
    }

    /**
     * Called when the listening connection is (re-)established or lost: notifications may have been missed in
     * between, so nothing cached before can be trusted.
     */
    void listening(boolean listening) {
        trusted = false;
        cache.invalidateAll();
        trusted = listening;
    }

    private State read(UUID account) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(
                        "SELECT token_version, enabled FROM account WHERE id = ?")) {
            query.setObject(1, account);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? new State(row.getLong(1), row.getBoolean(2)) : State.UNKNOWN;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the token state of account " + account, e);
        }
    }
}
