// lake console: plain JS, no framework, no build step, nothing loaded from elsewhere.
// Every view reads the JSON API under ./api/ (the state `lake status` and `lake report` read) and is
// refreshed by polling every `refresh_ms` while the tab is visible. DOM is built with createElement and
// textContent only, so nothing from the lake is ever parsed as HTML.

const view = document.getElementById('view');
const live = document.getElementById('live');
const TOKEN_KEY = 'lake-console-token';

let session = { refresh_ms: 3000, actions_enabled: false, lake: '', quarantine_rows: 20 };
/** Per view: what is selected (a partition of a run, a grid cell, a quality partition). */
const selected = { run: undefined, cell: undefined, quality: undefined };
let lastText = '';
let lastRoute = '';
let timer;
let generation = 0;

// ---------- helpers ----------

function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs ?? {})) {
    if (v === undefined || v === null || v === false) continue;
    if (k === 'class') el.className = v;
    else if (k === 'text') el.textContent = v;
    else if (k.startsWith('on')) el.addEventListener(k.slice(2), v);
    // Through the CSSOM: the page's Content-Security-Policy allows no inline style attribute.
    else if (k === 'style') el.style.cssText = v;
    else el.setAttribute(k, v === true ? '' : String(v));
  }
  for (const c of children.flat(Infinity)) {
    if (c === undefined || c === null || c === false) continue;
    el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return el;
}

async function api(path) {
  const response = await fetch(`api/${path}`, { cache: 'no-store', headers: { accept: 'application/json' } });
  const body = await response.json().catch(() => ({ error: response.statusText }));
  if (!response.ok) throw Object.assign(new Error(body.error ?? response.statusText), { status: response.status });
  return body;
}

async function postAction(kind, body) {
  const token = sessionStorage.getItem(TOKEN_KEY);
  const response = await fetch(`api/actions/${kind}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  const result = await response.json().catch(() => ({ error: response.statusText }));
  return { ok: response.ok, status: response.status, result };
}

const pad = (n) => String(n).padStart(2, '0');
function when(iso) {
  if (!iso) return '—';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} UTC`;
}
function dur(ms) {
  if (ms === undefined || ms === null) return '—';
  if (ms < 1000) return `${Math.round(ms)} ms`;
  if (ms < 60_000) return `${(ms / 1000).toFixed(1)} s`;
  if (ms < 3_600_000) return `${Math.floor(ms / 60_000)} min ${Math.round((ms % 60_000) / 1000)} s`;
  return `${Math.floor(ms / 3_600_000)} h ${Math.round((ms % 3_600_000) / 60_000)} min`;
}
function secs(s) {
  return s === undefined || s === null ? '—' : dur(s * 1000);
}
const num = (n) => (n === undefined || n === null ? '—' : Number(n).toLocaleString('en-US'));
function bytes(n) {
  if (n === undefined || n === null) return '—';
  const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
  let v = Number(n);
  let i = 0;
  while (v >= 1024 && i < units.length - 1) (v /= 1024), i++;
  return `${v.toFixed(i === 0 ? 0 : 1)} ${units[i]}`;
}
const badge = (status, text) => h('span', { class: `badge s-${status}`, text: text ?? status });
const ORDER = ['failed', 'abandoned', 'skipped', 'published', 'not-published', 'up-to-date', 'no-input', 'running', 'planned'];
const countsText = (counts) => ORDER.filter((s) => counts?.[s]).map((s) => `${counts[s]} ${s}`).join(', ') || 'nothing';
const VERDICT = { automatic: 'transient: retries ran out', 'needs-person': 'a retry cannot fix it: a person must act', never: 'not retryable' };

function kv(pairs) {
  return h('dl', { class: 'kv' }, pairs.filter(([, v]) => v !== undefined && v !== null && v !== '').map(([k, v]) => [h('dt', { text: k }), h('dd', {}, v)]));
}

function errorBlock(error) {
  if (!error) return null;
  return h(
    'div',
    { class: 'err' },
    h('div', { class: 'error', text: error.message }),
    kv([
      ['error kind', error.kind],
      ['retry verdict', error.retry ? `${error.retry} (${VERDICT[error.retry] ?? error.retry})` : undefined],
    ]),
    error.remedy ? h('p', { class: 'remedy', text: error.remedy }) : null,
  );
}

function table(columns, rows, options = {}) {
  return h(
    'div',
    { class: 'scroll' },
    h(
      'table',
      { class: `t ${options.stack === false ? '' : 'stack'}` },
      h('thead', {}, h('tr', {}, columns.map((c) => h('th', { class: c.num ? 'num' : undefined, text: c.label })))),
      h(
        'tbody',
        {},
        rows.map((row) =>
          h(
            'tr',
            { class: options.onclick ? 'click' : undefined, onclick: options.onclick ? () => options.onclick(row) : undefined, ...(options.attrs ? options.attrs(row) : {}) },
            columns.map((c) => h('td', { class: c.num ? 'num' : undefined, 'data-label': c.label }, c.value(row))),
          ),
        ),
      ),
    ),
  );
}

function jsonBlock(value) {
  return h('pre', { class: 'json', text: JSON.stringify(value, null, 2) });
}

/** The outcome of the last action started from a page that refreshes (CDC): kept until dismissed or the page changes. */
let flash;

/** Replaces the page's content; arrays (and nested arrays) of nodes are flattened. */
function show(...children) {
  const note = flash
    ? h('p', { class: `notice flash ${flash.ok ? 'good' : 'bad'}`, role: 'status' }, flash.text, ' ', h('button', { class: 'ghost', type: 'button', text: 'dismiss', onclick: () => ((flash = undefined), refresh(true)) }))
    : null;
  view.replaceChildren(...[note, ...children].flat(Infinity).filter((c) => c !== undefined && c !== null && c !== false));
}

// ---------- routing and refresh ----------

function route() {
  const parts = location.hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(decodeURIComponent);
  return parts.length ? parts : ['runs'];
}

const views = {
  runs: { load: () => api('runs'), render: renderRuns },
  run: { load: (id) => api(`runs/${encodeURIComponent(id)}`), render: renderRun },
  partitions: { load: loadPartitions, render: renderPartitions },
  quality: { load: loadQuality, render: renderQuality },
  cdc: { load: () => api('cdc'), render: renderCdc },
  actions: { load: loadActions, render: renderActions },
};

function viewOf(parts) {
  if (parts[0] === 'runs' && parts[1]) return { name: 'run', arg: parts[1] };
  return { name: views[parts[0]] ? parts[0] : 'runs', arg: undefined };
}

async function refresh(force = false) {
  clearTimeout(timer);
  const mine = ++generation;
  const parts = route();
  const { name, arg } = viewOf(parts);
  const key = `${name}/${arg ?? ''}`;
  document.querySelectorAll('[data-nav]').forEach((a) => a.classList.toggle('active', a.dataset.nav === (name === 'run' ? 'runs' : name)));
  try {
    const data = await views[name].load(arg);
    if (mine !== generation) return;
    const text = JSON.stringify(data);
    if (force || key !== lastRoute || text !== lastText) {
      // Keep the reader's place: the grid's and the page's scroll positions survive a refresh.
      const scrollers = [...view.querySelectorAll('.grid-wrap, .scroll')].map((e) => [e.scrollLeft, e.scrollTop]);
      const fresh = key !== lastRoute;
      views[name].render(data, arg);
      if (!fresh) view.querySelectorAll('.grid-wrap, .scroll').forEach((e, i) => scrollers[i] && ([e.scrollLeft, e.scrollTop] = scrollers[i]));
      lastText = text;
      lastRoute = key;
    }
    live.classList.remove('offline');
    live.textContent = `live · updated ${new Date().toLocaleTimeString()}`;
  } catch (error) {
    if (mine !== generation) return;
    live.classList.add('offline');
    live.textContent = `not updating: ${error.message}`;
    if (key !== lastRoute) {
      show(h('h1', { text: 'Cannot load this page' }), h('p', { class: 'notice bad', text: error.message }));
      lastRoute = key;
      lastText = '';
    }
  }
  timer = setTimeout(() => refresh(), session.refresh_ms);
}

document.addEventListener('visibilitychange', () => {
  if (!document.hidden) refresh();
  else clearTimeout(timer);
});
window.addEventListener('hashchange', () => {
  lastRoute = '';
  flash = undefined;
  view.focus({ preventScroll: true });
  window.scrollTo(0, 0);
  refresh(true);
});

// ---------- runs ----------

function renderRuns(runs) {
  show(
    h('h1', { text: 'Runs' }),
    runs.length === 0
      ? h('p', { class: 'notice', text: 'No run recorded yet. Backfills, scheduled ticks and catch-ups appear here as they start.' })
      : table(
          [
            { label: 'run', value: (r) => h('a', { href: `#/runs/${encodeURIComponent(r.run_id)}`, class: 'mono', text: r.run_id }) },
            { label: 'kind', value: (r) => r.kind },
            { label: 'state', value: (r) => badge(r.status) },
            { label: 'started', value: (r) => when(r.started_at) },
            { label: 'duration', num: true, value: (r) => (r.finished_at ? dur(r.duration_ms) : `running ${dur(Date.now() - Date.parse(r.started_at))}`) },
            { label: 'partitions', value: (r) => `${r.partitions}: ${countsText(r.counts)}` },
            { label: 'command', value: (r) => h('span', { class: 'mono', text: r.trigger }) },
          ],
          runs,
          { attrs: (r) => ({ 'data-run': r.run_id, 'data-status': r.status }) },
        ),
  );
}

const keyOf = (p) => `${p.layer} ${p.name} ${p.month}`;

function renderRun(run) {
  const t0 = Date.parse(run.started_at);
  const t1 = run.finished_at ? Date.parse(run.finished_at) : Date.parse(run.now);
  const span = Math.max(t1 - t0, 1);
  const pct = (ms) => `${Math.max(0, Math.min(100, (ms / span) * 100)).toFixed(3)}%`;
  const parts = run.partitions.map((p, index) => ({ ...p, index }));
  const started = (p) => (p.started_at ? Date.parse(p.started_at) : p.attempts[0] ? Date.parse(p.attempts[0].started_at) : Number.POSITIVE_INFINITY);
  parts.sort((a, b) => started(a) - started(b) || a.index - b.index);
  if (!selected.run || selected.run.runId !== run.run_id || !run.partitions.some((p) => keyOf(p) === selected.run.key)) {
    const firstFailed = run.partitions.find((p) => p.status === 'failed');
    selected.run = firstFailed ? { runId: run.run_id, key: keyOf(firstFailed) } : undefined;
  }

  const rows = parts.map((p) => {
    const bars = [];
    for (const a of p.attempts) {
      const s = Date.parse(a.started_at) - t0;
      const last = a === p.attempts.at(-1);
      bars.push(h('span', { class: `g-bar c-${a.status} ${a.status === 'failed' && !last ? 'attempt-failed' : ''}`, style: `left:${pct(s)};width:${pct(a.duration_ms)}`, title: `attempt ${a.attempt}: ${a.status}${a.error ? ` (${a.error.kind})` : ''}, ${dur(a.duration_ms)}` }));
    }
    if (p.status === 'running') {
      const s = (p.attempts.length ? Date.parse(p.attempts.at(-1).started_at) + p.attempts.at(-1).duration_ms : started(p)) - t0;
      if (Number.isFinite(s)) bars.push(h('span', { class: 'g-bar c-running', style: `left:${pct(s)};width:${pct(span - s)}`, title: 'running' }));
    }
    if (bars.length === 0) {
      const at = p.finished_at ? Date.parse(p.finished_at) - t0 : 0;
      bars.push(h('span', { class: `g-bar c-${p.status}`, style: `left:${pct(at)};width:3px` }));
      bars.push(h('span', { class: 'g-note', style: `left:calc(${pct(at)} + 6px)`, text: p.status === 'planned' ? 'planned' : `${p.status}${p.detail ? `: ${p.detail}` : ''}` }));
    }
    const isSel = selected.run?.key === keyOf(p);
    return h(
      'div',
      {
        class: `g-row ${isSel ? 'sel' : ''}`,
        'data-layer': p.layer,
        'data-name': p.name,
        'data-month': p.month,
        'data-status': p.status,
        role: 'button',
        tabindex: '0',
        onclick: () => selectRunPartition(run, p),
        onkeydown: (e) => (e.key === 'Enter' || e.key === ' ') && selectRunPartition(run, p),
      },
      h('div', { class: 'g-label', title: `${keyOf(p)}: ${p.status}` }, h('span', { class: 'layer', text: p.layer }), `${p.name} ${p.month} `, p.status === 'failed' ? badge(p.status) : null),
      h('div', { class: 'g-track' }, bars),
      p.status === 'failed' && p.error
        ? h('div', { class: 'g-remedy' }, h('span', { class: 'error', text: `${p.error.kind}: ${p.error.message}` }), p.error.remedy ? h('p', { class: 'remedy', text: p.error.remedy }) : null)
        : null,
    );
  });

  const ticks = [0, 0.25, 0.5, 0.75, 1].map((f) => h('span', { style: `left:${f * 100}%`, text: f === 0 ? when(run.started_at).slice(11, 19) : `+${dur(span * f)}` }));
  const failed = run.partitions.filter((p) => p.status === 'failed');
  const next =
    failed.length > 0
      ? failed.some((p) => p.error?.retry !== 'automatic')
        ? 'Fix the causes shown on the failed partitions, then retry the failed partitions (`lake backfill --retry-failed`, or Actions).'
        : 'The failures were transient: retrying the failed partitions tries them again.'
      : run.status === 'interrupted' || run.status === 'crashed'
        ? 'Run the same command again; partitions already built are up to date and are skipped.'
        : run.status === 'running'
          ? 'Running: this page follows it.'
          : 'Nothing to do.';

  show(
    h('p', {}, h('a', { href: '#/runs', text: '← runs' })),
    h('h1', {}, `Run `, h('span', { class: 'mono', text: run.run_id }), ' ', badge(run.status)),
    h(
      'div',
      { class: 'panel' },
      kv([
        ['kind', run.kind],
        ['command', h('span', { class: 'mono', text: run.trigger.command ?? `${run.trigger.source} schedule '${run.trigger.cron}' tick ${when(run.trigger.tick)}, pulling ${run.trigger.month}` })],
        ['started', when(run.started_at)],
        ['duration', run.finished_at ? dur(run.duration_ms) : `running for ${dur(t1 - t0)}`],
        ['by', `${run.owner.command}, pid ${run.owner.pid} on ${run.owner.host}`],
        ['partitions', `${run.partitions.length}: ${countsText(run.counts)}`],
        ['next', next],
      ]),
    ),
    h(
      'div',
      { class: 'legend' },
      ['published', 'failed', 'running', 'skipped', 'up-to-date', 'planned'].map((s) => h('span', {}, h('i', { class: `c-${s}` }), s)),
    ),
    h(
      'div',
      { class: 'split' },
      h('div', { class: 'gantt', id: 'gantt', 'aria-label': 'timeline of the partitions of the run' }, h('div', { class: 'g-axis' }, h('span', { text: 'partition' }), h('div', { class: 'ticks' }, ticks)), rows),
      h('aside', { class: 'side panel', id: 'detail' }, partitionDetail(run)),
    ),
  );
}

function selectRunPartition(run, p) {
  selected.run = { runId: run.run_id, key: keyOf(p) };
  view.querySelectorAll('.g-row').forEach((r) => r.classList.toggle('sel', `${r.dataset.layer} ${r.dataset.name} ${r.dataset.month}` === keyOf(p)));
  document.getElementById('detail').replaceChildren(partitionDetail(run));
  if (window.matchMedia('(max-width: 900px)').matches) document.getElementById('detail').scrollIntoView({ behavior: 'smooth', block: 'start' });
}

function partitionDetail(run) {
  const p = selected.run && run.partitions.find((x) => keyOf(x) === selected.run.key);
  if (!p) return h('p', { class: 'muted', text: 'Select a partition on the timeline for its attempts, errors, rows and log lines.' });
  const lines = run.logs?.[keyOf(p)] ?? [];
  return h(
    'div',
    {},
    h('h2', {}, `${p.layer} ${p.name} ${p.month} `, badge(p.status)),
    kv([
      ['planned because', p.reason],
      ['detail', p.detail],
      ['started', p.started_at ? when(p.started_at) : undefined],
      ['finished', p.finished_at ? when(p.finished_at) : undefined],
      ['duration', p.duration_ms !== undefined ? dur(p.duration_ms) : undefined],
      ['rows in', p.rows_in !== undefined ? num(p.rows_in) : undefined],
      ['rows out', p.rows_out !== undefined ? num(p.rows_out) : undefined],
      ['quarantined', p.quarantined !== undefined ? num(p.quarantined) : undefined],
      ['duplicates', p.duplicates !== undefined ? num(p.duplicates) : undefined],
      ['attempts', String(p.attempts.length)],
    ]),
    p.error ? [h('h3', { text: 'Why it failed' }), errorBlock(p.error)] : null,
    p.attempts.length
      ? [
          h('h3', { text: 'Attempts' }),
          table(
            [
              { label: '#', value: (a) => a.attempt },
              { label: 'started', value: (a) => when(a.started_at).slice(11) },
              { label: 'took', num: true, value: (a) => dur(a.duration_ms) },
              { label: 'outcome', value: (a) => badge(a.status) },
              { label: 'error', value: (a) => (a.error ? h('span', { title: a.error.message, text: `${a.error.kind} (${a.error.retry})` }) : '') },
            ],
            p.attempts,
            { stack: false },
          ),
        ]
      : null,
    p.checks?.length
      ? [
          h('h3', { text: 'Checks' }),
          table(
            [
              { label: 'check', value: (c) => c.check },
              { label: 'severity', value: (c) => c.severity },
              { label: 'unexpected', num: true, value: (c) => `${num(c.unexpected)} of ${num(c.evaluated)}` },
              { label: 'result', value: (c) => badge(c.success ? 'published' : 'failed', c.success ? 'passed' : 'not met') },
            ],
            p.checks,
            { stack: false },
          ),
        ]
      : null,
    h('h3', { text: 'Log lines' }),
    lines.length
      ? h('ul', { class: 'lines' }, lines.map((l) => h('li', { class: l.level }, `${when(l.at).slice(11, 19)} ${l.msg}`, l.remedy ? ` — do: ${l.remedy}` : '')))
      : h('p', { class: 'muted', text: 'None here: log lines are kept for work this daemon did since it started; this run record is what remains of the others.' }),
  );
}

// ---------- partitions ----------

async function loadPartitions() {
  const grid = await api('partitions');
  const cell = selected.cell;
  const manifest = cell ? await api(`manifest?layer=${cell.layer}&table=${encodeURIComponent(cell.table)}&month=${cell.month}`).catch((e) => ({ error: e.message })) : undefined;
  return { grid, manifest };
}

function freshnessBadge(t) {
  const f = t.freshness;
  if (f) {
    if (f.status === 'fresh') return badge('fresh', `fresh: has ${f.expected_month}`);
    if (f.status === 'waiting') return badge('waiting', `waiting for ${f.expected_month} (SLA ${f.sla_days} d)`);
    if (f.status === 'late') return badge('late', `LATE by ${f.late_by_days} d: ${f.expected_month}`);
    return badge('no-sla', `behind: ${f.expected_month} expected (no SLA)`);
  }
  const c = t.cdc_freshness;
  if (c) {
    const age = c.freshness_seconds !== undefined ? secs(c.freshness_seconds) : '—';
    if (c.status === 'fresh') return badge('fresh', `fresh: ${age} of ${secs(c.sla_seconds)} SLA`);
    if (c.status === 'late') return badge('late', `LATE: ${age} over ${secs(c.sla_seconds)} SLA`);
    if (c.status === 'failed') return badge('failed', 'failed');
    if (c.status === 'not-started') return badge('no-sla', 'not started');
    return badge('no-sla', `${age} behind (no SLA)`);
  }
  return null;
}

function cellTitle(t, c) {
  const bits = [`${t.layer} ${t.table} ${c.month}: ${c.state}`];
  if (c.rows !== undefined) bits.push(`${num(c.rows)} rows${c.quarantined ? ` (+${num(c.quarantined)} quarantined)` : ''}`);
  if (c.batch_id) bits.push(`batch ${c.batch_id}`);
  if (c.reason) bits.push(c.reason);
  if (c.error?.remedy) bits.push(`do: ${c.error.remedy}`);
  return bits.join('\n');
}

function renderPartitions({ grid, manifest }) {
  const months = grid.months;
  const count = (state) => grid.tables.reduce((n, t) => n + t.cells.filter((c) => c.state === state).length + (t.whole?.state === state ? 1 : 0), 0);
  const isSel = (t, month) => selected.cell && selected.cell.layer === t.layer && selected.cell.table === t.table && selected.cell.month === month;
  const pick = (t, c) => {
    selected.cell = { layer: t.layer, table: t.table, month: c.month, state: c.state, reason: c.reason, error: c.error, rows: c.rows, quarantined: c.quarantined };
    refresh(true);
  };
  const body = [];
  for (const layer of ['bronze', 'silver', 'gold']) {
    const tables = grid.tables.filter((t) => t.layer === layer);
    if (!tables.length) continue;
    body.push(h('tr', { class: 'layer' }, h('th', { colspan: String(months.length + 1), text: layer })));
    for (const t of tables) {
      const name = h(
        'th',
        { class: 'name', scope: 'row' },
        t.table,
        h('span', { class: 'sub' }, `${num(t.rows)} rows${t.quarantined ? ` (+${num(t.quarantined)} q)` : ''} · `, freshnessBadge(t) ?? (t.configured ? '' : 'not in the config')),
      );
      if (t.kind === 'whole') {
        const c = t.whole;
        body.push(
          h(
            'tr',
            { 'data-table-row': `${t.layer} ${t.table}` },
            name,
            h(
              'td',
              { class: 'whole-td', colspan: String(Math.max(months.length, 1)) },
              h(
                'button',
                { class: `whole st-${c.state} ${isSel(t, 'current') ? 'sel' : ''}`, type: 'button', title: cellTitle(t, c), onclick: () => pick(t, c), 'data-layer': t.layer, 'data-table': t.table, 'data-month': 'current', 'data-state': c.state, 'data-has-manifest': String(c.has_manifest), 'data-rows': c.rows ?? '' },
                c.state,
              ),
            ),
          ),
        );
        continue;
      }
      body.push(
        h(
          'tr',
          { 'data-table-row': `${t.layer} ${t.table}` },
          name,
          t.cells.map((c) =>
            h(
              'td',
              {},
              h('button', {
                type: 'button',
                class: `cell st-${c.state} ${isSel(t, c.month) ? 'sel' : ''}`,
                title: cellTitle(t, c),
                'aria-label': `${t.table} ${c.month}: ${c.state}`,
                'data-layer': t.layer,
                'data-table': t.table,
                'data-month': c.month,
                'data-state': c.state,
                'data-has-manifest': String(c.has_manifest),
                'data-rows': c.rows ?? '',
                onclick: () => pick(t, c),
              }),
            ),
          ),
        ),
      );
    }
  }
  const sel = selected.cell;
  show(
    h('h1', { text: 'Partitions' }),
    h(
      'div',
      { class: 'cards' },
      [
        ['tables', grid.tables.length],
        ['months', months.length],
        ['published', count('published')],
        ['stale', count('stale')],
        ['failed', count('failed')],
        ['running', count('running')],
      ].map(([l, n]) => h('div', { class: 'card' }, h('div', { class: 'n', text: num(n) }), h('div', { class: 'l', text: l }))),
    ),
    h('div', { class: 'legend' }, ['published', 'stale', 'failed', 'running', 'missing', 'no-input'].map((s) => h('span', {}, h('i', { class: `cell st-${s}`, style: 'display:inline-block;width:12px;height:12px;margin:0 4px 0 0' }), s))),
    h(
      'div',
      { class: 'split' },
      h('div', { class: 'grid-wrap' }, h('table', { class: 'grid', id: 'grid' }, h('thead', {}, h('tr', {}, h('th', { class: 'name', text: 'table' }), months.map((m) => h('th', { scope: 'col', text: m })))), h('tbody', {}, body))),
      h(
        'aside',
        { class: 'side panel', id: 'manifest' },
        sel
          ? [
              h('h2', {}, `${sel.layer} ${sel.table} ${sel.month} `, badge(sel.state)),
              sel.reason ? h('p', { text: sel.reason }) : null,
              sel.error ? errorBlock(sel.error) : null,
              manifest?.error ? h('p', { class: 'notice', text: manifest.error }) : null,
              manifest?.decision ? kv([['staleness', `${manifest.decision.action === 'build' ? 'rebuild' : manifest.decision.status}: ${manifest.decision.reason}`]]) : null,
              manifest?.last_attempt ? [h('h3', { text: 'Last attempt' }), kv([['outcome', manifest.last_attempt.status], ['run', h('a', { href: `#/runs/${encodeURIComponent(manifest.last_attempt.run_id)}`, class: 'mono', text: manifest.last_attempt.run_id })], ['at', when(manifest.last_attempt.at)], ['attempts', manifest.last_attempt.attempts]])] : null,
              manifest?.manifest ? [h('h3', { text: 'Manifest' }), jsonBlock(manifest.manifest)] : h('p', { class: 'muted', text: 'No manifest: nothing is published for this partition.' }),
            ]
          : h('p', { class: 'muted', text: 'Hover a cell for its summary; click it for its manifest (rows, batch, source, checks), its last attempt and why it is stale.' }),
      ),
    ),
  );
}

// ---------- quality ----------

async function loadQuality() {
  const list = await api('quality');
  const q = selected.quality;
  const detail = q ? await api(`quality?table=${encodeURIComponent(q.table)}&month=${q.month}`).catch((e) => ({ error: e.message })) : undefined;
  return { list, detail };
}

function renderQuality({ list, detail }) {
  const checksTable = (checks) =>
    table(
      [
        { label: 'expectation', value: (c) => h('span', { class: 'mono', text: c.check }) },
        { label: 'kind', value: (c) => c.kind },
        { label: 'column', value: (c) => c.column ?? '' },
        { label: 'severity', value: (c) => c.severity },
        { label: 'evaluated', num: true, value: (c) => num(c.evaluated) },
        { label: 'unexpected', num: true, value: (c) => `${num(c.unexpected)} (${Number(c.unexpected_percent ?? 0).toFixed(2)}%)` },
        { label: 'mostly', num: true, value: (c) => c.mostly },
        { label: 'success', value: (c) => badge(c.success ? 'published' : 'failed', c.success ? 'true' : 'false') },
        { label: 'sample values', value: (c) => (c.sample_values ?? []).slice(0, 3).map((v) => (String(v).length > 40 ? `${String(v).slice(0, 40)}…` : String(v))).join(', ') },
      ],
      checks,
    );
  const q = detail?.quarantine;
  show(
    h('h1', { text: 'Quality' }),
    h('p', { class: 'muted', text: 'Per silver partition: bronze rows = silver + quarantined + duplicates, and the check results (Great Expectations style). Click a partition for its checks and first quarantined rows.' }),
    h(
      'div',
      { class: 'stacked' },
      list.length === 0
        ? h('p', { class: 'notice', text: 'No silver partition yet.' })
        : table(
            [
              { label: 'table', value: (r) => r.table },
              { label: 'month', value: (r) => h('span', { class: 'nowrap', text: r.month }) },
              { label: 'state', value: (r) => badge(r.status) },
              { label: 'bronze', num: true, value: (r) => num(r.counts?.bronze) },
              { label: 'silver', num: true, value: (r) => num(r.counts?.silver) },
              { label: 'quar.', num: true, value: (r) => num(r.counts?.quarantined) },
              { label: 'dup.', num: true, value: (r) => num(r.counts?.duplicates) },
              { label: 'checks not met', num: true, value: (r) => (r.status === 'failed' ? 'refused' : `${r.checks_failed}/${r.checks}`) },
            ],
            list,
            { onclick: (r) => ((selected.quality = { table: r.table, month: r.month }), refresh(true)), attrs: (r) => ({ 'data-quality': `${r.table} ${r.month}` }) },
          ),
      h(
        'section',
        { class: 'panel', id: 'quality-detail' },
        !detail
          ? h('p', { class: 'muted', text: 'Select a partition.' })
          : detail.error && !detail.table
            ? h('p', { class: 'notice bad', text: detail.error })
            : [
                h('h2', {}, `silver ${detail.table} ${detail.month} `, badge(detail.status)),
                detail.status === 'failed' ? errorBlock(detail.error) : null,
                detail.counts ? kv(Object.entries(detail.counts).map(([k, v]) => [k, num(v)])) : null,
                detail.checks ? [h('h3', { text: 'Checks' }), checksTable(detail.checks)] : null,
                h('h3', { text: 'Quarantined rows' }),
                q
                  ? [
                      h('p', { class: 'muted', text: `first ${q.rows.length} of ${num(q.total)} (${q.key})` }),
                      table(
                        q.columns.map((c) => ({ label: c, value: (r) => (r[c] === null || r[c] === undefined ? '∅' : typeof r[c] === 'object' ? JSON.stringify(r[c]) : String(r[c])) })),
                        q.rows,
                        { stack: false },
                      ),
                    ]
                  : h('p', { class: 'muted', text: session.quarantine_rows === 0 ? 'Row data is not shown (console.quarantine_rows is 0).' : 'None.' }),
              ],
      ),
    ),
  );
}

// ---------- CDC ----------

function renderCdc(sources) {
  if (sources.length === 0) {
    show(h('h1', { text: 'CDC' }), h('p', { class: 'notice', text: 'No postgres source in the config.' }));
    return;
  }
  show(
    h('h1', { text: 'CDC' }),
    sources.map((s) => {
      const slot = s.stats?.slotStats;
      const streaming = s.streaming ?? undefined;
      const lagLate = s.stats?.lagSeconds !== undefined && s.stats.lagSeconds > s.stats.lagThresholdSeconds;
      const walHigh = slot?.retainedWalBytes != null && slot.retainedWalBytes > s.stats.retainedWalThresholdBytes;
      return h(
        'section',
        { class: 'panel', 'data-source': s.source },
        h('h2', {}, `${s.source} `, streaming === undefined ? badge('pending', 'starting') : streaming ? badge('streaming') : badge('not-streaming', 'not streaming')),
        s.detail && !streaming ? h('p', { class: 'notice bad', text: s.detail }) : null,
        h(
          'div',
          { class: 'cards' },
          [
            ['slot', h('span', { class: 'mono', 'data-slot': s.slot, text: s.slot }), slot ? `${slot.active ? 'active' : 'inactive'}${slot.walStatus ? ` · WAL ${slot.walStatus}` : ''}` : s.stats ? (s.stats.up ? 'missing on the server' : 'database not reached') : 'unknown'],
            ['retained WAL', bytes(slot?.retainedWalBytes), `alert above ${bytes(s.stats?.retainedWalThresholdBytes)}`, walHigh],
            ['lag (bytes)', bytes(s.stats?.lagBytes), 'WAL written, not yet flushed to the lake'],
            ['lag (time)', secs(s.stats?.lagSeconds), `alert above ${secs(s.stats?.lagThresholdSeconds)}`, lagLate],
            ['last flush', s.state ? `${secs(Math.max(0, (Date.now() - Date.parse(s.state.updated_at)) / 1000))} ago` : '—', s.state ? `${when(s.state.updated_at).slice(11)}, at ${s.state.flushed_lsn}` : 'no state yet'],
          ].map(([label, value, sub, bad]) => h('div', { class: 'card', style: bad ? 'border-color: var(--fail)' : undefined }, h('div', { class: 'l', text: label }), h('div', { class: 'n' }, value), h('div', { class: 'l', text: sub }))),
        ),
        kv([
          ['publication', s.publication],
          ['newest change flushed', s.state?.last_commit_at ? when(s.state.last_commit_at) : undefined],
        ]),
        h('h3', { text: 'Tables' }),
        table(
          [
            { label: 'table', value: (t) => h('span', {}, t.table, h('span', { class: 'muted', text: ` (${t.source_table})` })) },
            { label: 'snapshot', value: (t) => t.snapshot },
            { label: 'rows', num: true, value: (t) => num(t.rows) },
            { label: 'newest change', value: (t) => when(t.last_change_at) },
            { label: 'freshness', value: (t) => freshnessBadge({ cdc_freshness: t }) },
            {
              label: 'failure and remedy',
              value: (t) => [
                t.status === 'failed' ? h('div', { class: 'error', text: t.failed }) : null,
                t.remedy ? h('p', { class: 'remedy', text: t.remedy }) : null,
                session.actions_enabled ? h('button', { class: 'ghost', type: 'button', onclick: (e) => resnapshot(e.target, s.source, t.source_table), text: 'Re-snapshot' }) : null,
              ],
            },
          ],
          s.tables,
          { attrs: (t) => ({ 'data-cdc-table': t.table, 'data-status': t.status }) },
        ),
        s.failures.length
          ? [
              h('h3', { text: 'Failures' }),
              s.failures
                .slice()
                .reverse()
                .map((f) => h('div', { class: 'panel' }, h('div', { class: 'muted', text: `${when(f.at)}${f.table ? ` · ${f.table}` : ''}${f.model ? ` · gold ${f.model}` : ''}` }), errorBlock(f))),
            ]
          : null,
        s.requests.length ? [h('h3', { text: 'Snapshot requests' }), table([{ label: 'id', value: (r) => r.id }, { label: 'tables', value: (r) => (r.tables ?? ['every table']).join(', ') }, { label: 'state', value: (r) => badge(r.status) }, { label: 'asked', value: (r) => when(r.requested_at) }], s.requests)] : null,
        s.lines.length ? [h('h3', { text: 'Recent events' }), h('ul', { class: 'lines' }, s.lines.slice().reverse().map((l) => h('li', { class: l.level }, `${when(l.at).slice(11, 19)} ${l.msg}`, l.remedy ? ` — do: ${l.remedy}` : '')))] : null,
      );
    }),
  );
}

async function resnapshot(button, source, table) {
  button.disabled = true;
  const { ok, result } = await postAction('snapshot', { source, table });
  flash = { ok, text: ok ? `re-snapshot of ${source} ${table} started (action ${result.id}): the streaming pipeline performs it between two flushes; Actions shows how it ended` : `refused: ${result.error}` };
  refresh(true);
}

// ---------- actions ----------

async function loadActions() {
  return { actions: await api('actions'), status: await api('status') };
}

function renderActions({ actions, status }) {
  const existing = document.getElementById('action-forms');
  const audit = h(
    'div',
    { id: 'audit' },
    h('h2', { text: 'Audit trail' }),
    actions.length === 0
      ? h('p', { class: 'muted', text: 'No console action yet.' })
      : table(
          [
            { label: 'asked', value: (a) => when(a.requested_at) },
            { label: 'action', value: (a) => h('span', { class: 'mono', text: `${a.kind} ${Object.entries(a.params).map(([k, v]) => `${k}=${Array.isArray(v) ? v.join(',') : v}`).join(' ')}` }) },
            { label: 'from', value: (a) => a.requested_by.address },
            { label: 'state', value: (a) => badge(a.status) },
            { label: 'result', value: (a) => [a.run_id ? h('a', { href: `#/runs/${encodeURIComponent(a.run_id)}`, class: 'mono', text: a.run_id }) : null, a.result ? ` ${a.result}` : '', a.error ? h('div', { class: 'error', text: a.error.message }) : null] },
          ],
          actions,
        ),
  );
  if (existing && lastRoute === 'actions/') {
    document.getElementById('audit').replaceWith(audit);
    return;
  }
  if (!session.actions_enabled) {
    show(
      h('h1', { text: 'Actions' }),
      h('p', { class: 'notice', text: 'Actions are off: this console is read-only. To backfill, retry or re-snapshot from here, set console.actions.enabled: true in the config and the token in the environment variable console.actions.token_env (LAKE_CONSOLE_TOKEN by default), then restart the daemon.' }),
      h('div', { id: 'action-forms' }),
      audit,
    );
    return;
  }
  const out = h('div', { id: 'action-result', role: 'status', 'aria-live': 'polite' });
  const report = ({ ok, result }) => {
    out.replaceChildren(
      ok
        ? h('p', { class: 'notice good' }, `${result.kind} accepted (action ${result.id})`, result.run_id ? [' — ', h('a', { href: `#/runs/${encodeURIComponent(result.run_id)}`, text: `follow run ${result.run_id}` })] : '')
        : h('p', { class: 'notice bad', text: `refused: ${result.error}` }),
    );
    refresh();
  };
  const layers = ['bronze', 'silver', 'gold'];
  const tablesOf = (layer) => status.tables.filter((t) => t.layer === layer && t.configured && t.sources.length).map((t) => t.table);
  const token = h('input', { type: 'password', id: 'token', autocomplete: 'off', placeholder: 'console token', value: sessionStorage.getItem(TOKEN_KEY) ?? '' });
  token.addEventListener('change', () => (token.value ? sessionStorage.setItem(TOKEN_KEY, token.value) : sessionStorage.removeItem(TOKEN_KEY)));
  const failedCount = status.tables.reduce((n, t) => n + t.failed.length, 0);
  const cdc = status.cdc;
  const backfill = h(
    'form',
    {
      class: 'act',
      id: 'backfill-form',
      onsubmit: async (e) => {
        e.preventDefault();
        const f = new FormData(e.target);
        const layer = f.get('layer');
        const table = f.get('table');
        report(await postAction('backfill', { layer, from: f.get('from'), to: f.get('to') || f.get('from'), ...(table ? { tables: [table] } : {}), force: f.get('force') === 'on', downstream: f.get('downstream') === 'on' }));
      },
    },
    h('label', {}, 'layer', h('select', { name: 'layer' }, layers.map((l) => h('option', { value: l, text: l, selected: l === 'silver' })))),
    h('label', {}, 'table (silver/gold) or source (bronze)', h('input', { name: 'table', placeholder: 'all', list: 'table-names', size: '16' })),
    h('datalist', { id: 'table-names' }, [...new Set([...layers.flatMap(tablesOf), ...status.tables.filter((t) => t.layer === 'bronze').flatMap((t) => t.sources)])].map((t) => h('option', { value: t }))),
    h('label', {}, 'from', h('input', { name: 'from', placeholder: 'YYYY-MM', pattern: '\\d{4}-\\d{2}', required: true, size: '8' })),
    h('label', {}, 'to', h('input', { name: 'to', placeholder: 'YYYY-MM', pattern: '\\d{4}-\\d{2}', size: '8' })),
    h('label', { class: 'check' }, h('input', { type: 'checkbox', name: 'downstream', checked: true }), 'downstream'),
    h('label', { class: 'check' }, h('input', { type: 'checkbox', name: 'force' }), 'force'),
    h('button', { type: 'submit', text: 'Backfill' }),
  );
  const retry = h(
    'form',
    { class: 'act', id: 'retry-form', onsubmit: async (e) => (e.preventDefault(), report(await postAction('retry-failed', {}))) },
    h('span', { text: `${failedCount} partition(s) whose last attempt failed; rebuilt with what depends on them.` }),
    h('button', { type: 'submit', id: 'retry-failed', text: 'Retry failed' }),
  );
  const snapshot = h(
    'form',
    {
      class: 'act',
      onsubmit: async (e) => {
        e.preventDefault();
        const [source, table] = new FormData(e.target).get('target').split('|');
        report(await postAction('snapshot', { source, table }));
      },
    },
    h('label', {}, 'CDC table', h('select', { name: 'target' }, cdc.map((t) => h('option', { value: `${t.source}|${t.source_table}`, text: `${t.source} ${t.source_table}` })))),
    h('button', { type: 'submit', disabled: cdc.length === 0, text: 'Re-snapshot' }),
  );
  show(
    h('h1', { text: 'Actions' }),
    h(
      'div',
      { class: 'panel', id: 'action-forms' },
      h('form', { class: 'act', onsubmit: (e) => e.preventDefault() }, h('label', {}, 'token (kept in this tab only, sent as Authorization: Bearer)', token)),
      h('h3', { text: 'Backfill a range' }),
      backfill,
      h('h3', { text: 'Retry failed partitions' }),
      retry,
      h('h3', { text: 'Re-snapshot a CDC table' }),
      snapshot,
      out,
    ),
    audit,
  );
}

// ---------- start ----------

(async () => {
  try {
    session = await api('session');
    document.getElementById('lake').textContent = `lake ${session.lake} · lake ${session.version} · ${session.actions_enabled ? 'actions enabled (token required)' : 'read-only'}`;
  } catch (error) {
    live.classList.add('offline');
    live.textContent = `not connected: ${error.message}`;
  }
  refresh(true);
})();
