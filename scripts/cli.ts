import { parseArgs } from 'node:util';
import { readFileAsResult } from './cli/read';
import { TITLE_USAGE, titleCommand } from './cli/title';
import { PHASE_USAGE, phaseCommand } from './cli/phase';
import { IMPORT_USAGE, importCommand } from './cli/import';
import { REDACT_USAGE, redactCommand } from './cli/redact';

// Storewise command line: the same readers and engines as the extension.
//   npm run --silent cli -- read --url <URL> [--api-url <request URL>] <file>

const USAGE = `usage:
  cli read --url <page URL> [--api-url <request URL>] <file.html|recorded response>
  ${REDACT_USAGE}
  ${TITLE_USAGE}
  ${PHASE_USAGE}
  ${IMPORT_USAGE}`;

type Command = (argv: string[]) => Promise<number>;

const commands: Record<string, Command> = {
  async read(argv) {
    const { values, positionals } = parseArgs({
      args: argv,
      options: { url: { type: 'string' }, 'api-url': { type: 'string' } },
      allowPositionals: true,
    });
    const file = positionals[0];
    if (!values.url || !file) {
      console.error(USAGE);
      return 2;
    }
    const result = await readFileAsResult(file, values.url, new Date(), values['api-url']);
    console.log(JSON.stringify(result, null, 2));
    return 0;
  },
  title: titleCommand,
  phase: phaseCommand,
  import: importCommand,
  redact: redactCommand,
};

async function main(): Promise<number> {
  const [name, ...rest] = process.argv.slice(2);
  const command = name ? commands[name] : undefined;
  if (!command) {
    console.error(USAGE);
    return 2;
  }
  try {
    return await command(rest);
  } catch (e) {
    console.error(`error: ${e instanceof Error ? e.message : String(e)}`);
    return 1;
  }
}

process.exitCode = await main();
