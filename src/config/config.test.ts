import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, settings, type Config } from './index.ts';

/** Runs loadConfig and returns the ConfigError it throws (fails the test when it does not throw). */
function configError(env: Record<string, string>): ConfigError {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error(`loadConfig accepted ${JSON.stringify(env)}`);
}

const strongSecret = 'a-very-long-signing-secret-of-more-than-32-chars';

/**
 * One non-default value per setting, written by hand: the environment variable name, what is
 * typed, and what the config must hold. Renaming a variable or changing a parser breaks a row.
 */
const parsed: Record<keyof typeof settings, { env: string; raw: string; value: unknown }> = {
  port: { env: 'PORT', raw: '8080', value: 8080 },
  reviewUrl: {
    env: 'REVIEW_URL',
    raw: 'https://reviews.example.com/our-shop',
    value: 'https://reviews.example.com/our-shop',
  },
  inboundSmtpPort: { env: 'INBOUND_SMTP_PORT', raw: '-1', value: -1 },
  inboundSmtpHost: { env: 'INBOUND_SMTP_HOST', raw: '0.0.0.0', value: '0.0.0.0' },
  inboundMailAddress: { env: 'INBOUND_MAIL_ADDRESS', raw: 'help@example.com', value: 'help@example.com' },
  inboundMailMaxBytes: { env: 'INBOUND_MAIL_MAX_BYTES', raw: '20000', value: 20000 },
  host: { env: 'HOST', raw: '0.0.0.0', value: '0.0.0.0' },
  publicUrl: {
    env: 'PUBLIC_URL',
    raw: 'https://community.example.com',
    value: 'https://community.example.com',
  },
  trustProxy: { env: 'TRUST_PROXY', raw: 'yes', value: true },
  dataDir: { env: 'HEARTH_DATA_DIR', raw: '/var/lib/hearth', value: '/var/lib/hearth' },
  databaseUrl: {
    env: 'DATABASE_URL',
    raw: 'postgres://hearth:pw@db.internal:5432/hearth',
    value: 'postgres://hearth:pw@db.internal:5432/hearth',
  },
  databasePoolSize: { env: 'DATABASE_POOL_SIZE', raw: '25', value: 25 },
  listeningWorkers: { env: 'LISTENING_WORKERS', raw: '0', value: 0 },
  secret: { env: 'HEARTH_SECRET', raw: strongSecret, value: strongSecret },
  demo: { env: 'HEARTH_DEMO', raw: 'off', value: false },
  demoActivitySeconds: { env: 'HEARTH_DEMO_ACTIVITY_SECONDS', raw: '0', value: 0 },
  signupMode: { env: 'HEARTH_SIGNUP_MODE', raw: 'invite', value: 'invite' },
  smtpUrl: {
    env: 'SMTP_URL',
    raw: 'smtps://mailer:pw@mail.example.com:465',
    value: 'smtps://mailer:pw@mail.example.com:465',
  },
  mailFrom: { env: 'MAIL_FROM', raw: 'Community <hi@example.com>', value: 'Community <hi@example.com>' },
  mailRetryLimit: { env: 'MAIL_RETRY_LIMIT', raw: '0', value: 0 },
  mailRetryDelaySeconds: { env: 'MAIL_RETRY_DELAY_SECONDS', raw: '120', value: 120 },
  sessionTtlDays: { env: 'SESSION_TTL_DAYS', raw: '7', value: 7 },
  rateLimitPerMinute: { env: 'RATE_LIMIT_PER_MINUTE', raw: '1200', value: 1200 },
  authRateLimitPerMinute: { env: 'AUTH_RATE_LIMIT_PER_MINUTE', raw: '3', value: 3 },
  bodyLimitBytes: { env: 'BODY_LIMIT_BYTES', raw: '2048', value: 2048 },
  jobPollSeconds: { env: 'JOB_POLL_SECONDS', raw: '5', value: 5 },
  logLevel: { env: 'LOG_LEVEL', raw: 'debug', value: 'debug' },
};

describe('loadConfig', () => {
  it('loads every default from an empty environment', () => {
    const config = loadConfig({});
    expect(config).toEqual({
      port: 3000,
      host: '127.0.0.1',
      publicUrl: 'http://localhost:3000',
      trustProxy: false,
      dataDir: './data',
      databaseUrl: null,
      databasePoolSize: 10,
      listeningWorkers: null,
      secret: null,
      demo: true,
      demoActivitySeconds: 6,
      signupMode: 'open',
      smtpUrl: null,
      mailFrom: 'Hearth <hearth@localhost>',
      inboundSmtpPort: 2525,
      inboundSmtpHost: '127.0.0.1',
      inboundMailAddress: null,
      inboundMailMaxBytes: 10485760,
      mailRetryLimit: 5,
      mailRetryDelaySeconds: 30,
      sessionTtlDays: 30,
      rateLimitPerMinute: 600,
      authRateLimitPerMinute: 10,
      bodyLimitBytes: 1048576,
      jobPollSeconds: 2,
      logLevel: 'info',
      reviewUrl: null,
    } satisfies Config);
  });

  it('has a parsing case for every setting and each case names the setting’s variable', () => {
    expect(Object.keys(parsed).sort()).toEqual(Object.keys(settings).sort());
    for (const [key, spec] of Object.entries(settings)) {
      expect(parsed[key as keyof typeof settings].env, key).toBe(spec.env);
    }
  });

  it.each(Object.entries(parsed))('reads %s from its environment variable', (key, { env, raw, value }) => {
    const defaults = loadConfig({});
    const config = loadConfig({ [env]: raw });
    expect(config[key as keyof Config]).toEqual(value);
    expect(config[key as keyof Config]).not.toEqual(defaults[key as keyof Config]);
  });

  it('reads every setting at once', () => {
    const env = Object.fromEntries(Object.values(parsed).map(({ env, raw }) => [env, raw]));
    const config = loadConfig(env);
    for (const [key, { value }] of Object.entries(parsed))
      expect(config[key as keyof Config], key).toEqual(value);
  });

  it.each([
    ['1', true],
    ['true', true],
    ['YES', true],
    [' on ', true],
    ['0', false],
    ['False', false],
    ['no', false],
    ['off', false],
  ])('reads the boolean %j as %s', (raw, value) => {
    expect(loadConfig({ TRUST_PROXY: raw }).trustProxy).toBe(value);
  });

  it('treats an empty variable as unset', () => {
    expect(loadConfig({ PORT: '', HEARTH_DEMO: '', DATABASE_URL: '' })).toEqual(loadConfig({}));
  });

  it('defaults publicUrl to http://localhost:PORT and keeps an explicit one', () => {
    expect(loadConfig({}).publicUrl).toBe('http://localhost:3000');
    expect(loadConfig({ PORT: '8080' }).publicUrl).toBe('http://localhost:8080');
    expect(loadConfig({ PORT: '8080', PUBLIC_URL: 'https://hearth.example.org' }).publicUrl).toBe(
      'https://hearth.example.org',
    );
  });

  it('accepts the bounds of a range and refuses one past them', () => {
    expect(loadConfig({ PORT: '0' }).port).toBe(0);
    expect(loadConfig({ PORT: '65535' }).port).toBe(65535);
    expect(configError({ PORT: '65536' }).problems).toEqual(['PORT="65536": must be at most 65535']);
    expect(configError({ DATABASE_POOL_SIZE: '0' }).problems).toEqual([
      'DATABASE_POOL_SIZE="0": must be at least 1',
    ]);
  });

  it.each(['abc', '1e3', '3.5', '0x10', '12abc', '--1'])('refuses PORT=%j as not a whole number', (raw) => {
    expect(configError({ PORT: raw }).problems).toEqual([
      `PORT=${JSON.stringify(raw)}: expected a whole number`,
    ]);
  });

  it('lists every problem at once', () => {
    const error = configError({
      PORT: 'abc',
      HEARTH_DEMO: 'maybe',
      DATABASE_URL: 'not a url',
      LOG_LEVEL: 'loud',
      HEARTH_SECRET: 'short',
      HEARTH_SIGNUP_MODE: 'closed',
    });
    expect(error.problems).toHaveLength(6);
    expect(error.problems).toEqual(
      expect.arrayContaining([
        'PORT="abc": expected a whole number',
        'HEARTH_DEMO="maybe": expected true or false',
        'DATABASE_URL=(secret): expected a URL',
        'LOG_LEVEL="loud": expected one of fatal, error, warn, info, debug, trace, silent',
        'HEARTH_SECRET: must be at least 32 characters',
        'HEARTH_SIGNUP_MODE="closed": expected one of open, invite',
      ]),
    );
    for (const problem of error.problems) expect(error.message).toContain(problem);
  });

  it('reports a port out of range together with the other problems', () => {
    const error = configError({ PORT: '70000', LOG_LEVEL: 'loud', BODY_LIMIT_BYTES: '10' });
    expect(error.problems.sort()).toEqual([
      'BODY_LIMIT_BYTES="10": must be at least 1024',
      'LOG_LEVEL="loud": expected one of fatal, error, warn, info, debug, trace, silent',
      'PORT="70000": must be at most 65535',
    ]);
  });

  it('never echoes a secret value in a problem', () => {
    const secrets = {
      DATABASE_URL: 'not a url p4ssw0rd-db',
      SMTP_URL: 'also not a url p4ssw0rd-smtp',
      HEARTH_SECRET: 'sh0rt-s3cret',
    };
    const error = configError(secrets);
    expect(error.problems).toHaveLength(3);
    for (const value of Object.values(secrets)) {
      expect(error.message).not.toContain(value);
      for (const fragment of value.split(' '))
        if (fragment.length > 4) expect(error.message).not.toContain(fragment);
    }
  });

  it('never echoes a secret value that fails a type check', () => {
    const secretEnvs = Object.values(settings)
      .filter((spec) => 'secret' in spec && spec.secret)
      .map((spec) => spec.env);
    expect(secretEnvs.sort()).toEqual(['DATABASE_URL', 'HEARTH_SECRET', 'SMTP_URL']);
    const error = configError({ DATABASE_URL: '::leak-me-1::', SMTP_URL: '::leak-me-2::', PORT: 'x' });
    expect(error.problems).toHaveLength(3);
    expect(error.message).not.toMatch(/leak-me/);
  });
});
