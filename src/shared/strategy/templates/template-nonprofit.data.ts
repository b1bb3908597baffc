import { competitorToName, governanceWith } from './template-common.data.ts';
import { byMarket, l, type TemplateSpec } from './template-spec.domain.ts';

// A small nonprofit run by a few staff and volunteers that needs monthly donors and volunteers.
// Donors read stories on Facebook (WeChat official accounts in mainland China); younger
// supporters follow causes on Instagram (Weibo's charity topics in China); supporters hear back
// by e-mail, on LINE, or through Tencent's charity platform and its 99 Giving Day.

export const NONPROFIT: TemplateSpec = {
  slots: {
    stories: byMarket('facebook', 'facebook', 'facebook', 'wechat'),
    young: byMarket('instagram', 'instagram', 'instagram', 'weibo'),
    supporters: byMarket('newsletter', 'line_oa', 'line_oa', 'other'),
  },
  reasons: [
    { reason: 'marketing', scope: 'external', description: l('People decide whom to support from the stories they see on social media.', 'คนตัดสินใจว่าจะช่วยใครจากเรื่องราวที่เห็นในโซเชียลมีเดีย', '大家是看了社群上的故事，才決定要支持誰。', '大家是看了社交媒体上的故事，才决定要支持谁。') },
    { reason: 'partner_collaboration', scope: 'external', description: l('Volunteers, partner groups and donors organise with us through chats and groups.', 'อาสาสมัคร องค์กรพันธมิตร และผู้บริจาคประสานงานกับเราผ่านแชตและกลุ่ม', '志工、合作團體和捐款人都透過聊天群組和我們聯繫。', '志愿者、合作机构和捐赠人都通过微信群和我们联系。') },
    { reason: 'reputation_monitoring', scope: 'both', description: l('Donors must be able to trust us: we hear and answer questions about money and results quickly.', 'ผู้บริจาคต้องไว้ใจเราได้ เราต้องรู้และตอบคำถามเรื่องเงินและผลงานอย่างรวดเร็ว', '捐款人必須能信任我們：關於經費和成果的疑問，要很快聽到、很快回答。', '捐赠人必须能信任我们：关于善款和成效的疑问，要很快听到、很快回答。') },
  ],
  goals: [
    { ref: 'giving', type: 'crowdsourced_investment', priority: 'primary', description: l('Grow the number of people who give money and time, through stories that show what their help does.', 'เพิ่มจำนวนคนที่บริจาคเงินและเวลา ด้วยเรื่องราวที่ทำให้เห็นว่าความช่วยเหลือของเขาเปลี่ยนอะไรได้', '透過讓人看見「幫助帶來什麼改變」的故事，增加願意捐錢、捐時間的人。', '通过让人看见“帮助带来什么改变”的故事，增加愿意捐钱、捐时间的人。') },
    { ref: 'known', type: 'awareness', priority: 'secondary', description: l('More people in our area know the cause and our work.', 'คนในพื้นที่รู้จักประเด็นที่เราทำงานและผลงานของเรามากขึ้น', '讓更多在地人認識這個議題和我們的工作。', '让更多本地人了解这个议题和我们的工作。') },
  ],
  statement: l(
    'By {deadline}, Facebook, Instagram and our newsletter will bring 40 new monthly donors a quarter (10 today) and 15 volunteer sign-ups a month, by showing every month what one gift and one volunteer day changed.',
    'ภายในวันที่ {deadline} องค์กรจะใช้ Facebook, Instagram และ LINE OA เพิ่มผู้บริจาครายเดือนรายใหม่จาก 10 เป็น 40 คนต่อไตรมาส และมีผู้สมัครอาสา 15 คนต่อเดือน ด้วยการเล่าทุกเดือนว่าเงินบริจาคหนึ่งครั้งและงานอาสาหนึ่งวันเปลี่ยนอะไรได้บ้าง',
    '{deadline}前，我們要透過 Facebook、Instagram 和 LINE 官方帳號，讓每季新增的定期定額捐款人從 10 位增加到 40 位，每月有 15 人報名志工；做法是每個月讓大家看見一筆捐款、一天志工服務帶來的改變。',
    '{deadline}前，我们要通过微信公众号、微博和腾讯公益，让每季度新增的月捐人从 10 位增加到 40 位，每月有 15 人报名志愿者；做法是每个月让大家看见一笔捐款、一天志愿服务带来的改变。',
  ),
  objectives: [
    {
      ref: 'donors', goal: 'giving', baseline: 10, target: 40, unit: 'count', dueQuarter: 4,
      title: l('More monthly donors', 'ผู้บริจาครายเดือนเพิ่มขึ้น', '更多定期定額捐款人', '更多月捐人'),
      metric: l('New monthly donors per quarter who found us on social media', 'ผู้บริจาครายเดือนรายใหม่ต่อไตรมาสที่รู้จักเราจากโซเชียล', '每季經由社群認識我們的新增定期定額捐款人', '每季度通过社交媒体认识我们的新增月捐人'),
      description: l('Ask on the donation form “how did you hear about us?”. Replace 10 with last quarter’s number.', 'ถามในแบบฟอร์มบริจาคว่า “รู้จักเราจากที่ไหน” แก้เลข 10 เป็นตัวเลขไตรมาสที่แล้ว', '在捐款表單問「您從哪裡知道我們？」。請把 10 改成上一季的數字。', '在捐赠页面问“您从哪里知道我们？”。请把 10 改成上个季度的数字。'),
    },
    {
      ref: 'volunteers', goal: 'giving', baseline: 5, target: 15, unit: 'count', dueQuarter: 4,
      title: l('More volunteers sign up', 'มีคนสมัครเป็นอาสาสมัครมากขึ้น', '更多人報名當志工', '更多人报名当志愿者'),
      metric: l('Volunteer sign-ups per month from social media', 'จำนวนผู้สมัครอาสาต่อเดือนที่มาจากโซเชียล', '每月來自社群的志工報名數', '每月来自社交媒体的志愿者报名数'),
      description: l('Count sign-ups through the form linked in posts. Replace 5 with your current average.', 'นับจากแบบฟอร์มที่แนบในโพสต์ แก้เลข 5 เป็นค่าเฉลี่ยตอนนี้', '以貼文附的報名表計算。請把 5 改成目前的平均。', '以内容里附的报名表统计。请把 5 改成目前的平均值。'),
    },
    {
      ref: 'seen', goal: 'known', baseline: 8000, target: 25000, unit: 'count', dueQuarter: 3,
      title: l('More people see our stories', 'คนเห็นเรื่องราวของเรามากขึ้น', '更多人看到我們的故事', '更多人看到我们的故事'),
      metric: l('People reached per month', 'จำนวนคนที่เข้าถึงต่อเดือน', '每月觸及人數', '每月触达人数'),
      description: l('From the networks’ own statistics. Replace 8,000 with your current monthly reach.', 'ดูจากสถิติของแต่ละแพลตฟอร์ม แก้เลข 8,000 เป็นการเข้าถึงต่อเดือนตอนนี้', '以各平台後台數據為準。請把 8,000 改成目前的每月觸及。', '以各平台后台数据为准。请把 8,000 改成目前的每月触达。'),
    },
  ],
  tactics: [
    { objective: 'donors', slots: ['stories', 'supporters'], title: l('One story a month, with its cost', 'เดือนละหนึ่งเรื่อง พร้อมบอกค่าใช้จ่าย', '每月一個故事，說清楚花了多少', '每月一个故事，讲清楚花了多少'), description: l('Each month, the story of one person helped, what that help cost and a button to give monthly.', 'ทุกเดือน เล่าเรื่องของคนหนึ่งคนที่ได้รับความช่วยเหลือ ค่าใช้จ่ายของความช่วยเหลือนั้น และปุ่มบริจาครายเดือน', '每月分享一位受助者的故事、那份幫助的花費，並附上定期定額捐款按鈕。', '每月分享一位受助者的故事、那份帮助的花费，并附上月捐入口。') },
    { objective: 'volunteers', slots: ['young'], title: l('Volunteer day videos', 'คลิปวันทำงานอาสา', '志工日短影音', '志愿者日短视频'), description: l('Film every volunteer day; each video ends with the date of the next one and how to sign up.', 'ถ่ายคลิปทุกวันทำงานอาสา จบด้วยวันของครั้งถัดไปและวิธีสมัคร', '每次志工日都拍影片，結尾放下一次的日期和報名方式。', '每次志愿者活动都拍视频，结尾放下一次的日期和报名方式。') },
    { objective: 'seen', slots: ['stories'], title: l('Where your money went', 'เงินบริจาคไปไหน', '您的捐款去了哪裡', '您的善款去了哪里'), description: l('Every quarter, one post with simple numbers: money in, money out, results.', 'ทุกไตรมาส หนึ่งโพสต์ที่มีตัวเลขง่ายๆ: รายรับ รายจ่าย และผลลัพธ์', '每季一篇，用簡單的數字說明收入、支出和成果。', '每季度一篇，用简单的数字说明收入、支出和成效。') },
    { objective: 'donors', slots: ['supporters', 'stories'], title: l('Giving Tuesday campaign', 'แคมเปญบริจาคปลายปีเพื่อลดหย่อนภาษี', '年底捐款抵稅季募款', '99公益日集中募款'), description: l('One campaign a year around Giving Tuesday, with a clear target and daily progress.', 'แคมเปญปีละครั้งช่วงปลายปีที่คนหาที่บริจาคเพื่อลดหย่อนภาษี มีเป้าหมายชัดและอัปเดตความคืบหน้าทุกวัน', '每年年底捐款抵稅季辦一次募款，目標清楚、每天更新進度。', '每年 99 公益日集中募款，争取配捐，目标清楚、每天更新进度。') },
  ],
  context: {
    segments: [
      { name: l('Individual donors', 'ผู้บริจาครายบุคคล', '個人捐款人', '个人捐赠人'), description: l('Give small amounts regularly to a cause they can see results of.', 'บริจาคครั้งละไม่มากแต่สม่ำเสมอ ให้ประเด็นที่เห็นผลชัด', '小額但穩定地捐給看得到成果的議題。', '小额但稳定地捐给看得到成效的议题。') },
      { name: l('Volunteers', 'อาสาสมัคร', '志工', '志愿者'), description: l('Students and young workers who want to help with their hands.', 'นักศึกษาและคนทำงานรุ่นใหม่ที่อยากลงมือช่วยจริง', '想親自動手幫忙的學生和年輕上班族。', '想亲自动手帮忙的学生和年轻上班族。') },
      { name: l('Companies with community budgets', 'บริษัทที่มีงบ CSR', '有企業社會責任預算的公司', '有公益预算的企业'), description: l('Look for partners they can trust and report on.', 'มองหาองค์กรพันธมิตรที่ไว้ใจได้และรายงานผลได้', '在找值得信任、能交代成果的合作對象。', '在找值得信任、能交代成效的合作对象。') },
    ],
    marketSummary: l(
      'People give to causes they trust and whose results they can see. Many small organisations compete for attention, and trust is won by showing where the money goes. Rewrite this with your own cause and area.',
      'คนบริจาคให้องค์กรที่ไว้ใจและเห็นผลงานชัด มีองค์กรเล็กๆ จำนวนมากแย่งความสนใจกันอยู่ และความไว้ใจมาจากการแสดงให้เห็นว่าเงินไปที่ไหน เขียนใหม่ให้ตรงกับประเด็นและพื้นที่ขององค์กรคุณ',
      '大家會捐給信任、看得到成果的組織。很多小團體在爭取關注，而信任來自讓人看見錢用在哪裡。請依你的議題和地區改寫。',
      '大家会捐给信任、看得到成效的机构。很多小机构在争取关注，而信任来自让人看见钱用在哪里。请按你的议题和地区改写。',
    ),
    swot: [
      ['strength', l('Real stories from the field every week', 'มีเรื่องจริงจากพื้นที่ทุกสัปดาห์', '每週都有第一線的真實故事', '每周都有一线的真实故事')],
      ['weakness', l('Nobody works on communication full time', 'ไม่มีใครดูแลงานสื่อสารเต็มเวลา', '沒有專職的溝通人員', '没有专职的传播人员')],
      ['opportunity', l('Year-end giving season, when people look for a cause', 'ช่วงปลายปีที่คนหาที่บริจาคเพื่อลดหย่อนภาษี', '年底報稅前，大家會找地方捐款', '99 公益日期间有配捐，捐款意愿最高')],
      ['threat', l('Scandals at other charities make donors wary', 'ข่าวฉาวขององค์กรอื่นทำให้ผู้บริจาคระแวง', '其他團體的醜聞讓捐款人更謹慎', '其他机构的负面新闻让捐赠人更谨慎')],
    ],
    valueProposition: l(
      'Every gift goes to work in our area within a month, and we show you what it did. Rewrite this in your own words.',
      'เงินบริจาคทุกบาทถูกใช้ในพื้นที่ภายในหนึ่งเดือน และเราจะแสดงให้เห็นว่าเงินนั้นช่วยอะไรได้ เขียนใหม่ด้วยคำขององค์กรคุณเอง',
      '每一筆捐款都會在一個月內用在在地，我們也會讓您看到它帶來的改變。請用你們自己的話改寫。',
      '每一笔善款都会在一个月内用在本地，我们也会让您看到它带来的改变。请用你们自己的话改写。',
    ),
    risks: [
      { likelihood: 2, impact: 5, description: l('A story is shared without the consent of the person shown.', 'โพสต์เรื่องราวโดยไม่ได้รับความยินยอมจากคนในภาพ', '未經當事人同意就分享他的故事。', '未经当事人同意就分享他的故事。'), mitigation: l('Written consent before any story; children’s faces blurred unless a parent agrees.', 'ขอความยินยอมเป็นลายลักษณ์อักษรก่อนเล่าเรื่อง เบลอหน้าเด็กเว้นแต่ผู้ปกครองยินยอม', '分享前取得書面同意；兒童臉部一律模糊，除非家長同意。', '分享前取得书面同意；儿童面部一律打码，除非家长同意。') },
      { likelihood: 3, impact: 4, description: l('Only one volunteer posts, and stops.', 'มีอาสาแค่คนเดียวที่โพสต์ แล้วเขาก็หยุดไป', '只有一位志工在發文，他一停就停了。', '只有一位志愿者在发内容，他一停就停了。'), mitigation: l('Two people trained to post, and a content plan a month ahead.', 'อบรมคนโพสต์อย่างน้อยสองคน และวางแผนคอนเทนต์ล่วงหน้าหนึ่งเดือน', '至少培訓兩個人發文，內容提前一個月規劃。', '至少培训两个人发内容，内容提前一个月规划。') },
    ],
    options: [{ title: l('Paid ads for the year-end campaign', 'ลงโฆษณาสำหรับแคมเปญปลายปี', '年底募款投放廣告', '公益日期间投放广告'), description: l('Only if a sponsor covers the cost, so donations go to the cause.', 'ทำเฉพาะเมื่อมีผู้สนับสนุนออกค่าใช้จ่าย เงินบริจาคจะได้ไปถึงงานจริง', '只有在有贊助商負擔費用時才做，讓捐款全數用在服務上。', '只有在有企业承担费用时才做，让善款全部用在项目上。') }],
    skills: [l('Storytelling', 'การเล่าเรื่อง', '說故事', '讲故事'), l('Photos in the field', 'ถ่ายภาพในพื้นที่', '現場攝影', '现场拍摄'), l('Writing thank-you messages', 'เขียนข้อความขอบคุณ', '寫感謝訊息', '写感谢信')],
    headcount: 2,
    hoursPerWeek: 11,
    suppliers: [l('Replace with the designer or printer who helps you, if any', 'แทนที่ด้วยนักออกแบบหรือโรงพิมพ์ที่ช่วยคุณ (ถ้ามี)', '請改成協助你們的設計師或印刷廠（如果有）', '请替换为协助你们的设计师或印刷厂（如果有）')],
    partners: [l('Replace with the groups you work with on the ground', 'แทนที่ด้วยกลุ่มที่ทำงานร่วมกันในพื้นที่', '請改成在第一線一起合作的團體', '请替换为在一线一起合作的机构')],
  },
  listening: {
    brandTerms: [
      l('Replace with your organisation’s name and short name', 'แทนที่ด้วยชื่อองค์กรและชื่อย่อ', '請改成組織全名和簡稱', '请替换为机构全称和简称'),
      l('Replace with your campaign hashtag', 'แทนที่ด้วยแฮชแท็กแคมเปญของคุณ', '請改成你們的活動標籤', '请替换为你们的活动话题'),
    ],
    competitors: [
      competitorToName('orgA', l('Organisation A: replace with a group working on the same cause (to learn from, not to fight)', 'องค์กร ก: แทนที่ด้วยองค์กรที่ทำประเด็นเดียวกัน (เพื่อเรียนรู้ ไม่ใช่เพื่อแข่ง)', '組織 A：請改成關注同一議題的團體（用來學習，不是競爭）', '机构 A：请替换为关注同一议题的机构（用来学习，不是竞争）')),
      competitorToName('orgB', l('Organisation B: replace with a large charity your donors also support', 'องค์กร ข: แทนที่ด้วยมูลนิธิใหญ่ที่ผู้บริจาคของคุณก็สนับสนุน', '組織 B：請改成你們的捐款人也支持的大型基金會', '机构 B：请替换为你们的捐赠人也支持的大型基金会')),
    ],
    categoryTerms: [l('Replace with your cause and area, e.g. “stray dogs Leeds”', 'แทนที่ด้วยประเด็นและพื้นที่ เช่น “หมาจรจัด เชียงใหม่”', '請改成議題＋地區，例如「流浪狗 台南」', '请替换为议题＋地区，例如“流浪狗 杭州”'), l('volunteering', 'อาสาสมัคร', '志工', '志愿者')],
    topicTerms: [l('donations', 'บริจาคลดหย่อนภาษี', '捐款抵稅', '99公益日')],
    questions: [
      l('What stops people from giving: trust, the amount, or not knowing how?', 'อะไรทำให้คนไม่บริจาค: ไม่ไว้ใจ จำนวนเงิน หรือไม่รู้วิธี', '大家不捐款的原因是什麼：不信任、金額，還是不知道怎麼捐？', '大家不捐款的原因是什么：不信任、金额，还是不知道怎么捐？'),
      l('Which stories about our cause are shared most?', 'เรื่องไหนเกี่ยวกับประเด็นของเราที่ถูกแชร์มากที่สุด', '關於我們議題的哪些故事最常被分享？', '关于我们议题的哪些故事最常被转发？'),
      l('What do people ask about how donations are used?', 'คนถามอะไรบ้างเกี่ยวกับการใช้เงินบริจาค', '大家對捐款用途有哪些疑問？', '大家对善款用途有哪些疑问？'),
    ],
  },
  personas: [
    {
      ref: 'donor', ageBand: '35-55', journeyStage: 'consideration', slots: ['stories', 'supporters'],
      name: l('Anna, 42, gives monthly to causes that show results', 'คุณแอน 42 ปี บริจาครายเดือนให้องค์กรที่เห็นผลงานชัด', '美玲，42 歲，定期定額捐給看得到成果的團體', '刘女士，42 岁，每月固定捐给看得到成效的机构'),
      location: l('Our city and the region around it', 'ในเมืองและจังหวัดใกล้เคียง', '我們的城市及周邊', '我们的城市及周边'),
      occupation: l('Professional, parent', 'คนทำงานที่มีครอบครัว', '有家庭的上班族', '有家庭的上班族'),
      incomeBand: l('Middle to upper income', 'รายได้ปานกลางถึงสูง', '中高收入', '中高收入'),
      values: [l('Fairness', 'ความเป็นธรรม', '公平', '公平'), l('Transparency', 'ความโปร่งใส', '透明', '透明')],
      interests: [l('Family, community', 'ครอบครัว ชุมชน', '家庭、社區', '家庭、社区')],
      motivations: [l('Know her money really helps', 'อยากรู้ว่าเงินของเธอช่วยได้จริง', '想知道她的錢真的有幫助', '想知道她的钱真的有帮助')],
      challenges: [l('Unsure which organisations are trustworthy', 'ไม่แน่ใจว่าองค์กรไหนไว้ใจได้', '不確定哪些團體可以信任', '不确定哪些机构值得信任')],
      activeHours: l('Evenings', 'ช่วงค่ำ', '晚上', '晚上'),
      preferredFormats: [l('Stories with photos', 'เรื่องเล่าพร้อมรูป', '有照片的故事', '有图片的故事'), l('Short reports', 'รายงานสั้นๆ', '簡短成果報告', '简短的项目进展')],
      follows: [l('News pages, community groups', 'เพจข่าว กลุ่มชุมชน', '新聞粉專、社區社團', '新闻公众号、社区群')],
      howToTalk: l('Respectful and concrete: one person, one need, what it cost, what changed. Always thank her.', 'สุภาพและเป็นรูปธรรม: คนหนึ่งคน ความต้องการหนึ่งอย่าง ค่าใช้จ่าย และสิ่งที่เปลี่ยนไป ขอบคุณเธอทุกครั้ง', '尊重而具體：一個人、一個需要、花了多少、改變了什麼。每次都要謝謝她。', '尊重而具体：一个人、一个需要、花了多少、改变了什么。每次都要感谢她。'),
    },
    {
      ref: 'volunteer', ageBand: '18-30', journeyStage: 'awareness', slots: ['young', 'stories'],
      name: l('Ben, 22, a student who wants to help with his hands', 'น้องบีม 22 ปี นักศึกษาที่อยากลงมือช่วยจริง', '冠宇，22 歲，想親自動手幫忙的大學生', '小周，22 岁，想亲自动手帮忙的大学生'),
      location: l('Our city', 'ในเมืองของเรา', '我們的城市', '我们的城市'),
      occupation: l('Student or young worker', 'นักศึกษาหรือคนเริ่มทำงาน', '學生或年輕上班族', '学生或年轻上班族'),
      incomeBand: l('Low income', 'รายได้น้อย', '收入不高', '收入不高'),
      values: [l('Making a difference', 'อยากสร้างความเปลี่ยนแปลง', '想帶來改變', '想带来改变'), l('Friendship', 'มิตรภาพ', '友情', '友情')],
      interests: [l('Outdoor activities, animals, education', 'กิจกรรมกลางแจ้ง สัตว์ การศึกษา', '戶外活動、動物、教育', '户外活动、动物、教育')],
      motivations: [l('Do something real with friends', 'ทำอะไรที่มีความหมายกับเพื่อนๆ', '和朋友一起做點實在的事', '和朋友一起做点实在的事')],
      challenges: [l('Doesn’t know where to start or if he is needed', 'ไม่รู้จะเริ่มตรงไหน และเราต้องการเขาไหม', '不知道從哪裡開始、自己是不是派得上用場', '不知道从哪里开始、自己是不是用得上')],
      activeHours: l('Late evening', 'ดึกๆ', '深夜', '深夜'),
      preferredFormats: [l('Short videos', 'คลิปสั้น', '短影音', '短视频'), l('Event posts', 'โพสต์ชวนไปกิจกรรม', '活動貼文', '活动招募帖')],
      follows: [l('Friends and student clubs', 'เพื่อนและชมรมในมหาวิทยาลัย', '朋友和學校社團', '朋友和学校社团')],
      howToTalk: l('Direct and friendly: what we do on the day, who else comes, how to sign up in one minute.', 'ตรงและเป็นกันเอง: วันนั้นทำอะไร ใครไปบ้าง และสมัครได้ในหนึ่งนาที', '直接又親切：當天做什麼、還有誰會去、一分鐘就能報名。', '直接又亲切：当天做什么、还有谁会去、一分钟就能报名。'),
    },
  ],
  kpis: [
    { kpi: 'conversions', objective: 'donors', quarterlyTargets: [15, 25, 32, 40], dataSource: l('Donation platform: new monthly donors with source “social media”', 'ระบบรับบริจาค: ผู้บริจาครายเดือนใหม่ที่ระบุว่ามาจากโซเชียล', '捐款系統：來源為社群的新增定期定額捐款人', '腾讯公益后台：来源为社交媒体的新增月捐人') },
    { kpi: 'leads', objective: 'volunteers', quarterlyTargets: [8, 10, 12, 15], dataSource: l('Volunteer sign-up form', 'แบบฟอร์มสมัครอาสา', '志工報名表', '志愿者报名表') },
    { kpi: 'reach', objective: 'seen', quarterlyTargets: [12000, 18000, 25000, 25000], dataSource: l('Native analytics of each network', 'สถิติจากแต่ละแพลตฟอร์ม', '各平台後台數據', '各平台后台数据') },
  ],
  oneThing: {
    differentiator: l(
      'Write here, in one sentence, what only your organisation does or proves, for example: “Every donor gets a photo of the animal their gift helped within 30 days.” Replace this text.',
      'เขียนตรงนี้ในประโยคเดียวว่าองค์กรของคุณทำหรือพิสูจน์อะไรได้ที่ที่อื่นไม่มี เช่น “ผู้บริจาคทุกคนได้รับรูปของน้องหมาที่เงินของเขาช่วยไว้ภายใน 30 วัน” แล้วลบข้อความนี้',
      '請用一句話寫下只有你們做得到或證明得了的事，例如：「每位捐款人都會在 30 天內收到他幫助的那隻狗的照片。」寫好後刪掉這段說明。',
      '请用一句话写下只有你们做得到或证明得了的事，例如：“每位捐赠人都会在 30 天内收到他帮助的那只狗的照片。”写好后删掉这段说明。',
    ),
    proofPoints: [
      l('Replace with last year’s result in one number', 'แทนที่ด้วยผลงานปีที่แล้วเป็นตัวเลขหนึ่งตัว', '請改成去年成果的一個數字', '请替换为去年成效的一个数字'),
      l('Replace with how you report money: annual report, audited accounts', 'แทนที่ด้วยวิธีรายงานการเงิน: รายงานประจำปี งบที่ผ่านการตรวจสอบ', '請改成你們公開財務的方式：年報、會計師查核報告', '请替换为你们公开财务的方式：年报、审计报告'),
    ],
    attributes: [l('Transparency about money', 'ความโปร่งใสเรื่องเงิน', '財務透明', '财务透明'), l('Visible results', 'ผลงานที่มองเห็นได้', '看得見的成果', '看得见的成效'), l('Ease of giving', 'บริจาคได้ง่าย', '捐款方便', '捐款方便')],
  },
  channels: [
    {
      slot: 'stories', personas: ['donor', 'volunteer'], postsPerWeek: 3, hoursPerPost: 1.5, hoursPerWeek: 5, kpis: [['conversions', 15], ['reach', 15000]],
      reason: l('Our donors are on Facebook; stories with photos and fundraisers there are easy to share.', 'ผู้บริจาควัย 30 ขึ้นไปอยู่บน Facebook เรื่องเล่าพร้อมภาพและการระดมทุนบนเพจแชร์ต่อได้ง่าย', '捐款人大多在 Facebook；附照片的故事容易被分享，也能直接連到捐款頁。', '捐赠人每天看微信；公众号文章能把一个故事讲完整，文末直接放捐赠入口。'),
      pillars: [l('One person’s story', 'เรื่องของคนหนึ่งคน', '一個人的故事', '一个人的故事'), l('Where the money went', 'เงินไปที่ไหน', '錢用在哪裡', '钱用在哪里'), l('Thank you', 'ขอบคุณ', '謝謝你', '感谢有你')],
      formats: [l('Photo stories', 'โพสต์ภาพพร้อมเรื่องเล่า', '圖文故事', '公众号图文'), l('Fundraisers', 'โพสต์ระดมทุน', '募款貼文', '捐赠入口')],
    },
    {
      slot: 'young', personas: ['volunteer'], postsPerWeek: 2, hoursPerPost: 1.5, hoursPerWeek: 3.5, kpis: [['reach', 10000], ['leads', 10]],
      reason: l('Younger supporters and volunteers follow causes on Instagram; Reels of a day in the field make them want to join.', 'คนรุ่นใหม่ติดตามประเด็นสังคมบน Instagram รีลส์ของวันทำงานในพื้นที่ทำให้อยากมาร่วม', '年輕支持者和志工在 IG 追蹤公益議題；第一線一天的 Reels 會讓人想加入。', '微博上有大量公益话题和网友转发；参与话题、发现场图片，能让更多年轻人认识我们、报名志愿者。'),
      pillars: [l('A day with our volunteers', 'หนึ่งวันกับอาสาสมัคร', '和志工的一天', '和志愿者的一天'), l('Before and after', 'ก่อนและหลัง', '改變前後', '改变前后'), l('How to help this week', 'สัปดาห์นี้ช่วยอะไรได้บ้าง', '這週可以怎麼幫忙', '这周可以怎么帮忙')],
      formats: [l('Reels', 'รีลส์', 'Reels', '现场图片'), l('Stories', 'สตอรี่', '限時動態', '话题微博')],
    },
    {
      slot: 'supporters', personas: ['donor'], postsPerWeek: 1, hoursPerPost: 2, hoursPerWeek: 2.5, kpis: [['retention', 80], ['conversions', 10]],
      reason: l('Donors who gave once expect to hear back; a short monthly e-mail with results keeps them giving.', 'ผู้บริจาคและอาสาสมัครติดตามข่าวทาง LINE ได้สะดวก ใช้ส่งรายงานผลรายเดือน คำขอบคุณ และนัดกิจกรรมอาสา', '捐款人和志工習慣用 LINE；每月推播成果報告、感謝和志工活動通知。', '腾讯公益是国内个人小额捐款最方便的入口；99 公益日的配捐能放大每一笔捐款，项目进展也在平台上公开。'),
      pillars: [l('Monthly results', 'ผลงานรายเดือน', '每月成果', '项目进展'), l('Volunteer calls', 'ชวนมาเป็นอาสา', '志工招募', '志愿者招募')],
      formats: [l('Monthly e-mail', 'บรอดแคสต์รายเดือน', '每月推播', '项目动态'), l('Thank-you message', 'ข้อความขอบคุณ', '感謝訊息', '感谢信')],
    },
  ],
  voice: {
    weAre: [l('Hopeful', 'มีความหวัง', '充滿希望', '充满希望'), l('Honest about what we can and cannot do', 'ซื่อตรงว่าเราทำอะไรได้และไม่ได้', '誠實說明我們做得到和做不到的', '实事求是地说明我们能做和不能做的'), l('Grateful', 'รู้จักขอบคุณ', '懂得感謝', '心怀感恩')],
    weAreNot: [l('Guilt-tripping', 'เรียกร้องความสงสารจนคนรู้สึกผิด', '情緒勒索', '道德绑架'), l('Preachy', 'สั่งสอน', '說教', '说教'), l('Vague about money', 'คลุมเครือเรื่องเงิน', '對經費含糊其辭', '对善款含糊其辞')],
    vocabularyUse: [l('thanks to you', 'ขอบคุณที่ช่วยให้เกิดขึ้น', '因為有你', '因为有你'), l('this month we…', 'เดือนนี้เรา…', '這個月我們…', '这个月我们…')],
    vocabularyAvoid: [l('poor things', 'น่าสงสาร', '可憐', '可怜'), l('victims (say “the people we support”)', 'เหยื่อ (ใช้ “คนที่เราช่วยเหลือ”)', '受害者（改說「我們服務的對象」）', '受害者（改说“我们服务的对象”）')],
    formality: 'neutral',
    emoji: 'sparing',
    languageNotes: l('Warm and direct; name people only with their consent.', 'ใช้ภาษาอบอุ่น สุภาพ ลงท้ายครับ/ค่ะ และหลีกเลี่ยงคำที่ทำให้ผู้รับความช่วยเหลือดูน่าสงสาร', '溫暖、直接，用「您」稱呼捐款人；避免讓受助者顯得可憐的字眼。', '温暖、直接，对捐赠人称“您”；避免让受助者显得可怜的说法。'),
    responseTimePromiseHours: 24,
    brandPersona: l('The volunteer coordinator who tells you exactly what your help did, and always says thank you.', 'ผู้ประสานงานอาสาที่บอกคุณได้ชัดเจนว่าความช่วยเหลือของคุณเปลี่ยนอะไร และไม่เคยลืมกล่าวขอบคุณ', '會清楚告訴你「你的幫助帶來了什麼」、而且一定會說謝謝的志工夥伴。', '会清楚告诉你“你的帮助带来了什么”、而且一定会说谢谢的志愿者伙伴。'),
  },
  governance: governanceWith(
    { kind: 'guideline', reviewInMonths: 6, title: l('Dignity and consent in stories', 'ศักดิ์ศรีและความยินยอมในการเล่าเรื่อง', '說故事的尊嚴與同意原則', '讲故事的尊严与知情同意'), body: l('We never show people in distress without consent; children’s faces are blurred unless a parent agrees in writing; we tell stories with people, not about them.', 'ไม่แสดงภาพคนในภาวะยากลำบากโดยไม่ได้รับความยินยอม เบลอหน้าเด็กเว้นแต่ผู้ปกครองยินยอมเป็นลายลักษณ์อักษร และเล่าเรื่องร่วมกับเขา ไม่ใช่เล่าถึงเขา', '未經同意不呈現處境艱難的人；兒童臉部一律模糊，除非家長書面同意；和當事人一起說故事，而不是說他們的故事。', '未经同意不呈现处境困难的人；儿童面部一律打码，除非家长书面同意；和当事人一起讲故事，而不是讲他们的故事。') },
    { kind: 'approval_process', reviewInMonths: 6, title: l('Who approves posts', 'ขั้นตอนอนุมัติโพสต์', '發文審核流程', '发布审核流程'), body: l('Stories with personal details: the programme lead reads them first. Money figures: checked by the treasurer.', 'เรื่องเล่าที่มีข้อมูลส่วนตัว: หัวหน้าโครงการอ่านก่อน ตัวเลขการเงิน: เหรัญญิกตรวจ', '含個人資料的故事：計畫負責人先看過。財務數字：由會計確認。', '含个人信息的故事：项目负责人先审。财务数字：由财务确认。') },
  ),
  relationships: [
    { kind: 'customer', count: 120, value: 5, slot: 'supporters', frequency: 'monthly', name: l('Monthly donors', 'ผู้บริจาครายเดือน', '定期定額捐款人', '月捐人'), context: l('Monthly results and a personal thank-you each year', 'รายงานผลทุกเดือนและคำขอบคุณส่วนตัวปีละครั้ง', '每月成果報告，每年一次親筆感謝', '每月项目进展，每年一次亲笔感谢'), relevance: l('They fund the work month after month', 'เป็นทุนให้งานเดินต่อทุกเดือน', '讓工作每個月都能持續下去', '让工作每个月都能持续下去'), valueReason: l('Predictable income lets us plan', 'รายได้ที่คาดการณ์ได้ทำให้วางแผนได้', '穩定的收入讓我們能規劃', '稳定的收入让我们能规划') },
    { kind: 'community', count: 40, value: 4, slot: 'supporters', frequency: 'weekly', name: l('Volunteers', 'อาสาสมัคร', '志工', '志愿者'), context: l('Weekly news and the next volunteer days', 'ข่าวประจำสัปดาห์และวันทำงานอาสาครั้งถัดไป', '每週消息和下一次志工日', '每周消息和下一次志愿者活动'), relevance: l('They do the work and tell their friends', 'ลงมือทำงานและชวนเพื่อนมา', '親自做事，也會告訴朋友', '亲自做事，也会告诉朋友'), valueReason: l('Their photos and stories are our best content', 'รูปและเรื่องของเขาคือคอนเทนต์ที่ดีที่สุด', '他們的照片和故事是最好的內容', '他们的照片和故事是最好的内容') },
    { kind: 'media', count: 5, value: 3, slot: 'stories', frequency: 'quarterly', name: l('Local journalists', 'นักข่าวท้องถิ่น', '在地記者', '本地记者'), context: l('Results and stories before each campaign', 'ส่งผลงานและเรื่องราวก่อนทุกแคมเปญ', '每次募款前提供成果和故事', '每次募款前提供成效和故事'), relevance: l('Coverage reaches donors we cannot', 'การลงข่าวเข้าถึงผู้บริจาคที่เราเข้าไม่ถึง', '報導能觸及我們觸及不到的捐款人', '报道能触达我们触达不到的捐赠人'), valueReason: l('A news story builds trust fast', 'ข่าวหนึ่งชิ้นสร้างความไว้ใจได้เร็ว', '一則新聞能很快建立信任', '一篇报道能很快建立信任') },
  ],
};
