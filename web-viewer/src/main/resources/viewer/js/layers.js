// The layer tree: the territory's layers grouped by corridor (with the corridor's colour), each with a checkbox,
// its opacity, its legend (WMS GetLegendGraphic) and its provenance on request. Base layers (outside corridors)
// come last. The tree follows the live catalog (live.js): layers that appear or go (private layers on signing in
// or out, scenario results) rebuild it, and edited layers get their new feature count.
import {loadImage, showError} from './api.js';

const DEFAULT_ON = ['flood_hazard', 'schools'];

export function init(ctx) {
  const panel = document.getElementById('panel-layers');
  const {i18n, map} = ctx;
  let catalog = ctx.catalog;
  // the tree has its own container: other parts of the panel (uploads.js) are not rebuilt with it
  const tree = document.createElement('div');
  tree.className = 'layer-tree';
  panel.prepend(tree);

  function render() {
    const focused = panel.contains(document.activeElement) ? document.activeElement.id : '';
    build();
    if (focused && document.getElementById(focused)) {
      document.getElementById(focused).focus();
    }
  }

  function build() {
    tree.replaceChildren();
    const intro = document.createElement('p');
    intro.className = 'small';
    intro.textContent = i18n.t('layers_intro');
    tree.append(intro);
    const groups = new Map();
    for (const c of catalog.corridors) {
      groups.set(c.id, {corridor: c, layers: []});
    }
    groups.set('', {corridor: null, layers: []});
    for (const l of catalog.layers) {
      const key = l.corridor ? l.corridor.id : '';
      (groups.get(key) || groups.get('')).layers.push(l);
    }
    for (const {corridor, layers} of groups.values()) {
      if (!layers.length) {
        continue;
      }
      const section = document.createElement('section');
      section.className = 'corridor';
      if (corridor) {
        section.style.setProperty('--corridor', corridor.colour);
      }
      const h = document.createElement('h3');
      h.textContent = corridor ? i18n.localName(corridor) : i18n.t('base_layers');
      section.append(h);
      layers.forEach((l) => section.append(row(l)));
      tree.append(section);
    }
  }

  function row(l) {
    const div = document.createElement('div');
    div.className = 'layer';
    div.dataset.layer = l.id;
    const box = document.createElement('input');
    box.type = 'checkbox';
    box.id = `layer-${l.id}`;
    box.checked = map.isVisible(l.id);
    const label = document.createElement('label');
    label.htmlFor = box.id;
    label.textContent = l.title;
    label.title = l.abstract || '';
    const count = document.createElement('span');
    count.className = 'small count';
    count.textContent = i18n.num(l.featureCount, 0);
    if (l.access && l.access.read === 'private') {
      const badge = document.createElement('span');
      badge.className = 'private';
      badge.textContent = i18n.t('layer_private');
      badge.title = i18n.t('layer_private_title');
      label.append(' ', badge);
    }
    const tools = document.createElement('div');
    tools.className = 'tools';
    tools.hidden = !box.checked;
    const opacity = document.createElement('input');
    opacity.type = 'range';
    opacity.min = '0';
    opacity.max = '1';
    opacity.step = '0.05';
    opacity.value = String(map.wmsLayer(l.id)?.getOpacity() ?? 0.85);
    opacity.setAttribute('aria-label', i18n.t('opacity_of', {layer: l.title}));
    opacity.addEventListener('input', () => map.setOpacity(l.id, Number(opacity.value)));
    const provenanceButton = document.createElement('button');
    provenanceButton.type = 'button';
    provenanceButton.textContent = i18n.t('provenance');
    const provenance = document.createElement('div');
    provenance.className = 'provenance';
    provenance.hidden = true;
    provenance.textContent = `${i18n.t('provenance_' + (l.provenance?.kind || 'derived'))}: ${l.provenance?.summary || ''}`;
    provenanceButton.setAttribute('aria-expanded', 'false');
    provenanceButton.addEventListener('click', () => {
      provenance.hidden = !provenance.hidden;
      provenanceButton.setAttribute('aria-expanded', String(!provenance.hidden));
    });
    const legend = document.createElement('div');
    legend.className = 'legend';
    tools.append(i18n.t('opacity'), opacity, provenanceButton);
    box.addEventListener('change', () => {
      if (box.checked) {
        map.showWms(l.id, {title: l.title});
      } else {
        map.hideWms(l.id);
      }
      tools.hidden = !box.checked;
      showLegend();
    });
    function showLegend() {
      legend.replaceChildren();
      if (box.checked) {
        const img = document.createElement('img');
        img.alt = i18n.t('legend_of', {layer: l.title});
        // fetched with the session: private layers' legends need it
        loadImage(img, `/wms?SERVICE=WMS&VERSION=1.3.0&REQUEST=GetLegendGraphic&FORMAT=image/png`
          + `&LAYER=${encodeURIComponent(l.id)}&STYLE=${encodeURIComponent(map.style(l.id) || '')}`)
          .catch((e) => showError(e, i18n.t('legend_failed', {layer: l.title})));
        legend.append(img);
      }
    }
    showLegend();
    div.append(box, label, count, tools, provenance, legend);
    legend.style.gridColumn = '2 / span 2';
    return div;
  }

  const wanted = ctx.state.layers || DEFAULT_ON.map((id) => ({id, style: ''}));
  for (const {id, style} of wanted) {
    const l = catalog.layers.find((x) => x.id === id);
    if (l) {
      map.showWms(id, {title: l.title, style});
    }
  }
  render();
  i18n.onLangChange(render);
  map.onLayersChanged(() => {
    // keep the checkboxes true to the map when panels show or hide layers
    panel.querySelectorAll('.layer').forEach((div) => {
      const box = div.querySelector('input[type=checkbox]');
      const visible = map.isVisible(div.dataset.layer);
      if (box.checked !== visible) {
        box.checked = visible;
        div.querySelector('.tools').hidden = !visible;
      }
    });
  });
  ctx.bus.on('catalog', ({catalog: next, added, gone, revised}) => {
    catalog = next;
    if (added.length || gone.length) {
      render();
      return;
    }
    for (const id of revised) {
      const l = catalog.layers.find((x) => x.id === id);
      const count = panel.querySelector(`.layer[data-layer="${CSS.escape(id)}"] .count`);
      if (l && count) {
        count.textContent = i18n.num(l.featureCount, 0);
      }
    }
  });
}
