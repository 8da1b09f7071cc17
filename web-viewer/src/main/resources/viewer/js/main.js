// The viewer's entry point: reads the territory's catalog (as the signed-in user, if any, may see it), builds the
// map and the panels, wires the sign-in, the language switch, the tabs and the permalink, keeps the catalog live,
// and shows every error to the user.
import {getJson, showError} from './api.js';
import * as bus from './bus.js';
import * as i18n from './i18n.js';
import {STRINGS} from './strings.js';
import {createMap} from './map.js';
import * as layerTree from './layers.js';
import * as featureInfo from './featureinfo.js';
import * as search from './search.js';
import * as permalink from './permalink.js';
import * as signIn from './signin.js';
import * as live from './live.js';
import * as uploads from './uploads.js';

const PANELS = ['layers', 'projects', 'indicators', 'scenarios', 'proposals'];
/** The panels loaded on demand, each from its module. */
const MODULES = {projects: 'projects', indicators: 'indicators', scenarios: 'scenarios', proposals: 'participation'};

async function start() {
  i18n.addStrings(STRINGS);
  document.addEventListener('viewer-error', (e) => showError(e.detail, e.detail.context));
  window.addEventListener('unhandledrejection', (e) => showError(e.reason, i18n.t('unexpected')));
  const state = permalink.read();
  i18n.setLang(state.lang || ((navigator.language || 'it').startsWith('en') ? 'en' : 'it'));
  wireLanguage();
  signIn.init({i18n, bus});
  let catalog;
  try {
    catalog = await getJson('/api/layers');
  } catch (e) {
    showError(e, i18n.t('catalog_unavailable'));
    return;
  }
  document.getElementById('territory-title').textContent = `SmartLand Twin — ${catalog.territory.title}`;
  document.title = `SmartLand Twin — ${catalog.territory.title}`;
  const viewerMap = createMap('map', catalog);
  const ctx = {catalog, map: viewerMap, bus, i18n, state};
  // for the browser tests and for whoever opens the console: the viewer's parts, and when the map first drew
  window.smartland = ctx;
  viewerMap.map.once('rendercomplete', () => { window.smartlandFirstRender = performance.now(); });
  const comuni = catalog.layers.find((l) => l.id === 'comuni');
  if (state.center && state.zoom) {
    viewerMap.map.getView().setCenter(ol.proj.fromLonLat(state.center));
    viewerMap.map.getView().setZoom(state.zoom);
  } else if (comuni && comuni.extentWgs84) {
    viewerMap.zoomToExtent(comuni.extentWgs84.bbox);
  }
  layerTree.init(ctx);
  const handover = document.createElement('section');
  document.getElementById('panel-layers').append(handover);
  uploads.init(ctx, handover);
  live.init(ctx);
  featureInfo.init(ctx);
  search.init(ctx);
  wireTabs(ctx, state.tab || 'layers');
  for (const [name, module] of Object.entries(MODULES)) {
    import(`./${module}.js`).then((m) => m.init(ctx, document.getElementById(`panel-${name}`)))
      .catch((e) => showError(e, i18n.t('panel_failed', {panel: i18n.t(`tab_${name}`)})));
  }
  permalink.init(ctx);
  i18n.translate(document);
  bus.emit('ready', ctx);
}

function wireLanguage() {
  document.querySelectorAll('.lang button').forEach((b) => b.addEventListener('click', () => {
    i18n.setLang(b.dataset.lang);
    document.querySelectorAll('.lang button').forEach((x) => x.setAttribute('aria-pressed',
      String(x.dataset.lang === b.dataset.lang)));
    bus.emit('state-changed');
  }));
  document.querySelectorAll('.lang button').forEach((x) => x.setAttribute('aria-pressed',
    String(x.dataset.lang === i18n.lang())));
}

function wireTabs(ctx, first) {
  const tabs = [...document.querySelectorAll('#tabs [role="tab"]')];
  function select(name) {
    for (const p of PANELS) {
      document.getElementById(`tab-${p}`).setAttribute('aria-selected', String(p === name));
      document.getElementById(`tab-${p}`).tabIndex = p === name ? 0 : -1;
      document.getElementById(`panel-${p}`).hidden = p !== name;
    }
    ctx.state.tab = name;
    bus.emit('tab', name);
    bus.emit('state-changed');
  }
  tabs.forEach((tab, i) => {
    tab.addEventListener('click', () => select(tab.id.substring(4)));
    tab.addEventListener('keydown', (e) => {
      const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
      if (step) {
        const next = tabs[(i + step + tabs.length) % tabs.length];
        next.focus();
        select(next.id.substring(4));
      }
    });
  });
  bus.on('select-tab', select);
  select(PANELS.includes(first) ? first : 'layers');
}

start();
