// Search: the Comuni by name (all loaded once) and streets by name (the roads layer, CQL2 LIKE through OGC API
// Features); choosing a result zooms to it and highlights it. Arrow keys move through the results, Enter picks.
/* global ol */
import {getJson, showError} from './api.js';

export function init(ctx) {
  const {map, i18n} = ctx;
  const input = document.getElementById('search-input');
  const list = document.getElementById('search-results');
  let comuni = [];
  let results = [];
  let active = -1;
  let pending = null;

  getJson('/ogc/collections/comuni/items?f=json&limit=500&properties=name,istat_code')
    .then((fc) => { comuni = fc.features; })
    .catch((e) => showError(e, i18n.t('search')));

  function bbox(feature) {
    const extent = new ol.format.GeoJSON().readGeometry(feature.geometry).getExtent();
    return extent;
  }

  async function find(text) {
    const q = text.trim().toLowerCase();
    if (q.length < 2) {
      return [];
    }
    const found = comuni.filter((c) => c.properties.name.toLowerCase().includes(q)).slice(0, 8)
      .map((c) => ({label: c.properties.name, kind: i18n.t('comune'), feature: c}));
    if (ctx.catalog.layers.some((l) => l.id === 'roads' && l.attributes.some((a) => a.name === 'name'))) {
      const like = q.replace(/'/g, "''").replace(/[%_]/g, '');
      const fc = await getJson(`/ogc/collections/roads/items?f=json&limit=30&filter=${encodeURIComponent(
        `CASEI(name) LIKE CASEI('%${like}%')`)}`);
      const seen = new Set();
      for (const f of fc.features) {
        const name = f.properties.name;
        if (name && !seen.has(name) && found.length < 15) {
          seen.add(name);
          found.push({label: name, kind: i18n.t('street'), feature: f});
        }
      }
    }
    return found;
  }

  function render() {
    list.replaceChildren();
    results.forEach((r, i) => {
      const li = document.createElement('li');
      li.setAttribute('role', 'option');
      li.id = `search-result-${i}`;
      li.setAttribute('aria-selected', String(i === active));
      li.textContent = `${r.label} — ${r.kind}`;
      li.addEventListener('mousedown', (e) => {
        e.preventDefault();
        pick(r);
      });
      list.append(li);
    });
    list.hidden = results.length === 0;
  }

  function pick(r) {
    map.zoomToExtent(bbox(r.feature));
    map.highlight({type: 'FeatureCollection', features: [r.feature]});
    list.hidden = true;
    input.value = r.label;
  }

  input.addEventListener('input', () => {
    clearTimeout(pending);
    pending = setTimeout(async () => {
      try {
        results = await find(input.value);
        active = -1;
        render();
      } catch (e) {
        showError(e, i18n.t('search'));
      }
    }, 200);
  });
  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      active = (active + (e.key === 'ArrowDown' ? 1 : -1) + results.length) % Math.max(1, results.length);
      render();
    } else if (e.key === 'Enter') {
      e.preventDefault();
      if (results.length) {
        pick(results[Math.max(0, active)]);
      }
    } else if (e.key === 'Escape') {
      list.hidden = true;
    }
  });
  document.getElementById('search').addEventListener('submit', (e) => e.preventDefault());
}
