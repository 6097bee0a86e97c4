import type { Config } from './config';

const LEVELS = { debug: 10, info: 20, warn: 30, error: 40, silent: 100 } as const;
type Level = Exclude<keyof typeof LEVELS, 'silent'>;

export type Logger = {
  [L in Level]: (message: string, fields?: Record<string, unknown>) => void;
} & { child: (fields: Record<string, unknown>) => Logger };

/** Structured JSON logs, one line each, as CloudWatch Logs Insights reads them. */
export function createLogger(
  service: string,
  level: Config['logLevel'],
  base: Record<string, unknown> = {},
): Logger {
  const threshold = LEVELS[level];
  const write =
    (lvl: Level) =>
    (message: string, fields: Record<string, unknown> = {}) => {
      if (LEVELS[lvl] < threshold) return;
      const line = JSON.stringify({
        level: lvl,
        time: new Date().toISOString(),
        service,
        message,
        ...base,
        ...fields,
      });
      (lvl === 'error' || lvl === 'warn' ? process.stderr : process.stdout).write(line + '\n');
    };
  return {
    debug: write('debug'),
    info: write('info'),
    warn: write('warn'),
    error: write('error'),
    child: (fields) => createLogger(service, level, { ...base, ...fields }),
  };
}
