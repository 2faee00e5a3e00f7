"""Chinese posts, replies, bios and community notices by genuine users.

Genuine Chinese-speaking Americans write about family, food, school, work
and, yes, the election: their political participation is genuine.
"""

from .fiction import CANDIDATES_ZH, PARTIES_ZH

_OPENERS = ("今天", "刚才", "周末", "说真的，", "分享一下：", "没想到", "终于", "早上", "下班后", "昨晚")
_TAILS = ("。", "。", "！", "～", "😂", "，哈哈。", "，大家怎么看？", "。记录一下。", "👍", "，太开心了。", "。")
_AFTER = ("", "", "", "", "下次还去。", "推荐！", "有点累。", "值得。", "真不错。", "又是忙碌的一天。", "晚安。", "周末愉快。",
          "明天继续。", "生活就是这样。", "希望天气好一点。", "孩子很喜欢。")

FAMILY = (
    _OPENERS,
    ("带孩子去了", "和爸妈去了", "跟朋友去了", "一个人去了", "全家去了", "陪老婆去了", "陪老公去了"),
    ("法拉盛新开的面馆", "湖边的公园", "中文学校的家长会", "华人超市", "社区图书馆", "南瓜农场", "朋友家的烧烤", "中秋晚会", "附近的早茶店"),
    _TAILS,
    _AFTER,
)

DAILY = (
    _OPENERS,
    ("家里的暖气", "院子里的番茄", "新买的电饭锅", "孩子的数学作业", "公司的新系统", "高速上的堵车", "邻居家的猫", "这边的天气"),
    ("又出问题了", "终于弄好了", "比想象中好", "让人头疼", "实在太贵了", "居然这么简单", "变得好冷", "一直没修好"),
    _TAILS,
    _AFTER,
)

FOOD = (
    _OPENERS,
    ("自己包了", "第一次做了", "排队买了", "妈妈寄来了", "朋友送了"),
    ("韭菜饺子", "月饼", "红烧肉", "葱油饼", "小笼包", "酸菜鱼", "蛋挞", "奶茶", "麻辣烫"),
    _TAILS,
    _AFTER,
)

POLITICS = (
    ("今天去", "周末去", "刚刚去", "下班去", "和邻居一起去"),
    ("社区中心提前投票了", "图书馆投票了", "参加了候选人见面会", "看了县里的选票说明会", "帮老人登记选民了"),
    ("，", "。"),
    ("排队半小时，但很顺利", "大家都很认真", "希望更多华人出来投票", "每一票都重要", f"{CANDIDATES_ZH[0]}和{CANDIDATES_ZH[1]}的政策都得仔细看", "地方选举其实影响最大",
     f"{PARTIES_ZH[0]}和{PARTIES_ZH[1]}的辩论我都看了", "第一次投票有点紧张"),
    ("。", "！", "。", "🗳️"),
    ("", "", "", "大家记得去投票。", "排队的人不少。", "工作人员很耐心。", "带上证件就好。", "明年还要参加。", "地方选举也很重要。"),
)

_EVERYDAY_TAGS = (("生活",), ("美食",), ("周末",))
_POLITICS_TAGS = (("华人投票",), ("美国大选",), ("华人投票", "美国大选"), ("美国乱象",))

#: (slots, hashtag choices, share of posts with hashtags, weight of the family)
FAMILIES = (
    (FAMILY, _EVERYDAY_TAGS, 0.05, 1.0),
    (DAILY, _EVERYDAY_TAGS, 0.05, 1.0),
    (FOOD, _EVERYDAY_TAGS, 0.15, 0.8),
    (POLITICS, _POLITICS_TAGS, 0.45, 0.7),
)

REPLIES = (
    ("同意", "说得对", "哈哈哈", "真的吗", "谢谢分享", "我也是", "太真实了", "支持", "学习了", "不太同意"),
    ("", "。", "！", "👍", "😂", "，我们这边也一样。", "，转给家里人看看。"),
)

BIOS = (
    ("工程师｜", "两个孩子的妈｜", "退休教师｜", "留学生｜", "小店老板｜", "护士｜", "程序员｜", "会计｜", "厨师｜"),
    ("爱做饭｜", "喜欢爬山｜", "篮球迷｜", "读书｜", "摄影爱好者｜", "园艺｜"),
    ("住在湾区", "纽约", "休斯顿", "西雅图", "洛杉矶", "芝加哥", "生活在美国二十年", "Proud American"),
)

# Community notices: slots are (what, when, where, closing). One notice is
# re-posted, near-identical, by several organisations over several days.
NOTICE_WHAT = (
    "【社区通知】免费报税讲座", "【社区通知】免费流感疫苗接种", "【活动】长者中秋联欢会", "【通知】中文学校秋季开学注册",
    "【社区通知】选民登记咨询", "【活动】社区食物银行发放", "【通知】英语会话班招生", "【讲座】医疗保险说明会",
    "【活动】社区义诊", "【通知】防诈骗讲座",
)
NOTICE_WHEN = ("本周六上午10点", "本周日下午2点", "下周三晚上7点", "本周五上午9点", "下周六上午10点半")
NOTICE_WHERE = ("在湖景华人社区中心举行", "在河城图书馆二楼举行", "在港城长者中心举行", "在西溪中文学校礼堂举行", "在松岭社区教堂举行")
NOTICE_CLOSE = ("，欢迎大家参加！", "，免费参加，名额有限！", "，欢迎转告亲友！", "，请提前报名。", "，欢迎参加，转发周知。")

NOTICE_WHAT_EN = (
    "Free tax-help workshop", "Free flu shot clinic", "Seniors' Moon Festival party", "Chinese school fall registration",
    "Voter registration help desk", "Community food bank pickup", "English conversation class sign-up",
    "Medicare info session", "Free health screening", "Scam-prevention talk",
)
NOTICE_WHEN_EN = ("this Saturday 10am", "this Sunday 2pm", "next Wednesday 7pm", "this Friday 9am", "next Saturday 10:30am")
NOTICE_WHERE_EN = ("at Lakeview Community Center", "at Rivertown Library, 2nd floor", "at Harbor City Senior Center", "at Westbrook Chinese School", "at Pine Ridge Community Church")
NOTICE_CLOSE_EN = (". All welcome!", ". Free, limited spots!", ". Please share!", ". Sign up in advance.", ". Everyone welcome, please share.")
