/** Times named phases and prints each one's duration, so slow steps are visible at a glance. */
export function phaseTimer(prefix: string) {
  const done: { name: string; ms: number }[] = [];
  const created = performance.now();
  return {
    async phase<T>(name: string, work: () => Promise<T> | T): Promise<T> {
      const t0 = performance.now();
      console.log(`${prefix} ${name}...`);
      try {
        return await work();
      } finally {
        const ms = performance.now() - t0;
        done.push({ name, ms });
        console.log(`${prefix} ${name}: ${(ms / 1000).toFixed(1)} s`);
      }
    },
    summary(): string {
      // Wall time, not the sum: phases may overlap.
      const total = performance.now() - created;
      const parts = done.map((p) => `${p.name} ${(p.ms / 1000).toFixed(1)} s`);
      return `${prefix} ${parts.join(', ')} (total ${(total / 1000).toFixed(1)} s)`;
    },
  };
}
