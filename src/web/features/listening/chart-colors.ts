import type { Topic } from '../../../shared/api/listening.schemas.ts';

// Mantine's palette at shade 6/7, so the dashboard matches the rest of the app.
const TOPIC_COLORS = ['#1c7ed6', '#e8590c', '#7048e8', '#0ca678', '#d6336c', '#1098ad', '#66a80f', '#f08c00'];
export const ALL_MENTIONS_COLOR = '#495057';
export const SENTIMENT_COLORS = { pos: '#2f9e44', neu: '#adb5bd', neg: '#e03131', net: '#1c7ed6' } as const;

/** A topic keeps its colour on every chart: its place in the workspace's topic list picks it. */
export function topicColor(topics: readonly Topic[], topicId: string | null): string {
  if (topicId === null) return ALL_MENTIONS_COLOR;
  const index = topics.findIndex((t) => t.id === topicId);
  return TOPIC_COLORS[Math.max(index, 0) % TOPIC_COLORS.length] ?? ALL_MENTIONS_COLOR;
}
