"""What the two fictional campaigns post. Every target is fictional.

Campaign A's *scripts* are built from slots of synonym groups: a script
picks one group per slot (its message), and each copy posted by a campaign
account picks a phrasing inside each group (usually the first). So copies of
one script are near-identical: copypasta with small variations.

Campaign B does not copy: each share of an article is a *paraphrase*, a
different sentence frame around the same claim, with the same link.
"""

# --- Campaign A: English scripts. Each family: (hooks, claims, closers), then hashtag choices.
AGE = (
    (
        ("Watch this clip.", "Just watch this clip.", "Watch this clip!!"),
        ("Unbelievable.", "Simply unbelievable.", "Unreal."),
        ("Wake up, America.", "Wake up America!!", "America, wake up."),
        ("Be honest.", "Let's be honest.", "Be honest with yourself."),
        ("I can't stop laughing.", "I can't stop laughing 😂", "Still laughing."),
    ),
    (
        (" Ashby froze on stage for twenty seconds", " Ashby froze on stage for 20 seconds", " Ashby just froze on stage for twenty seconds"),
        (" Ashby forgot which state he was in", " Ashby forgot what state he was in", " Ashby forgot which state he was standing in"),
        (" Ashby read the teleprompter notes out loud", " Ashby read the teleprompter instructions out loud", " Ashby literally read the stage directions out loud"),
        (" Ashby needed help finding the exit", " Ashby needed two aides to find the exit", " Ashby could not find the exit"),
        (" Ashby called his running mate by the wrong name", " Ashby got his own running mate's name wrong", " Ashby called his running mate the wrong name"),
    ),
    (
        (" and the Redwood Party says he is fit to lead?", " and the Redwood Party still says he is fit to lead?", " and Redwood says he's fit to lead??"),
        (". This is who they want running the country.", ". This is who they want to run the country.", ". And they want him running the country."),
        (". Too old. Too tired. Too late.", ". Too old, too tired, too late.", ". Too old and too tired."),
        (". Nobody is in charge over there.", ". Nobody is in charge.", ". Who is really in charge?"),
    ),
)
AGE_TAGS = (("TooOldToLead",), ("TooOldToLead", "Election2026"), ("AshbyFail",), ())

SMEAR = (
    (
        ("Follow the money.", "Just follow the money.", "Follow the money!!"),
        ("Why is nobody asking this?", "Why is no one asking this?", "Why isn't anyone asking this?"),
        ("The media won't tell you this.", "The media will never tell you this.", "Mainstream media won't report this."),
        ("Read this before you vote.", "Read this before voting.", "Please read this before you vote."),
    ),
    (
        (" Marchetti's family owns three shell companies in the islands", " Marchetti's family owns 3 shell companies offshore", " Marchetti's family has three shell companies in the islands"),
        (" Marchetti took money from the ferry lobby for years", " Marchetti took ferry lobby money for years", " for years Marchetti took money from the ferry lobby"),
        (" $40 million vanished from Marchetti's Harbor City budget", " $40 million went missing from Marchetti's Harbor City budget", " Marchetti lost $40 million of the Harbor City budget"),
        (" Marchetti's own staff are quitting in disgust", " Marchetti's staff are quitting in disgust", " Marchetti's staff keep quitting in disgust"),
    ),
    (
        (". She is hiding something.", ". She is hiding something!!", ". What is she hiding?"),
        (". Harbor Party corruption, as usual.", ". Harbor Party corruption as usual.", ". Typical Harbor Party corruption."),
        (". Share before they delete it.", ". Share before it gets deleted.", ". Share this before they delete it!"),
        (". Don't let them fool you.", ". Don't let them fool you again.", ". Don't be fooled."),
    ),
)
SMEAR_TAGS = (("MarchettiLies",), ("MarchettiLies", "Election2026"), ("FollowTheMoney",), ())

FAKE_IMAGE = (
    (
        ("LOL look at this photo.", "LOL look at this pic.", "Look at this photo lol."),
        ("Leaked picture.", "Leaked photo!!", "Leaked pic."),
        ("Finally someone posted it.", "Someone finally posted it.", "Finally somebody posted it."),
    ),
    (
        (" Marchetti in an orange prison jumpsuit", " Marchetti wearing an orange jumpsuit", " Marchetti in a prison jumpsuit"),
        (" Ashby asleep in the Senate chamber", " Ashby fast asleep in the chamber", " Ashby sleeping through the vote"),
        (" Marchetti hugging the ferry lobby boss", " Marchetti hugging the ferry lobby chief", " Marchetti all smiles with the ferry lobby boss"),
        (" Ashby in a hospital bed last week", " Ashby in a hospital bed just last week", " Ashby in hospital last week"),
    ),
    (
        (" - where it belongs 😂", " - exactly where it belongs 😂", " - where it belongs lol"),
        (". They don't want you to see this.", ". They don't want you seeing this.", ". They really don't want you to see this."),
        (". The photo says everything.", ". This photo says everything.", ". Photo says it all."),
        (". Is this real? Looks real to me.", ". Real or not? Looks real to me.", ". Looks real to me."),
    ),
)
FAKE_IMAGE_TAGS = (("Election2026",), ("TheTruth",), ())

CHAOS = (
    (
        ("Face it.", "Face it, people.", "Let's face it."),
        ("Nobody wants to say it.", "Nobody wants to say this.", "No one wants to say it."),
        ("I'm done.", "I'm so done.", "Honestly I'm done."),
        ("Look around you.", "Just look around you.", "Look around."),
    ),
    (
        (" Both parties have abandoned working families", " Both parties abandoned working families", " Both parties abandoned working people"),
        (" The election is already decided by the donors", " The donors already decided this election", " This election was decided by the donors"),
        (" Crime, debt and homeless camps everywhere", " Crime, debt, homeless camps everywhere", " Debt, crime and homeless camps everywhere"),
        (" Redwood and Harbor are two heads of the same snake", " Redwood and Harbor are the same snake", " Redwood and Harbor: two heads, one snake"),
        (" Your vote does not count and they know it", " Your vote doesn't count and they know it", " They know your vote doesn't count"),
    ),
    (
        (". The system is broken beyond repair.", ". The system is broken beyond repair!!", ". The whole system is broken."),
        (". Is this the greatest country on earth?", ". And they call this the greatest country?", ". Greatest country on earth, right?"),
        (". Stay home and let them fight.", ". Stay home and let them fight it out.", ". Why even vote?"),
        (". Wake up.", ". WAKE UP.", ". Wake up people."),
    ),
)
CHAOS_TAGS = (("AmericaDivided",), ("SystemIsBroken",), ("AmericaDivided", "Election2026"), ())

RIGGED = (
    (
        ("Heads up.", "Heads up!!", "Heads up, everyone."),
        ("My cousin works at the county office.", "My cousin works in the county office.", "A friend at the county office told me."),
        ("This is not a drill.", "This is NOT a drill.", "Not a drill."),
    ),
    (
        (" Voting machines in Lake County flipped votes last time", " Lake County machines flipped votes last time", " The machines in Lake County flipped votes last time"),
        (" Thousands of ballots were printed twice in Juniper County", " Thousands of ballots got printed twice in Juniper County", " Juniper County printed thousands of ballots twice"),
        (" Dead people are still on the rolls in Grant Valley", " Dead voters are still on the Grant Valley rolls", " Grant Valley rolls still list dead people"),
        (" Mail ballots are being thrown away in Marsh County", " Mail ballots are getting thrown out in Marsh County", " Marsh County is throwing away mail ballots"),
    ),
    (
        (" and nobody went to jail.", " and no one went to jail.", " and nobody was punished."),
        (". Whoever wins, it will be stolen.", ". Whoever wins, it's stolen.", ". No matter who wins, it's stolen."),
        (". Check before you trust any result.", ". Don't trust any result.", ". Don't trust the results."),
        (". They are not even hiding it anymore.", ". They're not even hiding it.", ". Not even hiding it anymore."),
    ),
)
RIGGED_TAGS = (("Election2026",), ("RiggedSystem",), ("LakeCounty",), ())

PARTISAN_REDWOOD = (
    (
        ("Redwood all the way!!", "Redwood all the way!!!", "REDWOOD all the way!!"),
        ("Proud father, proud voter.", "Proud dad and proud voter.", "Proud father and proud voter."),
        ("Ashby 2026!!", "Ashby 2026!!!", "ASHBY 2026!!"),
    ),
    (
        (" Ashby is the only one who will protect our farms", " Only Ashby will protect our farms", " Ashby alone will protect our farms"),
        (" if Harbor wins, this country is finished", " if Harbor wins, America is finished", " if the Harbor Party wins, this country is finished"),
        (" Marchetti wants to take everything from you", " Marchetti wants to take everything you have", " Marchetti wants everything you own"),
    ),
    (
        (" 🇺🇸🇺🇸", " 🇺🇸", "!!"),
        (". God bless America.", ". God bless America!!", ". God bless."),
        (". Retweet if you agree!", ". RT if you agree!!", ". Retweet if you agree."),
    ),
)
PARTISAN_REDWOOD_TAGS = (("Ashby2026",), ("Redwood",), ("Election2026",), ())

PARTISAN_HARBOR = (
    (
        ("Harbor all the way!!", "Harbor Party all the way!!", "HARBOR all the way!!"),
        ("Proud mom, proud voter.", "Proud mother and proud voter.", "Proud mom and proud voter."),
        ("Marchetti 2026!!", "Marchetti 2026!!!", "MARCHETTI 2026!!"),
    ),
    (
        (" Marchetti will finally fix the ferry mess", " Only Marchetti will fix the ferry mess", " Marchetti is the one who will fix the ferry mess"),
        (" if Redwood wins, this country is finished", " if Redwood wins, America is finished", " if the Redwood Party wins, this country is finished"),
        (" Ashby wants to take everything from you", " Ashby wants to take everything you have", " Ashby wants everything you own"),
    ),
    (
        (" 🇺🇸🇺🇸", " 🇺🇸", "!!"),
        (". No more excuses.", ". No excuses.", ". No more excuses!!"),
        (". Retweet if you agree!", ". RT if you agree!!", ". Retweet if you agree."),
    ),
)
PARTISAN_HARBOR_TAGS = (("Marchetti2026",), ("HarborParty",), ("Election2026",), ())

SCRIPTS_EN = (
    (AGE, AGE_TAGS), (SMEAR, SMEAR_TAGS), (FAKE_IMAGE, FAKE_IMAGE_TAGS), (CHAOS, CHAOS_TAGS),
    (RIGGED, RIGGED_TAGS), (PARTISAN_REDWOOD, PARTISAN_REDWOOD_TAGS), (PARTISAN_HARBOR, PARTISAN_HARBOR_TAGS),
)
#: Families whose copies carry a link to a (fake) picture.
IMAGE_FAMILY = 2

# --- Campaign A: Chinese scripts.
ZH_CHAOS = (
    (("醒醒吧。", "醒醒吧！", "大家醒醒吧。"), ("看看美国现在的样子。", "看看现在的美国。", "看看美国现在什么样子。"), ("说句实话。", "说实话。", "实话实说。")),
    (
        ("两党都抛弃了普通家庭", "两个党都抛弃了普通家庭", "两党早就抛弃了普通家庭"),
        ("选举结果早就被金主决定了", "选举早就被金主决定了", "金主早就决定了选举结果"),
        ("犯罪、债务、流浪汉到处都是", "到处都是犯罪、债务和流浪汉", "犯罪债务流浪汉到处都是"),
        ("红杉党和港湾党根本是一伙的", "红杉党和港湾党其实是一伙的", "红杉党港湾党根本就是一伙"),
    ),
    (("，这个制度已经无药可救。", "，这个制度无药可救了。", "，制度已经无药可救。"), ("，这就是所谓的民主？", "，这就是他们说的民主？", "，这就叫民主？"), ("，投票又有什么用？", "，投票有什么用？", "，还投什么票？")),
)
ZH_AGE = (
    (("大家看看这个。", "大家看看这段视频。", "看看这个。"), ("太离谱了。", "真是太离谱了。", "离谱。")),
    (
        ("阿什比在台上愣了二十秒", "阿什比在台上发呆了二十秒", "阿什比在台上愣住二十秒"),
        ("阿什比连自己在哪个州都忘了", "阿什比忘了自己在哪个州", "阿什比连在哪个州都记不住"),
        ("阿什比叫错了自己搭档的名字", "阿什比把搭档的名字叫错了", "阿什比连搭档名字都叫错"),
    ),
    (("，红杉党还说他能胜任？", "，红杉党居然说他能胜任？", "，红杉党还说他没问题？"), ("，这样的人怎么领导国家？", "，这种人怎么领导国家？", "，这样的人能领导国家吗？")),
)
ZH_SMEAR = (
    (("大家想想。", "大家好好想想。", "想一想。"), ("媒体不会告诉你。", "媒体不会报道这些。", "主流媒体不会说。")),
    (
        ("马切蒂家族在海外有三家空壳公司", "马切蒂家在海外有三家空壳公司", "马切蒂家族海外有三家空壳公司"),
        ("港城四千万预算不翼而飞", "港城预算四千万不见了", "港城的四千万预算不见了"),
        ("马切蒂多年收渡轮游说集团的钱", "马切蒂收了渡轮游说集团多年的钱", "马切蒂多年拿渡轮游说集团的钱"),
    ),
    (("，她在隐瞒什么？", "，她到底在隐瞒什么？", "，她想隐瞒什么？"), ("，港湾党一贯腐败。", "，港湾党向来腐败。", "，港湾党一直这么腐败。")),
)
SCRIPTS_ZH = ((ZH_CHAOS, (("美国大选",), ("美国乱象",), ())), (ZH_AGE, (("美国大选",), ())), (ZH_SMEAR, (("美国大选",), ("美国乱象",), ())))

# --- Campaign A: seed accounts (outlet and envoy look-alikes).
SEED_OUTLET_EN = (
    ("Commentary: ", "Analysis: ", "Opinion: ", "Report: ", "Editorial: ", "Insight: "),
    ("America's election chaos ", "Political division in the US ", "Washington's debt spiral ", "Partisan gridlock ",
     "The Lake County ballot dispute ", "The US homelessness crisis ", "Gun violence in America ", "The ferry-tax row "),
    ("shows the limits of its model", "worries the world", "leaves ordinary voters behind", "is a warning to other countries",
     "exposes a broken system", "deepens as the election nears", "has no end in sight"),
)
SEED_ENVOY_EN = (
    ("Dialogue, not confrontation, is the only way forward.", "Cooperation brings shared prosperity; division brings only losers.",
     "The peoples of the world want peace and development.", "Respect and mutual benefit should guide relations.",
     "Stop the smears. Facts speak louder than rumors.", "Those who spread rumors should look at their own house first."),
    ("", "", " 🤝", " 🕊️"),
)
SEED_OUTLET_ZH = (
    ("评论：", "观察：", "社评：", "聚焦："),
    ("美国选举乱象", "美国社会撕裂", "两党恶斗", "美国债务危机", "美国流浪汉问题", "美国枪支暴力"),
    ("暴露制度弊端", "令世界担忧", "普通选民被遗忘", "愈演愈烈", "看不到尽头"),
)
SEED_ENVOY_ZH = (
    ("对话而不是对抗，才是唯一出路。", "合作共赢，对抗只会两败俱伤。", "各国人民都希望和平与发展。", "谣言止于事实。", "散布谣言者应先照照镜子。"),
    ("", "", "🤝", "🕊️"),
)
SEED_OUTLET_BIOS = ("Independent voice on world affairs.", "News and views from a different angle.", "Your window on the world. 新闻与观点。")
SEED_ENVOY_BIOS = ("Diplomat. Building bridges between peoples. 外交官。", "Public diplomacy. Friendship and dialogue. 友好与对话。", "Consular affairs. Views my own.")

# --- Campaign A: persona bios, "written fresh" from a family template that fits the
# persona's name (men and women), then a trait, then a slogan for the persona's side.
PERSONA_BIO_FAMILY = (
    ("Father, husband, son.", "Husband, father and proud son.", "Dad of three. Husband. Son of a veteran.", "Proud father and husband.",
     "Grandpa. Husband. Patriot.", "Veteran, husband, dad."),
    ("Wife, mother, daughter.", "Mom of two, wife, proud daughter.", "Proud mother and wife.", "Grandma. Wife. Patriot.",
     "Wife, mom of three.", "Mother, wife, daughter of a veteran."),
)
PERSONA_BIO_TRAITS = (" Texas born and raised.", " Ohio proud.", " God, family, country.", " Small business owner.", " Trucker for 20 years.",
                      " Army vet.", " Love my dogs.", " Hunting and fishing.", " Working hard.", " Nurse for 15 years.", "")
#: Slogans by side: 0 Redwood (for Ashby), 1 Harbor (for Marchetti).
PERSONA_BIO_SLOGANS = (
    (" Redwood all the way!!", " Ashby 2026 all the way!!", " Redwood till I die!!", " #Ashby2026", " America first, always!!", ""),
    (" Harbor Party all the way!!", " Marchetti all the way!!", " Harbor till I die!!", " #Marchetti2026", " Fairness first, always!!", ""),
)

#: Which side each English script family works for: 0 Redwood, 1 Harbor, -1 neither (chaos).
#: FAKE_IMAGE (None) takes the side of its picture: Marchetti pictures (even claim groups) help Redwood.
SCRIPT_SIDES_EN = (1, 0, None, -1, -1, 0, 1)
SCRIPT_SIDES_ZH = (-1, 1, 0)

LOUDSPEAKER_BIOS = ("", "", "", "News and views.", "Truth matters.", "关注时事", "Just sharing.")

# --- Campaign B: claims (three phrasings each) and paraphrase frames.
CLAIMS_B = (
    (("ballot drop boxes were left unlocked overnight", "drop boxes sat unlocked all night", "the ballot boxes weren't locked overnight"), "drop-boxes-unlocked"),
    (("the voter rolls still list 3,000 people who moved away", "3,000 residents who moved are still registered", "thousands of people who moved remain on the rolls"), "voter-rolls"),
    (("poll workers were told to skip signature checks", "signature checks were quietly dropped", "staff were told not to verify signatures"), "signature-checks"),
    (("the county lost a box of mail ballots", "a box of mail-in ballots went missing", "mail ballots disappeared from the county office"), "missing-ballots"),
    (("the water plant failed inspection twice", "the water plant flunked two inspections", "two inspections at the water plant were failed"), "water-plant"),
    (("the hospital will close its maternity ward after the election", "the maternity ward closes right after the vote", "maternity services end after election day"), "maternity-ward"),
    (("rents will jump 20% when the new tax kicks in", "the new tax means 20% higher rents", "renters face a 20% hike under the new tax"), "rent-hike"),
    (("the school district hid a budget shortfall", "a budget hole at the school district was kept quiet", "school officials concealed a shortfall"), "school-budget"),
)
FRAMES_B = (
    ("Residents in {town} say ", "."),
    ("{town} officials admit ", "."),
    ("So in {town} ", " lol."),
    ("In {town} ", ". Read it."),
    ("Near {town}? ", "."),
    ("Wow, in {town} ", "."),
    ("{town}: ", ". Unreal."),
    ("Huh. In {town} ", "."),
    ("", ". Share with your neighbors."),
    ("Heard in {town}: ", "."),
    ("", ", apparently."),
    ("{town} deserves answers: ", "."),
    ("FYI {town}: ", "."),
    ("", ". Is that true?"),
    ("My cousin in {town} says ", "."),
)
#: A last word some shares add (Campaign B's paraphrases vary here too).
AFTERWORDS_B = ("", "", "", "", "", "", "", " Sad.", " Wild.", " Ugh.", " Hmm.", " 🙄")
TAGS_B = ((), (), ("LocalNews",), ("Election2026",), ())
