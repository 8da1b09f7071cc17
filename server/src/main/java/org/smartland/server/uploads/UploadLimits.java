package org.smartland.server.uploads;

import org.smartland.server.security.SecuritySettings;

/**
 * The caps that keep a hostile or mistaken upload from exhausting the server. Each is checked while reading, so that
 * reading stops as soon as one is passed.
 *
 * @param maxBytes      the largest body, and the most a zip may unpack to in total
 * @param maxFeatures   the most features one file may hold
 * @param maxVertices   the most vertices all the features of one file may have together
 * @param maxZipEntries the most entries a zip may list
 * @param maxZipRatio   the most a zip may unpack to, as a multiple of its own size (beyond a floor of
 *                      {@link #ZIP_RATIO_FLOOR} bytes, so that small, well-compressed files pass)
 * @param concurrent    how many uploads are read at the same time (more wait, then get a 503)
 */
public record UploadLimits(long maxBytes, int maxFeatures, long maxVertices, int maxZipEntries, int maxZipRatio,
                           int concurrent) {
  /** Unpacked bytes any zip may reach whatever its ratio. */
  public static final long ZIP_RATIO_FLOOR = 4L << 20;

  public UploadLimits {
    if (maxBytes < 1 || maxFeatures < 1 || maxVertices < 1 || maxZipEntries < 1 || maxZipRatio < 1 || concurrent < 1) {
      throw new IllegalArgumentException("upload limits must be positive");
    }
  }

  /** 100,000 features, 5 million vertices, 64 zip entries, ratio 100, two uploads read at once. */
  public static UploadLimits of(SecuritySettings settings) {
    return new UploadLimits(settings.maxUploadBytes(), 100_000, 5_000_000, 64, 100, 2);
  }

  /** The most a zip of {@code zipBytes} bytes may unpack to. */
  public long maxUnpacked(long zipBytes) {
    return Math.min(maxBytes, Math.max(ZIP_RATIO_FLOOR, zipBytes * maxZipRatio));
  }
}
