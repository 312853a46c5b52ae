/**
 * What can be checked of the Docker image without a Docker engine: the
 * Dockerfile read as text against the repository, the build's outputs, the
 * settings the image runs with and the dependencies it installs.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CACHE_DIR, readSettings } from '../../src/settings/settings.js';
import { ROOT } from '../helpers.js';

interface Instruction {
  keyword: string;
  args: string;
}

interface Stage {
  name: string | null;
  workdir: string;
  instructions: Instruction[];
}

/** The Dockerfile as stages of instructions (continuation lines joined, comments dropped). */
function readDockerfile(): Stage[] {
  const text = readFileSync(path.join(ROOT, 'Dockerfile'), 'utf8').replace(/\\\n/g, ' ');
  const stages: Stage[] = [];
  for (const line of text.split('\n').map((l) => l.trim())) {
    if (!line || line.startsWith('#')) continue;
    const [, keyword = '', args = ''] = /^(\S+)\s*(.*)$/.exec(line) ?? [];
    const upper = keyword.toUpperCase();
    if (upper === 'FROM') stages.push({ name: /\bAS\s+(\S+)/i.exec(args)?.[1] ?? null, workdir: '/', instructions: [] });
    const stage = stages.at(-1);
    if (!stage) throw new Error(`${keyword} before FROM`);
    if (upper === 'WORKDIR') stage.workdir = path.posix.resolve(stage.workdir, args);
    stage.instructions.push({ keyword: upper, args });
  }
  return stages;
}

/** A COPY's flags, sources and destination (shell form). */
function copyParts(args: string): { from: string | null; sources: string[]; destination: string } {
  const words = args.split(/\s+/);
  const flags = words.filter((w) => w.startsWith('--'));
  const rest = words.filter((w) => !w.startsWith('--'));
  const destination = rest.pop() ?? '';
  return { from: flags.find((f) => f.startsWith('--from='))?.slice('--from='.length) ?? null, sources: rest, destination };
}

/** ENV assignments (`ENV A=1 B=2`). */
function envOf(stage: Stage): Record<string, string> {
  const env: Record<string, string> = {};
  for (const { keyword, args } of stage.instructions) {
    if (keyword !== 'ENV') continue;
    for (const match of args.matchAll(/(\w+)=("[^"]*"|\S*)/g)) env[match[1] ?? ''] = (match[2] ?? '').replace(/^"|"$/g, '');
  }
  return env;
}

/** `NAME=value` lines of an env file, as `docker run --env-file` reads them (no quotes removed, no comments). */
function envFile(file: string): Record<string, string> {
  const env: Record<string, string> = {};
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const match = /^\s*([A-Za-z_]\w*)=(.*)$/.exec(line);
    if (match?.[1]) env[match[1]] = match[2] ?? '';
  }
  return env;
}

/** The files `tsc -p tsconfig.build.json` (npm run build) writes, relative to the project. */
function buildOutputs(): string[] {
  const parsed = ts.getParsedCommandLineOfConfigFile(path.join(ROOT, 'tsconfig.build.json'), {}, {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: (diagnostic) => {
      throw new Error(ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
    },
  });
  if (!parsed) throw new Error('tsconfig.build.json could not be read');
  expect(parsed.options.noEmit).toBeFalsy();
  return parsed.fileNames.flatMap((file) => ts.getOutputFileNames(parsed, file, false)).map((file) => path.relative(ROOT, file));
}

const stages = readDockerfile();
const runtime = stages.at(-1) as Stage;
const runtimeCopies = runtime.instructions.filter((i) => i.keyword === 'COPY').map((i) => copyParts(i.args));
const ignored = readFileSync(path.join(ROOT, '.dockerignore'), 'utf8').split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));

describe('the Dockerfile', () => {
  it('copies from the build context only files that exist and that .dockerignore lets through', () => {
    const sources = stages.flatMap((stage) => stage.instructions.filter((i) => i.keyword === 'COPY').map((i) => copyParts(i.args))).filter((c) => c.from === null).flatMap((c) => c.sources);
    expect(sources.length).toBeGreaterThan(5);
    for (const source of sources) {
      expect(existsSync(path.join(ROOT, source)), `COPY ${source}: no such file`).toBe(true);
      const top = source.replace(/^\.\//, '').split('/')[0];
      expect(ignored.filter((pattern) => pattern.replace(/\/$/, '') === top || pattern === source), `COPY ${source} is excluded by .dockerignore`).toEqual([]);
    }
  });

  it('copies from other stages only what they make: their npm ci install, their build output', () => {
    const outDir = 'dist';
    for (const { from, sources } of runtimeCopies.filter((c) => c.from !== null)) {
      const stage = stages.find((s) => s.name === from);
      expect(stage, `COPY --from=${from}: no such stage`).toBeDefined();
      const runs = (stage as Stage).instructions.filter((i) => i.keyword === 'RUN').map((i) => i.args);
      for (const source of sources) {
        const inside = path.posix.relative((stage as Stage).workdir, source);
        if (inside === 'node_modules') expect(runs.some((r) => /\bnpm ci\b/.test(r))).toBe(true);
        else if (inside === outDir) expect(runs).toContain('npm run build');
        else throw new Error(`COPY --from=${from} ${source}: nothing in the stage is known to make it`);
      }
    }
    const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    // dist/ emptied (no file of a renamed source left behind), tsc, then the SQL migrations copied from src/ (which the build stage has) beside the compiled store.
    expect(pkg.scripts.build).toMatch(/^node -e "require\('node:fs'\)\.rmSync\('dist', \{ recursive: true, force: true \}\)" && tsc -p tsconfig\.build\.json && node -e "require\('node:fs'\)\.cpSync\('src\/retrieval\/postgres\/migrations', 'dist\/retrieval\/postgres\/migrations', \{ recursive: true \}\)"$/);
    // The runtime stage installs production dependencies only.
    const dependencies = stages.find((s) => s.name === runtimeCopies.find((c) => c.sources.some((x) => x.endsWith('node_modules')))?.from);
    expect(dependencies?.instructions.some((i) => i.keyword === 'RUN' && /npm ci .*--omit=dev/.test(i.args))).toBe(true);
  });

  it('gives the runtime stage the compiled program, the seeds, the config and package.json, run as a user who is not root', () => {
    // Into a folder (a destination ending in "/", or several sources) a source keeps its name.
    const destinations = runtimeCopies.flatMap((c) => c.sources.map((s) => path.posix.resolve(runtime.workdir, c.sources.length > 1 || c.destination.endsWith('/') ? path.posix.join(c.destination, path.posix.basename(s)) : c.destination)));
    expect(runtime.workdir).toBe('/app');
    for (const needed of ['/app/dist', '/app/seeds', '/app/config', '/app/node_modules', '/app/package.json']) expect(destinations).toContain(needed);
    const user = runtime.instructions.filter((i) => i.keyword === 'USER').at(-1)?.args;
    expect(user).toBeDefined();
    expect(['root', '0', '0:0']).not.toContain(user);
  });

  it('starts a file the build writes, and the build writes deploy-commands too', () => {
    const outputs = buildOutputs();
    const cmd = runtime.instructions.filter((i) => i.keyword === 'CMD').at(-1)?.args ?? '';
    const [program, entry] = JSON.parse(cmd) as string[];
    expect(program).toBe('node');
    expect(outputs).toContain(entry);
    expect(outputs).toContain('dist/index.js');
    // Registering the commands from the image: `docker run ... quotewire node dist/deploy-commands.js`.
    expect(outputs).toContain('dist/deploy-commands.js');
    const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    for (const script of ['start:prod', 'deploy-commands:prod']) {
      // "exec" hands the shell's process to node, so a signal reaches the program itself.
      const file = /^(?:exec )?node (\S+)$/.exec(pkg.scripts[script] ?? '')?.[1];
      expect(outputs, `npm run ${script}`).toContain(file);
    }
    expect(readFileSync(path.join(ROOT, 'README.md'), 'utf8')).toContain('node dist/deploy-commands.js');
  });

  it('caches on its volume with .env.example as the --env-file, the folder made for its user', () => {
    const volumes = runtime.instructions.filter((i) => i.keyword === 'VOLUME').flatMap((i) => JSON.parse(i.args) as string[]);
    expect(volumes).toHaveLength(1);
    // docker run --env-file: the file's variables, even empty ones, win over the image's ENV.
    const env = { ...envOf(runtime), ...envFile(path.join(ROOT, '.env.example')) };
    const configured = readSettings(env).cacheDir;
    const inImage = configured === DEFAULT_CACHE_DIR ? path.posix.join(runtime.workdir, path.relative(ROOT, DEFAULT_CACHE_DIR)) : configured;
    expect(inImage).toBe(volumes[0]);
    const runs = runtime.instructions.filter((i) => i.keyword === 'RUN').map((i) => i.args).join('\n');
    expect(runs).toMatch(new RegExp(`mkdir -p ${volumes[0]} && chown node:node ${volumes[0]}`));
    expect(runtime.instructions.findIndex((i) => i.keyword === 'USER')).toBeGreaterThan(runtime.instructions.findIndex((i) => i.args.includes('chown')));
  });
});

describe('.env.example', () => {
  it('assigns nothing the image sets, and nothing empty for which empty differs from unset', () => {
    const example = envFile(path.join(ROOT, '.env.example'));
    const imageEnv = stages.flatMap((stage) => Object.keys(envOf(stage)));
    expect(Object.keys(example).filter((name) => imageEnv.includes(name))).toEqual([]);
    // Every empty assignment reads as if the variable were not there.
    for (const [name, value] of Object.entries(example)) {
      if (value !== '') continue;
      const { [name]: _dropped, ...without } = example;
      expect(readSettings(example), name).toEqual(readSettings(without));
    }
  });
});

describe('what the runtime image installs', () => {
  it('holds every package the compiled program imports: dependencies, not devDependencies', () => {
    const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
    const files = (folder: string): string[] => readdirSync(folder, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(path.join(folder, e.name)) : e.name.endsWith('.ts') ? [path.join(folder, e.name)] : []));
    const missing: string[] = [];
    for (const file of files(path.join(ROOT, 'src'))) {
      const text = readFileSync(file, 'utf8');
      // Static and dynamic imports that stay in the JavaScript (type-only imports are erased).
      for (const match of text.matchAll(/^\s*(?:import|export)\s+(?!type\s)(?:[^'";]*?\sfrom\s+)?'([^']+)'|import\(\s*'([^']+)'\s*\)/gm)) {
        const specifier = match[1] ?? match[2] ?? '';
        if (specifier.startsWith('.') || specifier.startsWith('node:')) continue;
        const name = specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : (specifier.split('/')[0] ?? '');
        if (!(name in pkg.dependencies)) missing.push(`${path.relative(ROOT, file)}: ${specifier}`);
      }
    }
    expect(missing).toEqual([]);
  });
});
