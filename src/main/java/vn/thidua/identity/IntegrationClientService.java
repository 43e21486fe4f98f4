package vn.thidua.identity;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import vn.thidua.audit.AuditTrail;
import vn.thidua.common.Roles;
import vn.thidua.common.api.ETags;
import vn.thidua.common.error.ApiException;
import vn.thidua.common.text.Text;
import vn.thidua.org.OrgScope;
import vn.thidua.org.OrgUnit;

/**
 * Integration clients (the Board's systems): accounts of kind CLIENT with the role {@code integration}, made by an
 * admin in their scope. The secret is generated here (256 random bits), shown once in the answer that made it and
 * kept only as a bcrypt hash; a new one ends the old one and every token got with it. A client is read, disabled and
 * moved like any account ({@code /accounts}).
 */
@ApplicationScoped
public class IntegrationClientService {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    AccountRepository accounts;
    @Inject
    OrgScope scope;
    @Inject
    AuditTrail audit;
    @Inject
    TokenRevocation revocation;

    @Transactional
    public IntegrationClientCredentials create(AccountRequests.CreateIntegrationClient request) {
        OrgUnit unit = scope.requireUnit(request.unitId());
        String clientId = request.clientId().strip().toLowerCase(Locale.ROOT);
        if (accounts.findByUsername(clientId).isPresent()) {
            throw ApiException.conflict("detail.username-taken", clientId);
        }
        String secret = newSecret();
        Account client = Account.create(clientId, secret, unit.id, Set.of(Roles.INTEGRATION));
        client.kind = AccountKind.CLIENT;
        client.displayName = Text.blankToNull(request.displayName());
        accounts.persistAndFlush(client);
        AccountResponse created = AccountResponse.from(client);
        audit.record("account.client-created", "account", client.id.toString(), client.unitId, null, created);
        return new IntegrationClientCredentials(created, secret);
    }

    @Transactional
    public IntegrationClientCredentials rotateSecret(UUID id, String ifMatch) {
        Account client = accounts.findInScope(id, scope.path()).filter(Account::isClient)
                .orElseThrow(() -> ApiException.notFound("kind.integration-client"));
        ETags.requireMatch(ifMatch, client.version);
        AccountResponse before = AccountResponse.from(client);
        String secret = newSecret();
        client.setPassword(secret);
        client.unlock();
        revocation.endTokens(client);
        accounts.flush();
        AccountResponse after = AccountResponse.from(client);
        audit.record("account.client-secret-rotated", "account", client.id.toString(), client.unitId, before, after);
        return new IntegrationClientCredentials(after, secret);
    }

    private static String newSecret() {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    }
}
