package org.smartland.server.uploads;

import java.util.Optional;
import org.smartland.server.security.Principal;

/**
 * An upload as asked for, before its body is read.
 *
 * @param declared the format its Content-Type names (empty for octet-stream and multipart bodies: told by the bytes)
 * @param filename the client's name for the file ({@code filename=}), metadata only
 * @param note     the uploader's note ({@code note=})
 * @param table    which feature table or shapefile to read when the file holds several ({@code table=})
 * @param crs      the EPSG code of the file's coordinates when the file does not say it ({@code crs=})
 */
record UploadRequest(Principal who, String ip, String layer, Optional<UploadFormat> declared, Optional<String> filename,
                     Optional<String> note, Optional<String> table, Optional<Integer> crs) {
}
