package vn.thidua.common.runtime;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.thidua.common.Sha256;

/**
 * The SHA-256 of a Liquibase changelog as it would run: its path, its bytes and those of every file it includes, in
 * the order Liquibase reads them. Two changelogs with one fingerprint run the same changesets, so a database that
 * was brought up to one has nothing left to run for the other.
 * <p>
 * It follows {@code <include file="...">} (relative to the changelog or to the classpath root) and nothing else: a
 * changelog that includes by other means ({@code includeAll}, a file it cannot read) has no fingerprint, and
 * Liquibase then always runs.
 */
final class ChangeLogFingerprint {

    private static final Pattern INCLUDE = Pattern.compile("<include\\b([^>]*)>");
    private static final Pattern FILE = Pattern.compile("\\bfile\\s*=\\s*[\"']([^\"']+)[\"']");
    private static final Pattern RELATIVE = Pattern.compile("\\brelativeToChangelogFile\\s*=\\s*[\"']true[\"']");
    private static final Pattern UNFOLLOWED = Pattern.compile("<includeAll\\b|<include\\b[^>]*\\$\\{");

    private ChangeLogFingerprint() {
    }

    /** Empty when the changelog includes what this reading does not follow, or a file cannot be read. */
    static Optional<String> of(String changeLog, ClassLoader loader, String settings) {
        ByteArrayOutputStream everything = new ByteArrayOutputStream();
        write(everything, settings.getBytes(StandardCharsets.UTF_8));
        try {
            return read(changeLog, loader, everything, new HashSet<>())
                    ? Optional.of(Sha256.hex(everything.toByteArray()))
                    : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static boolean read(String path, ClassLoader loader, ByteArrayOutputStream into, Set<String> seen)
            throws IOException {
        byte[] bytes;
        try (InputStream in = loader.getResourceAsStream(path)) {
            if (in == null || !seen.add(path)) {
                return false;
            }
            bytes = in.readAllBytes();
        }
        write(into, path.getBytes(StandardCharsets.UTF_8));
        write(into, bytes);
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (UNFOLLOWED.matcher(text).find()) {
            return false;
        }
        Matcher include = INCLUDE.matcher(text);
        while (include.find()) {
            Matcher file = FILE.matcher(include.group(1));
            if (!file.find()) {
                return false;
            }
            String target = RELATIVE.matcher(include.group(1)).find() ? sibling(path, file.group(1)) : file.group(1);
            if (!read(target, loader, into, seen)) {
                return false;
            }
        }
        return true;
    }

    private static String sibling(String path, String file) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? file : path.substring(0, slash + 1) + file;
    }

    /** Each part with its length before it, so that no two different sequences of parts run together alike. */
    private static void write(ByteArrayOutputStream into, byte[] part) {
        try {
            into.write((part.length + ":").getBytes(StandardCharsets.US_ASCII));
            into.write(part);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
