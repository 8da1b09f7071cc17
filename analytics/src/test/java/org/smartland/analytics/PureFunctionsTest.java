package org.smartland.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The indicator and scenario computations are pure functions: only the Spark wiring ({@code job}) may import
 * Spark or Sedona, like Sedona's own common/spark split.
 */
class PureFunctionsTest {
  @Test
  void only_the_job_package_imports_spark_or_sedona() throws IOException {
    Path main = Path.of("src/main/java/org/smartland/analytics");
    List<Path> offenders;
    try (Stream<Path> files = Files.walk(main)) {
      offenders = files.filter(p -> p.toString().endsWith(".java"))
          .filter(p -> !p.startsWith(main.resolve("job")))
          .filter(PureFunctionsTest::importsSpark)
          .toList();
    }
    assertEquals(List.of(), offenders);
    try (Stream<Path> files = Files.walk(main.resolve("network"))) {
      assertTrue(files.anyMatch(p -> p.toString().endsWith(".java")), "the check sees the pure packages");
    }
  }

  private static boolean importsSpark(Path p) {
    try {
      return Files.readAllLines(p).stream().anyMatch(l -> l.startsWith("import org.apache.spark")
          || l.startsWith("import org.apache.sedona") || l.startsWith("import static org.apache.spark"));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
