package org.smartland.layers.render;

import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import org.smartland.layers.style.Mark;

/**
 * The shapes of the well-known marks, centred on the origin: a unit shape (height 1) scaled to the mark
 * size and rotated (degrees, clockwise on screen) once per symbolizer.
 */
final class Marks {
  private Marks() {
  }

  /** The mark's outline, {@code size} pixels high, centred on (0, 0). */
  static Shape shape(Mark mark, double size, double rotationDegrees) {
    AffineTransform t = AffineTransform.getRotateInstance(Math.toRadians(rotationDegrees));
    t.scale(size, size);
    return t.createTransformedShape(unit(mark));
  }

  private static Shape unit(Mark mark) {
    return switch (mark) {
      case CIRCLE -> new Ellipse2D.Double(-0.5, -0.5, 1, 1);
      case SQUARE -> new Rectangle2D.Double(-0.5, -0.5, 1, 1);
      case TRIANGLE -> polygon(0, -0.5, 0.5, 0.5, -0.5, 0.5);
      case STAR -> star();
      case CROSS -> cross(0);
      case X -> cross(45);
    };
  }

  private static Shape star() {
    double[] xy = new double[20];
    for (int i = 0; i < 10; i++) {
      double r = i % 2 == 0 ? 0.5 : 0.2;
      double a = Math.toRadians(-90 + 36 * i);
      xy[2 * i] = r * Math.cos(a);
      xy[2 * i + 1] = r * Math.sin(a);
    }
    return polygon(xy);
  }

  /** A plus sign with arms a fifth of the size wide, rotated by the given degrees. */
  private static Shape cross(double degrees) {
    double a = 0.1;
    Shape plus = polygon(-a, -0.5, a, -0.5, a, -a, 0.5, -a, 0.5, a, a, a, a, 0.5, -a, 0.5, -a, a, -0.5, a, -0.5, -a,
        -a, -a);
    return AffineTransform.getRotateInstance(Math.toRadians(degrees)).createTransformedShape(plus);
  }

  private static Shape polygon(double... xy) {
    Path2D.Double p = new Path2D.Double();
    p.moveTo(xy[0], xy[1]);
    for (int i = 2; i < xy.length; i += 2) {
      p.lineTo(xy[i], xy[i + 1]);
    }
    p.closePath();
    return p;
  }
}
