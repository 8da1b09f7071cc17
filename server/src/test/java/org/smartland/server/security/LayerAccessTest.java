package org.smartland.server.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.smartland.server.EditingTerritory;

/** Every role against reading and writing each kind of layer of the editing fixture. */
class LayerAccessTest {
  private final LayerAccess access = LayerAccess.read(EditingTerritory.FILE);

  private static final Map<String, Principal> WHO = new LinkedHashMap<>();

  static {
    WHO.put("anonymous", Principal.anonymous());
    WHO.put("citizen", new Principal("citizen", Set.of(), Set.of(), "api-key"));
    WHO.put("analyst", new Principal("analyst", EnumSet.of(Role.ANALYST), Set.of(), "api-key"));
    WHO.put("contractor", new Principal("contractor", EnumSet.of(Role.CONTRACTOR), Set.of("FIX-1"), "api-key"));
    WHO.put("other", new Principal("other", EnumSet.of(Role.CONTRACTOR), Set.of("FIX-2"), "api-key"));
    WHO.put("analyst-with-projects", new Principal("x", EnumSet.of(Role.ANALYST), Set.of("FIX-1"), "api-key"));
    WHO.put("moderator", new Principal("moderator", EnumSet.of(Role.MODERATOR), Set.of(), "password"));
    WHO.put("admin", new Principal("admin", EnumSet.of(Role.ADMIN), Set.of(), "session"));
  }

  @Test
  void the_matrix_of_roles_and_layers() {
    Map<String, String> expected = new LinkedHashMap<>();
    // who: schools (public, read-only) / works (contractor FIX-1) / households (private), as read+write flags
    expected.put("anonymous", "r- r- --");
    expected.put("citizen", "r- r- --");
    expected.put("analyst", "r- r- r-");
    expected.put("contractor", "r- rw --");
    expected.put("other", "r- r- --");
    expected.put("analyst-with-projects", "r- r- r-");
    expected.put("moderator", "r- r- r-");
    expected.put("admin", "r- rw r-");
    for (Map.Entry<String, Principal> e : WHO.entrySet()) {
      StringBuilder got = new StringBuilder();
      for (String layer : new String[] {"schools", "works", "households"}) {
        got.append(got.length() == 0 ? "" : " ").append(access.canRead(e.getValue(), layer) ? 'r' : '-')
            .append(access.canWrite(e.getValue(), layer) ? 'w' : '-');
      }
      assertEquals(expected.get(e.getKey()), got.toString(), e.getKey());
    }
  }

  @Test
  void refusals_are_401_for_nobody_and_403_for_someone() {
    assertEquals(401, assertThrows(AccessDeniedException.class,
        () -> access.checkWrite(WHO.get("anonymous"), "works")).status());
    AccessDeniedException e = assertThrows(AccessDeniedException.class, () -> access.checkWrite(WHO.get("admin"), "schools"));
    assertEquals(403, e.status());
    assertTrue(e.getMessage().contains("read-only"), e.getMessage());
    assertEquals(403, assertThrows(AccessDeniedException.class,
        () -> access.checkRead(WHO.get("citizen"), "households")).status());
    assertEquals(java.util.List.of("works"), access.writableLayers());
    assertEquals(java.util.List.of("name", "status"), access.rule("works").required());
  }

  @Test
  void bad_rules_name_the_layer_and_the_problem() throws Exception {
    ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
    String[][] cases = {
        {"layers: [{id: a, access: {read: secret}}]", "read must be public or private"},
        {"layers: [{id: a, access: {write: [analyst]}}]", "write lists contractor and/or admin"},
        {"layers: [{id: a, access: {write: contractor}}]", "names its project"},
        {"layers: [{id: a, attributes: [{name: x}], access: {write: admin, required: [y]}}]", "'y'"}};
    for (String[] c : cases) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> LayerAccess.fromTree(yaml.readTree(c[0]), "t.yaml"));
      assertTrue(e.getMessage().contains("layer 'a'") && e.getMessage().contains(c[1]), e.getMessage());
    }
  }
}
