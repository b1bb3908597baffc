#!/usr/bin/env -S MALLOC_MMAP_THRESHOLD_=131072 node --max-semi-space-size=4 --heap-growing-percent=10 --experimental-wasm-compilation-hints --no-wasm-dynamic-tiering
import { parseArgs } from 'node:util';
import { loadConfig, parseRoles } from '../config.ts';
import { StartupError } from '../lib/app-error.ts';
import { runAdmin } from './admin.command.ts';
import { runDemo } from './demo.command.ts';
import { runListen } from './listen.command.ts';
import { runSentiment } from './sentiment.command.ts';
import { runMigrate, runServe } from './serve.command.ts';

const USAGE = `Usage: socialplan <command> [options]

Commands:
  serve [--roles web,worker]     Start Socialplan (web + API + job worker by default)
  migrate                        Apply database migrations and exit
  admin create-user --email E --name N [--password P] [--instance-admin] [--organization NAME]
  admin reset-password --email E [--password P]
  admin list-workspaces
  demo [--email E]               Load the demo workspace (creates an owner account on an empty install)
  listen import FILE --workspace ID [--topic NAME]... [--mapping text=COLUMN,date=COLUMN,...]
         [--timezone ZONE] [--date-order dmy|mdy] [--encoding NAME] [--channel NAME]
                                 Import mentions from a CSV, JSON or NDJSON file (stop the server first
                                 on the embedded database); --topic creates missing topics
  sentiment train --data FILE.jsonl --out PATH
                                 Train the default Thai sentiment model (see README)

Configuration comes from the environment: PORT, HOST, DATA_DIR, DATABASE_URL, SECRET_KEY, PUBLIC_URL, LOG_LEVEL.`;

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      roles: { type: 'string' },
      email: { type: 'string' },
      name: { type: 'string' },
      password: { type: 'string' },
      organization: { type: 'string' },
      'instance-admin': { type: 'boolean' },
      data: { type: 'string' },
      out: { type: 'string' },
      workspace: { type: 'string' },
      topic: { type: 'string', multiple: true },
      mapping: { type: 'string' },
      timezone: { type: 'string' },
      encoding: { type: 'string' },
      'date-order': { type: 'string' },
      channel: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const [command, sub] = positionals;
  if (values.help || !command) {
    console.log(USAGE);
    return command || values.help ? 0 : 1;
  }
  // Training reads and writes files only: it needs no configuration or database.
  if (command === 'sentiment') return runSentiment(sub, values);
  const config = loadConfig();
  switch (command) {
    case 'serve':
      return runServe(config, parseRoles(values.roles));
    case 'migrate':
      return runMigrate(config);
    case 'admin':
      return runAdmin(config, sub, values);
    case 'demo':
      return runDemo(config, values);
    case 'listen':
      return runListen(config, sub, positionals[2], values);
    default:
      console.error(`Unknown command "${command}".\n\n${USAGE}`);
      return 1;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    if (code !== -1) process.exitCode = code;
  },
  (error: unknown) => {
    // Startup problems are the user's to fix: one clear line, no stack trace.
    if (error instanceof StartupError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      console.error(`socialplan: ${(error as Error).message}`);
    } else {
      console.error(error);
    }
    process.exitCode = 1;
  },
);
