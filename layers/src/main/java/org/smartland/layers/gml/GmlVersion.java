package org.smartland.layers.gml;

/** The GML versions WFS clients ask for, with the namespace each binds {@code gml:} to. */
public enum GmlVersion {
  /** GML 3.2.1, the WFS 2.0 default: every geometry element needs a {@code gml:id}. */
  GML_3_2("http://www.opengis.net/gml/3.2"),
  /** GML 3.1.1, WFS 1.1 and older clients: {@code gml:id} is optional. */
  GML_3_1_1("http://www.opengis.net/gml");

  private final String namespace;

  GmlVersion(String namespace) {
    this.namespace = namespace;
  }

  public String namespace() {
    return namespace;
  }

  /** Whether every geometry element must carry a {@code gml:id}. */
  public boolean requiresIds() {
    return this == GML_3_2;
  }
}
