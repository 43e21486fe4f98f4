package vn.thidua.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.OPTIONS;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

/**
 * Who may call an operation is said once, in the code ({@code @RolesAllowed}, {@code @PermitAll}); the contract must
 * say the same: the roles in each security requirement, and {@code x-public: true} exactly on the public operations.
 */
class RolesInContractTest {

    private static final List<Class<? extends Annotation>> HTTP_METHODS = List.of(GET.class, POST.class, PUT.class,
            DELETE.class, PATCH.class, HEAD.class, OPTIONS.class);
    private static final Path CLASSES = Path.of("target", "classes");

    /** Who may call each operation according to the code, by operationId: a role set, or "public". */
    private static Map<String, Set<String>> inCode;
    /** The same according to the contract. */
    private static Map<String, Set<String>> inContract;

    @BeforeAll
    static void read() throws IOException, ClassNotFoundException {
        inCode = fromCode();
        inContract = fromContract();
    }

    @Test
    void everyOperationOfTheCodeIsInTheContractAndBack() {
        assertFalse(inCode.isEmpty(), "no resource methods found under " + CLASSES);
        assertEquals(inCode.keySet(), inContract.keySet());
    }

    @Test
    void xPublicIsSetExactlyOnThePermitAllOperations() {
        assertEquals(publicOnes(inCode), publicOnes(inContract));
    }

    @Test
    void eachSecurityRequirementListsTheRolesOfRolesAllowed() {
        assertEquals(inCode, inContract);
    }

    private static Set<String> publicOnes(Map<String, Set<String>> access) {
        Set<String> ids = new TreeSet<>();
        access.forEach((id, roles) -> {
            if (roles.equals(Set.of("public"))) {
                ids.add(id);
            }
        });
        return ids;
    }

    private static Map<String, Set<String>> fromCode() throws IOException, ClassNotFoundException {
        Map<String, Set<String>> access = new TreeMap<>();
        for (Class<?> type : applicationClasses()) {
            for (Method method : type.getDeclaredMethods()) {
                Operation operation = method.getAnnotation(Operation.class);
                if (operation == null || HTTP_METHODS.stream().noneMatch(method::isAnnotationPresent)) {
                    continue;
                }
                access.put(operation.operationId(), whoMayCall(method));
            }
        }
        return access;
    }

    /** The method's own annotation wins over its class's, as Quarkus security applies them. */
    private static Set<String> whoMayCall(Method method) {
        for (AnnotatedElement element : List.of(method, method.getDeclaringClass())) {
            if (element.isAnnotationPresent(PermitAll.class)) {
                return Set.of("public");
            }
            RolesAllowed roles = element.getAnnotation(RolesAllowed.class);
            if (roles != null) {
                return new TreeSet<>(List.of(roles.value()));
            }
        }
        return Set.of();
    }

    private static List<Class<?>> applicationClasses() throws IOException, ClassNotFoundException {
        List<Class<?>> classes = new ArrayList<>();
        try (Stream<Path> files = Files.walk(CLASSES.resolve("vn"))) {
            for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".class"))::iterator) {
                String name = CLASSES.relativize(file).toString().replace('/', '.').replace(".class", "");
                classes.add(Class.forName(name, false, RolesInContractTest.class.getClassLoader()));
            }
        }
        return classes;
    }

    private static Map<String, Set<String>> fromContract() throws IOException {
        JsonNode paths = new YAMLMapper().readTree(ContractDriftTest.CHECKED_IN.toFile()).get("paths");
        Map<String, Set<String>> access = new TreeMap<>();
        paths.forEach(item -> item.fields().forEachRemaining(entry -> {
            JsonNode operation = entry.getValue();
            if (!operation.has("operationId")) {
                return;
            }
            Set<String> roles = new TreeSet<>();
            if (operation.path("x-public").asBoolean(false)) {
                roles.add("public");
            }
            operation.path("security").forEach(requirement -> {
                for (Iterator<JsonNode> listed = requirement.path("bearerAuth").elements(); listed.hasNext();) {
                    roles.add(listed.next().asText());
                }
            });
            access.put(operation.get("operationId").asText(), roles);
        }));
        return access;
    }
}
