/**
 * Waits for a shutdown step at most `ms`. A step that overruns is named on stderr (a process
 * warning, visible even with logging off) and left behind, so one stuck part cannot keep the
 * process from stopping or hide which part it was.
 */
export async function withinDeadline(step: string, work: Promise<unknown>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const overran = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), ms);
  });
  try {
    const finished = await Promise.race([work.then(() => true as const), overran]);
    if (!finished)
      process.emitWarning(
        `${step} still running after ${ms / 1000} s; going on without it`,
        'ShutdownWarning',
      );
    return finished;
  } finally {
    clearTimeout(timer);
  }
}
