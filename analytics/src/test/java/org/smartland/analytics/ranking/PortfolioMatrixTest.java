package org.smartland.analytics.ranking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class PortfolioMatrixTest {
  private static final String TORINO = "001272";
  private static final String MONCALIERI = "001156";
  private static final String CHIERI = "001078";

  @Test
  void cells_by_corridor_and_comune_share_costs_and_pick_the_top_project() {
    // w1 touches three Comuni: €300,000 → €100,000 in each.
    // Torino/water: w1 (0.8, €100,000) + w0 (0.8, €50,000) → 2 projects, €150,000, mean 0.8, top w0 (tie, id)
    // Moncalieri/water: w1 + w2 (0.9, cost unknown) → 2 projects, €100,000, mean 0.85, top w2
    // Chieri/water: w1 alone; Torino/energy: e1 alone (€10,000, 0.4)
    List<MatrixCell> cells = PortfolioMatrix.of(List.of(
        new PortfolioProject("w1", "Casse di espansione", "water", List.of(TORINO, MONCALIERI, CHIERI), 300_000,
            0.8),
        new PortfolioProject("w0", "Rinaturalizzazione", "water", List.of(TORINO), 50_000, 0.8),
        new PortfolioProject("w2", "Drenaggio urbano", "water", List.of(MONCALIERI), Double.NaN, 0.9),
        new PortfolioProject("e1", "Fotovoltaico scuole", "energy", List.of(TORINO), 10_000, 0.4)));
    assertEquals(4, cells.size());
    assertCell("energy", TORINO, 1, 10_000, 0.4, "e1", "Fotovoltaico scuole", cells.get(0));
    assertCell("water", CHIERI, 1, 100_000, 0.8, "w1", "Casse di espansione", cells.get(1));
    assertCell("water", MONCALIERI, 2, 100_000, 0.85, "w2", "Drenaggio urbano", cells.get(2));
    assertCell("water", TORINO, 2, 150_000, 0.8, "w0", "Rinaturalizzazione", cells.get(3));
    double total = cells.stream().mapToDouble(MatrixCell::totalCostEur).sum();
    assertEquals(360_000, total, 1e-6, "the known cost of the portfolio, w2's unknown cost adding nothing");
  }

  private static void assertCell(String corridor, String comune, int projects, double cost, double meanScore,
      String topId, String topTitle, MatrixCell cell) {
    assertEquals(List.of(corridor, comune, topId, topTitle),
        List.of(cell.corridor(), cell.comune(), cell.topProjectId(), cell.topProjectTitle()));
    assertEquals(projects, cell.projects(), comune);
    assertEquals(cost, cell.totalCostEur(), 1e-6, comune);
    assertEquals(meanScore, cell.meanScore(), 1e-12, comune);
  }

  @Test
  void a_comune_listed_twice_counts_once() {
    // 001272 twice and 001156: two Comuni, €90,000 → €45,000 each
    List<MatrixCell> cells = PortfolioMatrix.of(List.of(new PortfolioProject("p", "Ciclovia", "mobility",
        List.of(TORINO, MONCALIERI, TORINO), 90_000, 0.5)));
    assertEquals(2, cells.size());
    assertEquals(45_000, cells.get(0).totalCostEur(), 1e-9);
    assertEquals(1, cells.get(1).projects());
  }

  @Test
  void invalid_projects_are_rejected() {
    IllegalArgumentException duplicate = assertThrows(IllegalArgumentException.class, () -> PortfolioMatrix.of(
        List.of(new PortfolioProject("p", "a", "water", List.of(TORINO), 1, 0.5),
            new PortfolioProject("p", "b", "energy", List.of(CHIERI), 1, 0.5))));
    assertEquals("duplicate project id 'p'", duplicate.getMessage());
    IllegalArgumentException noComune = assertThrows(IllegalArgumentException.class,
        () -> new PortfolioProject("p", "a", "water", List.of(), 1, 0.5));
    assertEquals("project 'p': it must touch at least one Comune", noComune.getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> new PortfolioProject("p", "a", "water", List.of(TORINO), -1, 0.5));
    assertThrows(IllegalArgumentException.class,
        () -> new PortfolioProject("p", "a", "water", List.of(TORINO), Double.POSITIVE_INFINITY, 0.5));
    assertThrows(IllegalArgumentException.class,
        () -> new PortfolioProject("p", "a", "water", List.of(TORINO), 1, Double.NaN));
    assertThrows(IllegalArgumentException.class,
        () -> new PortfolioProject("p", "a", " ", List.of(TORINO), 1, 0.5));
    assertEquals(List.of(), PortfolioMatrix.of(List.of()));
  }
}
