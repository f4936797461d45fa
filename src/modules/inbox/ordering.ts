/** Whether a new order names every existing item exactly once (no more, no fewer, no repeats). */
export function namesEachOnce(existing: readonly { id: string }[], ids: readonly string[]): boolean {
  const known = new Set(existing.map((item) => item.id));
  return ids.length === known.size && new Set(ids).size === known.size && ids.every((id) => known.has(id));
}
