/**
 * Styles: a small immutable model of OGC Symbology Encoding ({@link org.smartland.layers.style.Style},
 * {@link org.smartland.layers.style.Rule} and the four {@link org.smartland.layers.style.Symbolizer}s), the
 * {@link org.smartland.layers.style.SldParser} that reads SLD 1.0 and SE 1.1 files into it with StAX (DTDs and
 * external entities off, unsupported drawing instructions reported with file and line), the
 * {@link org.smartland.layers.style.StyleLibrary} loaded once at startup, the in-memory
 * {@link org.smartland.layers.style.FilterEvaluator} for rule filters, the properties a style reads
 * ({@link org.smartland.layers.style.StyleCheck}) and the OGC {@link org.smartland.layers.style.ScaleDenominator}.
 */
package org.smartland.layers.style;
