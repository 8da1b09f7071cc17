// The map: base layers drawn from the territory's own data as vector tiles (Comuni, waterways, roads,
// buildings), thematic layers as WMS images, a highlight overlay and drawing tools. Everything in EPSG:3857.
/* global ol */

const BASE = [
  {id: 'buildings', minZoom: 14, style: new ol.style.Style({
    fill: new ol.style.Fill({color: '#d9d4cc'}), stroke: new ol.style.Stroke({color: '#b8b2a7', width: 0.5})})},
  {id: 'waterways', style: new ol.style.Style({stroke: new ol.style.Stroke({color: '#6baed6', width: 1.5})})},
  {id: 'roads', style: new ol.style.Style({stroke: new ol.style.Stroke({color: '#bdbdbd', width: 1})})},
  {id: 'comuni', style: new ol.style.Style({stroke: new ol.style.Stroke({color: '#555', width: 1.2})})},
];

export function createMap(target, catalog) {
  const known = new Set(catalog.layers.map((l) => l.id));
  const base = BASE.filter((b) => known.has(b.id)).map((b) => new ol.layer.VectorTile({
    source: new ol.source.VectorTile({
      format: new ol.format.MVT(),
      url: `/ogc/collections/${b.id}/tiles/WebMercatorQuad/{z}/{y}/{x}`,
      maxZoom: 16,
    }),
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
        layer = new ol.layer.Image({
          source: new ol.source.ImageWMS({
            url: '/wms',
            params: {LAYERS: id, STYLES: opts.style || '', FORMAT: 'image/png', TRANSPARENT: true, VERSION: '1.3.0'},
            ratio: 1.2,
          }),
          opacity: opts.opacity ?? 0.85,
          properties: {wms: id, title: opts.title || id},
        });
        layer.getSource().on('imageloaderror', () => {
          document.dispatchEvent(new CustomEvent('viewer-error', {detail: {context: opts.title || id,
            message: 'the map server did not draw this layer'}}));
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
    /** Filters a WMS layer's features (our WMS reads CQL_FILTER? no: redraws with the style); refreshes it. */
    refresh(id) {
      const layer = wms.get(id);
      if (layer) {
        layer.getSource().updateParams({_: Date.now()});
      }
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
