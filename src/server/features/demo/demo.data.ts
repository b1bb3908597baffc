import type { BusinessFunction, WorkspaceRole } from '../../../shared/roles.ts';
import type { DemoPersonKey } from './demo-strategy-ids.data.ts';

/**
 * A Thai specialty-coffee roaster in Chiang Mai that sells online and in two shops. HR and legal
 * are deliberately missing from the team so the team page has real gaps to show.
 */
export const DEMO_WORKSPACE = {
  name: 'Baan Doi Coffee Roasters',
  description:
    'Specialty coffee roasted in Chiang Mai from beans grown by hill-tribe farmers in Doi Chang and Doi Saket. ' +
    'Sells on its own web shop, LINE Official Account, Shopee and Lazada, and in two shops (Nimman and the Old City). ' +
    'โรงคั่วกาแฟพิเศษจากเชียงใหม่ · 清邁精品咖啡烘焙坊',
  defaultLocale: 'th' as const,
  timezone: 'Asia/Bangkok',
  fiscalYearStartMonth: 1,
};

export type DemoPerson = {
  /** How the demo strategy names this person (RACI, owners). */
  key: Exclude<DemoPersonKey, 'owner'>;
  name: string;
  email: string;
  role: WorkspaceRole;
  businessFunction: BusinessFunction;
  locale: 'en' | 'th' | 'zh-Hant' | 'zh-Hans';
};

export const DEMO_PEOPLE: readonly DemoPerson[] = [
  { key: 'ploy', name: 'Ploy Siriwan (พลอย ศิริวรรณ)', email: 'ploy@baandoi.demo.invalid', role: 'admin', businessFunction: 'marketing', locale: 'th' },
  { key: 'somchai', name: 'Somchai Kaewmanee (สมชาย แก้วมณี)', email: 'somchai@baandoi.demo.invalid', role: 'editor', businessFunction: 'sales', locale: 'th' },
  { key: 'nok', name: 'Nok Chaiyaporn (นก ไชยพร)', email: 'nok@baandoi.demo.invalid', role: 'contributor', businessFunction: 'customer_service', locale: 'th' },
  { key: 'yiting', name: 'Lin Yi-Ting (林怡婷)', email: 'yiting@baandoi.demo.invalid', role: 'editor', businessFunction: 'content', locale: 'zh-Hant' },
  { key: 'arthit', name: 'Arthit Boonmee (อาทิตย์ บุญมี)', email: 'arthit@baandoi.demo.invalid', role: 'contributor', businessFunction: 'product', locale: 'th' },
  { key: 'wangfang', name: 'Wang Fang (王芳)', email: 'wangfang@baandoi.demo.invalid', role: 'viewer', businessFunction: 'partnerships', locale: 'zh-Hans' },
  { key: 'malee', name: 'Malee Thongdee (มาลี ทองดี)', email: 'malee@baandoi.demo.invalid', role: 'viewer', businessFunction: 'leadership', locale: 'th' },
];

/** Invitations still open in the demo, so the invitations panel is not empty. */
export const DEMO_INVITATIONS = [
  { email: 'hr.partner@baandoi.demo.invalid', role: 'contributor', businessFunction: 'hr', expiresInDays: 7 },
] as const;
