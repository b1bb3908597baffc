/** The people the demo strategy names, by key; user ids exist only once the demo is loaded. */
export const DEMO_PERSON_KEYS = ['owner', 'ploy', 'somchai', 'nok', 'yiting', 'arthit', 'wangfang', 'malee'] as const;
export type DemoPersonKey = (typeof DEMO_PERSON_KEYS)[number];
export type DemoPeople = Readonly<Record<DemoPersonKey, string>>;

// Fixed item ids keep the demo's references readable and its tests stable; ids only have to be
// unique within one document, so every loaded demo can share them.
export const did = (n: number) => `b4d0c0ff-2027-4000-8000-${String(n).padStart(12, '0')}`;

export const DEMO_IDS = {
  salesGoal: did(1),
  loyaltyGoal: did(2),
  ordersObjective: did(10),
  revenueObjective: did(11),
  touristObjective: did(12),
  repeatObjective: did(13),
  clubObjective: did(14),
  doiMok: did(40),
  lannaBeanLab: did(41),
  khaoKhiao: did(42),
  fon: did(50),
  mark: did(51),
  xiaowen: did(52),
} as const;
