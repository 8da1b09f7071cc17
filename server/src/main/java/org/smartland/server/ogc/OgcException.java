package org.smartland.server.ogc;

/**
 * A request an OGC service refuses, with what the exception report needs: HTTP status, the OWS/WMS code
 * ({@code InvalidParameterValue}, {@code MissingParameterValue}, {@code LayerNotDefined}, {@code InvalidCRS},
 * …), the locator (the parameter at fault) and a message for the user. Each protocol renders it in its
 * own report format.
 */
public class OgcException extends RuntimeException {
  public static final String INVALID_PARAMETER_VALUE = "InvalidParameterValue";
  public static final String MISSING_PARAMETER_VALUE = "MissingParameterValue";
  public static final String OPERATION_NOT_SUPPORTED = "OperationNotSupported";
  public static final String INVALID_FORMAT = "InvalidFormat";
  public static final String INVALID_CRS = "InvalidCRS";
  public static final String LAYER_NOT_DEFINED = "LayerNotDefined";
  public static final String STYLE_NOT_DEFINED = "StyleNotDefined";
  public static final String LAYER_NOT_QUERYABLE = "LayerNotQueryable";
  public static final String INVALID_POINT = "InvalidPoint";
  public static final String INVALID_DIMENSION_VALUE = "InvalidDimensionValue";
  public static final String MISSING_DIMENSION_VALUE = "MissingDimensionValue";
  public static final String NO_APPLICABLE_CODE = "NoApplicableCode";
  public static final String VERSION_NEGOTIATION_FAILED = "VersionNegotiationFailed";

  private final int status;
  private final String code;
  private final String locator;

  public OgcException(int status, String code, String locator, String message) {
    super(message);
    this.status = status;
    this.code = code;
    this.locator = locator;
  }

  /** A 400 with the given code. */
  public static OgcException badRequest(String code, String locator, String message) {
    return new OgcException(400, code, locator, message);
  }

  public static OgcException missing(String parameter) {
    return badRequest(MISSING_PARAMETER_VALUE, parameter, "parameter " + parameter + " is required");
  }

  public static OgcException invalid(String parameter, String message) {
    return badRequest(INVALID_PARAMETER_VALUE, parameter, message);
  }

  public int status() {
    return status;
  }

  public String code() {
    return code;
  }

  /** The parameter at fault, or null. */
  public String locator() {
    return locator;
  }
}
