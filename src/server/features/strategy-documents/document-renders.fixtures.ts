import type { Locale } from '../../../shared/locales.ts';
import { completeStrategy, FACTS, NOK, PLOY, SOMCHAI } from '../../../shared/strategy/strategy.fixtures.ts';
import type { Strategy } from '../../../shared/strategy/strategy.schemas.ts';
import type { StrategyOutline } from './outline.domain.ts';
import { buildStrategyOutline } from './strategy-outline.domain.ts';

// Test data only (imported by *.test.ts).

/** A primary goal written in Thai that PDF text extraction gives back whole (checked with LibreOffice 7.4 and Loma). */
export const THAI_GOAL = 'เพิ่มยอดขายออนไลน์จากลูกค้าในเชียงใหม่ให้ได้สองเท่า';
export const CHINESE_GOAL = '讓台灣的咖啡迷認識我們';

export function thaiStrategy(): Strategy {
  const strategy = completeStrategy();
  const primary = strategy.goals.goals.find((g) => g.priority === 'primary');
  if (primary) primary.description = THAI_GOAL;
  return strategy;
}

export function outlineOf(strategy: Strategy, locale: Locale = 'th'): StrategyOutline {
  return buildStrategyOutline({
    strategy,
    workspaceName: 'บ้านดอย Coffee 咖啡',
    memberNames: { [PLOY]: 'Ploy Siriwan (พลอย)', [SOMCHAI]: 'Somchai', [NOK]: 'Nok' },
    locale,
    facts: FACTS,
    source: { kind: 'draft', revision: 4 },
    generatedAt: new Date('2026-03-15T03:00:00Z'),
    calendar: 'gregory',
    timeZone: 'Asia/Bangkok',
  });
}
