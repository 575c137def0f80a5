// The reference dashboard: uses only the public JSON API, draws its own SVG, fetches nothing from
// the internet. Every number shows its source as a footnote and on hover.
'use strict';

const API = 'api/v1';
const SVG = 'http://www.w3.org/2000/svg';
const state = { names: new Map(), groups: new Map(), footnotes: new Map(), sources: [] };

async function getJson(path) {
  const response = await fetch(path, { headers: { Accept: 'application/json' } });
  const body = await response.json();
  if (!response.ok) {
    throw new Error(body.detail || `HTTP ${response.status}`);
  }
  return body;
}

// 22071000000 → "22.07 bn"; display only: the API's values stay exact.
function money(value) {
  if (value === null || value === undefined) return 'no data';
  const n = Number(value);
  const abs = Math.abs(n);
  if (abs >= 1e9) return `${(n / 1e9).toFixed(2)} bn`;
  if (abs >= 1e6) return `${(n / 1e6).toFixed(2)} m`;
  if (abs >= 1e3) return `${(n / 1e3).toFixed(2)} k`;
  return n.toFixed(0);
}

function percent(value) {
  if (value === null || value === undefined) return '';
  const n = Number(value);
  return `${n > 0 ? '+' : ''}${n.toFixed(2)} %`;
}

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  Object.entries(attrs).forEach(([k, v]) => (k === 'text' ? (node.textContent = v) : node.setAttribute(k, v)));
  children.flat().forEach((c) => node.append(c));
  return node;
}

function svg(tag, attrs = {}, text) {
  const node = document.createElementNS(SVG, tag);
  Object.entries(attrs).forEach(([k, v]) => node.setAttribute(k, v));
  if (text !== undefined) node.textContent = text;
  return node;
}

// One footnote number per source, shared by the whole page.
function footnote(source) {
  if (!source) return '';
  if (!state.footnotes.has(source.id)) {
    state.footnotes.set(source.id, state.footnotes.size + 1);
    state.sources.push(source);
  }
  return state.footnotes.get(source.id);
}

function sup(sources) {
  return [...new Set(sources.filter(Boolean).map(footnote))].map((n) =>
    el('sup', { class: 'fn', title: describeSource(state.sources[n - 1]) }, `[${n}]`));
}

function describeSource(s) {
  return `${s.publisher}, “${s.title}” (${s.outlet}, ${s.publishedOn})`;
}

function inputsOf(total) {
  return (total.inputs || []).map((i) => i.observation.source);
}

function countryName(code) {
  return state.names.get(code) || code;
}

function params() {
  const q = new URLSearchParams(location.search);
  return {
    reporter: (q.get('reporter') || 'CHN').toUpperCase(),
    partner: (q.get('partner') || 'KGZ').toUpperCase(),
    flow: (q.get('flow') || 'TURNOVER').toUpperCase(),
  };
}

async function fillSelectors(p) {
  const [countries, groups] = await Promise.all([getJson(`${API}/countries`), getJson(`${API}/groups`)]);
  countries.forEach((c) => state.names.set(c.code, c.name));
  groups.forEach((g) => { state.groups.set(g.code, g); if (!state.names.has(g.code)) state.names.set(g.code, g.name); });
  groups.filter((g) => g.members.length).forEach((g) =>
    document.getElementById('partner').append(el('option', { value: g.code, text: `${g.name} (${g.code})` })));
  for (const id of ['reporter', 'partner']) {
    const select = document.getElementById(id);
    countries
      .filter((c) => id === 'partner' || c.code !== 'WLD')
      .forEach((c) => select.append(el('option', { value: c.code, text: `${c.name} (${c.code})` })));
    select.value = p[id];
  }
  document.getElementById('flow').value = p.flow;
}

// The years the pair has figures for, on either side, read from the stored figures.
async function yearsWithData(p) {
  const sides = [[p.reporter, p.partner]];
  if (p.partner !== 'WLD' && !state.groups.has(p.partner)) sides.push([p.partner, p.reporter]);
  const flows = { TURNOVER: 'TURNOVER', EXPORT: 'IMPORT', IMPORT: 'EXPORT' };
  const pages = await Promise.all(sides.map(([r, q], i) =>
    getJson(`${API}/trade/observations?reporter=${r}&partner=${q}&flow=${i === 0 ? p.flow : flows[p.flow]}&size=200`)));
  const years = pages.flatMap((page) => page.items.flatMap((o) => [Number(o.firstMonth.slice(0, 4)), Number(o.lastMonth.slice(0, 4))]));
  return years.length ? [Math.min(...years), Math.max(...years)] : null;
}

// Both countries' series by year: the reporter's bars and the partner's own (mirror) figures
// beside them, each with whiskers for its bounds and a mark where sources disagree.
function drawSeries(points, mirrorPoints, events, p) {
  const chart = document.getElementById('chart');
  chart.replaceChildren();
  const width = 760, height = 340, left = 20, right = 20, top = 48, bottom = 56;
  const plotH = height - top - bottom;
  const band = (width - left - right) / points.length;
  const all = [...points, ...(mirrorPoints || [])];
  const max = Math.max(1, ...all.map((x) => Number((x.bounds && x.bounds.highUsd) || x.valueUsd || 0)));
  const y = (v) => top + plotH - (Number(v) / max) * (plotH - 24);
  const root = svg('svg', { viewBox: `0 0 ${width} ${height}`, 'data-points': points.length });
  const defs = svg('defs');
  const hatch = svg('pattern', { id: 'hatch', width: 6, height: 6, patternUnits: 'userSpaceOnUse', patternTransform: 'rotate(45)' });
  hatch.append(svg('rect', { width: 6, height: 6, fill: '#dce8f2' }), svg('line', { x1: 0, y1: 0, x2: 0, y2: 6, stroke: '#2f6f9f', 'stroke-width': 2 }));
  defs.append(hatch);
  root.append(defs, svg('line', { x1: left, x2: width - right, y1: top + plotH, y2: top + plotH, stroke: '#9aa5b1' }));
  const notes = document.getElementById('series-notes');
  notes.replaceChildren();

  const bar = (pt, x, w, side) => {
    const method = (pt.method || '').toLowerCase();
    const h = Math.max(2, top + plotH - y(pt.valueUsd));
    const cls = `bar ${method}${pt.approximate ? ' approximate' : ''}${pt.suspect ? ' suspect' : ''}${side === 'partner' ? ' partner-side' : ''}`;
    const attrs = { x, y: top + plotH - h, width: w, height: h, class: cls, 'data-value': pt.valueUsd };
    attrs[side === 'partner' ? 'data-mirror-period' : 'data-period'] = pt.period;
    const rect = svg('rect', attrs);
    const sources = inputsOf(pt);
    rect.append(svg('title', {}, `${pt.period}, ${countryName(side === 'partner' ? p.partner : p.reporter)} reports: ${money(pt.valueUsd)} USD (${method}${pt.approximate ? ', approximate' : ''})` +
      (pt.bounds ? `\nbetween ${money(pt.bounds.lowUsd)} and ${money(pt.bounds.highUsd)} given its rounding` : '') +
      `\n${pt.calculation || ''}\n` + sources.map((s) => `Source [${footnote(s)}]: ${describeSource(s)}`).join('\n') +
      (pt.suspect ? `\nSUSPECT: ${findingsText(pt)}` : '')));
    if (pt.suspect) rect.setAttribute('data-suspect', side === 'partner' ? `partner-${pt.period}` : pt.period);
    root.append(rect);
    if (pt.bounds && pt.bounds.lowUsd !== pt.bounds.highUsd) {
      const cx = x + w / 2;
      const y1 = y(pt.bounds.lowUsd), y2 = y(pt.bounds.highUsd);
      const whisker = svg('g', { class: 'whisker', 'data-whisker': `${side}-${pt.period}` });
      whisker.append(svg('line', { x1: cx, x2: cx, y1, y2 }), svg('line', { x1: cx - 4, x2: cx + 4, y1, y2: y1 }),
        svg('line', { x1: cx - 4, x2: cx + 4, y1: y2, y2 }));
      whisker.append(svg('title', {}, `${money(pt.bounds.lowUsd)} – ${money(pt.bounds.highUsd)} USD given the precision of the figures`));
      root.append(whisker);
    }
    if (pt.disputed) {
      const mark = svg('text', { x: x + w / 2, y: y(pt.valueUsd) - (side === 'partner' ? 6 : 38), 'text-anchor': 'middle', class: 'disputed', 'data-disputed': side === 'partner' ? `partner-${pt.period}` : pt.period }, '!');
      mark.append(svg('title', {}, `Sources disagree on ${pt.period} beyond rounding: ` +
        pt.dispute.figures.map((f) => `${money(f.valueUsd)} (${f.source.outlet}, ${f.source.publishedOn})`).join('; ')));
      root.append(mark);
    }
    return { h, sources, method };
  };

  points.forEach((pt, i) => {
    const mp = mirrorPoints ? mirrorPoints[i] : null;
    const w = band * (mp ? 0.36 : 0.6);
    const x = left + i * band + band * (mp ? 0.12 : 0.2);
    root.append(svg('text', { x: left + i * band + band / 2, y: top + plotH + 18, 'text-anchor': 'middle', class: 'axis' }, pt.period));
    if (mp && mp.valueUsd !== null) bar(mp, x + w + band * 0.04, w, 'partner');
    if (pt.valueUsd === null) {
      root.append(svg('text', { x: x + w / 2, y: top + plotH - 8, 'text-anchor': 'middle', class: 'missing' }, 'no data'));
      return;
    }
    const { h, sources, method } = bar(pt, x, w, 'reporter');
    const numbers = [...new Set(sources.map(footnote))];
    root.append(svg('text', { x: x + w / 2, y: top + plotH - h - 6, 'text-anchor': 'middle', class: 'value', 'data-value-label': pt.period },
      `${money(pt.valueUsd)}${method !== 'reported' ? ' *' : ''}${pt.approximate ? ' ≈' : ''} [${numbers.join(',')}]`));
    if (pt.yoy && pt.yoy.changePercent !== null) {
      const down = Number(pt.yoy.changePercent) < 0;
      if (pt.yoy.suspect) {
        // never a plain number: a change resting on a suspect figure is marked and explained
        const mark = svg('text', { x: x + w / 2, y: top + plotH - h - 22, 'text-anchor': 'middle', class: 'yoy suspect', 'data-yoy': pt.period, 'data-yoy-suspect': pt.period },
          `? ${percent(pt.yoy.changePercent)} YoY`);
        mark.append(svg('title', {}, pt.yoy.reason || 'This change rests on a suspect figure.'));
        root.append(mark);
      } else {
        root.append(svg('text', { x: x + w / 2, y: top + plotH - h - 22, 'text-anchor': 'middle', class: `yoy${down ? ' down' : ''}`, 'data-yoy': pt.period },
          `${percent(pt.yoy.changePercent)} YoY`));
      }
    }
    const words = [`${pt.period}: ${money(pt.valueUsd)} USD`];
    if (pt.bounds && pt.bounds.lowUsd !== pt.bounds.highUsd) words.push(` (${money(pt.bounds.lowUsd)} – ${money(pt.bounds.highUsd)})`);
    const suspect = pt.suspect ? el('span', { class: 'badge suspect', text: 'suspect', title: findingsText(pt) }) : '';
    const note = method === 'reported'
      ? el('li', {}, ...words, pt.approximate ? el('span', { class: 'badge derived', text: 'approximate' }) : ', as reported',
        pt.disputed ? el('span', { class: 'badge disputed', text: 'disputed' }) : '', suspect, ...sup(sources))
      : el('li', {}, ...words, el('span', { class: 'badge derived', text: method.replaceAll('_', ' ') }), ` ${pt.calculation}`, suspect, ...sup(sources));
    notes.append(note);
    if (pt.suspect) notes.append(el('li', { class: 'warn', 'data-finding': pt.period, text: findingsText(pt) }));
  });

  // corridor events on the time axis: a dot at their date, labelled on hover
  const first = Number(points[0].period.slice(0, 4));
  events.forEach((e) => {
    const date = new Date(`${e.dateFrom}T00:00:00Z`);
    const yearFraction = (date.getUTCFullYear() - first) + date.getUTCMonth() / 12 + (date.getUTCDate() - 1) / 365;
    if (yearFraction < 0 || yearFraction > points.length) return;
    const cx = left + yearFraction * band;
    const dot = svg('circle', { cx, cy: top + plotH + 34, r: 5, class: `event${e.certainty === 'PLANNED' ? ' planned' : ''}`, 'data-event': e.ref });
    dot.append(svg('title', {}, `${e.date} — ${e.title}${e.certainty === 'PLANNED' ? ' (planned)' : ''}\nSource [${footnote(e.source)}]: ${describeSource(e.source)}`));
    root.append(dot);
  });
  chart.append(root);
  document.getElementById('legend').replaceChildren(
    el('span', { class: 'key reporter' }, `${countryName(p.reporter)} reports`),
    mirrorPoints ? el('span', { class: 'key partner' }, `${countryName(p.partner)} reports`) : '',
    el('span', { class: 'key whisker' }, 'range its rounding allows'),
    el('span', { class: 'key disputed' }, '! sources disagree'),
    el('span', { class: 'key suspect' }, '? rests on a suspect figure'));
}

// What makes a total suspect, in words, from its findings.
function findingsText(total) {
  const found = (total.findings || []).filter((f) => f.suspectObservationId !== null);
  return found.length ? found.map((f) => `${f.kind}: ${f.description}`).join(' ') : 'It rests on a suspect figure.';
}

// A group's members ranked as the reporter's partners, with their shares of the group.
async function drawRanking(p) {
  const box = document.getElementById('ranking');
  const inGroup = (code) => [...state.groups.values()].find((g) => g.members.some((m) => m.code === code));
  let reporter = p.reporter, group = inGroup(p.partner);
  if (!group) { group = inGroup(p.reporter); reporter = p.partner; }
  if (!group || reporter === 'WLD' || state.groups.has(reporter)) {
    box.replaceChildren(el('p', { class: 'meta', text: 'Neither country belongs to a group of countries.' }));
    return;
  }
  const select = document.getElementById('ranking-year');
  const year = select.value || new URLSearchParams(location.search).get('year') || '2024';
  const r = await getJson(`${API}/trade/partners?reporter=${reporter}&group=${group.code}&flow=${p.flow}&period=${year}`);
  document.getElementById('ranking-h').textContent = `${countryName(reporter)}'s partners in ${r.groupName}, ${year}`;
  const max = Math.max(1, ...r.items.map((i) => Number(i.valueUsd || 0)));
  const rows = r.items.map((i) => el('li', { 'data-rank': i.partner },
    el('span', { class: 'rank', text: i.rank ? `${i.rank}.` : '–' }),
    el('span', { class: 'who', text: i.partnerName }),
    el('div', { class: 'track' }, el('div', { class: `fill${i.partner === p.partner || i.partner === p.reporter ? ' mine' : ''}`, style: `width:${(100 * Number(i.valueUsd || 0)) / max}%` })),
    el('span', { class: 'amount' }, i.valueUsd === null ? 'no data' : `${money(i.valueUsd)} · ${Number(i.sharePercent).toFixed(2)} %`,
      i.changePercent !== null ? el('span', i.suspect
        ? { class: 'yoy suspect', text: ` ? ${percent(i.changePercent)}`, title: i.reason || 'rests on a suspect figure' }
        : { class: `yoy${Number(i.changePercent) < 0 ? ' down' : ''}`, text: ` ${percent(i.changePercent)}` }) : '',
      i.disputed ? el('span', { class: 'badge disputed', text: 'disputed' }) : '', ...sup(inputsOf(i.total)))));
  box.replaceChildren(el('ol', { class: 'ranking' }, ...rows),
    el('p', { class: 'meta' }, `Group total ${money(r.groupTotal.valueUsd)} USD (${(r.groupTotal.method || '').toLowerCase().replaceAll('_', ' ')})`, ...sup(inputsOf(r.groupTotal))),
    r.note ? el('p', { class: 'meta warn', text: r.note }) : '');
}

function drawMirror(mirror, p) {
  const box = document.getElementById('mirror');
  box.replaceChildren();
  const mine = mirror.reporterFigure;
  const theirs = mirror.partnerFigure;
  const max = Math.max(Number(mine.valueUsd || 0), Number(theirs.valueUsd || 0), 1);
  const row = (total, cls) => [
    el('div', { class: 'who' }, `${countryName(total.reporter)} reports`),
    el('div', {},
      el('div', { class: 'track' }, el('div', { class: `fill ${cls}`, style: `width:${(100 * Number(total.valueUsd || 0)) / max}%` })),
      el('span', { class: 'amount', 'data-mirror': total.reporter }, `${money(total.valueUsd)} USD`),
      total.method && total.method !== 'REPORTED' ? el('span', { class: 'badge derived', text: total.method.toLowerCase() }) : '',
      ' ', el('span', { class: 'meta' }, `${total.flow.toLowerCase()}, ${total.period}`), ...sup(inputsOf(total))),
  ];
  box.append(el('div', { class: 'mirror-bars' }, ...row(mine, ''), ...row(theirs, 'partner')));
  box.append(el('p', { class: 'gap' }, mirror.gapUsd !== null
    ? `Gap ${money(mirror.gapUsd)} USD; ${countryName(p.reporter)}'s figure is ${Number(mirror.ratio).toFixed(2)}× ${countryName(p.partner)}'s. Goods declared as exports often continue in transit to third countries.`
    : (mirror.reason || '')));
}

// Both countries' balances with each other for one year (exports − imports, each side's own
// figures): a surplus on one side should be a deficit of the same size on the other.
async function drawBalance(p) {
  const box = document.getElementById('balance');
  if (p.partner === 'WLD' || state.groups.has(p.partner)) {
    box.replaceChildren(el('p', { class: 'meta', text: 'Choose a country as partner to compare both balances.' }));
    return;
  }
  const year = document.getElementById('ranking-year').value || '2024';
  const m = await getJson(`${API}/trade/mirror?reporter=${p.reporter}&partner=${p.partner}&flow=BALANCE&period=${year}`);
  const side = (total) => el('li', { 'data-balance': total.reporter },
    el('div', { class: 'name' }, `${countryName(total.reporter)} reports`),
    el('div', {},
      el('span', { class: `amount${Number(total.valueUsd) < 0 ? ' down' : ''}` }, total.valueUsd === null
        ? 'no data'
        : `${Number(total.valueUsd) < 0 ? 'deficit' : 'surplus'} ${money(Math.abs(Number(total.valueUsd)))} USD`),
      total.suspect ? el('span', { class: 'badge disputed', text: 'suspect' }) : '',
      ' ', el('span', { class: 'meta', text: total.valueUsd === null ? (total.missing ? total.missing.description : '') : total.calculation || '' }),
      ...sup(inputsOf(total))));
  box.replaceChildren(el('ul', { class: 'rows' }, side(m.reporterFigure), side(m.partnerFigure)),
    el('p', { class: 'meta', text: m.gapUsd !== null
      ? `${year}: the two balances differ by ${money(Math.abs(Number(m.gapUsd)))} USD once one's sign is turned.`
      : (m.reason || '') }));
}

// A grid of flows × years: the year's total and its twelve months, each reported, derived or missing.
async function drawCoverage(p) {
  const box = document.getElementById('coverage');
  const c = await getJson(`${API}/trade/coverage?reporter=${p.reporter}&partner=${p.partner}`);
  if (!c.flows.length) {
    box.replaceChildren(el('p', { class: 'meta', text: c.note || 'No figures.' }));
    return;
  }
  const cell = (status, label, suspect) => el('td', { class: `cov ${status.toLowerCase()}`, title: `${label}: ${status.toLowerCase()}${suspect ? ', suspect' : ''}` }, suspect ? '?' : '');
  const months = ['J', 'F', 'M', 'A', 'M', 'J', 'J', 'A', 'S', 'O', 'N', 'D'];
  const head = el('tr', {}, el('th', { text: 'Flow' }), el('th', { text: 'Year' }), el('th', { text: 'Total' }),
    ...months.map((m) => el('th', { class: 'month', text: m })), el('th', { text: 'Figures · sources' }));
  const rows = c.flows.flatMap((f) => f.years.map((y) => el('tr', { 'data-coverage': `${f.flow}-${y.year}`, 'data-status': y.status },
    el('th', { text: f.flow.toLowerCase() }), el('td', { text: String(y.year) }),
    cell(y.status, `${y.year} total${y.method ? ` (${y.method.toLowerCase().replaceAll('_', ' ')})` : ''}`, y.suspect.includes(String(y.year))),
    ...y.months.map((m, i) => cell(m, `${y.year}-${String(i + 1).padStart(2, '0')}`, y.suspect.includes(`${y.year}-${String(i + 1).padStart(2, '0')}`))),
    el('td', { class: 'meta', text: `${y.figures} · ${y.sources}` }))));
  box.replaceChildren(el('table', { class: 'coverage-grid' }, el('thead', {}, head), el('tbody', {}, ...rows)));
}

function drawCheckpoints(page) {
  const list = document.getElementById('checkpoints');
  list.replaceChildren();
  if (!page.items.length) list.append(el('li', { class: 'meta', text: 'No checkpoints recorded for this pair.' }));
  page.items.forEach((c) => {
    const sideHours = (h) => {
      if (h.state === 'DISPUTED') {
        return `${h.sideName}: disputed — ${h.claims.map((x) => `${x.hoursPerDay} h/day${x.daysPerWeek ? `, ${x.daysPerWeek} days/week` : ''} [${footnote(x.source)}]`).join(' vs ')}`;
      }
      if (h.hoursPerDay === null) return `${h.sideName}: hours unknown`;
      return `${h.sideName}: ${h.hoursPerDay} h/day${h.daysPerWeek ? `, ${h.daysPerWeek} days/week` : ''}`;
    };
    const hours = c.hoursToday.map(sideHours).join(' · ');
    list.append(el('li', { 'data-checkpoint': c.code },
      el('div', { class: 'name' }, c.name, el('span', { class: 'badge', text: c.status.toLowerCase().replaceAll('_', ' ') }), ...sup([c.statusSource])),
      el('div', { class: 'meta' }, `${hours}`, ...sup(c.hoursToday.map((h) => h.source).filter((x) => x)))));
  });
}

function drawProjects(page) {
  const list = document.getElementById('projects');
  list.replaceChildren();
  if (!page.items.length) list.append(el('li', { class: 'meta', text: 'No projects recorded for this pair.' }));
  page.items.forEach((p) => {
    const milestones = p.milestones.map((m) => `${m.title} ${m.date}`).join('; ');
    list.append(el('li', { 'data-project': p.code },
      el('div', { class: 'name' }, p.name, el('span', { class: 'badge', text: p.status.toLowerCase().replaceAll('_', ' ') }), ...sup([p.statusSource])),
      el('div', { class: 'meta' }, `${p.type.toLowerCase().replaceAll('_', ' ')} · ${p.countries.map((c) => c.name).join(', ')}${p.initiative ? ` · ${p.initiative}` : ''}${milestones ? ` · ${milestones}` : ''}`)));
  });
}

function drawTimeline(events) {
  const list = document.getElementById('timeline');
  list.replaceChildren();
  events.forEach((e) => list.append(el('li', { 'data-event': e.ref },
    el('span', { class: 'when', text: e.date }),
    el('span', {}, el('span', { class: 'kind', text: e.kind.replaceAll('_', ' ') }), ' ', e.title,
      e.certainty === 'PLANNED' ? el('span', { class: 'badge', text: 'planned' }) : '', ...sup([e.source])))));
}

function drawSources() {
  const list = document.getElementById('sources');
  list.replaceChildren();
  state.sources.forEach((s) => {
    const title = s.url ? el('a', { href: s.url, rel: 'noopener', target: '_blank', text: s.title }) : el('span', { text: s.title });
    list.append(el('li', {}, `${s.publisher}: `, title, ` (${s.outlet}, ${s.publishedOn})`, s.wording ? el('span', {}, ' — ', el('q', { text: s.wording.split('\n')[0] })) : ''));
  });
}

async function main() {
  const p = params();
  const status = document.getElementById('status');
  try {
    await fillSelectors(p);
    document.getElementById('title').textContent = `${countryName(p.partner)} – ${countryName(p.reporter)} trade corridor`;
    document.getElementById('series-h').textContent = `${p.flow === 'TURNOVER' ? 'Turnover' : p.flow === 'EXPORT' ? 'Exports' : 'Imports'} by year, as reported by ${countryName(p.reporter)}`;
    const countryFilter = p.partner === 'WLD' ? p.reporter : p.partner;
    const [span, timeline, checkpoints, projects] = await Promise.all([
      yearsWithData(p),
      getJson(`${API}/timeline?country=${countryFilter}&size=200`),
      getJson(`${API}/checkpoints?country=${countryFilter}&size=200`),
      getJson(`${API}/projects?country=${countryFilter}&size=200`),
    ]);
    const shared = (codes) => codes.includes(p.reporter) || p.partner === 'WLD';
    drawCheckpoints({ items: checkpoints.items.filter((c) => shared(c.countries.map((x) => x.code))) });
    drawProjects({ items: projects.items.filter((x) => shared(x.countries.map((c) => c.code))) });
    drawTimeline(timeline.items);
    const ranking = drawRanking(p);
    const balance = drawBalance(p);
    const coverage = drawCoverage(p);
    if (span) {
      const flows = { TURNOVER: 'TURNOVER', EXPORT: 'IMPORT', IMPORT: 'EXPORT' };
      const canMirror = p.partner !== 'WLD' && !state.groups.has(p.partner);
      const [series, mirrorSeries] = await Promise.all([
        getJson(`${API}/trade/series?reporter=${p.reporter}&partner=${p.partner}&flow=${p.flow}&granularity=YEAR&from=${span[0]}&to=${span[1]}`),
        canMirror ? getJson(`${API}/trade/series?reporter=${p.partner}&partner=${p.reporter}&flow=${flows[p.flow]}&granularity=YEAR&from=${span[0]}&to=${span[1]}`) : null,
      ]);
      drawSeries(series.points, mirrorSeries && mirrorSeries.points, timeline.items, p);
      // the latest year both sides have a figure for, else the reporter's latest
      const both = canMirror && [...series.points].reverse().find((x, i, all) =>
        x.valueUsd !== null && mirrorSeries.points[all.length - 1 - i].valueUsd !== null);
      const latest = both || [...series.points].reverse().find((x) => x.valueUsd !== null);
      if (latest && canMirror) {
        drawMirror(await getJson(`${API}/trade/mirror?reporter=${p.reporter}&partner=${p.partner}&flow=${p.flow}&period=${latest.period}`), p);
      }
    } else {
      document.getElementById('chart').textContent = 'No figures are loaded for this pair and flow.';
    }
    await ranking;
    await balance;
    await coverage;
    drawSources();
    document.body.dataset.ready = 'true';
  } catch (error) {
    status.textContent = `Could not load the dashboard: ${error.message}`;
    document.body.dataset.ready = 'error';
  }
}

document.getElementById('pair').addEventListener('submit', (event) => {
  event.preventDefault();
  const q = new URLSearchParams(new FormData(event.target));
  location.search = q.toString();
});

document.getElementById('ranking-year').addEventListener('change', async () => {
  await Promise.all([drawRanking(params()), drawBalance(params())]);
  drawSources();
});

main();
