// The permalink: the URL's hash holds the view (centre, zoom), the visible layers with their styles, the open
// panel, the language and the indicator shown (i=<indicator id>), so that a copied URL opens the same view.
/* global ol */

export function read() {
  const p = new URLSearchParams(location.hash.substring(1));
  const state = {};
  if (p.get('c')) {
    const [lon, lat] = p.get('c').split(',').map(Number);
    if (Number.isFinite(lon) && Number.isFinite(lat)) {
      state.center = [lon, lat];
    }
  }
  if (p.get('z') && Number.isFinite(Number(p.get('z')))) {
    state.zoom = Number(p.get('z'));
  }
  state.layers = p.get('l') ? p.get('l').split(',').filter(Boolean).map((s) => {
    const [id, style] = s.split(':');
    return {id, style: style || ''};
  }) : null;
  state.tab = p.get('t') || null;
  state.lang = ['it', 'en'].includes(p.get('lang')) ? p.get('lang') : null;
  state.indicator = p.get('i') || null;
  return state;
}

export function init(ctx) {
  let pending = null;
  function write() {
    clearTimeout(pending);
    pending = setTimeout(() => {
      const view = ctx.map.map.getView();
      const c = ol.proj.toLonLat(view.getCenter());
      const p = new URLSearchParams();
      p.set('c', `${c[0].toFixed(5)},${c[1].toFixed(5)}`);
      p.set('z', view.getZoom().toFixed(2));
      p.set('l', ctx.map.visibleWms().map((id) => (ctx.map.style(id) ? `${id}:${ctx.map.style(id)}` : id)).join(','));
      p.set('t', ctx.state.tab || 'layers');
      p.set('lang', ctx.i18n.lang());
      if (ctx.state.indicator) {
        p.set('i', ctx.state.indicator);
      }
      history.replaceState(null, '', `#${p}`);
    }, 150);
  }
  ctx.map.map.on('moveend', write);
  ctx.map.onLayersChanged(write);
  ctx.bus.on('state-changed', write);
  write();
}
