// `npm test`: type-check, then the suite on SQLite, on PostgreSQL when reachable, and the browser
// journeys when Chromium is installed; ends with a summary saying which dialects ran.
//   HUIWU_TEST_PG_URL          PostgreSQL to test against (default postgres://postgres@127.0.0.1:5432/test)
//   HUIWU_TEST_REQUIRE_PG=1    fail instead of skipping when PostgreSQL is unreachable (CI sets it)
//   HUIWU_TEST_REQUIRE_BROWSER=1  fail instead of skipping when /usr/bin/chromium is missing (CI sets it)
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';

const root = path.resolve(import.meta.dirname, '..');
const pgUrl = process.env.HUIWU_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const chromium = process.env.HUIWU_CHROMIUM ?? '/usr/bin/chromium';
const extraArgs = process.argv.slice(2);
const summary = [];
let failed = false;

function run(label, cmd, args, env = {}) {
  console.log(`\n=== ${label} ===`);
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  return r.status === 0;
}

function vitest(project, env = {}) {
  const out = path.join(root, 'test-results', `${project}.json`);
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.rmSync(out, { force: true });
  const ok = run(`vitest: ${project}`, process.execPath, [
    path.join(root, 'node_modules/vitest/vitest.mjs'), 'run', '--project', project, '--reporter=default', '--reporter=json', `--outputFile.json=${out}`, ...extraArgs,
  ], env);
  const report = fs.existsSync(out) ? JSON.parse(fs.readFileSync(out, 'utf8')) : undefined;
  const counts = report ? `${report.numPassedTests} passed, ${report.numFailedTests} failed${report.numPendingTests ? `, ${report.numPendingTests} skipped` : ''} in ${report.numTotalTestSuites ? report.testResults.length : 0} files` : 'no report';
  summary.push(`${ok ? 'PASS' : 'FAIL'}  ${project.padEnd(9)} ${counts}`);
  failed ||= !ok;
}

async function postgresReachable() {
  const client = new pg.Client({ connectionString: pgUrl, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query('select 1');
    return true;
  } catch (err) {
    return err.message;
  } finally {
    await client.end().catch(() => {});
  }
}

if (!run('type-check (tsc)', process.execPath, [path.join(root, 'node_modules/typescript/bin/tsc'), '--noEmit', '-p', 'tsconfig.json'])) {
  summary.push('FAIL  tsc');
  failed = true;
}

vitest('sqlite');

const reachable = await postgresReachable();
if (reachable === true) vitest('postgres', { HUIWU_TEST_PG_URL: pgUrl });
else {
  summary.push(`SKIP  postgres  not reachable at ${pgUrl.replace(/\/\/[^@]*@/, '//***@')}: ${reachable}`);
  if (process.env.HUIWU_TEST_REQUIRE_PG === '1') failed = true;
}

if (fs.existsSync(chromium)) {
  if (run('build web for the browser journeys', process.execPath, [path.join(root, 'scripts/build-web-if-stale.mjs')])) vitest('e2e', { HUIWU_CHROMIUM: chromium });
  else { summary.push('FAIL  web build'); failed = true; }
} else {
  summary.push(`SKIP  e2e       no Chromium at ${chromium} (apt-get install -y chromium)`);
  if (process.env.HUIWU_TEST_REQUIRE_BROWSER === '1') failed = true;
}

console.log(`\n=== Huiwu test summary ===\n${summary.join('\n')}\nDialects run: ${['sqlite', reachable === true ? 'postgresql' : null].filter(Boolean).join(', ')}`);
process.exit(failed ? 1 : 0);
