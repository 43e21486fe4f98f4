package vn.thidua.integration;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Which URLs a webhook may target. A subscription makes the service send requests where its owner says, so without
 * limits it would reach the service's own network (the database, the cloud metadata address): targets must be
 * {@code https} (unless {@code thidua.webhooks.allow-http}) and every address the host resolves to must be public
 * (unless {@code thidua.webhooks.allow-private-targets}). Checked when a subscription is written and again before
 * each attempt, because a name can later resolve elsewhere.
 */
public final class WebhookTargets {

    /** Resolves a host name; tests give their own. */
    public interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    /** Why a URL is refused: the code and message key of the field error. */
    public record Refusal(String code, String messageKey) {
    }

    private final boolean allowHttp;
    private final boolean allowPrivate;
    private final Resolver resolver;

    public WebhookTargets(boolean allowHttp, boolean allowPrivate, Resolver resolver) {
        this.allowHttp = allowHttp;
        this.allowPrivate = allowPrivate;
        this.resolver = resolver;
    }

    /** Empty when the URL may be targeted. */
    public Optional<Refusal> check(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return refuse("INVALID_URL", "field.webhook-url-invalid");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!List.of("https", "http").contains(scheme) || uri.getHost() == null || uri.getRawUserInfo() != null
                || uri.getRawFragment() != null) {
            return refuse("INVALID_URL", "field.webhook-url-invalid");
        }
        if (scheme.equals("http") && !allowHttp) {
            return refuse("HTTPS_REQUIRED", "field.webhook-url-https");
        }
        if (allowPrivate) {
            return Optional.empty();
        }
        String host = uri.getHost().startsWith("[") ? uri.getHost().substring(1, uri.getHost().length() - 1)
                : uri.getHost();
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(host);
        } catch (UnknownHostException e) {
            return refuse("UNRESOLVED_HOST", "field.webhook-url-unresolved");
        }
        for (InetAddress address : addresses) {
            if (!isPublic(address)) {
                return refuse("PRIVATE_TARGET", "field.webhook-url-private");
            }
        }
        return Optional.empty();
    }

    /**
     * Whether an address lies outside every range that names this machine or a private network: loopback, any-local,
     * link-local, site-local (10/8, 172.16/12, 192.168/16), carrier-grade NAT (100.64/10), multicast, IPv6 unique local
     * (fc00::/7) and the IPv6 forms that embed an IPv4 address (checked as that address).
     */
    static boolean isPublic(InetAddress address) {
        if (address.isLoopbackAddress() || address.isAnyLocalAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return false;
        }
        byte[] bytes = address.getAddress();
        if (address instanceof Inet6Address) {
            if ((bytes[0] & 0xfe) == 0xfc) {
                return false;
            }
            boolean zeroPrefix = true;
            for (int i = 0; i < 10; i++) {
                zeroPrefix &= bytes[i] == 0;
            }
            // ::a.b.c.d (compatible) and ::ffff:a.b.c.d (mapped; Java usually hands these out as IPv4 already)
            boolean mapped = zeroPrefix && ((bytes[10] == 0 && bytes[11] == 0) || (bytes[10] == -1 && bytes[11] == -1));
            if (mapped) {
                try {
                    return isPublic(InetAddress.getByAddress(java.util.Arrays.copyOfRange(bytes, 12, 16)));
                } catch (UnknownHostException e) {
                    return false;
                }
            }
            return true;
        }
        int first = bytes[0] & 0xff;
        int second = bytes[1] & 0xff;
        return !(first == 0 || (first == 100 && second >= 64 && second < 128) || first >= 240);
    }

    private static Optional<Refusal> refuse(String code, String key) {
        return Optional.of(new Refusal(code, key));
    }
}
