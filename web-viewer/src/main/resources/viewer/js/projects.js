// The Projects panel: the programme's matrix of candidate projects by Comune and thematic corridor (a cell
// filters the list and highlights its projects on the map), the projects ranked on the weighted criteria with
// their reasons (each criterion's contribution, as a stacked bar) and how stable their rank is when the weights
// vary, and sliders that change the weights and the method: the ranking is asked again and redrawn live.
/* global ol */
import {getJson, showError} from './api.js';
import {el} from './dom.js';

const CRITERIA = ['need', 'beneficiaries', 'cost_effectiveness', 'risk_reduction', 'synergy'];
const CRITERION_COLOURS = {need: '#4e79a7', beneficiaries: '#f28e2b', cost_effectiveness: '#59a14f',
  risk_reduction: '#e15759', synergy: '#b07aa1'};
const METHODS = ['weighted_sum', 'topsis'];
const PAGE = 20;
const DEBOUNCE_MS = 250;

const STRINGS = {
  it: {
    pj_matrix_title: 'Progetti per Comune e corridoio',
    pj_matrix_intro: '{projects} progetti candidati; ognuno conta in ogni Comune in cui il programma lo classifica '
      + '({pairs} coppie progetto–Comune). Scegli una casella per filtrare la mappa e la classifica.',
    pj_matrix_caption: 'Numero di progetti candidati per Comune (righe) e corridoio tematico (colonne)',
    pj_comune: 'Comune', pj_total: 'Totale', pj_one_project: '1 progetto', pj_n_projects: '{n} progetti',
    pj_cell_label: '{corridor}, {comune}: {projects}, costo {cost}, punteggio medio {score}; primo: {top}',
    pj_filter: 'Filtro: {corridor} · {comune}', pj_on_map: '{n} sulla mappa', pj_clear_filter: 'Rimuovi filtro',
    pj_loading: 'Caricamento…', pj_weights: 'Pesi dei criteri',
    pj_weights_help: 'Conta la proporzione tra i pesi (tra parentesi); la classifica si aggiorna mentre li sposti.',
    pj_weight_value: '{value} ({share})', pj_method: 'Metodo', pj_method_weighted_sum: 'Somma pesata',
    pj_method_topsis: 'TOPSIS (vicinanza alla soluzione ideale)', pj_reset: 'Ripristina i pesi',
    pj_ranking_title: 'Classifica dei progetti', pj_ranking_summary: '{projects}, metodo: {method}.',
    pj_filtered_to: 'Solo {corridor} a {comune}.', pj_reasons: 'Contributo di ogni criterio al punteggio:',
    pj_score: 'punteggio {score}', pj_interval: 'posizione {p05}–{p95} al variare dei pesi',
    pj_interval_fixed: 'sempre {p05}° al variare dei pesi',
    pj_ptop: 'nei primi {top} nel {p} dei casi', pj_show_more: 'Mostra altri {n} (ne restano {rest})',
    pj_show_on_map: 'Mostra sulla mappa', pj_none: 'Nessun progetto.',
    pj_ranking_failed: 'La classifica non si è aggiornata', pj_matrix_failed: 'La matrice dei progetti non è disponibile',
    pj_features_failed: 'I progetti non si possono mostrare sulla mappa',
    pj_stale: 'La classifica mostrata è quella dei pesi precedenti.', pj_reasons_of: 'Motivi di {title}: {parts}',
    crit_need: 'Bisogno del territorio', crit_beneficiaries: 'Beneficiari', crit_cost_effectiveness: 'Costo-efficacia',
    crit_risk_reduction: 'Riduzione del rischio', crit_synergy: 'Sinergie',
    crit_need_help: 'Quanto i Comuni del progetto sono lontani dagli obiettivi del suo corridoio',
    crit_beneficiaries_help: 'Residenti nell\'area di influenza del progetto',
    crit_cost_effectiveness_help: 'Residenti raggiunti ogni 1.000 € spesi',
    crit_risk_reduction_help: 'Residenti esposti ai pericoli (pesati per pericolosità) nell\'area di influenza',
    crit_synergy_help: 'Progetti di altri corridoi nelle vicinanze',
  },
  en: {
    pj_matrix_title: 'Projects by Comune and corridor',
    pj_matrix_intro: '{projects} candidate projects; each counts in every Comune the programme classifies it in '
      + '({pairs} project–Comune pairs). Choose a cell to filter the map and the ranking.',
    pj_matrix_caption: 'Number of candidate projects by Comune (rows) and thematic corridor (columns)',
    pj_comune: 'Comune', pj_total: 'Total', pj_one_project: '1 project', pj_n_projects: '{n} projects',
    pj_cell_label: '{corridor}, {comune}: {projects}, cost {cost}, mean score {score}; first: {top}',
    pj_filter: 'Filter: {corridor} · {comune}', pj_on_map: '{n} on the map', pj_clear_filter: 'Clear filter',
    pj_loading: 'Loading…', pj_weights: 'Weights of the criteria',
    pj_weights_help: 'Only the proportions count (in brackets); the ranking updates as you move them.',
    pj_weight_value: '{value} ({share})', pj_method: 'Method', pj_method_weighted_sum: 'Weighted sum',
    pj_method_topsis: 'TOPSIS (closeness to the ideal)', pj_reset: 'Reset weights',
    pj_ranking_title: 'Ranking of the projects', pj_ranking_summary: '{projects}, method: {method}.',
    pj_filtered_to: 'Only {corridor} in {comune}.', pj_reasons: 'Contribution of each criterion to the score:',
    pj_score: 'score {score}', pj_interval: 'rank {p05}–{p95} as the weights vary',
    pj_interval_fixed: 'always rank {p05} as the weights vary',
    pj_ptop: 'in the top {top} in {p} of cases', pj_show_more: 'Show {n} more ({rest} left)',
    pj_show_on_map: 'Show on the map', pj_none: 'No project.',
    pj_ranking_failed: 'The ranking was not updated', pj_matrix_failed: 'The project matrix is not available',
    pj_features_failed: 'The projects cannot be shown on the map',
    pj_stale: 'The ranking shown is the one of the previous weights.', pj_reasons_of: 'Reasons of {title}: {parts}',
    crit_need: 'Need', crit_beneficiaries: 'Beneficiaries', crit_cost_effectiveness: 'Cost effectiveness',
    crit_risk_reduction: 'Risk reduction', crit_synergy: 'Synergy',
    crit_need_help: 'How far the project\'s Comuni are from the targets of its corridor',
    crit_beneficiaries_help: 'Residents in the project\'s influence area',
    crit_cost_effectiveness_help: 'Residents reached per €1,000 spent',
    crit_risk_reduction_help: 'Residents exposed to hazards (weighted by hazard) in the influence area',
    crit_synergy_help: 'Projects of other corridors nearby',
  },
};

/** '#rrggbb' → [r, g, b]. */
function rgb(hex) {
  const n = parseInt(hex.replace('#', ''), 16);
  return [n >> 16 & 255, n >> 8 & 255, n & 255];
}

/** A CQL2 text string literal. */
function literal(s) {
  return `'${String(s).replace(/'/g, "''")}'`;
}

function loadStyles() {
  const link = el('link', {rel: 'stylesheet', href: 'css/projects.css'});
  const loaded = new Promise((resolve) => {
    link.onload = resolve;
    link.onerror = () => {
      showError(new Error('css/projects.css did not load'), 'projects');
      resolve();
    };
  });
  document.head.append(link);
  return loaded;
}

export async function init(ctx, panel) {
  const {i18n, map} = ctx;
  const t = i18n.t;
  i18n.addStrings(STRINGS);
  // what the panel shows: the answers, the weights and method asked, the cell filter and how many are listed
  const state = {matrix: null, ranking: null, defaults: null, weights: null, method: 'weighted_sum', filter: null,
    shown: PAGE, stale: false};
  let timer = null;
  let requests = 0;

  const matrixSection = el('section', {className: 'pj-section'});
  const controlsSection = el('section', {className: 'pj-section'});
  const listSection = el('section', {className: 'pj-section'});
  panel.replaceChildren(matrixSection, controlsSection, listSection);

  function projectsText(n) {
    return n === 1 ? t('pj_one_project') : t('pj_n_projects', {n: i18n.num(n, 0)});
  }

  function eur(v) {
    if (typeof v !== 'number' || Number.isNaN(v)) {
      return '–';
    }
    return new Intl.NumberFormat(i18n.lang() === 'it' ? 'it-IT' : 'en-GB', {style: 'currency', currency: 'EUR',
      notation: 'compact', maximumFractionDigits: 1}).format(v);
  }

  function percent(share) {
    return new Intl.NumberFormat(i18n.lang() === 'it' ? 'it-IT' : 'en-GB', {style: 'percent',
      maximumFractionDigits: 0}).format(share);
  }

  function corridorOf(id) {
    const c = (state.matrix?.corridors || ctx.catalog.corridors).find((x) => x.id === id);
    return c || {id, name_it: id, name_en: id, colour: '#888888'};
  }

  function comuneName(code) {
    return state.matrix?.comuni.find((c) => c.istat_code === code)?.name || code;
  }

  // ------------------------------------------------------------------------------------------------ matrix
  let filterBar = null;

  function renderMatrix() {
    const m = state.matrix;
    matrixSection.replaceChildren(el('h2', {}, t('pj_matrix_title')));
    if (!m) {
      matrixSection.append(el('p', {className: 'small'}, t('pj_loading')));
      return;
    }
    const pairs = m.cells.reduce((sum, c) => sum + c.projects, 0);
    matrixSection.append(el('p', {className: 'small'}, t('pj_matrix_intro', {projects: i18n.num(m.projects, 0),
      pairs: i18n.num(pairs, 0)})));
    const cells = new Map(m.cells.map((c) => [`${c.corridor}|${c.comune}`, c]));
    const max = Math.max(1, ...m.cells.map((c) => c.projects));
    // every Comune of the territory, and any other the cells name
    const comuni = [...m.comuni];
    for (const c of m.cells) {
      if (!comuni.some((x) => x.istat_code === c.comune)) {
        comuni.push({istat_code: c.comune, name: c.comune});
      }
    }
    comuni.sort((a, b) => a.name.localeCompare(b.name, 'it'));

    const head = el('tr', {}, el('th', {scope: 'col'}, t('pj_comune')));
    for (const c of m.corridors) {
      const th = el('th', {scope: 'col', className: 'pj-corridor', title: i18n.localName(c)},
        el('span', {}, i18n.localName(c)));
      th.style.setProperty('--c', c.colour);
      head.append(th);
    }
    head.append(el('th', {scope: 'col'}, t('pj_total')));
    const body = el('tbody');
    const grid = [];
    comuni.forEach((comune, row) => {
      const tr = el('tr', {}, el('th', {scope: 'row'}, comune.name));
      let rowTotal = 0;
      grid.push([]);
      m.corridors.forEach((corridor, col) => {
        const cell = cells.get(`${corridor.id}|${comune.istat_code}`);
        const td = el('td');
        if (cell && cell.projects > 0) {
          rowTotal += cell.projects;
          const button = cellButton(cell, corridor, comune, max);
          button.dataset.row = row;
          button.dataset.col = col;
          grid[row][col] = button;
          td.append(button);
        }
        tr.append(td);
      });
      tr.append(el('td', {className: 'pj-total'}, i18n.num(rowTotal, 0)));
      body.append(tr);
    });
    const foot = el('tr', {}, el('th', {scope: 'row'}, t('pj_total')));
    for (const c of m.corridors) {
      const total = m.cells.filter((x) => x.corridor === c.id).reduce((sum, x) => sum + x.projects, 0);
      foot.append(el('td', {className: 'pj-total', 'data-corridor': c.id}, i18n.num(total, 0)));
    }
    foot.append(el('td', {className: 'pj-total pj-grand'}, i18n.num(pairs, 0)));
    const table = el('table', {className: 'pj-matrix'}, el('caption', {className: 'visually-hidden'},
      t('pj_matrix_caption')), el('thead', {}, head), body, el('tfoot', {}, foot));
    table.addEventListener('keydown', (e) => moveInGrid(e, grid, m.corridors.length));
    filterBar = el('div', {className: 'pj-filter', role: 'status'});
    matrixSection.append(el('div', {className: 'pj-matrix-wrap'}, table), filterBar);
    renderFilterBar();
  }

  function cellButton(cell, corridor, comune, max) {
    // the corridor's colour, stronger with more projects; dark text on light tints, white on strong ones
    const alpha = 0.2 + 0.8 * cell.projects / max;
    const [r, g, b] = rgb(corridor.colour);
    const blend = [r, g, b].map((v) => v * alpha + 255 * (1 - alpha));
    const light = (0.299 * blend[0] + 0.587 * blend[1] + 0.114 * blend[2]) > 150;
    const label = t('pj_cell_label', {corridor: i18n.localName(corridor), comune: comune.name,
      projects: projectsText(cell.projects), cost: eur(cell.total_cost_eur), score: i18n.num(cell.mean_score, 3),
      top: cell.top_project?.title || '–'});
    const button = el('button', {type: 'button', className: 'pj-cell', title: label, 'aria-label': label,
      'aria-pressed': String(isSelected(cell)), 'data-corridor': cell.corridor, 'data-comune': cell.comune},
    i18n.num(cell.projects, 0));
    button.style.background = `rgba(${r}, ${g}, ${b}, ${alpha.toFixed(2)})`;
    button.style.color = light ? '#1f2328' : '#fff';
    button.addEventListener('click', () => selectCell(cell));
    return button;
  }

  /** Arrow keys move between the matrix's cells (along the row or the column, skipping empty cells). */
  function moveInGrid(e, grid, columns) {
    const steps = {ArrowLeft: [0, -1], ArrowRight: [0, 1], ArrowUp: [-1, 0], ArrowDown: [1, 0]};
    const step = steps[e.key];
    if (!step || !e.target.classList.contains('pj-cell')) {
      return;
    }
    e.preventDefault();
    let row = Number(e.target.dataset.row) + step[0];
    let col = Number(e.target.dataset.col) + step[1];
    while (row >= 0 && row < grid.length && col >= 0 && col < columns) {
      if (grid[row][col]) {
        grid[row][col].focus();
        return;
      }
      row += step[0];
      col += step[1];
    }
  }

  function isSelected(cell) {
    return !!state.filter && state.filter.corridor === cell.corridor && state.filter.comune === cell.comune;
  }

  function renderFilterBar() {
    if (!filterBar) {
      return;
    }
    filterBar.replaceChildren();
    const f = state.filter;
    filterBar.hidden = !f;
    if (!f) {
      return;
    }
    const text = t('pj_filter', {corridor: i18n.localName(corridorOf(f.corridor)), comune: comuneName(f.comune)})
      + (f.ids ? ` — ${t('pj_on_map', {n: i18n.num(f.ids.size, 0)})}` : ` — ${t('pj_loading')}`);
    const clear = el('button', {type: 'button', className: 'pj-clear'}, t('pj_clear_filter'));
    clear.addEventListener('click', clearFilter);
    filterBar.append(el('span', {}, text), clear);
  }

  function markSelection() {
    matrixSection.querySelectorAll('.pj-cell').forEach((b) => b.setAttribute('aria-pressed',
      String(!!state.filter && b.dataset.corridor === state.filter.corridor && b.dataset.comune === state.filter.comune)));
  }

  /** Filters the list to a cell, and shows the cell's projects (from OGC API Features) on the map. */
  async function selectCell(cell) {
    const f = {corridor: cell.corridor, comune: cell.comune, ids: null};
    state.filter = f;
    state.shown = PAGE;
    markSelection();
    renderFilterBar();
    renderList();
    const cql = `corridor = ${literal(cell.corridor)} AND comuni_istat LIKE ${literal(`%${cell.comune}%`)}`;
    try {
      const fc = await getJson(`/ogc/collections/projects/items?f=json&limit=500&filter=${encodeURIComponent(cql)}`);
      if (state.filter !== f) {
        return; // another cell was chosen meanwhile
      }
      // the programme's classification names the Comuni by ISTAT code, ';'-separated
      fc.features = fc.features.filter((x) => String(x.properties.comuni_istat || '').split(';')
        .map((s) => s.trim()).includes(cell.comune));
      f.ids = new Set(fc.features.map((x) => x.properties.project_id));
      showOnMap(fc);
      renderFilterBar();
      renderList();
    } catch (e) {
      showError(e, t('pj_features_failed'));
    }
  }

  function clearFilter() {
    const previous = state.filter;
    state.filter = null;
    state.shown = PAGE;
    map.highlight(null);
    markSelection();
    renderFilterBar();
    renderList();
    // give the focus back to the cell that was chosen
    matrixSection.querySelector(`.pj-cell[data-corridor="${previous?.corridor}"][data-comune="${previous?.comune}"]`)
      ?.focus();
  }

  function showOnMap(fc) {
    map.highlight(fc);
    const extent = ol.extent.createEmpty();
    for (const f of new ol.format.GeoJSON().readFeatures(fc)) {
      if (f.getGeometry()) {
        ol.extent.extend(extent, f.getGeometry().getExtent());
      }
    }
    if (!ol.extent.isEmpty(extent)) {
      map.zoomToExtent(extent);
    }
  }

  async function showProject(p) {
    const cql = `project_id = ${literal(p.project_id)}`;
    try {
      showOnMap(await getJson(`/ogc/collections/projects/items?f=json&filter=${encodeURIComponent(cql)}`));
    } catch (e) {
      showError(e, t('pj_features_failed'));
    }
  }

  // ------------------------------------------------------------------------------------------------ weights
  const outputs = {};

  function renderControls() {
    controlsSection.replaceChildren();
    if (!state.weights) {
      return;
    }
    const fieldset = el('fieldset', {className: 'pj-weights'}, el('legend', {}, t('pj_weights')),
      el('p', {className: 'small'}, t('pj_weights_help')));
    for (const key of CRITERIA) {
      const id = `pj-weight-${key}`;
      const swatch = el('span', {className: 'pj-swatch', 'aria-hidden': 'true'});
      swatch.style.setProperty('--c', CRITERION_COLOURS[key]);
      const label = el('label', {htmlFor: id, title: t(`crit_${key}_help`)}, swatch, t(`crit_${key}`));
      const input = el('input', {type: 'range', id, min: '0', max: '1', step: '0.05', value: String(state.weights[key]),
        'data-criterion': key});
      const output = el('output', {for: id});
      outputs[key] = {input, output};
      input.addEventListener('input', () => {
        state.weights[key] = Number(input.value);
        showWeights();
        schedule();
      });
      fieldset.append(el('div', {className: 'pj-weight'}, label, input, output));
    }
    const select = el('select', {id: 'pj-method'});
    for (const m of METHODS) {
      select.append(el('option', {value: m, selected: m === state.method}, t(`pj_method_${m}`)));
    }
    select.addEventListener('change', () => {
      state.method = select.value;
      schedule();
    });
    const reset = el('button', {type: 'button', className: 'pj-reset'}, t('pj_reset'));
    reset.addEventListener('click', () => {
      state.weights = {...state.defaults};
      state.method = 'weighted_sum';
      select.value = state.method;
      CRITERIA.forEach((k) => { outputs[k].input.value = String(state.weights[k]); });
      showWeights();
      schedule();
    });
    fieldset.append(el('div', {className: 'pj-method'}, el('label', {htmlFor: 'pj-method'}, t('pj_method')), select,
      reset));
    controlsSection.append(fieldset);
    showWeights();
  }

  /** Each weight's value and its share of the total, beside the slider and for screen readers. */
  function showWeights() {
    const sum = CRITERIA.reduce((s, k) => s + state.weights[k], 0);
    for (const key of CRITERIA) {
      const w = state.weights[key];
      const text = t('pj_weight_value', {value: i18n.num(w, 2), share: sum > 0 ? percent(w / sum) : '–'});
      outputs[key].output.textContent = text;
      outputs[key].input.setAttribute('aria-valuetext', text);
    }
  }

  function schedule() {
    clearTimeout(timer);
    timer = setTimeout(refresh, DEBOUNCE_MS);
  }

  /** Asks the ranking and the matrix again with the current weights and method; the latest answer wins. */
  async function refresh() {
    const request = ++requests;
    const query = new URLSearchParams({method: state.method});
    CRITERIA.forEach((k) => query.set(k, String(state.weights[k])));
    listSection.setAttribute('aria-busy', 'true');
    try {
      // both answered before going on, so that one refusal is shown once
      const answers = await Promise.allSettled([getJson(`/api/projects/ranking?${query}`),
        getJson(`/api/projects/matrix?${query}`)]);
      const failed = answers.find((a) => a.status === 'rejected');
      if (failed) {
        throw failed.reason;
      }
      const [ranking, matrix] = answers.map((a) => a.value);
      if (request !== requests) {
        return;
      }
      state.ranking = ranking;
      state.matrix = matrix;
      state.stale = false;
      const focused = document.activeElement?.closest?.('.pj-cell');
      renderMatrix();
      if (focused) {
        matrixSection.querySelector(`.pj-cell[data-corridor="${focused.dataset.corridor}"][data-comune="${
          focused.dataset.comune}"]`)?.focus();
      }
      renderList();
    } catch (e) {
      if (request === requests) {
        state.stale = true;
        renderList();
        showError(e, t('pj_ranking_failed'));
      }
    } finally {
      if (request === requests) {
        listSection.removeAttribute('aria-busy');
      }
    }
  }

  // ------------------------------------------------------------------------------------------------ ranking
  function renderList() {
    listSection.replaceChildren(el('h2', {}, t('pj_ranking_title')));
    const r = state.ranking;
    if (!r) {
      listSection.append(el('p', {className: 'small'}, t('pj_loading')));
      return;
    }
    const f = state.filter;
    const projects = !f ? r.projects : f.ids ? r.projects.filter((p) => f.ids.has(p.project_id)) : [];
    let summary = t('pj_ranking_summary', {projects: projectsText(projects.length), method: t(`pj_method_${r.method}`)});
    if (f) {
      summary += ' ' + t('pj_filtered_to', {corridor: i18n.localName(corridorOf(f.corridor)), comune: comuneName(f.comune)});
    }
    listSection.append(el('p', {className: 'small', role: 'status'}, summary));
    if (state.stale) {
      listSection.append(el('p', {className: 'pj-stale'}, t('pj_stale')));
    }
    const legend = el('ul', {className: 'pj-legend', 'aria-label': t('pj_reasons')});
    for (const key of CRITERIA) {
      const swatch = el('span', {className: 'pj-swatch', 'aria-hidden': 'true'});
      swatch.style.setProperty('--c', CRITERION_COLOURS[key]);
      legend.append(el('li', {}, swatch, t(`crit_${key}`)));
    }
    listSection.append(el('p', {className: 'small pj-reasons'}, t('pj_reasons')), legend);
    if (f && !f.ids) {
      listSection.append(el('p', {className: 'small'}, t('pj_loading')));
      return;
    }
    if (!projects.length) {
      listSection.append(el('p', {}, t('pj_none')));
      return;
    }
    // the bars share one scale: the largest sum of contributions of the whole ranking fills the width
    const scale = Math.max(1e-9, ...r.projects.map((p) => CRITERIA.reduce((s, k) => s + (p.contributions[k] || 0), 0)));
    const list = el('ul', {className: 'pj-list'});
    projects.slice(0, state.shown).forEach((p) => list.append(item(p, scale, r.sensitivity?.top ?? 10)));
    listSection.append(list);
    const rest = projects.length - state.shown;
    if (rest > 0) {
      const more = el('button', {type: 'button', className: 'pj-more'},
        t('pj_show_more', {n: i18n.num(Math.min(PAGE, rest), 0), rest: i18n.num(rest, 0)}));
      more.addEventListener('click', () => {
        const first = state.shown;
        state.shown += PAGE;
        renderList();
        // keep the keyboard where the new projects start
        listSection.querySelectorAll('.pj-title')[first]?.focus();
      });
      listSection.append(more);
    }
  }

  function item(p, scale, top) {
    const corridor = corridorOf(p.corridor);
    const chip = el('span', {className: 'pj-swatch', 'aria-hidden': 'true'});
    chip.style.setProperty('--c', corridor.colour);
    const title = el('button', {type: 'button', className: 'pj-title', title: t('pj_show_on_map')}, p.title);
    title.addEventListener('click', () => showProject(p));
    const interval = p.rank_interval || {};
    const parts = CRITERIA.map((k) => `${t(`crit_${k}`)} ${i18n.num(p.contributions[k] || 0, 3)}`).join(', ');
    const bar = el('div', {className: 'pj-bar', role: 'img', 'aria-label': t('pj_reasons_of', {title: p.title, parts})});
    for (const k of CRITERIA) {
      const v = p.contributions[k] || 0;
      if (v > 0) {
        const segment = el('span', {title: `${t(`crit_${k}`)}: ${i18n.num(v, 3)}`});
        segment.style.width = `${(100 * v / scale).toFixed(2)}%`;
        segment.style.background = CRITERION_COLOURS[k];
        bar.append(segment);
      }
    }
    return el('li', {className: 'pj-project', 'data-project-id': p.project_id, 'data-corridor': p.corridor},
      el('span', {className: 'pj-rank'}, String(p.rank)),
      el('div', {},
        title,
        el('div', {className: 'pj-meta'}, chip, `${i18n.localName(corridor)} · ${t('pj_score', {score: i18n.num(p.score, 3)})}`),
        el('div', {className: 'pj-meta'}, `${t(interval.p05 === interval.p95 ? 'pj_interval_fixed' : 'pj_interval',
          {p05: i18n.num(interval.p05, 0), p95: i18n.num(interval.p95, 0)})} · ${t('pj_ptop', {top,
          p: percent(p.p_top ?? 0)})}`),
        bar));
  }

  function renderAll() {
    renderMatrix();
    renderControls();
    renderList();
  }

  // ------------------------------------------------------------------------------------------------ start
  await loadStyles();
  renderAll();
  i18n.onLangChange(renderAll);
  try {
    const [ranking, matrix] = await Promise.all([getJson('/api/projects/ranking'), getJson('/api/projects/matrix')]);
    state.ranking = ranking;
    state.matrix = matrix;
    state.defaults = {...ranking.weights};
    state.weights = {...ranking.weights};
    state.method = ranking.method || 'weighted_sum';
  } catch (e) {
    showError(e, t('pj_matrix_failed'));
  }
  renderAll();
}
