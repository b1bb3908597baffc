/**
 * Walking a Mastodon timeline or search without gaps. Both answer newest first, a page at a time,
 * so one poll walks down from the newest post (`max_id` = the oldest id seen) until it reaches the
 * newest id of the previous poll (the floor), a page that is not full, or `since`. The cursor
 * carries the walk between fetches; when it ends, the newest id seen becomes the next floor.
 */

export type WalkState = {
  /** Newest id of the previous completed poll: everything above it is new. */
  floor?: string;
  /** The walk goes on below this id (the oldest id of the last page). */
  below?: string;
  /** Newest id seen in this walk: the next floor. */
  top?: string;
};

export type PageEntry = { id: string; createdAt: string };

/**
 * Mastodon ids are decimal snowflakes as strings and must not be compared as numbers (they
 * exceed 2^53) nor as plain strings ("9" > "10"); other servers (GoToSocial) use sortable text ids.
 */
export function compareIds(a: string, b: string): number {
  let [left, right] = [a, b];
  if (/^\d+$/.test(a) && /^\d+$/.test(b)) {
    left = a.replace(/^0+(?=\d)/, '');
    right = b.replace(/^0+(?=\d)/, '');
    if (left.length !== right.length) return left.length - right.length;
  }
  return left < right ? -1 : left > right ? 1 : 0;
}

export type WalkStep<T extends PageEntry> = { keep: T[]; next: WalkState; hasMore: boolean };

/** What to keep from a page (newest first) and where the walk goes next. */
export function stepWalk<T extends PageEntry>(state: WalkState, page: readonly T[], pageSize: number, sinceMs: number): WalkStep<T> {
  const { floor } = state;
  const keep = page.filter((entry) => (floor === undefined || compareIds(entry.id, floor) > 0) && Date.parse(entry.createdAt) >= sinceMs);
  const top = [state.top, ...page.map((entry) => entry.id)].reduce<string | undefined>(
    (newest, id) => (id === undefined || (newest !== undefined && compareIds(newest, id) >= 0) ? newest : id),
    undefined,
  );
  const oldest = page.at(-1);
  // Something on this page is at or below the floor, or older than `since`: nothing further down is wanted.
  const reachedOld = keep.length < page.length;
  // A first poll with no `since` takes the newest page only, rather than the whole history.
  const unbounded = floor === undefined && sinceMs === Number.NEGATIVE_INFINITY;
  if (oldest === undefined || page.length < pageSize || reachedOld || unbounded) {
    const nextFloor = top ?? floor;
    return { keep, next: nextFloor === undefined ? {} : { floor: nextFloor }, hasMore: false };
  }
  return { keep, next: { ...(floor !== undefined && { floor }), below: oldest.id, ...(top !== undefined && { top }) }, hasMore: true };
}

export function readWalkState(cursor: string | null): WalkState {
  if (!cursor) return {};
  try {
    const value = JSON.parse(cursor) as Record<string, unknown>;
    const pick = (key: string) => (typeof value[key] === 'string' ? { [key]: value[key] as string } : {});
    return { ...pick('floor'), ...pick('below'), ...pick('top') };
  } catch {
    // A cursor from another version: start again from the newest page.
    return {};
  }
}

export function writeWalkState(state: WalkState): string | null {
  return Object.keys(state).length === 0 ? null : JSON.stringify(state);
}
