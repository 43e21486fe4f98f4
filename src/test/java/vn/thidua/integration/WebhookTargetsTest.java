package vn.thidua.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WebhookTargetsTest {

    /** Names resolve as this table says, so that the test needs no DNS. */
    private static final Map<String, String> DNS = Map.of("hooks.laichau.gov.vn", "203.113.131.10",
            "intranet.example", "10.1.2.3", "rebound.example", "127.0.0.1", "metadata.example", "169.254.169.254",
            "v6.example", "2001:ee0:100::10", "v6-private.example", "fd12:3456::1");
    private static final WebhookTargets.Resolver RESOLVER = host -> {
        String address = DNS.get(host);
        if (address != null) {
            return new InetAddress[] {InetAddress.getByName(address)};
        }
        if (host.matches("[0-9.]+|[0-9a-fA-F:]+")) {
            return new InetAddress[] {InetAddress.getByName(host)};
        }
        throw new UnknownHostException(host);
    };
    private static final WebhookTargets STRICT = new WebhookTargets(false, false, RESOLVER);

    @Test
    void aPublicHttpsTargetIsAccepted() {
        assertEquals(Optional.empty(), STRICT.check("https://hooks.laichau.gov.vn/thidua?x=1"));
        assertEquals(Optional.empty(), STRICT.check("https://v6.example/hook"));
        assertEquals(Optional.empty(), STRICT.check("https://[2001:ee0:100::10]:8443/hook"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://127.0.0.1/hook", "https://localhost.invalid.example/hook",
            "https://rebound.example/hook", "https://intranet.example/hook", "https://metadata.example/latest",
            "https://[::1]/hook", "https://[fe80::1]/hook", "https://v6-private.example/hook",
            "https://[::ffff:127.0.0.1]/hook", "https://192.168.1.10/hook", "https://172.16.0.1/hook",
            "https://100.64.0.1/hook", "https://224.0.0.1/hook", "https://0.0.0.0/hook"})
    void loopbackPrivateLinkLocalAndMulticastTargetsAreRefused(String url) {
        String code = STRICT.check(url).orElseThrow().code();
        assertTrue(code.equals("PRIVATE_TARGET") || code.equals("UNRESOLVED_HOST"), url + ": " + code);
    }

    @Test
    void httpIsRefusedUnlessAllowed() {
        assertEquals("HTTPS_REQUIRED", STRICT.check("http://hooks.laichau.gov.vn/thidua").orElseThrow().code());
        assertEquals(Optional.empty(),
                new WebhookTargets(true, false, RESOLVER).check("http://hooks.laichau.gov.vn/thidua"));
    }

    @Test
    void privateTargetsAreAcceptedWhenAllowed() {
        WebhookTargets lenient = new WebhookTargets(true, true, RESOLVER);
        assertEquals(Optional.empty(), lenient.check("http://127.0.0.1:8089/hook"));
        assertEquals(Optional.empty(), lenient.check("https://intranet.example/hook"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftp://hooks.laichau.gov.vn/x", "hooks.laichau.gov.vn/x", "https:///x",
            "https://user:pw@hooks.laichau.gov.vn/x", "https://hooks.laichau.gov.vn/x#frag", "https://bad host/x"})
    void whatIsNoHttpUrlIsRefused(String url) {
        assertEquals("INVALID_URL", new WebhookTargets(true, true, RESOLVER).check(url).orElseThrow().code());
    }

    @Test
    void anUnresolvableHostIsRefused() {
        assertEquals("UNRESOLVED_HOST", STRICT.check("https://nowhere.example/x").orElseThrow().code());
    }

    @Test
    void publicAddressesArePublic() throws UnknownHostException {
        assertTrue(WebhookTargets.isPublic(InetAddress.getByName("8.8.8.8")));
        assertFalse(WebhookTargets.isPublic(InetAddress.getByName("::")));
        assertFalse(WebhookTargets.isPublic(InetAddress.getByName("::7f00:1")), "IPv4-compatible loopback");
    }
}
