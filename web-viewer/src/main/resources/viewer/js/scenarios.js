// The Scenarios panel: "what if" runs through OGC API - Processes. The form is generated from the chosen process's
// description (each input's JSON Schema gives its control; geometry inputs are drawn on the map), a run is followed
// with a progress bar until it ends, and its results are shown: the result layers on the map, the summary and the
// indicators before and after (for the territory and per Comune). The list of past runs lets the user show their
// results again, dismiss them (their layers go) and compare two runs of the same process. Running and dismissing
// need the analyst role: others are told so (and offered to sign in) instead of a run the server would refuse.
/* global ol */
import {getJson, postJson, deleteJson, showError} from './api.js';
import {el} from './dom.js';
import * as session from './session.js';

const POLL_MS = 700;
/** Energy classes, best first, when the schema does not list them. */
const ENERGY_CLASSES = ['A4', 'A3', 'A2', 'A1', 'B', 'C', 'D', 'E', 'F', 'G'];
/** What can be drawn for each GeoJSON type a geometry input accepts. */
const DRAWABLE = {Point: 'Point', MultiPoint: 'Point', LineString: 'LineString', MultiLineString: 'LineString',
  Polygon: 'Polygon', MultiPolygon: 'Polygon'};
/** Colours of the drawn geometries, one per geometry input of a form. */
const COLOURS = ['#d95f02', '#1b9e77', '#e7298a', '#7570b3'];

const STRINGS = {
  it: {
    sc_intro: 'Simula un intervento e confronta gli indicatori prima e dopo. Scegli lo scenario, compila i campi ed esegui.',
    sc_process: 'Scenario', sc_inputs: 'Parametri', sc_none: '— nessuno —', sc_run: 'Esegui lo scenario',
    sc_required: 'obbligatorio', sc_comma: 'valori separati da virgole', sc_multi: 'Ctrl/⌘ + clic per sceglierne più d\'uno',
    sc_draw_Point: 'Disegna punti', sc_draw_LineString: 'Disegna linee', sc_draw_Polygon: 'Disegna aree',
    sc_drawing_hint: 'Clicca sulla mappa (doppio clic per finire linee e aree); premi di nuovo il pulsante o Esc per smettere.',
    sc_clear: 'Cancella', sc_drawn: 'Disegnati: {what}', sc_drawn_none: 'Niente disegnato',
    sc_Point: '{n} punti', sc_LineString: '{n} linee', sc_Polygon: '{n} aree', sc_Point_1: '1 punto',
    sc_LineString_1: '1 linea', sc_Polygon_1: '1 area',
    sc_bad_number: '{field}: «{value}» non è un numero', sc_bad_json: '{field}: non è JSON valido',
    sc_run_of: 'Esecuzione {id}: {process}', sc_progress: 'Avanzamento', sc_cancel: 'Annulla l\'esecuzione',
    sc_status_accepted: 'in coda', sc_status_running: 'in corso', sc_status_successful: 'completata',
    sc_status_failed: 'non riuscita', sc_status_dismissed: 'eliminata',
    sc_submit_failed: 'Lo scenario non è partito', sc_poll_failed: 'Lo stato dell\'esecuzione non è disponibile',
    sc_run_failed: 'L\'esecuzione {id} non è riuscita', sc_results_failed: 'I risultati non sono disponibili',
    sc_dismiss_failed: 'L\'esecuzione non è stata annullata', sc_jobs_failed: 'L\'elenco delle esecuzioni non è disponibile',
    sc_processes_failed: 'Gli scenari non sono disponibili', sc_compare_failed: 'Il confronto non è disponibile',
    sc_comuni_failed: 'I Comuni non sono disponibili',
    sc_summary: 'Sintesi', sc_indicators: 'Indicatori prima e dopo (territorio)', sc_indicator: 'Indicatore',
    sc_before: 'Prima', sc_after: 'Dopo', sc_delta: 'Differenza', sc_by_comune: 'Per Comune: {name}',
    sc_comune: 'Comune', sc_layers: 'Livelli prodotti', sc_features: '{n} oggetti', sc_features_1: '1 oggetto', sc_seconds: 'Durata: {s} s',
    sc_better: 'migliora', sc_worse: 'peggiora',
    sc_history: 'Esecuzioni', sc_refresh: 'Aggiorna', sc_no_runs: 'Nessuna esecuzione finora.',
    sc_show_results: 'Risultati', sc_dismiss: 'Elimina', sc_dismiss_label: 'Elimina l\'esecuzione {id} e i suoi livelli',
    sc_select_compare: 'Confronta l\'esecuzione {id}', sc_compare: 'Confronta le due scelte',
    sc_compare_hint: 'Spunta due esecuzioni completate dello stesso scenario per confrontarle.',
    sc_compare_title: 'Confronto: esecuzione {a} (A) e {b} (B)', sc_key: 'Voce', sc_a: 'A', sc_b: 'B', sc_b_minus_a: 'B − A',
    sc_indicators_after: 'Indicatori dopo lo scenario', sc_data_changed: 'Attenzione: i dati sono cambiati tra le due esecuzioni ({layers}).',
    sc_created: 'avviata {time}',
    sc_analyst_needed: 'Per eseguire gli scenari accedi come analista.',
    sc_analyst_only: 'Hai effettuato l\'accesso come {user}: solo gli analisti possono eseguire gli scenari.',
  },
  en: {
    sc_intro: 'Simulate an intervention and compare the indicators before and after. Choose the scenario, fill in the fields and run it.',
    sc_process: 'Scenario', sc_inputs: 'Parameters', sc_none: '— none —', sc_run: 'Run the scenario',
    sc_required: 'required', sc_comma: 'values separated by commas', sc_multi: 'Ctrl/⌘ + click to choose several',
    sc_draw_Point: 'Draw points', sc_draw_LineString: 'Draw lines', sc_draw_Polygon: 'Draw areas',
    sc_drawing_hint: 'Click the map (double-click ends lines and areas); press the button again or Esc to stop.',
    sc_clear: 'Clear', sc_drawn: 'Drawn: {what}', sc_drawn_none: 'Nothing drawn',
    sc_Point: '{n} points', sc_LineString: '{n} lines', sc_Polygon: '{n} areas', sc_Point_1: '1 point',
    sc_LineString_1: '1 line', sc_Polygon_1: '1 area',
    sc_bad_number: '{field}: "{value}" is not a number', sc_bad_json: '{field}: not valid JSON',
    sc_run_of: 'Run {id}: {process}', sc_progress: 'Progress', sc_cancel: 'Cancel the run',
    sc_status_accepted: 'queued', sc_status_running: 'running', sc_status_successful: 'successful',
    sc_status_failed: 'failed', sc_status_dismissed: 'dismissed',
    sc_submit_failed: 'The scenario did not start', sc_poll_failed: 'The run\'s status is not available',
    sc_run_failed: 'Run {id} failed', sc_results_failed: 'The results are not available',
    sc_dismiss_failed: 'The run was not dismissed', sc_jobs_failed: 'The list of runs is not available',
    sc_processes_failed: 'The scenarios are not available', sc_compare_failed: 'The comparison is not available',
    sc_comuni_failed: 'The Comuni are not available',
    sc_summary: 'Summary', sc_indicators: 'Indicators before and after (territory)', sc_indicator: 'Indicator',
    sc_before: 'Before', sc_after: 'After', sc_delta: 'Change', sc_by_comune: 'Per Comune: {name}',
    sc_comune: 'Comune', sc_layers: 'Layers produced', sc_features: '{n} features', sc_features_1: '1 feature', sc_seconds: 'Time: {s} s',
    sc_better: 'better', sc_worse: 'worse',
    sc_history: 'Runs', sc_refresh: 'Refresh', sc_no_runs: 'No runs yet.',
    sc_show_results: 'Results', sc_dismiss: 'Dismiss', sc_dismiss_label: 'Dismiss run {id} and its layers',
    sc_select_compare: 'Compare run {id}', sc_compare: 'Compare the two chosen',
    sc_compare_hint: 'Tick two successful runs of the same scenario to compare them.',
    sc_compare_title: 'Comparison: run {a} (A) and {b} (B)', sc_key: 'Item', sc_a: 'A', sc_b: 'B', sc_b_minus_a: 'B − A',
    sc_indicators_after: 'Indicators after the scenario', sc_data_changed: 'Note: the data changed between the two runs ({layers}).',
    sc_created: 'started {time}',
    sc_analyst_needed: 'Sign in as an analyst to run scenarios.',
    sc_analyst_only: 'You are signed in as {user}: only analysts may run scenarios.',
  },
};

const CSS = `
#panel-scenarios .field { margin: 8px 0; }
#panel-scenarios .field > label, #panel-scenarios .field > .label { display: block; font-weight: bold; }
#panel-scenarios .field input[type=text], #panel-scenarios .field input[type=number],
#panel-scenarios .field select, #panel-scenarios .field textarea { width: 100%; }
#panel-scenarios .row { display: flex; flex-wrap: wrap; gap: 6px; align-items: center; margin: 4px 0; }
#panel-scenarios button[aria-pressed=true] { background: var(--bar); color: #fff; }
#panel-scenarios progress { width: 100%; height: 16px; }
#panel-scenarios .run-box, #panel-scenarios .compare-box { border: 1px solid var(--line); border-radius: 4px; padding: 6px 8px; margin: 10px 0; }
#panel-scenarios h3 { font-size: 14px; margin: 12px 0 4px; }
#panel-scenarios h4 { font-size: 13px; margin: 8px 0 4px; }
#panel-scenarios .better { color: #1a7f37; }
#panel-scenarios .worse { color: #cf222e; }
#panel-scenarios .job { border-bottom: 1px solid var(--line); padding: 4px 0; }
#panel-scenarios .job.dismissed { color: var(--muted); }
#panel-scenarios details { margin: 4px 0; }
#panel-scenarios summary { cursor: pointer; }
#panel-scenarios .failed { color: #82071e; }
#panel-scenarios table.data td.text { text-align: left; }
#panel-scenarios .sc-analyst-needed { background: #ddf4ff; border: 1px solid #54aeff; border-radius: 4px; padding: 4px 8px; margin: 8px 0; }
#panel-scenarios .sc-analyst-needed p { margin: 4px 0; }
`;

/** Words of the server's keys written as units. */
const WORDS = {pct: '(%)', km2: 'km²', m2: 'm²', kwh: 'kWh', co2: 'CO₂', eur: '€', pv: 'PV'};

/** "residents_hit_pct" → "Residents hit (%)": the server's keys made readable (they stay English). */
function humanize(key) {
  const words = key.split('_');
  const text = words.map((w) => WORDS[w] || w).join(' ');
  return WORDS[words[0]] ? text : text.charAt(0).toUpperCase() + text.substring(1);
}

/** [key path, value] of every leaf of a (nested) object. */
function leaves(obj, prefix = []) {
  const out = [];
  for (const [k, v] of Object.entries(obj || {})) {
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      out.push(...leaves(v, [...prefix, k]));
    } else {
      out.push([[...prefix, k], v]);
    }
  }
  return out;
}

export function init(ctx, panel) {
  const {i18n, map, bus} = ctx;
  i18n.addStrings(STRINGS);
  document.head.append(el('style', {textContent: CSS}));

  const state = {
    processes: [], // the processes' summaries
    descriptions: new Map(), // id → description
    processId: null,
    values: new Map(), // process id → {input id → value as the control holds it}
    geometries: new Map(), // process id → {input id → [GeoJSON geometries]}
    drawing: null, // {input, type, stop}
    run: null, // the followed run's latest status info
    maxProgress: 0,
    results: null, // {job, outputs}
    jobs: [],
    chosen: new Set(), // runs ticked for comparison
    comparison: null, // {a, b, data, namesIt}
    comuni: null, // [{istat, name}] once loaded
  };

  // the geometries drawn for the current form, on their own layer (coloured per input)
  const overlay = new ol.layer.Vector({source: new ol.source.Vector(), zIndex: 50});
  map.map.addLayer(overlay);

  const formBox = el('div');
  const runBox = el('div', {'aria-live': 'polite'});
  const compareBox = el('div');
  const historyBox = el('div');
  panel.append(formBox, runBox, compareBox, historyBox);

  // ------------------------------------------------------------------------------------------- the form

  function description() {
    return state.descriptions.get(state.processId);
  }

  function values() {
    if (!state.values.has(state.processId)) {
      state.values.set(state.processId, {});
    }
    return state.values.get(state.processId);
  }

  function geometries(input) {
    if (!state.geometries.has(state.processId)) {
      state.geometries.set(state.processId, {});
    }
    const all = state.geometries.get(state.processId);
    if (input) {
      all[input] = all[input] || [];
      return all[input];
    }
    return all;
  }

  /** A selector that finds the focused control again once the form is rebuilt. */
  function focusKey() {
    const a = document.activeElement;
    if (!a || !formBox.contains(a)) {
      return null;
    }
    if (a.id) {
      return `#${a.id}`;
    }
    const input = a.closest('[data-input]');
    if (input && a.dataset.draw) {
      return `[data-input="${input.dataset.input}"] [data-draw="${a.dataset.draw}"]`;
    }
    return a.dataset.clear ? `[data-clear="${a.dataset.clear}"]` : null;
  }

  function renderForm() {
    const focused = focusKey();
    buildForm();
    if (focused && formBox.querySelector(focused)) {
      formBox.querySelector(focused).focus();
    }
  }

  function running() {
    return !!(state.run && ['accepted', 'running'].includes(state.run.status));
  }

  function buildForm() {
    formBox.replaceChildren(el('p', {className: 'small', textContent: i18n.t('sc_intro')}));
    if (!state.processes.length) {
      return;
    }
    const chooser = el('select', {id: 'sc-process'});
    for (const p of state.processes) {
      chooser.append(el('option', {value: p.id, textContent: p.title, selected: p.id === state.processId}));
    }
    chooser.addEventListener('change', () => chooseProcess(chooser.value));
    formBox.append(el('div', {className: 'field'}, el('label', {for: 'sc-process', textContent: i18n.t('sc_process')}),
      chooser));
    const d = description();
    if (!d) {
      return;
    }
    // the description's first sentence, the rest folded
    const [first, ...rest] = d.description.split(/(?<=\.)\s+/);
    formBox.append(rest.length ? el('details', {className: 'small'}, el('summary', {textContent: first}),
      rest.join(' ')) : el('p', {className: 'small', textContent: first}));
    const form = el('form', {id: 'sc-form', noValidate: true});
    const fieldset = el('fieldset', {}, el('legend', {textContent: i18n.t('sc_inputs')}));
    Object.entries(d.inputs).forEach(([id, input], i) => fieldset.append(field(id, input, i)));
    if (session.has('analyst')) {
      const run = el('button', {type: 'submit', id: 'sc-run', textContent: i18n.t('sc_run'), disabled: running()});
      form.append(fieldset, el('div', {className: 'row'}, run));
    } else {
      form.append(fieldset, analystNeeded());
    }
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      submit();
    });
    formBox.append(form);
  }

  /** Why there is no run button, and a way to sign in. */
  function analystNeeded() {
    const u = session.user();
    const box = el('div', {className: 'sc-analyst-needed', id: 'sc-analyst-needed', role: 'note'},
      el('p', {textContent: u ? i18n.t('sc_analyst_only', {user: u.user}) : i18n.t('sc_analyst_needed')}));
    const signIn = el('button', {type: 'button', id: 'sc-sign-in', textContent: i18n.t('sign_in')});
    signIn.addEventListener('click', () => bus.emit('sign-in'));
    box.append(el('div', {className: 'row'}, signIn));
    return box;
  }

  /** One input's control, chosen by its JSON Schema. */
  function field(id, input, index) {
    const schema = input.schema || {};
    const controlId = `sc-input-${id}`;
    const help = el('div', {className: 'small', id: `${controlId}-help`, textContent: input.description || ''});
    const label = el('label', {for: controlId, textContent: input.title || id});
    if (input.minOccurs > 0) {
      label.append(` (${i18n.t('sc_required')})`);
    }
    const div = el('div', {className: 'field', 'data-input': id});
    const v = values();
    let control;
    if (schema.format === 'geojson-geometry') {
      return geometryField(id, input, index, div, help);
    } else if (schema.enum) {
      control = el('select', {id: controlId});
      if (schema.default === undefined) {
        control.append(el('option', {value: '', textContent: i18n.t('sc_none')}));
      }
      schema.enum.forEach((x) => control.append(el('option', {value: x, textContent: x})));
      control.value = v[id] ?? schema.default ?? '';
      control.addEventListener('change', () => { v[id] = control.value; });
    } else if (schema.type === 'number' || schema.type === 'integer') {
      control = el('input', {id: controlId, type: 'number', step: schema.type === 'integer' ? '1' : 'any',
        value: v[id] ?? schema.default ?? ''});
      if (schema.minimum !== undefined) {
        control.min = String(schema.minimum);
      }
      if (schema.maximum !== undefined) {
        control.max = String(schema.maximum);
      }
      control.addEventListener('input', () => { v[id] = control.value; });
    } else if (schema.type === 'boolean') {
      control = el('input', {id: controlId, type: 'checkbox', checked: v[id] ?? !!schema.default});
      control.addEventListener('change', () => { v[id] = control.checked; });
      div.append(el('div', {className: 'row'}, control, label), help);
      control.setAttribute('aria-describedby', help.id);
      return div;
    } else if (schema.type === 'array' && (schema.items || {}).type === 'string' && knownValues(id, schema)) {
      control = el('select', {id: controlId, multiple: true, size: 6});
      const chosen = new Set(v[id] || []);
      for (const [value, text] of knownValues(id, schema)) {
        control.append(el('option', {value, textContent: text, selected: chosen.has(value)}));
      }
      control.addEventListener('change', () => {
        v[id] = [...control.selectedOptions].map((o) => o.value);
      });
      help.append(` (${i18n.t('sc_multi')})`);
    } else if (schema.type === 'array') {
      control = el('input', {id: controlId, type: 'text', value: v[id] ?? '', placeholder: i18n.t('sc_comma')});
      control.addEventListener('input', () => { v[id] = control.value; });
    } else if (schema.type === 'object') {
      control = el('textarea', {id: controlId, rows: 3, value: v[id] ?? ''});
      control.addEventListener('input', () => { v[id] = control.value; });
    } else {
      control = el('input', {id: controlId, type: 'text', value: v[id] ?? ''});
      control.addEventListener('input', () => { v[id] = control.value; });
    }
    control.setAttribute('aria-describedby', help.id);
    div.append(label, control, help);
    return div;
  }

  /** [value, text] pairs of a string array input when they are known: the schema's, energy classes, Comuni. */
  function knownValues(id, schema) {
    if (schema.items.enum) {
      return schema.items.enum.map((x) => [x, x]);
    }
    if (id === 'energy_classes') {
      return ENERGY_CLASSES.map((x) => [x, x]);
    }
    if (id === 'comuni' && state.comuni) {
      return state.comuni.map((c) => [c.istat, `${c.name} (${c.istat})`]);
    }
    return null;
  }

  /** A geometry input: buttons to draw each accepted kind on the map, what was drawn, and a clear button. */
  function geometryField(id, input, index, div, help) {
    const accepted = (((input.schema.properties || {}).type || {}).enum || ['Point', 'LineString', 'Polygon']);
    const kinds = [...new Set(accepted.map((t) => DRAWABLE[t]).filter(Boolean))];
    const drawn = geometries(id);
    const labelId = `sc-input-${id}-label`;
    div.append(el('div', {className: 'label', id: labelId, textContent: input.title || id}));
    const row = el('div', {className: 'row', role: 'group', 'aria-labelledby': labelId});
    for (const kind of kinds) {
      const active = state.drawing && state.drawing.input === id && state.drawing.type === kind;
      const b = el('button', {type: 'button', textContent: i18n.t(`sc_draw_${kind}`), 'data-draw': kind,
        'aria-pressed': String(!!active)});
      b.setAttribute('aria-describedby', help.id);
      b.addEventListener('click', () => (active ? stopDrawing() : startDrawing(id, kind)));
      row.append(b);
    }
    const clear = el('button', {type: 'button', textContent: i18n.t('sc_clear'), disabled: !drawn.length,
      'data-clear': id});
    clear.addEventListener('click', () => {
      drawn.length = 0;
      stopDrawing();
      showDrawings();
      renderForm();
    });
    row.append(clear);
    const counts = kinds.map((k) => [k, drawn.filter((g) => g.type === k).length]).filter(([, n]) => n > 0)
      .map(([k, n]) => i18n.t(n === 1 ? `sc_${k}_1` : `sc_${k}`, {n}));
    const status = el('div', {className: 'small drawn', 'aria-live': 'polite', 'data-count': String(drawn.length),
      textContent: counts.length ? i18n.t('sc_drawn', {what: counts.join(', ')}) : i18n.t('sc_drawn_none')});
    status.style.color = COLOURS[index % COLOURS.length];
    div.append(row, status, help);
    if (state.drawing && state.drawing.input === id) {
      div.append(el('div', {className: 'small', textContent: i18n.t('sc_drawing_hint')}));
    }
    div.dataset.colour = COLOURS[index % COLOURS.length];
    return div;
  }

  let release = null;

  function startDrawing(input, type) {
    stopDrawing();
    clearTimeout(release);
    ctx.drawing = true; // feature info keeps quiet while the user draws
    const stop = map.draw(type, (geometry) => {
      geometries(input).push(geometry);
      // the drawn feature is added to the map's drawing layer after this call: ours shows it instead
      setTimeout(() => {
        map.clearDrawings();
        showDrawings();
      });
      renderForm();
    });
    state.drawing = {input, type, stop};
    renderForm();
  }

  function stopDrawing() {
    if (state.drawing) {
      state.drawing.stop();
      state.drawing = null;
      map.clearDrawings();
      // the click that ends a drawing must not open feature info either
      release = setTimeout(() => { ctx.drawing = false; }, 300);
      renderForm();
    }
  }

  /** Shows the current form's drawn geometries on the overlay, each input in its colour. */
  function showDrawings() {
    const source = overlay.getSource();
    source.clear();
    const d = description();
    if (!d) {
      return;
    }
    const format = new ol.format.GeoJSON();
    Object.keys(d.inputs).forEach((id, index) => {
      const colour = COLOURS[index % COLOURS.length];
      const style = new ol.style.Style({
        stroke: new ol.style.Stroke({color: colour, width: 3}),
        fill: new ol.style.Fill({color: [...ol.color.asArray(colour).slice(0, 3), 0.2]}),
        image: new ol.style.Circle({radius: 6, fill: new ol.style.Fill({color: colour}),
          stroke: new ol.style.Stroke({color: '#fff', width: 2})}),
      });
      for (const g of (geometries()[id] || [])) {
        const f = new ol.Feature(format.readGeometry(g, {dataProjection: 'EPSG:4326', featureProjection: 'EPSG:3857'}));
        f.setStyle(style);
        source.addFeature(f);
      }
    });
  }

  /** The drawn geometries of an input as one GeoJSON value the schema accepts. */
  function collected(input, accepted) {
    const drawn = geometries(input);
    const types = new Set(drawn.map((g) => g.type));
    if (types.size === 1) {
      const type = drawn[0].type;
      if (accepted.includes(`Multi${type}`)) {
        return {type: `Multi${type}`, coordinates: drawn.map((g) => g.coordinates)};
      }
      if (drawn.length === 1 && accepted.includes(type)) {
        return drawn[0];
      }
    }
    return {type: 'FeatureCollection', features: drawn.map((geometry) => ({type: 'Feature', properties: {}, geometry}))};
  }

  /** The request's inputs from the form (only those filled in). */
  function inputsOf(d) {
    const v = values();
    const out = {};
    for (const [id, input] of Object.entries(d.inputs)) {
      const schema = input.schema || {};
      const title = input.title || id;
      if (schema.format === 'geojson-geometry') {
        if (geometries(id).length) {
          out[id] = collected(id, ((schema.properties || {}).type || {}).enum || []);
        }
        continue;
      }
      const value = v[id];
      if (value === undefined || value === null || value === '' || (Array.isArray(value) && !value.length)) {
        if (schema.type === 'boolean' && schema.default !== undefined) {
          out[id] = !!schema.default;
        }
        continue;
      }
      if (schema.enum || schema.type === 'boolean' || Array.isArray(value)) {
        out[id] = value;
      } else if (schema.type === 'number' || schema.type === 'integer') {
        const n = Number(String(value).replace(',', '.'));
        if (!Number.isFinite(n)) {
          throw new Error(i18n.t('sc_bad_number', {field: title, value}));
        }
        out[id] = n;
      } else if (schema.type === 'array') {
        out[id] = String(value).split(',').map((s) => s.trim()).filter(Boolean);
      } else if (schema.type === 'object') {
        try {
          out[id] = JSON.parse(value);
        } catch (e) {
          throw new Error(i18n.t('sc_bad_json', {field: title}));
        }
      } else {
        out[id] = String(value).trim();
      }
    }
    return out;
  }

  async function chooseProcess(id) {
    stopDrawing();
    state.processId = id;
    try {
      if (!state.descriptions.has(id)) {
        state.descriptions.set(id, await getJson(`/ogc/processes/${encodeURIComponent(id)}`));
      }
      const d = description();
      if ('comuni' in d.inputs && !state.comuni) {
        const fc = await getJson('/ogc/collections/comuni/items?f=json&limit=500&properties=name,istat_code');
        state.comuni = fc.features.map((f) => ({istat: String(f.properties.istat_code), name: f.properties.name}))
          .sort((a, b) => a.name.localeCompare(b.name));
      }
    } catch (e) {
      showError(e, i18n.t('sc_processes_failed'));
    }
    if (state.processId === id) {
      renderForm();
      showDrawings();
    }
  }

  // -------------------------------------------------------------------------------------------- a run

  async function submit() {
    const d = description();
    stopDrawing();
    if (!session.has('analyst')) {
      return; // the form offers no run then (Enter in a field still submits it)
    }
    let inputs;
    try {
      inputs = inputsOf(d);
    } catch (e) {
      showError(e, i18n.t('sc_submit_failed'));
      return;
    }
    let status;
    try {
      status = await postJson('/api/scenarios', {process: d.id, inputs});
    } catch (e) {
      showError(e, i18n.t('sc_submit_failed'));
      return;
    }
    state.results = null;
    follow(status);
  }

  /** Follows a run until it ends: its progress, then its results (or its error). */
  function follow(status) {
    state.run = status;
    state.maxProgress = 0;
    renderRun();
    renderForm();
    runBox.querySelector('#sc-cancel')?.focus();
    loadJobs();
    poll();
  }

  async function poll() {
    const id = state.run.jobID;
    while (state.run && state.run.jobID === id && ['accepted', 'running'].includes(state.run.status)) {
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
      try {
        const status = await getJson(`/ogc/jobs/${id}`);
        if (!state.run || state.run.jobID !== id) {
          return; // another run is followed now
        }
        state.run = status;
      } catch (e) {
        showError(e, i18n.t('sc_poll_failed'));
        return;
      }
      updateProgress();
    }
    if (!state.run || state.run.jobID !== id) {
      return;
    }
    renderForm();
    loadJobs();
    if (state.run.status === 'successful') {
      bus.emit('catalog-changed'); // the layer tree shows the run's layers
      showLayers(state.run);
      await showResults(id);
    } else if (state.run.status === 'failed') {
      showError(new Error(state.run.error || state.run.message), i18n.t('sc_run_failed', {id}));
      renderRun();
    } else {
      renderRun();
    }
  }

  function showLayers(job) {
    for (const l of job.layers || []) {
      if (l.features > 0) {
        map.showWms(l.wms_layer || l.id, {title: l.title});
      }
    }
  }

  function processTitle(id) {
    return (state.processes.find((p) => p.id === id) || {}).title || id;
  }

  function statusText(status) {
    return i18n.t(`sc_status_${status}`);
  }

  /** The run box: the followed run's progress, or its results. */
  function renderRun() {
    runBox.replaceChildren();
    const run = state.run;
    if (!run) {
      return;
    }
    const box = el('section', {className: 'run-box', 'data-job': run.jobID, 'data-status': run.status});
    box.append(el('h3', {textContent: i18n.t('sc_run_of', {id: run.jobID, process: processTitle(run.processID)})}));
    const progress = el('progress', {max: 100, value: run.progress || 0, id: 'sc-progress'});
    progress.setAttribute('aria-label', i18n.t('sc_progress'));
    const text = el('div', {className: 'small', id: 'sc-progress-text'});
    box.append(progress, text);
    if (['accepted', 'running'].includes(run.status) && session.has('analyst')) {
      const cancel = el('button', {type: 'button', id: 'sc-cancel', textContent: i18n.t('sc_cancel')});
      cancel.addEventListener('click', () => dismiss(run.jobID));
      box.append(el('div', {className: 'row'}, cancel));
    } else if (run.status === 'failed') {
      box.append(el('p', {className: 'failed', textContent: run.error || run.message}));
    }
    runBox.append(box);
    updateProgress();
    if (state.results && state.results.job.jobID === run.jobID) {
      box.append(...resultsView(state.results));
    }
  }

  /** Updates the progress bar in place (its value never goes back). */
  function updateProgress() {
    const run = state.run;
    const box = runBox.querySelector('.run-box');
    if (!run || !box || box.dataset.job !== run.jobID) {
      renderRun();
      return;
    }
    state.maxProgress = Math.max(state.maxProgress, run.status === 'successful' ? 100 : run.progress || 0);
    box.dataset.status = run.status;
    box.querySelector('progress').value = state.maxProgress;
    box.querySelector('#sc-progress-text').textContent = `${statusText(run.status)} — ${i18n.num(state.maxProgress, 0)} %`
      + (run.message ? ` — ${run.message}` : '');
    if (!['accepted', 'running'].includes(run.status) && box.querySelector('#sc-cancel')) {
      box.querySelector('#sc-cancel').parentElement.remove();
    }
  }

  async function showResults(id) {
    try {
      const [job, outputs] = await Promise.all([getJson(`/ogc/jobs/${id}`), getJson(`/ogc/jobs/${id}/results`)]);
      state.run = job;
      state.results = {job, outputs};
      state.maxProgress = 100;
      renderRun();
    } catch (e) {
      showError(e, i18n.t('sc_results_failed'));
    }
  }

  /** A number with its sign when it is a change. */
  function signed(value, digits) {
    if (typeof value !== 'number') {
      return i18n.num(value, digits);
    }
    return (value > 0 ? '+' : '') + i18n.num(value, digits);
  }

  function withUnit(text, unit) {
    return unit && text !== '–' && text !== '' ? `${text}\u00a0${unit}` : text;
  }

  /** better/worse for a change of an indicator by its direction. */
  function judgement(delta, direction) {
    if (typeof delta !== 'number' || delta === 0 || !direction) {
      return '';
    }
    return (delta > 0) === (direction === 'higher_is_better') ? 'better' : 'worse';
  }

  function cell(tag, text, className) {
    return el(tag, {textContent: text, className: className || ''});
  }

  function resultsView({job, outputs}) {
    const out = [];
    out.push(el('h4', {textContent: i18n.t('sc_summary')}));
    const summary = el('table', {className: 'data sc-summary'});
    for (const [path, value] of leaves(outputs.summary)) {
      summary.append(el('tr', {'data-key': path.join('.')}, cell('th', path.map(humanize).join(' › ')),
        typeof value === 'number' ? cell('td', i18n.num(value, 2)) : cell('td', value === null ? '–' : String(value),
          'text')));
    }
    out.push(summary);
    const deltas = outputs.indicator_deltas || [];
    if (deltas.length) {
      out.push(el('h4', {textContent: i18n.t('sc_indicators')}));
      const table = el('table', {className: 'data sc-indicators'},
        el('thead', {}, el('tr', {}, cell('th', i18n.t('sc_indicator')), cell('th', i18n.t('sc_before')),
          cell('th', i18n.t('sc_after')), cell('th', i18n.t('sc_delta')))));
      const body = el('tbody');
      for (const d of deltas) {
        const name = i18n.localName({nameIt: d.name_it, nameEn: d.name});
        const t = d.territory || {};
        const verdict = judgement(t.delta, d.direction);
        const deltaCell = cell('td', withUnit(signed(t.delta, 2), d.unit), `delta ${verdict}`);
        if (verdict) {
          deltaCell.title = i18n.t(`sc_${verdict}`);
        }
        body.append(el('tr', {'data-indicator': d.id}, cell('th', name),
          cell('td', withUnit(i18n.num(t.before, 2), d.unit), 'before'),
          cell('td', withUnit(i18n.num(t.after, 2), d.unit), 'after'), deltaCell));
      }
      table.append(body);
      out.push(table);
      for (const d of deltas) {
        out.push(byComune(d));
      }
    }
    if ((job.layers || []).length) {
      out.push(el('h4', {textContent: i18n.t('sc_layers')}));
      const list = el('ul', {className: 'small'});
      job.layers.forEach((l) => list.append(el('li', {'data-layer': l.id,
        textContent: `${l.title} — ${i18n.t(l.features === 1 ? 'sc_features_1' : 'sc_features',
          {n: i18n.num(l.features, 0)})}`})));
      out.push(list);
    }
    if ((job.seconds || {}).total) {
      out.push(el('p', {className: 'small', textContent: i18n.t('sc_seconds', {s: i18n.num(job.seconds.total, 1)})}));
    }
    return out;
  }

  /** One indicator per Comune, folded. */
  function byComune(d) {
    const name = i18n.localName({nameIt: d.name_it, nameEn: d.name});
    const table = el('table', {className: 'data'}, el('tr', {}, cell('th', i18n.t('sc_comune')),
      cell('th', i18n.t('sc_before')), cell('th', i18n.t('sc_after')), cell('th', i18n.t('sc_delta'))));
    for (const c of d.by_comune || []) {
      table.append(el('tr', {'data-istat': c.istat}, cell('td', c.name), cell('td', i18n.num(c.before, 2)),
        cell('td', i18n.num(c.after, 2)), cell('td', signed(c.delta, 2), judgement(c.delta, d.direction))));
    }
    return el('details', {'data-indicator': d.id}, el('summary', {textContent: i18n.t('sc_by_comune', {name})
      + (d.unit ? ` (${d.unit})` : '')}), table);
  }

  // ------------------------------------------------------------------------------------ past runs

  async function loadJobs() {
    try {
      state.jobs = (await getJson('/ogc/jobs')).jobs || [];
    } catch (e) {
      showError(e, i18n.t('sc_jobs_failed'));
      return;
    }
    const successful = new Set(state.jobs.filter((j) => j.status === 'successful').map((j) => j.jobID));
    state.chosen = new Set([...state.chosen].filter((id) => successful.has(id)));
    renderHistory();
  }

  /** A run's inputs in a few words. */
  function shortInputs(inputs) {
    return Object.entries(inputs || {}).map(([k, v]) => {
      let text;
      if (v && typeof v === 'object' && !Array.isArray(v)) {
        const n = v.type === 'FeatureCollection' ? (v.features || []).length
          : v.type && v.type.startsWith('Multi') ? (v.coordinates || []).length : 1;
        text = `${v.type} (${n})`;
      } else if (Array.isArray(v)) {
        text = v.length > 4 ? `${v.slice(0, 4).join(', ')}… (${v.length})` : v.join(', ');
      } else {
        text = String(v);
      }
      return `${k}: ${text}`;
    }).join('; ');
  }

  function time(iso) {
    return iso ? new Date(iso).toLocaleString(i18n.lang() === 'it' ? 'it-IT' : 'en-GB',
      {dateStyle: 'short', timeStyle: 'short'}) : '';
  }

  function renderHistory() {
    historyBox.replaceChildren();
    const refresh = el('button', {type: 'button', textContent: i18n.t('sc_refresh')});
    refresh.addEventListener('click', loadJobs);
    historyBox.append(el('div', {className: 'row'}, el('h3', {textContent: i18n.t('sc_history')}), refresh));
    if (!state.jobs.length) {
      historyBox.append(el('p', {className: 'small', textContent: i18n.t('sc_no_runs')}));
      return;
    }
    historyBox.append(el('p', {className: 'small', textContent: i18n.t('sc_compare_hint')}));
    const list = el('div', {id: 'sc-jobs'});
    for (const j of state.jobs) {
      const item = el('div', {className: `job ${j.status}`, 'data-job': j.jobID, 'data-status': j.status});
      const head = el('div', {className: 'row'});
      if (j.status === 'successful') {
        const box = el('input', {type: 'checkbox', id: `sc-pick-${j.jobID}`, checked: state.chosen.has(j.jobID)});
        box.setAttribute('aria-label', i18n.t('sc_select_compare', {id: j.jobID}));
        box.addEventListener('change', () => {
          if (box.checked) {
            state.chosen.add(j.jobID);
          } else {
            state.chosen.delete(j.jobID);
          }
          renderHistory();
          historyBox.querySelector(`#sc-pick-${j.jobID}`).focus();
        });
        head.append(box);
      }
      head.append(el('strong', {textContent: `#${j.jobID} ${processTitle(j.processID)}`}),
        el('span', {className: 'small', textContent: `${statusText(j.status)} · ${i18n.t('sc_created',
          {time: time(j.created)})}`}));
      item.append(head);
      const inputs = shortInputs(j.inputs);
      if (inputs) {
        item.append(el('div', {className: 'small', textContent: inputs}));
      }
      if (j.status === 'failed' && j.error) {
        item.append(el('div', {className: 'small failed', textContent: j.error}));
      }
      const buttons = el('div', {className: 'row'});
      if (j.status === 'successful') {
        // (not while a run is followed: its end shows its own results)
        const show = el('button', {type: 'button', textContent: i18n.t('sc_show_results'), 'data-action': 'results',
          disabled: running()});
        show.addEventListener('click', async () => {
          state.run = j;
          state.results = null;
          showLayers(j);
          await showResults(j.jobID);
          runBox.scrollIntoView({block: 'nearest'});
        });
        buttons.append(show);
      }
      if (j.status !== 'dismissed' && session.has('analyst')) {
        const drop = el('button', {type: 'button', textContent: i18n.t('sc_dismiss'), 'data-action': 'dismiss',
          'aria-label': i18n.t('sc_dismiss_label', {id: j.jobID})});
        drop.addEventListener('click', () => dismiss(j.jobID));
        buttons.append(drop);
      }
      if (buttons.childElementCount) {
        item.append(buttons);
      }
      list.append(item);
    }
    const chosen = [...state.chosen];
    const sameProcess = chosen.length === 2 && new Set(chosen.map((id) =>
      state.jobs.find((j) => j.jobID === id)?.processID)).size === 1;
    const compare = el('button', {type: 'button', id: 'sc-compare', textContent: i18n.t('sc_compare'),
      disabled: !sameProcess});
    compare.addEventListener('click', () => compareRuns(...chosen.sort((a, b) => Number(a) - Number(b))));
    historyBox.append(el('div', {className: 'row'}, compare), list);
  }

  async function dismiss(id) {
    try {
      const status = await deleteJson(`/ogc/jobs/${id}`);
      (status.layers || []).forEach((l) => map.removeWms(l.wms_layer || l.id));
      if (state.run && state.run.jobID === id) {
        state.run = status;
        state.results = null;
        renderRun();
        renderForm();
      }
      if (state.comparison && [state.comparison.a, state.comparison.b].includes(id)) {
        state.comparison = null;
        renderComparison();
      }
      bus.emit('catalog-changed');
    } catch (e) {
      showError(e, i18n.t('sc_dismiss_failed'));
    }
    loadJobs();
  }

  async function compareRuns(a, b) {
    try {
      const [data, results] = await Promise.all([
        getJson(`/api/scenarios/compare?a=${encodeURIComponent(a)}&b=${encodeURIComponent(b)}`),
        getJson(`/ogc/jobs/${a}/results`)]);
      const namesIt = new Map((results.indicator_deltas || []).map((d) => [d.id, d.name_it]));
      state.comparison = {a, b, data, namesIt};
      renderComparison();
      compareBox.scrollIntoView({block: 'nearest'});
    } catch (e) {
      showError(e, i18n.t('sc_compare_failed'));
    }
  }

  function renderComparison() {
    compareBox.replaceChildren();
    const c = state.comparison;
    if (!c) {
      return;
    }
    const box = el('section', {className: 'compare-box', id: 'sc-comparison'});
    const close = el('button', {type: 'button', textContent: '×', 'aria-label': i18n.t('close')});
    close.addEventListener('click', () => {
      state.comparison = null;
      renderComparison();
    });
    box.append(el('div', {className: 'row'}, el('h3', {textContent: i18n.t('sc_compare_title', {a: c.a, b: c.b})}),
      close));
    box.append(el('p', {className: 'small', textContent: `A: ${shortInputs(c.data.a.inputs)} — B: ${shortInputs(
      c.data.b.inputs)}`}));
    if (c.data.same_data === false) {
      box.append(el('p', {className: 'small failed', textContent: i18n.t('sc_data_changed',
        {layers: (c.data.data_changed_between || []).join(', ')})}));
    }
    const head = () => el('tr', {}, cell('th', i18n.t('sc_key')), cell('th', i18n.t('sc_a')), cell('th', i18n.t('sc_b')),
      cell('th', i18n.t('sc_b_minus_a')));
    const value = (v) => (typeof v === 'number' ? i18n.num(v, 2) : v === null || v === undefined ? '–' : String(v));
    const summary = el('table', {className: 'data sc-compare-summary'}, head());
    for (const [path, pair] of pairs(c.data.summary)) {
      summary.append(el('tr', {'data-key': path.join('.')}, cell('th', path.map(humanize).join(' › ')),
        cell('td', value(pair.a)), cell('td', value(pair.b)), cell('td', pair.delta === undefined ? '' : signed(pair.delta, 2))));
    }
    box.append(el('h4', {textContent: i18n.t('sc_summary')}), summary);
    if ((c.data.indicators || []).length) {
      const table = el('table', {className: 'data sc-compare-indicators'}, head());
      for (const d of c.data.indicators) {
        const name = i18n.localName({nameIt: c.namesIt.get(d.id), nameEn: d.name});
        const t = d.territory || {};
        table.append(el('tr', {'data-indicator': d.id}, cell('th', name), cell('td', withUnit(value(t.a), d.unit)),
          cell('td', withUnit(value(t.b), d.unit)), cell('td', withUnit(t.delta === undefined ? '' : signed(t.delta, 2),
            d.unit))));
      }
      box.append(el('h4', {textContent: i18n.t('sc_indicators_after')}), table);
    }
    compareBox.append(box);
  }

  /** [key path, {a, b, delta}] of every compared figure; nested objects on either side are opened. */
  function pairs(summary, prefix = []) {
    const out = [];
    for (const [k, p] of Object.entries(summary || {})) {
      const a = p.a;
      const b = p.b;
      if ((a && typeof a === 'object') || (b && typeof b === 'object')) {
        const keys = new Set([...Object.keys(a || {}), ...Object.keys(b || {})]);
        const nested = {};
        for (const key of keys) {
          const x = (a || {})[key] ?? null;
          const y = (b || {})[key] ?? null;
          nested[key] = {a: x, b: y};
          if (typeof x === 'number' && typeof y === 'number') {
            nested[key].delta = y - x;
          }
        }
        out.push(...pairs(nested, [...prefix, k]));
      } else {
        out.push([[...prefix, k], p]);
      }
    }
    return out;
  }

  // ---------------------------------------------------------------------------------------- wiring

  document.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && state.drawing) {
      stopDrawing();
    }
  });
  bus.on('tab', (name) => {
    if (name !== 'scenarios') {
      stopDrawing();
    }
  });
  i18n.onLangChange(() => {
    renderForm();
    renderRun();
    renderComparison();
    renderHistory();
  });
  session.onChange(() => {
    renderForm();
    renderRun();
    renderHistory();
  });

  renderForm();
  getJson('/ogc/processes').then((list) => {
    state.processes = list.processes || [];
    renderHistory();
    if (state.processes.length) {
      chooseProcess(state.processes[0].id);
    }
  }).catch((e) => showError(e, i18n.t('sc_processes_failed')));
  loadJobs();
}
