// The "Propose" form of the Proposals panel: a need or a solution, its thematic corridor, a title and a
// description, whether a citizen or a company proposes it, an optional PDF, PNG or JPEG, and its place: a point or
// an area drawn on the map (as the Scenarios panel draws; one place, drawn again to replace it). Sent to
// POST /api/proposals; the server's refusal is shown in its words.
/* global ol */
import {postJson} from './api.js';
import {el} from './dom.js';

const ATTACHMENT_TYPES = ['application/pdf', 'image/png', 'image/jpeg'];
const MAX_ATTACHMENT = 2 << 20;
const COLOUR = '#d95f02';

function emptyDraft() {
  return {kind: 'need', corridor: '', title: '', description: '', submitterType: 'citizen', geometry: null, file: null};
}

/** The file's content in base64 (without the data: URL's head). */
function base64(file) {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });
}

/**
 * The form in its own element. onSent(proposal) after the server accepted it; onCancel() when the user gives up.
 * Returns {element, render, stopDrawing, reset}.
 */
export function proposalForm(ctx, {onSent, onCancel}) {
  const {i18n, map} = ctx;
  const element = el('div', {id: 'pp-compose'});
  let draft = emptyDraft();
  let drawing = null; // {type, stop}
  let release = null;
  let error = '';
  let sending = false;

  const overlay = new ol.layer.Vector({source: new ol.source.Vector(), zIndex: 60, style: new ol.style.Style({
    stroke: new ol.style.Stroke({color: COLOUR, width: 3}),
    fill: new ol.style.Fill({color: 'rgba(217,95,2,0.2)'}),
    image: new ol.style.Circle({radius: 7, fill: new ol.style.Fill({color: COLOUR}),
      stroke: new ol.style.Stroke({color: '#fff', width: 2})}),
  })});
  map.map.addLayer(overlay);

  function showPlace() {
    overlay.getSource().clear();
    if (draft.geometry) {
      overlay.getSource().addFeature(new ol.Feature(new ol.format.GeoJSON().readGeometry(draft.geometry,
        {dataProjection: 'EPSG:4326', featureProjection: 'EPSG:3857'})));
    }
  }

  function startDrawing(type) {
    stopDrawing();
    clearTimeout(release);
    ctx.drawing = true; // feature info keeps quiet while the user draws
    const stop = map.draw(type, (geometry) => {
      draft.geometry = geometry;
      // the drawn feature is added to the map's drawing layer after this call: ours shows it instead
      setTimeout(() => {
        stopDrawing();
        showPlace();
      });
    });
    drawing = {type, stop};
    render();
  }

  function stopDrawing() {
    if (drawing) {
      drawing.stop();
      drawing = null;
      map.clearDrawings();
      // the click that ends a drawing must not open feature info either
      release = setTimeout(() => { ctx.drawing = false; }, 300);
      render();
    }
  }

  function field(id, labelKey, control, help) {
    return el('div', {className: 'field'}, el('label', {for: id, textContent: i18n.t(labelKey)}), control,
      help ? el('div', {className: 'small', id: `${id}-help`, textContent: help}) : null);
  }

  function radios(name, legendKey, options, value, onChange) {
    const set = el('fieldset', {className: 'pp-choice'}, el('legend', {textContent: i18n.t(legendKey)}));
    for (const option of options) {
      const id = `pp-${name}-${option}`;
      const input = el('input', {type: 'radio', name: `pp-${name}`, id, value: option, checked: value === option});
      input.addEventListener('change', () => onChange(option));
      set.append(el('span', {className: 'pp-radio'}, input, el('label', {for: id, textContent: i18n.t(`pp_${name}_${option}`)})));
    }
    return set;
  }

  function placeField() {
    const row = el('div', {className: 'row', role: 'group', 'aria-labelledby': 'pp-place-label'});
    for (const type of ['Point', 'Polygon']) {
      const active = !!drawing && drawing.type === type;
      const b = el('button', {type: 'button', 'data-draw': type, 'aria-pressed': String(active),
        textContent: i18n.t(`pp_draw_${type}`)});
      b.addEventListener('click', () => (active ? stopDrawing() : startDrawing(type)));
      row.append(b);
    }
    const clear = el('button', {type: 'button', id: 'pp-place-clear', textContent: i18n.t('pp_clear_place'),
      disabled: !draft.geometry});
    clear.addEventListener('click', () => {
      draft.geometry = null;
      stopDrawing();
      showPlace();
      render();
    });
    row.append(clear);
    const kind = draft.geometry ? (draft.geometry.type === 'Point' ? 'pp_place_point' : 'pp_place_area') : 'pp_place_none';
    return el('div', {className: 'field', 'data-field': 'place'},
      el('div', {className: 'label', id: 'pp-place-label', textContent: i18n.t('pp_place')}), row,
      el('div', {className: 'small', id: 'pp-place', 'aria-live': 'polite', 'data-type': draft.geometry
        ? draft.geometry.type : '', textContent: i18n.t(kind)}),
      drawing ? el('div', {className: 'small', textContent: i18n.t(`pp_drawing_${drawing.type}`)}) : null);
  }

  function render() {
    const focused = element.contains(document.activeElement) ? focusKey(document.activeElement) : null;
    element.replaceChildren();
    const form = el('form', {id: 'pp-form', noValidate: true});
    form.append(el('h3', {textContent: i18n.t('pp_new')}));
    form.append(radios('kind', 'pp_kind', ['need', 'solution'], draft.kind, (v) => { draft.kind = v; }));
    const corridor = el('select', {id: 'pp-corridor', required: true});
    corridor.append(el('option', {value: '', textContent: i18n.t('pp_choose')}));
    for (const c of ctx.catalog.corridors) {
      corridor.append(el('option', {value: c.id, textContent: i18n.localName(c), selected: c.id === draft.corridor}));
    }
    corridor.addEventListener('change', () => { draft.corridor = corridor.value; });
    form.append(field('pp-corridor', 'pp_corridor', corridor));
    const title = el('input', {id: 'pp-title', type: 'text', maxLength: 200, required: true, value: draft.title});
    title.addEventListener('input', () => { draft.title = title.value; });
    form.append(field('pp-title', 'pp_title', title));
    const description = el('textarea', {id: 'pp-description', rows: 4, maxLength: 5000, required: true,
      value: draft.description});
    description.addEventListener('input', () => { draft.description = description.value; });
    form.append(field('pp-description', 'pp_description', description));
    form.append(radios('by', 'pp_submitter', ['citizen', 'company'], draft.submitterType,
      (v) => { draft.submitterType = v; }));
    form.append(placeField());
    const file = el('input', {id: 'pp-file', type: 'file', accept: ATTACHMENT_TYPES.join(',')});
    file.setAttribute('aria-describedby', 'pp-file-help');
    file.addEventListener('change', () => { draft.file = file.files[0] || null; });
    form.append(field('pp-file', 'pp_attachment', file, draft.file ? i18n.t('pp_attachment_chosen',
      {name: draft.file.name}) : i18n.t('pp_attachment_help')));
    if (error) {
      form.append(el('p', {className: 'pp-error', id: 'pp-form-error', role: 'alert', tabIndex: -1,
        textContent: error}));
    }
    const send = el('button', {type: 'submit', id: 'pp-submit', textContent: i18n.t('pp_send'), disabled: sending});
    const cancel = el('button', {type: 'button', id: 'pp-cancel', textContent: i18n.t('cancel')});
    cancel.addEventListener('click', () => {
      reset();
      onCancel();
    });
    form.append(el('div', {className: 'row'}, send, cancel));
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      submit();
    });
    element.append(form);
    if (focused && element.querySelector(focused)) {
      element.querySelector(focused).focus();
    }
  }

  function focusKey(a) {
    if (a.id) {
      return `#${a.id}`;
    }
    return a.dataset.draw ? `[data-draw="${a.dataset.draw}"]` : null;
  }

  /** What is missing, in the user's language, or ''. */
  function missing() {
    const out = [];
    if (!draft.corridor) {
      out.push(i18n.t('pp_corridor'));
    }
    if (!draft.title.trim()) {
      out.push(i18n.t('pp_title'));
    }
    if (!draft.description.trim()) {
      out.push(i18n.t('pp_description'));
    }
    if (!draft.geometry) {
      out.push(i18n.t('pp_place'));
    }
    return out.length ? i18n.t('pp_missing', {fields: out.join(', ')}) : '';
  }

  async function submit() {
    stopDrawing();
    error = missing();
    if (!error && draft.file && !ATTACHMENT_TYPES.includes(draft.file.type)) {
      error = i18n.t('pp_attachment_type');
    } else if (!error && draft.file && draft.file.size > MAX_ATTACHMENT) {
      error = i18n.t('pp_attachment_size');
    }
    if (error) {
      render();
      element.querySelector('#pp-form-error').focus();
      return;
    }
    sending = true;
    render();
    try {
      const body = {kind: draft.kind, corridor: draft.corridor, title: draft.title.trim(),
        description: draft.description.trim(), submitterType: draft.submitterType, geometry: draft.geometry};
      if (draft.file) {
        body.attachment = {name: draft.file.name, contentType: draft.file.type, data: await base64(draft.file)};
      }
      const proposal = await postJson('/api/proposals', body);
      sending = false;
      reset();
      onSent(proposal);
    } catch (e) {
      sending = false;
      error = e.detail || e.message; // the server's own words
      render();
    }
  }

  function reset() {
    stopDrawing();
    draft = emptyDraft();
    error = '';
    showPlace();
  }

  return {element, render, stopDrawing, reset};
}
