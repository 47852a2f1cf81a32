// npm run lint:firefox: Mozilla's own linter (web-ext lint, as Firefox Add-ons
// runs it on upload) on the Firefox build. Fails on any error, and on any
// warning that docs/STORE.md does not list with its reason: a new warning is
// either fixed or explained there.
import { spawnSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import webExt from 'web-ext';

const ROOT = resolve(import.meta.dirname, '..');
const SOURCE_DIR = join(ROOT, '.output/firefox-mv3');

/**
 * The accepted warnings: rows `| \`CODE\` | count | … |` between the
 * `web-ext-lint-warnings` markers of docs/STORE.md, summed per code.
 */
export function acceptedWarnings(storeMd) {
  const section = storeMd.match(
    /<!-- web-ext-lint-warnings -->([\s\S]*?)<!-- \/web-ext-lint-warnings -->/,
  );
  if (!section) throw new Error('docs/STORE.md has no web-ext-lint-warnings section');
  const accepted = new Map();
  for (const m of section[1].matchAll(/^\|\s*`([A-Z_]+)`\s*\|\s*(\d+)\s*\|/gm)) {
    accepted.set(m[1], (accepted.get(m[1]) ?? 0) + Number(m[2]));
  }
  return accepted;
}

/** Problems with a lint result: every error, and warnings beyond the accepted counts. */
export function lintProblems(result, accepted) {
  const problems = result.errors.map((e) => `error ${e.code} ${e.file ?? ''}: ${e.message}`);
  const seen = new Map();
  for (const w of result.warnings) seen.set(w.code, [...(seen.get(w.code) ?? []), w]);
  for (const [code, list] of seen) {
    const allowed = accepted.get(code) ?? 0;
    if (list.length > allowed) {
      problems.push(
        `${list.length} warning(s) ${code} but docs/STORE.md explains ${allowed}: ` +
          list.map((w) => `${w.file ?? 'manifest'}:${w.line ?? ''} ${w.message}`).join('; '),
      );
    }
  }
  return problems;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  if (!process.env.STOREWISE_SKIP_BUILD) {
    const r = spawnSync('npx', ['wxt', 'build', '-b', 'firefox'], { stdio: 'inherit' });
    if (r.status !== 0) process.exit(r.status ?? 1);
  }
  const result = await webExt.cmd.lint(
    { sourceDir: SOURCE_DIR, output: 'none', boring: true, selfHosted: false },
    { shouldExitProgram: false },
  );
  const accepted = acceptedWarnings(await readFile(join(ROOT, 'docs/STORE.md'), 'utf8'));
  const problems = lintProblems(result, accepted);
  const { errors, warnings, notices } = result.summary;
  console.log(
    `web-ext lint: ${errors} errors, ${warnings} warnings (each explained in docs/STORE.md), ${notices} notices`,
  );
  if (problems.length > 0) {
    for (const p of problems) console.error(`web-ext lint: ${p}`);
    process.exit(1);
  }
}
