import { z } from 'zod';
import { uuidListSchema } from './strategy-common.schemas.ts';
import { STRATEGY_SECTION_KEYS, type StrategySectionKey } from './strategy-steps.data.ts';

export type RaciSectionKey = Exclude<StrategySectionKey, 'team'>;

/** The sections a RACI assignment can be made for: every section but the team itself. */
export const RACI_SECTION_KEYS: readonly RaciSectionKey[] = STRATEGY_SECTION_KEYS.filter((key): key is RaciSectionKey => key !== 'team');

export const RACI_ROLES = ['responsible', 'accountable', 'consulted', 'informed'] as const;
export type RaciRole = (typeof RACI_ROLES)[number];

// Only user ids: members (names, business functions) live in the workspace, so a renamed member
// never needs a strategy edit.
export const raciAssignmentSchema = z.strictObject({
  responsible: uuidListSchema,
  accountable: uuidListSchema,
  consulted: uuidListSchema,
  informed: uuidListSchema,
});
export type RaciAssignment = z.infer<typeof raciAssignmentSchema>;

const raciShape = Object.fromEntries(RACI_SECTION_KEYS.map((key) => [key, raciAssignmentSchema])) as Record<
  RaciSectionKey,
  typeof raciAssignmentSchema
>;

export const teamSectionSchema = z.strictObject({
  raci: z.strictObject(raciShape),
});
export type TeamSection = z.infer<typeof teamSectionSchema>;

export function emptyRaci(): TeamSection['raci'] {
  const empty = (): RaciAssignment => ({ responsible: [], accountable: [], consulted: [], informed: [] });
  return Object.fromEntries(RACI_SECTION_KEYS.map((key) => [key, empty()])) as TeamSection['raci'];
}
