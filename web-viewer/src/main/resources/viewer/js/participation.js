// The Proposals panel: participation. Everyone sees the approved needs and solutions (title, kind, corridor colour,
// votes, comments) and the proposals layer on the map; a click opens one with its comments and highlights it on the
// map. Signed in, one proposes (proposal-form.js), follows one's own proposals, supports (votes) and comments;
// moderators approve or reject the pending ones, with a reason. The lists follow the proposals layer's revision
// (live.js), so approvals, votes and comments made elsewhere show without reloading. Server refusals are shown in
// the server's words.
/* global ol */
import {getJson, postJson, deleteJson, download, showError} from './api.js';
import * as session from './session.js';
import {el, when} from './dom.js';
import {proposalForm} from './proposal-form.js';
import {STRINGS} from './participation-strings.js';

const LAYER = 'proposals';

export function init(ctx, panel) {
  const {i18n, map, bus} = ctx;
  i18n.addStrings(STRINGS);
  const link = el('link', {rel: 'stylesheet', href: 'css/participation.css'});
  link.addEventListener('error', () => showError(new Error('css/participation.css did not load'), 'proposals'));
  document.head.append(link);

  const state = {
    approved: [],
    mine: [],
    pending: [],
    detail: null, // the open proposal, with its comments
    composing: false,
    note: '', // what the last action did
    comment: new Map(), // proposal id → the comment being written (kept when the lists are asked again)
    reasons: new Map(), // proposal id → the moderator's reason being written
    shown: ctx.state.tab === 'proposals',
  };
  const form = proposalForm(ctx, {
    onSent(proposal) {
      state.composing = false;
      state.note = i18n.t('pp_sent', {title: proposal.title});
      renderHead();
      loadAll();
      panel.querySelector('#pp-note')?.focus();
    },
    onCancel() {
      state.composing = false;
      renderHead();
    },
  });

  const headBox = el('div');
  const detailBox = el('div');
  const moderationBox = el('div');
  const mineBox = el('div');
  const listBox = el('div');
  panel.append(headBox, form.element, detailBox, moderationBox, mineBox, listBox);

  // ------------------------------------------------------------------------------------------ helpers

  function corridor(id) {
    return (ctx.catalog.corridors || []).find((c) => c.id === id) || {id, nameIt: id, nameEn: id, colour: '#888'};
  }

  function meta(p) {
    const c = corridor(p.corridor);
    return el('div', {className: 'pp-meta'}, el('span', {className: 'pp-swatch'}),
      `${i18n.t(`pp_kind_${p.kind}`)} · ${i18n.localName(c)} · ${i18n.t(`pp_by_${p.submitterType}`)} · `
      + when(p.submitted, i18n.lang()));
  }

  function counts(p) {
    return el('span', {className: 'pp-counts'},
      el('span', {className: 'pp-votes', 'data-votes': String(p.votes), textContent: i18n.t(p.votes === 1 ? 'pp_vote_1'
        : 'pp_votes', {n: p.votes})}), ' · ',
      el('span', {className: 'pp-comments', 'data-comments': String(p.comments), textContent: i18n.t(p.comments === 1
        ? 'pp_comment_1' : 'pp_comments', {n: p.comments})}));
  }

  function attachmentButton(p) {
    if (!p.attachment) {
      return null;
    }
    const b = el('button', {type: 'button', className: 'pp-attachment', textContent: i18n.t('pp_download',
      {name: p.attachment.name})});
    b.addEventListener('click', () => download(p.attachment.href, p.attachment.name)
      .catch((e) => showError(e, i18n.t('pp_download_failed'))));
    return b;
  }

  function signInButton() {
    const b = el('button', {type: 'button', className: 'pp-sign-in', textContent: i18n.t('sign_in')});
    b.addEventListener('click', () => bus.emit('sign-in'));
    return b;
  }

  /** Highlights the proposal's place on the map and brings it into view. */
  function showOnMap(p) {
    map.highlight({type: 'Feature', geometry: p.geometry, properties: {}});
    const g = new ol.format.GeoJSON().readGeometry(p.geometry, {dataProjection: 'EPSG:4326',
      featureProjection: 'EPSG:3857'});
    const view = map.map.getView();
    if (p.geometry.type === 'Point') {
      view.animate({center: g.getCoordinates(), zoom: Math.max(view.getZoom(), 15), duration: 300});
    } else {
      view.fit(g.getExtent(), {padding: [40, 40, 40, 40], maxZoom: 17, duration: 300});
    }
  }

  /** Shows the proposals layer on the map (once per visit of the panel: the user may switch it off). */
  function showLayer() {
    const l = ctx.catalog.layers.find((x) => x.id === LAYER);
    if (l && !map.isVisible(LAYER)) {
      map.showWms(LAYER, {title: l.title});
    }
  }

  /** Rebuilds a box, then puts the focus (and the caret) back where it was. */
  function keepingFocus(box, build) {
    const a = document.activeElement;
    const id = a && box.contains(a) ? a.id : '';
    const caret = id && typeof a.selectionStart === 'number' ? [a.selectionStart, a.selectionEnd] : null;
    build();
    const again = id ? document.getElementById(id) : null;
    if (again) {
      again.focus();
      if (caret) {
        again.setSelectionRange(...caret);
      }
    }
  }

  // ---------------------------------------------------------------------------------------- rendering

  function renderHead() {
    headBox.replaceChildren(el('p', {className: 'small', textContent: i18n.t('pp_intro')}));
    if (state.note) {
      headBox.append(el('p', {className: 'pp-note', id: 'pp-note', role: 'status', tabIndex: -1,
        textContent: state.note}));
    }
    const u = session.user();
    if (!u) {
      headBox.append(el('div', {className: 'pp-signin', id: 'pp-signin'},
        el('p', {textContent: i18n.t('pp_sign_in_to_take_part')}), signInButton()));
    } else if (!state.composing) {
      const propose = el('button', {type: 'button', id: 'pp-propose', textContent: i18n.t('pp_propose')});
      propose.addEventListener('click', () => {
        state.composing = true;
        state.note = '';
        renderHead();
        form.element.querySelector('input, select')?.focus();
      });
      headBox.append(el('div', {className: 'row'}, propose));
    }
    form.element.hidden = !(u && state.composing);
    if (!form.element.hidden) {
      form.render();
    } else {
      form.stopDrawing();
    }
  }

  function renderList() {
    keepingFocus(listBox, buildList);
  }

  function buildList() {
    const list = el('ul', {className: 'pp-list', id: 'pp-approved'});
    for (const p of state.approved) {
      const c = corridor(p.corridor);
      const open = !!state.detail && state.detail.id === p.id;
      const title = el('button', {type: 'button', className: 'pp-title', id: `pp-open-${p.id}`, textContent: p.title,
        'aria-expanded': String(open), 'aria-controls': 'pp-detail'});
      title.addEventListener('click', () => (open ? closeDetail() : openDetail(p.id)));
      const item = el('li', {className: `pp-item pp-${p.kind}`, 'data-proposal': String(p.id)}, title,
        el('div', {className: 'pp-meta'}, el('span', {className: 'pp-swatch'}),
          `${i18n.t(`pp_kind_${p.kind}`)} · ${i18n.localName(c)} · `, counts(p)));
      item.style.setProperty('--c', c.colour);
      list.append(item);
    }
    listBox.replaceChildren(el('h3', {textContent: i18n.t('pp_approved', {n: state.approved.length})}),
      state.approved.length ? list : el('p', {className: 'small', textContent: i18n.t('pp_none_approved')}));
  }

  function renderDetail() {
    keepingFocus(detailBox, buildDetail);
  }

  function buildDetail() {
    detailBox.replaceChildren();
    const p = state.detail;
    if (!p) {
      return;
    }
    const close = el('button', {type: 'button', className: 'close', 'aria-label': i18n.t('close'), textContent: '×'});
    close.addEventListener('click', closeDetail);
    const box = el('section', {className: 'pp-detail', id: 'pp-detail', 'data-proposal': String(p.id),
      'aria-labelledby': 'pp-detail-title'}, close, el('h3', {id: 'pp-detail-title', tabIndex: -1,
      textContent: p.title}), meta(p));
    box.style.setProperty('--c', corridor(p.corridor).colour);
    if (p.status !== 'approved') {
      box.append(el('p', {className: `pp-status pp-${p.status}`, textContent: i18n.t(`pp_status_${p.status}`)}));
    }
    box.append(el('p', {className: 'pp-description', textContent: p.description}));
    const where = el('button', {type: 'button', textContent: i18n.t('pp_show_on_map')});
    where.addEventListener('click', () => showOnMap(p));
    box.append(el('div', {className: 'row'}, where, attachmentButton(p)));
    if (p.status === 'approved') {
      box.append(support(p), comments(p));
    }
    detailBox.append(box);
  }

  /** The votes and, signed in, the button that gives or takes back one's support. */
  function support(p) {
    const row = el('div', {className: 'row pp-support'}, counts(p));
    if (session.user()) {
      const vote = el('button', {type: 'button', id: 'pp-vote', 'aria-pressed': String(!!p.youVoted),
        textContent: i18n.t(p.youVoted ? 'pp_unvote' : 'pp_vote')});
      vote.addEventListener('click', () => voteFor(p, !p.youVoted));
      row.append(vote);
    }
    return row;
  }

  function comments(p) {
    const box = el('div', {className: 'pp-comment-box'}, el('h4', {textContent: i18n.t('pp_comments_title',
      {n: (p.commentList || []).length})}));
    const list = el('ul', {className: 'pp-comment-list'});
    for (const c of p.commentList || []) {
      list.append(el('li', {'data-comment': String(c.id)}, el('div', {className: 'small',
        textContent: `${c.author} · ${when(c.at, i18n.lang())}`}), el('div', {textContent: c.text})));
    }
    box.append(list);
    if (!session.user()) {
      box.append(el('p', {className: 'small', textContent: i18n.t('pp_sign_in_to_comment')}), signInButton());
      return box;
    }
    const text = el('textarea', {id: 'pp-comment-text', rows: 2, maxLength: 2000, value: state.comment.get(p.id) || ''});
    text.addEventListener('input', () => state.comment.set(p.id, text.value));
    const send = el('button', {type: 'submit', id: 'pp-comment-send', textContent: i18n.t('pp_comment_send')});
    const commentForm = el('form', {className: 'pp-comment-form', noValidate: true},
      el('label', {for: 'pp-comment-text', textContent: i18n.t('pp_your_comment')}), text,
      el('div', {className: 'row'}, send));
    commentForm.addEventListener('submit', async (e) => {
      e.preventDefault();
      if (!text.value.trim()) {
        text.focus();
        return;
      }
      send.disabled = true;
      try {
        state.detail = await postJson(`/api/proposals/${p.id}/comments`, {text: text.value.trim()});
        state.comment.delete(p.id);
        updateCounts(state.detail);
        renderDetail();
        detailBox.querySelector('#pp-comment-text')?.focus();
        ctx.live.check();
      } catch (err) {
        send.disabled = false;
        showError(err, i18n.t('pp_comment_failed'));
      }
    });
    box.append(commentForm);
    return box;
  }

  function renderModeration() {
    keepingFocus(moderationBox, buildModeration);
  }

  function buildModeration() {
    moderationBox.replaceChildren();
    if (!session.has('moderator')) {
      return;
    }
    const box = el('section', {id: 'pp-moderation'}, el('h3', {textContent: i18n.t('pp_to_moderate',
      {n: state.pending.length})}));
    if (!state.pending.length) {
      box.append(el('p', {className: 'small', textContent: i18n.t('pp_none_pending')}));
    }
    const list = el('ul', {className: 'pp-list'});
    for (const p of state.pending) {
      const reasonId = `pp-reason-${p.id}`;
      const reason = el('input', {type: 'text', id: reasonId, className: 'pp-reason', maxLength: 1000,
        value: state.reasons.get(p.id) || ''});
      reason.addEventListener('input', () => state.reasons.set(p.id, reason.value));
      const approve = el('button', {type: 'button', className: 'pp-approve', id: `pp-approve-${p.id}`,
        textContent: i18n.t('pp_approve')});
      const reject = el('button', {type: 'button', className: 'pp-reject', id: `pp-reject-${p.id}`,
        textContent: i18n.t('pp_reject')});
      approve.addEventListener('click', () => decide(p, 'approve', reason.value, [approve, reject]));
      reject.addEventListener('click', () => decide(p, 'reject', reason.value, [approve, reject]));
      const where = el('button', {type: 'button', textContent: i18n.t('pp_show_on_map')});
      where.addEventListener('click', () => showOnMap(p));
      const item = el('li', {className: 'pp-item pp-pending', 'data-proposal': String(p.id)},
        el('strong', {textContent: p.title}), meta(p),
        el('div', {className: 'small', textContent: i18n.t('pp_author', {user: p.author || '?'})}),
        el('p', {className: 'pp-description', textContent: p.description}),
        el('div', {className: 'row'}, where, attachmentButton(p)),
        el('label', {for: reasonId, className: 'small', textContent: i18n.t('pp_reason')}), reason,
        el('div', {className: 'row'}, approve, reject));
      item.style.setProperty('--c', corridor(p.corridor).colour);
      list.append(item);
    }
    box.append(list);
    moderationBox.append(box);
  }

  function renderMine() {
    mineBox.replaceChildren();
    if (!session.user() || !state.mine.length) {
      return;
    }
    const list = el('ul', {className: 'pp-list', id: 'pp-mine'});
    for (const p of state.mine) {
      const item = el('li', {className: 'pp-item', 'data-proposal': String(p.id), 'data-status': p.status},
        el('strong', {textContent: p.title}), ' ',
        el('span', {className: `pp-status pp-${p.status}`, textContent: i18n.t(`pp_status_${p.status}`)}),
        p.reason ? el('div', {className: 'small', textContent: i18n.t('pp_reason_given', {reason: p.reason})}) : null);
      item.style.setProperty('--c', corridor(p.corridor).colour);
      list.append(item);
    }
    mineBox.append(el('h3', {textContent: i18n.t('pp_mine')}), list);
  }

  function renderAll() {
    renderHead();
    renderDetail();
    renderModeration();
    renderMine();
    renderList();
  }

  // ------------------------------------------------------------------------------------------ actions

  let generation = 0;

  /** Asks for the lists again; only the latest answers are shown. */
  async function loadAll() {
    const mineGeneration = ++generation;
    const asks = [getJson('/api/proposals?status=approved'),
      session.user() ? getJson('/api/proposals?mine=true') : Promise.resolve({proposals: []}),
      session.has('moderator') ? getJson('/api/proposals?status=pending') : Promise.resolve({proposals: []})];
    const [approved, mine, pending] = await Promise.allSettled(asks);
    if (mineGeneration !== generation) {
      return; // a newer load is under way
    }
    for (const answer of [approved, mine, pending]) {
      if (answer.status === 'rejected') {
        showError(answer.reason, i18n.t('pp_list_failed'));
      }
    }
    const before = JSON.stringify([state.approved, state.mine, state.pending]);
    state.approved = approved.status === 'fulfilled' ? approved.value.proposals : state.approved;
    state.mine = mine.status === 'fulfilled' ? mine.value.proposals : state.mine;
    state.pending = pending.status === 'fulfilled' ? pending.value.proposals : state.pending;
    if (JSON.stringify([state.approved, state.mine, state.pending]) === before) {
      return; // nothing changed: the panel stays as it is
    }
    if (state.detail) {
      await openDetail(state.detail.id, false);
    }
    renderModeration();
    renderMine();
    renderList();
  }

  async function openDetail(id, show = true) {
    try {
      state.detail = await getJson(`/api/proposals/${id}`);
    } catch (e) {
      if (e.status === 404) { // withdrawn or no longer visible
        state.detail = null;
      } else {
        showError(e, i18n.t('pp_detail_failed'));
        return;
      }
    }
    renderDetail();
    renderList();
    if (show && state.detail) {
      showOnMap(state.detail);
      detailBox.querySelector('#pp-detail-title')?.focus();
    }
  }

  function closeDetail() {
    const id = state.detail && state.detail.id;
    state.detail = null;
    map.highlight(null);
    renderDetail();
    renderList();
    listBox.querySelector(`[data-proposal="${id}"] .pp-title`)?.focus();
  }

  /** Puts the counts of an updated proposal into the lists. */
  function updateCounts(p) {
    const listed = state.approved.find((x) => x.id === p.id);
    if (listed) {
      Object.assign(listed, {votes: p.votes, comments: p.comments, youVoted: p.youVoted});
    }
    renderList();
  }

  async function voteFor(p, add) {
    try {
      const now = add ? await postJson(`/api/proposals/${p.id}/vote`) : await deleteJson(`/api/proposals/${p.id}/vote`);
      state.detail = Object.assign({}, state.detail, {votes: now.votes, comments: now.comments, youVoted: now.youVoted});
      updateCounts(state.detail);
      renderDetail();
      detailBox.querySelector('#pp-vote')?.focus();
      ctx.live.check();
    } catch (e) {
      showError(e, i18n.t('pp_vote_failed'));
    }
  }

  async function decide(p, decision, reason, buttons) {
    buttons.forEach((b) => { b.disabled = true; });
    try {
      const body = {decision};
      if (reason.trim()) {
        body.reason = reason.trim();
      }
      await postJson(`/api/proposals/${p.id}/moderation`, body);
      state.reasons.delete(p.id);
      state.note = i18n.t(decision === 'approve' ? 'pp_approved_note' : 'pp_rejected_note', {title: p.title});
      renderHead();
      await loadAll();
      ctx.live.check(); // the proposals layer changed: the map draws it again
    } catch (e) {
      buttons.forEach((b) => { b.disabled = false; });
      showError(e, i18n.t('pp_moderation_failed'));
    }
  }

  // ------------------------------------------------------------------------------------------- wiring

  document.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') {
      form.stopDrawing();
    }
  });
  bus.on('tab', (name) => {
    state.shown = name === 'proposals';
    if (state.shown) {
      showLayer();
      loadAll();
    } else {
      form.stopDrawing();
    }
  });
  bus.on('catalog', ({revised}) => {
    // approved, voted or commented elsewhere; new pending proposals do not touch the layer: moderators looking at
    // the panel have their queue asked again with every look at the catalog
    if (revised.includes(LAYER) || (state.shown && session.has('moderator'))) {
      loadAll();
    }
  });
  session.onChange(() => {
    if (!session.user()) {
      state.composing = false;
      form.reset();
    }
    state.note = '';
    renderAll();
    loadAll();
  });
  i18n.onLangChange(renderAll);

  renderAll();
  if (ctx.state.tab === 'proposals') {
    showLayer();
  }
  loadAll();
}
