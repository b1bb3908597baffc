/** `FetchRequest.since` as a time to compare with; an unreadable one filters nothing rather than everything. */
export function sinceTime(since: string | null | undefined): number {
  const time = since ? Date.parse(since) : Number.NaN;
  return Number.isNaN(time) ? Number.NEGATIVE_INFINITY : time;
}
