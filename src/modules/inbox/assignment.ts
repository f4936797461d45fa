export interface Candidate {
  userId: string;
  capacity: number;
  openLoad: number;
  /** Available (not away) and on duty by the rota. */
  eligible: boolean;
}

/**
 * Round robin: the next eligible member after the cursor, in the team's stable order. Returns the
 * pick and the cursor to store, so the following conversation goes to the person after.
 */
export function pickRoundRobin(
  candidates: readonly Candidate[],
  cursor: number,
): { userId: string; cursor: number } | null {
  const count = candidates.length;
  for (let step = 0; step < count; step += 1) {
    const index = (((cursor + step) % count) + count) % count;
    const candidate = candidates[index];
    if (candidate?.eligible && candidate.openLoad < candidate.capacity)
      return { userId: candidate.userId, cursor: index + 1 };
  }
  return null;
}

/**
 * Balanced: the eligible member with the lowest share of their capacity in use; nobody at or over
 * capacity gets more. Ties go to the fewest open conversations, then to team order.
 */
export function pickBalanced(candidates: readonly Candidate[]): string | null {
  let best: Candidate | null = null;
  for (const candidate of candidates) {
    if (!candidate.eligible || candidate.openLoad >= candidate.capacity) continue;
    if (!best) {
      best = candidate;
      continue;
    }
    const share = candidate.openLoad / candidate.capacity;
    const bestShare = best.openLoad / best.capacity;
    if (share < bestShare || (share === bestShare && candidate.openLoad < best.openLoad)) best = candidate;
  }
  return best?.userId ?? null;
}
