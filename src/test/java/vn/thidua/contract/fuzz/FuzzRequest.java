package vn.thidua.contract.fuzz;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One request to send and what the contract says of it: {@code mustRefuse} says why it must be refused (null: either
 * answer is fine), {@code mustBeOneOf} the statuses it may get (null: any documented one).
 */
record FuzzRequest(String label, String path, Map<String, String> query, Map<String, String> headers,
                   String contentType, byte[] body, String mustRefuse, Set<Integer> mustBeOneOf) {

    /** Stands for the target's current ETag, read when the request is sent. */
    static final String CURRENT_ETAG = "(current ETag)";

    FuzzRequest withPath(String changed, Set<Integer> oneOf) {
        return new FuzzRequest(label, changed, query, headers, contentType, body, mustRefuse, oneOf);
    }

    FuzzRequest withQuery(Map<String, String> changed) {
        return new FuzzRequest(label, path, changed, headers, contentType, body, mustRefuse, mustBeOneOf);
    }

    FuzzRequest withHeaders(Map<String, String> changed) {
        return new FuzzRequest(label, path, query, changed, contentType, body, mustRefuse, mustBeOneOf);
    }

    /**
     * A running hash of a sequence of requests, blind to what the server made: each id it assigned (any UUID) and each
     * caller's token reads as its order of first appearance, so that two runs of one seed, whose worlds hold other
     * ids, hash alike exactly when they sent the same requests in the same order.
     */
    static final class SequenceHash {

        private static final Pattern UUID = Pattern.compile(
                "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
        private final MessageDigest digest;
        private final MessageDigest one;
        /** Values the world made outside the seed (a unit code), each with the name it reads as, in a fixed order. */
        private final Map<String, String> named;
        private final Map<String, String> aliases = new HashMap<>();
        private int count;

        SequenceHash(LinkedHashMap<String, String> worldValues) {
            try {
                digest = MessageDigest.getInstance("SHA-256");
                one = MessageDigest.getInstance("SHA-256");
            } catch (java.security.NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
            named = worldValues;
        }

        /**
         * Adds the request; {@code made} holds values the world made for this operation outside the seed and the
         * server's ids, each with the name it reads as. Returns the request's own hash, as hex.
         */
        String add(String method, FuzzRequest request, Map<String, String> made) {
            count++;
            StringBuilder text = new StringBuilder().append(method).append('\u0001').append(request.label())
                    .append('\u0001').append(request.path()).append('\u0001');
            request.query().forEach((name, value) -> text.append(name).append('=').append(value).append('&'));
            text.append('\u0001');
            request.headers().forEach((name, value) -> text.append(name).append(':')
                    .append("Authorization".equals(name) && value != null ? "token " + alias(value) : value)
                    .append('\n'));
            text.append('\u0001').append(request.contentType()).append('\u0001').append(request.mustRefuse())
                    .append('\u0001').append(request.mustBeOneOf() == null ? "" : new TreeSet<>(request.mustBeOneOf()))
                    .append('\u0001');
            if (request.body() != null) {
                // the fuzzer's UTF-16 bodies start with a byte-order mark; read so, their ids can be blinded too
                boolean utf16 = request.body().length >= 2 && request.body()[0] == (byte) 0xFE
                        && request.body()[1] == (byte) 0xFF;
                text.append(new String(request.body(), utf16 ? StandardCharsets.UTF_16 : StandardCharsets.UTF_8));
            }
            String blinded = text.toString();
            for (Map.Entry<String, String> value : made.entrySet()) {
                blinded = blinded.replace(value.getKey(), value.getValue());
            }
            byte[] bytes = blind(blinded).getBytes(StandardCharsets.UTF_8);
            digest.update(bytes);
            digest.update((byte) 0);
            return HexFormat.of().formatHex(one.digest(bytes)).substring(0, 16);
        }

        static boolean isId(String value) {
            return UUID.matcher(value).matches();
        }

        int count() {
            return count;
        }

        /** The hash so far, as hex. */
        String hex() {
            try {
                return HexFormat.of().formatHex(((MessageDigest) digest.clone()).digest());
            } catch (CloneNotSupportedException e) {
                throw new IllegalStateException(e);
            }
        }

        private String blind(String text) {
            String blinded = text;
            for (Map.Entry<String, String> value : named.entrySet()) {
                if (!value.getKey().isEmpty()) {
                    blinded = blinded.replace(value.getKey(), value.getValue());
                }
            }
            Matcher ids = UUID.matcher(blinded);
            StringBuilder out = new StringBuilder(blinded.length());
            while (ids.find()) {
                ids.appendReplacement(out, Matcher.quoteReplacement(alias(ids.group().toLowerCase())));
            }
            ids.appendTail(out);
            return out.toString();
        }

        /** The value's number in order of first appearance. */
        private String alias(String value) {
            return aliases.computeIfAbsent(value, v -> "#" + aliases.size());
        }
    }
}
