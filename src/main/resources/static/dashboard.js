// The reference dashboard: uses only the public JSON API, draws its own SVG, fetches nothing from
// the internet. Every number shows its source as a footnote and on hover.
'use strict';

const API = 'api/v1';
const SVG = 'http://www.w3.org/2000/svg';
const state = { names: new Map(), footnotes: new Map(), sources: [] };

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
  const countries = await getJson(`${API}/countries`);
  countries.forEach((c) => state.names.set(c.code, c.name));
  for (const id of ['reporter', 'partner']) {
    const select = document.getElementById(id);
    countries
      .filter((c) => id === 'partner' || c.code !== 'WLD')
      .forEach((c) => select.append(el('option', { value: c.code, text: `${c.name} (${c.code})` })));
    select.value = p[id];
  }
  document.getElementById('flow').value = p.flow;
}

// The years the pair has figures for, read from the stored figures.
async function yearsWithData(p) {
  const page = await getJson(`${API}/trade/observations?reporter=${p.reporter}&partner=${p.partner}&flow=${p.flow}&size=200`);
  const years = page.items.flatMap((o) => [Number(o.firstMonth.slice(0, 4)), Number(o.lastMonth.slice(0, 4))]);
  return years.length ? [Math.min(...years), Math.max(...years)] : null;
}

function drawSeries(points, events) {
  const chart = document.getElementById('chart');
  chart.replaceChildren();
  const width = 760, height = 320, left = 20, right = 20, top = 40, bottom = 56;
  const plotH = height - top - bottom;
  const band = (width - left - right) / points.length;
  const max = Math.max(1, ...points.map((p) => Number(p.valueUsd || 0)));
  const root = svg('svg', { viewBox: `0 0 ${width} ${height}`, 'data-points': points.length });
  const defs = svg('defs');
  const hatch = svg('pattern', { id: 'hatch', width: 6, height: 6, patternUnits: 'userSpaceOnUse', patternTransform: 'rotate(45)' });
  hatch.append(svg('rect', { width: 6, height: 6, fill: '#dce8f2' }), svg('line', { x1: 0, y1: 0, x2: 0, y2: 6, stroke: '#2f6f9f', 'stroke-width': 2 }));
  defs.append(hatch);
  root.append(defs, svg('line', { x1: left, x2: width - right, y1: top + plotH, y2: top + plotH, stroke: '#9aa5b1' }));
  const notes = document.getElementById('series-notes');
  notes.replaceChildren();

  points.forEach((p, i) => {
    const x = left + i * band + band * 0.2;
    const w = band * 0.6;
    const label = svg('text', { x: x + w / 2, y: top + plotH + 18, 'text-anchor': 'middle', class: 'axis' }, p.period);
    root.append(label);
    if (p.valueUsd === null) {
      root.append(svg('text', { x: x + w / 2, y: top + plotH - 8, 'text-anchor': 'middle', class: 'missing' }, 'no data'));
      return;
    }
    const h = Math.max(2, (Number(p.valueUsd) / max) * (plotH - 20));
    const method = (p.method || '').toLowerCase();
    const bar = svg('rect', { x, y: top + plotH - h, width: w, height: h, class: `bar ${method}`, 'data-period': p.period, 'data-value': p.valueUsd });
    const sources = inputsOf(p);
    const numbers = [...new Set(sources.map(footnote))];
    bar.append(svg('title', {}, `${p.period}: ${money(p.valueUsd)} USD (${method})\n${p.calculation || ''}\n` +
      sources.map((s) => `Source [${footnote(s)}]: ${describeSource(s)}`).join('\n')));
    root.append(bar);
    root.append(svg('text', { x: x + w / 2, y: top + plotH - h - 6, 'text-anchor': 'middle', class: 'value', 'data-value-label': p.period },
      `${money(p.valueUsd)}${method !== 'reported' ? ' *' : ''} [${numbers.join(',')}]`));
    if (p.yoy && p.yoy.changePercent !== null) {
      const down = Number(p.yoy.changePercent) < 0;
      root.append(svg('text', { x: x + w / 2, y: top + plotH - h - 22, 'text-anchor': 'middle', class: `yoy${down ? ' down' : ''}`, 'data-yoy': p.period },
        `${percent(p.yoy.changePercent)} YoY`));
    }
    const note = method === 'reported'
      ? el('li', {}, `${p.period}: ${money(p.valueUsd)} USD, as reported`, ...sup(sources))
      : el('li', {}, `${p.period}: ${money(p.valueUsd)} USD`, el('span', { class: 'badge derived', text: method }), ` ${p.calculation}`, ...sup(sources));
    notes.append(note);
  });

  // corridor events on the time axis: a dot at their date, the year band's width per year
  const first = Number(points[0].period.slice(0, 4));
  events.forEach((e) => {
    const date = new Date(`${e.dateFrom}T00:00:00Z`);
    const yearFraction = (date.getUTCFullYear() - first) + date.getUTCMonth() / 12 + (date.getUTCDate() - 1) / 365;
    if (yearFraction < 0 || yearFraction > points.length) return;
    const cx = left + yearFraction * band;
    const dot = svg('circle', { cx, cy: top + plotH + 34, r: 5, class: 'event', 'data-event': e.ref });
    dot.append(svg('title', {}, `${e.date} — ${e.title}\nSource [${footnote(e.source)}]: ${describeSource(e.source)}`));
    root.append(dot);
  });
  chart.append(root);
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

function drawCheckpoints(page) {
  const list = document.getElementById('checkpoints');
  list.replaceChildren();
  if (!page.items.length) list.append(el('li', { class: 'meta', text: 'No checkpoints recorded for this pair.' }));
  page.items.forEach((c) => {
    const hours = c.hoursToday.map((h) => `${h.sideName}: ${h.hoursPerDay === null ? 'hours unknown' : `${h.hoursPerDay} h/day`}`).join(' · ');
    list.append(el('li', { 'data-checkpoint': c.code },
      el('div', { class: 'name' }, c.name, el('span', { class: 'badge', text: c.status.toLowerCase().replaceAll('_', ' ') }), ...sup([c.statusSource])),
      el('div', { class: 'meta' }, `${hours}`, ...sup(c.hoursToday.map((h) => h.source)))));
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
    if (span) {
      const series = await getJson(`${API}/trade/series?reporter=${p.reporter}&partner=${p.partner}&flow=${p.flow}&granularity=YEAR&from=${span[0]}&to=${span[1]}`);
      drawSeries(series.points, timeline.items);
      const latest = [...series.points].reverse().find((x) => x.valueUsd !== null);
      if (latest) {
        drawMirror(await getJson(`${API}/trade/mirror?reporter=${p.reporter}&partner=${p.partner}&flow=${p.flow}&period=${latest.period}`), p);
      }
    } else {
      document.getElementById('chart').textContent = 'No figures are loaded for this pair and flow.';
    }
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

main();
