// Runs the TypeScript client openapi-generator's typescript-fetch builds from docs/openapi.json
// (compiled to CommonJS by ClientsIT) against a running service: a table read typed, and CSV read
// through the same operation with format=csv. Usage: node typescript-check.cjs <compiled client> <base URL>
'use strict';

const [clientDir, baseUrl] = process.argv.slice(2);
const { Configuration, TurnoverApi } = require(`${clientDir}/index.js`);

let failures = 0;
function check(ok, what) {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}`);
  if (!ok) failures++;
}

(async () => {
  const api = new TurnoverApi(new Configuration({ basePath: baseUrl }));
  const request = {
    reporter: 'CHN',
    partner: ['KGZ', 'KAZ', 'UZB', 'TJK', 'TKM'],
    flow: ['EXPORT', 'IMPORT', 'BALANCE'],
    period: '2019..2025',
    granularity: 'YEAR',
  };
  const table = await api.getTable(request);
  check(table.cellCount === 105 && table.rows.length === 105, `typescript-fetch: the C5 table has 105 cells (${table.cellCount})`);
  const cell = table.rows.find((r) => r.partner === 'KGZ' && r.flow === 'BALANCE' && r.period === '2024');
  check(cell && cell.valueUsd === 17110000000 && cell.method === 'FROM_FLOWS',
    `typescript-fetch: China's 2024 balance with Kyrgyzstan is 17110000000 FROM_FLOWS (${cell && cell.valueUsd} ${cell && cell.method})`);
  check(cell && cell.sources.length === 2 && typeof cell.sources[0].publisher === 'string', 'typescript-fetch: the cell names its sources');
  const missing = table.rows.find((r) => r.partner === 'UZB' && r.period === '2019');
  check(missing && missing.valueUsd == null && missing.missing.includes('No figure'), 'typescript-fetch: a cell without data says what is missing');

  const raw = await api.getTableRaw({ ...request, layout: 'WIDE', format: 'csv' });
  const csv = await raw.raw.text();
  check(raw.raw.headers.get('content-type').startsWith('text/csv'), `typescript-fetch: format=csv answers text/csv (${raw.raw.headers.get('content-type')})`);
  const lines = csv.trim().split(/\r?\n/);
  check(lines[0] === 'reporter,partner,flow,commodity,2019,2020,2021,2022,2023,2024,2025,flags', `typescript-fetch: the wide CSV has a column per year (${lines[0]})`);
  check(lines.some((l) => l.startsWith('CHN,KGZ,BALANCE,TOTAL,,,,15338340000,19640000000,17110000000,16800000000,')), 'typescript-fetch: the wide CSV has the balance row');

  const series = await api.getSeriesRaw({ reporter: 'CHN', partner: 'KGZ', flow: 'TURNOVER', granularity: 'YEAR', from: '2023', to: '2024', format: 'csv' });
  const seriesCsv = await series.raw.text();
  check(seriesCsv.includes('CHN,KGZ,TURNOVER,TOTAL,2024,2024-01,2024-12,22710000000'), 'typescript-fetch: a series in CSV');

  try {
    await api.getTable({ ...request, period: '2019..2025-03' });
    check(false, 'typescript-fetch: a bad period is refused');
  } catch (e) {
    const problem = e.response ? await e.response.json() : {};
    check(e.response && e.response.status === 400 && problem.parameter === 'period', `typescript-fetch: a bad period is a 400 naming it (${problem.parameter})`);
  }
  console.log(failures ? `${failures} check(s) failed` : 'all checks passed');
  process.exit(failures ? 1 : 0);
})().catch((e) => {
  console.log(`FAIL ${e.stack || e}`);
  process.exit(1);
});
