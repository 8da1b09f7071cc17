package org.smartland.server.ogcapi;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import java.util.List;
import java.util.Locale;

/** JSON or HTML, chosen by {@code f=} or else by the Accept header (browsers ask for HTML first). */
enum ApiFormat {
  JSON, HTML;

  static ApiFormat of(Context ctx, List<String> jsonNames) {
    String f = ctx.queryParam("f");
    if (f != null) {
      String v = f.toLowerCase(Locale.ROOT);
      if (v.equals("html")) {
        return HTML;
      }
      if (jsonNames.contains(v)) {
        return JSON;
      }
      throw new BadRequestResponse("parameter f: '" + ApiCrs.abbreviate(f) + "' is not a format of this resource; use "
          + String.join(", ", jsonNames) + " or html");
    }
    String accept = ctx.header("Accept");
    if (accept != null) {
      int html = accept.indexOf("text/html");
      int json = Math.max(accept.indexOf("json"), -1);
      if (html >= 0 && (json < 0 || html < json)) {
        return HTML;
      }
    }
    return JSON;
  }
}
