import { competitorToName, governanceWith } from './template-common.data.ts';
import { byMarket, l, type TemplateSpec } from './template-spec.domain.ts';

// An agency running a consumer brand for a client, with one job: make the brand better known in
// its market, with every post approved by the client. Short video is where people discover
// brands (TikTok; Instagram Reels in Taiwan; Xiaohongshu in mainland China), a second network
// carries the conversation (Instagram, Threads, Weibo) and Facebook or WeChat reaches older
// buyers and carries paid campaigns.

export const AGENCY_CLIENT: TemplateSpec = {
  slots: {
    shortVideo: byMarket('tiktok', 'tiktok', 'instagram', 'xiaohongshu'),
    conversation: byMarket('instagram', 'instagram', 'threads', 'weibo'),
    broad: byMarket('facebook', 'facebook', 'facebook', 'wechat'),
  },
  reasons: [
    { reason: 'marketing', scope: 'external', description: l('The client’s future customers discover brands on social media long before they see them on a shelf.', 'ลูกค้าในอนาคตของแบรนด์รู้จักแบรนด์ใหม่ๆ จากโซเชียลมีเดียก่อนจะเห็นบนชั้นวางสินค้า', '品牌未來的顧客，早在貨架上看到之前，就已經在社群上認識新品牌。', '品牌未来的顾客，早在货架上看到之前，就已经在社交媒体上认识新品牌。') },
    { reason: 'reputation_monitoring', scope: 'both', description: l('The client needs to know what people say about the brand and its category, and hear about problems early.', 'ลูกค้าของเอเจนซีต้องรู้ว่าคนพูดถึงแบรนด์และสินค้าประเภทนี้อย่างไร และรู้ปัญหาตั้งแต่เนิ่นๆ', '客戶需要知道大家怎麼談論品牌和這個品類，也要及早發現問題。', '客户需要知道大家怎么谈论品牌和这个品类，也要及早发现问题。') },
  ],
  goals: [
    { ref: 'awareness', type: 'awareness', priority: 'primary', description: l('Make more people in the target market know the client’s brand and what it stands for.', 'ทำให้คนในตลาดเป้าหมายรู้จักแบรนด์ของลูกค้าและสิ่งที่แบรนด์ยืนหยัดมากขึ้น', '讓目標市場更多人認識客戶的品牌，以及它代表的價值。', '让目标市场更多人认识客户的品牌，以及它代表的价值。') },
  ],
  statement: l(
    'By {deadline}, TikTok, Instagram and Facebook will take the client’s brand from 50,000 to 150,000 people reached each month and from 15% to 25% share of voice in its category, with content that shows the product in real life, approved by the client every month.',
    'ภายในวันที่ {deadline} เอเจนซีจะใช้ TikTok, Instagram และ Facebook เพิ่มการเข้าถึงของแบรนด์ลูกค้าจาก 50,000 เป็น 150,000 คนต่อเดือน และเพิ่มส่วนแบ่งการถูกพูดถึงในหมวดสินค้าจาก 15% เป็น 25% ด้วยคอนเทนต์ที่เห็นสินค้าในชีวิตจริง ซึ่งลูกค้าอนุมัติทุกเดือน',
    '{deadline}前，我們要透過 Instagram、Threads 和 Facebook，讓客戶品牌的每月觸及人數從 5 萬成長到 15 萬，品類聲量佔比從 15% 提升到 25%；內容呈現產品在真實生活中的樣子，每月經客戶核准。',
    '{deadline}前，我们要通过小红书、微博和微信，让客户品牌的每月触达人数从 5 万增长到 15 万，品类声量份额从 15% 提升到 25%；内容呈现产品在真实生活中的样子，每月经客户审核。',
  ),
  objectives: [
    {
      ref: 'reach', goal: 'awareness', baseline: 50000, target: 150000, unit: 'count', dueQuarter: 4,
      title: l('More people in the target market see the brand', 'คนในตลาดเป้าหมายเห็นแบรนด์มากขึ้น', '更多目標受眾看到品牌', '更多目标人群看到品牌'),
      metric: l('Unique people reached per month across the brand’s accounts', 'จำนวนคนที่เข้าถึง (ไม่ซ้ำ) ต่อเดือนจากทุกบัญชีของแบรนด์', '品牌所有帳號每月不重複觸及人數', '品牌所有账号每月去重触达人数'),
      description: l('Organic and paid reported separately. Replace 50,000 with the average in the client’s last three reports.', 'รายงานแยกแบบธรรมชาติและแบบโฆษณา แก้เลข 50,000 เป็นค่าเฉลี่ยจากรายงานสามเดือนล่าสุดของลูกค้า', '自然和付費分開報告。請把 5 萬改成客戶最近三份報告的平均值。', '自然流量和付费分开报告。请把 5 万改成客户最近三份报告的平均值。'),
    },
    {
      ref: 'sov', goal: 'awareness', baseline: 15, target: 25, unit: 'percent', dueQuarter: 4,
      title: l('A bigger share of the category conversation', 'ถูกพูดถึงมากขึ้นเมื่อเทียบกับคู่แข่งในหมวด', '在品類討論中佔更大聲量', '在品类讨论中占更大声量'),
      metric: l('Share of voice against the two main competitors', 'ส่วนแบ่งการถูกพูดถึงเมื่อเทียบกับคู่แข่งหลักสองราย', '相對兩大競品的聲量佔比', '相对两大竞品的声量份额'),
      description: l('Measured with the same listening tool and keywords every month. Replace 15% with the first month’s result.', 'วัดด้วยเครื่องมือ social listening และคีย์เวิร์ดชุดเดิมทุกเดือน แก้เลข 15% เป็นผลของเดือนแรก', '每月用同一套聆聽工具和關鍵字計算。請把 15% 改成第一個月的結果。', '每月用同一套舆情工具和关键词计算。请把 15% 改成第一个月的结果。'),
    },
    {
      ref: 'engagement', goal: 'awareness', baseline: 1.5, target: 3, unit: 'percent', dueQuarter: 3,
      title: l('People engage with what they see', 'คนมีส่วนร่วมกับคอนเทนต์ที่เห็น', '大家願意和內容互動', '大家愿意和内容互动'),
      metric: l('Average engagement rate of the brand’s posts', 'อัตราการมีส่วนร่วมเฉลี่ยของโพสต์แบรนด์', '品牌貼文平均互動率', '品牌内容平均互动率'),
      description: l('Interactions divided by reach, same formula every month. Replace 1.5% with the client’s current average.', 'จำนวนการมีส่วนร่วมหารด้วยการเข้าถึง ใช้สูตรเดิมทุกเดือน แก้เลข 1.5% เป็นค่าเฉลี่ยปัจจุบันของลูกค้า', '互動數除以觸及人數，每月用同一公式。請把 1.5% 改成客戶目前的平均。', '互动量除以触达人数，每月用同一公式。请把 1.5% 改成客户目前的平均值。'),
    },
  ],
  tactics: [
    { objective: 'reach', slots: ['shortVideo'], title: l('Creator seeding', 'ส่งสินค้าให้ครีเอเตอร์', '創作者體驗合作', '博主种草'), description: l('Each month, send the product to ten small creators who fit the brand; no script, and every paid post is labelled as an ad.', 'ทุกเดือน ส่งสินค้าให้ครีเอเตอร์ขนาดเล็กสิบคนที่เข้ากับแบรนด์ ไม่บังคับบท และทุกโพสต์ที่จ้างต้องระบุว่าเป็นโฆษณา', '每月寄產品給十位調性相符的小型創作者，不給腳本；有酬合作一律標示「廣告」或「合作」。', '每月给十位调性相符的小博主寄产品，不给脚本；付费合作一律标注“广告”。') },
    { objective: 'sov', slots: ['conversation'], title: l('Join the category conversation', 'เข้าไปร่วมวงคุยในหมวดสินค้า', '加入品類話題', '参与品类话题'), description: l('Twenty minutes a day replying, as the brand, to posts about the category: helpful, never a sales pitch.', 'วันละ 20 นาที ตอบโพสต์ที่พูดถึงสินค้าประเภทนี้ในนามแบรนด์ อย่างมีประโยชน์ ไม่ขายของ', '每天 20 分鐘，以品牌身分回覆品類相關的貼文：有幫助、不推銷。', '每天 20 分钟，以品牌身份回复品类相关的话题：有帮助、不硬广。') },
    { objective: 'engagement', slots: ['conversation', 'broad'], title: l('A monthly series people expect', 'ซีรีส์ประจำเดือนที่คนรอดู', '固定單元', '固定栏目'), description: l('One recurring series (for example “Ask the maker” every first Monday) so followers know what is coming.', 'มีซีรีส์ประจำหนึ่งรายการ (เช่น “ถามคนทำ” ทุกวันจันทร์แรกของเดือน) ให้ผู้ติดตามรู้ว่าจะได้ดูอะไร', '一個固定單元（例如每月第一個週一的「問問製作人」），讓粉絲知道會看到什麼。', '一个固定栏目（例如每月第一个周一的“问问产品经理”），让粉丝知道会看到什么。') },
    { objective: 'reach', slots: ['broad'], title: l('Put money behind what works', 'ลงโฆษณากับโพสต์ที่ได้ผลอยู่แล้ว', '只投放已證明有效的內容', '只投放已验证有效的内容'), description: l('Each month, the client’s paid budget goes to the two posts with the best organic engagement.', 'ทุกเดือน ใช้งบโฆษณาของลูกค้ากับสองโพสต์ที่มีส่วนร่วมแบบธรรมชาติดีที่สุด', '每月把客戶的廣告預算投在自然互動最好的兩篇貼文。', '每月把客户的投放预算用在自然互动最好的两条内容上。') },
  ],
  context: {
    segments: [
      { name: l('The client’s target consumers (from the brief)', 'กลุ่มผู้บริโภคเป้าหมายของลูกค้า (ตามบรีฟ)', '客戶的目標消費者（依 brief）', '客户的目标消费者（按 brief）'), description: l('Replace with the target group described in the client’s brief.', 'แทนที่ด้วยกลุ่มเป้าหมายตามที่เขียนในบรีฟของลูกค้า', '請改成客戶 brief 裡描述的目標族群。', '请替换为客户 brief 里描述的目标人群。') },
    ],
    marketSummary: l(
      'Rewrite this with the client’s brief: the category, who leads it, and why the brand needs to be better known now.',
      'เขียนใหม่ตามบรีฟของลูกค้า: หมวดสินค้า ใครเป็นผู้นำตลาด และทำไมแบรนด์ต้องเป็นที่รู้จักมากขึ้นตอนนี้',
      '請依客戶的 brief 改寫：品類是什麼、誰是領導品牌、為什麼品牌現在需要提升知名度。',
      '请按客户的 brief 改写：品类是什么、谁是领导品牌、为什么品牌现在需要提升知名度。',
    ),
    swot: [
      ['strength', l('The client has a real product story to tell', 'ลูกค้ามีเรื่องราวของสินค้าที่เล่าได้จริง', '客戶有真實的產品故事可以說', '客户有真实的产品故事可以讲')],
      ['weakness', l('Approvals take days, so content can miss trends', 'การอนุมัติใช้เวลาหลายวัน คอนเทนต์จึงตามเทรนด์ไม่ทัน', '審核要好幾天，內容容易錯過話題', '审核要好几天，内容容易错过热点')],
      ['opportunity', l('Short videos and creators reach people without big media budgets', 'คลิปสั้นและครีเอเตอร์เข้าถึงคนได้โดยไม่ต้องใช้งบสื่อก้อนใหญ่', '短影音和創作者不用大筆媒體預算也能觸及受眾', '短视频和博主不用大笔媒介预算也能触达人群')],
      ['threat', l('Bigger competitors outspend the brand on paid media', 'คู่แข่งรายใหญ่ทุ่มงบโฆษณามากกว่า', '大品牌競品的廣告預算比我們多', '大品牌竞品的投放预算比我们多')],
    ],
    valueProposition: l('Replace with the client’s value proposition from the brief, in one sentence.', 'แทนที่ด้วยคุณค่าของแบรนด์ลูกค้าตามบรีฟ ในประโยคเดียว', '請用一句話改成客戶 brief 中的價值主張。', '请用一句话替换为客户 brief 中的价值主张。'),
    risks: [
      { likelihood: 4, impact: 3, description: l('Slow client approvals make us miss trends.', 'ลูกค้าอนุมัติช้าจนพลาดเทรนด์', '客戶審核太慢，錯過話題。', '客户审核太慢，错过热点。'), mitigation: l('A monthly plan approved in advance and a 24-hour window for reactive posts.', 'ให้ลูกค้าอนุมัติแผนรายเดือนล่วงหน้า และตกลงกรอบอนุมัติ 24 ชั่วโมงสำหรับโพสต์ตามกระแส', '每月計畫事先核准，即時貼文約定 24 小時內審核。', '每月计划提前审批，热点内容约定 24 小时内审核。') },
      { likelihood: 2, impact: 4, description: l('A creator posts something off-brand or without an ad label.', 'ครีเอเตอร์โพสต์ไม่ตรงแบรนด์ หรือไม่ระบุว่าเป็นโฆษณา', '創作者發了不符品牌調性、或沒標示廣告的內容。', '博主发了不符合品牌调性、或没标注广告的内容。'), mitigation: l('A written brief, the labelling rule in the contract and a look before posting.', 'มีบรีฟเป็นลายลักษณ์อักษร ใส่กฎการระบุโฆษณาในสัญญา และตรวจก่อนโพสต์', '書面 brief、合約寫明標示規定、發布前先看過。', '书面 brief、合同写明标注要求、发布前先审。') },
    ],
    options: [{ title: l('Paid social from the first month', 'ลงโฆษณาตั้งแต่เดือนแรก', '第一個月就投放廣告', '第一个月就开始投放'), description: l('Decide with the client: faster reach, but organic posts first show what works.', 'ตัดสินใจร่วมกับลูกค้า: เข้าถึงเร็วขึ้น แต่โพสต์แบบธรรมชาติก่อนจะบอกได้ว่าอะไรได้ผล', '與客戶一起決定：觸及更快，但先做自然內容才知道什麼有效。', '与客户一起决定：触达更快，但先做自然内容才知道什么有效。') }],
    skills: [l('Short-video production', 'ผลิตคลิปสั้น', '短影音製作', '短视频制作'), l('Community management', 'ดูแลคอมมูนิตี้', '社群經營', '社群运营'), l('Monthly reporting', 'ทำรายงานรายเดือน', '每月成效報告', '月度数据报告')],
    headcount: 2,
    hoursPerWeek: 21,
    suppliers: [l('Replace with your video editor or production house', 'แทนที่ด้วยคนตัดต่อหรือโปรดักชันเฮาส์ที่ใช้', '請改成合作的剪輯師或製作公司', '请替换为合作的剪辑师或制作公司')],
    partners: [l('The client’s marketing team', 'ทีมการตลาดของลูกค้า', '客戶的行銷團隊', '客户的市场团队')],
  },
  listening: {
    brandTerms: [
      l('Replace with the client’s brand name and its common misspellings', 'แทนที่ด้วยชื่อแบรนด์ของลูกค้าและคำที่คนมักสะกดผิด', '請改成客戶的品牌名稱和常見錯字', '请替换为客户的品牌名称和常见错别字'),
      l('Replace with the campaign hashtag', 'แทนที่ด้วยแฮชแท็กของแคมเปญ', '請改成活動主題標籤', '请替换为活动话题标签'),
    ],
    competitors: [
      competitorToName('compA', l('Competitor A: replace with the client’s main competitor', 'คู่แข่ง ก: แทนที่ด้วยคู่แข่งหลักของแบรนด์ลูกค้า', '競爭對手 A：請改成客戶的主要競品', '竞争对手 A：请替换为客户的主要竞品')),
      competitorToName('compB', l('Competitor B: replace with the brand the audience mentions most in the category', 'คู่แข่ง ข: แทนที่ด้วยแบรนด์ที่กลุ่มเป้าหมายพูดถึงมากที่สุดในหมวดนี้', '競爭對手 B：請改成受眾在這個品類最常提到的品牌', '竞争对手 B：请替换为目标人群在这个品类最常提到的品牌')),
    ],
    categoryTerms: [l('Replace with the category, e.g. “plant-based milk”', 'แทนที่ด้วยหมวดสินค้า เช่น “นมจากพืช”', '請改成品類，例如「植物奶」', '请替换为品类，例如“植物奶”')],
    topicTerms: [l('Replace with the lifestyle topics the brand fits, e.g. “healthy breakfast”', 'แทนที่ด้วยไลฟ์สไตล์ที่เข้ากับแบรนด์ เช่น “อาหารเช้าเพื่อสุขภาพ”', '請改成品牌適合的生活話題，例如「健康早餐」', '请替换为品牌适合的生活话题，例如“健康早餐”')],
    questions: [
      l('How do people describe the category, and which brands come to mind first?', 'คนพูดถึงสินค้าประเภทนี้อย่างไร และนึกถึงแบรนด์ไหนก่อน', '大家怎麼形容這個品類？最先想到哪些品牌？', '大家怎么形容这个品类？最先想到哪些品牌？'),
      l('What do people say about the client’s brand without being asked?', 'คนพูดถึงแบรนด์ลูกค้าว่าอย่างไรเมื่อไม่มีใครถาม', '沒有人問的時候，大家自發怎麼談客戶的品牌？', '在没人问的时候，大家自发怎么谈客户的品牌？'),
      l('Which creators does the audience trust in this category?', 'กลุ่มเป้าหมายเชื่อครีเอเตอร์คนไหนในหมวดนี้', '受眾在這個品類信任哪些創作者？', '目标人群在这个品类信任哪些博主？'),
    ],
  },
  personas: [
    {
      ref: 'discoverer', ageBand: '20-29', journeyStage: 'awareness', slots: ['shortVideo', 'conversation'],
      name: l('Jess, 24, tries the brands she sees in short videos', 'มิ้นท์ 24 ปี ลองแบรนด์ใหม่ที่เห็นใน TikTok', '小安，24 歲，看 IG 決定要試什麼新品牌', '安安，24 岁，看小红书决定试什么新品牌'),
      location: l('Big cities of the target market', 'เมืองใหญ่ในตลาดเป้าหมาย', '目標市場的大城市', '目标市场的一二线城市'),
      occupation: l('First job', 'คนเพิ่งเริ่มทำงาน', '社會新鮮人', '职场新人'),
      incomeBand: l('Lower to middle income', 'รายได้น้อยถึงปานกลาง', '中低收入', '中低收入'),
      values: [l('Trying new things', 'ชอบลองของใหม่', '嘗鮮', '尝鲜'), l('Authenticity', 'ความจริงใจ', '真實', '真实')],
      interests: [l('Food, beauty, travel', 'อาหาร ความสวยความงาม ท่องเที่ยว', '美食、美妝、旅行', '美食、美妆、旅行')],
      motivations: [l('Find something new before her friends do', 'เจอของใหม่ก่อนเพื่อน', '比朋友早一步發現新東西', '比朋友早一步发现新东西')],
      challenges: [l('Sick of ads that look like ads', 'เบื่อโฆษณาที่ดูออกว่าเป็นโฆษณา', '受不了一看就是廣告的內容', '受不了一看就是广告的内容')],
      activeHours: l('9 pm to midnight', '21:00-24:00', '晚上 9 點到半夜', '晚上 9 点到半夜'),
      preferredFormats: [l('Short videos', 'คลิปสั้น', '短影音', '短视频'), l('Honest reviews', 'รีวิวจริงใจ', '真心評價', '真实测评')],
      follows: [l('Lifestyle creators', 'ครีเอเตอร์สายไลฟ์สไตล์', '生活風格創作者', '生活方式博主')],
      howToTalk: l('Light, quick and real: show the product in her life in the first two seconds.', 'เบาๆ เร็วๆ และจริงใจ ให้เห็นสินค้าในชีวิตของเธอภายในสองวินาทีแรก', '輕鬆、快速、真實：前兩秒就讓她看到產品出現在生活裡。', '轻松、快速、真实：前两秒就让她看到产品出现在生活里。'),
    },
    {
      ref: 'parent', ageBand: '35-45', journeyStage: 'consideration', slots: ['broad', 'conversation'],
      name: l('Mark, 38, a parent who asks friends before trying something new', 'คุณแม่ปุ้ย 38 ปี ถามในกลุ่มแม่ๆ ก่อนลองของใหม่', '王媽媽，38 歲，買新東西前會先在社團問', '陈妈妈，38 岁，买新东西前会先在微信群里问'),
      location: l('Cities and suburbs of the target market', 'ในเมืองและปริมณฑลของตลาดเป้าหมาย', '目標市場的城市與郊區', '目标市场的城市与近郊'),
      occupation: l('Working parent', 'พ่อแม่ที่ทำงานประจำ', '雙薪家庭家長', '双职工家长'),
      incomeBand: l('Middle income', 'รายได้ปานกลาง', '中等收入', '中等收入'),
      values: [l('Safety', 'ความปลอดภัย', '安心', '安心'), l('Value for the family', 'ความคุ้มค่าสำหรับครอบครัว', '對家人划算', '对家人划算')],
      interests: [l('Family, home, health', 'ครอบครัว บ้าน สุขภาพ', '家庭、居家、健康', '家庭、居家、健康')],
      motivations: [l('Choose something the whole family will like', 'เลือกของที่ทั้งบ้านชอบ', '挑全家都會喜歡的東西', '挑全家都会喜欢的东西')],
      challenges: [l('Doesn’t trust new brands without a friend’s word', 'ไม่เชื่อแบรนด์ใหม่ถ้าไม่มีคนรู้จักยืนยัน', '沒有朋友推薦就不太相信新品牌', '没有熟人推荐就不太相信新品牌')],
      activeHours: l('Lunchtime and after the children’s bedtime', 'ช่วงพักเที่ยงและหลังลูกเข้านอน', '午休和小孩睡著之後', '午休和孩子睡着之后'),
      preferredFormats: [l('Posts in parents’ groups', 'โพสต์ในกลุ่มแม่ๆ', '親子社團貼文', '妈妈群分享')],
      follows: [l('Parenting pages', 'เพจเลี้ยงลูก', '親子粉專', '育儿公众号')],
      howToTalk: l('Reassuring and practical: ingredients, price, where to buy, what other parents say.', 'ให้ความมั่นใจและเป็นประโยชน์: ส่วนผสม ราคา ซื้อที่ไหน และพ่อแม่คนอื่นว่าอย่างไร', '讓人安心又實用：成分、價格、哪裡買、其他家長怎麼說。', '让人安心又实用：成分、价格、哪里买、其他家长怎么说。'),
    },
  ],
  kpis: [
    { kpi: 'reach', objective: 'reach', quarterlyTargets: [80000, 100000, 125000, 150000], dataSource: l('Native analytics of each network, exported monthly', 'สถิติจากแต่ละแพลตฟอร์ม ดึงออกมาทุกเดือน', '各平台後台數據，每月匯出', '各平台后台数据，每月导出') },
    { kpi: 'share_of_voice', objective: 'sov', quarterlyTargets: [17, 20, 22, 25], dataSource: l('Listening tool report agreed with the client', 'รายงานจากเครื่องมือ social listening ที่ตกลงกับลูกค้า', '與客戶約定的聆聽工具報告', '与客户约定的舆情监测工具报告') },
    { kpi: 'engagement_rate', objective: 'engagement', quarterlyTargets: [2, 2.5, 3, 3], dataSource: l('Native analytics, same formula every month', 'สถิติจากแพลตฟอร์ม ใช้สูตรเดียวกันทุกเดือน', '平台後台數據，每月同一公式', '平台后台数据，每月同一公式') },
  ],
  oneThing: {
    differentiator: l(
      'Write here, in one sentence agreed with the client, the one thing the brand can claim and prove, for example: “The only oat milk made from oats grown in our own country.” Replace this text.',
      'เขียนตรงนี้ในประโยคเดียวที่ตกลงกับลูกค้าแล้ว ว่าแบรนด์มีอะไรที่พูดได้และพิสูจน์ได้ เช่น “นมข้าวโอ๊ตเจ้าเดียวที่ใช้ข้าวโอ๊ตปลูกในประเทศ” แล้วลบข้อความนี้',
      '請用一句和客戶確認過的話，寫下品牌能宣稱又能證明的獨特之處，例如：「唯一使用台灣在地燕麥的燕麥奶。」寫好後刪掉這段說明。',
      '请用一句和客户确认过的话，写下品牌能宣称又能证明的独特之处，例如：“唯一使用国产燕麦的燕麦奶。”写好后删掉这段说明。',
    ),
    proofPoints: [l('Replace with the client’s proof (test results, awards, origin), checked by the client’s legal team', 'แทนที่ด้วยหลักฐานของลูกค้า (ผลทดสอบ รางวัล แหล่งที่มา) ที่ฝ่ายกฎหมายของลูกค้าตรวจแล้ว', '請改成客戶的佐證（檢驗結果、獎項、產地），並經客戶法務確認', '请替换为客户的佐证（检测结果、奖项、产地），并经客户法务确认')],
    attributes: [l('Brand recognition', 'การเป็นที่รู้จัก', '品牌辨識度', '品牌认知度'), l('Product story', 'เรื่องราวของสินค้า', '產品故事', '产品故事'), l('Content quality', 'คุณภาพคอนเทนต์', '內容品質', '内容质量')],
  },
  channels: [
    {
      slot: 'shortVideo', personas: ['discoverer'], postsPerWeek: 4, hoursPerPost: 2.5, hoursPerWeek: 10, kpis: [['reach', 80000], ['engagement_rate', 4]],
      reason: l('The target audience discovers new brands in short videos; TikTok shows them to people who don’t follow the brand yet.', 'กลุ่มเป้าหมายรู้จักแบรนด์ใหม่จากคลิปสั้น TikTok พาคอนเทนต์ไปถึงคนที่ยังไม่ได้ติดตามแบรนด์', '台灣年輕族群在 IG 的 Reels 和限動發現新品牌；演算法會把內容推給還沒追蹤的人。', '年轻消费者在小红书上被“种草”新品牌；笔记能被搜索到，能长期带来曝光。'),
      pillars: [l('The product in real life', 'สินค้าในชีวิตจริง', '產品在真實生活裡', '产品在真实生活里'), l('Trends the brand can join honestly', 'เทรนด์ที่แบรนด์เข้าร่วมได้อย่างจริงใจ', '品牌能自然參與的話題', '品牌能自然参与的热点'), l('Creators’ takes', 'มุมมองของครีเอเตอร์', '創作者觀點', '博主测评')],
      formats: [l('Videos of 15-30 seconds', 'คลิป 15-30 วินาที', 'Reels 15-30 秒', '图文笔记'), l('Creator collaborations', 'คอลแลบกับครีเอเตอร์', '創作者合作', '博主合作笔记')],
    },
    {
      slot: 'conversation', personas: ['discoverer', 'parent'], postsPerWeek: 4, hoursPerPost: 1.5, hoursPerWeek: 7, kpis: [['engagement', 3000], ['share_of_voice', 20]],
      reason: l('Where people check a brand after hearing about it: the grid and Stories must show what it stands for.', 'คนเข้ามาดู Instagram หลังได้ยินชื่อแบรนด์ ฟีดและสตอรี่ต้องบอกว่าแบรนด์เป็นใคร', 'Threads 在台灣討論度很高；品牌用輕鬆的文字和網友互動，能快速累積好感和聲量。', '微博是话题和热搜发生的地方；品牌参与相关话题、和网友互动，能提升声量。'),
      pillars: [l('What the brand stands for', 'สิ่งที่แบรนด์ยึดถือ', '品牌理念', '品牌理念'), l('Behind the product', 'เบื้องหลังสินค้า', '產品幕後', '产品幕后'), l('Replies to the community', 'ตอบคอมเมนต์ของคอมมูนิตี้', '回覆網友', '回复网友')],
      formats: [l('Carousels', 'คารูเซล', '短文串', '话题微博'), l('Stories', 'สตอรี่', '回覆互動', '评论互动')],
    },
    {
      slot: 'broad', personas: ['parent'], postsPerWeek: 3, hoursPerPost: 1, hoursPerWeek: 4, kpis: [['reach', 40000], ['engagement', 1500]],
      reason: l('Older buyers and parents’ groups talk about brands on Facebook, and it carries the paid campaigns.', 'คนไทยทุกวัยยังอยู่บน Facebook กลุ่มแม่ๆ และกลุ่มรีวิวคือที่ที่คนถามหาแบรนด์ และเพจเป็นฐานของแคมเปญโฆษณา', '30 歲以上和家長族群仍在 Facebook 社團討論品牌，粉專也是廣告投放的基地。', '30 岁以上和家长人群在公众号、视频号和微信群里讨论品牌；公众号文章适合把品牌故事讲清楚。'),
      pillars: [l('The brand story', 'เรื่องราวของแบรนด์', '品牌故事', '品牌故事'), l('Tips for families', 'เคล็ดลับสำหรับครอบครัว', '家庭小撇步', '家庭小妙招')],
      formats: [l('Photo posts', 'โพสต์รูปภาพ', '圖文貼文', '公众号文章'), l('Paid campaigns', 'แคมเปญโฆษณา', '廣告活動', '视频号短视频')],
    },
  ],
  voice: {
    weAre: [l('Warm and upbeat', 'อบอุ่นและสดใส', '溫暖有活力', '温暖有活力'), l('Curious', 'ช่างสงสัย', '充滿好奇', '充满好奇'), l('Clear about what the product does', 'บอกชัดว่าสินค้าทำอะไรได้', '清楚說明產品能做什麼', '清楚说明产品能做什么')],
    weAreNot: [l('Sarcastic', 'ประชดประชัน', '酸言酸語', '阴阳怪气'), l('Copying memes without a point', 'เล่นมีมตามกระแสโดยไม่มีประเด็น', '為跟風而跟風', '为蹭热点而蹭热点'), l('Making claims we can’t prove', 'อ้างสรรพคุณที่พิสูจน์ไม่ได้', '誇大無法證明的功效', '夸大无法证明的功效')],
    vocabularyUse: [l('Replace with the words from the client’s brand book', 'แทนที่ด้วยคำจากแบรนด์บุ๊กของลูกค้า', '請改成客戶品牌手冊裡的用詞', '请替换为客户品牌手册里的用词')],
    vocabularyAvoid: [l('Competitors’ names', 'ชื่อคู่แข่ง', '競品名稱', '竞品名称'), l('Health claims the client has not approved', 'สรรพคุณด้านสุขภาพที่ลูกค้ายังไม่อนุมัติ', '客戶未核准的健康功效', '客户未批准的功效宣称')],
    formality: 'casual',
    emoji: 'sparing',
    languageNotes: l('Follow the client’s brand book; in replies, sign with the community manager’s first name.', 'ใช้ภาษาสนุกแต่สุภาพ ลงท้าย “นะคะ/นะครับ” ได้ ตอบคอมเมนต์แบบเป็นกันเองเหมือนแอดมินที่มีตัวตน', '語氣輕鬆有梗但不酸人；回覆留言像一位有個性的小編。', '语气轻松有趣但不阴阳怪气；回复评论像一位有个性的小编。'),
    responseTimePromiseHours: 2,
    brandPersona: l('Replace with the client’s brand persona, for example “the friend who always knows the new place to try”.', 'แทนที่ด้วยบุคลิกแบรนด์ของลูกค้า เช่น “เพื่อนที่รู้เสมอว่ามีร้านใหม่ที่ไหนน่าลอง”', '請改成客戶的品牌人設，例如「總是知道哪裡有新店可以試的朋友」。', '请替换为客户的品牌人设，例如“总能找到新店的朋友”。'),
  },
  governance: governanceWith(
    { kind: 'guideline', reviewInMonths: 6, title: l('Brand book and ad labels', 'แบรนด์บุ๊กและการระบุโฆษณา', '品牌手冊與廣告標示', '品牌手册与广告标注'), body: l('Follow the client’s brand book; paid partnerships are always labelled (#ad, “paid partnership”).', 'ทำตามแบรนด์บุ๊กของลูกค้า และทุกโพสต์ที่จ้างต้องระบุชัดว่าเป็นโฆษณาหรือได้รับการสนับสนุน', '遵守客戶的品牌手冊；有酬合作一律標示「廣告」或「合作」。', '遵守客户的品牌手册；付费合作一律标注“广告”。') },
    { kind: 'approval_process', reviewInMonths: 3, title: l('Client approval flow', 'ขั้นตอนอนุมัติกับลูกค้า', '客戶審核流程', '客户审核流程'), body: l('The monthly plan is approved by the client by the 25th; reactive posts within 24 hours by the client’s named contact; crisis replies always by the client.', 'ลูกค้าอนุมัติแผนรายเดือนภายในวันที่ 25 โพสต์ตามกระแสอนุมัติภายใน 24 ชั่วโมงโดยผู้ติดต่อที่ลูกค้ากำหนด และคำตอบช่วงวิกฤตต้องมาจากลูกค้าเสมอ', '每月計畫於 25 號前由客戶核准；即時貼文由客戶指定窗口 24 小時內核准；危機回覆一律由客戶決定。', '每月计划于 25 号前由客户审批；热点内容由客户指定对接人 24 小时内审批；危机回复一律由客户决定。') },
  ),
  relationships: [
    { kind: 'influencer', count: 10, value: 4, slot: 'shortVideo', frequency: 'monthly', name: l('Creators in the category', 'ครีเอเตอร์ในหมวดสินค้า', '品類相關的創作者', '品类相关的博主'), context: l('Product seeding and one paid collaboration a quarter', 'ส่งสินค้าให้ลองและจ้างคอลแลบไตรมาสละครั้ง', '寄送產品體驗，每季一次有酬合作', '寄样体验，每季度一次付费合作'), relevance: l('The audience trusts them more than the brand', 'กลุ่มเป้าหมายเชื่อพวกเขามากกว่าแบรนด์', '受眾信任他們勝過品牌', '目标人群信任他们胜过品牌'), valueReason: l('Their posts reach people the brand cannot', 'โพสต์ของเขาเข้าถึงคนที่แบรนด์เข้าไม่ถึง', '他們觸及得到品牌觸及不到的人', '他们能触达品牌触达不到的人') },
    { kind: 'customer', count: 50, value: 4, slot: 'conversation', frequency: 'weekly', name: l('Fans who comment often', 'แฟนๆ ที่คอมเมนต์บ่อย', '常留言的鐵粉', '常互动的铁粉'), context: l('Replies, reposts of their content with permission', 'ตอบคอมเมนต์และรีโพสต์คอนเทนต์ของเขาเมื่อได้รับอนุญาต', '回覆留言，經同意後轉發他們的內容', '回复评论，经同意后转发他们的内容'), relevance: l('They defend and recommend the brand', 'ช่วยปกป้องและบอกต่อแบรนด์', '會替品牌說話、推薦品牌', '会为品牌说话、推荐品牌'), valueReason: l('Real voices make the brand credible', 'เสียงจริงทำให้แบรนด์น่าเชื่อถือ', '真實的聲音讓品牌更可信', '真实的声音让品牌更可信') },
    { kind: 'media', count: 5, value: 3, slot: 'broad', frequency: 'monthly', name: l('Category media and review pages', 'สื่อและเพจรีวิวในหมวดนี้', '品類媒體與評測粉專', '品类媒体与测评账号'), context: l('News of launches and samples', 'ส่งข่าวเปิดตัวและตัวอย่างสินค้า', '提供新品消息和試用品', '提供新品消息和试用装'), relevance: l('They shape what the category talks about', 'กำหนดว่าคนในหมวดนี้คุยเรื่องอะไร', '他們決定品類的話題風向', '他们影响品类的话题风向'), valueReason: l('Coverage lends credibility to the ads', 'การลงข่าวช่วยให้โฆษณาน่าเชื่อขึ้น', '媒體報導讓廣告更有說服力', '媒体报道让广告更有说服力') },
  ],
};
