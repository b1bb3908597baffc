import type { CheckRule } from './strategy-check.schemas.ts';
import { defineRule, isBlank, nameOr } from './strategy-check-rule.domain.ts';

const channelPath = (i: number, field: string) => `channels.channels[${i}].${field}`;

// Float noise (3 x 1.1 = 3.3000000000000003) must not turn a plan that fits into one that does not.
const EPSILON = 1e-9;
const round2 = (n: number) => Math.round(n * 100) / 100;

export const channelRules: readonly CheckRule[] = [
  defineRule('channel-no-reason', 7, 'warning', (s) =>
    s.channels.channels.flatMap((c, i) => (isBlank(c.reason) ? [{ path: channelPath(i, 'reason'), params: { channel: c.channel } }] : [])),
  ),

  // Only personas that still exist count; dangling ids are reported by reference-dangling.
  defineRule('channel-no-persona', 7, 'warning', (s) => {
    const personas = new Set(s.audience.personas.map((p) => p.id));
    return s.channels.channels.flatMap((c, i) =>
      c.personaIds.some((id) => personas.has(id)) ? [] : [{ path: channelPath(i, 'personaIds'), params: { channel: c.channel } }],
    );
  }),

  defineRule('channel-no-kpi', 7, 'warning', (s) =>
    s.channels.channels.flatMap((c, i) => (c.kpis.length === 0 ? [{ path: channelPath(i, 'kpis'), params: { channel: c.channel } }] : [])),
  ),

  defineRule('channel-over-capacity', 7, 'warning', (s) =>
    s.channels.channels.flatMap((c, i) => {
      const needed = c.postsPerWeek * c.hoursPerPost;
      const available = c.resources.hoursPerWeek;
      return needed - available > EPSILON
        ? [{ path: channelPath(i, 'resources.hoursPerWeek'), params: { channel: c.channel, needed: round2(needed), available } }]
        : [];
    }),
  ),

  defineRule('persona-unreached', 4, 'warning', (s) => {
    const reached = new Set(s.channels.channels.flatMap((c) => c.personaIds));
    return s.audience.personas.flatMap((p, i) =>
      reached.has(p.id) ? [] : [{ path: `audience.personas[${i}]`, params: { name: nameOr(p.name, i) } }],
    );
  }),
];
