package org.smartland.server.wms;

import java.io.IOException;
import java.net.URL;
import java.util.Collections;
import java.util.Enumeration;
import javax.imageio.ImageIO;

/**
 * Initialises Java ImageIO with the JDK's own PNG and JPEG plugins only.
 *
 * <p>The GeoTools jar on our classpath registers JAI ImageIO plugins whose "CLib" providers cannot be
 * instantiated outside their original jars ({@code vendorName == null}); ImageIO's registry, built on first
 * use, then fails as a whole. The registry scans the context class loader once, so we build it while the
 * context class loader hides the {@code javax.imageio.spi} service files. Call before any use of ImageIO.
 */
public final class ImageIoPlugins {
  private static final String SERVICES = "META-INF/services/javax.imageio.spi.";
  private static volatile boolean done;

  private ImageIoPlugins() {
  }

  public static synchronized void useJdkPluginsOnly() {
    if (done) {
      return;
    }
    Thread t = Thread.currentThread();
    ClassLoader original = t.getContextClassLoader();
    t.setContextClassLoader(new ClassLoader(original) {
      @Override
      public Enumeration<URL> getResources(String name) throws IOException {
        return name.startsWith(SERVICES) ? Collections.emptyEnumeration() : super.getResources(name);
      }
    });
    try {
      ImageIO.setUseCache(false);
      if (!ImageIO.getImageWritersByFormatName("png").hasNext() || !ImageIO.getImageWritersByFormatName("jpeg").hasNext()) {
        throw new IllegalStateException("the JDK's PNG or JPEG ImageIO writer is missing");
      }
    } finally {
      t.setContextClassLoader(original);
    }
    done = true;
  }
}
