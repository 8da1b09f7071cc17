// Feature info: a click on the map asks the WMS for the features of every visible layer there
// (GetFeatureInfo, GeoJSON) and shows them in the side panel, grouped by layer, with the attributes' titles;
// the features are highlighted on the map.
/* global ol */
import {getJson, showError} from './api.js';

export function init(ctx) {
  const {map, i18n} = ctx;
  const panel = document.getElementById('info');
  const content = document.getElementById('info-content');
  panel.querySelector('.close').addEventListener('click', () => {
    panel.hidden = true;
    map.highlight(null);
  });
  map.map.on('singleclick', async (e) => {
    if (ctx.drawing) {
      return;
    }
    const layers = map.visibleWms();
    if (!layers.length) {
      return;
    }
    const source = new ol.source.ImageWMS({url: '/wms', params: {LAYERS: layers.join(','), VERSION: '1.3.0'}});
    const url = source.getFeatureInfoUrl(e.coordinate, map.map.getView().getResolution(), 'EPSG:3857', {
      INFO_FORMAT: 'application/json', QUERY_LAYERS: layers.join(','), FEATURE_COUNT: 10});
    try {
      show(await getJson(url));
    } catch (err) {
      showError(err, i18n.t('feature_info'));
    }
  });

  function titleOf(layerId) {
    return ctx.catalog.layers.find((l) => l.id === layerId)?.title || layerId;
  }

  function show(collection) {
    content.replaceChildren();
    panel.hidden = false;
    if (!collection.features.length) {
      const p = document.createElement('p');
      p.textContent = i18n.t('nothing_here');
      content.append(p);
      map.highlight(null);
      return;
    }
    const byLayer = new Map();
    for (const f of collection.features) {
      const layer = f.layer || String(f.id).split('.')[0];
      if (!byLayer.has(layer)) {
        byLayer.set(layer, []);
      }
      byLayer.get(layer).push(f);
    }
    for (const [layer, features] of byLayer) {
      const h = document.createElement('h3');
      h.textContent = titleOf(layer);
      content.append(h);
      const attrs = ctx.catalog.layers.find((l) => l.id === layer)?.attributes || [];
      for (const f of features) {
        const table = document.createElement('table');
        for (const [name, value] of Object.entries(f.properties || {})) {
          if (value === null || value === '') {
            continue;
          }
          const tr = document.createElement('tr');
          const th = document.createElement('th');
          th.textContent = attrs.find((a) => a.name === name)?.title || name;
          const td = document.createElement('td');
          td.textContent = typeof value === 'number' ? i18n.num(value, 2) : String(value);
          tr.append(th, td);
          table.append(tr);
        }
        content.append(table);
      }
    }
    map.highlight(collection);
    panel.querySelector('.close').focus();
  }
  ctx.showFeatureInfo = show;
}
