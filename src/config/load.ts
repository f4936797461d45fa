import { settings, type SettingSpec } from './schema.ts';

type Settings = typeof settings;
type ValueOf<S extends SettingSpec> = S['type'] extends 'integer'
  ? number
  : S['type'] extends 'boolean'
    ? boolean
    : S extends { values: readonly (infer V)[] }
      ? V
      : string;
type Resolved<S extends SettingSpec> = S['default'] extends null ? ValueOf<S> | null : ValueOf<S>;

export type Config = { [K in keyof Settings]: Resolved<Settings[K]> } & { publicUrl: string };

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

function parseValue(spec: SettingSpec, raw: string): { value?: unknown; problem?: string } {
  const where = `${spec.env}=${spec.secret ? '(secret)' : JSON.stringify(raw)}`;
  switch (spec.type) {
    case 'integer': {
      if (!/^-?\d+$/.test(raw.trim())) return { problem: `${where}: expected a whole number` };
      const n = Number(raw);
      if (spec.min !== undefined && n < spec.min)
        return { problem: `${where}: must be at least ${spec.min}` };
      if (spec.max !== undefined && n > spec.max) return { problem: `${where}: must be at most ${spec.max}` };
      return { value: n };
    }
    case 'boolean': {
      const v = raw.trim().toLowerCase();
      if (['1', 'true', 'yes', 'on'].includes(v)) return { value: true };
      if (['0', 'false', 'no', 'off'].includes(v)) return { value: false };
      return { problem: `${where}: expected true or false` };
    }
    case 'enum':
      return spec.values?.includes(raw)
        ? { value: raw }
        : { problem: `${where}: expected one of ${spec.values?.join(', ')}` };
    case 'url':
      try {
        new URL(raw);
        return { value: raw };
      } catch {
        return { problem: `${where}: expected a URL` };
      }
    case 'string':
      return { value: raw };
  }
}

/** Reads every setting from the environment at once and reports every problem, not just the first. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const problems: string[] = [];
  const values: Record<string, unknown> = {};
  for (const [key, spec] of Object.entries(settings) as [string, SettingSpec][]) {
    const raw = env[spec.env];
    if (raw === undefined || raw === '') {
      values[key] = spec.default;
      continue;
    }
    const { value, problem } = parseValue(spec, raw);
    if (problem) problems.push(problem);
    else values[key] = value;
  }
  const secret = values.secret as string | null;
  if (secret !== null && secret.length < 32) problems.push('HEARTH_SECRET: must be at least 32 characters');
  if (problems.length > 0) throw new ConfigError(problems);
  // A server database means a real installation: the demo and its published admin password are opt-in there.
  if (!env[settings.demo.env] && values.databaseUrl) values.demo = false;
  values.publicUrl = (values.publicUrl as string | null) ?? `http://localhost:${String(values.port)}`;
  return values as Config;
}
