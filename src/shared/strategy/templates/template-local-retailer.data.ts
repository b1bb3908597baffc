import { competitorToName, governanceWith } from './template-common.data.ts';
import { byMarket, l, type TemplateSpec } from './template-spec.domain.ts';

// A neighbourhood shop (gifts, bakery, boutique, stationery…) run by two or three people who
// post when the shop is quiet. Regulars are kept by e-mail in the West, LINE in Thailand and
// Taiwan, WeChat in mainland China; new customers find the shop on Instagram, TikTok or
// Xiaohongshu; the neighbourhood talks on Facebook, or on Dianping in China.

export const LOCAL_RETAILER: TemplateSpec = {
  slots: {
    regulars: byMarket('newsletter', 'line_oa', 'line_oa', 'wechat'),
    discovery: byMarket('instagram', 'tiktok', 'instagram', 'xiaohongshu'),
    local: byMarket('facebook', 'facebook', 'facebook', 'other'),
  },
  reasons: [
    { reason: 'marketing', scope: 'external', description: l('Customers look us up on their phone before they visit: opening hours, photos, reviews, whether what they want is in stock.', 'ลูกค้าเช็กร้านในมือถือก่อนมาเสมอ ทั้งเวลาเปิดปิด รูปร้าน รีวิว และมีของที่อยากได้ไหม', '顧客來店前一定先用手機查：營業時間、照片、評價，還有想買的東西有沒有貨。', '顾客到店前一定先用手机查：营业时间、照片、评价，还有想买的东西有没有货。') },
    { reason: 'customer_collaboration', scope: 'external', description: l('Regulars ask about stock, reserve items and want to hear about new arrivals first.', 'ลูกค้าประจำทักมาถามของ จองสินค้า และอยากรู้ก่อนใครเมื่อมีของใหม่เข้า', '熟客會私訊問貨、預留商品，也想第一時間知道新品到貨。', '熟客会私信问货、预留商品，也想第一时间知道新品到货。') },
    { reason: 'reputation_monitoring', scope: 'both', description: l('Hear quickly when someone is unhappy, before it spreads in a local group.', 'รู้ให้เร็วเมื่อมีลูกค้าไม่พอใจ ก่อนเรื่องจะลามในกลุ่มของคนในย่าน', '有人不滿時要第一時間知道，別等到在地社團傳開。', '有人不满时要第一时间知道，别等到在本地群里传开。') },
  ],
  goals: [
    { ref: 'sales', type: 'acquisition_sales', priority: 'primary', description: l('Bring more people into the shop and to online orders, with social media as the main way they find us.', 'พาคนเข้าร้านและสั่งออนไลน์มากขึ้น โดยให้โซเชียลมีเดียเป็นทางหลักที่ลูกค้าใหม่เจอเรา', '讓更多人走進店裡、在線上下單，社群是新顧客認識我們的主要管道。', '让更多人走进店里、在线上下单，社交媒体是新顾客认识我们的主要渠道。') },
    { ref: 'loyalty', type: 'loyalty_retention', priority: 'secondary', description: l('Turn first-time buyers into regulars who come back and bring friends.', 'เปลี่ยนลูกค้าที่ซื้อครั้งแรกให้เป็นขาประจำที่กลับมาซื้อซ้ำและชวนเพื่อนมา', '把第一次來的客人變成會回購、會帶朋友來的熟客。', '把第一次来的客人变成会回购、会带朋友来的熟客。') },
  ],
  statement: l(
    'By {deadline}, our newsletter, Instagram and Facebook will bring 150 purchases a month with a social media coupon (60 today) and get 30% of first-time buyers to come back within 60 days, by showing the people and the products behind our counter.',
    'ภายในวันที่ {deadline} ร้านจะใช้ LINE OA, TikTok และ Facebook เพิ่มการซื้อที่ใช้คูปองจากโซเชียลจาก 60 เป็น 150 ครั้งต่อเดือน และให้ลูกค้าที่ซื้อครั้งแรก 30% กลับมาซื้อซ้ำภายใน 60 วัน ด้วยการเล่าเรื่องคนและสินค้าในร้านของเราเอง',
    '{deadline}前，我們要用 LINE 官方帳號、Instagram 和 Facebook，讓每月使用社群優惠碼的消費從 60 筆增加到 150 筆，並讓 30% 的首購顧客在 60 天內回購；做法是讓大家看見店裡的人和商品。',
    '{deadline}前，我们要通过微信、小红书和大众点评，让每月使用社交媒体优惠码的消费从 60 笔增加到 150 笔，并让 30% 的首次购买顾客在 60 天内回购；做法是让大家看见店里的人和商品。',
  ),
  objectives: [
    {
      ref: 'purchases', goal: 'sales', baseline: 60, target: 150, unit: 'count', dueQuarter: 4,
      title: l('More purchases that come from social media', 'เพิ่มยอดซื้อที่มาจากโซเชียลมีเดีย', '增加來自社群的消費', '增加来自社交媒体的消费'),
      metric: l('Purchases per month with a social media coupon code (shop and online)', 'จำนวนครั้งต่อเดือนที่ลูกค้าใช้โค้ดคูปองจากโซเชียล (หน้าร้านและออนไลน์)', '每月使用社群優惠碼的消費筆數（門市＋線上）', '每月使用社交媒体优惠码的消费笔数（门店＋线上）'),
      description: l('Give each channel its own code so the till shows where customers come from. Replace 60 with your own average of the last three months.', 'ให้แต่ละช่องทางมีโค้ดของตัวเอง เครื่องคิดเงินจะบอกได้ว่าลูกค้ามาจากไหน แก้เลข 60 เป็นค่าเฉลี่ยสามเดือนล่าสุดของร้านคุณ', '每個管道用不同的優惠碼，收銀系統就看得出顧客從哪裡來。請把 60 改成你店裡最近三個月的平均。', '每个渠道用不同的优惠码，收银系统就能看出顾客从哪里来。请把 60 改成你店里最近三个月的平均值。'),
    },
    {
      ref: 'subscribers', goal: 'sales', baseline: 300, target: 1000, unit: 'count', dueQuarter: 4,
      title: l('Grow the list of people we can message directly', 'เพิ่มจำนวนคนที่เราส่งข่าวถึงได้โดยตรง', '擴大可以直接傳訊息的名單', '扩大可以直接触达的顾客名单'),
      metric: l('Newsletter subscribers', 'เพื่อนใน LINE OA (ไม่นับคนที่บล็อก)', 'LINE 官方帳號好友數（扣除封鎖）', '企业微信好友和顾客群成员数'),
      description: l('Ask at the till and in every post; a small welcome coupon helps. Replace 300 with today’s number.', 'ชวนตอนคิดเงินและในทุกโพสต์ คูปองต้อนรับเล็กๆ ช่วยได้มาก แก้เลข 300 เป็นจำนวนของร้านคุณวันนี้', '結帳時和每篇貼文都邀請加入，送一張小小的歡迎券很有效。請把 300 改成你今天的數字。', '结账时和每篇笔记里都邀请添加，送一张小小的欢迎券很有效。请把 300 改成你现在的数字。'),
    },
    {
      ref: 'repeat', goal: 'loyalty', baseline: 20, target: 30, unit: 'percent', dueQuarter: 4,
      title: l('More first-time buyers come back', 'ลูกค้าซื้อครั้งแรกกลับมาซื้อซ้ำมากขึ้น', '更多首購顧客回購', '更多首次购买的顾客回购'),
      metric: l('Share of first-time buyers who buy again within 60 days', 'สัดส่วนลูกค้าซื้อครั้งแรกที่กลับมาซื้ออีกภายใน 60 วัน', '首購顧客 60 天內再次消費的比例', '首次购买顾客 60 天内再次消费的比例'),
      description: l('Measured with the stamp card or the newsletter sign-up list. Replace 20% with what your records show.', 'วัดจากบัตรสะสมแต้มใน LINE OA แก้เลข 20% ให้ตรงกับข้อมูลของร้านคุณ', '用 LINE 集點卡來計算。請把 20% 改成你的實際紀錄。', '用会员小程序或集点卡来统计。请把 20% 改成你的实际记录。'),
    },
  ],
  tactics: [
    { objective: 'purchases', slots: ['regulars'], title: l('New arrivals on Thursday', 'ของใหม่ทุกวันพฤหัส', '週四新品通知', '周四上新通知'), description: l('Every Thursday, send subscribers the week’s new arrivals with a coupon code valid for 7 days.', 'ทุกวันพฤหัส บรอดแคสต์สินค้าใหม่ของสัปดาห์ พร้อมคูปองที่ใช้ได้ 7 วัน', '每週四推播本週新品，附上 7 天內有效的優惠碼。', '每周四在顾客群和朋友圈发本周新品，附上 7 天内有效的优惠码。') },
    { objective: 'purchases', slots: ['discovery'], title: l('Short videos from behind the counter', 'คลิปสั้นจากหลังเคาน์เตอร์', '櫃檯後的短影音', '店里的日常短视频'), description: l('Two short videos a week: unpacking new stock, how to use a product, a customer’s favourite. Each one ends with how to find us.', 'สัปดาห์ละสองคลิป: แกะของใหม่ วิธีใช้สินค้า ของชิ้นโปรดของลูกค้า ทุกคลิปจบด้วยวิธีมาที่ร้าน', '每週兩支：開箱新貨、商品怎麼用、熟客最愛的一樣東西。每支結尾都說明怎麼來店裡。', '每周两条：开箱新货、商品怎么用、熟客最爱的一样东西。每条结尾都写清楚怎么到店。') },
    { objective: 'subscribers', slots: ['local', 'regulars'], title: l('Neighbourhood events', 'กิจกรรมในย่าน', '在地小活動', '门店小活动'), description: l('One small event a month (workshop, tasting, late opening), announced locally; people sign up to hear about the next one.', 'เดือนละหนึ่งกิจกรรมเล็กๆ (เวิร์กช็อป ชิมฟรี เปิดร้านดึก) ประกาศในกลุ่มคนในย่าน และชวนแอด LINE เพื่อรับข่าวครั้งต่อไป', '每月一場小活動（手作課、試吃、夜間營業），在在地社團宣傳，邀請大家加 LINE 好友以收到下一場通知。', '每月一场小活动（手作课、试吃、夜间营业），在大众点评和朋友圈宣传，邀请大家加企业微信以收到下一场通知。') },
    { objective: 'repeat', slots: ['regulars'], title: l('Come back within 60 days', 'กลับมาภายใน 60 วัน', '60 天回購禮', '60 天回购礼'), description: l('A thank-you message three weeks after the first purchase, with a small gift for a second visit within 60 days.', 'ส่งข้อความขอบคุณสามสัปดาห์หลังซื้อครั้งแรก พร้อมของขวัญเล็กๆ ถ้ากลับมาอีกภายใน 60 วัน', '首購三週後傳一則感謝訊息，60 天內再次光臨就送一份小禮物。', '首次购买三周后发一条感谢消息，60 天内再次光临就送一份小礼物。') },
  ],
  context: {
    segments: [
      { name: l('Neighbours and people who work nearby', 'คนในย่านและคนที่ทำงานแถวร้าน', '附近居民和上班族', '附近居民和上班族'), description: l('Drop in on the way home, buy often, care about advice and convenience.', 'แวะซื้อระหว่างทางกลับบ้าน ซื้อบ่อย ให้ความสำคัญกับคำแนะนำและความสะดวก', '下班順路來逛，買得勤，重視建議和方便。', '下班顺路来逛，买得勤，看重建议和方便。') },
      { name: l('People looking for a gift or something special', 'คนที่หาของขวัญหรือของไม่ซ้ำใคร', '找禮物或特別東西的人', '找礼物或特别东西的人'), description: l('Find us on social media, come once for a reason, may become regulars.', 'เจอร้านจากโซเชียล มาเพราะมีเหตุผลเฉพาะครั้ง และอาจกลายเป็นขาประจำ', '在社群上發現我們，為了某個理由來一次，有機會變成熟客。', '在网上发现我们，为了某个理由来一次，有机会变成熟客。') },
    ],
    marketSummary: l(
      'People still like to buy from a shop they know, but they check it on their phone first. Marketplaces win on price; a local shop wins on advice, speed and the relationship. Rewrite this in two or three sentences about your own street.',
      'คนยังชอบซื้อจากร้านที่รู้จัก แต่จะเช็กในมือถือก่อนเสมอ มาร์เก็ตเพลสชนะเรื่องราคา ส่วนร้านในย่านชนะเรื่องคำแนะนำ ความเร็ว และความสัมพันธ์ เขียนใหม่เป็นภาพรวมของย่านร้านคุณเองสักสองสามประโยค',
      '大家還是喜歡跟熟悉的店買東西，但一定先用手機查過。電商平台贏在價格，在地小店贏在建議、速度和人情。請改寫成兩三句描述你那條街的情況。',
      '大家还是喜欢在熟悉的店买东西，但一定先用手机查过。电商平台赢在价格，本地小店赢在建议、速度和人情。请改写成两三句描述你所在街区的情况。',
    ),
    swot: [
      ['strength', l('We know our regulars by name and can advise in person.', 'เรารู้จักลูกค้าประจำและให้คำแนะนำได้ต่อหน้า', '我們叫得出熟客的名字，能當面給建議。', '我们叫得出熟客的名字，能当面给建议。')],
      ['weakness', l('Little time for social media: posts happen when the shop is quiet.', 'มีเวลาทำโซเชียลน้อย โพสต์ได้ตอนร้านว่างเท่านั้น', '經營社群的時間很少，只能趁店裡不忙時發文。', '运营社交媒体的时间很少，只能趁店里不忙时发内容。')],
      ['opportunity', l('Local groups and short videos let a small shop be found without a big budget.', 'กลุ่มคนในย่านและคลิปสั้นทำให้ร้านเล็กถูกค้นเจอได้โดยไม่ต้องใช้งบเยอะ', '在地社團和短影音讓小店不用大預算也能被看見。', '本地社群和短视频让小店不用大预算也能被看见。')],
      ['threat', l('Marketplaces and chains cut prices hard around Black Friday and the holidays.', 'มาร์เก็ตเพลสและร้านเครือลดราคาหนักช่วง 11.11 และ 12.12', '電商和連鎖店在雙 11、週年慶大打價格戰。', '电商和连锁店在双十一、618 大打价格战。')],
    ],
    valueProposition: l(
      'Products chosen by people who use them, honest advice in person and same-day pickup, ten minutes from home. Rewrite this in your own words.',
      'สินค้าที่คัดโดยคนที่ใช้จริง คำแนะนำตรงไปตรงมาแบบเจอหน้า และรับของได้ในวันเดียว ใกล้บ้านแค่สิบนาที เขียนใหม่ด้วยคำของร้านคุณเอง',
      '由真正在用的人挑選的商品、當面誠實的建議、當天就能取貨，離家只要十分鐘。請用你自己的話改寫。',
      '由真正在用的人挑选的商品、当面实在的建议、当天就能取货，离家只要十分钟。请用你自己的话改写。',
    ),
    risks: [
      { likelihood: 4, impact: 3, description: l('No time to post in busy seasons, so the channels go quiet.', 'ช่วงเทศกาลยุ่งจนไม่มีเวลาโพสต์ ช่องทางเงียบไป', '旺季忙到沒時間發文，帳號就停擺了。', '旺季忙到没时间发内容，账号就停更了。'), mitigation: l('Prepare two weeks of posts before each busy season and schedule them.', 'เตรียมโพสต์ล่วงหน้าสองสัปดาห์ก่อนช่วงเทศกาลและตั้งเวลาไว้', '旺季前先準備兩週的貼文並排程。', '旺季前先准备两周的内容并定时发布。') },
      { likelihood: 3, impact: 3, description: l('A bad review spreads in a local group.', 'รีวิวไม่ดีถูกแชร์ในกลุ่มของคนในย่าน', '一則負評在在地社團傳開。', '一条差评在本地群里传开。'), mitigation: l('Answer within the promised time, in public once, then privately; follow the crisis levels.', 'ตอบภายในเวลาที่สัญญาไว้ ตอบในที่สาธารณะหนึ่งครั้งแล้วคุยต่อทางแชต ทำตามระดับวิกฤต', '在承諾的時間內回覆，公開回一次後轉私訊，依危機等級處理。', '在承诺的时间内回复，公开回一次后转私信，按危机等级处理。') },
    ],
    options: [{ title: l('Sell on a marketplace too', 'ขายบนมาร์เก็ตเพลสด้วย', '也上架電商平台', '同时入驻电商平台'), description: l('Decide after six months: more reach, but lower margins and a price fight.', 'ตัดสินใจหลังหกเดือน: เข้าถึงคนมากขึ้น แต่กำไรต่อชิ้นลดลงและต้องแข่งราคา', '半年後再決定：曝光更多，但毛利較低，還得拚價格。', '半年后再决定：曝光更多，但利润更低，还得拼价格。') }],
    skills: [
      l('Product photos with a phone', 'ถ่ายรูปสินค้าด้วยมือถือ', '用手機拍商品照', '用手机拍商品图'),
      l('Short, friendly posts', 'เขียนโพสต์สั้นและเป็นกันเอง', '寫簡短親切的貼文', '写简短亲切的文案'),
      l('Answering messages politely and fast', 'ตอบแชตสุภาพและรวดเร็ว', '有禮貌又快速地回訊息', '礼貌又及时地回复消息'),
    ],
    headcount: 2,
    hoursPerWeek: 10,
    suppliers: [l('Replace with your main suppliers: they can share product photos and stories', 'แทนที่ด้วยซัพพลายเออร์หลักของร้าน พวกเขาช่วยส่งรูปและเรื่องราวของสินค้าได้', '請改成你的主要供應商，他們可以提供商品照片和故事', '请替换为你的主要供应商，他们可以提供商品图片和故事')],
    partners: [l('Neighbouring shops and cafés for joint events', 'ร้านค้าและคาเฟ่ข้างเคียงสำหรับจัดกิจกรรมร่วมกัน', '隔壁的店家和咖啡廳，一起辦活動', '隔壁的店和咖啡馆，一起办活动')],
  },
  listening: {
    brandTerms: [
      l('Replace with your shop’s name', 'แทนที่ด้วยชื่อร้านของคุณ', '請改成你的店名', '请替换为你的店名'),
      l('Replace with your account name, e.g. @yourshop', 'แทนที่ด้วยชื่อบัญชีของร้าน เช่น @ชื่อร้าน', '請改成店家帳號，例如 @yourshop', '请替换为店铺账号，例如 @yourshop'),
    ],
    competitors: [
      competitorToName('compA', l('Competitor A: replace with the shop customers compare you with', 'คู่แข่ง ก: แทนที่ด้วยร้านที่ลูกค้ามักเอาไปเทียบกับร้านคุณ', '競爭對手 A：請改成顧客常拿來和你比較的店', '竞争对手 A：请替换为顾客常拿来和你比较的店')),
      competitorToName('compB', l('Competitor B: replace with the online store or chain selling what you sell', 'คู่แข่ง ข: แทนที่ด้วยร้านออนไลน์หรือร้านเครือที่ขายของแบบเดียวกัน', '競爭對手 B：請改成賣同類商品的網店或連鎖店', '竞争对手 B：请替换为卖同类商品的网店或连锁店')),
    ],
    categoryTerms: [
      l('shop local', 'ร้านลับ', '在地小店', '宝藏小店'),
      l('Replace with what you sell and your area, e.g. “bakery Camden”', 'แทนที่ด้วยสินค้าของคุณกับชื่อย่าน เช่น “เบเกอรี่ อารีย์”', '請改成你的商品＋地區，例如「台中 甜點」', '请替换为你的商品＋地区，例如“成都 烘焙”'),
    ],
    topicTerms: [l('gift ideas', 'ไอเดียของขวัญ', '送禮推薦', '送礼推荐'), l('things to do this weekend', 'เที่ยวไหนดีเสาร์อาทิตย์นี้', '週末去哪', '周末去哪儿')],
    questions: [
      l('What do people praise or complain about when they talk about shops like ours?', 'คนชมหรือบ่นเรื่องอะไรเวลาพูดถึงร้านแบบเรา', '大家討論類似我們的店時，稱讚什麼、抱怨什麼？', '大家讨论类似我们的店时，夸什么、吐槽什么？'),
      l('What do people ask friends to recommend for gifts and occasions?', 'คนถามเพื่อนให้แนะนำของขวัญหรือของสำหรับโอกาสไหนบ้าง', '大家會請朋友推薦什麼禮物、什麼場合要買的東西？', '大家会请朋友推荐什么礼物、什么场合要买的东西？'),
      l('When do competitors run promotions, and how do customers react?', 'คู่แข่งจัดโปรช่วงไหน และลูกค้าตอบรับอย่างไร', '競爭對手什麼時候做促銷？顧客反應如何？', '竞争对手什么时候做促销？顾客反应如何？'),
    ],
  },
  personas: [
    {
      ref: 'neighbour', ageBand: '30-45', journeyStage: 'retention', slots: ['regulars', 'local'],
      name: l('Sarah, lives ten minutes away and shops on her way home', 'คุณนิด พนักงานออฟฟิศที่อยู่ละแวกร้าน แวะซื้อตอนเย็น', '怡君，住附近的上班族，下班順路來逛', '小林，住在附近的上班族，下班顺路来逛'),
      location: l('Within 3 km of the shop', 'ในรัศมี 3 กม. รอบร้าน', '店面方圓 3 公里內', '门店周边 3 公里内'),
      occupation: l('Office worker', 'พนักงานออฟฟิศ', '上班族', '上班族'),
      incomeBand: l('Middle income', 'รายได้ปานกลาง', '中等收入', '中等收入'),
      values: [l('Convenience', 'ความสะดวก', '方便', '方便'), l('Being recognised', 'การได้รับการจดจำ', '被記得', '被记住')],
      interests: [l('Home and cooking', 'บ้านและการทำอาหาร', '居家和料理', '居家和做饭')],
      motivations: [l('Find something good quickly without a long search', 'หาของดีได้เร็วโดยไม่ต้องเสิร์ชนาน', '不用找很久就能買到好東西', '不用找很久就能买到好东西')],
      challenges: [l('Little time; doesn’t know when new things arrive', 'มีเวลาน้อย ไม่รู้ว่าของใหม่เข้าเมื่อไร', '時間不多，不知道什麼時候有新貨', '时间不多，不知道什么时候上新')],
      activeHours: l('7–8 am and 8–10 pm', '07:00-08:00 และ 20:00-22:00', '早上 7–8 點、晚上 8–10 點', '早上 7–8 点、晚上 8–10 点'),
      preferredFormats: [l('Short messages with a photo', 'ข้อความสั้นพร้อมรูป', '附照片的簡短訊息', '带图片的简短消息')],
      follows: [l('Local community groups', 'กลุ่มชุมชนในย่าน', '在地社團', '小区和本地群')],
      howToTalk: l('Like a neighbour: short, warm, practical (what’s new, price, when).', 'คุยเหมือนเพื่อนบ้าน สั้น อบอุ่น ได้ใจความ (ของใหม่อะไร ราคาเท่าไร มาได้เมื่อไร)', '像鄰居聊天：簡短、溫暖、講重點（有什麼新貨、多少錢、什麼時候來）。', '像邻居聊天：简短、热情、讲重点（有什么新货、多少钱、什么时候来）。'),
    },
    {
      ref: 'giftSeeker', ageBand: '18-30', journeyStage: 'awareness', slots: ['discovery', 'regulars'],
      name: l('Tom, looking for a gift he can’t find online', 'น้องเอ็ม นักศึกษาที่หาของขวัญและร้านน่ารักจาก TikTok', '阿哲，在 IG 上找禮物和特色小店的大學生', '小雨，在小红书上找礼物和宝藏小店的大学生'),
      location: l('Same city, further away', 'ในเมืองเดียวกัน แต่อยู่ไกลออกไป', '同一個城市，住得比較遠', '同一座城市，住得比较远'),
      occupation: l('Student or young professional', 'นักศึกษาหรือคนเริ่มทำงาน', '大學生或社會新鮮人', '大学生或职场新人'),
      incomeBand: l('Lower to middle income', 'รายได้น้อยถึงปานกลาง', '中低收入', '中低收入'),
      values: [l('Something unique', 'ของไม่ซ้ำใคร', '獨一無二', '独一无二'), l('Good photos', 'ภาพสวย', '好拍好看', '出片')],
      interests: [l('Cafés and small shops', 'คาเฟ่และร้านเล็กๆ', '咖啡廳和小店', '咖啡馆和小店')],
      motivations: [l('A gift that shows he made an effort', 'ของขวัญที่บอกว่าตั้งใจเลือก', '送出看得出用心的禮物', '送出看得出用心的礼物')],
      challenges: [l('Not sure the shop is open or has it in stock', 'ไม่แน่ใจว่าร้านเปิดไหมและมีของไหม', '不確定店有沒有開、有沒有貨', '不确定店有没有开、有没有货')],
      activeHours: l('Evenings and weekends', 'ช่วงค่ำและวันหยุด', '晚上和週末', '晚上和周末'),
      preferredFormats: [l('Short videos', 'คลิปสั้น', '短影音', '短视频'), l('Real customer reviews', 'รีวิวจากลูกค้าจริง', '真實顧客評價', '真实顾客评价')],
      follows: [l('Local lifestyle creators', 'ครีเอเตอร์สายไลฟ์สไตล์ในเมือง', '在地生活風格創作者', '本地生活博主')],
      howToTalk: l('Show, don’t sell: the product in use, the price, how to get here.', 'โชว์ให้เห็นมากกว่าขาย: สินค้าตอนใช้จริง ราคา และวิธีมาที่ร้าน', '用展示代替推銷：商品實際使用的樣子、價格、怎麼來店裡。', '用展示代替推销：商品实际使用的样子、价格、怎么到店。'),
    },
  ],
  kpis: [
    { kpi: 'conversions', objective: 'purchases', quarterlyTargets: [80, 105, 130, 150], dataSource: l('Till report: coupon codes by channel', 'รายงานจากเครื่องคิดเงิน (POS): โค้ดคูปองแยกตามช่องทาง', 'POS 收銀報表：各管道優惠碼使用次數', '收银系统报表：各渠道优惠码使用次数') },
    { kpi: 'follower_growth', objective: 'subscribers', quarterlyTargets: [35, 35, 35, 35], dataSource: l('Newsletter tool: subscriber count at quarter end', 'LINE OA Manager: จำนวนเพื่อน ณ สิ้นไตรมาส', 'LINE 官方帳號後台：每季末好友數', '企业微信后台：每季度末好友和群成员数') },
    { kpi: 'retention', objective: 'repeat', quarterlyTargets: [22, 25, 28, 30], dataSource: l('Stamp card records', 'บัตรสะสมแต้มใน LINE OA', 'LINE 集點卡紀錄', '会员小程序或集点卡记录') },
  ],
  oneThing: {
    differentiator: l(
      'Write here, in one sentence, what customers get only from you, for example: “The only shop in the neighbourhood where the owner helps you choose and wraps every gift by hand.” Replace this text.',
      'เขียนตรงนี้ในประโยคเดียวว่าลูกค้าได้อะไรจากร้านคุณที่หาที่อื่นไม่ได้ เช่น “ร้านเดียวในย่านที่เจ้าของช่วยเลือกและห่อของขวัญให้ด้วยมือทุกชิ้น” แล้วลบข้อความนี้',
      '請用一句話寫下顧客只有在你這裡才得到的東西，例如：「這一帶唯一一家老闆會陪你挑、每份禮物都親手包裝的店。」寫好後刪掉這段說明。',
      '请用一句话写下顾客只有在你这里才能得到的东西，例如：“这一片唯一一家店主会陪你挑、每份礼物都亲手包装的店。”写好后删掉这段说明。',
    ),
    proofPoints: [
      l('Replace with proof customers can see, e.g. “4.8 stars from 300 reviews”', 'แทนที่ด้วยหลักฐานที่ลูกค้าเห็นได้ เช่น “รีวิว 4.8 ดาวจาก 300 รีวิว”', '請改成顧客看得到的證明，例如「300 則評價、平均 4.8 顆星」', '请替换为顾客看得到的证明，例如“300 条评价、平均 4.8 分”'),
      l('Replace with something only you do, shown in a photo or a short video', 'แทนที่ด้วยสิ่งที่มีแต่ร้านคุณทำ พร้อมรูปหรือคลิปสั้น', '請改成只有你做得到的事，用照片或短影音呈現', '请替换为只有你做得到的事，用图片或短视频呈现'),
    ],
    attributes: [l('Choice of products', 'ความหลากหลายของสินค้า', '商品選擇', '商品选择'), l('Service and advice', 'บริการและคำแนะนำ', '服務與建議', '服务与建议'), l('Value for money', 'ความคุ้มค่า', 'CP 值', '性价比')],
  },
  channels: [
    {
      slot: 'regulars', personas: ['neighbour', 'giftSeeker'], postsPerWeek: 2, hoursPerPost: 1, hoursPerWeek: 3, kpis: [['conversions', 60], ['retention', 30]],
      reason: l('Regulars open an e-mail from a shop they like; a weekly newsletter with new arrivals and a coupon brings them back, and the codes show what it sells.', 'ลูกค้าประจำใช้ LINE ทุกวันอยู่แล้ว LINE OA ส่งข่าวของใหม่ คูปอง และบัตรสะสมแต้มได้ในที่เดียว และวัดได้ว่าใครกลับมาซื้อ', '熟客每天都在用 LINE；官方帳號可以推播新品、發優惠券和集點卡，也看得出誰回來消費。', '熟客每天都在用微信；用企业微信加好友、建顾客群、发朋友圈和优惠券，能直接把人带回店里，也看得出谁回头消费。'),
      pillars: [l('New arrivals', 'ของใหม่เข้าร้าน', '新品到貨', '新品上架'), l('Tips on using what we sell', 'เคล็ดลับการใช้สินค้า', '商品使用小技巧', '商品使用小技巧'), l('Members-only offers', 'สิทธิพิเศษเฉพาะสมาชิก', '會員專屬優惠', '会员专属优惠')],
      formats: [l('Weekly e-mail', 'บรอดแคสต์พร้อมคูปอง', '推播訊息＋優惠券', '群消息＋优惠券'), l('Coupon code', 'บัตรสะสมแต้ม', '集點卡', '朋友圈')],
    },
    {
      slot: 'discovery', personas: ['giftSeeker', 'neighbour'], postsPerWeek: 3, hoursPerPost: 1.5, hoursPerWeek: 5, kpis: [['reach', 15000], ['conversions', 40]],
      reason: l('People nearby look for gifts and new places on Instagram; Reels of real products reach people who don’t know us yet.', 'คนที่หาของขวัญและร้านใหม่ๆ ค้นใน TikTok มากกว่า Google คลิปสั้นของสินค้าจริงพาคนที่ยังไม่รู้จักเรามาถึงร้าน', '找禮物、找新店的人會在 IG 搜尋；用 Reels 拍真實商品，讓還不認識我們的人找上門。', '找礼物、找宝藏小店的人会先在小红书搜索；真实的商品图文和探店笔记能让还不认识我们的人找上门。'),
      pillars: [l('New in the shop', 'ของใหม่ในร้าน', '店裡的新東西', '店里的新东西'), l('How to use it', 'ใช้ยังไงให้ปัง', '怎麼用最好', '怎么用最好'), l('Meet the team', 'รู้จักคนในร้าน', '認識店裡的人', '认识店里的人')],
      formats: [l('Reels', 'คลิปสั้น 15-30 วินาที', 'Reels', '图文笔记'), l('Stories', 'ไลฟ์ขายของ', '限時動態', '短视频')],
    },
    {
      slot: 'local', personas: ['neighbour'], postsPerWeek: 2, hoursPerPost: 0.5, hoursPerWeek: 2, kpis: [['engagement', 400], ['conversions', 20]],
      reason: l('Local groups and events live on Facebook: neighbours recommend shops there and ask what is open.', 'คนในย่านถามหาร้านและดูรีวิวในกลุ่ม Facebook ของชุมชน เพจร้านใช้ประกาศกิจกรรม เวลาเปิดปิด และตอบรีวิว', '在地社團和活動都在 Facebook；街坊會在社團推薦店家、問哪家有開。粉專用來公告活動、營業時間和回覆評論。', '附近的顾客到店前会先看大众点评上的评分、照片和评价；维护好店铺页面、及时回复评价，是让人放心上门的基础。'),
      pillars: [l('Events and workshops', 'กิจกรรมและเวิร์กช็อป', '活動與手作課', '活动与手作课'), l('Opening hours and news', 'เวลาเปิดปิดและข่าวร้าน', '營業時間與店內消息', '营业时间与店内消息'), l('Customer reviews', 'รีวิวจากลูกค้า', '顧客評價', '顾客评价')],
      formats: [l('Event page', 'อีเวนต์บนเพจ', '活動頁', '店铺动态'), l('Posts in local groups', 'โพสต์ในกลุ่มชุมชน', '在地社團貼文', '回复评价')],
    },
  ],
  voice: {
    weAre: [l('Friendly like a neighbour', 'เป็นกันเองเหมือนเพื่อนบ้าน', '像鄰居一樣親切', '像邻居一样亲切'), l('Know our products well', 'รู้จริงเรื่องสินค้าที่ขาย', '懂自己賣的東西', '懂自己卖的东西'), l('Honest about prices and stock', 'ตรงไปตรงมาเรื่องราคาและสต็อก', '價格和庫存說實話', '价格和库存说实话')],
    weAreNot: [l('Pushy', 'ขายแบบยัดเยียด', '強迫推銷', '强行推销'), l('Stiff or corporate', 'แข็งทื่อแบบบริษัทใหญ่', '官腔', '官方腔'), l('Copying trends that don’t fit us', 'ตามเทรนด์ที่ไม่ใช่ตัวเรา', '跟風不適合自己的流行', '跟风不适合自己的热点')],
    vocabularyUse: [l('come and have a look', 'แวะมาดูได้เลย', '歡迎來店裡逛逛', '欢迎来店里逛逛'), l('thank you for coming', 'ขอบคุณที่อุดหนุน', '謝謝支持', '谢谢支持')],
    vocabularyAvoid: [l('cheapest in town', 'ถูกที่สุด', '全台最便宜', '全网最低价'), l('last chance!!! (when it isn’t)', 'ด่วน! หมดแล้วหมดเลย (ถ้าไม่จริง)', '最後一天！（其實不是）', '“第一”“最”等极限词（《广告法》禁止）')],
    formality: 'casual',
    emoji: 'sparing',
    languageNotes: l('Write as you talk to a regular at the counter: short sentences, first names where you know them.', 'ใช้ภาษาพูดที่สุภาพ ลงท้ายครับ/ค่ะตามคนตอบ เรียกลูกค้าว่า “คุณ” และไม่ใช้คำแสลงเกินไป', '用親切的口語，一般稱「你」；回覆客訴或長輩時改用「您」。', '用亲切的口语，一般称“你”；回复投诉或长辈时用“您”。'),
    responseTimePromiseHours: 4,
    brandPersona: l('The shopkeeper who remembers what you bought last time and tells you honestly if something is not for you.', 'เจ้าของร้านที่จำได้ว่าคุณซื้ออะไรไปครั้งก่อน และบอกตรงๆ ถ้าของชิ้นไหนไม่เหมาะกับคุณ', '記得你上次買了什麼、也會老實告訴你哪樣東西不適合你的老闆。', '记得你上次买了什么、也会实话告诉你哪样东西不适合你的店主。'),
  },
  governance: governanceWith(
    { kind: 'guideline', reviewInMonths: 6, title: l('How our posts look', 'แนวทางภาพและโพสต์ของร้าน', '貼文與照片原則', '内容与图片规范'), body: l('Natural light and real products on our own shelves; price and stock checked before posting; every post says how to find us or order.', 'แสงธรรมชาติ ถ่ายสินค้าจริงบนชั้นในร้าน เช็กราคาและสต็อกก่อนโพสต์ ทุกโพสต์บอกวิธีมาที่ร้านหรือวิธีสั่ง', '自然光、拍店內架上的真實商品；發文前確認價格和庫存；每篇都寫清楚怎麼來店或怎麼訂。', '自然光、拍店内货架上的真实商品；发布前确认价格和库存；每条都写清楚怎么到店或怎么下单。') },
    { kind: 'approval_process', reviewInMonths: 6, title: l('Who approves posts', 'ขั้นตอนอนุมัติโพสต์', '發文審核流程', '发布审核流程'), body: l('Everyday posts: the owner or manager reads them once. Promotions and prices: checked against the till system first.', 'โพสต์ทั่วไป: เจ้าของหรือผู้จัดการอ่านหนึ่งรอบ โปรโมชันและราคา: เช็กกับระบบคิดเงินก่อนทุกครั้ง', '一般貼文：老闆或店長看過一次即可。促銷和價格：先跟收銀系統核對。', '一般内容：店主或店长看过一次即可。促销和价格：先跟收银系统核对。') },
  ),
  relationships: [
    { kind: 'customer', count: null, value: 5, slot: 'regulars', frequency: 'weekly', name: l('Regular customers', 'ลูกค้าประจำ', '熟客', '熟客'), context: l('New arrivals first and a reward for coming back', 'ได้รู้ข่าวของใหม่ก่อนและได้รางวัลเมื่อกลับมา', '搶先知道新品，回來消費有回饋', '抢先知道新品，回来消费有回馈'), relevance: l('They buy most often and recommend us', 'ซื้อบ่อยที่สุดและบอกต่อ', '買得最多，也最常推薦我們', '买得最多，也最常推荐我们'), valueReason: l('Most of the revenue comes from them', 'รายได้ส่วนใหญ่มาจากพวกเขา', '大部分營收來自他們', '大部分营收来自他们') },
    { kind: 'influencer', count: 5, value: 4, slot: 'discovery', frequency: 'quarterly', name: l('Local creators and community page admins', 'ครีเอเตอร์ในเมืองและแอดมินเพจชุมชน', '在地創作者和社團管理員', '本地博主和社群群主'), context: l('Invited to see a new collection or a workshop, with no obligation to post', 'ชวนมาดูคอลเลกชันใหม่หรือเวิร์กช็อปโดยไม่บังคับให้โพสต์', '邀請來看新品或參加手作課，不強迫發文', '邀请来看新品或参加手作课，不强求发布'), relevance: l('Neighbours trust them more than ads', 'คนในย่านเชื่อพวกเขามากกว่าโฆษณา', '街坊信任他們勝過廣告', '街坊信任他们胜过广告'), valueReason: l('One honest post brings a week of new visitors', 'โพสต์จริงใจหนึ่งโพสต์พาลูกค้าใหม่มาได้ทั้งสัปดาห์', '一篇真誠的分享能帶來一整週的新客人', '一篇真诚的分享能带来一整周的新客人') },
    { kind: 'partner', count: 4, value: 3, slot: 'local', frequency: 'monthly', name: l('Neighbouring shops and cafés', 'ร้านค้าและคาเฟ่ข้างเคียง', '隔壁店家和咖啡廳', '隔壁店铺和咖啡馆'), context: l('Joint events and sharing each other’s posts', 'จัดกิจกรรมร่วมกันและแชร์โพสต์ของกันและกัน', '一起辦活動、互相分享貼文', '一起办活动、互相转发内容'), relevance: l('Same customers, different products', 'ลูกค้ากลุ่มเดียวกัน แต่ขายของต่างกัน', '客群相同，商品不同', '客群相同，商品不同'), valueReason: l('More people walking down the street helps everyone', 'คนเดินผ่านถนนมากขึ้น ทุกร้านได้ประโยชน์', '整條街人潮變多，大家都受惠', '整条街人流变多，大家都受益') },
  ],
};
