export interface Progress {
  tick(): void;
  stop(): void;
}

/** A bar on stderr (cli-progress draws nothing when stderr is not a terminal). */
export async function progressBars(): Promise<(label: string, total: number) => Progress> {
  // Loaded on demand, like bench does, to keep it off the CLI's start-up path.
  const { SingleBar, Presets } = await import('cli-progress');
  return (label, total) => {
    const bar = new SingleBar(
      { stream: process.stderr, format: `[eval] ${label} [{bar}] {value}/{total}`, hideCursor: true },
      Presets.shades_classic,
    );
    bar.start(total, 0);
    let value = 0;
    return { tick: () => bar.update((value += 1)), stop: () => bar.stop() };
  };
}

/** A line for the person watching: always on stderr, so stdout stays one JSON line. */
export function log(message: string): void {
  process.stderr.write(`[eval] ${message}\n`);
}
