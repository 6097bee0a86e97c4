import { execFileSync } from 'node:child_process';
import { median } from './stats';

/**
 * Milliseconds to import a bundle in a fresh Node process (what a cold start pays before the
 * first request), median of `runs`. The import builds config and clients but sends no request.
 */
export function measureImport(file: string, runs: number, env: Record<string, string>): number {
  const script = `const t = performance.now(); await import(${JSON.stringify(file)}); console.log(performance.now() - t);`;
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], {
      env: { ...process.env, ...env },
      encoding: 'utf8',
    });
    times.push(Number(out.trim().split('\n').pop()));
  }
  return median(times);
}
