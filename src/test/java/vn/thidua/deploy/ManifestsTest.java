package vn.thidua.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import io.quarkus.runtime.configuration.DurationConverter;

/**
 * Checks the deployment files under {@code deploy/} without a container engine or a cluster: every YAML file parses,
 * the kustomizations' references resolve, each overlay renders (resources plus patches, approximately as kustomize
 * merges them) into a set where every name a resource refers to is declared, and the container and compose files
 * hold what operations rely on. Kustomize itself is not needed; README says how the real build was checked.
 */
class ManifestsTest {

    private static final Path DEPLOY = Path.of("deploy");
    private static final Path KUBERNETES = DEPLOY.resolve("kubernetes");
    private static final Path OVERLAYS = KUBERNETES.resolve("overlays");

    /**
     * JVM options of the container image (its JAVA_OPTS), which {@link TwoInstancesIT} also gives its instances:
     * every java.util.logging logger through JBoss LogManager, so that it is logged as JSON too; and the migration lock
     * polled every 2 s (Liquibase's default is 10 s) by replicas that wait for another one's migration.
     */
    static final List<String> SERVICE_JVM_OPTIONS = List.of(
            "-Djava.util.logging.manager=org.jboss.logmanager.LogManager",
            "-Dliquibase.changelogLockPollRate=2");

    /** The Secrets CloudNativePG makes for a Cluster, by suffix, with their keys that a pod may read. */
    private static final Map<String, Set<String>> CNPG_SECRETS = Map.of(
            "-app", Set.of("username", "password", "host", "port", "dbname", "uri", "jdbc-uri", "pgpass"),
            "-ca", Set.of("ca.crt"),
            "-server", Set.of("tls.crt", "tls.key"),
            "-superuser", Set.of("username", "password"),
            "-replication", Set.of("tls.crt", "tls.key"));

    // --- YAML ---------------------------------------------------------------------------------------------------

    @Test
    void everyYamlFileUnderDeployParses() throws IOException {
        List<Path> files = yamlFiles(DEPLOY);
        assertTrue(files.size() >= 10, "deploy/ holds the compose file and the Kubernetes manifests: " + files);
        for (Path file : files) {
            List<Object> documents = loadAll(file);
            assertFalse(documents.isEmpty(), file + " is empty");
            for (Object document : documents) {
                assertTrue(document instanceof Map, file + ": every document is a mapping");
            }
            if (file.startsWith(KUBERNETES)) {
                for (Object document : documents) {
                    Map<String, Object> resource = map(document);
                    assertNotNull(resource.get("apiVersion"), file + ": apiVersion");
                    assertNotNull(resource.get("kind"), file + ": kind");
                    if (!"Kustomization".equals(resource.get("kind"))) {
                        assertNotNull(string(resource, "metadata.name"), file + ": metadata.name");
                    }
                }
            }
        }
    }

    // --- kustomize ----------------------------------------------------------------------------------------------

    @Test
    void everyKustomizationReferenceResolves() throws IOException {
        List<Path> kustomizations;
        try (Stream<Path> walk = Files.walk(KUBERNETES)) {
            kustomizations = walk.filter(p -> p.getFileName().toString().equals("kustomization.yaml")).toList();
        }
        assertTrue(kustomizations.contains(KUBERNETES.resolve("base/kustomization.yaml")));
        assertTrue(kustomizations.contains(OVERLAYS.resolve("production/kustomization.yaml")));
        for (Path file : kustomizations) {
            Path dir = file.getParent();
            Map<String, Object> kustomization = map(loadAll(file).get(0));
            for (Object entry : list(kustomization.get("resources"))) {
                Path target = dir.resolve(entry.toString()).normalize();
                assertTrue(Files.isRegularFile(target) || Files.isRegularFile(target.resolve("kustomization.yaml")),
                        file + ": resource " + entry + " is neither a file nor a kustomization");
            }
            for (Object patch : list(kustomization.get("patches"))) {
                String path = string(map(patch), "path");
                assertNotNull(path, file + ": every patch is a file");
                assertTrue(Files.isRegularFile(dir.resolve(path)), file + ": patch " + path + " is missing");
            }
            for (String generated : generatorFiles(kustomization)) {
                assertTrue(gitIgnored(dir, generated), file + ": the secret file " + generated
                        + " is made per installation and must be ignored by git (.gitignore beside it)");
            }
        }
    }

    @Test
    void everyOverlayBuildsOnTheBaseAndItsPatchesFindTheirTargets() throws IOException {
        List<Path> overlays = overlays();
        assertFalse(overlays.isEmpty());
        for (Path overlay : overlays) {
            Map<String, Object> kustomization = kustomization(overlay);
            assertTrue(list(kustomization.get("resources")).stream()
                    .map(r -> overlay.resolve(r.toString()).normalize())
                    .anyMatch(p -> p.equals(KUBERNETES.resolve("base").normalize())), overlay + " builds on ../../base");
            Rendered rendered = render(overlay);
            for (Object image : list(kustomization.get("images"))) {
                String name = string(map(image), "name");
                assertTrue(rendered.byKind("Deployment").stream().flatMap(d -> containers(d).stream())
                        .anyMatch(c -> name.equals(c.get("image"))), overlay + ": images entry " + name
                        + " matches no container image, so kustomize would leave the image unset");
            }
        }
    }

    @Test
    void theBaseAndEveryOverlayHoldAConsistentDeployment() throws IOException {
        check(render(KUBERNETES.resolve("base")), false);
        for (Path overlay : overlays()) {
            check(render(overlay), true);
        }
    }

    private void check(Rendered set, boolean deployable) {
        String where = set.dir.toString();
        Map<String, Object> deployment = only(set, "Deployment");
        Map<String, String> podLabels = stringMap(get(deployment, "spec.template.metadata.labels"));
        assertTrue(podLabels.entrySet().containsAll(stringMap(get(deployment, "spec.selector.matchLabels")).entrySet()),
                where + ": the Deployment's selector matches its pods");
        assertEquals(Boolean.TRUE, get(deployment, "spec.template.spec.securityContext.runAsNonRoot"), where);

        List<Map<String, Object>> containers = containers(deployment);
        assertFalse(containers.isEmpty());
        for (Map<String, Object> container : containers) {
            String name = where + " container " + container.get("name");
            Set<Object> ports = containerPorts(container);
            assertEquals("/q/health/ready", string(container, "readinessProbe.httpGet.path"), name);
            assertEquals("/q/health/live", string(container, "livenessProbe.httpGet.path"), name);
            for (String probe : List.of("readinessProbe", "livenessProbe", "startupProbe")) {
                Object port = get(container, probe + ".httpGet.port");
                if (port != null) {
                    assertTrue(ports.contains(port), name + ": " + probe + " port " + port + " is declared");
                }
            }
            for (String bound : List.of("requests", "limits")) {
                assertNotNull(get(container, "resources." + bound + ".cpu"), name + ": cpu " + bound);
                assertNotNull(get(container, "resources." + bound + ".memory"), name + ": memory " + bound);
            }
            assertEquals(Boolean.FALSE, get(container, "securityContext.allowPrivilegeEscalation"), name);
        }

        Map<String, Object> hpa = only(set, "HorizontalPodAutoscaler");
        assertEquals("Deployment", string(hpa, "spec.scaleTargetRef.kind"), where);
        assertEquals(name(deployment), string(hpa, "spec.scaleTargetRef.name"), where + ": the autoscaler's target");
        int minReplicas = integer(hpa, "spec.minReplicas");
        assertTrue(minReplicas >= 2, where + ": two pods at least");
        assertTrue(integer(hpa, "spec.maxReplicas") >= minReplicas, where);
        assertAbsent(get(deployment, "spec.replicas"), where + ": the autoscaler owns the replica count");

        Map<String, Object> pdb = only(set, "PodDisruptionBudget");
        assertTrue(podLabels.entrySet().containsAll(stringMap(get(pdb, "spec.selector.matchLabels")).entrySet()),
                where + ": the disruption budget covers the Deployment's pods");
        assertTrue(integer(pdb, "spec.minAvailable") < minReplicas,
                where + ": with minAvailable at the autoscaler's minimum, no node could ever be drained");

        Map<String, Object> service = only(set, "Service");
        Map<String, String> selector = stringMap(get(service, "spec.selector"));
        assertFalse(selector.isEmpty());
        assertTrue(podLabels.entrySet().containsAll(selector.entrySet()), where + ": the Service selects the pods");
        Set<Object> containerPorts = containers.stream().flatMap(c -> containerPorts(c).stream()).collect(Collectors.toSet());
        for (Object port : list(get(service, "spec.ports"))) {
            assertTrue(containerPorts.contains(map(port).get("targetPort")),
                    where + ": the Service's targetPort " + map(port).get("targetPort") + " is a container port");
        }

        Map<String, Object> ingress = only(set, "Ingress");
        List<Object> rules = list(get(ingress, "spec.rules"));
        assertFalse(rules.isEmpty());
        for (Object rule : rules) {
            for (Object path : list(get(map(rule), "http.paths"))) {
                Map<String, Object> backend = map(get(map(path), "backend.service"));
                assertEquals(name(service), backend.get("name"), where + ": the Ingress routes to the Service");
                Object port = get(backend, "port.name") != null ? get(backend, "port.name") : get(backend, "port.number");
                assertTrue(list(get(service, "spec.ports")).stream().map(ManifestsTest::map)
                        .anyMatch(p -> port.equals(p.get("name")) || port.equals(p.get("port"))),
                        where + ": the Ingress uses a port of the Service: " + port);
            }
        }
        assertEquals(maxBodyBytes(), bytes(string(ingress, "metadata.annotations.nginx\\.ingress\\.kubernetes\\.io/proxy-body-size")),
                where + ": the ingress accepts the bodies the service accepts, and no larger");

        Map<String, Object> cluster = only(set, "Cluster");
        assertTrue(integer(cluster, "spec.instances") >= 2, where + ": a primary and at least one replica");
        assertTrue(hasBackup(cluster, set), where + ": the database cluster archives WAL to a declared object store");
        assertTrue(set.byKind("ScheduledBackup").stream()
                .anyMatch(b -> name(cluster).equals(string(b, "spec.cluster.name"))), where + ": base backups are scheduled");
        Map<String, String> config = stringMap(get(only(set, "ConfigMap"), "data"));
        assertTrue(config.getOrDefault("QUARKUS_DATASOURCE_JDBC_URL", "")
                .startsWith("jdbc:postgresql://" + name(cluster) + "-rw:"),
                where + ": the service uses the read-write service of the database cluster");

        Duration stopping = DurationConverter.parseDuration(config.getOrDefault("QUARKUS_SHUTDOWN_DELAY", "0S"))
                .plus(DurationConverter.parseDuration(applicationProperty("quarkus.shutdown.timeout")));
        assertTrue(integer(deployment, "spec.template.spec.terminationGracePeriodSeconds") > stopping.toSeconds(),
                where + ": Kubernetes waits longer than the pre-shutdown delay and the shutdown timeout together");

        if (deployable) {
            checkReferences(set, deployment);
        }
    }

    /** Every ConfigMap, Secret, key and ObjectStore a resource names exists in the rendered set. */
    private void checkReferences(Rendered set, Map<String, Object> deployment) {
        String where = set.dir.toString();
        Map<String, Set<String>> configMaps = new LinkedHashMap<>();
        for (Map<String, Object> configMap : set.byKind("ConfigMap")) {
            configMaps.put(name(configMap), stringMap(configMap.get("data")).keySet());
        }
        Map<String, Set<String>> secrets = new LinkedHashMap<>(set.generatedSecrets);
        for (Map<String, Object> secret : set.byKind("Secret")) {
            secrets.put(name(secret), stringMap(secret.get("data")).keySet());
        }
        for (Map<String, Object> cluster : set.byKind("Cluster")) {
            CNPG_SECRETS.forEach((suffix, keys) -> secrets.put(name(cluster) + suffix, keys));
        }

        Map<String, Object> podSpec = map(get(deployment, "spec.template.spec"));
        for (Map<String, Object> container : containers(deployment)) {
            for (Object source : list(container.get("envFrom"))) {
                String configMap = string(map(source), "configMapRef.name");
                String secret = string(map(source), "secretRef.name");
                assertTrue(configMap == null || configMaps.containsKey(configMap), where + ": ConfigMap " + configMap);
                assertTrue(secret == null || secrets.containsKey(secret), where + ": Secret " + secret);
            }
            for (Object variable : list(container.get("env"))) {
                Map<String, Object> secretRef = map(get(map(variable), "valueFrom.secretKeyRef"));
                Map<String, Object> configRef = map(get(map(variable), "valueFrom.configMapKeyRef"));
                requireKey(where, "Secret", secrets, secretRef);
                requireKey(where, "ConfigMap", configMaps, configRef);
            }
            Set<String> volumes = list(podSpec.get("volumes")).stream().map(v -> string(map(v), "name"))
                    .collect(Collectors.toSet());
            for (Object mount : list(container.get("volumeMounts"))) {
                assertTrue(volumes.contains(string(map(mount), "name")), where + ": volume " + map(mount).get("name"));
            }
        }
        for (Object volume : list(podSpec.get("volumes"))) {
            String secret = string(map(volume), "secret.secretName");
            if (secret != null) {
                assertTrue(secrets.containsKey(secret), where + ": Secret " + secret + " of volume " + map(volume).get("name"));
                for (Object item : list(get(map(volume), "secret.items"))) {
                    Set<String> keys = secrets.get(secret);
                    assertTrue(keys == null || keys.contains(string(map(item), "key")),
                            where + ": key " + map(item).get("key") + " of Secret " + secret);
                }
            }
            String configMap = string(map(volume), "configMap.name");
            assertTrue(configMap == null || configMaps.containsKey(configMap), where + ": ConfigMap " + configMap);
        }
        String serviceAccount = string(podSpec, "serviceAccountName");
        assertTrue(serviceAccount == null || set.byKind("ServiceAccount").stream().anyMatch(a -> serviceAccount.equals(name(a))),
                where + ": ServiceAccount " + serviceAccount);
        for (Map<String, Object> store : set.byKind("ObjectStore")) {
            for (String credential : List.of("accessKeyId", "secretAccessKey")) {
                requireKey(where, "Secret", secrets, map(get(store, "spec.configuration.s3Credentials." + credential)));
            }
        }
    }

    private static void requireKey(String where, String kind, Map<String, Set<String>> declared, Map<String, Object> ref) {
        if (ref.isEmpty()) {
            return;
        }
        String name = string(ref, "name");
        String key = string(ref, "key");
        assertTrue(declared.containsKey(name), where + ": " + kind + " " + name + " is declared");
        Set<String> keys = declared.get(name);
        // Keys of a Secret generated from an env file are known only once the file exists on the operator's machine.
        assertTrue(keys == null || keys.contains(key), where + ": " + kind + " " + name + " has the key " + key);
    }

    private static boolean hasBackup(Map<String, Object> cluster, Rendered set) {
        if (get(cluster, "spec.backup.barmanObjectStore") != null) {
            return true;
        }
        Set<String> stores = set.byKind("ObjectStore").stream().map(ManifestsTest::name).collect(Collectors.toSet());
        return list(get(cluster, "spec.plugins")).stream().map(ManifestsTest::map)
                .anyMatch(p -> "barman-cloud.cloudnative-pg.io".equals(p.get("name"))
                        && Boolean.TRUE.equals(p.get("isWALArchiver"))
                        && stores.contains(string(p, "parameters.barmanObjectName")));
    }

    // --- compose ------------------------------------------------------------------------------------------------

    @Test
    void composeRunsTwoReplicasBehindTheProxyOnOnePostgres() throws IOException {
        Map<String, Object> compose = map(loadAll(DEPLOY.resolve("compose.yaml")).get(0));
        Map<String, Object> services = map(compose.get("services"));
        List<String> databases = services.entrySet().stream()
                .filter(s -> String.valueOf(map(s.getValue()).get("image")).startsWith("postgres:"))
                .map(Map.Entry::getKey).toList();
        assertEquals(1, databases.size(), "one PostgreSQL: " + databases);
        String database = databases.get(0);

        List<String> replicas = services.entrySet().stream()
                .filter(s -> "deploy/Dockerfile".equals(string(map(s.getValue()), "build.dockerfile")))
                .map(Map.Entry::getKey).toList();
        int instances = replicas.stream().mapToInt(r -> {
            Object count = get(map(services.get(r)), "deploy.replicas");
            return count == null ? 1 : ((Number) count).intValue();
        }).sum();
        assertTrue(instances >= 2, "two replicas of the service: " + replicas);
        Set<Object> keyFiles = new HashSet<>();
        for (String replica : replicas) {
            Map<String, Object> service = map(services.get(replica));
            Map<String, String> env = stringMap(service.get("environment"));
            assertTrue(env.getOrDefault("QUARKUS_DATASOURCE_JDBC_URL", "").startsWith("jdbc:postgresql://" + database + ":"),
                    replica + " uses the compose PostgreSQL");
            assertTrue(map(service.get("depends_on")).containsKey(database), replica + " starts after the database");
            assertAbsent(service.get("ports"), replica + " is reached only through the proxy");
            keyFiles.add(service.get("secrets"));
            for (Object secret : list(service.get("secrets"))) {
                assertTrue(map(compose.get("secrets")).containsKey(secret.toString()), "secret " + secret + " declared");
            }
            assertTrue(env.get("MP_JWT_VERIFY_PUBLICKEY_LOCATION").startsWith("/run/secrets/"), replica);
            assertTrue(env.get("SMALLRYE_JWT_SIGN_KEY_LOCATION").startsWith("/run/secrets/"), replica);
        }
        assertEquals(1, keyFiles.size(), "the replicas share one token key pair");
        for (Object secret : map(compose.get("secrets")).values()) {
            Path file = DEPLOY.resolve(string(map(secret), "file")).normalize();
            assertTrue(gitIgnored(DEPLOY, DEPLOY.relativize(file).toString()), file + " must be ignored by git");
        }

        List<String> proxies = services.entrySet().stream()
                .filter(s -> String.valueOf(map(s.getValue()).get("image")).startsWith("caddy:"))
                .map(Map.Entry::getKey).toList();
        assertEquals(1, proxies.size(), "one reverse proxy");
        Map<String, Object> proxy = map(services.get(proxies.get(0)));
        assertFalse(list(proxy.get("ports")).isEmpty(), "the proxy is what is published");
        assertTrue(list(proxy.get("volumes")).stream().anyMatch(v -> v.toString().startsWith("./Caddyfile:")));

        String caddyfile = Files.readString(DEPLOY.resolve("Caddyfile"), StandardCharsets.UTF_8);
        Matcher upstreams = Pattern.compile("reverse_proxy\\s+([^{\\n]+)\\{").matcher(caddyfile);
        assertTrue(upstreams.find(), "the Caddyfile proxies");
        Set<String> targets = Set.of(upstreams.group(1).trim().split("\\s+"));
        assertEquals(replicas.stream().map(r -> r + ":8080").collect(Collectors.toSet()), targets,
                "the proxy balances over exactly the replicas");
        assertTrue(caddyfile.contains("health_uri /q/health/ready"), "the proxy skips replicas that are not ready");
        Matcher maxSize = Pattern.compile("max_size\\s+(\\S+)").matcher(caddyfile);
        assertTrue(maxSize.find());
        assertEquals(maxBodyBytes(), bytes(maxSize.group(1)), "the proxy accepts the bodies the service accepts");
    }

    // --- Dockerfile ---------------------------------------------------------------------------------------------

    @Test
    void theImageRunsTheJarAsANonRootUserWithAHealthCheck() throws IOException {
        List<String> instructions = dockerInstructions(DEPLOY.resolve("Dockerfile"));
        int finalStage = 0;
        for (int i = 0; i < instructions.size(); i++) {
            if (instructions.get(i).startsWith("FROM ")) {
                finalStage = i;
            }
        }
        List<String> runtime = instructions.subList(finalStage, instructions.size());
        assertTrue(runtime.get(0).contains("JRE_IMAGE"), "the final stage is the JRE image");
        assertTrue(instructions.stream().anyMatch(i -> i.matches("ARG JRE_IMAGE=\\S+-jre\\S*")), "a JRE, not a JDK");

        List<String> users = runtime.stream().filter(i -> i.startsWith("USER ")).toList();
        assertEquals(1, users.size(), "one USER in the final stage");
        String user = users.get(0).substring(5).trim().split(":")[0];
        assertFalse(user.equals("0") || user.equals("root"), "the service does not run as root");
        assertTrue(user.matches("\\d+"), "numeric, so that Kubernetes can verify runAsNonRoot");
        assertEquals(user, Objects.toString(get(map(firstDocumentOfKind(KUBERNETES.resolve("base/deployment.yaml"),
                "Deployment")), "spec.template.spec.securityContext.runAsUser")), "Kubernetes runs the image's user");

        List<String> healthChecks = runtime.stream().filter(i -> i.startsWith("HEALTHCHECK ")).toList();
        assertEquals(1, healthChecks.size());
        assertTrue(healthChecks.get(0).contains("/q/health/ready"));

        String javaOptions = runtime.stream().filter(i -> i.startsWith("ENV ")).collect(Collectors.joining(" "));
        for (String option : SERVICE_JVM_OPTIONS) {
            assertTrue(javaOptions.contains(option), "JAVA_OPTS has " + option);
        }
        assertTrue(javaOptions.contains("THIDUA_EMBEDDED_POSTGRES_ENABLED=false"));
        String entrypoint = runtime.stream().filter(i -> i.startsWith("ENTRYPOINT ")).findFirst().orElseThrow();
        assertTrue(entrypoint.contains("exec java") && entrypoint.contains("quarkus-run.jar"),
                "java replaces the shell, so that it receives SIGTERM");

        List<String> sent = Files.readAllLines(DEPLOY.resolve("Dockerfile.dockerignore"), StandardCharsets.UTF_8)
                .stream().filter(l -> l.startsWith("!")).map(l -> l.substring(1).replaceAll("/$", "")).toList();
        for (String copy : instructions.stream().filter(i -> i.startsWith("COPY ") && !i.contains("--from=")).toList()) {
            String[] parts = copy.split("\\s+");
            for (int i = 1; i < parts.length - 1; i++) {
                String source = parts[i].replaceAll("/$", "");
                assertTrue(Files.exists(Path.of(source)), "COPY " + source + " exists in the repository");
                assertTrue(sent.contains(source), "COPY " + source + " is in the build context (Dockerfile.dockerignore)");
            }
        }
    }

    // --- rendering ----------------------------------------------------------------------------------------------

    /** The resources of a kustomization with its patches applied, and what its generators make. */
    private static final class Rendered {
        final Path dir;
        final List<Map<String, Object>> resources = new ArrayList<>();
        final Map<String, Set<String>> generatedSecrets = new LinkedHashMap<>();

        Rendered(Path dir) {
            this.dir = dir;
        }

        List<Map<String, Object>> byKind(String kind) {
            return resources.stream().filter(r -> kind.equals(r.get("kind"))).toList();
        }
    }

    private static Rendered render(Path dir) throws IOException {
        Map<String, Object> kustomization = kustomization(dir);
        Rendered rendered = new Rendered(dir);
        for (Object entry : list(kustomization.get("resources"))) {
            Path target = dir.resolve(entry.toString()).normalize();
            if (Files.isDirectory(target)) {
                Rendered nested = render(target);
                rendered.resources.addAll(nested.resources);
                rendered.generatedSecrets.putAll(nested.generatedSecrets);
            } else {
                loadAll(target).forEach(d -> rendered.resources.add(map(d)));
            }
        }
        for (Object patch : list(kustomization.get("patches"))) {
            Path file = dir.resolve(string(map(patch), "path"));
            for (Object document : loadAll(file)) {
                Map<String, Object> change = map(document);
                int index = -1;
                for (int i = 0; i < rendered.resources.size(); i++) {
                    Map<String, Object> resource = rendered.resources.get(i);
                    if (Objects.equals(resource.get("kind"), change.get("kind")) && name(resource).equals(name(change))) {
                        index = i;
                    }
                }
                if (index < 0) {
                    fail(file + " patches " + change.get("kind") + " " + name(change) + ", which " + dir + " does not have");
                }
                rendered.resources.set(index, map(merge(rendered.resources.get(index), change)));
            }
        }
        for (Object generator : list(kustomization.get("secretGenerator"))) {
            Map<String, Object> secret = map(generator);
            Set<String> keys = new HashSet<>();
            for (Object file : list(secret.get("files"))) {
                String spec = file.toString();
                keys.add(spec.contains("=") ? spec.substring(0, spec.indexOf('=')) : Path.of(spec).getFileName().toString());
            }
            for (Object literal : list(secret.get("literals"))) {
                keys.add(literal.toString().substring(0, literal.toString().indexOf('=')));
            }
            rendered.generatedSecrets.put(string(secret, "name"), list(secret.get("envs")).isEmpty() ? keys : null);
        }
        return rendered;
    }

    /**
     * Kustomize's strategic merge, as far as these patches need it: mappings merge key by key, lists of named
     * items (containers, volumes, env) merge by name, topology spread constraints by topology key, other lists are
     * replaced.
     */
    private static Object merge(Object base, Object patch) {
        if (base instanceof Map && patch instanceof Map) {
            Map<String, Object> merged = new LinkedHashMap<>(map(base));
            map(patch).forEach((key, value) -> merged.put(key, merged.containsKey(key) ? merge(merged.get(key), value) : value));
            return merged;
        }
        if (base instanceof List && patch instanceof List) {
            for (String mergeKey : List.of("name", "topologyKey")) {
                if (keyedBy(list(base), mergeKey) && keyedBy(list(patch), mergeKey)) {
                    List<Object> merged = new ArrayList<>(list(base));
                    for (Object item : list(patch)) {
                        Object key = map(item).get(mergeKey);
                        int at = -1;
                        for (int i = 0; i < merged.size(); i++) {
                            if (key.equals(map(merged.get(i)).get(mergeKey))) {
                                at = i;
                            }
                        }
                        if (at < 0) {
                            merged.add(item);
                        } else {
                            merged.set(at, merge(merged.get(at), item));
                        }
                    }
                    return merged;
                }
            }
        }
        return patch;
    }

    private static boolean keyedBy(List<Object> items, String key) {
        return !items.isEmpty() && items.stream().allMatch(i -> i instanceof Map && map(i).get(key) != null);
    }

    // --- helpers ------------------------------------------------------------------------------------------------

    private static List<Path> overlays() throws IOException {
        try (Stream<Path> dirs = Files.list(OVERLAYS)) {
            return dirs.filter(d -> Files.isRegularFile(d.resolve("kustomization.yaml"))).sorted().toList();
        }
    }

    private static Map<String, Object> kustomization(Path dir) throws IOException {
        return map(loadAll(dir.resolve("kustomization.yaml")).get(0));
    }

    private static List<String> generatorFiles(Map<String, Object> kustomization) {
        List<String> files = new ArrayList<>();
        for (String generator : List.of("secretGenerator", "configMapGenerator")) {
            for (Object entry : list(kustomization.get(generator))) {
                for (Object file : list(map(entry).get("files"))) {
                    String spec = file.toString();
                    files.add(spec.contains("=") ? spec.substring(spec.indexOf('=') + 1) : spec);
                }
                list(map(entry).get("envs")).forEach(e -> files.add(e.toString()));
            }
        }
        return files;
    }

    /** Whether {@code relative} (inside {@code dir}) falls under a directory that dir/.gitignore lists. */
    private static boolean gitIgnored(Path dir, String relative) {
        Path ignore = dir.resolve(".gitignore");
        if (!Files.isRegularFile(ignore)) {
            return false;
        }
        try {
            String first = Path.of(relative).normalize().getName(0).toString();
            return Files.readAllLines(ignore, StandardCharsets.UTF_8).stream().map(String::trim)
                    .anyMatch(l -> l.equals("/" + first + "/") || l.equals(first + "/") || l.equals("/" + relative));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Path> yamlFiles(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml")).sorted().toList();
        }
    }

    private static List<Object> loadAll(Path file) throws IOException {
        Yaml yaml = new Yaml(new SafeConstructor(new LoaderOptions()));
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            List<Object> documents = new ArrayList<>();
            yaml.loadAll(reader).forEach(d -> {
                if (d != null) {
                    documents.add(d);
                }
            });
            return documents;
        }
    }

    private static Object firstDocumentOfKind(Path file, String kind) throws IOException {
        return loadAll(file).stream().filter(d -> kind.equals(map(d).get("kind"))).findFirst().orElseThrow();
    }

    private static Map<String, Object> only(Rendered set, String kind) {
        List<Map<String, Object>> found = set.byKind(kind);
        assertEquals(1, found.size(), set.dir + ": one " + kind);
        return found.get(0);
    }

    private static List<Map<String, Object>> containers(Map<String, Object> deployment) {
        return list(get(deployment, "spec.template.spec.containers")).stream().map(ManifestsTest::map).toList();
    }

    private static Set<Object> containerPorts(Map<String, Object> container) {
        Set<Object> ports = new HashSet<>();
        for (Object port : list(container.get("ports"))) {
            ports.add(map(port).get("name"));
            ports.add(map(port).get("containerPort"));
        }
        ports.remove(null);
        return ports;
    }

    private static List<String> dockerInstructions(Path dockerfile) throws IOException {
        String joined = Files.readAllLines(dockerfile, StandardCharsets.UTF_8).stream()
                .filter(l -> !l.trim().startsWith("#"))
                .collect(Collectors.joining("\n")).replaceAll("\\\\\\n\\s*", " ");
        return Stream.of(joined.split("\n")).map(String::trim).filter(l -> !l.isEmpty()).toList();
    }

    private static String applicationProperty(String key) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(Path.of("src/main/resources/application.properties"),
                StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return Objects.requireNonNull(properties.getProperty(key), key);
    }

    private static long maxBodyBytes() {
        return bytes(applicationProperty("quarkus.http.limits.max-body-size"));
    }

    /** A size as Quarkus ("10M"), nginx ("10m") or Caddy ("10MiB", "10MB") write it, in bytes. */
    static long bytes(String size) {
        Matcher m = Pattern.compile("(\\d+)\\s*([kmg]?)(i?b?)").matcher(size.trim().toLowerCase(Locale.ROOT));
        assertTrue(m.matches(), "a size: " + size);
        boolean decimal = m.group(3).equals("b");
        long unit = decimal ? 1000 : 1024;
        int power = "kmg".indexOf(m.group(2)) + 1;
        long value = Long.parseLong(m.group(1));
        for (int i = 0; i < power; i++) {
            value *= unit;
        }
        return value;
    }

    private static Object get(Map<String, Object> root, String path) {
        Object current = root;
        for (String part : path.split("(?<!\\\\)\\.")) {
            if (!(current instanceof Map)) {
                return null;
            }
            current = map(current).get(part.replace("\\.", "."));
        }
        return current;
    }

    private static String string(Map<String, Object> root, String path) {
        Object value = get(root, path);
        return value == null ? null : value.toString();
    }

    private static int integer(Map<String, Object> root, String path) {
        Object value = get(root, path);
        assertNotNull(value, path);
        return ((Number) value).intValue();
    }

    private static String name(Map<String, Object> resource) {
        return Objects.requireNonNull(string(resource, "metadata.name"), "metadata.name");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return value instanceof Map ? (Map<String, Object>) value : Map.of();
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object value) {
        return value instanceof List ? (List<Object>) value : List.of();
    }

    private static Map<String, String> stringMap(Object value) {
        Map<String, String> result = new LinkedHashMap<>();
        map(value).forEach((k, v) -> result.put(k, v == null ? null : v.toString()));
        return result;
    }

    private static void assertAbsent(Object value, String message) {
        assertTrue(value == null, message + " (found " + value + ")");
    }
}
