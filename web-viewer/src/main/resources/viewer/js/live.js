// Keeps the viewer true to the server without reloading the page: the layer catalog (/api/layers, as the caller
// may see it) is asked again every few seconds while the page is visible, when it gets the focus back, after the
// user signs in or out, and when a panel says that layers were published or withdrawn. Each layer's revision grows
// with every write to it (an edit in QGIS through WFS-T, an upload, an approved proposal): the layers whose revision
// changed are drawn again. Layers that appear or go (private layers on signing in or out, scenario results) change
// the layer tree, and those gone leave the map. Listeners get bus 'catalog' {catalog, added, gone, revised}.
import {getJson, showError} from './api.js';
import * as session from './session.js';

const POLL_MS = 5000;

export function init(ctx) {
  const {map, bus, i18n} = ctx;
  let revisions = revisionsOf(ctx.catalog);
  let running = null;
  let queued = null;
  let failing = false;

  async function reload() {
    let next;
    try {
      next = await getJson('/api/layers');
    } catch (e) {
      if (!failing) {
        showError(e, i18n.t('catalog_unavailable'));
      }
      failing = true;
      return;
    }
    failing = false;
    const before = revisions;
    revisions = revisionsOf(next);
    ctx.catalog = next;
    const added = [...revisions.keys()].filter((id) => !before.has(id));
    const gone = [...before.keys()].filter((id) => !revisions.has(id));
    const revised = [...revisions.keys()].filter((id) => before.has(id) && before.get(id) !== revisions.get(id));
    // only layers that were listed and are gone leave the map: one shown since the request went out stays
    gone.filter((id) => map.wmsIds().includes(id)).forEach((id) => map.removeWms(id));
    revised.forEach((id) => map.refresh(id, revisions.get(id)));
    bus.emit('catalog', {catalog: next, added, gone, revised});
  }

  /** Asks for the catalog now (once more after the request under way, if any); resolves when done. */
  function check() {
    if (running) {
      queued = queued || running.then(() => {
        queued = null;
        return check();
      });
      return queued;
    }
    running = reload().finally(() => {
      running = null;
    });
    return running;
  }

  setInterval(() => {
    if (document.visibilityState === 'visible') {
      check();
    }
  }, POLL_MS);
  window.addEventListener('focus', () => check());
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') {
      check();
    }
  });
  session.onChange(() => check().then(() => map.refreshAll()));
  bus.on('catalog-changed', () => check());
  ctx.live = {check};
}

function revisionsOf(catalog) {
  return new Map(catalog.layers.map((l) => [l.id, l.revision ?? 0]));
}
