import type { FastifyBaseLogger } from 'fastify';

type Bindings = Parameters<FastifyBaseLogger['child']>[0];
type ChildOptions = Parameters<FastifyBaseLogger['child']>[1];
type LogFn = FastifyBaseLogger['info'];

type Level = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace';

/**
 * Fastify gives every request a child logger bound to its request id. Most requests never log,
 * yet building that child cost about a tenth of the throughput: it is built on first use instead.
 */
export function lazyChildLogger(
  logger: FastifyBaseLogger,
  bindings: Bindings,
  options: ChildOptions,
): FastifyBaseLogger {
  let child: FastifyBaseLogger | null = null;
  const real = () => (child ??= logger.child(bindings, options));
  const enabled = (level: string) =>
    (logger as { isLevelEnabled?: (l: string) => boolean }).isLevelEnabled?.(level) ?? true;
  const log = (level: Level): LogFn =>
    ((...args: Parameters<LogFn>) => {
      if (child || enabled(level)) real()[level](...args);
    }) as LogFn;
  return {
    get level() {
      return child?.level ?? logger.level;
    },
    set level(value: string) {
      real().level = value;
    },
    fatal: log('fatal'),
    error: log('error'),
    warn: log('warn'),
    info: log('info'),
    debug: log('debug'),
    trace: log('trace'),
    silent: (() => undefined) as LogFn,
    child: (more, moreOptions) => real().child(more, moreOptions),
  };
}
