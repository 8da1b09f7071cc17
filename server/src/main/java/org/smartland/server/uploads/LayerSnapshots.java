package org.smartland.server.uploads;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;
import org.locationtech.jts.io.WKBWriter;
import org.smartland.layers.catalog.LayerDefinition;
import org.smartland.layers.query.FeatureQuery;
import org.smartland.layers.store.Feature;
import org.smartland.layers.store.FeatureStore;
import org.smartland.layers.store.sql.ValueCoercion;
import org.smartland.server.edit.FeatureEtags;

/**
 * A layer's whole content on disk, to restore it later: gzipped JSON lines, a header line then one line per feature
 * with its id, its geometry as base64 WKB (native CRS) and its values (dates and times as ISO text, typed again by the
 * layer's attributes when read back). Written to a temporary file and moved into place, so a snapshot is whole or
 * absent. The same pass computes the layer's fingerprint: a SHA-256 over every feature's entity tag
 * ({@link FeatureEtags}) in id order.
 */
final class LayerSnapshots {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int PAGE = FeatureQuery.MAX_LIMIT;

  /** How many features a layer held, and its fingerprint. */
  record Content(long features, String fingerprint) {
  }

  private LayerSnapshots() {
  }

  /** The layer's count and fingerprint, without writing anything. */
  static Content fingerprint(FeatureStore store) {
    return scan(store, f -> {
    });
  }

  /** Writes the layer's content to {@code file}; returns its count and fingerprint. */
  static Content write(FeatureStore store, Path file) {
    Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(tmp));
         JsonGenerator g = JSON.getFactory().createGenerator(out).setRootValueSeparator(new SerializedString("\n"))) {
      g.writeStartObject();
      g.writeStringField("layer", store.schema().name());
      g.writeNumberField("format", 1);
      g.writeEndObject();
      WKBWriter wkb = new WKBWriter(2);
      Content c = scan(store, f -> {
        try {
          g.writeStartObject();
          g.writeStringField("id", f.id().orElseThrow());
          g.writeStringField("geometry", f.geometry().map(x -> Base64.getEncoder().encodeToString(wkb.write(x))).orElse(null));
          g.writeObjectFieldStart("properties");
          for (Map.Entry<String, Object> e : f.properties().entrySet()) {
            Object v = e.getValue();
            g.writeFieldName(e.getKey());
            if (v == null) {
              g.writeNull();
            } else if (v instanceof Long || v instanceof Double || v instanceof Boolean || v instanceof String) {
              g.writeObject(v);
            } else {
              g.writeString(v.toString());
            }
          }
          g.writeEndObject();
          g.writeEndObject();
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
      g.close();
      out.close();
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      return c;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the snapshot " + file, e);
    } finally {
      try {
        Files.deleteIfExists(tmp);
      } catch (IOException e) {
        tmp.toFile().deleteOnExit();
      }
    }
  }

  /**
   * The features of a snapshot, with their ids, values typed by the layer's attributes (values of attributes the layer
   * no longer has are dropped).
   *
   * @throws UncheckedIOException when the snapshot is missing or damaged
   */
  static List<Feature> read(Path file, LayerDefinition layer) {
    List<Feature> out = new ArrayList<>();
    WKBReader wkb = new WKBReader();
    try (BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(file)),
        StandardCharsets.UTF_8))) {
      String header = in.readLine();
      if (header == null || !JSON.readTree(header).path("layer").asText().equals(layer.id())) {
        throw new IOException("it is not a snapshot of layer '" + layer.id() + "'");
      }
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        JsonNode n = JSON.readTree(line);
        Geometry g = n.hasNonNull("geometry") ? wkb.read(Base64.getDecoder().decode(n.get("geometry").asText())) : null;
        if (g != null) {
          g.setSRID(layer.nativeSrid());
        }
        Map<String, Object> props = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = n.path("properties").fields(); it.hasNext(); ) {
          Map.Entry<String, JsonNode> e = it.next();
          var a = layer.attribute(e.getKey());
          if (a.isPresent()) {
            JsonNode v = e.getValue();
            props.put(e.getKey(), v.isNull() ? null : ValueCoercion.to(a.get().type(),
                v.isNumber() ? (Object) v.numberValue() : v.isBoolean() ? (Object) v.asBoolean() : v.asText()));
          }
        }
        out.add(new Feature(Optional.of(n.path("id").asText()), Optional.ofNullable(g), props));
      }
    } catch (IOException | ParseException | IllegalArgumentException e) {
      throw new UncheckedIOException("the snapshot " + file.getFileName() + " cannot be read: " + e.getMessage(),
          e instanceof IOException io ? io : new IOException(e));
    }
    return out;
  }

  private static Content scan(FeatureStore store, Consumer<Feature> each) {
    MessageDigest sha;
    try {
      sha = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    long n = 0;
    for (long offset = 0; ; offset += PAGE) {
      long before = n;
      try (Stream<Feature> s = store.query(FeatureQuery.all().withPage(offset, PAGE))) {
        for (Iterator<Feature> it = s.iterator(); it.hasNext(); ) {
          Feature f = it.next();
          sha.update(FeatureEtags.of(f).getBytes(StandardCharsets.UTF_8));
          sha.update((byte) '\n');
          each.accept(f);
          n++;
        }
      }
      if (n - before < PAGE) {
        return new Content(n, HexFormat.of().formatHex(sha.digest()));
      }
    }
  }
}
