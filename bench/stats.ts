export interface Summary {
  name: string;
  n: number;
  min: number;
  p50: number;
  p95: number;
  max: number;
}

/** Percentiles of times already taken (ms), rounded to 0.1 ms. */
export function summarise(name: string, samples: readonly number[]): Summary {
  const times = [...samples].sort((a, b) => a - b);
  const at = (q: number) => Math.round((times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? NaN) * 10) / 10;
  return { name, n: times.length, min: at(0), p50: at(0.5), p95: at(0.95), max: at(1) };
}

/** Runs `f` `n` times (after `warmup` runs) and reports wall-clock percentiles in ms. */
export async function measure(name: string, n: number, f: () => Promise<unknown>, warmup = 3): Promise<Summary> {
  for (let i = 0; i < warmup; i++) await f();
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    await f();
    times.push(performance.now() - t0);
  }
  const r = summarise(name, times);
  console.log(`${name.padEnd(48)} n=${n}  p50=${r.p50} ms  p95=${r.p95} ms  max=${r.max} ms`);
  return r;
}
