import { parseArgs } from 'node:util';
import { readFileAsResult } from './cli/read';
import { TITLE_USAGE, titleCommand } from './cli/title';
import { PHASE_USAGE, phaseCommand } from './cli/phase';
import { IMPORT_USAGE, importCommand } from './cli/import';

// Storewise command line: the same readers and engines as the extension.
//   npm run --silent cli -- read --url <URL> <file.html|file.json>

const USAGE = `usage:
  cli read --url <page URL> <file.html|file.json>
  ${TITLE_USAGE}
  ${PHASE_USAGE}
  ${IMPORT_USAGE}`;

type Command = (argv: string[]) => Promise<number>;

const commands: Record<string, Command> = {
  async read(argv) {
    const { values, positionals } = parseArgs({
      args: argv,
      options: { url: { type: 'string' } },
      allowPositionals: true,
    });
    const file = positionals[0];
    if (!values.url || !file) {
      console.error(USAGE);
      return 2;
    }
    const result = await readFileAsResult(file, values.url);
    console.log(JSON.stringify(result, null, 2));
    return 0;
  },
  title: titleCommand,
  phase: phaseCommand,
  import: importCommand,
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
