// The map: base layers drawn from the territory's own data as vector tiles (Comuni, waterways, roads,
// buildings), thematic layers as WMS images, a highlight overlay and drawing tools. Everything in EPSG:3857.
// Images and tiles are fetched with the session (private layers need it) and shown through blob: URLs; a layer
// whose data changed is asked again (refresh), so that edits show without reloading the page.
/* global ol */
import {authorizedFetch, refusal} from './api.js';

const BASE = [
  {id: 'buildings', minZoom: 14, style: new ol.style.Style({
    fill: new ol.style.Fill({color: '#d9d4cc'}), stroke: new ol.style.Stroke({color: '#b8b2a7', width: 0.5})})},
  {id: 'waterways', style: new ol.style.Style({stroke: new ol.style.Stroke({color: '#6baed6', width: 1.5})})},
  {id: 'roads', style: new ol.style.Style({stroke: new ol.style.Stroke({color: '#bdbdbd', width: 1})})},
  {id: 'comuni', style: new ol.style.Style({stroke: new ol.style.Stroke({color: '#555', width: 1.2})})},
];

/**
 * An ImageWMS imageLoadFunction: the GetMap image fetched with the session. A refusal is reported with the server's
 * words on the source ('refusal'), unless the session ended with it (the viewer then shows it is signed out and
 * drops the layers it may no longer read).
 */
function loadImage(source) {
  return (image, src) => {
    const img = image.getImage();
    authorizedFetch(src).then(async (response) => {
      if (!response.ok) {
        const quiet = response.sessionEnded && [401, 403].includes(response.status);
        source.set('refusal', quiet ? null : (await refusal(response, src)).detail);
        img.dispatchEvent(new Event('error'));
        return;
      }
      const blob = await response.blob();
      if (!blob.type.startsWith('image/')) {
        // a WMS may answer an error with 200 and an XML exception report
        source.set('refusal', (await refusal(new Response(blob, {status: 400}), src)).detail);
        img.dispatchEvent(new Event('error'));
        return;
      }
      const url = URL.createObjectURL(blob);
      img.addEventListener('load', () => URL.revokeObjectURL(url), {once: true});
      img.addEventListener('error', () => URL.revokeObjectURL(url), {once: true});
      img.src = url;
    }).catch((e) => {
      source.set('refusal', e.message);
      img.dispatchEvent(new Event('error'));
    });
  };
}

/**
 * A VectorTile tileLoadFunction: the MVT tile fetched with the session (204 is an empty tile). After the layer
 * changed, tiles are revalidated with the server instead of taken from the browser's cache.
 */
function loadTile(source) {
  return (tile, url) => {
    tile.setLoader((extent, resolution, projection) => {
      authorizedFetch(url, {cache: source.get('revised') ? 'no-cache' : 'default'}).then(async (response) => {
        if (!response.ok) {
          response.body?.cancel();
          tile.setState(3); // ol/TileState.ERROR
          return;
        }
        const data = response.status === 204 ? new ArrayBuffer(0) : await response.arrayBuffer();
        tile.setFeatures(data.byteLength ? tile.getFormat().readFeatures(data, {extent, featureProjection: projection})
          : []);
      }).catch(() => tile.setState(3));
    });
  };
}

function withTileLoader(source) {
  source.setTileLoadFunction(loadTile(source));
  return source;
}

export function createMap(target, catalog) {
  const known = new Set(catalog.layers.map((l) => l.id));
  const base = BASE.filter((b) => known.has(b.id)).map((b) => new ol.layer.VectorTile({
    source: withTileLoader(new ol.source.VectorTile({
      format: new ol.format.MVT(),
      url: `/ogc/collections/${b.id}/tiles/WebMercatorQuad/{z}/{y}/{x}`,
      maxZoom: 16,
    })),
    style: b.style,
    minZoom: b.minZoom,
    declutter: false,
    properties: {base: b.id},
  }));
  const thematic = new ol.layer.Group({layers: []});
  const highlight = new ol.layer.Vector({
    source: new ol.source.Vector(),
    style: new ol.style.Style({
      stroke: new ol.style.Stroke({color: '#ff00ff', width: 3}),
      fill: new ol.style.Fill({color: 'rgba(255,0,255,0.15)'}),
      image: new ol.style.Circle({radius: 7, stroke: new ol.style.Stroke({color: '#ff00ff', width: 3})}),
    }),
  });
  const drawn = new ol.layer.Vector({source: new ol.source.Vector()});
  const map = new ol.Map({
    target,
    layers: [new ol.layer.Group({layers: base}), thematic, drawn, highlight],
    view: new ol.View({center: ol.proj.fromLonLat([9.1, 45.4]), zoom: 11, maxZoom: 19}),
    controls: ol.control.defaults.defaults().extend([
      new ol.control.ScaleLine(),
      new ol.control.MousePosition({
        coordinateFormat: (c) => `${c[1].toFixed(5)}°N ${c[0].toFixed(5)}°E`,
        projection: 'EPSG:4326',
      }),
    ]),
    keyboardEventTarget: target,
  });
  const wms = new Map();
  const listeners = [];

  function changed() {
    listeners.forEach((fn) => fn());
  }

  const api = {
    map,
    /** Shows a layer as WMS (adding it on top if new): opts {style, opacity, title}. */
    showWms(id, opts = {}) {
      let layer = wms.get(id);
      if (!layer) {
        const source = new ol.source.ImageWMS({
          url: '/wms',
          params: {LAYERS: id, STYLES: opts.style || '', FORMAT: 'image/png', TRANSPARENT: true, VERSION: '1.3.0'},
          ratio: 1.2,
        });
        source.setImageLoadFunction(loadImage(source));
        layer = new ol.layer.Image({
          source,
          opacity: opts.opacity ?? 0.85,
          properties: {wms: id, title: opts.title || id},
        });
        source.on('imageloaderror', () => {
          const refusal = source.get('refusal');
          if (refusal !== null) {
            document.dispatchEvent(new CustomEvent('viewer-error', {detail: {context: opts.title || id,
              message: `the map server did not draw this layer${refusal ? ': ' + refusal : ''}`}}));
          }
        });
        wms.set(id, layer);
        thematic.getLayers().push(layer);
      }
      if (opts.style !== undefined) {
        layer.getSource().updateParams({STYLES: opts.style});
      }
      if (opts.opacity !== undefined) {
        layer.setOpacity(opts.opacity);
      }
      layer.setVisible(true);
      changed();
      return layer;
    },
    hideWms(id) {
      const layer = wms.get(id);
      if (layer) {
        layer.setVisible(false);
        changed();
      }
    },
    removeWms(id) {
      const layer = wms.get(id);
      if (layer) {
        thematic.getLayers().remove(layer);
        wms.delete(id);
        changed();
      }
    },
    isVisible(id) {
      const layer = wms.get(id);
      return !!layer && layer.getVisible();
    },
    setOpacity(id, value) {
      const layer = wms.get(id);
      if (layer) {
        layer.setOpacity(value);
      }
    },
    style(id) {
      const layer = wms.get(id);
      return layer ? layer.getSource().getParams().STYLES : '';
    },
    /**
     * Draws a layer again because its data changed (revision: the layer's new revision number): a WMS layer is asked
     * for a new image, a base layer for new tiles.
     */
    refresh(id, revision) {
      const layer = wms.get(id);
      if (layer) {
        layer.getSource().updateParams({REVISION: revision ?? Date.now()});
      }
      const tiles = base.find((b) => b.get('base') === id);
      if (tiles) {
        tiles.getSource().set('revised', true);
        tiles.getSource().refresh();
      }
    },
    /** Asks every WMS layer for a new image (who is signed in changed; base layers are public). */
    refreshAll() {
      wms.forEach((layer) => layer.getSource().updateParams({SESSION: Date.now()}));
    },
    /** The ids of every WMS layer on the map, shown or not. */
    wmsIds() {
      return [...wms.keys()];
    },
    /** The ids of the visible WMS layers, bottom to top. */
    visibleWms() {
      return thematic.getLayers().getArray().filter((l) => l.getVisible()).map((l) => l.get('wms'));
    },
    wmsLayer(id) {
      return wms.get(id);
    },
    onLayersChanged(fn) {
      listeners.push(fn);
    },
    /** Zooms to [minLon, minLat, maxLon, maxLat]. */
    zoomToExtent(bbox) {
      const extent = ol.proj.transformExtent(bbox, 'EPSG:4326', 'EPSG:3857');
      map.getView().fit(extent, {padding: [30, 30, 30, 30], maxZoom: 17, duration: 300});
    },
    /** Highlights GeoJSON features (CRS84); none clears. */
    highlight(geojson) {
      highlight.getSource().clear();
      if (geojson) {
        highlight.getSource().addFeatures(new ol.format.GeoJSON().readFeatures(geojson, {
          dataProjection: 'EPSG:4326', featureProjection: 'EPSG:3857'}));
      }
    },
    /**
     * Lets the user draw a Point, LineString or Polygon; onEnd gets its GeoJSON geometry (CRS84). Returns a
     * function that stops drawing.
     */
    draw(type, onEnd) {
      const interaction = new ol.interaction.Draw({source: drawn.getSource(), type});
      interaction.on('drawend', (e) => {
        const geometry = new ol.format.GeoJSON().writeGeometryObject(e.feature.getGeometry(), {
          dataProjection: 'EPSG:4326', featureProjection: 'EPSG:3857', decimals: 6});
        onEnd(geometry);
      });
      map.addInteraction(interaction);
      return () => map.removeInteraction(interaction);
    },
    clearDrawings() {
      drawn.getSource().clear();
    },
  };
  return api;
}
