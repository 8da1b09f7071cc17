// "Hand over data": a signed-in user who may write a layer (a contractor its project's works layer, an admin any
// writable layer) uploads a GeoJSON, GeoPackage or zipped shapefile that replaces the layer's content, all or
// nothing (POST /api/uploads). An accepted file says which version it made and how many features the layer holds
// (the map and the layer tree follow through the live catalog); a refused one lists every problem the server found
// (feature, source id, field, message) so the contractor can fix the file; any other refusal shows the server's
// words. The layer's versions (newest first) can each be restored, after a confirmation asked in place (no modal
// browser prompt). The section exists only while the catalog says the user may write some layer.
import {authorizedFetch, getJson, postJson, refusal} from './api.js';
import * as session from './session.js';
import {el, when} from './dom.js';
import {STRINGS} from './uploads-strings.js';

/** Content types the server reads, by file name ending; anything else is sent as octet-stream for it to sniff. */
const TYPES = [
  [/\.(geo)?json$/i, 'application/geo+json'],
  [/\.gpkg$/i, 'application/geopackage+sqlite3'],
  [/\.zip$/i, 'application/zip'],
];

export function contentTypeOf(name) {
  const found = TYPES.find(([pattern]) => pattern.test(name));
  return found ? found[1] : 'application/octet-stream';
}

export function init(ctx, section) {
  const {i18n, bus} = ctx;
  i18n.addStrings(STRINGS);
  section.id = 'handover';
  section.className = 'handover';
  section.setAttribute('aria-labelledby', 'ho-title');

  const state = {
    layers: [], // the layers the user may write: {id, title, revision}
    layer: '', // the chosen one
    outcome: null, // {kind: 'busy'|'accepted'|'rejected'|'refused'|'restored'|'error', text, problems?, more?}
    versions: null, // the chosen layer's /versions answer, or {error}
    confirming: null, // the version number whose restore awaits confirmation
    busy: false,
  };
  const parts = {};

  function writable(catalog) {
    if (!session.user()) {
      return [];
    }
    return catalog.layers.filter((l) => l.access && l.access.youMayWrite)
      .map((l) => ({id: l.id, title: l.title, revision: l.revision ?? 0}));
  }

  function layerTitle(id) {
    return state.layers.find((l) => l.id === id)?.title || id;
  }

  /** Builds the whole section (the file chosen is lost: only when the writable layers or the language change). */
  function build() {
    section.replaceChildren();
    section.hidden = state.layers.length === 0;
    if (section.hidden) {
      return;
    }
    if (!state.layers.some((l) => l.id === state.layer)) {
      state.layer = state.layers[0].id;
      state.outcome = null;
      state.versions = null;
      state.confirming = null;
    }
    const choose = el('select', {id: 'ho-layer'}, ...state.layers.map((l) =>
      el('option', {value: l.id, selected: l.id === state.layer}, l.title)));
    choose.addEventListener('change', () => {
      state.layer = choose.value;
      state.outcome = null;
      state.confirming = null;
      showOutcome();
      loadVersions();
    });
    const file = el('input', {id: 'ho-file', type: 'file', accept: '.geojson,.json,.gpkg,.zip'});
    const note = el('input', {id: 'ho-note', type: 'text', maxLength: 500, autocomplete: 'off'});
    const upload = el('button', {id: 'ho-upload', type: 'submit'}, i18n.t('ho_upload'));
    const form = el('form', {id: 'ho-form', noValidate: true},
      el('label', {for: 'ho-layer'}, i18n.t('ho_layer')), choose,
      el('label', {for: 'ho-file'}, i18n.t('ho_file')), file,
      el('label', {for: 'ho-note'}, i18n.t('ho_note')), note,
      el('div', {className: 'buttons'}, upload));
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      send(file, note);
    });
    parts.upload = upload;
    parts.outcome = el('div', {id: 'ho-outcome', 'aria-live': 'polite'});
    parts.versions = el('div', {id: 'ho-versions'});
    section.append(el('h3', {id: 'ho-title'}, i18n.t('ho_title')), el('p', {className: 'small'}, i18n.t('ho_intro')),
      form, parts.outcome, parts.versions);
    showOutcome();
    showVersions();
  }

  async function send(fileInput, noteInput) {
    const file = fileInput.files[0];
    if (!file) {
      state.outcome = {kind: 'error', text: i18n.t('ho_choose_file')};
      showOutcome();
      fileInput.focus();
      return;
    }
    const layer = state.layer;
    const params = new URLSearchParams({layer, filename: file.name});
    if (noteInput.value.trim()) {
      params.set('note', noteInput.value.trim());
    }
    state.busy = true;
    state.confirming = null;
    state.outcome = {kind: 'busy', text: i18n.t('ho_uploading', {file: file.name})};
    showOutcome();
    showVersions();
    const url = `/api/uploads?${params}`;
    try {
      const response = await authorizedFetch(url, {method: 'POST', body: file,
        headers: {'Content-Type': contentTypeOf(file.name), Accept: 'application/json'}});
      if (response.status === 201) {
        const report = await response.json();
        const written = report.written ?? report.features;
        state.outcome = {kind: 'accepted', text: i18n.t(written === 1 ? 'ho_accepted_one' : 'ho_accepted',
          {layer: layerTitle(layer), features: i18n.num(written, 0), version: report.version})};
        fileInput.value = '';
        noteInput.value = '';
        bus.emit('catalog-changed');
      } else if (response.status === 422) {
        const report = await response.json();
        const count = report.problemCount ?? report.problems.length;
        state.outcome = {kind: 'rejected', problems: report.problems, description: report.description,
          text: count === 1 ? i18n.t('ho_rejected_one') : i18n.t('ho_rejected', {count: i18n.num(count, 0)}),
          more: Math.max(0, count - report.problems.length)};
      } else {
        const error = await refusal(response, url);
        state.outcome = {kind: 'refused', text: i18n.t('ho_refused', {why: error.detail})};
      }
    } catch (e) {
      state.outcome = {kind: 'refused', text: i18n.t('ho_refused', {why: e.detail || e.message})};
    } finally {
      state.busy = false;
    }
    showOutcome();
    loadVersions();
  }

  function problemWhere(p) {
    if (!p.feature) {
      return i18n.t('ho_problem_file');
    }
    return p.sourceId ? i18n.t('ho_problem_feature_id', {n: p.feature, id: p.sourceId})
      : i18n.t('ho_problem_feature', {n: p.feature});
  }

  function showOutcome() {
    if (!parts.outcome) {
      return;
    }
    if (parts.upload) {
      parts.upload.disabled = state.busy;
    }
    const o = state.outcome;
    parts.outcome.replaceChildren();
    if (!o) {
      return;
    }
    const failed = o.kind === 'rejected' || o.kind === 'refused' || o.kind === 'error';
    parts.outcome.append(el('p', {className: `ho-${o.kind}`, role: failed ? 'alert' : 'status'}, o.text));
    if (o.kind === 'rejected') {
      if (o.description) {
        parts.outcome.append(el('p', {className: 'small'}, o.description));
      }
      parts.outcome.append(el('h4', {id: 'ho-problems-title'}, i18n.t('ho_problems')),
        el('ul', {id: 'ho-problems', 'aria-labelledby': 'ho-problems-title'}, ...o.problems.map((p) =>
          el('li', {'data-feature': p.feature, 'data-field': p.field || ''},
            el('strong', {}, problemWhere(p)), p.field ? ` · ${p.field}` : '', `: ${p.message}`))));
      if (o.more) {
        parts.outcome.append(el('p', {className: 'small'}, i18n.t('ho_problems_more', {n: i18n.num(o.more, 0)})));
      }
    }
  }

  async function loadVersions() {
    const layer = state.layer;
    if (!layer) {
      return;
    }
    try {
      const answer = await getJson(`/api/layers/${encodeURIComponent(layer)}/versions`);
      if (layer === state.layer) {
        state.versions = answer;
      }
    } catch (e) {
      if (layer === state.layer) {
        state.versions = {layer, error: e.detail || e.message};
      }
    }
    showVersions();
  }

  function showVersions() {
    if (!parts.versions) {
      return;
    }
    parts.versions.replaceChildren();
    const v = state.versions;
    if (!v || v.layer !== state.layer) {
      return;
    }
    parts.versions.append(el('h4', {id: 'ho-versions-title'}, i18n.t('ho_versions', {layer: layerTitle(v.layer)})));
    if (v.error) {
      parts.versions.append(el('p', {role: 'alert'}, i18n.t('ho_versions_failed', {why: v.error})));
      return;
    }
    if (v.changedSinceLastVersion && v.versions.length) {
      parts.versions.append(el('p', {className: 'small'}, i18n.t('ho_changed')));
    }
    if (!v.versions.length) {
      parts.versions.append(el('p', {className: 'small'}, i18n.t('ho_versions_none')));
      return;
    }
    const newestFirst = [...v.versions].sort((a, b) => b.version - a.version);
    parts.versions.append(el('ol', {id: 'ho-version-list', reversed: true, 'aria-labelledby': 'ho-versions-title'},
      ...newestFirst.map(versionItem)));
  }

  function versionItem(v) {
    const line = i18n.t('ho_version_line', {version: v.version, kind: i18n.t(`ho_kind_${v.kind}`),
      features: i18n.num(v.features, 0), user: v.user, at: when(v.at, i18n.lang())});
    const details = [v.file?.name, v.restoredFrom ? i18n.t('ho_restored_from', {n: v.restoredFrom}) : null, v.note]
      .filter(Boolean).join(' · ');
    const li = el('li', {'data-version': v.version, 'data-kind': v.kind},
      el('span', {className: 'ho-version'}, line), details ? el('span', {className: 'small'}, details) : null);
    if (state.confirming === v.version) {
      const yes = el('button', {type: 'button', className: 'ho-restore-yes'}, i18n.t('ho_restore_yes'));
      const no = el('button', {type: 'button', className: 'ho-restore-no'}, i18n.t('ho_restore_no'));
      yes.addEventListener('click', () => restore(v));
      no.addEventListener('click', () => {
        state.confirming = null;
        showVersions();
        parts.versions.querySelector(`li[data-version="${v.version}"] .ho-restore`)?.focus();
      });
      li.append(el('div', {className: 'ho-confirm', role: 'group', 'aria-label': i18n.t('ho_restore_of', {n: v.version})},
        el('p', {}, i18n.t('ho_restore_confirm', {n: v.version, features: i18n.num(v.features, 0)})), yes, no));
      queueMicrotask(() => yes.focus());
    } else {
      const restoreButton = el('button', {type: 'button', className: 'ho-restore', disabled: state.busy,
        'aria-label': i18n.t('ho_restore_of', {n: v.version})}, i18n.t('ho_restore'));
      restoreButton.addEventListener('click', () => {
        state.confirming = v.version;
        showVersions();
      });
      li.append(restoreButton);
    }
    return li;
  }

  async function restore(v) {
    const layer = state.layer;
    state.confirming = null;
    state.busy = true;
    showOutcome();
    showVersions();
    try {
      const made = await postJson(`/api/layers/${encodeURIComponent(layer)}/versions/${v.version}/restore`);
      state.outcome = {kind: 'restored', text: i18n.t('ho_restored', {n: v.version, version: made.version,
        features: i18n.num(made.features, 0)})};
      bus.emit('catalog-changed');
    } catch (e) {
      state.outcome = {kind: 'refused', text: i18n.t('ho_restore_failed', {why: e.detail || e.message})};
    } finally {
      state.busy = false;
    }
    showOutcome();
    loadVersions();
  }

  /** Follows the catalog: the writable layers (signing in or out changes them) and the chosen layer's revision. */
  function follow(catalog) {
    const next = writable(catalog);
    const same = next.length === state.layers.length && next.every((l, i) => l.id === state.layers[i].id);
    const before = state.layers.find((l) => l.id === state.layer);
    state.layers = next;
    if (!same) {
      build();
      loadVersions();
      return;
    }
    const now = next.find((l) => l.id === state.layer);
    if (before && now && before.revision !== now.revision && !state.busy) {
      loadVersions(); // written elsewhere (QGIS, another upload): a new "edits" version may be listed
    }
  }

  follow(ctx.catalog);
  bus.on('catalog', ({catalog}) => follow(catalog));
  session.onChange(() => {
    if (!session.user()) {
      state.layers = [];
      state.outcome = null;
      state.versions = null;
      build();
    }
  });
  i18n.onLangChange(build);
}
