import { AGENCY_CLIENT } from './template-agency-client.data.ts';
import { B2B_SERVICES } from './template-b2b-services.data.ts';
import { EMPLOYER_BRAND } from './template-employer-brand.data.ts';
import { LOCAL_RETAILER } from './template-local-retailer.data.ts';
import { NONPROFIT } from './template-nonprofit.data.ts';
import type { StrategyTemplateKey } from './strategy-template-keys.data.ts';
import { l, type TemplateSpec, type Text } from './template-spec.domain.ts';

export { STRATEGY_TEMPLATE_KEYS, type StrategyTemplateKey } from './strategy-template-keys.data.ts';

export type StrategyTemplate = { name: Text; description: Text; spec: TemplateSpec };

export const STRATEGY_TEMPLATES: Readonly<Record<StrategyTemplateKey, StrategyTemplate>> = {
  local_retailer: {
    name: l('Small local retailer', 'ร้านค้าปลีกในย่าน', '在地小店', '社区小店'),
    description: l(
      'A neighbourhood shop that wants more visits and online orders, and regulars who come back.',
      'ร้านในย่านที่อยากให้คนมาที่ร้านและสั่งออนไลน์มากขึ้น และมีขาประจำกลับมาซื้อซ้ำ',
      '想吸引更多人來店、線上下單，並讓熟客回購的街邊小店。',
      '想吸引更多人到店、线上下单，并让熟客回购的街边小店。',
    ),
    spec: LOCAL_RETAILER,
  },
  b2b_services: {
    name: l('B2B services', 'ธุรกิจบริการ B2B', 'B2B 服務', 'B2B 服务'),
    description: l(
      'A small firm selling services to other businesses that wants a steady flow of qualified enquiries.',
      'บริษัทเล็กที่ให้บริการธุรกิจอื่น และอยากได้ลูกค้าที่สนใจจริงติดต่อเข้ามาอย่างสม่ำเสมอ',
      '為企業提供服務的小公司，希望穩定獲得有品質的詢問。',
      '为企业提供服务的小公司，希望稳定获得高质量的咨询。',
    ),
    spec: B2B_SERVICES,
  },
  agency_client: {
    name: l('Agency client', 'แบรนด์ลูกค้าของเอเจนซี', '代理商客戶品牌', '代理商客户品牌'),
    description: l(
      'An agency running a client’s brand that must make it better known, with client approvals built in.',
      'เอเจนซีที่ดูแลโซเชียลให้แบรนด์ลูกค้า ต้องทำให้คนรู้จักแบรนด์มากขึ้น พร้อมขั้นตอนอนุมัติกับลูกค้า',
      '代理商替客戶經營品牌社群，目標是提升知名度，並內建客戶審核流程。',
      '代理商为客户运营品牌社交媒体，目标是提升知名度，并内置客户审核流程。',
    ),
    spec: AGENCY_CLIENT,
  },
  nonprofit: {
    name: l('Nonprofit', 'องค์กรไม่แสวงหากำไร', '非營利組織', '公益机构'),
    description: l(
      'A small nonprofit that wants more monthly donors and volunteers, and trust through transparency.',
      'องค์กรไม่แสวงหากำไรขนาดเล็กที่อยากได้ผู้บริจาครายเดือนและอาสาสมัครเพิ่ม และสร้างความเชื่อมั่นด้วยความโปร่งใส',
      '想增加定期定額捐款人和志工、以透明贏得信任的小型非營利組織。',
      '希望增加月捐人和志愿者、以透明赢得信任的小型公益机构。',
    ),
    spec: NONPROFIT,
  },
  employer_brand: {
    name: l('Employer brand', 'แบรนด์นายจ้าง', '雇主品牌', '雇主品牌'),
    description: l(
      'A company that wants better applicants, and employees who are proud to share their work.',
      'บริษัทที่อยากได้ผู้สมัครที่ใช่ และพนักงานที่ภูมิใจอยากแชร์เรื่องงานของตัวเอง',
      '希望吸引更合適的應徵者，並讓員工樂於分享工作的公司。',
      '希望吸引更合适的求职者，并让员工乐于分享工作的公司。',
    ),
    spec: EMPLOYER_BRAND,
  },
};
