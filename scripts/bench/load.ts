import autocannon from 'autocannon';
import { quantile } from './stats';

export type LoadResult = {
  requests: number;
  rps: number;
  p50: number;
  p99: number;
  errors: number;
};

/** autocannon against one URL: requests per second and latency percentiles in milliseconds. */
export async function loadUrl(
  url: string,
  connections: number,
  seconds: number,
): Promise<LoadResult> {
  const result = await autocannon({ url, connections, duration: seconds });
  return {
    requests: result.requests.total,
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.non2xx,
  };
}

/** The same shape of load for any async operation: `workers` loops for `seconds`. */
export async function loadLoop(
  operation: () => Promise<unknown>,
  workers: number,
  seconds: number,
): Promise<LoadResult> {
  const latencies: number[] = [];
  let errors = 0;
  const deadline = performance.now() + seconds * 1000;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: workers }, async () => {
      while (performance.now() < deadline) {
        const t = performance.now();
        try {
          await operation();
          latencies.push(performance.now() - t);
        } catch {
          errors++;
        }
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  return {
    requests: latencies.length,
    rps: latencies.length / elapsed,
    p50: quantile(latencies, 0.5),
    p99: quantile(latencies, 0.99),
    errors,
  };
}
