package org.smartland.server;

import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;
import org.smartland.layers.catalog.LayerCatalog;
import org.smartland.layers.catalog.LayerCatalogReader;
import org.smartland.layers.store.Feature;
import org.smartland.layers.store.FeatureChange;
import org.smartland.layers.store.FeatureSchema;
import org.smartland.layers.store.gpkg.GeoPackageDatabase;
import org.smartland.layers.style.StyleLibrary;
import org.smartland.server.security.Accounts;
import org.smartland.server.security.LayerAccess;
import org.smartland.server.security.Role;
import org.smartland.server.security.Security;
import org.smartland.server.security.SecuritySettings;

/**
 * The test territory of {@code territories/editing}: the fixture's Comuni and schools, a contractor layer {@code works}
 * (project FIX-1, empty), a private layer {@code households} (two points) and an empty {@code proposals} layer; a server
 * over it with one user per role, each with an API key.
 */
public final class EditingTerritory {
  public static final Path FILE = FixtureTerritory.TERRITORIES.resolve("editing/territory.yaml");
  /** The password of every test user. */
  public static final String PASSWORD = "correct horse battery staple";

  /** The server and the API key of each user: admin, analyst, contractor (FIX-1), other (contractor of FIX-2), moderator, citizen. */
  public record Server(App app, Map<String, String> keys) {
    public String key(String user) {
      return keys.get(user);
    }

    public TestClient client() {
      return new TestClient(app.port());
    }

    /** {@code Authorization: Bearer <key>} of the user, as header name and value for {@link TestClient}. */
    public String[] as(String user) {
      return new String[] {"Authorization", "Bearer " + key(user)};
    }

    public int port() {
      return app.port();
    }
  }

  private EditingTerritory() {
  }

  public static LayerCatalog catalog() {
    return LayerCatalogReader.read(FILE);
  }

  public static StyleLibrary styles() {
    return StyleLibrary.forTerritory(FixtureTerritory.TERRITORIES, "editing");
  }

  /** A server on a free port over a new GeoPackage in {@code dir}, with the default limits. */
  public static Server start(Path dir) {
    return start(dir, SecuritySettings.defaults());
  }

  public static Server start(Path dir, SecuritySettings settings) {
    return start(dir, settings, GeoPackageDatabase.create(dir.resolve("editing.gpkg"), FixtureTerritory.CRS));
  }

  /** A server over {@code db} (empty; e.g. a PostGIS schema), its security database and uploads in {@code dir}. */
  public static Server start(Path dir, SecuritySettings settings, org.smartland.layers.store.FeatureDatabase db) {
    FixtureTerritory.writeData(db);
    LayerCatalog catalog = catalog();
    for (String empty : List.of("works", "households", "proposals")) {
      db.createLayer(FeatureSchema.of(catalog.layer(empty).orElseThrow()));
    }
    db.layer(FeatureSchema.of(catalog.layer("households").orElseThrow())).write(List.of(
        insert("POINT (501500 5031500)", Map.of("members", 3L)),
        insert("POINT (506500 5032500)", Map.of("members", 5L))));
    Security security = Security.open(dir.resolve("security.db"), LayerAccess.read(FILE), settings);
    Map<String, String> keys = new LinkedHashMap<>();
    user(security, keys, "admin", EnumSet.of(Role.ADMIN), Set.of());
    user(security, keys, "analyst", EnumSet.of(Role.ANALYST), Set.of());
    user(security, keys, "contractor", EnumSet.of(Role.CONTRACTOR), Set.of("FIX-1"));
    user(security, keys, "other", EnumSet.of(Role.CONTRACTOR), Set.of("FIX-2"));
    user(security, keys, "moderator", EnumSet.of(Role.MODERATOR), Set.of());
    user(security, keys, "citizen", EnumSet.noneOf(Role.class), Set.of());
    App app = new App(new TerritoryLayers(catalog, db, FixtureTerritory.CRS), styles(), null, null, security,
        dir.resolve("uploads")).start(0);
    return new Server(app, Map.copyOf(keys));
  }

  private static void user(Security s, Map<String, String> keys, String name, Set<Role> roles, Set<String> projects) {
    s.accounts().create(name, PASSWORD, roles, projects);
    keys.put(name, s.accounts().issue(name, Accounts.API_KEY, "tests", Duration.ofDays(1)).token());
  }

  private static FeatureChange insert(String wkt, Map<String, Object> props) {
    try {
      return new FeatureChange.Insert(Feature.of(new WKTReader().read(wkt), props));
    } catch (ParseException e) {
      throw new IllegalArgumentException(e);
    }
  }
}
