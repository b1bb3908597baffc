import { z } from 'zod';
import { SENTIMENT_LABELS, type SentimentLabel } from '../../../shared/listening/sentiment.schemas.ts';

export type DashboardQuery = { from: string; to: string; topicId?: string; channel?: string; language?: string };
export type MentionFilters = { topicId?: string; language?: string; sentiment?: SentimentLabel; channel?: string; from?: string; to?: string; q?: string };

/*
 * Filters live in the address, so a link (a spike on the dashboard, a bookmark, a colleague's
 * message) opens the same view. Anything malformed in it is dropped rather than sent on to fail.
 */

const DAY_MS = 86_400_000;
/** The server answers at most 366 days per dashboard. */
export const MAX_RANGE_DAYS = 366;
export const RANGE_PRESETS = ['7', '30', '90'] as const;
export type RangeChoice = (typeof RANGE_PRESETS)[number] | 'custom';
const DEFAULT_PRESET = '30';

const isoDay = z.iso.date();
const uuid = z.uuid();
const sentiment = z.enum(SENTIMENT_LABELS);
const shortText = (max: number) => z.string().trim().min(1).max(max);

const valid = <T>(schema: z.ZodType<T>, value: string | null): T | undefined => {
  const parsed = schema.safeParse(value ?? undefined);
  return parsed.success ? parsed.data : undefined;
};

export function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/** Today in the workspace's time zone, the zone the server counts days in; en-CA writes YYYY-MM-DD. */
export function todayIn(timeZone: string, at: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
}

export type DashboardView = { range: RangeChoice; query: DashboardQuery };

/** The last `days` days up to today, today included. */
export const presetRange = (days: number, today: string) => ({ from: addDays(today, -(days - 1)), to: today });

export function readDashboardParams(params: URLSearchParams, today: string): DashboardView {
  const filters = {
    topicId: valid(uuid, params.get('topic')),
    channel: valid(shortText(40), params.get('channel')),
    language: valid(shortText(20), params.get('language')),
  };
  const from = valid(isoDay, params.get('from'));
  const to = valid(isoDay, params.get('to'));
  if (params.get('range') === 'custom' && from && to && from <= to && daysBetween(from, to) < MAX_RANGE_DAYS) {
    return { range: 'custom', query: { from, to, ...filters } };
  }
  const preset = RANGE_PRESETS.find((p) => p === params.get('range')) ?? DEFAULT_PRESET;
  return { range: preset, query: { ...presetRange(Number(preset), today), ...filters } };
}

/** The address for a view; preset ranges keep no dates, so a bookmark always shows the latest days. */
export function dashboardParams(view: DashboardView): URLSearchParams {
  const params = new URLSearchParams();
  if (view.range !== DEFAULT_PRESET) params.set('range', view.range);
  if (view.range === 'custom') {
    params.set('from', view.query.from);
    params.set('to', view.query.to);
  }
  if (view.query.topicId) params.set('topic', view.query.topicId);
  if (view.query.channel) params.set('channel', view.query.channel);
  if (view.query.language) params.set('language', view.query.language);
  return params;
}

export function readMentionParams(params: URLSearchParams): MentionFilters {
  const entries = {
    topicId: valid(uuid, params.get('topic')),
    language: valid(shortText(20), params.get('language')),
    sentiment: valid(sentiment, params.get('sentiment')),
    channel: valid(shortText(40), params.get('channel')),
    from: valid(isoDay, params.get('from')),
    to: valid(isoDay, params.get('to')),
    q: valid(shortText(200), params.get('q')),
  };
  return Object.fromEntries(Object.entries(entries).filter(([, value]) => value !== undefined)) as MentionFilters;
}

export function mentionParams(filters: MentionFilters): URLSearchParams {
  const params = new URLSearchParams();
  const names: [keyof MentionFilters, string][] = [
    ['topicId', 'topic'],
    ['language', 'language'],
    ['sentiment', 'sentiment'],
    ['channel', 'channel'],
    ['from', 'from'],
    ['to', 'to'],
    ['q', 'q'],
  ];
  for (const [key, name] of names) {
    const value = filters[key];
    if (value) params.set(name, value);
  }
  return params;
}
