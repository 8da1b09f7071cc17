package org.smartland.data.source;

import java.nio.file.Path;
import org.smartland.data.territory.ConfigNode;

/** Reads one source file format into {@link SourceFeature}s. */
public interface SourceReader {

  /**
   * Reads every feature of a file.
   *
   * @param file    the file
   * @param name    the file as the configuration names it, for messages
   * @param options the layer's {@code source} entry, from which the reader takes its own keys
   * @throws SourceException if the file is missing, broken, in an unknown CRS, or lacks what the options name
   */
  SourceData read(Path file, String name, ConfigNode options);
}
