import { competitorToName, governanceWith } from './template-common.data.ts';
import { byMarket, l, type TemplateSpec } from './template-spec.domain.ts';

// A small firm selling services to other businesses (IT support, accounting, design, logistics…)
// whose work mostly comes from referrals. Buyers check the people behind a firm on LinkedIn, or
// on WeChat official accounts in mainland China; owners of Thai and Taiwanese SMEs ask for
// suppliers in Facebook groups; Chinese buyers research on Zhihu and the firm's own site.

export const B2B_SERVICES: TemplateSpec = {
  slots: {
    expertise: byMarket('linkedin', 'linkedin', 'linkedin', 'wechat'),
    reach: byMarket('youtube', 'facebook', 'facebook', 'other'),
    followUp: byMarket('newsletter', 'line_oa', 'line_oa', 'blog'),
  },
  reasons: [
    { reason: 'marketing', scope: 'external', description: l('Buyers check a supplier and the people behind it online before they answer a proposal.', 'ก่อนตอบรับใบเสนอราคา ลูกค้าจะเช็กบริษัทและตัวคนทำงานทางออนไลน์เสมอ', '客戶回覆報價前，一定會先上網查這家公司和背後的人。', '客户回复报价前，一定会先上网查这家公司和背后的人。') },
    { reason: 'customer_collaboration', scope: 'external', description: l('Clients ask questions and want updates in the apps they already use.', 'ลูกค้าอยากถามและรับข่าวความคืบหน้าผ่านแอปที่ใช้อยู่แล้ว', '客戶希望在平常就在用的 App 裡發問、收到進度。', '客户希望在平时就在用的 App 里提问、收到进度。') },
    { reason: 'partner_collaboration', scope: 'external', description: l('Partner firms send us referrals when they see what we are good at.', 'บริษัทพันธมิตรจะส่งลูกค้ามาให้เมื่อเห็นว่าเราเก่งเรื่องอะไร', '合作夥伴看到我們擅長什麼，就會轉介客戶過來。', '合作伙伴看到我们擅长什么，就会介绍客户过来。') },
  ],
  goals: [
    { ref: 'clients', type: 'acquisition_sales', priority: 'primary', description: l('Win new clients: social media brings qualified enquiries from the kind of companies we serve best.', 'หาลูกค้าใหม่: ให้โซเชียลมีเดียนำคำถามที่มีคุณภาพจากบริษัทแบบที่เราบริการได้ดีที่สุดเข้ามา', '開發新客戶：透過社群，帶來我們最擅長服務的那類公司的優質詢問。', '开发新客户：通过社交媒体，带来我们最擅长服务的那类企业的高质量咨询。') },
    { ref: 'known', type: 'awareness', priority: 'secondary', description: l('Be known among decision-makers in our sector as the firm that explains things clearly.', 'เป็นที่รู้จักในหมู่ผู้ตัดสินใจในวงการว่าเป็นบริษัทที่อธิบายเรื่องยากให้เข้าใจง่าย', '在產業決策者之間，成為「把事情講清楚」的那家公司。', '在行业决策者中，成为“把事情讲清楚”的那家公司。') },
  ],
  statement: l(
    'By {deadline}, LinkedIn, YouTube and our newsletter will bring 12 qualified enquiries a month (4 today) by sharing the practical know-how our clients pay us for, so that buyers trust us before the first call.',
    'ภายในวันที่ {deadline} บริษัทจะใช้ LinkedIn, Facebook และ LINE OA เพิ่มคำถามจากลูกค้าที่ตรงกลุ่มจาก 4 เป็น 12 รายต่อเดือน ด้วยการแบ่งปันความรู้ที่ใช้ได้จริงแบบเดียวกับที่ลูกค้าจ้างเรา ให้ลูกค้าไว้ใจเราตั้งแต่ก่อนคุยครั้งแรก',
    '{deadline}前，我們要透過 LinkedIn、Facebook 和 LINE 官方帳號，把每月的優質詢問從 4 件提升到 12 件；做法是分享客戶付費請我們做的實用專業，讓對方在第一次通話前就信任我們。',
    '{deadline}前，我们要通过微信公众号、知乎和官网，把每月的有效咨询从 4 个提升到 12 个；做法是分享客户付费请我们做的实用专业知识，让对方在第一次沟通前就信任我们。',
  ),
  objectives: [
    {
      ref: 'enquiries', goal: 'clients', baseline: 4, target: 12, unit: 'count', dueQuarter: 4,
      title: l('More qualified enquiries from social media', 'เพิ่มคำถามจากลูกค้าที่ตรงกลุ่มผ่านโซเชียล', '增加來自社群的優質詢問', '增加来自社交媒体的有效咨询'),
      metric: l('Enquiries per month from social media that match our ideal client', 'จำนวนคำถามต่อเดือนจากโซเชียลที่ตรงกับลูกค้าในอุดมคติ', '每月來自社群、且符合理想客戶條件的詢問數', '每月来自社交媒体、且符合理想客户条件的咨询数'),
      description: l('Ask every new contact “how did you hear about us?” and note it. Replace 4 with your own average.', 'ถามทุกคนที่ติดต่อมาว่า “รู้จักเราจากที่ไหน” แล้วจดไว้ แก้เลข 4 เป็นค่าเฉลี่ยของบริษัทคุณ', '每位新聯絡人都問「您從哪裡知道我們？」並記錄。請把 4 改成你們的平均值。', '每位新联系人都问“您是从哪里知道我们的？”并记录。请把 4 改成你们的平均值。'),
    },
    {
      ref: 'meetings', goal: 'clients', baseline: 1, target: 4, unit: 'count', dueQuarter: 4,
      title: l('First meetings booked from social media', 'นัดคุยครั้งแรกที่มาจากโซเชียล', '來自社群的首次會議', '来自社交媒体的首次会谈'),
      metric: l('First meetings per month with prospects who found us on social media', 'จำนวนนัดคุยครั้งแรกต่อเดือนกับลูกค้าที่เจอเราทางโซเชียล', '每月與經由社群認識我們的潛在客戶首次會議數', '每月与通过社交媒体认识我们的潜在客户首次会谈数'),
      description: l('A meeting counts when a decision-maker attends. Replace 1 with your own number.', 'นับเมื่อผู้มีอำนาจตัดสินใจเข้าร่วม แก้เลข 1 เป็นตัวเลขของคุณ', '有決策者出席才算數。請把 1 改成你們的數字。', '有决策人参加才算数。请把 1 改成你们的数字。'),
    },
    {
      ref: 'followers', goal: 'known', baseline: 400, target: 1200, unit: 'count', dueQuarter: 4,
      title: l('More decision-makers follow us', 'ผู้ตัดสินใจติดตามเรามากขึ้น', '更多決策者追蹤我們', '更多决策者关注我们'),
      metric: l('Followers of our LinkedIn company page', 'ผู้ติดตามเพจบริษัทบน LinkedIn', 'LinkedIn 公司專頁追蹤數', '微信公众号关注人数'),
      description: l('Look at who follows, not only how many: most should work in our target sectors. Replace 400 with today’s number.', 'ดูว่าใครติดตาม ไม่ใช่แค่จำนวน ส่วนใหญ่ควรทำงานในธุรกิจกลุ่มเป้าหมาย แก้เลข 400 เป็นตัวเลขวันนี้', '不只看人數，也看是誰：大多數應該在目標產業工作。請把 400 改成今天的數字。', '不只看人数，也看是谁：大多数应该在目标行业工作。请把 400 改成现在的数字。'),
    },
  ],
  tactics: [
    { objective: 'enquiries', slots: ['expertise'], title: l('The founder’s weekly lesson', 'บทเรียนประจำสัปดาห์จากผู้ก่อตั้ง', '創辦人每週一課', '创始人每周一课'), description: l('Every week the founder shares one lesson from a real project (no client named without permission) and invites questions.', 'ทุกสัปดาห์ ผู้ก่อตั้งเล่าบทเรียนหนึ่งเรื่องจากงานจริง (ไม่เอ่ยชื่อลูกค้าถ้าไม่ได้รับอนุญาต) และชวนให้ถามต่อ', '創辦人每週分享一個真實專案的心得（未經同意不提客戶名稱），並邀請大家提問。', '创始人每周分享一个真实项目的心得（未经同意不提客户名称），并邀请大家提问。') },
    { objective: 'enquiries', slots: ['reach'], title: l('Answer the questions buyers ask', 'ตอบคำถามที่ลูกค้าถามบ่อย', '回答客戶最常問的問題', '回答客户最常问的问题'), description: l('List the ten questions prospects ask most and answer one each week in a short video.', 'รวบรวม 10 คำถามที่ลูกค้าถามบ่อยที่สุด แล้วตอบสัปดาห์ละหนึ่งข้อในเพจและกลุ่มธุรกิจ', '整理潛在客戶最常問的十個問題，每週在粉專和產業社團回答一題。', '整理潜在客户最常问的十个问题，每周在知乎回答一个。') },
    { objective: 'meetings', slots: ['followUp'], title: l('Monthly round-up with an invitation', 'สรุปรายเดือนพร้อมชวนนัดคุย', '每月重點整理＋預約邀請', '每月案例＋预约邀请'), description: l('Once a month, the three most useful posts in one e-mail, with a link to book a 30-minute call.', 'เดือนละครั้ง ส่งสามเรื่องที่มีประโยชน์ที่สุดในข้อความเดียว พร้อมลิงก์นัดคุย 30 นาที', '每月一次，把最有用的三篇整理成一則推播，附上預約 30 分鐘諮詢的連結。', '每月在官网发布一个客户案例，同步到公众号，文末附上预约 30 分钟咨询的入口。') },
    { objective: 'followers', slots: ['expertise', 'reach'], title: l('Comment where our buyers talk', 'ไปคอมเมนต์ในที่ที่ลูกค้าคุยกัน', '到客戶討論的地方留言', '到客户讨论的地方互动'), description: l('Fifteen minutes a day of helpful comments on posts by people in our target sectors.', 'วันละ 15 นาที คอมเมนต์อย่างมีประโยชน์ในโพสต์ของคนในธุรกิจกลุ่มเป้าหมาย', '每天 15 分鐘，在目標產業人士的貼文下留下有幫助的留言。', '每天 15 分钟，在目标行业人士的内容下留下有帮助的评论。') },
  ],
  context: {
    segments: [
      { name: l('Small and mid-sized companies in our sectors', 'บริษัทขนาดเล็กและกลางในธุรกิจที่เราถนัด', '我們擅長產業的中小企業', '我们擅长行业的中小企业'), description: l('Owners decide; they buy from people they trust.', 'เจ้าของเป็นคนตัดสินใจ และซื้อจากคนที่ไว้ใจ', '老闆拍板，跟信任的人買。', '老板拍板，跟信任的人买。') },
      { name: l('Managers who shortlist suppliers', 'ผู้จัดการที่คัดเลือกผู้ให้บริการ', '負責篩選廠商的經理', '负责筛选供应商的经理'), description: l('Research online, compare three options, forward the best to the boss.', 'หาข้อมูลออนไลน์ เทียบสามเจ้า แล้วส่งเจ้าที่ดีที่สุดให้เจ้านาย', '上網找資料、比三家，再把最好的轉給老闆。', '上网找资料、比三家，再把最好的转给老板。') },
    ],
    marketSummary: l(
      'Companies buy services from people they trust and check them online first. Most of our clients come from referrals; social media is how people who don’t know us yet can check us. Rewrite this with your own sector.',
      'บริษัทซื้อบริการจากคนที่ไว้ใจ และเช็กทางออนไลน์ก่อนเสมอ ลูกค้าส่วนใหญ่ของเรามาจากการแนะนำต่อ โซเชียลมีเดียคือทางที่คนที่ยังไม่รู้จักเราจะเช็กเราได้ เขียนใหม่ให้ตรงกับธุรกิจของคุณ',
      '企業向信任的人購買服務，而且一定先上網查。我們的客戶大多來自轉介；社群是還不認識我們的人查證我們的地方。請依你的產業改寫。',
      '企业向信任的人购买服务，而且一定先上网查。我们的客户大多来自转介绍；社交媒体是还不认识我们的人了解我们的地方。请按你的行业改写。',
    ),
    swot: [
      ['strength', l('Deep experience in a few sectors', 'มีประสบการณ์ลึกในไม่กี่อุตสาหกรรม', '在少數幾個產業有深厚經驗', '在少数几个行业有深厚经验')],
      ['weakness', l('Work comes from referrals; no steady flow of new enquiries', 'งานมาจากการแนะนำต่อ ยังไม่มีลูกค้าใหม่เข้ามาสม่ำเสมอ', '案子靠轉介，沒有穩定的新詢問', '业务靠转介绍，没有稳定的新咨询')],
      ['opportunity', l('Few competitors share practical know-how online', 'คู่แข่งไม่ค่อยแบ่งปันความรู้ที่ใช้ได้จริงทางออนไลน์', '很少同業在網路上分享實用知識', '很少同行在网上分享实用知识')],
      ['threat', l('Large firms and online platforms sell cheaper standard packages', 'บริษัทใหญ่และแพลตฟอร์มออนไลน์ขายแพ็กเกจสำเร็จรูปที่ถูกกว่า', '大公司和線上平台推出更便宜的標準方案', '大公司和线上平台推出更便宜的标准套餐')],
    ],
    valueProposition: l(
      'Senior people who know your sector, a fixed price agreed up front, and an answer within one working day. Rewrite this in your own words.',
      'ทีมที่มีประสบการณ์และเข้าใจธุรกิจของคุณ ราคาชัดเจนตั้งแต่ต้น และตอบกลับภายในหนึ่งวันทำการ เขียนใหม่ด้วยคำของคุณเอง',
      '懂你產業的資深團隊、事先談好的固定價格、一個工作天內回覆。請用你自己的話改寫。',
      '懂你行业的资深团队、事先谈好的固定价格、一个工作日内答复。请用你自己的话改写。',
    ),
    risks: [
      { likelihood: 4, impact: 3, description: l('The founder is too busy with client work to post.', 'ผู้ก่อตั้งงานลูกค้ายุ่งจนไม่มีเวลาโพสต์', '創辦人忙客戶的案子，沒空發文。', '创始人忙客户项目，没空发内容。'), mitigation: l('Block one hour every Monday; a colleague turns the notes into posts.', 'กันเวลาหนึ่งชั่วโมงทุกวันจันทร์ ให้เพื่อนร่วมทีมช่วยเรียบเรียงเป็นโพสต์', '每週一固定留一小時，由同事把筆記整理成貼文。', '每周一固定留一小时，由同事把笔记整理成文章。') },
      { likelihood: 2, impact: 5, description: l('A post reveals a client’s information by mistake.', 'โพสต์เผลอเปิดเผยข้อมูลของลูกค้า', '貼文不小心洩露客戶資訊。', '内容不小心泄露客户信息。'), mitigation: l('Client names and numbers only with written permission; a second person reads every post about a client.', 'ใช้ชื่อและตัวเลขของลูกค้าเมื่อได้รับอนุญาตเป็นลายลักษณ์อักษรเท่านั้น และมีอีกคนอ่านทุกโพสต์ที่พูดถึงลูกค้า', '客戶名稱和數字必須取得書面同意才能用；提到客戶的貼文都要第二個人看過。', '客户名称和数据必须取得书面同意才能用；涉及客户的内容都要第二个人审过。') },
    ],
    options: [{ title: l('Paid ads to our target sectors', 'ลงโฆษณาเจาะกลุ่มธุรกิจเป้าหมาย', '針對目標產業投放廣告', '针对目标行业投放广告'), description: l('Test for one quarter once the organic posts show which topics work.', 'ทดลองหนึ่งไตรมาสเมื่อโพสต์ปกติบอกได้แล้วว่าเรื่องไหนได้ผล', '等自然觸及看出哪些主題有效後，再測試一季。', '等自然流量看出哪些主题有效后，再测试一个季度。') }],
    skills: [l('Explaining clearly', 'อธิบายเรื่องยากให้เข้าใจง่าย', '把事情講清楚', '把事情讲清楚'), l('Speaking on camera', 'พูดหน้ากล้อง', '面對鏡頭說話', '出镜讲解'), l('Writing short case studies', 'เขียนกรณีศึกษาสั้นๆ', '撰寫簡短案例', '撰写简短案例')],
    headcount: 2,
    hoursPerWeek: 11,
    suppliers: [l('Replace with your freelance designer or video editor, if you have one', 'แทนที่ด้วยนักออกแบบหรือคนตัดต่อฟรีแลนซ์ที่ใช้อยู่ (ถ้ามี)', '請改成合作的接案設計師或剪輯師（如果有）', '请替换为合作的自由设计师或剪辑师（如果有）')],
    partners: [l('Firms that serve the same clients with other services (referral partners)', 'บริษัทที่ให้บริการอื่นกับลูกค้ากลุ่มเดียวกัน (พันธมิตรที่แนะนำลูกค้าให้กัน)', '服務同一群客戶、但提供不同服務的公司（互相轉介的夥伴）', '服务同一批客户、但提供不同服务的公司（互相介绍的伙伴）')],
  },
  listening: {
    brandTerms: [
      l('Replace with your company’s name', 'แทนที่ด้วยชื่อบริษัทของคุณ', '請改成你的公司名稱', '请替换为你的公司名称'),
      l('Replace with the founder’s name', 'แทนที่ด้วยชื่อผู้ก่อตั้ง', '請改成創辦人的名字', '请替换为创始人的名字'),
    ],
    competitors: [
      competitorToName('compA', l('Competitor A: replace with the firm you lose deals to most often', 'คู่แข่ง ก: แทนที่ด้วยบริษัทที่เราแพ้งานให้บ่อยที่สุด', '競爭對手 A：請改成最常搶走案子的公司', '竞争对手 A：请替换为最常抢走项目的公司')),
      competitorToName('compB', l('Competitor B: replace with a large firm or platform clients compare you with', 'คู่แข่ง ข: แทนที่ด้วยบริษัทใหญ่หรือแพลตฟอร์มที่ลูกค้าเอามาเทียบ', '競爭對手 B：請改成客戶拿來比較的大公司或平台', '竞争对手 B：请替换为客户拿来比较的大公司或平台')),
    ],
    categoryTerms: [l('Replace with your service and city, e.g. “IT support Manchester”', 'แทนที่ด้วยบริการกับชื่อเมือง เช่น “รับทำบัญชี เชียงใหม่”', '請改成服務＋城市，例如「記帳士 台中」', '请替换为服务＋城市，例如“代理记账 苏州”'), l('outsourcing', 'เอาต์ซอร์ส', '外包', '外包')],
    topicTerms: [l('Replace with a change in your clients’ sector, e.g. a new tax rule', 'แทนที่ด้วยเรื่องที่กำลังเปลี่ยนในธุรกิจลูกค้า เช่น กฎภาษีใหม่', '請改成客戶產業正在發生的變化，例如新的稅務規定', '请替换为客户行业正在发生的变化，例如新的税务政策')],
    questions: [
      l('What do buyers complain about with their current supplier?', 'ลูกค้าบ่นอะไรเกี่ยวกับผู้ให้บริการเจ้าปัจจุบัน', '客戶對現在的廠商有什麼不滿？', '客户对现在的供应商有什么不满？'),
      l('Which questions do people ask in groups before choosing a service like ours?', 'คนถามอะไรในกลุ่มก่อนเลือกบริการแบบเรา', '大家選擇類似服務前，會在社團問什麼？', '大家选择类似服务前，会在群里和论坛上问什么？'),
      l('What do competitors publish, and what gets real comments from buyers?', 'คู่แข่งโพสต์อะไร และโพสต์ไหนที่ลูกค้าคอมเมนต์จริง', '競爭對手發了什麼？哪些內容真的有客戶留言？', '竞争对手发了什么？哪些内容真的有客户留言？'),
    ],
  },
  personas: [
    {
      ref: 'owner', ageBand: '40-55', journeyStage: 'consideration', slots: ['reach', 'followUp'],
      name: l('David, managing director of a 40-person company', 'คุณวิชัย เจ้าของโรงงานขนาดกลาง พนักงาน 40 คน', '陳總，40 人製造業公司的老闆', '王总，40 人制造企业的老板'),
      location: l('Replace with the region you serve', 'แทนที่ด้วยพื้นที่ที่คุณให้บริการ', '請改成你服務的地區', '请替换为你服务的地区'),
      occupation: l('Owner or managing director', 'เจ้าของกิจการหรือกรรมการผู้จัดการ', '老闆或總經理', '老板或总经理'),
      incomeBand: l('Company turnover: replace with your typical client size', 'ยอดขายบริษัท: แทนที่ด้วยขนาดลูกค้าทั่วไปของคุณ', '公司營收：請改成你常見客戶的規模', '公司营收：请替换为你常见客户的规模'),
      values: [l('Reliability', 'ความน่าเชื่อถือ', '可靠', '靠谱'), l('Value for money', 'ความคุ้มค่า', '划算', '性价比')],
      interests: [l('Growing the business', 'การขยายธุรกิจ', '讓公司成長', '企业增长')],
      motivations: [l('Fix a problem that costs him time every week', 'แก้ปัญหาที่กินเวลาเขาทุกสัปดาห์', '解決每週都在浪費他時間的問題', '解决每周都在浪费他时间的问题')],
      challenges: [l('Hard to judge who is competent before signing', 'ยากที่จะรู้ว่าใครเก่งจริงก่อนเซ็นสัญญา', '簽約前很難判斷誰真的有能力', '签约前很难判断谁真的有能力')],
      activeHours: l('Early morning and late evening', 'เช้าตรู่และค่ำ', '清晨和深夜', '早上和晚上'),
      preferredFormats: [l('Short case studies with numbers', 'กรณีศึกษาสั้นๆ ที่มีตัวเลข', '有數字的簡短案例', '有数据的简短案例')],
      follows: [l('Industry association, business news', 'สมาคมการค้า ข่าวธุรกิจ', '產業公會、商業新聞', '行业协会、商业新闻')],
      howToTalk: l('Concrete and short: the problem, what it costs, what we did for a similar company. No jargon.', 'สั้นและเป็นรูปธรรม: ปัญหาคืออะไร เสียเงินเท่าไร เราช่วยบริษัทคล้ายๆ กันได้อย่างไร ไม่ใช้ศัพท์เทคนิค', '具體簡短：問題是什麼、代價多少、我們幫類似公司做了什麼。不講術語。', '具体简短：问题是什么、代价多少、我们帮类似企业做了什么。不讲术语。'),
    },
    {
      ref: 'manager', ageBand: '28-40', journeyStage: 'awareness', slots: ['expertise', 'followUp'],
      name: l('Priya, operations manager who shortlists suppliers', 'คุณพลอย ผู้จัดการฝ่ายปฏิบัติการที่หาข้อมูลผู้ให้บริการ', '佳慧，負責評估廠商的營運經理', '李经理，负责评估供应商的运营经理'),
      location: l('Replace with the region you serve', 'แทนที่ด้วยพื้นที่ที่คุณให้บริการ', '請改成你服務的地區', '请替换为你服务的地区'),
      occupation: l('Operations, IT or finance manager', 'ผู้จัดการฝ่ายปฏิบัติการ ไอที หรือการเงิน', '營運、資訊或財務經理', '运营、IT 或财务经理'),
      incomeBand: l('Upper middle income', 'รายได้ปานกลางค่อนข้างสูง', '中高收入', '中高收入'),
      values: [l('Doing things properly', 'ทำให้ถูกต้อง', '把事情做好', '把事情做对')],
      interests: [l('Tools that save time', 'เครื่องมือที่ช่วยประหยัดเวลา', '省時間的工具', '省时间的工具')],
      motivations: [l('Bring the boss a safe choice', 'เสนอตัวเลือกที่ปลอดภัยให้เจ้านาย', '給老闆一個穩妥的選擇', '给老板一个稳妥的选择')],
      challenges: [l('Little time to research and compare', 'มีเวลาหาข้อมูลและเปรียบเทียบน้อย', '沒時間研究和比較', '没时间研究和比较')],
      activeHours: l('Lunch break and commute', 'ช่วงพักเที่ยงและเวลาเดินทาง', '午休和通勤時間', '午休和通勤时间'),
      preferredFormats: [l('Checklists', 'เช็กลิสต์', '檢查清單', '清单'), l('Explainer posts', 'โพสต์อธิบายความรู้', '知識圖文', '干货文章')],
      follows: [l('People in her field', 'คนในสายงานเดียวกัน', '同領域的人', '同领域的人')],
      howToTalk: l('Give her material she can forward to her boss: checklists, case studies with numbers, clear price ranges.', 'ให้ข้อมูลที่เธอส่งต่อให้เจ้านายได้เลย: เช็กลิสต์ กรณีศึกษาที่มีตัวเลข ช่วงราคาที่ชัดเจน', '給她可以直接轉給老闆的資料：檢查清單、有數字的案例、清楚的價格區間。', '给她可以直接转给老板的资料：清单、有数据的案例、清楚的价格区间。'),
    },
  ],
  kpis: [
    { kpi: 'leads', objective: 'enquiries', quarterlyTargets: [6, 8, 10, 12], dataSource: l('Enquiry sheet or CRM: “how did you hear about us?”', 'ตารางบันทึกลูกค้าหรือ CRM: ช่อง “รู้จักเราจากที่ไหน”', '詢問紀錄表或 CRM：「從哪裡知道我們」欄位', '咨询登记表或 CRM：“从哪里知道我们”字段') },
    { kpi: 'conversions', objective: 'meetings', quarterlyTargets: [2, 3, 3, 4], dataSource: l('Calendar and CRM: first meetings with source “social”', 'ปฏิทินและ CRM: นัดแรกที่มาจากโซเชียล', '行事曆和 CRM：來源為社群的首次會議', '日历和 CRM：来源为社交媒体的首次会谈') },
    { kpi: 'follower_growth', objective: 'followers', quarterlyTargets: [30, 30, 25, 25], dataSource: l('LinkedIn page analytics', 'สถิติเพจบน LinkedIn', 'LinkedIn 專頁分析', '公众号后台数据') },
  ],
  oneThing: {
    differentiator: l(
      'Write here, in one sentence, why a client should choose you, for example: “The only IT support firm in the city that answers within 15 minutes and speaks the language of factory managers.” Replace this text.',
      'เขียนตรงนี้ในประโยคเดียวว่าทำไมลูกค้าควรเลือกคุณ เช่น “บริษัทไอทีซัพพอร์ตเดียวในเมืองที่ตอบภายใน 15 นาทีและคุยภาษาเดียวกับผู้จัดการโรงงาน” แล้วลบข้อความนี้',
      '請用一句話寫下客戶為什麼該選你，例如：「全市唯一 15 分鐘內回應、又聽得懂工廠主管在說什麼的 IT 服務公司。」寫好後刪掉這段說明。',
      '请用一句话写下客户为什么该选你，例如：“全市唯一 15 分钟内响应、又听得懂工厂主管在说什么的 IT 服务公司。”写好后删掉这段说明。',
    ),
    proofPoints: [
      l('Replace with a client result with a number (with the client’s permission)', 'แทนที่ด้วยผลงานกับลูกค้าที่มีตัวเลข (ได้รับอนุญาตจากลูกค้าแล้ว)', '請改成有數字的客戶成果（須經客戶同意）', '请替换为有数据的客户成果（须经客户同意）'),
      l('Replace with a certification or a guarantee you give', 'แทนที่ด้วยใบรับรองหรือการรับประกันที่คุณให้', '請改成你的認證或提供的保證', '请替换为你的资质认证或提供的保障'),
    ],
    attributes: [l('Knowledge of the client’s sector', 'ความเข้าใจธุรกิจของลูกค้า', '懂客戶的產業', '懂客户的行业'), l('Response time', 'ความเร็วในการตอบ', '回應速度', '响应速度'), l('Clear pricing', 'ราคาที่ชัดเจน', '價格透明', '价格透明')],
  },
  channels: [
    {
      slot: 'expertise', personas: ['manager', 'owner'], postsPerWeek: 2, hoursPerPost: 2, hoursPerWeek: 5, kpis: [['leads', 6], ['engagement_rate', 3]],
      reason: l('Buyers and managers at our target companies are on LinkedIn; the founder’s practical posts build trust before the first call.', 'ผู้บริหารและผู้จัดการในบริษัทเป้าหมายใช้ LinkedIn โพสต์ความรู้จากผู้ก่อตั้งช่วยสร้างความไว้ใจก่อนคุยกันครั้งแรก', '目標公司的主管和經理都在 LinkedIn；創辦人的實用分享能在第一次通話前建立信任。', '目标客户的老板和经理每天看公众号；创始人写的实用文章能在第一次沟通前建立信任，读者还能直接加企业微信咨询。'),
      pillars: [l('Practical advice', 'ความรู้ที่ใช้ได้จริง', '實用建議', '实用干货'), l('Client stories', 'เรื่องจากงานลูกค้า', '客戶故事', '客户故事'), l('Behind a project', 'เบื้องหลังการทำงาน', '專案幕後', '项目幕后')],
      formats: [l('Founder posts', 'โพสต์จากผู้ก่อตั้ง', '創辦人貼文', '公众号文章'), l('Document carousels', 'สไลด์สรุปความรู้', '圖文懶人包', '视频号短视频')],
    },
    {
      slot: 'reach', personas: ['owner'], postsPerWeek: 1, hoursPerPost: 3, hoursPerWeek: 4, kpis: [['clicks', 300], ['leads', 4]],
      reason: l('Buyers search for how-to answers before they look for a supplier; short explainer videos answer them and keep working for years.', 'เจ้าของ SME ใช้ Facebook ทุกวันและถามหาผู้ให้บริการในกลุ่มธุรกิจ เพจบริษัทและการตอบคำถามในกลุ่มทำให้เราถูกแนะนำต่อ', '中小企業老闆天天滑 Facebook，也會在產業社團問推薦廠商；經營粉專、在社團認真回答問題，就會被推薦。', '采购和经理在选服务商前会上知乎搜问题；认真回答行业问题、写专栏，能长期带来精准咨询。'),
      pillars: [l('Answers to common questions', 'ตอบคำถามที่พบบ่อย', '常見問題解答', '常见问题解答'), l('Mistakes to avoid', 'ข้อผิดพลาดที่ควรเลี่ยง', '常見錯誤', '避坑指南')],
      formats: [l('5-minute explainers', 'โพสต์ตอบคำถาม', '問答貼文', '问题回答'), l('Shorts', 'คลิปสั้นอธิบาย', '短影音解說', '专栏文章')],
    },
    {
      slot: 'followUp', personas: ['owner', 'manager'], postsPerWeek: 1, hoursPerPost: 2, hoursPerWeek: 2, kpis: [['ctr', 4], ['conversions', 3]],
      reason: l('Most buyers are not ready today; a monthly e-mail keeps us in mind until they are, and shows who reads what.', 'ลูกค้าไทยชอบติดต่อทาง LINE มากกว่าอีเมล LINE OA ใช้ส่งสรุปความรู้รายเดือนให้คนที่สนใจ และนัดคุยได้ทันที', '台灣客戶習慣用 LINE 聯絡；官方帳號每月推播一則實用重點，有興趣的人可以直接預約諮詢。', '官网的案例和文章能被百度搜到，也是客户做决定前会反复看的地方；每篇都能同步到公众号。'),
      pillars: [l('Monthly round-up', 'สรุปประจำเดือน', '每月重點', '客户案例'), l('Invitation to a call', 'ชวนนัดคุย', '預約諮詢邀請', '行业观察')],
      formats: [l('Monthly e-mail', 'บรอดแคสต์รายเดือน', '每月推播', '案例文章'), l('Booking link', 'นัดหมายผ่านแชต', '一對一預約', '预约表单')],
    },
  ],
  voice: {
    weAre: [l('Clear and practical', 'ชัดเจนและใช้ได้จริง', '清楚實用', '清楚实用'), l('Confident without bragging', 'มั่นใจแต่ไม่โอ้อวด', '有自信但不自誇', '自信但不自夸'), l('Respectful of clients’ time', 'เคารพเวลาของลูกค้า', '尊重客戶的時間', '尊重客户的时间')],
    weAreNot: [l('Full of jargon', 'ใช้ศัพท์เทคนิคจนงง', '滿口術語', '满口术语'), l('Salesy', 'ขายของเกินไป', '推銷味太重', '推销味太重'), l('Vague', 'พูดกว้างๆ ไม่ชัด', '模糊空泛', '空洞')],
    vocabularyUse: [l('in practice', 'ในทางปฏิบัติ', '實際上', '实际操作中'), l('here is what we did', 'นี่คือสิ่งที่เราทำ', '我們是這樣做的', '我们是这样做的')],
    vocabularyAvoid: [l('best-in-class', 'โซลูชันครบวงจร', '一站式解決方案', '赋能'), l('world-leading', 'อันดับหนึ่ง', '業界第一', '行业第一')],
    formality: 'neutral',
    emoji: 'none',
    languageNotes: l('Plain business English; explain every acronym once.', 'ใช้ภาษาสุภาพแบบมืออาชีพ ลงท้ายครับ/ค่ะ เรียกลูกค้าว่า “คุณ” ตามด้วยชื่อ ใช้ศัพท์อังกฤษเฉพาะที่คนในวงการใช้จริง', '用專業但好懂的中文，稱呼客戶「您」；專有名詞第一次出現時附上說明。', '用专业但好懂的中文，称呼客户“您”；专业术语第一次出现时加以解释。'),
    responseTimePromiseHours: 8,
    brandPersona: l('The senior adviser who explains the problem in plain words before sending a quote.', 'ที่ปรึกษาอาวุโสที่อธิบายปัญหาด้วยภาษาง่ายๆ ก่อนส่งใบเสนอราคา', '先用白話講清楚問題、再開報價的資深顧問。', '先用大白话讲清楚问题、再报价的资深顾问。'),
  },
  governance: governanceWith(
    { kind: 'guideline', reviewInMonths: 6, title: l('Client confidentiality in posts', 'การรักษาความลับของลูกค้าในโพสต์', '貼文中的客戶保密原則', '内容中的客户保密原则'), body: l('No client name, logo, number or screenshot without written permission; examples are anonymised.', 'ห้ามใช้ชื่อ โลโก้ ตัวเลข หรือภาพหน้าจอของลูกค้าโดยไม่ได้รับอนุญาตเป็นลายลักษณ์อักษร ตัวอย่างทุกเรื่องต้องปิดชื่อ', '未經書面同意，不得出現客戶名稱、標誌、數字或截圖；舉例一律匿名。', '未经书面同意，不得出现客户名称、标志、数据或截图；举例一律匿名。') },
    { kind: 'approval_process', reviewInMonths: 6, title: l('Who approves posts', 'ขั้นตอนอนุมัติโพสต์', '發文審核流程', '发布审核流程'), body: l('Posts about a client or a price: the founder reads them first. Everyday tips: one colleague reads them.', 'โพสต์ที่พูดถึงลูกค้าหรือราคา: ผู้ก่อตั้งอ่านก่อน โพสต์ความรู้ทั่วไป: เพื่อนร่วมทีมหนึ่งคนอ่าน', '提到客戶或價格的貼文：創辦人先看過。一般知識分享：一位同事看過即可。', '涉及客户或价格的内容：创始人先审。一般知识分享：一位同事看过即可。') },
  ),
  relationships: [
    { kind: 'customer', count: 20, value: 5, slot: 'followUp', frequency: 'monthly', name: l('Current clients', 'ลูกค้าปัจจุบัน', '現有客戶', '现有客户'), context: l('Monthly round-up and a check-in call each quarter', 'สรุปรายเดือนและโทรถามไถ่ทุกไตรมาส', '每月重點整理，每季電話關心', '每月案例分享，每季度电话回访'), relevance: l('They renew, refer and agree to case studies', 'ต่อสัญญา แนะนำต่อ และยอมให้ทำกรณีศึกษา', '會續約、轉介，也願意當案例', '会续约、介绍客户，也愿意做案例'), valueReason: l('Referrals from them close fastest', 'ลูกค้าที่เขาแนะนำมาปิดการขายได้เร็วที่สุด', '他們轉介的客戶成交最快', '他们介绍的客户成交最快') },
    { kind: 'partner', count: 6, value: 4, slot: 'expertise', frequency: 'quarterly', name: l('Referral partners', 'พันธมิตรที่แนะนำลูกค้าให้กัน', '互相轉介的夥伴', '互相介绍客户的伙伴'), context: l('Comment on and share each other’s posts; a joint webinar once a year', 'คอมเมนต์และแชร์โพสต์ของกันและกัน จัดสัมมนาออนไลน์ร่วมกันปีละครั้ง', '互相留言分享，每年合辦一場線上講座', '互相评论转发，每年合办一场线上分享'), relevance: l('They meet our future clients first', 'เขาเจอลูกค้าในอนาคตของเราก่อน', '他們會比我們先遇到未來的客戶', '他们会比我们先遇到未来的客户'), valueReason: l('A warm introduction beats any ad', 'การแนะนำตัวแบบอบอุ่นได้ผลกว่าโฆษณาใดๆ', '熟人引薦勝過任何廣告', '熟人引荐胜过任何广告') },
    { kind: 'community', count: 3, value: 3, slot: 'expertise', frequency: 'quarterly', name: l('Industry associations and event organisers', 'สมาคมการค้าและผู้จัดงานสัมมนา', '產業公會與活動主辦單位', '行业协会与活动主办方'), context: l('Offer talks and share their events', 'เสนอตัวเป็นวิทยากรและแชร์งานของเขา', '主動提供講座、分享他們的活動', '主动提供分享、转发他们的活动'), relevance: l('Decision-makers gather there', 'ผู้ตัดสินใจมารวมตัวกันที่นั่น', '決策者會聚集在那裡', '决策者会聚集在那里'), valueReason: l('Speaking slots bring enquiries', 'การได้ขึ้นพูดนำลูกค้ามาหา', '上台分享就會帶來詢問', '上台分享就会带来咨询') },
  ],
};
