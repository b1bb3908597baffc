import type { SentimentLabel } from '../../../shared/listening/sentiment.schemas.ts';
import type { DemoMention } from './demo-mentions.data.ts';

/*
 * The sentiment corrections the demo team has made: going through the brand's recent mentions
 * newest first, they fixed the ones the model got wrong (Thai negation such as "ไม่ผิดหวัง",
 * questions read as praise) and confirmed some it got right. The verdict is the tone the template
 * was written with, so the model-accuracy card scores the real engines against a person's reading.
 */

export type StoredLabel = { id: number; externalId: string; sentiment: string };
export type DemoCorrection = { id: number; label: SentimentLabel };

/** Per language: how many wrong labels the team fixed and how many right ones it confirmed. */
export const CORRECTION_QUOTAS: Readonly<Record<string, { fix: number; confirm: number }>> = {
  th: { fix: 16, confirm: 14 },
  en: { fix: 5, confirm: 5 },
};
/** Only every CONFIRM_EVERY-th right label is confirmed: people review, they do not click everything. */
const CONFIRM_EVERY = 3;

export function pickDemoCorrections(generated: readonly DemoMention[], stored: readonly StoredLabel[]): DemoCorrection[] {
  const byExternalId = new Map(stored.map((s) => [s.externalId, s]));
  const used = new Map(Object.keys(CORRECTION_QUOTAS).map((language) => [language, { fix: 0, confirm: 0, seen: 0 }]));
  const picked: DemoCorrection[] = [];
  for (let i = generated.length - 1; i >= 0; i--) {
    const g = generated[i]!;
    const quota = CORRECTION_QUOTAS[g.language];
    const count = used.get(g.language);
    if (!quota || !count || (g.subject !== 'brand' && g.subject !== 'comparison')) continue;
    const row = g.mention.externalId ? byExternalId.get(g.mention.externalId) : undefined;
    if (!row) continue;
    if (row.sentiment !== g.tone) {
      if (count.fix >= quota.fix) continue;
      count.fix++;
    } else {
      count.seen++;
      if (count.confirm >= quota.confirm || count.seen % CONFIRM_EVERY !== 0) continue;
      count.confirm++;
    }
    picked.push({ id: row.id, label: g.tone });
  }
  return picked;
}
