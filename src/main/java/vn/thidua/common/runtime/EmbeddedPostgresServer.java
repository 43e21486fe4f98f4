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
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Stream;

import org.jboss.logging.Logger;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * One embedded PostgreSQL per JVM (zonky binaries from Maven Central).
 * <p>
 * Production-grade settings, unlike zonky's test defaults: fsync and synchronous commit on, listening on loopback
 * only. A lock file beside the data directory keeps a second service from opening the same cluster; holding it
 * also proves that a postmaster still running there was orphaned by a killed JVM, so it is stopped before start.
 * <p>
 * Supervised: a watchdog thread looks every second whether the postmaster is still alive and, when it died (killed,
 * out of memory), starts it again on the same port and data directory with the same settings, so that the connection
 * pool finds it where it was (see the datasource validation settings in {@code application.properties}).
 */
final class EmbeddedPostgresServer {

    private static final Logger LOG = Logger.getLogger(EmbeddedPostgresServer.class);
    private static CompletableFuture<EmbeddedPostgresServer> starting;
    private static Settings startedWith;
    /** Set while {@code ThiduaMain} starts the server before the application reads its configuration. */
    private static boolean early;
    /** Whether the server was started early and the configuration has not yet confirmed its settings. */
    private static boolean replaceable;

    record Settings(Path dataDirectory, boolean throwAway, int port) {

        static Settings durable(Path dataDirectory, int port) {
            return new Settings(dataDirectory, false, port);
        }

        static Settings throwAway(int port) {
            return new Settings(Path.of("target", "embedded-postgres", "test-" + UUID.randomUUID()).toAbsolutePath(),
                    true, port);
        }
    }

    /** How often the watchdog looks at the postmaster: a process-table lookup, no connection. */
    private static final Duration WATCH_INTERVAL = Duration.ofSeconds(1);
    /**
     * How long one restart waits for the server to answer. A postmaster still replaying its WAL when this ends is not
     * lost: the next look finds it alive (by {@code postmaster.pid}) and keeps it; one that died while starting is
     * started again that much sooner.
     */
    private static final Duration RESTART_WAIT = Duration.ofSeconds(10);
    private static final String ZONKY_LOCK_FILE = "epg-lock";
    private static final Duration ORPHAN_STOP_WAIT = Duration.ofSeconds(30);

    private final FileChannel lockChannel;
    private final FileLock lock;
    private final Settings settings;
    private final int port;
    private final ScheduledExecutorService watchdog;
    private volatile EmbeddedPostgres postgres;
    private volatile ProcessHandle postmaster;
    private volatile boolean stopping;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres, FileChannel lockChannel, FileLock lock, Settings settings) {
        this.postgres = postgres;
        this.lockChannel = lockChannel;
        this.lock = lock;
        this.settings = settings;
        this.port = postgres.getPort();
        this.postmaster = postmasterOf(settings.dataDirectory()).orElse(null);
        this.watchdog = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "embedded-postgres-watchdog");
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * Starts the server on a thread of its own, at most once per JVM, so that it comes up while the application is
     * still booting (stopping an orphaned postmaster and starting ours take a few seconds); {@link #startOnce} then
     * waits only for what is left. Once only, except after an early start ({@link #beginEarly}) whose settings the
     * application's configuration then contradicts: that server is stopped and one with the configured settings
     * started.
     */
    static synchronized void startInBackground(Settings settings) {
        if (starting == null) {
            starting = CompletableFuture.supplyAsync(() -> supervised(start(settings)), EmbeddedPostgresServer::onOwnThread);
            startedWith = settings;
            replaceable = early;
            return;
        }
        if (replaceable && !early) {
            replaceable = false;
            if (!settings.equals(startedWith)) {
                LOG.infof("The configuration gives the embedded PostgreSQL other settings (%s) than those it was started"
                        + " with early (%s); starting it again with them", settings, startedWith);
                startedWith = settings;
                starting = starting.handleAsync((server, failure) -> {
                    if (server != null) {
                        server.stop();
                    }
                    return supervised(start(settings));
                }, EmbeddedPostgresServer::onOwnThread);
            }
        }
    }

    /** What {@link #startInBackground} starts until {@link #endEarly} comes before the application's configuration. */
    static synchronized void beginEarly() {
        early = true;
    }

    static synchronized void endEarly() {
        early = false;
    }

    private static void onOwnThread(Runnable task) {
        Thread thread = new Thread(task, "embedded-postgres-start");
        thread.setDaemon(true);
        thread.start();
    }

    static EmbeddedPostgresServer startOnce(Settings settings) {
        startInBackground(settings);
        try {
            return starting.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    private static EmbeddedPostgresServer supervised(EmbeddedPostgresServer server) {
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "embedded-postgres-stop"));
        server.watchdog.scheduleWithFixedDelay(server::superviseOnce, WATCH_INTERVAL.toMillis(),
                WATCH_INTERVAL.toMillis(), TimeUnit.MILLISECONDS);
        return server;
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
            EmbeddedPostgres postgres = builder(settings, settings.port(), Duration.ofSeconds(60)).start();
            LOG.infof("Embedded PostgreSQL started on port %d with data in %s (%d ms)", postgres.getPort(), dataDir,
                    Duration.ofNanos(System.nanoTime() - started).toMillis());
            return new EmbeddedPostgresServer(postgres, channel, lock, settings);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL", e);
        }
    }

    /**
     * The same server each time it is started: a restart must not change the port the pool connects to, nor any
     * durable setting. A throw-away cluster is deleted by {@link #stop()}, never by zonky, so that closing the dead
     * instance before a restart keeps its data.
     */
    private static EmbeddedPostgres.Builder builder(Settings settings, int port, Duration startupWait) {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(settings.dataDirectory())
                .setCleanDataDirectory(false)
                .setRegisterShutdownHook(false)
                .setPGStartupWait(startupWait)
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
        if (port > 0) {
            builder.setPort(port);
        }
        return builder;
    }

    /**
     * One look of the watchdog. A dead postmaster is started again; an attempt that fails (its old backends still
     * hold the shared memory for a moment, say) is logged and tried again at the next look.
     */
    private synchronized void superviseOnce() {
        ProcessHandle current = postmaster != null ? postmaster : postmasterOf(settings.dataDirectory()).orElse(null);
        if (stopping || current != null && current.isAlive()) {
            postmaster = current;
            return;
        }
        long started = System.nanoTime();
        LOG.warnf("Embedded PostgreSQL (pid %s) is gone; starting it again on port %d with data in %s",
                current == null ? "unknown" : current.pid(), port, settings.dataDirectory());
        try {
            // The dead instance is dropped, not closed: closing runs pg_ctl stop, which fails loudly on a postmaster
            // that is gone. It still holds zonky's lock on the data directory (as does an instance whose start failed
            // and never came back to us); a new lock file lets the new instance take its own. Our lock beside the
            // directory keeps other services out meanwhile.
            Files.deleteIfExists(settings.dataDirectory().resolve(ZONKY_LOCK_FILE));
            postgres = builder(settings, port, RESTART_WAIT).start();
            postmaster = postmasterOf(settings.dataDirectory()).orElse(null);
            LOG.warnf("Embedded PostgreSQL started again on port %d (pid %s, %d ms); the pool reconnects on its own",
                    port, postmaster == null ? "unknown" : postmaster.pid(),
                    Duration.ofNanos(System.nanoTime() - started).toMillis());
        } catch (IOException | RuntimeException e) {
            postmaster = null;
            LOG.errorf(e, "Embedded PostgreSQL could not be started again; retrying in %d s", WATCH_INTERVAL.toSeconds());
        }
    }

    /**
     * The postmaster serving the data directory, from the first line of its {@code postmaster.pid}; empty when that
     * process is gone (the file outlives a killed postmaster) or the number now names another program.
     */
    private static Optional<ProcessHandle> postmasterOf(Path dataDir) {
        Path pidFile = dataDir.resolve("postmaster.pid");
        try {
            if (!Files.isRegularFile(pidFile)) {
                return Optional.empty();
            }
            String firstLine = Files.readAllLines(pidFile, StandardCharsets.UTF_8).stream().findFirst().orElse("").trim();
            return ProcessHandle.of(Long.parseLong(firstLine))
                    .filter(p -> p.info().command().map(c -> c.endsWith("postgres")).orElse(false));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
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
                    // SIGTERM: its clients died with the JVM, so it checkpoints and exits at once
                    p.destroy();
                    awaitExit(p, ORPHAN_STOP_WAIT);
                    if (p.isAlive()) {
                        p.destroyForcibly();
                        awaitExit(p, ORPHAN_STOP_WAIT);
                    }
                });
    }

    /**
     * Polls rather than {@link ProcessHandle#onExit()}, which for a process that is not our child checks only every
     * few hundred milliseconds, on the path of every start after a crash.
     */
    private static void awaitExit(ProcessHandle process, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (process.isAlive() && System.nanoTime() < deadline) {
            LockSupport.parkNanos(Duration.ofMillis(10).toNanos());
        }
    }

    private void stop() {
        synchronized (this) {
            // a restart in progress finishes first; none starts after this
            if (stopping) {
                return;
            }
            stopping = true;
        }
        watchdog.shutdownNow();
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
