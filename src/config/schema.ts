/**
 * Every setting Hearth reads, in one table: key, environment variable, type, default, meaning.
 * docs/config.md is generated from this list (`hearth config --markdown`); a test keeps it true.
 */
export type SettingType = 'string' | 'integer' | 'boolean' | 'url' | 'enum';

export interface SettingSpec {
  env: string;
  type: SettingType;
  default: string | number | boolean | null;
  description: string;
  secret?: boolean;
  values?: readonly string[];
  min?: number;
  max?: number;
}

export const settings = {
  port: {
    env: 'PORT',
    type: 'integer',
    default: 3000,
    min: 0,
    max: 65535,
    description: 'TCP port the web server listens on.',
  },
  host: {
    env: 'HOST',
    type: 'string',
    default: '127.0.0.1',
    description:
      'Address to listen on. Use 0.0.0.0 to accept connections from other machines (behind a TLS proxy).',
  },
  publicUrl: {
    env: 'PUBLIC_URL',
    type: 'url',
    default: null,
    description:
      'The address people use to reach Hearth, for links in emails. Defaults to http://localhost:PORT. An https address makes cookies Secure.',
  },
  trustProxy: {
    env: 'TRUST_PROXY',
    type: 'boolean',
    default: false,
    description:
      'Trust X-Forwarded-* headers from a reverse proxy (client IP for rate limits and the audit log, https for Secure cookies).',
  },
  dataDir: {
    env: 'HEARTH_DATA_DIR',
    type: 'string',
    default: './data',
    description:
      'Folder of the embedded database (PGlite) and the lock file. Only one Hearth process may use it at a time.',
  },
  databaseUrl: {
    env: 'DATABASE_URL',
    type: 'url',
    default: null,
    secret: true,
    description:
      'A PostgreSQL connection URL (postgres://user:pass@host:5432/db). When set, Hearth uses that server instead of the embedded database.',
  },
  databasePoolSize: {
    env: 'DATABASE_POOL_SIZE',
    type: 'integer',
    default: 10,
    min: 1,
    max: 200,
    description: 'Connections per app node to PostgreSQL.',
  },
  listeningWorkers: {
    env: 'LISTENING_WORKERS',
    type: 'integer',
    default: null,
    min: 0,
    max: 64,
    description:
      'Worker threads that prepare large batches of mentions (language, sentiment, intent, watch rules) beside the main thread. Unset: one per CPU core but one, at least one. 0: all on the main thread.',
  },
  secret: {
    env: 'HEARTH_SECRET',
    type: 'string',
    default: null,
    secret: true,
    description:
      'Key for signing cookies and CSRF tokens (at least 32 characters). When unset, one is generated on first start and kept in the database, shared by every app node.',
  },
  reviewUrl: {
    env: 'REVIEW_URL',
    type: 'url',
    default: null,
    description:
      'Where happy members are asked to review you (your page on a review site or app store). Members who rate a conversation 4 or 5, or praise you in a mention, get one email asking for a review, once. Unset: no review requests.',
  },
  demo: {
    env: 'HEARTH_DEMO',
    type: 'boolean',
    default: true,
    description:
      'Seed a demo community into an empty database and keep it alive with new activity; its logins and their published password are listed on the sign-in page. On by default with the embedded database, off by default when DATABASE_URL is set. Never on a real community.',
  },
  demoActivitySeconds: {
    env: 'HEARTH_DEMO_ACTIVITY_SECONDS',
    type: 'integer',
    default: 6,
    min: 0,
    max: 3600,
    description:
      'Seconds between generated demo forum events (a question, an answer, an accepted answer); a new member joins every fourth. 0 turns the generator off.',
  },
  signupMode: {
    env: 'HEARTH_SIGNUP_MODE',
    type: 'enum',
    values: ['open', 'invite'],
    default: 'open',
    description:
      'Initial sign-up mode of a new installation: open to anyone, or by invitation. Admins change it later in Admin › Settings.',
  },
  smtpUrl: {
    env: 'SMTP_URL',
    type: 'url',
    default: null,
    secret: true,
    description:
      'Outgoing mail server, e.g. smtp://user:pass@mail.example.com:587 or smtps://…:465. When unset, emails are written to the log instead of sent.',
  },
  mailFrom: {
    env: 'MAIL_FROM',
    type: 'string',
    default: 'Hearth <hearth@localhost>',
    description: 'Sender of the emails Hearth sends.',
  },
  inboundSmtpPort: {
    env: 'INBOUND_SMTP_PORT',
    type: 'integer',
    default: 2525,
    min: -1,
    max: 65535,
    description:
      'Port of the SMTP listener that receives email into the inbox (point your MX or a forwarding rule at it). -1 turns it off; 0 picks a free port.',
  },
  inboundSmtpHost: {
    env: 'INBOUND_SMTP_HOST',
    type: 'string',
    default: '127.0.0.1',
    description:
      'Address the inbound SMTP listener binds to. Use 0.0.0.0 to receive mail from other machines.',
  },
  inboundMailAddress: {
    env: 'INBOUND_MAIL_ADDRESS',
    type: 'string',
    default: null,
    description:
      'The support address members write to (e.g. help@example.com). Replies carry it as Reply-To, so answers come back into the same conversation.',
  },
  inboundMailMaxBytes: {
    env: 'INBOUND_MAIL_MAX_BYTES',
    type: 'integer',
    default: 10485760,
    min: 10000,
    max: 104857600,
    description: 'Largest inbound email accepted, in bytes; bigger ones are refused during the SMTP session.',
  },
  mailRetryLimit: {
    env: 'MAIL_RETRY_LIMIT',
    type: 'integer',
    default: 5,
    min: 0,
    max: 50,
    description:
      'How many times a failed email is retried (with exponential back-off) before the job is marked failed for admins.',
  },
  mailRetryDelaySeconds: {
    env: 'MAIL_RETRY_DELAY_SECONDS',
    type: 'integer',
    default: 30,
    min: 1,
    max: 86400,
    description: 'First retry delay of a failed email; it doubles on every try.',
  },
  sessionTtlDays: {
    env: 'SESSION_TTL_DAYS',
    type: 'integer',
    default: 30,
    min: 1,
    max: 365,
    description: 'How long a sign-in lasts without activity.',
  },
  rateLimitPerMinute: {
    env: 'RATE_LIMIT_PER_MINUTE',
    type: 'integer',
    default: 600,
    min: 1,
    max: 1000000,
    description: 'Requests per minute from one IP address, on every route.',
  },
  authRateLimitPerMinute: {
    env: 'AUTH_RATE_LIMIT_PER_MINUTE',
    type: 'integer',
    default: 10,
    min: 1,
    max: 10000,
    description: 'Sign-in, sign-up and password-reset attempts per minute, counted per IP and per account.',
  },
  bodyLimitBytes: {
    env: 'BODY_LIMIT_BYTES',
    type: 'integer',
    default: 1048576,
    min: 1024,
    max: 104857600,
    description: 'Largest request body accepted; larger bodies get 413.',
  },
  jobPollSeconds: {
    env: 'JOB_POLL_SECONDS',
    type: 'integer',
    default: 2,
    min: 1,
    max: 60,
    description: 'How often idle job workers look for new jobs.',
  },
  logLevel: {
    env: 'LOG_LEVEL',
    type: 'enum',
    values: ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'],
    default: 'info',
    description: 'How much the server logs.',
  },
} as const satisfies Record<string, SettingSpec>;

export type SettingKey = keyof typeof settings;
