// The Indicators panel: the indicators of the six corridors, computed by the analytics for every Comune and for
// the whole territory. Choose a corridor, then one of its indicators: the Comuni are drawn on the map as a
// choropleth (WMS layer `indicators`, one graduated style per indicator) with its legend, and compared in a bar
// chart with the territory's value as a reference line, next to the indicator's definition, method and the run
// that computed it. The indicators that do not apply to this territory are listed with what they lack.
/* global Chart */
import {getJson, showError} from './api.js';

const STRINGS = {
  it: {
    ind_intro: 'Scegli un corridoio tematico e uno dei suoi indicatori: la mappa colora i Comuni, il grafico li confronta con il valore del territorio.',
    ind_corridors: 'Corridoi', ind_indicator: 'Indicatore', ind_choose_corridor: 'Scegli un corridoio per vederne gli indicatori.',
    ind_choose: '— scegli un indicatore —', ind_none_applies: 'Nessun indicatore di questo corridoio si applica al territorio.',
    ind_loading: 'Caricamento…', ind_catalogue_failed: 'Il catalogo degli indicatori non è disponibile',
    ind_values_failed: 'I valori dell\'indicatore non sono disponibili',
    ind_not_run: 'Le analisi non sono ancora state eseguite per questo territorio: gli indicatori non hanno ancora valori.',
    ind_running: 'Un\'elaborazione è in corso ({progress}%: {message}).', ind_retry: 'Riprova',
    ind_unknown: 'L\'indicatore «{id}» del link non esiste in questo territorio.',
    higher_is_better: 'Un valore più alto è migliore', higher_is_worse: 'Un valore più alto è peggiore',
    ind_territory: 'Valore del territorio ({name})', ind_territory_line: 'Territorio',
    ind_definition: 'Definizione', ind_method: 'Metodo di calcolo', ind_unit: 'Unità',
    ind_run: 'Calcolato dall\'elaborazione n. {id} il {time}.', ind_legend: 'Legenda: {name}',
    ind_chart: 'Grafico a barre di {name} per Comune, dal valore più alto al più basso',
    ind_table: 'Valori per Comune (tabella)', ind_comune: 'Comune', ind_value: 'Valore', ind_class: 'Classe',
    ind_no_value: 'senza valore', ind_not_applicable: 'Indicatori non applicabili a questo territorio',
    ind_classes: 'Classi (quintili dei Comuni)', ind_class_range: 'classe {n}: da {min} a {max} {unit}',
    ind_missing: 'mancano: {what}', ind_none_missing: 'Tutti gli indicatori del corridoio si applicano.',
  },
  en: {
    ind_intro: 'Choose a thematic corridor and one of its indicators: the map colours the Comuni, the chart compares them with the territory\'s value.',
    ind_corridors: 'Corridors', ind_indicator: 'Indicator', ind_choose_corridor: 'Choose a corridor to see its indicators.',
    ind_choose: '— choose an indicator —', ind_none_applies: 'No indicator of this corridor applies to the territory.',
    ind_loading: 'Loading…', ind_catalogue_failed: 'The indicator catalogue is not available',
    ind_values_failed: 'The indicator\'s values are not available',
    ind_not_run: 'The analytics have not run yet for this territory: the indicators have no values yet.',
    ind_running: 'A run is in progress ({progress}%: {message}).', ind_retry: 'Retry',
    ind_unknown: 'The link\'s indicator “{id}” does not exist in this territory.',
    higher_is_better: 'A higher value is better', higher_is_worse: 'A higher value is worse',
    ind_territory: 'Value of the territory ({name})', ind_territory_line: 'Territory',
    ind_definition: 'Definition', ind_method: 'Method', ind_unit: 'Unit',
    ind_run: 'Computed by analytics run {id} on {time}.', ind_legend: 'Legend: {name}',
    ind_chart: 'Bar chart of {name} per Comune, from the highest value to the lowest',
    ind_table: 'Values per Comune (table)', ind_comune: 'Comune', ind_value: 'Value', ind_class: 'Class',
    ind_no_value: 'no value', ind_not_applicable: 'Indicators that do not apply to this territory',
    ind_classes: 'Classes (fifths of the Comuni)', ind_class_range: 'class {n}: {min} to {max} {unit}',
    ind_missing: 'missing: {what}', ind_none_missing: 'Every indicator of the corridor applies.',
  },
};

// The panel's own look (kept here so that the shared stylesheet stays as it is).
const CSS = `
#panel-indicators .ind-corridors { display: flex; flex-wrap: wrap; gap: 4px; margin: 6px 0 8px; }
#panel-indicators .ind-corridors button { flex: 1 1 45%; text-align: left; padding: 5px 6px; cursor: pointer;
  background: #fff; border: 1px solid var(--line); border-left: 6px solid var(--corridor); border-radius: 3px; }
#panel-indicators .ind-corridors button[aria-pressed="true"] { font-weight: bold; border-color: var(--corridor);
  background: color-mix(in srgb, var(--corridor) 22%, white); }
#panel-indicators select { width: 100%; margin: 2px 0 8px; padding: 3px; }
#panel-indicators .ind-name { font-size: 15px; margin: 8px 0 2px; padding-left: 8px; border-left: 6px solid var(--corridor); }
#panel-indicators .ind-status { margin: 6px 0; }
#panel-indicators .ind-chart { position: relative; }
#panel-indicators .ind-territory { font-size: 15px; margin: 4px 0; }
#panel-indicators dt { font-weight: bold; margin-top: 6px; }
#panel-indicators dd { margin: 2px 0 0; }
#panel-indicators .legend { display: flex; gap: 8px; align-items: flex-start; margin: 4px 0 8px; }
#panel-indicators .legend img { max-width: 60%; }
#panel-indicators .ind-na li { margin: 3px 0; }
#panel-indicators .ind-classes { margin: 0; padding: 1px 0 0; list-style: none; line-height: 22px; white-space: nowrap; }
`;

export function init(ctx, panel) {
  const {i18n, map, bus} = ctx;
  i18n.addStrings(STRINGS);
  const style = document.createElement('style');
  style.textContent = CSS;
  document.head.append(style);

  let catalogue = null; // GET /api/indicators, null until read
  let problem = null; // what went wrong reading the catalogue or the values: {key, error}
  let current = null; // GET /api/indicators/{id} of the chosen indicator
  let running = null; // a run queued or in progress when the values are missing
  let chart = null;
  let request = 0; // answers to older requests are dropped

  const corridors = () => ctx.catalog.corridors;
  const corridorOf = (id) => corridors().find((c) => c.id === id);
  const definitionOf = (id) => catalogue?.indicators.find((d) => d.id === id);
  const nameOf = (d) => i18n.localName(d);

  /** The not applicable indicators of a corridor: by their corridor when the API gives it, else by id prefix. */
  function notApplicable(corridorId) {
    const prefixes = new Map(catalogue.indicators.map((d) => [d.id.split('_')[0], d.corridor]));
    return catalogue.not_applicable.filter((n) => {
      const c = n.corridor || prefixes.get(n.id.split('_')[0]);
      return !c || c === corridorId;
    });
  }

  async function loadCatalogue() {
    problem = null;
    render();
    try {
      catalogue = await getJson('/api/indicators');
    } catch (e) {
      problem = {key: 'ind_catalogue_failed', error: e};
      showError(e, i18n.t('ind_catalogue_failed'));
      render();
      return;
    }
    const wanted = ctx.state.indicator;
    if (wanted && definitionOf(wanted)) {
      choose(wanted);
    } else {
      if (wanted) {
        problem = {key: 'ind_unknown', id: wanted};
        ctx.state.indicator = null;
        bus.emit('state-changed');
      }
      render();
    }
  }

  /** A corridor chosen: keeps its indicator if it is the current one, else takes its first. */
  function chooseCorridor(id) {
    ctx.state.corridor = id;
    problem = null;
    const d = definitionOf(ctx.state.indicator);
    if (d && d.corridor === id) {
      render();
      return;
    }
    const first = catalogue.indicators.find((x) => x.corridor === id);
    if (first) {
      choose(first.id);
    } else {
      ctx.state.indicator = null;
      current = null;
      map.hideWms('indicators');
      bus.emit('state-changed');
      render();
    }
  }

  /** An indicator chosen: remembered for the permalink, its values read, then drawn on the map. */
  async function choose(id) {
    const d = definitionOf(id);
    ctx.state.indicator = id;
    ctx.state.corridor = d.corridor;
    bus.emit('state-changed');
    current = null;
    running = null;
    problem = null;
    const mine = ++request;
    render();
    let values;
    try {
      values = await getJson(`/api/indicators/${encodeURIComponent(id)}`);
    } catch (e) {
      if (mine !== request) {
        return;
      }
      map.hideWms('indicators'); // no longer the chosen indicator's
      if (e.status === 503) {
        problem = {key: 'ind_not_run', error: e};
        running = await activeRun();
      } else {
        problem = {key: 'ind_values_failed', error: e};
        showError(e, `${i18n.t('ind_values_failed')} (${nameOf(d)})`);
      }
      render();
      return;
    }
    if (mine !== request) {
      return;
    }
    current = values;
    const layer = map.showWms('indicators', {style: values.style || `indicator_${id}`, title: nameOf(d)});
    layer.set('title', nameOf(d));
    // the choropleth lies under everything else, so that boundaries, waterways, hazard zones and points stay visible
    layer.setZIndex(-1);
    render();
  }

  /** The run queued or in progress, if any (to tell the user the values are coming). */
  async function activeRun() {
    try {
      const runs = await getJson('/api/analytics/runs');
      return runs.find((r) => r.status === 'queued' || r.status === 'running') || null;
    } catch (e) {
      showError(e, i18n.t('ind_values_failed'));
      return null;
    }
  }

  function retry() {
    if (!catalogue) {
      loadCatalogue();
    } else if (ctx.state.indicator) {
      choose(ctx.state.indicator);
    }
  }

  function el(tag, props = {}, ...children) {
    const e = Object.assign(document.createElement(tag), props);
    e.append(...children);
    return e;
  }

  function render() {
    const focused = document.activeElement && panel.contains(document.activeElement) ? document.activeElement.id : null;
    if (chart) {
      chart.destroy();
      chart = null;
    }
    panel.replaceChildren(el('p', {className: 'small', textContent: i18n.t('ind_intro')}));
    if (!catalogue) {
      panel.append(status(problem ? i18n.t(problem.key) : i18n.t('ind_loading'), !!problem));
      return;
    }
    panel.append(corridorButtons());
    const corridorId = ctx.state.corridor;
    if (!corridorId) {
      panel.append(status(problem ? i18n.t(problem.key, problem) : i18n.t('ind_choose_corridor')));
    } else {
      panel.append(...indicatorSelect(corridorId));
      const d = definitionOf(ctx.state.indicator);
      if (d) {
        panel.append(details(d));
      }
      panel.append(notApplicableList(corridorId));
    }
    if (focused && document.getElementById(focused)) {
      document.getElementById(focused).focus();
    }
  }

  function status(text, withRetry = false) {
    const div = el('div', {className: 'ind-status', role: 'status'}, el('p', {textContent: text}));
    if (problem?.error) {
      div.append(el('p', {className: 'small', textContent: problem.error.message}));
    }
    if (running) {
      div.append(el('p', {textContent: i18n.t('ind_running', {progress: i18n.num(running.progress, 0),
        message: running.message || running.status})}));
    }
    if (withRetry) {
      const b = el('button', {type: 'button', id: 'ind-retry', textContent: i18n.t('ind_retry')});
      b.addEventListener('click', retry);
      div.append(b);
    }
    return div;
  }

  function corridorButtons() {
    const group = el('div', {className: 'ind-corridors', role: 'group'});
    group.setAttribute('aria-label', i18n.t('ind_corridors'));
    for (const c of corridors()) {
      const b = el('button', {type: 'button', id: `ind-corridor-${c.id}`, textContent: i18n.localName(c)});
      b.dataset.corridor = c.id;
      b.style.setProperty('--corridor', c.colour);
      b.setAttribute('aria-pressed', String(c.id === ctx.state.corridor));
      b.addEventListener('click', () => chooseCorridor(c.id));
      group.append(b);
    }
    return group;
  }

  function indicatorSelect(corridorId) {
    const list = catalogue.indicators.filter((d) => d.corridor === corridorId);
    if (!list.length) {
      return [el('p', {textContent: i18n.t('ind_none_applies')})];
    }
    const select = el('select', {id: 'ind-indicator'});
    if (!definitionOf(ctx.state.indicator)) {
      select.append(el('option', {value: '', textContent: i18n.t('ind_choose')}));
    }
    for (const d of list) {
      select.append(el('option', {value: d.id, textContent: nameOf(d), selected: d.id === ctx.state.indicator}));
    }
    select.addEventListener('change', () => select.value && choose(select.value));
    return [el('label', {htmlFor: 'ind-indicator', textContent: i18n.t('ind_indicator')}), select];
  }

  /** The chosen indicator: name, direction, territory value, legend, chart, definition, method and run. */
  function details(d) {
    const colour = corridorOf(d.corridor)?.colour || '#888';
    const section = el('section', {className: 'ind-detail'});
    section.style.setProperty('--corridor', colour);
    section.append(el('h3', {className: 'ind-name', textContent: nameOf(d)}),
      el('p', {className: 'ind-direction', textContent: `${i18n.t(d.direction)} · ${i18n.t('ind_unit')}: ${d.unit}`}));
    if (!current) {
      section.append(problem ? status(i18n.t(problem.key), true) : status(i18n.t('ind_loading')));
    } else {
      const digits = d.unit === '%' ? 1 : 2;
      const territory = el('p', {className: 'ind-territory'}, `${i18n.t('ind_territory', {name: current.territory.name})}: `,
        el('strong', {textContent: `${i18n.num(current.territory.value, digits)} ${d.unit}`}));
      section.append(territory, legend(d, digits), barChart(d, colour, digits), valuesTable(d, digits));
    }
    const about = el('dl', {},
      el('dt', {textContent: i18n.t('ind_definition')}), el('dd', {className: 'ind-definition', textContent: d.definition}),
      el('dt', {textContent: i18n.t('ind_method')}), el('dd', {className: 'ind-method', textContent: d.method}));
    section.append(about);
    if (current) {
      const run = current.run;
      const time = new Date(run.computed_at);
      const when = Number.isNaN(time.getTime()) ? run.computed_at : new Intl.DateTimeFormat(
        i18n.lang() === 'it' ? 'it-IT' : 'en-GB', {dateStyle: 'long', timeStyle: 'short'}).format(time);
      section.append(el('p', {className: 'small ind-run', textContent: i18n.t('ind_run', {id: run.id, time: when})}));
    }
    return section;
  }

  /** The map's legend (WMS GetLegendGraphic, one 22 px row per class) with each class's value range beside it. */
  function legend(d, digits) {
    const img = el('img', {alt: i18n.t('ind_legend', {name: nameOf(d)}),
      src: '/wms?SERVICE=WMS&VERSION=1.3.0&REQUEST=GetLegendGraphic&FORMAT=image/png&LAYER=indicators'
        + `&STYLE=${encodeURIComponent(current.style || `indicator_${d.id}`)}`});
    const ranges = el('ul', {className: 'small ind-classes', title: i18n.t('ind_classes')});
    ranges.setAttribute('aria-label', i18n.t('ind_classes'));
    for (const c of current.classes.slice().sort((a, b) => a.class - b.class)) {
      const li = el('li', {textContent: `${i18n.num(c.min, digits)} – ${i18n.num(c.max, digits)} ${d.unit}`});
      li.setAttribute('aria-label', i18n.t('ind_class_range', {n: c.class, min: i18n.num(c.min, digits),
        max: i18n.num(c.max, digits), unit: d.unit}));
      ranges.append(li);
    }
    return el('div', {className: 'legend'}, img, ranges);
  }

  /** The Comuni sorted by value (highest on top), the territory's value as a dashed line. */
  function barChart(d, colour, digits) {
    const rows = sortedComuni();
    const box = el('div', {className: 'ind-chart'});
    box.style.height = `${rows.length * 20 + 70}px`;
    const canvas = el('canvas', {id: 'ind-chart'});
    canvas.setAttribute('role', 'img');
    canvas.setAttribute('aria-label', i18n.t('ind_chart', {name: nameOf(d)}));
    box.append(canvas);
    const territoryValue = current.territory.value;
    const line = {
      id: 'territoryLine',
      afterDatasetsDraw(c) {
        if (territoryValue === null || territoryValue === undefined) {
          return;
        }
        const x = c.scales.x.getPixelForValue(territoryValue);
        const {top, bottom, left, right} = c.chartArea;
        const g = c.ctx;
        g.save();
        g.strokeStyle = '#1f2328';
        g.lineWidth = 2;
        g.setLineDash([6, 4]);
        g.beginPath();
        g.moveTo(x, top - 14);
        g.lineTo(x, bottom);
        g.stroke();
        g.fillStyle = '#1f2328';
        g.font = '11px "DejaVu Sans", sans-serif';
        const onRight = x < (left + right) / 2;
        g.textAlign = onRight ? 'left' : 'right';
        g.fillText(`${i18n.t('ind_territory_line')} ${i18n.num(territoryValue, digits)}`, x + (onRight ? 4 : -4), top - 4);
        g.restore();
      },
    };
    // the chart is built once the canvas is in the page (Chart.js measures its box)
    requestAnimationFrame(() => {
      if (!canvas.isConnected) {
        return;
      }
      chart = new Chart(canvas, {
        type: 'bar',
        data: {
          labels: rows.map((r) => r.name),
          datasets: [{label: nameOf(d), data: rows.map((r) => r.value), backgroundColor: colour, borderColor: colour}],
        },
        options: {
          indexAxis: 'y',
          maintainAspectRatio: false,
          animation: false,
          layout: {padding: {top: 16}},
          scales: {
            x: {beginAtZero: true, suggestedMax: territoryValue ?? undefined,
              title: {display: true, text: d.unit},
              ticks: {callback: (v) => i18n.num(v, digits)}},
            y: {ticks: {autoSkip: false, font: {size: 11}}},
          },
          plugins: {
            legend: {display: false},
            tooltip: {callbacks: {label: (item) => `${i18n.num(item.raw, digits)} ${d.unit}`}},
          },
        },
        plugins: [line],
      });
    });
    return box;
  }

  function sortedComuni() {
    const value = (r) => (typeof r.value === 'number' ? r.value : -Infinity);
    return current.comuni.slice().sort((a, b) => value(b) - value(a) || a.name.localeCompare(b.name));
  }

  /** The same values as a table, for reading them exactly or with a screen reader. */
  function valuesTable(d, digits) {
    const table = el('table', {className: 'data'});
    table.append(el('tr', {}, el('th', {textContent: i18n.t('ind_comune')}),
      el('th', {textContent: `${i18n.t('ind_value')} (${d.unit})`}), el('th', {textContent: i18n.t('ind_class')})));
    for (const r of sortedComuni()) {
      table.append(el('tr', {}, el('td', {textContent: r.name}),
        el('td', {textContent: typeof r.value === 'number' ? i18n.num(r.value, digits) : i18n.t('ind_no_value')}),
        el('td', {textContent: r.class ?? '–'})));
    }
    return el('details', {}, el('summary', {textContent: i18n.t('ind_table')}), table);
  }

  function notApplicableList(corridorId) {
    const section = el('section', {className: 'ind-na'}, el('h4', {textContent: i18n.t('ind_not_applicable')}));
    const list = notApplicable(corridorId);
    if (!list.length) {
      section.append(el('p', {className: 'small', textContent: i18n.t('ind_none_missing')}));
      return section;
    }
    const ul = el('ul');
    for (const n of list) {
      const name = n.name_it || n.name_en ? i18n.localName(n) : n.id;
      ul.append(el('li', {}, el('span', {textContent: name}), ' — ',
        el('span', {className: 'small', textContent: i18n.t('ind_missing', {what: n.missing.join(', ')})})));
    }
    section.append(ul);
    return section;
  }

  i18n.onLangChange(() => {
    const d = definitionOf(ctx.state.indicator);
    if (d && map.wmsLayer('indicators')) {
      map.wmsLayer('indicators').set('title', nameOf(d));
    }
    render();
  });
  loadCatalogue();
}
