import { competitorToName, governanceWith } from './template-common.data.ts';
import { byMarket, l, type TemplateSpec } from './template-spec.domain.ts';

// A company of 30 to 300 people that competes with better-known employers for good people.
// Experienced candidates check LinkedIn (WeChat in mainland China); younger ones watch a normal
// day on Instagram, TikTok or Xiaohongshu; and people talk about employers where they talk
// freely: TikTok, Facebook job groups, Dcard's work board in Taiwan, Maimai in China.

export const EMPLOYER_BRAND: TemplateSpec = {
  slots: {
    pro: byMarket('linkedin', 'linkedin', 'linkedin', 'wechat'),
    culture: byMarket('instagram', 'tiktok', 'instagram', 'xiaohongshu'),
    talk: byMarket('tiktok', 'facebook', 'dcard', 'other'),
  },
  reasons: [
    { reason: 'employee_engagement', scope: 'internal', description: l('Our people are proud of their work but rarely see it shown; sharing it helps good people stay.', 'พนักงานภูมิใจในงานแต่ไม่ค่อยมีใครเห็น การแบ่งปันเรื่องงานช่วยให้คนเก่งอยู่กับเรานานขึ้น', '同事們以自己的工作為榮，卻很少被看見；分享出去能留住好人才。', '同事们以自己的工作为荣，却很少被看见；分享出去能留住好人才。') },
    { reason: 'marketing', scope: 'external', description: l('Candidates look up what it is like to work here on social media before they apply.', 'ผู้สมัครเช็กในโซเชียลว่าทำงานที่นี่เป็นอย่างไรก่อนส่งใบสมัคร', '應徵者投履歷前，會先上社群看在這裡工作是什麼樣子。', '求职者投简历前，会先上网看在这里工作是什么样子。') },
    { reason: 'reputation_monitoring', scope: 'both', description: l('Know what current and former employees say about us online, and respond.', 'รู้ว่าพนักงานปัจจุบันและอดีตพนักงานพูดถึงเราอย่างไรทางออนไลน์ และตอบสนองอย่างเหมาะสม', '掌握現職和離職員工在網路上怎麼說我們，並適當回應。', '掌握在职和离职员工在网上怎么说我们，并适当回应。') },
  ],
  goals: [
    { ref: 'hiring', type: 'employee_engagement_recruiting', priority: 'primary', description: l('Attract better applicants and keep our people proud to say where they work.', 'ดึงดูดผู้สมัครที่ใช่มากขึ้น และให้พนักงานภูมิใจที่จะบอกว่าทำงานที่นี่', '吸引更合適的應徵者，也讓同事們樂於說自己在這裡工作。', '吸引更合适的求职者，也让同事们乐于说自己在这里工作。') },
  ],
  statement: l(
    'By {deadline}, LinkedIn, Instagram and TikTok will bring 25 screened applications a month (8 today), and 30% of our people will share their work each quarter, because candidates will see real people doing real work here.',
    'ภายในวันที่ {deadline} บริษัทจะใช้ LinkedIn, TikTok และ Facebook เพิ่มใบสมัครที่ผ่านการคัดกรองจาก 8 เป็น 25 ใบต่อเดือน และให้พนักงาน 30% แชร์เรื่องงานของตัวเองทุกไตรมาส เพราะผู้สมัครจะได้เห็นคนจริงทำงานจริงที่นี่',
    '{deadline}前，我們要透過 LinkedIn、Instagram 和 Dcard，讓每月通過初篩的履歷從 8 份增加到 25 份，並讓 30% 的同事每季分享自己的工作；因為應徵者會看到真實的人在這裡做真實的工作。',
    '{deadline}前，我们要通过微信、小红书和脉脉，让每月通过初筛的简历从 8 份增加到 25 份，并让 30% 的同事每季度分享自己的工作；因为求职者会看到真实的人在这里做真实的工作。',
  ),
  objectives: [
    {
      ref: 'applicants', goal: 'hiring', baseline: 8, target: 25, unit: 'count', dueQuarter: 4,
      title: l('More good applicants through social media', 'ผู้สมัครที่ดีจากโซเชียลมากขึ้น', '從社群來的好人選變多', '从社交媒体来的好候选人变多'),
      metric: l('Applications per month from social media that pass the first screening', 'จำนวนใบสมัครต่อเดือนจากโซเชียลที่ผ่านการคัดกรองรอบแรก', '每月來自社群、通過初步篩選的應徵數', '每月来自社交媒体、通过初筛的简历数'),
      description: l('The application form asks where people heard of the job. Replace 8 with your current average.', 'แบบฟอร์มสมัครงานถามว่ารู้จากที่ไหน แก้เลข 8 เป็นค่าเฉลี่ยปัจจุบันของคุณ', '應徵表單要問「從哪裡得知職缺」。請把 8 改成目前的平均。', '申请表里要问“从哪里得知职位”。请把 8 改成目前的平均值。'),
    },
    {
      ref: 'advocates', goal: 'hiring', baseline: 10, target: 30, unit: 'percent', dueQuarter: 4,
      title: l('Our people share their work', 'พนักงานแชร์เรื่องงานของตัวเอง', '同事們願意分享工作', '同事们愿意分享工作'),
      metric: l('Share of employees who posted or shared about their work this quarter', 'สัดส่วนพนักงานที่โพสต์หรือแชร์เรื่องงานในไตรมาสนี้', '本季發文或分享工作內容的員工比例', '本季度发布或转发工作内容的员工比例'),
      description: l('Counted from the company hashtag and shares of company posts; sharing is always voluntary. Replace 10% with today’s figure.', 'นับจากแฮชแท็กของบริษัทและการแชร์โพสต์บริษัท การแชร์เป็นความสมัครใจเสมอ แก้เลข 10% เป็นตัวเลขวันนี้', '以公司標籤和分享公司貼文的次數計算；分享一律自願。請把 10% 改成今天的數字。', '以公司话题和转发公司内容的次数统计；转发一律自愿。请把 10% 改成现在的数字。'),
    },
    {
      ref: 'quality', goal: 'hiring', baseline: 2.8, target: 3.5, unit: 'score', dueQuarter: 4,
      title: l('Applicants who fit better', 'ผู้สมัครที่เหมาะกับงานมากขึ้น', '應徵者更適合職缺', '求职者更匹配岗位'),
      metric: l('Average screening score (1-5) of applicants from social media', 'คะแนนคัดกรองเฉลี่ย (1-5) ของผู้สมัครจากโซเชียล', '來自社群的應徵者平均初篩分數（1-5 分）', '来自社交媒体的求职者平均初筛分数（1-5 分）'),
      description: l('Hiring managers score every application on the same five criteria. Replace 2.8 with your first month’s average.', 'หัวหน้างานให้คะแนนทุกใบสมัครตามเกณฑ์ห้าข้อเดียวกัน แก้เลข 2.8 เป็นค่าเฉลี่ยเดือนแรก', '用人主管依同樣五項標準為每份履歷評分。請把 2.8 改成第一個月的平均。', '用人经理按同样五项标准为每份简历打分。请把 2.8 改成第一个月的平均值。'),
    },
  ],
  tactics: [
    { objective: 'applicants', slots: ['pro'], title: l('Career story of the month', 'เรื่องเล่าเส้นทางงานประจำเดือน', '每月職涯故事', '每月职业故事'), description: l('Each month one colleague tells, in their own words, how they grew here; the post links to open roles.', 'ทุกเดือน พนักงานหนึ่งคนเล่าด้วยคำของตัวเองว่าเติบโตที่นี่อย่างไร พร้อมลิงก์ตำแหน่งที่เปิดรับ', '每月由一位同事用自己的話分享在這裡的成長，貼文附上開放職缺連結。', '每月由一位同事用自己的话分享在这里的成长，文末附上在招岗位。') },
    { objective: 'quality', slots: ['culture'], title: l('A day in a hiring team', 'หนึ่งวันในทีมที่กำลังรับคน', '徵才團隊的一天', '招聘团队的一天'), description: l('Two videos a month showing a real day in a team that is hiring, so candidates know what to expect.', 'เดือนละสองคลิป ให้เห็นหนึ่งวันจริงของทีมที่กำลังรับคน ผู้สมัครจะรู้ว่างานเป็นแบบไหน', '每月兩支影片，呈現正在徵才的團隊真實的一天，讓應徵者知道工作長什麼樣子。', '每月两条视频，呈现正在招聘的团队真实的一天，让求职者知道工作是什么样子。') },
    { objective: 'advocates', slots: ['pro', 'culture'], title: l('A share kit for colleagues', 'ชุดคอนเทนต์ให้พนักงานแชร์', '同事分享包', '员工转发素材包'), description: l('A monthly message with two ready-to-share posts and photos; sharing is always voluntary.', 'ข้อความรายเดือนพร้อมโพสต์และรูปสองชิ้นที่แชร์ได้ทันที แชร์หรือไม่แชร์ก็ได้', '每月一則訊息，附上兩篇可直接分享的貼文和照片；分享一律自願。', '每月一条消息，附上两篇可直接转发的内容和图片；转发一律自愿。') },
    { objective: 'applicants', slots: ['talk'], title: l('Answer candidates honestly', 'ตอบคำถามผู้สมัครอย่างตรงไปตรงมา', '誠實回答應徵者的問題', '坦诚回答求职者的问题'), description: l('HR answers questions about the interview process and pay ranges within one working day.', 'ฝ่ายบุคคลตอบคำถามเรื่องขั้นตอนสัมภาษณ์และช่วงเงินเดือนภายในหนึ่งวันทำการ', '人資在一個工作天內回答面試流程和薪資範圍的問題。', 'HR 在一个工作日内回答面试流程和薪资范围的问题。') },
  ],
  context: {
    segments: [
      { name: l('Experienced people in our field', 'คนมีประสบการณ์ในสายงานของเรา', '本領域有經驗的人才', '本领域有经验的人才'), description: l('Have a job; move for growth, a good team and fair pay.', 'มีงานทำอยู่แล้ว จะย้ายเพราะโอกาสเติบโต ทีมที่ดี และค่าตอบแทนที่เป็นธรรม', '目前有工作；會為了成長、好團隊和合理薪資而換工作。', '目前有工作；会为了成长、好团队和合理薪资而跳槽。') },
      { name: l('Graduates and career changers', 'นักศึกษาจบใหม่และคนเปลี่ยนสายงาน', '應屆畢業生和轉職者', '应届毕业生和转行者'), description: l('Want to learn; compare employers on social media.', 'อยากเรียนรู้ และเทียบนายจ้างจากโซเชียล', '想學東西，會在社群上比較公司。', '想学东西，会在网上比较公司。') },
    ],
    marketSummary: l(
      'Good candidates choose between several offers and check employers on social media and review sites first. Pay matters, but so do the team, growth and flexibility. Rewrite this with the roles you hire for and the employers you compete with for people.',
      'ผู้สมัครที่เก่งเลือกได้หลายที่ และเช็กนายจ้างในโซเชียลและเว็บรีวิวก่อนเสมอ เงินเดือนสำคัญ แต่ทีม โอกาสเติบโต และความยืดหยุ่นก็สำคัญไม่แพ้กัน เขียนใหม่ให้ตรงกับตำแหน่งที่คุณรับและบริษัทที่แย่งคนกับคุณ',
      '好人才手上有好幾個選擇，會先在社群和評價網站查公司。薪水很重要，但團隊、成長和彈性也一樣重要。請依你們招募的職位和搶人才的對手改寫。',
      '好人才手上有好几个选择，会先在网上和点评平台查公司。薪资很重要，但团队、成长和弹性也一样重要。请按你们招聘的岗位和抢人才的对手改写。',
    ),
    swot: [
      ['strength', l('A friendly team and real stories of growth', 'ทีมเป็นกันเองและมีเรื่องจริงของการเติบโต', '團隊友善，有真實的成長故事', '团队友好，有真实的成长故事')],
      ['weakness', l('Less known than big employers', 'ชื่อไม่เป็นที่รู้จักเท่าบริษัทใหญ่', '知名度不如大公司', '知名度不如大公司')],
      ['opportunity', l('Colleagues’ own posts reach people like them', 'โพสต์ของพนักงานเองเข้าถึงคนที่คล้ายกับเขา', '同事自己的貼文能觸及和他們相似的人', '同事自己的内容能触达和他们相似的人')],
      ['threat', l('Bad reviews from former employees on job sites', 'รีวิวไม่ดีจากอดีตพนักงานบนเว็บหางาน', '離職員工在求職網站留下負評', '离职员工在招聘平台留下差评')],
    ],
    valueProposition: l(
      'Say why a good person should join you rather than a bigger company, for example: “Real responsibility from the first month, a team that teaches, and flexible hours.” Rewrite this in your own words.',
      'บอกว่าทำไมคนเก่งควรมาทำงานกับคุณแทนบริษัทใหญ่ เช่น “ได้รับผิดชอบงานจริงตั้งแต่เดือนแรก มีทีมที่สอนงาน และเวลาทำงานยืดหยุ่น” เขียนใหม่ด้วยคำของคุณเอง',
      '寫下好人才為什麼該選你們而不是大公司，例如：「第一個月就負責真正的工作、有願意教的團隊、上班時間彈性。」請用你們自己的話改寫。',
      '写下好人才为什么该选你们而不是大公司，例如：“第一个月就负责真正的工作、有愿意带人的团队、上班时间弹性。”请用你们自己的话改写。',
    ),
    risks: [
      { likelihood: 3, impact: 4, description: l('Posts promise a culture our people don’t recognise.', 'โพสต์สัญญาถึงวัฒนธรรมองค์กรที่พนักงานเองไม่รู้สึกว่าจริง', '貼文描述的文化，同事們自己都不認同。', '内容描述的文化，同事们自己都不认同。'), mitigation: l('Only post what colleagues themselves show; ask the team before posting about it.', 'โพสต์เฉพาะสิ่งที่พนักงานเป็นคนเล่าเอง และถามทีมก่อนโพสต์เรื่องของทีม', '只發同事自己呈現的內容；發之前先問過當事團隊。', '只发同事自己呈现的内容；发之前先问过相关团队。') },
      { likelihood: 2, impact: 4, description: l('A colleague shares confidential information by mistake.', 'พนักงานเผลอแชร์ข้อมูลลับ', '同事不小心分享了機密資訊。', '同事不小心分享了机密信息。'), mitigation: l('A sharing guideline and a short training for everyone who shares.', 'มีแนวทางการแชร์และอบรมสั้นๆ ให้ทุกคนที่แชร์', '訂定分享指引，並為所有會分享的人做簡短訓練。', '制定转发指引，并为所有会转发的人做简短培训。') },
    ],
    options: [{ title: l('An employee advocacy tool', 'เครื่องมือช่วยพนักงานแชร์คอนเทนต์', '員工分享工具', '员工转发工具'), description: l('Try with five volunteers by hand before paying for a tool.', 'ลองทำแบบแมนนวลกับอาสาห้าคนก่อนจ่ายเงินซื้อเครื่องมือ', '先找五位自願的同事手動試行，再決定要不要付費買工具。', '先找五位自愿的同事手动试行，再决定要不要付费买工具。') }],
    skills: [l('Interviewing colleagues on camera', 'สัมภาษณ์พนักงานหน้ากล้อง', '鏡頭前訪問同事', '出镜采访同事'), l('Writing job posts people want to read', 'เขียนประกาศงานที่คนอยากอ่าน', '寫出讓人想讀的職缺文', '写出让人想读的招聘文案'), l('Photo and video', 'ถ่ายภาพและวิดีโอ', '拍照和錄影', '拍照和拍视频')],
    headcount: 2,
    hoursPerWeek: 10,
    suppliers: [l('Replace with your job boards and recruitment agencies', 'แทนที่ด้วยเว็บหางานและบริษัทจัดหางานที่ใช้', '請改成你們使用的人力銀行和獵頭', '请替换为你们使用的招聘平台和猎头')],
    partners: [l('Universities and vocational schools you recruit from', 'มหาวิทยาลัยและวิทยาลัยที่รับคนจาก', '合作招募的大學和技職學校', '合作招聘的高校和职业院校')],
  },
  listening: {
    brandTerms: [
      l('Replace with your company’s name', 'แทนที่ด้วยชื่อบริษัทของคุณ', '請改成你的公司名稱', '请替换为你的公司名称'),
      l('Replace with your company hashtag, e.g. #lifeatyourcompany', 'แทนที่ด้วยแฮชแท็กของบริษัท เช่น #ชีวิตที่ชื่อบริษัท', '請改成公司標籤，例如 #在某某公司工作', '请替换为公司话题，例如 #在某某公司工作'),
    ],
    competitors: [
      competitorToName('empA', l('Employer A: replace with the company your candidates also apply to', 'นายจ้าง ก: แทนที่ด้วยบริษัทที่ผู้สมัครของคุณก็สมัครด้วย', '雇主 A：請改成應徵者也會投履歷的公司', '雇主 A：请替换为求职者也会投简历的公司')),
      competitorToName('empB', l('Employer B: replace with the big name that hires the same profiles', 'นายจ้าง ข: แทนที่ด้วยบริษัทใหญ่ที่รับคนโปรไฟล์เดียวกัน', '雇主 B：請改成招募同類人才的知名大公司', '雇主 B：请替换为招聘同类人才的知名大公司')),
    ],
    categoryTerms: [l('Replace with the roles you hire for, e.g. “junior accountant jobs”', 'แทนที่ด้วยตำแหน่งที่รับ เช่น “งานบัญชี จบใหม่”', '請改成你們招募的職位，例如「會計 新鮮人」', '请替换为你们招聘的岗位，例如“会计 应届生”')],
    topicTerms: [l('work-life balance', 'เวิร์กไลฟ์บาลานซ์', '工作生活平衡', '工作与生活平衡'), l('salary', 'เงินเดือน', '薪水', '薪资')],
    questions: [
      l('What do candidates ask before they apply to companies like ours?', 'ผู้สมัครถามอะไรก่อนสมัครบริษัทแบบเรา', '應徵者投履歷給類似我們的公司前，會問什麼？', '求职者投简历给类似我们的公司前，会问什么？'),
      l('What do current and former employees say about working here?', 'พนักงานปัจจุบันและอดีตพนักงานพูดถึงการทำงานที่นี่อย่างไร', '現職和離職員工怎麼描述在這裡工作？', '在职和离职员工怎么描述在这里工作？'),
      l('What do the employers we compete with show, and what gets real interest?', 'นายจ้างที่แย่งคนกับเราโพสต์อะไร และอะไรที่คนสนใจจริง', '和我們搶人才的公司發了什麼？哪些真的引起興趣？', '和我们抢人才的公司发了什么？哪些真的引起兴趣？'),
    ],
  },
  personas: [
    {
      ref: 'candidate', ageBand: '24-32', journeyStage: 'consideration', slots: ['culture', 'talk', 'pro'],
      name: l('May, 26, three years in, looking for a place to grow', 'น้องเมย์ 26 ปี ประสบการณ์ 3 ปี กำลังหาที่ที่ให้โอกาสเติบโต', '郁婷，26 歲，有三年經驗，在找能成長的公司', '思雨，26 岁，有三年经验，在找能成长的公司'),
      location: l('Replace with the cities you hire in', 'แทนที่ด้วยเมืองที่คุณรับคน', '請改成你們招募的城市', '请替换为你们招聘的城市'),
      occupation: l('Specialist with a few years’ experience', 'คนทำงานที่มีประสบการณ์ไม่กี่ปี', '有幾年經驗的專業人員', '有几年经验的专业人员'),
      incomeBand: l('Middle income', 'รายได้ปานกลาง', '中等收入', '中等收入'),
      values: [l('Growth', 'การเติบโต', '成長', '成长'), l('Respect', 'ความเคารพ', '被尊重', '被尊重')],
      interests: [l('Learning new skills', 'เรียนทักษะใหม่', '學新技能', '学新技能')],
      motivations: [l('A manager who teaches and a clear next step', 'หัวหน้าที่สอนงานและก้าวต่อไปที่ชัดเจน', '願意教的主管和清楚的下一步', '愿意带人的领导和清楚的下一步')],
      challenges: [l('Can’t tell from a job ad what the team is really like', 'ดูจากประกาศงานไม่ออกว่าทีมจริงเป็นอย่างไร', '從職缺文看不出團隊真正的樣子', '从招聘信息看不出团队真正的样子')],
      activeHours: l('Evenings and weekends', 'ช่วงค่ำและวันหยุด', '晚上和週末', '晚上和周末'),
      preferredFormats: [l('Short videos of real work', 'คลิปสั้นของงานจริง', '真實工作的短影音', '真实工作的短视频'), l('Honest Q&A', 'ถาม-ตอบแบบตรงไปตรงมา', '坦白的問答', '坦诚的问答')],
      follows: [l('People in her field, career advice pages', 'คนในสายงานเดียวกัน เพจแนะนำเรื่องงาน', '同領域的人、職涯建議粉專', '同领域的人、职场博主')],
      howToTalk: l('Like a colleague, not a recruiter: what the job really involves, the pay range, who she would work with.', 'คุยแบบเพื่อนร่วมงาน ไม่ใช่ฝ่ายสรรหา: งานจริงทำอะไร ช่วงเงินเดือน และจะได้ทำงานกับใคร', '像同事而不是招募人員：實際工作內容、薪資範圍、會跟誰一起工作。', '像同事而不是 HR：实际工作内容、薪资范围、会跟谁一起工作。'),
    },
    {
      ref: 'colleague', ageBand: '28-40', journeyStage: 'retention', slots: ['pro', 'culture'],
      name: l('Chris, 31, team lead who would share if it were easy', 'พี่กฤต 31 ปี หัวหน้าทีมที่ยินดีแชร์ถ้าทำได้ง่าย', '建宏，31 歲，組長，方便的話很樂意分享', '张工，31 岁，组长，方便的话很乐意分享'),
      location: l('Our office', 'ที่ออฟฟิศของเรา', '我們的辦公室', '我们的办公室'),
      occupation: l('Team lead', 'หัวหน้าทีม', '組長', '组长'),
      incomeBand: l('Middle to upper income', 'รายได้ปานกลางถึงสูง', '中高收入', '中高收入'),
      values: [l('Pride in good work', 'ภูมิใจในงานที่ดี', '以好作品為榮', '以好作品为荣')],
      interests: [l('His craft, his team', 'งานที่ถนัดและทีมของเขา', '自己的專業和團隊', '自己的专业和团队')],
      motivations: [l('Hire good people into his team', 'อยากได้คนเก่งเข้าทีม', '想找好人才進團隊', '想招好人进团队')],
      challenges: [l('No time to write posts', 'ไม่มีเวลาเขียนโพสต์', '沒時間寫貼文', '没时间写内容')],
      activeHours: l('Lunch break', 'ช่วงพักเที่ยง', '午休時間', '午休时间'),
      preferredFormats: [l('Ready-to-share posts', 'โพสต์สำเร็จรูปที่แชร์ได้ทันที', '可以直接分享的貼文', '可以直接转发的内容')],
      follows: [l('Industry peers', 'คนในวงการเดียวกัน', '同業', '同行')],
      howToTalk: l('Make it easy: a draft he can edit in two minutes, and thanks when he shares.', 'ทำให้ง่าย: ร่างโพสต์ที่แก้ได้ในสองนาที และขอบคุณทุกครั้งที่เขาแชร์', '讓事情變簡單：給他兩分鐘就能改好的草稿，分享後記得道謝。', '让事情变简单：给他两分钟就能改好的草稿，转发后记得道谢。'),
    },
  ],
  kpis: [
    { kpi: 'conversions', objective: 'applicants', quarterlyTargets: [12, 16, 20, 25], dataSource: l('Applicant tracking: source “social media”, passed screening', 'ระบบรับสมัครงาน: แหล่งที่มา “โซเชียล” และผ่านการคัดกรอง', '招募系統：來源為「社群」且通過初篩', '招聘系统：来源为“社交媒体”且通过初筛') },
    { kpi: 'engagement', objective: 'advocates', quarterlyTargets: [500, 800, 1100, 1400], dataSource: l('Interactions on colleagues’ posts with the company hashtag', 'การมีส่วนร่วมในโพสต์ของพนักงานที่ติดแฮชแท็กบริษัท', '同事使用公司標籤的貼文互動數', '同事使用公司话题的内容互动量') },
    { kpi: 'applicant_quality', objective: 'quality', quarterlyTargets: [3, 3.2, 3.4, 3.5], dataSource: l('Hiring managers’ screening scores', 'คะแนนคัดกรองจากหัวหน้างาน', '用人主管的初篩評分', '用人经理的初筛评分') },
  ],
  oneThing: {
    differentiator: l(
      'Write here, in one sentence, why someone would choose to work here, for example: “The company where a junior designer presents to clients in the first month.” Replace this text.',
      'เขียนตรงนี้ในประโยคเดียวว่าทำไมคนถึงเลือกมาทำงานที่นี่ เช่น “บริษัทที่ดีไซเนอร์จบใหม่ได้นำเสนองานต่อลูกค้าตั้งแต่เดือนแรก” แล้วลบข้อความนี้',
      '請用一句話寫下為什麼有人會選擇來這裡工作，例如：「新人設計師第一個月就能向客戶提案的公司。」寫好後刪掉這段說明。',
      '请用一句话写下为什么有人会选择来这里工作，例如：“新人设计师第一个月就能向客户提案的公司。”写好后删掉这段说明。',
    ),
    proofPoints: [
      l('Replace with a real career story (with the colleague’s permission)', 'แทนที่ด้วยเรื่องจริงของเส้นทางงาน (ได้รับอนุญาตจากเจ้าตัว)', '請改成一個真實的職涯故事（須經本人同意）', '请替换为一个真实的职业故事（须经本人同意）'),
      l('Replace with a number: people who stayed three years or more, internal promotions', 'แทนที่ด้วยตัวเลข: คนที่อยู่เกินสามปี หรือการเลื่อนตำแหน่งภายใน', '請改成一個數字：待滿三年的人數、內部升遷人數', '请替换为一个数字：满三年的人数、内部晋升人数'),
    ],
    attributes: [l('Growth and learning', 'การเติบโตและการเรียนรู้', '成長與學習', '成长与学习'), l('Team and culture', 'ทีมและวัฒนธรรม', '團隊與文化', '团队与文化'), l('Pay and benefits', 'ค่าตอบแทนและสวัสดิการ', '薪酬與福利', '薪酬与福利')],
  },
  channels: [
    {
      slot: 'pro', personas: ['candidate', 'colleague'], postsPerWeek: 2, hoursPerPost: 1.5, hoursPerWeek: 4, kpis: [['conversions', 12], ['engagement', 600]],
      reason: l('Experienced candidates and the people who refer them are on LinkedIn; colleagues’ posts reach their own networks.', 'ผู้สมัครที่มีประสบการณ์และคนที่แนะนำพวกเขาอยู่บน LinkedIn โพสต์ของพนักงานเข้าถึงเครือข่ายของเขาเอง', '有經驗的人才和幫忙推薦的人都在 LinkedIn；同事自己的貼文能觸及他們的人脈。', '招聘信息在微信里转发最快；公众号和视频号讲员工故事，同事转发到朋友圈就能触达他们的人脉。'),
      pillars: [l('Career stories', 'เส้นทางงานของพนักงาน', '職涯故事', '职业故事'), l('Open roles', 'ตำแหน่งที่เปิดรับ', '開放職缺', '在招岗位'), l('What we learned', 'สิ่งที่เราได้เรียนรู้', '我們學到的事', '我们学到的事')],
      formats: [l('Colleague posts', 'โพสต์จากพนักงาน', '同事貼文', '公众号文章'), l('Job posts', 'ประกาศรับสมัครงาน', '職缺貼文', '视频号短视频')],
    },
    {
      slot: 'culture', personas: ['candidate', 'colleague'], postsPerWeek: 2, hoursPerPost: 2, hoursPerWeek: 4, kpis: [['reach', 8000], ['engagement_rate', 4]],
      reason: l('Candidates want to see the people and the place; Stories and Reels show a normal day better than a careers page.', 'คนรุ่นใหม่ดูชีวิตการทำงานจริงผ่านคลิปสั้นบน TikTok ก่อนตัดสินใจสมัคร คลิป “หนึ่งวันในออฟฟิศ” บอกได้มากกว่าประกาศรับสมัครงาน', '應徵者想看到公司裡的人和環境；限動和 Reels 比徵才頁更能呈現真實的一天。', '年轻求职者会在小红书搜“某某公司怎么样”；真实的办公室日常和员工分享笔记，比招聘页面更有说服力。'),
      pillars: [l('A day in the team', 'หนึ่งวันในทีม', '團隊的一天', '团队的一天'), l('Meet a colleague', 'รู้จักเพื่อนร่วมงาน', '認識一位同事', '认识一位同事'), l('Events and wins', 'กิจกรรมและความสำเร็จ', '活動與好消息', '活动与好消息')],
      formats: [l('Reels', 'คลิปสั้น', 'Reels', '图文笔记'), l('Stories', 'ไลฟ์ถาม-ตอบ', '限時動態', '短视频')],
    },
    {
      slot: 'talk', personas: ['candidate'], postsPerWeek: 1, hoursPerPost: 1.5, hoursPerWeek: 2, kpis: [['engagement', 300], ['sentiment', 20]],
      reason: l('Early-career candidates search TikTok for honest takes on employers; colleagues answering real questions beat any job ad.', 'คนหางานถามถึงนายจ้างในกลุ่ม Facebook และติดตามเพจบริษัทเพื่อดูตำแหน่งงาน ประกาศงานถูกแชร์ต่อที่นี่', '台灣年輕人在 Dcard 工作板討論公司和面試經驗；用品牌帳號誠實回答問題，比廣告更有說服力。', '职场人在脉脉上讨论公司口碑和面试经历；在职员工和 HR 认真回应，能改善大家对公司的印象。'),
      pillars: [l('Answers to candidates’ questions', 'ตอบคำถามผู้สมัคร', '回答應徵者的問題', '回答求职者的问题'), l('Interview tips', 'เคล็ดลับการสัมภาษณ์', '面試小提醒', '面试小贴士')],
      formats: [l('Q&A videos', 'โพสต์ในกลุ่มหางาน', '品牌帳號回文', '回复帖子'), l('Replies to comments', 'ตอบคอมเมนต์', '回覆留言', '回复评论')],
    },
  ],
  voice: {
    weAre: [l('Honest about the job', 'ตรงไปตรงมาเรื่องงาน', '誠實說明工作內容', '坦诚说明工作内容'), l('Proud of the team', 'ภูมิใจในทีม', '以團隊為榮', '以团队为荣'), l('Encouraging', 'ให้กำลังใจ', '給人鼓勵', '给人鼓励')],
    weAreNot: [l('Over-promising', 'สัญญาเกินจริง', '過度承諾', '画大饼'), l('Corporate', 'ทางการแบบบริษัทใหญ่', '官腔', '官方腔'), l('Boastful', 'โอ้อวด', '自吹自擂', '自吹自擂')],
    vocabularyUse: [l('you’ll learn', 'มาเรียนรู้ไปด้วยกัน', '一起成長', '一起成长'), l('our team', 'ทีมของเรา', '我們團隊', '我们团队')],
    vocabularyAvoid: [l('“we’re a family”', '“เราคือครอบครัว”', '「我們是一家人」', '“我们是一家人”'), l('rockstar, ninja', 'งานสบาย เงินดี', '錢多事少', '狼性文化')],
    formality: 'neutral',
    emoji: 'sparing',
    languageNotes: l('Speak like a colleague, not a recruiter; use real job titles.', 'ใช้ภาษาสุภาพแบบพี่คุยกับน้อง ลงท้ายครับ/ค่ะ บอกเงื่อนไขงานตรงๆ เช่น ช่วงเงินเดือนและสวัสดิการ', '像學長姐跟學弟妹說話；工作條件說清楚，例如薪資範圍和福利。', '像师兄师姐跟新人聊天；工作条件讲清楚，比如薪资范围和福利。'),
    responseTimePromiseHours: 24,
    brandPersona: l('A colleague who tells you honestly what the job is like, the good parts and the hard ones.', 'เพื่อนร่วมงานที่เล่าให้ฟังตรงๆ ว่างานเป็นอย่างไร ทั้งส่วนที่ดีและส่วนที่ยาก', '一位會老實告訴你這份工作的好與難的同事。', '一位会实话告诉你这份工作的好与难的同事。'),
  },
  governance: governanceWith(
    { kind: 'guideline', reviewInMonths: 6, title: l('Guideline for colleagues who share', 'แนวทางสำหรับพนักงานที่แชร์เรื่องงาน', '同事分享指引', '员工转发指引'), body: l('Sharing is voluntary; no client data or internal numbers; personal opinions are clearly one’s own.', 'การแชร์เป็นความสมัครใจ ห้ามมีข้อมูลลูกค้าหรือตัวเลขภายใน และความเห็นส่วนตัวต้องชัดว่าเป็นของตัวเอง', '分享一律自願；不得出現客戶資料或內部數字；個人意見要清楚表明是個人看法。', '转发一律自愿；不得出现客户资料或内部数据；个人观点要清楚表明是个人看法。') },
    { kind: 'approval_process', reviewInMonths: 6, title: l('Who approves posts', 'ขั้นตอนอนุมัติโพสต์', '發文審核流程', '发布审核流程'), body: l('Job posts: the hiring manager and HR. Colleague stories: the colleague approves the final text and photos.', 'ประกาศงาน: หัวหน้างานและฝ่ายบุคคล เรื่องเล่าของพนักงาน: เจ้าตัวอนุมัติข้อความและรูปสุดท้าย', '職缺貼文：用人主管和人資核准。同事故事：由當事人確認最終文字和照片。', '招聘内容：用人经理和 HR 审核。员工故事：由本人确认最终文字和图片。') },
  ),
  relationships: [
    { kind: 'employee', count: 10, value: 5, slot: 'pro', frequency: 'monthly', name: l('Colleagues who share', 'พนักงานที่ช่วยแชร์', '樂於分享的同事', '乐于转发的同事'), context: l('Monthly share kit and a thank-you', 'ชุดคอนเทนต์รายเดือนและคำขอบคุณ', '每月分享包和一聲感謝', '每月素材包和一句感谢'), relevance: l('Candidates trust them more than the company', 'ผู้สมัครเชื่อพวกเขามากกว่าบริษัท', '應徵者信任他們勝過公司', '求职者信任他们胜过公司'), valueReason: l('Their networks are full of people like them', 'เครือข่ายของเขามีแต่คนแบบเดียวกับเขา', '他們的人脈裡都是和他們相似的人', '他们的人脉里都是和他们相似的人') },
    { kind: 'partner', count: 4, value: 4, slot: 'pro', frequency: 'quarterly', name: l('Universities and career services', 'มหาวิทยาลัยและศูนย์แนะแนวอาชีพ', '大學和職涯中心', '高校和就业指导中心'), context: l('Talks, internships and shared posts', 'บรรยาย ฝึกงาน และแชร์โพสต์ร่วมกัน', '講座、實習和互相分享貼文', '讲座、实习和互相转发'), relevance: l('They bring us graduates every year', 'ส่งนักศึกษาจบใหม่มาให้ทุกปี', '每年為我們帶來新鮮人', '每年为我们输送应届生'), valueReason: l('A steady source of juniors', 'แหล่งคนรุ่นใหม่ที่สม่ำเสมอ', '穩定的新人來源', '稳定的新人来源') },
    { kind: 'community', count: 30, value: 3, slot: 'pro', frequency: 'yearly', name: l('Former colleagues (alumni)', 'อดีตพนักงาน', '離職同事（校友）', '前同事（校友）'), context: l('A yearly get-together and news of open roles', 'นัดเจอกันปีละครั้งและส่งข่าวตำแหน่งงาน', '每年一次聚會，並分享職缺消息', '每年一次聚会，并分享在招岗位'), relevance: l('They review us and refer people', 'เป็นคนรีวิวและแนะนำคนมาให้', '他們會評價我們，也會推薦人才', '他们会评价我们，也会推荐人才'), valueReason: l('Good alumni are the best reference', 'อดีตพนักงานที่ดีคือคำรับรองที่ดีที่สุด', '好的離職同事是最好的口碑', '好的前同事是最好的口碑') },
  ],
};
