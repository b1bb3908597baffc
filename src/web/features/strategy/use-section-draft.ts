import { useCallback, useEffect, useRef, useState } from 'react';
import type { StrategyState } from '../../../shared/api/strategy.schemas.ts';
import type { Strategy } from '../../../shared/strategy/strategy.schemas.ts';
import { isApiError } from '../../ui/api/api-client.ts';
import { deleteItem, type EditableSection, putSection, type RemovableKind, useStrategyCache } from './strategy.queries.ts';

export type SaveStatus = 'idle' | 'saving' | 'saved' | 'error' | 'stale';

const DEBOUNCE_MS = 1000;

/**
 * Local draft of one section with autosave. The revision is the one this editor started from or
 * last wrote, never whatever a background refetch brought in: otherwise a colleague's change would
 * be silently overwritten instead of answered with stale_revision.
 */
export function useSectionDraft<K extends EditableSection>(workspaceId: string, section: K, initial: StrategyState) {
  const cache = useStrategyCache(workspaceId);
  const [value, setValue] = useState<Strategy[K]>(initial.document[section]);
  const [status, setStatus] = useState<SaveStatus>('idle');
  const [error, setError] = useState<unknown>(null);
  const latest = useRef(value);
  const revision = useRef(initial.revision);
  const dirty = useRef(false);
  const stopped = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const inFlight = useRef<Promise<void> | null>(null);

  const fail = useCallback((cause: unknown) => {
    dirty.current = false;
    if (isApiError(cause, 'stale_revision')) stopped.current = true;
    setError(cause);
    setStatus(isApiError(cause, 'stale_revision') ? 'stale' : 'error');
  }, []);

  const save = useCallback(async (): Promise<void> => {
    clearTimeout(timer.current);
    if (inFlight.current) await inFlight.current;
    if (!dirty.current || stopped.current) return;
    dirty.current = false;
    const sent = latest.current;
    setStatus('saving');
    const run = putSection(workspaceId, section, revision.current, sent).then(
      (result) => {
        revision.current = result.revision;
        cache.applySection(section, sent, result);
        setStatus(dirty.current ? 'saving' : 'saved');
      },
      fail,
    );
    inFlight.current = run;
    await run;
    inFlight.current = null;
    // Edits made while the request was out go in the next one, on top of the new revision.
    if (dirty.current) await save();
  }, [workspaceId, section, cache, fail]);

  const update = useCallback(
    (change: (current: Strategy[K]) => Strategy[K]) => {
      if (stopped.current) return;
      const next = change(latest.current);
      latest.current = next;
      dirty.current = true;
      setValue(next);
      setStatus('saving');
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void save(), DEBOUNCE_MS);
    },
    [save],
  );

  /** Removes an item through the API so references in other sections are cleaned up too. */
  const remove = useCallback(
    async (kind: RemovableKind, id: string) => {
      await save();
      if (stopped.current) return null;
      try {
        setStatus('saving');
        const result = await deleteItem(workspaceId, kind, id, revision.current);
        const { cleaned, ...state } = result;
        revision.current = state.revision;
        cache.setState(state);
        latest.current = state.document[section];
        setValue(state.document[section]);
        setStatus('saved');
        return cleaned;
      } catch (cause) {
        fail(cause);
        return null;
      }
    },
    [workspaceId, section, cache, save, fail],
  );

  const reload = useCallback(async () => {
    const fresh = await cache.refetch();
    clearTimeout(timer.current);
    stopped.current = false;
    dirty.current = false;
    revision.current = fresh.revision;
    latest.current = fresh.document[section];
    setValue(fresh.document[section]);
    setError(null);
    setStatus('idle');
  }, [cache, section]);

  // Leaving the page must not lose the last second of typing.
  useEffect(() => () => void save(), [save]);

  return { value, update, remove, reload, status, error };
}

export type SectionDraft<K extends EditableSection> = ReturnType<typeof useSectionDraft<K>>;
