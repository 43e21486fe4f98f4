// Proves that the ruleset bites: lints the broken fixture and fails unless Spectral reports every rule it breaks on
// purpose, and nothing on the operation that is correct. Run by the Maven build after the real lint.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const here = path.dirname(fileURLToPath(import.meta.url));
const lintDir = path.resolve(here, '..');
const spectral = path.join(lintDir, 'node_modules', '.bin', 'spectral');
const run = spawnSync(spectral, ['lint', '--ruleset', '.spectral.yaml', '--format', 'json', '--quiet',
  '--fail-severity=warn', 'test/broken-openapi.yaml'], { cwd: lintDir, encoding: 'utf8' });

const expected = [
  'operation-operationId', 'thidua-operation-summary', 'thidua-operation-security', 'thidua-security-roles',
  'thidua-operation-problem-response', 'thidua-request-example', 'thidua-success-example',
];
let results;
try {
  results = JSON.parse(run.stdout);
} catch (e) {
  console.error(`Spectral did not answer JSON (exit ${run.status}):\n${run.stdout}\n${run.stderr}`);
  process.exit(2);
}
const failures = [];
if (run.status === 0) {
  failures.push('Spectral passed the broken contract (exit code 0).');
}
const codes = new Set(results.map((r) => r.code));
for (const code of expected) {
  if (!codes.has(code)) {
    failures.push(`Rule ${code} did not report the broken contract.`);
  }
}
const onCorrect = results.filter((r) => r.path.includes('/units:export'));
for (const r of onCorrect) {
  failures.push(`The correct operation was reported: ${r.code} at ${r.path.join('.')}: ${r.message}`);
}
if (failures.length > 0) {
  console.error(failures.join('\n'));
  process.exit(1);
}
console.log(`The broken contract fails as it should: ${[...codes].sort().join(', ')}.`);
