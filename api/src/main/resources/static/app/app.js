// quanze web page: plain JavaScript over the REST API (api.md), no build step. Text from catalogs is
// always inserted as text (el()), never as HTML.
'use strict';

const state = { me: null, labels: null, rules: null, sources: null };
const AUTH = 'quanze.auth';

// ---- small helpers ----

function el(tag, attrs, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
    else if (k === 'class') e.className = v;
    else e.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children.flat()) {
    if (c === null || c === undefined || c === false) continue;
    e.append(c instanceof Node ? c : String(c));
  }
  return e;
}

const svgNS = 'http://www.w3.org/2000/svg';
function svg(tag, attrs, ...children) {
  const e = document.createElementNS(svgNS, tag);
  for (const [k, v] of Object.entries(attrs || {})) e.setAttribute(k, v);
  for (const c of children.flat()) if (c !== null && c !== undefined) e.append(c instanceof Node ? c : String(c));
  return e;
}

class ApiError extends Error {
  constructor(status, detail, problems) { super(detail); this.status = status; this.problems = problems || []; }
}

function headers() {
  const h = { 'X-Requested-With': 'XMLHttpRequest', 'Accept': 'application/json' };
  const auth = sessionStorage.getItem(AUTH);
  if (auth) h['Authorization'] = 'Basic ' + auth;
  return h;
}

async function request(path, options = {}) {
  let res;
  try {
    res = await fetch(path, { ...options, headers: { ...headers(), ...(options.headers || {}) } });
  } catch (e) {
    throw new ApiError(0, '无法连接服务，请检查网络后重试');
  }
  if (!res.ok) {
    let body = {};
    try { body = await res.json(); } catch (e) { /* not a problem document */ }
    if (res.status === 401 && state.me) { signOut(); }
    throw new ApiError(res.status, body.detail || ('请求失败（' + res.status + '）'), body.problems);
  }
  return res;
}

async function api(path, options) {
  const res = await request(path, options);
  return res.status === 204 ? null : res.json();
}

function label(group, code) {
  return (state.labels && state.labels[group] && state.labels[group][code]) || code || '';
}

function query(params) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== '' && v !== null && v !== undefined) q.set(k, v);
  const s = q.toString();
  return s ? '?' + s : '';
}

function main() { return document.getElementById('main'); }
function show(...nodes) { main().replaceChildren(...nodes); }
function errorBox(e) { return el('div', { class: 'error', role: 'alert' }, e.message || String(e)); }

function citations(list) {
  return (list || []).map(c => c.source + (c.clause ? ' ' + c.clause : '') + (c.note ? '（' + c.note + '）' : '')).join('；');
}

function outcome(code) { return el('span', { class: 'outcome o-' + code, 'data-outcome': code }, label('outcome', code)); }

function findingList(findings) {
  if (!findings || findings.length === 0) return el('span', { class: 'muted' }, '无');
  return el('div', {}, findings.map(f => el('div', { class: 'finding sev-' + f.severity, 'data-rule': f.ruleId },
    el('span', { class: 'rid' }, f.ruleId), el('span', { class: 'tag' }, label('severity', f.severity)), f.message,
    el('div', { class: 'cite' }, '依据：', citations(f.citations)))));
}

/**
 * A table whose cells carry their column's name (data-label): on a phone each row becomes a card (app.css) led by
 * its 'verdict' and 'subject' cells, so the 结论 a clerk came for is not off the right of the screen.
 */
function table(attrs, heads, rows) {
  const t = el('table', { ...attrs, class: 'cards' },
    el('thead', {}, el('tr', {}, heads.map(h => el('th', { scope: 'col' }, h)))), el('tbody', {}, rows));
  for (const tr of t.tBodies[0].rows) [...tr.cells].forEach((td, i) => { td.dataset.label = heads[i]; });
  return t;
}

function pager(page, size, total, go) {
  const pages = Math.max(1, Math.ceil(total / size));
  return el('div', { class: 'pager' },
    el('button', { class: 'secondary', disabled: page <= 0, onclick: () => go(page - 1) }, '上一页'),
    el('span', { class: 'muted' }, `第 ${page + 1} / ${pages} 页，共 ${total} 条`),
    el('button', { class: 'secondary', disabled: page + 1 >= pages, onclick: () => go(page + 1) }, '下一页'));
}

async function download(path, fallbackName) {
  const res = await request(path);
  const blob = await res.blob();
  const cd = res.headers.get('Content-Disposition') || '';
  const m = /filename\*=UTF-8''([^;]+)/i.exec(cd) || /filename="?([^";]+)"?/i.exec(cd);
  const name = m ? decodeURIComponent(m[1]) : fallbackName;
  const a = el('a', { href: URL.createObjectURL(blob), download: name });
  document.body.append(a);
  a.click();
  setTimeout(() => { URL.revokeObjectURL(a.href); a.remove(); }, 1000);
  return name;
}

// ---- sign in ----

function signOut() {
  sessionStorage.removeItem(AUTH);
  state.me = null;
  renderChrome();
  location.hash = '#/login';
}

function loginView() {
  const err = el('div', { id: 'login-error' });
  const form = el('form', { id: 'login-form', class: 'card', autocomplete: 'on' },
    el('h1', {}, '登录'),
    el('label', {}, '用户名', el('input', { id: 'username', name: 'username', required: true, autocomplete: 'username' })),
    el('label', {}, '密码', el('input', { id: 'password', name: 'password', type: 'password', required: true, autocomplete: 'current-password' })),
    el('p', {}, el('button', { id: 'login-submit', type: 'submit' }, '登录')),
    err,
    el('p', { class: 'muted' }, '县委编办、司法局用编办或司法局账号登录；乡镇（街道）用本乡镇账号登录。不登录也可查看',
      el('a', { href: '#/rules' }, '规则与依据'), '。'));
  form.addEventListener('submit', async ev => {
    ev.preventDefault();
    err.replaceChildren();
    const user = form.username.value.trim();
    const token = btoa(String.fromCharCode(...new TextEncoder().encode(user + ':' + form.password.value)));
    sessionStorage.setItem(AUTH, token);
    try {
      state.me = await api('/api/v1/me');
      renderChrome();
      location.hash = home();
    } catch (e) {
      sessionStorage.removeItem(AUTH);
      err.replaceChildren(errorBox(e));
    }
  });
  const hint = el('div', { id: 'demo-hint' });
  show(el('section', { class: 'card', style: 'max-width:420px;margin:40px auto' }, form, hint));
  api('/api/v1/demo/files').then(() => hint.replaceChildren(el('p', { class: 'muted' },
    '演示模式：县委编办 editorial、司法局 justice、乡镇 township-<乡镇代码>（如陇阳镇 township-621121106），',
    '密码见服务启动日志（默认 demo）。'))).catch(() => { /* not the demo profile */ });
}

function home() {
  if (!state.me) return '#/login';
  if (state.me.role === 'TOWNSHIP') return '#/authorities';
  if (state.me.role === 'ADMIN') return '#/decisions';
  return '#/imports';
}

function menu() {
  const me = state.me;
  if (!me) return [['#/login', '登录'], ['#/rules', '规则与依据']];
  const may = new Set(me.may);
  const items = [];
  if (may.has('import')) items.push(['#/imports', '清单导入审查']);
  if (may.has('search-decisions')) items.push(['#/decisions', '决定记录']);
  if (may.has('own-authorities')) items.push(['#/authorities', '本乡镇赋权事项'], ['#/responsibilities', '属地管理责任'], ['#/admissions', '职责准入申请']);
  items.push(['#/rules', '规则与依据']);
  return items;
}

function renderChrome() {
  const current = location.hash.split('?')[0];
  document.getElementById('nav').replaceChildren(...menu().map(([href, text]) =>
    el('a', { href, class: current.startsWith(href) ? 'active' : null }, text)));
  const who = document.getElementById('who');
  who.replaceChildren();
  if (state.me) {
    who.append(el('span', { id: 'who-name' }, state.me.username + '（' + state.me.roleLabel
      + (state.me.townshipName ? '·' + state.me.townshipName : '') + '）'),
      el('button', { id: 'logout', class: 'secondary', onclick: signOut }, '退出'));
  }
}

// ---- county staff: imports ----

async function importsView() {
  const errors = el('div', { id: 'import-errors' });
  const kinds = Object.entries(state.labels.importKind);
  const form = el('form', { id: 'upload-form', class: 'inline' },
    el('label', {}, '清单种类', el('select', { id: 'kind', name: 'kind' },
      kinds.map(([code, name]) => el('option', { value: code, selected: code === 'delegations' }, name)))),
    el('label', {}, '所属县（名册含多个县时填写）', el('input', { id: 'county', name: 'county', placeholder: '如：通渭县' })),
    el('label', {}, '清单文件（.xlsx 或 .csv）', el('input', { id: 'file', name: 'file', type: 'file', accept: '.xlsx,.csv,.txt', required: true })),
    el('button', { id: 'upload-submit', type: 'submit' }, '上传并审查'));
  const progress = el('div', { id: 'import-progress', hidden: true });
  form.addEventListener('submit', async ev => {
    ev.preventDefault();
    errors.replaceChildren();
    const button = form.querySelector('button');
    button.disabled = true;
    button.textContent = '正在审查…';
    const data = new FormData();
    data.append('file', form.file.files[0]);
    try {
      // in the background: the answer comes at once and the page shows how far the import has got
      const job = await api('/api/v1/imports' + query({ kind: form.kind.value, county: form.county.value.trim() }),
        { method: 'POST', body: data, headers: { 'Prefer': 'respond-async' } });
      const done = await followImport(job, progress);
      location.hash = '#/imports/' + done.id;
    } catch (e) {
      errors.replaceChildren(importErrors(e));
    } finally {
      progress.hidden = true;
      button.disabled = false;
      button.textContent = '上传并审查';
    }
  });

  const demo = el('div', { id: 'demo-files' });
  const list = el('div', { id: 'import-list' }, el('p', { class: 'muted' }, '正在读取…'));
  show(el('h1', {}, '清单导入审查'),
    el('section', { class: 'card' }, el('p', { class: 'muted' },
      '上传县里现有的清单，系统逐行审查并给出结论、规则编号和依据条款；有导入错误时整份不保存，并列出每处错误的工作表、行和列。'),
      form, progress, errors, demo),
    el('h2', {}, '最近的导入'), list);

  api('/api/v1/demo/files').then(files => demo.replaceChildren(el('p', { class: 'muted' }, '演示清单：',
    files.map(f => el('a', { href: '#', class: 'demo-file', 'data-name': f.name, style: 'margin-right:12px',
      onclick: ev => { ev.preventDefault(); download('/api/v1/demo/files/' + encodeURIComponent(f.name), f.name); } }, f.title)))))
    .catch(() => { /* not the demo profile */ });
  try {
    const imports = await api('/api/v1/imports?limit=30');
    list.replaceChildren(table({ id: 'import-table' }, ['导入时间', '清单种类', '县', '文件', '版本', '行数', '结论', '上传人'],
      imports.map(i => el('tr', {},
        el('td', {}, new Date(i.createdAt).toLocaleString('zh-CN')),
        el('td', {}, label('importKind', i.kind)), el('td', {}, i.county),
        el('td', { class: 'subject' }, el('a', { href: '#/imports/' + i.id }, i.fileName)),
        el('td', {}, 'v' + i.version + (i.current ? '（现行）' : '')), el('td', {}, i.rows),
        el('td', { class: 'verdict' }, Object.entries(i.outcomes).map(([o, n]) => el('span', { style: 'margin-right:8px' }, outcome(o), ' ', n))),
        el('td', {}, i.uploadedBy)))));
  } catch (e) {
    list.replaceChildren(errorBox(e));
  }
}

/** formats.md: every import error with sheet, row and column; nothing was stored. */
/**
 * Shows a background import's progress until it is stored (resolves with its summary) or fails (rejects with the
 * error its upload would have answered): rows read, then rows decided of all with the time left, then saving.
 */
async function followImport(job, box) {
  const bar = el('progress', { id: 'import-bar', max: 100, 'aria-label': '导入进度' });
  const text = el('p', { id: 'import-progress-text', role: 'status', 'aria-live': 'polite' }, '正在读取…');
  box.replaceChildren(el('p', {}, '正在导入 ', el('strong', {}, job.fileName)), bar, text);
  box.hidden = false;
  for (;;) {
    if (job.state === 'DONE') return job;
    if (job.state === 'FAILED') {
      const f = job.failure || {};
      throw new ApiError(f.status || 500, f.detail || '导入失败', f.problems);
    }
    const p = job.progress || {};
    const seconds = Math.round((p.elapsedMillis || 0) / 1000);
    if (p.phase === 'DECIDE' && p.rowsTotal) {
      const share = p.rowsDecided / p.rowsTotal;
      bar.value = Math.round(100 * share);
      const left = share > 0 ? Math.max(0, Math.round(seconds / share - seconds)) : null;
      text.textContent = `已审查 ${p.rowsDecided.toLocaleString('zh-CN')} / ${p.rowsTotal.toLocaleString('zh-CN')} 行` +
        (left !== null ? `，约剩 ${left} 秒` : '') + `（已用 ${seconds} 秒）`;
    } else if (p.phase === 'QUEUED') {
      bar.removeAttribute('value');
      text.textContent = `排队等待中：本服务正在导入先上传的清单，轮到后开始读取…（已等 ${seconds} 秒）`;
    } else if (p.phase === 'STORE') {
      bar.value = 100;
      text.textContent = `已审查 ${(p.rowsTotal || 0).toLocaleString('zh-CN')} 行，正在保存结论和审查报告…（已用 ${seconds} 秒）`;
    } else {
      bar.removeAttribute('value');
      text.textContent = `已读取 ${(p.rowsRead || 0).toLocaleString('zh-CN')} 行…（已用 ${seconds} 秒）`;
    }
    await new Promise(resolve => setTimeout(resolve, 500));
    job = await api('/api/v1/imports/' + encodeURIComponent(job.id));
  }
}

function importErrors(e) {
  if (!e.problems || e.problems.length === 0) return errorBox(e);
  return el('div', {},
    el('div', { class: 'error', role: 'alert' }, e.message, ' 共 ', String(e.problems.length), ' 处，本次上传未保存任何数据。'),
    table({ id: 'import-error-table' }, ['工作表', '行', '列', '问题'],
      e.problems.map(p => el('tr', {},
        el('td', {}, p.sheet || ''), el('td', {}, p.row ?? ''), el('td', {}, p.column || p.field || ''),
        el('td', {}, p.message)))));
}

async function importView(id, params) {
  show(el('p', { class: 'muted' }, '正在读取…'));
  const page = Number(params.get('page') || 0);
  const ruleId = params.get('rule') || '';
  const outcomeFilter = params.get('outcome') || '';
  let data;
  try {
    data = await api('/api/v1/imports/' + encodeURIComponent(id) + '/findings' + query({ ruleId, outcome: outcomeFilter, page, size: 50 }));
  } catch (e) { show(errorBox(e)); return; }
  const s = data.summary;
  const go = (changes) => {
    const p = new URLSearchParams({ rule: ruleId, outcome: outcomeFilter, page: 0, ...changes });
    for (const [k, v] of [...p.entries()]) if (v === '' ) p.delete(k);
    location.hash = '#/imports/' + id + '?' + p.toString();
  };
  const downloadStatus = el('span', { id: 'download-status', class: 'muted' });
  const hasReport = s.kind !== 'duties';
  show(
    el('h1', {}, label('importKind', s.kind), '：', s.fileName),
    el('p', { class: 'muted' }, `${s.county} · 第 ${s.version} 版${s.current ? '（现行）' : ''} · ${s.rows} 行 · ${s.uploadedBy} 于 ${new Date(s.createdAt).toLocaleString('zh-CN')} 上传 · 规则集 ${String(s.ruleSetVersion || '').slice(0, 19)}`),
    el('div', { class: 'counts', id: 'outcome-counts' },
      el('div', { class: 'count' }, el('b', { id: 'count-rows' }, s.rows), '数据行'),
      Object.entries(s.outcomes).map(([o, n]) => el('a', { href: '#', class: 'count o-' + o, 'data-outcome': o,
        onclick: ev => { ev.preventDefault(); go({ outcome: o, rule: '' }); } }, el('b', {}, n), label('outcome', o)))),
    el('p', {},
      hasReport ? el('button', { id: 'download-report', onclick: async () => {
        downloadStatus.textContent = '正在生成…';
        try { downloadStatus.textContent = '已下载：' + await download('/api/v1/imports/' + id + '/report', '审查报告.xlsx'); }
        catch (e) { downloadStatus.replaceChildren(errorBox(e)); }
      } }, '下载审查报告（Excel，逐行标注）') : el('span', { class: 'muted' }, '履职事项清单只登记，供审查其他清单时对照，没有审查报告。'),
      ' ', downloadStatus),
    data.byRule.length ? el('div', { class: 'charts' },
      el('section', { class: 'card' }, el('h2', {}, '各规则发现问题的行数'), barChart('chart-rules', '各规则发现问题的行数', '行',
        data.byRule.map(r => ({ key: r.ruleId, label: r.ruleId + ' ' + r.title, value: r.rows, severity: r.severity })),
        r => go({ rule: r.key, outcome: '' }))),
      el('section', { class: 'card' }, el('h2', {}, '各乡镇（街道）的问题数'), data.byTownship.length
        ? barChart('chart-townships', '各乡镇（街道）的问题数', '个问题', data.byTownship.slice(0, 25).map(t => ({ key: t.code, label: t.name, value: t.findings,
          title: Object.entries(t.byRule).map(([r, n]) => r + '：' + n).join('，') })))
        : el('p', { class: 'muted' }, '本清单的决定不按乡镇区分。'))) : el('p', { class: 'ok' }, '没有发现问题。'),
    data.byRule.length ? el('section', { class: 'card' }, el('h2', {}, '按规则汇总'),
      table({ id: 'rule-table' }, ['规则', '严重程度', '规则内容', '依据', '行数', '问题数'],
        data.byRule.map(r => el('tr', { class: 'sev-' + r.severity, 'data-rule': r.ruleId },
          el('td', { class: 'subject' }, el('a', { href: '#', onclick: ev => { ev.preventDefault(); go({ rule: r.ruleId, outcome: '' }); } }, r.ruleId)),
          el('td', {}, label('severity', r.severity)), el('td', {}, r.title),
          el('td', { class: 'cite' }, citations(r.citations), ' ', el('a', { href: '#/rules?rule=' + r.ruleId }, '原文')),
          el('td', { class: 'rows' }, r.rows), el('td', {}, r.findings))))) : null,
    el('section', { class: 'card' }, el('h2', {}, '逐行结论'),
      !ruleId && !outcomeFilter ? el('p', { class: 'muted' }, '不得下放（不予准入、应予取消、不合规）的排在前面，其次是需补正的，再次是其余的；每类按行号。') : null,
      // applied when confirmed (the button, or Enter), not on every arrow key in a menu (WCAG 3.2.2)
      el('form', { class: 'inline', id: 'row-filter', onsubmit: ev => {
        ev.preventDefault();
        go({ outcome: ev.target.querySelector('#row-outcome').value, rule: ev.target.querySelector('#row-rule').value });
      } },
        el('label', {}, '结论', el('select', { id: 'row-outcome' },
          el('option', { value: '' }, '全部'),
          Object.keys(s.outcomes).map(o => el('option', { value: o, selected: o === outcomeFilter }, label('outcome', o))))),
        el('label', {}, '规则', el('select', { id: 'row-rule' },
          el('option', { value: '' }, '全部'),
          data.byRule.map(r => el('option', { value: r.ruleId, selected: r.ruleId === ruleId }, r.ruleId + ' ' + r.title)))),
        el('button', { id: 'row-filter-apply', type: 'submit' }, '筛选')),
      table({ id: 'row-table' }, ['行', '乡镇（街道）', '事项', '结论', '发现的问题（规则、说明、依据）'],
        data.rows.items.map(r => el('tr', { 'data-row': r.row, 'data-outcome': r.outcome },
          el('td', {}, r.row ?? ''), el('td', {}, r.townshipName || r.township || ''),
          el('td', { class: 'subject' }, r.subject || '', r.subjectName ? el('div', { class: 'muted' }, r.subjectName) : null),
          el('td', { class: 'verdict' }, outcome(r.outcome)), el('td', {}, findingList(r.findings))))),
      pager(data.rows.page, data.rows.size, data.rows.total, p => go({ page: p, rule: ruleId, outcome: outcomeFilter }))));
}

/**
 * A horizontal bar chart in SVG, one bar per entry, longest first — with a name and a short summary for a screen
 * reader (the SVG is one image), and the same entries as a list under it: full labels, and links a keyboard reaches.
 */
function barChart(id, name, unit, entries, onClick) {
  const max = Math.max(1, ...entries.map(e => e.value));
  // drawn at the width it will be shown at (a half-page card on a desktop, the whole phone screen), so its
  // 12 px text is not scaled down to unreadable on a phone
  const width = Math.round(Math.min(580, Math.max(300, window.innerWidth - 60)));
  const rowH = 24, labelW = Math.round(width * 0.4), barW = width - labelW - 50;
  const fits = Math.floor((labelW - 8) / 12);
  const colour = e => e.severity === 'BLOCKING' ? '#c62828' : e.severity === 'CORRECTABLE' ? '#d08a10' : '#1c5fa8';
  const top = entries.slice(0, 3).map(e => `${e.label} ${e.value} ${unit}`).join('；');
  const summary = `${name}：共 ${entries.length} 项，最多的是 ${top}。完整数据见图下列表。`;
  const chart = svg('svg', { id, width: '100%', viewBox: `0 0 ${width} ${entries.length * rowH + 8}`, role: 'img',
      'aria-labelledby': id + '-title' },
    svg('title', { id: id + '-title' }, summary),
    entries.map((e, i) => {
      const w = Math.max(2, Math.round(barW * e.value / max));
      const g = svg('g', { transform: `translate(0 ${i * rowH + 4})`, 'data-key': e.key, style: onClick ? 'cursor:pointer' : '' },
        svg('title', {}, e.title || (e.label + '：' + e.value)),
        svg('text', { x: labelW - 6, y: 15, 'text-anchor': 'end' }, e.label.length > fits ? e.label.slice(0, fits - 1) + '…' : e.label),
        svg('rect', { x: labelW, y: 2, width: w, height: rowH - 8, fill: colour(e), rx: 2 }),
        svg('text', { x: labelW + w + 6, y: 15 }, String(e.value)));
      if (onClick) g.addEventListener('click', () => onClick(e));
      return g;
    }));
  const list = el('details', { class: 'chart-list', id: id + '-list' }, el('summary', {}, '以列表查看（完整名称）'),
    el('ol', {}, entries.map(e => el('li', {},
      onClick ? el('a', { href: '#', onclick: ev => { ev.preventDefault(); onClick(e); } }, e.label) : e.label,
      `：${e.value} ${unit}`, e.title && e.title !== e.label ? el('span', { class: 'muted' }, `（${e.title}）`) : null))));
  return el('div', { class: 'chart' }, chart, list);
}

// ---- decision log ----

async function decisionsView(params) {
  const results = el('div', { id: 'decision-results' });
  const kinds = state.labels.decisionKind;
  const form = el('form', { id: 'decision-search', class: 'inline' },
    el('label', {}, '种类', el('select', { name: 'kind' }, el('option', { value: '' }, '全部'),
      Object.entries(kinds).map(([k, v]) => el('option', { value: k, selected: params.get('kind') === k }, v)))),
    el('label', {}, '结论', el('select', { name: 'outcome' }, el('option', { value: '' }, '全部'),
      Object.entries(state.labels.outcome).map(([k, v]) => el('option', { value: k, selected: params.get('outcome') === k }, v + '（' + k + '）')))),
    el('label', {}, '乡镇（街道）', el('select', { name: 'township', id: 'decision-township' }, el('option', { value: '' }, '全部'))),
    el('label', {}, '自', el('input', { name: 'from', type: 'date', value: params.get('from') || '' })),
    el('label', {}, '至', el('input', { name: 'to', type: 'date', value: params.get('to') || '' })),
    el('button', { type: 'submit' }, '查询'));
  form.addEventListener('submit', ev => {
    ev.preventDefault();
    const p = new URLSearchParams();
    for (const n of ['kind', 'outcome', 'township', 'from', 'to']) if (form[n].value) p.set(n, form[n].value);
    location.hash = '#/decisions?' + p.toString();
  });
  const verify = el('span', { id: 'verify-result' });
  show(el('h1', {}, '决定记录'), el('section', { class: 'card' },
    el('p', { class: 'muted' }, '每项决定写入后不再改动，并与前一项决定以哈希相连；可按种类、结论、乡镇和日期查询。'), form,
    state.me.may.includes('verify') ? el('p', {}, el('button', { id: 'verify-chain', class: 'secondary', onclick: async () => {
      verify.textContent = '正在逐条验证…';
      try {
        const v = await api('/api/v1/decisions/verify');
        verify.replaceChildren(el('span', { class: v.intact ? 'ok' : 'error' }, v.reason + '（已验证 ' + v.checked + ' 项）'));
      } catch (e) { verify.replaceChildren(errorBox(e)); }
    } }, '验证决定记录是否被改动'), ' ', verify) : null), results);
  api('/api/v1/townships').then(list => document.getElementById('decision-township')?.append(...list.map(t =>
    el('option', { value: t.code, selected: params.get('township') === t.code }, t.name + '（' + t.county + '）')))).catch(() => {});
  const page = Number(params.get('page') || 0);
  try {
    const list = await api('/api/v1/decisions' + query({ kind: params.get('kind'), outcome: params.get('outcome'),
      township: params.get('township'), from: params.get('from'), to: params.get('to'), page, size: 50 }));
    const go = p => { params.set('page', p); location.hash = '#/decisions?' + params.toString(); };
    results.replaceChildren(
      table({ id: 'decision-table' }, ['决定时间', '种类', '结论', '事项', '发现的问题', '编号'],
        list.map(d => el('tr', { 'data-outcome': d.outcome },
          el('td', {}, new Date(d.decidedAt).toLocaleString('zh-CN')), el('td', {}, label('decisionKind', d.kind)),
          el('td', { class: 'verdict' }, outcome(d.outcome)), el('td', { class: 'subject' }, subjectOf(d)), el('td', {}, findingList(d.findings)),
          el('td', { class: 'muted' }, d.id)))),
      el('div', { class: 'pager' },
        el('button', { class: 'secondary', disabled: page === 0, onclick: () => go(page - 1) }, '上一页'),
        el('span', { class: 'muted' }, '第 ' + (page + 1) + ' 页'),
        el('button', { class: 'secondary', disabled: list.length < 50, onclick: () => go(page + 1) }, '下一页')));
  } catch (e) { results.replaceChildren(errorBox(e)); }
}

function subjectOf(d) {
  const i = d.input || {};
  return [i.itemCode || i.requestId || i.matterCode || i.code || i.township || '', i.itemName || i.taskName || i.matterName || i.name || '']
    .filter(Boolean).join(' ');
}

// ---- rules and their sources ----

async function loadRules() {
  if (!state.rules) {
    [state.rules, state.sources] = await Promise.all([api('/api/v1/rules'), api('/api/v1/rules/sources')]);
  }
}

function clauseOf(c) {
  return state.sources.clauses.find(x => x.source === c.source && (x.clause || null) === (c.clause || null));
}

async function rulesView(params) {
  try { await loadRules(); } catch (e) { show(errorBox(e)); return; }
  const only = params.get('rule');
  const families = [...new Set(state.rules.map(r => r.family))];
  const docTitle = key => (state.sources.documents.find(d => d.key === key) || {}).title || key;
  const hasText = key => !!(state.sources.documents.find(d => d.key === key) || {}).file;
  const list = state.rules.filter(r => !only || r.id === only || r.family === only);
  show(el('h1', {}, '规则与依据'),
    el('p', { class: 'muted' }, '每条规则的编号、严重程度、内容和所依据的条款原文，便于对照原文核对规则。共 ',
      String(state.rules.length), ' 条。按规则族查看：',
      families.map(f => el('a', { href: '#/rules?rule=' + f, style: 'margin-right:8px' }, f)),
      only ? el('a', { href: '#/rules' }, '全部') : null),
    el('div', { id: 'rules-list' }, list.map(r => el('div', { class: 'rule sev-' + r.severity, 'data-rule': r.id },
      el('h3', {}, r.id, ' ', r.title, ' ', el('span', { class: 'tag' }, label('severity', r.severity))),
      r.applies.length ? el('p', { class: 'muted' }, '对所涉执法事项同时适用：', r.applies.join('、')) : null,
      r.citations.map(c => {
        const clause = clauseOf(c);
        return el('div', { class: 'citation' },
          el('div', { class: 'cite' }, docTitle(c.source), ' ', c.clause || '', c.note ? '（' + c.note + '）' : '',
            hasText(c.source) ? el('a', { href: '#/sources/' + c.source + '?clause=' + encodeURIComponent(c.clause || ''), style: 'margin-left:8px' }, '在原文中查看') : null),
          clause ? clause.quote.map(q => el('blockquote', { class: 'quote' }, q)) : el('p', { class: 'muted' }, '（未录入原文）'));
      })))));
}

async function sourceView(key, params) {
  try { await loadRules(); } catch (e) { show(errorBox(e)); return; }
  let text;
  try { text = await (await request('/api/v1/rules/sources/' + encodeURIComponent(key))).text(); }
  catch (e) { show(errorBox(e)); return; }
  const clause = params.get('clause') || null;
  const quotes = state.sources.clauses.filter(c => c.source === key && (!clause || c.clause === clause)).flatMap(c => c.quote);
  // marks each quoted sentence in the text (whitespace in the document may differ from the quote's)
  const pre = el('pre', { class: 'source', id: 'source-text' });
  const ranges = [];
  for (const q of quotes) {
    const pattern = q.replace(/\s+/g, '').split('').map(ch => ch.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s*');
    const m = new RegExp(pattern).exec(text);
    if (m) ranges.push([m.index, m.index + m[0].length]);
  }
  ranges.sort((a, b) => a[0] - b[0]);
  let at = 0;
  for (const [from, to] of ranges) {
    if (from < at) continue;
    pre.append(text.slice(at, from), el('mark', {}, text.slice(from, to)));
    at = to;
  }
  pre.append(text.slice(at));
  const doc = state.sources.documents.find(d => d.key === key);
  show(el('h1', {}, doc ? doc.title : key), el('p', {}, el('a', { href: '#/rules' }, '← 返回规则与依据'),
    clause ? el('span', { class: 'muted' }, '　已标出 ' + key + ' ' + clause + ' 所引的句子') : null), pre);
  const first = pre.querySelector('mark');
  if (first) first.scrollIntoView({ block: 'center' });
}

// ---- township staff ----

function ownTownship() { return state.me && state.me.townshipCode; }

async function authoritiesView(params) {
  const code = ownTownship();
  const page = Number(params.get('page') || 0);
  const form = el('form', { id: 'authority-filter', class: 'inline' },
    el('label', {}, '事项名称', el('input', { id: 'auth-q', name: 'q', value: params.get('q') || '' })),
    el('label', {}, '类别', el('select', { id: 'auth-category', name: 'category' }, el('option', { value: '' }, '全部'),
      Object.entries(state.labels.category).map(([k, v]) => el('option', { value: k, selected: params.get('category') === k }, v)))),
    el('label', {}, '截至日期', el('input', { id: 'auth-asof', name: 'asOf', type: 'date', value: params.get('asOf') || '' })),
    el('button', { id: 'auth-submit', type: 'submit' }, '查询'));
  form.addEventListener('submit', ev => {
    ev.preventDefault();
    const p = new URLSearchParams();
    for (const n of ['q', 'category', 'asOf']) if (form[n].value) p.set(n, form[n].value);
    location.hash = '#/authorities?' + p.toString();
  });
  const results = el('div', { id: 'authority-results' }, el('p', { class: 'muted' }, '正在读取…'));
  show(el('h1', {}, state.me.townshipName, ' 赋权事项清单'),
    el('p', { class: 'muted' }, '县级部门依法赋予本乡镇（街道）的事项，及系统对每项的审查结论。'),
    el('section', { class: 'card' }, form), results);
  try {
    const data = await api('/api/v1/townships/' + code + '/authorities' + query({ q: params.get('q'),
      category: params.get('category'), asOf: params.get('asOf'), page, size: 50 }));
    const go = p => { params.set('page', p); location.hash = '#/authorities?' + params.toString(); };
    results.replaceChildren(
      table({ id: 'authority-table' }, ['事项编码', '事项名称', '类别', '方式', '原实施部门', '设定依据', '省级决定', '实施日期', '结论'],
        data.items.map(i => el('tr', { 'data-item': i.itemCode },
          el('td', {}, i.itemCode), el('td', { class: 'subject' }, i.itemName, i.subItem ? '（' + i.subItem + '）' : ''),
          el('td', {}, label('category', i.category)), el('td', {}, label('mode', i.mode)), el('td', {}, i.fromDepartment),
          el('td', {}, i.legalBasis || ''), el('td', {}, i.provincialDecisionDoc || ''), el('td', {}, i.effectiveFrom || ''),
          el('td', { class: 'verdict' }, outcome(i.outcome), i.ruleIds.length ? el('div', { class: 'muted' }, i.ruleIds.join('、')) : null)))),
      pager(data.page, data.size, data.total, go));
  } catch (e) { results.replaceChildren(errorBox(e)); }
}

async function responsibilitiesView() {
  const code = ownTownship();
  const results = el('div', { id: 'responsibility-results' }, el('p', { class: 'muted' }, '正在读取…'));
  show(el('h1', {}, state.me.townshipName, ' 属地管理事项'),
    el('p', { class: 'muted' }, '本乡镇（街道）承担主体责任或配合责任的事项，以及应做什么。'), results);
  try {
    const list = await api('/api/v1/townships/' + code + '/responsibilities');
    results.replaceChildren(table({ id: 'responsibility-table' }, ['领域', '事项', '本乡镇责任', '应做的工作', '主体责任单位', '审查'],
      list.map(m => el('tr', { 'data-matter': m.matterCode, 'data-role': m.role },
        el('td', {}, m.domain), el('td', { class: 'subject' }, m.matterCode, ' ', m.matterName),
        el('td', { class: 'verdict' }, m.role === 'PRIMARY' ? '主体责任' : '配合责任'), el('td', {}, m.duties || ''),
        el('td', {}, m.primaryUnit || '', m.shouldBePrimary ? el('div', { class: 'muted' }, '应为：' + m.shouldBePrimary) : null),
        el('td', {}, findingList(m.findings))))));
  } catch (e) { results.replaceChildren(errorBox(e)); }
}

async function admissionsView() {
  const results = el('div', { id: 'admission-results' }, el('p', { class: 'muted' }, '正在读取…'));
  show(el('h1', {}, '向', state.me.townshipName, '提出的职责准入申请'),
    el('p', { class: 'muted' }, '县直部门把职责交由乡镇承担，须充分听取乡镇意见（TW6 §13）。请对每项申请提出意见并说明理由。'), results);
  try {
    const list = await api('/api/v1/admissions');
    if (list.length === 0) { results.replaceChildren(el('p', {}, '目前没有向本乡镇提出的申请。')); return; }
    results.replaceChildren(...list.map(admissionCard));
  } catch (e) { results.replaceChildren(errorBox(e)); }
}

function admissionCard(view) {
  const r = view.request;
  const mine = (r.opinions || []).find(o => o.township === state.me.townshipName || o.township === state.me.townshipCode);
  const status = el('div', { class: 'opinion-status' });
  const form = el('form', { class: 'inline opinion-form' },
    el('label', {}, '意见', el('select', { name: 'opinion' },
      ['AGREE', 'DISAGREE'].map(o => el('option', { value: o, selected: mine && mine.opinion === o }, label('opinion', o))))),
    el('label', { style: 'flex:1' }, '理由', el('input', { name: 'reason', value: (mine && mine.reason) || '', required: true })),
    el('button', { type: 'submit' }, mine ? '修改意见' : '提交意见'));
  form.addEventListener('submit', async ev => {
    ev.preventDefault();
    try {
      const updated = await api('/api/v1/admissions/' + encodeURIComponent(r.requestId) + '/opinions', {
        method: 'POST', headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ opinion: form.opinion.value, reason: form.reason.value }) });
      card.replaceWith(admissionCard(updated));
    } catch (e) { status.replaceChildren(errorBox(e)); }
  });
  const card = el('section', { class: 'card admission', 'data-request': r.requestId },
    el('h2', {}, r.requestId, ' ', r.taskName),
    el('p', {}, '申请部门：', r.department, '　本乡镇角色：', label('townshipRole', r.townshipRole), '　状态：', label('requestStatus', r.status),
      '　人员 ', r.staffing ?? '—', ' 名，经费 ', r.fundingWan ?? '—', ' 万元'),
    el('p', { class: 'muted' }, '依据：', r.legalBasis || '（未载明）', '　涉及乡镇：', (r.townships || []).join('、')),
    view.decision ? el('div', {}, '审查结论：', outcome(view.decision.outcome), ' ', findingList(view.decision.findings)) : null,
    mine ? el('p', { class: 'ok' }, '本乡镇已提出意见：', label('opinion', mine.opinion), '（', mine.reason || '', '）') : null,
    form, status);
  return card;
}

// ---- routing ----

// each view with the name the browser tab and a screen reader announce (WCAG 2.4.2): "导入结果 · <its heading> · quanze"
const routes = [
  [/^#\/login$/, () => loginView(), false, '登录'],
  [/^#\/rules$/, p => rulesView(p), false, '规则与依据'],
  [/^#\/sources\/([A-Z0-9]+)$/, (p, m) => sourceView(m[1], p), false, '依据原文'],
  [/^#\/imports$/, () => importsView(), true, '清单导入审查'],
  [/^#\/imports\/([\w-]+)$/, (p, m) => importView(m[1], p), true, '导入结果'],
  [/^#\/decisions$/, p => decisionsView(p), true, '决定记录'],
  [/^#\/authorities$/, p => authoritiesView(p), true, '本乡镇赋权事项'],
  [/^#\/responsibilities$/, () => responsibilitiesView(), true, '属地管理责任'],
  [/^#\/admissions$/, () => admissionsView(), true, '职责准入'],
];

/** After a view is drawn: the tab names it, and focus moves to its heading, not back to the top of the page (2.4.3). */
function announce(name) {
  const heading = main().querySelector('h1');
  const own = heading ? heading.textContent.trim() : '';
  document.title = [name, own && own !== name ? own : null, 'quanze'].filter(Boolean).join(' · ');
  if (heading) {
    heading.setAttribute('tabindex', '-1');
    heading.focus({ preventScroll: false });
  }
}

async function route() {
  const [path, q] = (location.hash || '#/').split('?');
  const params = new URLSearchParams(q || '');
  renderChrome();
  if (path === '#/' || path === '') { location.hash = home(); return; }
  for (const [re, view, signedIn, name] of routes) {
    const m = re.exec(path);
    if (!m) continue;
    if (signedIn && !state.me) { location.hash = '#/login'; return; }
    await view(params, m);
    announce(name);
    return;
  }
  show(el('p', {}, '没有这个页面。'), el('a', { href: home() }, '返回首页'));
}

async function start() {
  // the page carries the labels (IndexPage); asked for only when it was opened some other way
  const embedded = document.getElementById('labels');
  try { state.labels = embedded ? JSON.parse(embedded.textContent) : await api('/api/v1/labels'); }
  catch (e) { show(errorBox(e)); return; }
  if (sessionStorage.getItem(AUTH)) {
    try { state.me = await api('/api/v1/me'); } catch (e) { sessionStorage.removeItem(AUTH); }
  }
  window.addEventListener('hashchange', route);
  route();
}

start();
