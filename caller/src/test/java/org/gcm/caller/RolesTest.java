package org.gcm.caller;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** {@link Roles} names exactly the realm roles of deploy/keycloak/gcm-realm.json, apart from Keycloak's own. */
class RolesTest {

    private static final String REALM_FILE = "deploy/keycloak/gcm-realm.json";
    /** The roles Keycloak gives every realm; no service checks them. */
    private static final Set<String> KEYCLOAK_DEFAULTS = Set.of("offline_access", "uma_authorization", "default-roles-gcm");

    @Test
    void everyRoleConstantIsARealmRole() throws IOException {
        Set<String> missing = new TreeSet<>(constants());
        missing.removeAll(realmRoles());
        assertTrue(missing.isEmpty(), () -> "Roles names roles that " + REALM_FILE + " does not define: " + missing);
    }

    @Test
    void everyRealmRoleHasAConstant() throws IOException {
        Set<String> unnamed = new TreeSet<>(realmRoles());
        unnamed.removeAll(KEYCLOAK_DEFAULTS);
        unnamed.removeAll(constants());
        assertTrue(unnamed.isEmpty(), () -> REALM_FILE + " defines roles that Roles does not name: " + unnamed);
    }

    @Test
    void theRealmStillHasKeycloaksDefaultRoles() throws IOException {
        // Otherwise the exemption above would hide nothing and should go.
        Set<String> realmRoles = realmRoles();
        assertTrue(realmRoles.containsAll(KEYCLOAK_DEFAULTS), () -> "Realm roles: " + realmRoles);
    }

    /** The values of Roles' public String constants. */
    private static Set<String> constants() {
        Field[] fields = Roles.class.getDeclaredFields();
        Set<String> values = Arrays.stream(fields)
                .filter(f -> Modifier.isPublic(f.getModifiers()) && Modifier.isStatic(f.getModifiers())
                        && Modifier.isFinal(f.getModifiers()) && f.getType() == String.class)
                .map(RolesTest::value)
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(Arrays.stream(fields).filter(f -> Modifier.isPublic(f.getModifiers())).count(), values.size(),
                "Every public field of Roles is a distinct role name");
        return values;
    }

    private static String value(Field field) {
        try {
            return (String) field.get(null);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The names under "roles" -> "realm" of the realm file. */
    private static Set<String> realmRoles() throws IOException {
        JsonNode realm = new ObjectMapper().readTree(realmFile().toFile()).path("roles").path("realm");
        assertTrue(realm.isArray() && !realm.isEmpty(), "No realm roles in " + REALM_FILE);
        return StreamSupport.stream(realm.spliterator(), false)
                .map(role -> role.path("name").asText())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** The realm file of this checkout, found from the module the tests run in. */
    private static Path realmFile() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve(REALM_FILE);
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("No " + REALM_FILE + " above " + Path.of("").toAbsolutePath());
    }
}
