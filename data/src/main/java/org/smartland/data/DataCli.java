package org.smartland.data;

import java.io.PrintStream;
import java.nio.file.Path;
import org.smartland.data.derive.DerivationException;
import org.smartland.data.importer.GeoPackageTarget;
import org.smartland.data.importer.ImportException;
import org.smartland.data.importer.ImportTarget;
import org.smartland.data.importer.PostgisTarget;
import org.smartland.data.importer.PrintingImportListener;
import org.smartland.data.importer.TerritoryImport;
import org.smartland.data.source.SourceException;
import org.smartland.data.territory.ConfigException;
import org.smartland.data.territory.Territories;
import org.smartland.data.territory.TerritoryConfig;
import org.smartland.layers.crs.CrsTransforms;
import org.smartland.layers.store.StoreException;

/**
 * The data command line: {@code import} builds a territory's GeoPackage from its sources, {@code list} names
 * the configured territories. Exit codes: 0 done, 1 import failed (the message names the file, feature and
 * problem; the previous GeoPackage is left as it was), 2 wrong command line.
 */
public final class DataCli {
  static final String USAGE = """
      Usage:
        data import --territory NAME [--sources DIR] [--store gpkg|postgis] [--out FILE.gpkg] [--jdbc URL]
                    [--territories DIR]
        data list [--territories DIR]
        data --help

      import   builds the territory's GeoPackage from its source files. The new file is built next to the
               target and swapped in atomically when complete; if anything fails the previous file is kept.
      list     lists the territories that have a configuration.

      Options:
        --territory NAME    the territory: a folder of the territories directory, e.g. sud-ovest-milano
        --sources DIR       the sources directory the territory file names files in (default ../shared/data)
        --store KIND        gpkg (default): a GeoPackage file; postgis: a schema named after the territory
                            (dashes become underscores) in the database of --jdbc
        --out FILE.gpkg     the GeoPackage to build (default var/NAME.gpkg)
        --jdbc URL          the PostgreSQL JDBC URL when --store postgis, credentials included
        --territories DIR   the territories directory (default data/territories, or territories
                            when run inside the data module)

      Exit status: 0 done, 1 import failed (the message names the file, the feature and the problem),
      2 wrong command line.
      """;

  private DataCli() {
  }

  public static void main(String[] args) {
    if (System.getProperty("logback.configurationFile") == null) {
      System.setProperty("logback.configurationFile", "org/smartland/data/cli-logback.xml");
    }
    System.exit(run(args, System.out, System.err));
  }

  /** Runs a command line, printing to the given streams; returns the exit status. */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    try {
      CliArguments a = CliArguments.parse(args);
      switch (a.command()) {
        case "help" -> out.print(USAGE);
        case "list" -> territories(a).names().forEach(out::println);
        default -> importTerritory(a, out);
      }
      return 0;
    } catch (UsageException e) {
      err.println("error: " + e.getMessage());
      err.println("Run with --help for usage.");
      return 2;
    } catch (SourceException | ConfigException | DerivationException | ImportException | StoreException e) {
      err.println("import failed: " + e.getMessage());
      return 1;
    } catch (RuntimeException e) {
      err.println("import failed: unexpected " + e.getClass().getSimpleName() + ": " + e.getMessage());
      return 1;
    }
  }

  private static void importTerritory(CliArguments a, PrintStream out) {
    String name = a.required("territory");
    Path sources = Path.of(a.option("sources").orElse("../shared/data"));
    CrsTransforms crs = new CrsTransforms();
    ImportTarget target = target(a, name, crs);
    TerritoryConfig territory = territories(a).load(name);
    new TerritoryImport(crs, new PrintingImportListener(out)).run(territory, sources, target);
  }

  private static ImportTarget target(CliArguments a, String name, CrsTransforms crs) {
    String store = a.option("store").orElse("gpkg");
    if (store.equals("postgis")) {
      String jdbc = a.option("jdbc").orElseThrow(() -> new UsageException("--store postgis needs --jdbc URL"));
      if (a.option("out").isPresent()) {
        throw new UsageException("--out is for --store gpkg");
      }
      return new PostgisTarget(jdbc, name.replace('-', '_'), crs);
    }
    if (!store.equals("gpkg")) {
      throw new UsageException("--store must be gpkg or postgis, not '" + store + "'");
    }
    if (a.option("jdbc").isPresent()) {
      throw new UsageException("--jdbc is for --store postgis");
    }
    Path file = Path.of(a.option("out").orElse("var/" + name + ".gpkg"));
    if (!file.getFileName().toString().endsWith(".gpkg")) {
      throw new UsageException("--out must name a .gpkg file, not " + file);
    }
    return new GeoPackageTarget(file, crs);
  }

  private static Territories territories(CliArguments a) {
    return a.option("territories").map(p -> Territories.in(Path.of(p))).orElseGet(Territories::fromWorkingDirectory);
  }
}
