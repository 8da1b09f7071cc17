package org.smartland.server.wms;

import org.smartland.layers.style.Style;

/** The pixel size of a style's legend graphic, for the LegendURL of the capabilities. */
interface LegendSizes {
  int[] size(WmsLayer layer, Style style);
}
