import { runCli } from '../../src/cli/main.js';

/** Runs the CLI in this process with `env` set for the call (LOG_LEVEL silent unless given), as a shell would. */
export async function cliWith(env: Record<string, string>, ...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const previous = Object.fromEntries(['LOG_LEVEL', ...Object.keys(env)].map((name) => [name, process.env[name]]));
  Object.assign(process.env, { LOG_LEVEL: 'silent', ...env });
  try {
    const code = await runCli(argv, (text) => (out += text), (text) => (err += text));
    return { code, out, err };
  } finally {
    for (const [name, value] of Object.entries(previous)) {
      if (value === undefined) Reflect.deleteProperty(process.env, name);
      else process.env[name] = value;
    }
  }
}

/** Runs the CLI in this process, logs silenced: its exit code, stdout and stderr. */
export function cli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  return cliWith({}, ...argv);
}
