// The map of a vector tileset (TileMapPage): settings come from #map's data- attributes and the layer list;
// each source layer gets its colour; a click lists the feature's properties, written as text only.
(function () {
  'use strict';
  const mapEl = document.getElementById('map');
  const fillOpacity = Number(mapEl.dataset.fillOpacity);
  const colours = {};
  document.querySelectorAll('#tile-layers li[data-layer]').forEach(function (li) {
    colours[li.dataset.layer] = li.dataset.colour;
  });

  function rgba(hex, alpha) {
    const n = parseInt(hex.slice(1), 16);
    return 'rgba(' + (n >> 16) + ',' + ((n >> 8) & 255) + ',' + (n & 255) + ',' + alpha + ')';
  }

  const styles = {};
  function styleOf(feature) {
    const layer = feature.get('layer');
    if (!styles[layer]) {
      const colour = colours[layer] || '#555555';
      styles[layer] = new ol.style.Style({
        fill: new ol.style.Fill({color: rgba(colour, fillOpacity)}),
        stroke: new ol.style.Stroke({color: colour, width: 1.5}),
        image: new ol.style.Circle({
          radius: 5,
          fill: new ol.style.Fill({color: colour}),
          stroke: new ol.style.Stroke({color: '#ffffff', width: 1})
        })
      });
    }
    return styles[layer];
  }

  const source = new ol.source.VectorTile({
    format: new ol.format.MVT(),
    url: mapEl.dataset.tiles,
    tileSize: 256,
    maxZoom: Number(mapEl.dataset.maxZoom)
  });
  source.on('tileloaderror', function () {
    window.__errors.push('a tile failed to load');
  });
  const map = new ol.Map({
    target: mapEl,
    layers: [new ol.layer.VectorTile({source: source, style: styleOf})],
    view: new ol.View({center: [0, 0], zoom: 1})
  });
  // the view: #zoom/lon/lat in the address if given (a link to a place), else the whole tileset — but never
  // above the zoom from which its first layer appears, or the map would stay empty
  const place = /^#(\d+(?:\.\d+)?)\/(-?\d+(?:\.\d+)?)\/(-?\d+(?:\.\d+)?)$/.exec(window.location.hash);
  if (place) {
    map.getView().setCenter(ol.proj.fromLonLat([Number(place[2]), Number(place[3])]));
    map.getView().setZoom(Number(place[1]));
  } else if (mapEl.dataset.bounds) {
    const lonLat = mapEl.dataset.bounds.split(',').map(Number);
    map.getView().fit(ol.proj.transformExtent(lonLat, 'EPSG:4326', 'EPSG:3857'),
      {padding: [30, 30, 30, 30], maxZoom: 17});
    const minZoom = Number(mapEl.dataset.minZoom);
    if (map.getView().getZoom() < minZoom) {
      map.getView().setZoom(minZoom);
    }
  }
  map.on('rendercomplete', function () {
    mapEl.dataset.rendered = 'true';
  });

  const zoomEl = document.getElementById('zoom');
  function showZoom() {
    zoomEl.textContent = (Math.round(map.getView().getZoom() * 10) / 10).toString();
  }
  map.getView().on('change:resolution', showZoom);
  showZoom();

  const panel = document.getElementById('feature');
  function showProperties(feature) {
    panel.replaceChildren();
    if (!feature) {
      panel.textContent = 'No feature here.';
      return;
    }
    const properties = feature.getProperties();
    const heading = document.createElement('h3');
    heading.textContent = properties.layer;
    const table = document.createElement('table');
    Object.keys(properties).forEach(function (name) {
      if (name === 'layer' || name === 'geometry') {
        return;
      }
      const row = table.insertRow();
      const th = document.createElement('th');
      th.textContent = name;
      row.appendChild(th);
      row.insertCell().textContent = String(properties[name]);
    });
    panel.append(heading, table);
  }
  map.on('singleclick', function (event) {
    showProperties(map.getFeaturesAtPixel(event.pixel, {hitTolerance: 3})[0]);
  });

  window.tileMap = map;
})();
