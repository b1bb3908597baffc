import type { Source, SourceInput } from '../../../shared/api/listening.schemas.ts';

/* The add-source form's values (strings, as typed) and their way to and from the API's shapes. */

export type PolledKind = 'rss' | 'mastodon' | 'bluesky';
export const POLLED_KINDS: PolledKind[] = ['rss', 'mastodon', 'bluesky'];

export type SourceValues = {
  kind: PolledKind;
  name: string;
  url: string;
  instanceUrl: string;
  mode: 'hashtag' | 'search';
  query: string;
  serviceUrl: string;
  identifier: string;
  secret: string;
  pollMinutes: number | string;
};

export const EMPTY_SOURCE: SourceValues = {
  kind: 'rss',
  name: '',
  url: '',
  instanceUrl: 'https://mastodon.social',
  mode: 'hashtag',
  query: '',
  serviceUrl: 'https://bsky.social',
  identifier: '',
  secret: '',
  pollMinutes: 30,
};

/** The form's strings as the API's input; an empty secret is no secret. */
export function sourceInput(values: SourceValues, enabled: boolean): SourceInput {
  const base = { name: values.name, secret: values.secret === '' ? null : values.secret, pollMinutes: Number(values.pollMinutes), enabled };
  switch (values.kind) {
    case 'rss':
      return { ...base, config: { kind: 'rss', url: values.url.trim() } };
    case 'mastodon':
      return { ...base, config: { kind: 'mastodon', instanceUrl: values.instanceUrl.trim(), mode: values.mode, query: values.query.trim().replace(/^[#＃]/, '') } };
    case 'bluesky':
      return { ...base, config: { kind: 'bluesky', serviceUrl: values.serviceUrl.trim(), query: values.query.trim(), identifier: values.identifier.trim() || null } };
  }
}

const text = (value: unknown, fallback: string) => (typeof value === 'string' ? value : fallback);

/** A stored source back into the form; the secret never comes back from the server. */
export function sourceValues(source: Source): SourceValues {
  const c = source.config;
  return {
    ...EMPTY_SOURCE,
    kind: POLLED_KINDS.includes(source.kind as PolledKind) ? (source.kind as PolledKind) : 'rss',
    name: source.name,
    url: text(c.url, ''),
    instanceUrl: text(c.instanceUrl, EMPTY_SOURCE.instanceUrl),
    mode: c.mode === 'search' ? 'search' : 'hashtag',
    query: text(c.query, ''),
    serviceUrl: text(c.serviceUrl, EMPTY_SOURCE.serviceUrl),
    identifier: text(c.identifier, ''),
    pollMinutes: source.pollMinutes,
  };
}
