"""The fictional world: parties, candidates, outlets, stars, towns, shops.

Nothing here is a real person or organisation; every web address ends in
``.example``, a top-level domain reserved for examples.
"""

# The two parties and their candidates in the 3 November 2026 election.
PARTIES = ("Redwood Party", "Harbor Party")
PARTY_SHORT = ("Redwood", "Harbor")
CANDIDATES = ("Corwin Ashby", "Delia Marchetti")       # Redwood, Harbor
CANDIDATE_SURNAMES = ("Ashby", "Marchetti")
CANDIDATES_ZH = ("阿什比", "马切蒂")
PARTIES_ZH = ("红杉党", "港湾党")

# Fictional towns, counties and teams.
TOWNS = (
    "Rivertown", "Centerville", "Maple Falls", "Harbor City", "Pine Ridge", "Cedar Bluffs",
    "Westbrook", "Millbrook", "Stony Creek", "Lakeview", "Fair Haven", "Oak Hollow",
)
COUNTIES = ("Lake County", "Juniper County", "Grant Valley County", "Bell County", "Marsh County", "Elm County")
TEAMS = ("the Otters", "the Comets", "the Bison", "the Herons", "the Miners", "the Foxes")

# Genuine news outlets: (display name, handle, domain).
OUTLETS = (
    ("Rivertown Herald", "RivertownHerald", "rivertownherald.example"),
    ("Lakeshore Courier", "LakeshoreCourier", "lakeshorecourier.example"),
    ("Centerville Tribune", "CentervilleTrib", "centervilletribune.example"),
    ("Coastal Wire", "CoastalWire", "coastalwire.example"),
    ("Metro Daily", "MetroDailyNews", "metrodaily.example"),
    ("Prairie Public Radio", "PrairieRadio", "prairieradio.example"),
    ("Valley Ledger", "ValleyLedger", "valleyledger.example"),
    ("Harbor City Times", "HarborCityTimes", "harborcitytimes.example"),
)
WIRE_DOMAIN = "coastalwire.example"

# Campaign B's look-alike local-news sites: (display name, handle, domain).
LOOKALIKE_SITES = (
    ("Rivertown Herald Today", "RivertownToday", "rivertown-herald-news.example"),
    ("Lakeshore Courier Daily", "LakeshoreDaily", "lakeshorecourier-daily.example"),
    ("The Centerville Times", "CentervilleTimes", "centerville-times.example"),
    ("Valley Ledger Online", "ValleyLedgerNow", "valleyledger-online.example"),
    ("Harbor City Post", "HarborCityPost", "harborcity-post.example"),
    ("Metro Daily Report", "MetroDailyReport", "metrodaily-report.example"),
)

# Campaign A's seed accounts: outlet and envoy look-alikes.
SEED_OUTLETS = (
    ("Global Harmony Times", "GlobalHarmonyT", "globalharmonytimes.example"),
    ("Pacific Daily View", "PacificDailyV", "pacificdailyview.example"),
    ("World Insight Now", "WorldInsightNow", "worldinsightnow.example"),
    ("East Window News", "EastWindowNews", "eastwindow.example"),
)
SEED_ENVOYS = (
    ("Lin Qiao 林乔", "EnvoyLinQiao"),
    ("Counsellor Zhou Ming 周明", "CounsellorZhouM"),
    ("Ma Ruolan 马若兰", "MaRuolanDiplo"),
    ("Consul Tang Hao 唐浩", "ConsulTangHao"),
)

# Public figures: the two candidates first, then stars with fandoms, then others.
PUBLIC_FIGURES = (
    ("Corwin Ashby", "CorwinAshby", "Redwood Party candidate. Husband, grandfather, Lake County farmer."),
    ("Delia Marchetti", "DeliaMarchetti", "Harbor Party candidate. Former mayor of Harbor City. Mom of two."),
    ("Nova Reyes", "novareyesmusic", "singer. songwriter. new album 'Paper Moons' out now"),
    ("Juniper Vale", "junipervale", "actor | Harbor Lights on Streamly | she/her"),
    ("Kit Alder", "kitalderofficial", "Guitarist for The Paper Lanterns. Tour dates below."),
    ("Marisol Quintero", "marisolq", "Cantante y actriz. Nueva gira 2026."),
    ("Coach Dale Brennan", "CoachBrennan", "Head coach of the Rivertown Otters. Family, team, community."),
    ("Priya Castellano", "PriyaOnAir", "Host of 'Morning Table' on Metro 7. Opinions my own."),
    ("Theo Wakefield", "theowakefield", "Author of 'The Salt Road'. Dog dad."),
    ("Dr. Renata Osei", "DrRenataOsei", "Epidemiologist. Public health, plainly explained."),
    ("Big Sal Ferraro", "BigSalCooks", "Chef. Owner of Sal's on 5th. Cooking show Sundays."),
    ("Jonah Whitlock", "JonahWhitlock", "Former Otters point guard. Podcast 'Full Court'."),
    ("Ayla Brightwater", "aylabrightwater", "comedian. tickets for the fall tour in bio"),
    ("Sam Okonkwo", "SamOkonkwoWx", "Chief meteorologist, Metro 7. Storm nerd."),
    ("Lena Vasquez-Hart", "LenaVHart", "Olympic swimmer. Coach. Mom."),
    ("Gideon Park", "GideonParkTV", "Late-night host. Weeknights 11:35."),
)

# Commercial spam shops: (shop name, domain).
SHOPS = (
    ("DealZone", "dealzone-shop.example"),
    ("MegaSaver Outlet", "megasaver-outlet.example"),
    ("GlowSkin Store", "glowskin-store.example"),
    ("GadgetHub Deals", "gadgethub-deals.example"),
    ("FitGear Direct", "fitgear-direct.example"),
    ("LuxWatch Club", "luxwatch-club.example"),
    ("CozyHome Finds", "cozyhome-finds.example"),
    ("SneakerVault", "sneakervault.example"),
)

# Chinese-American community organisations (diaspora_community accounts).
COMMUNITY_ORGS = (
    ("Lakeview Chinese Community Center 湖景华人社区中心", "LakeviewCCC"),
    ("Rivertown Chinese Association 河城华人协会", "RivertownCA"),
    ("Harbor City Senior Center 港城长者中心", "HarborSeniors"),
    ("Westbrook Chinese School 西溪中文学校", "WestbrookCS"),
    ("Pine Ridge Mutual Aid 松岭互助会", "PineRidgeAid"),
    ("Fair Haven Tax Clinic 美港税务义工", "FairHavenTax"),
    ("Oak Hollow Chinese Church 橡谷华人教会", "OakHollowCC"),
    ("Millbrook Parents Network 米溪家长会", "MillbrookPN"),
)

# Clients: the app used to post. Desk and scheduling tools are used by
# social-media managers, news desks, brands, spam and operations alike.
CLIENT_NEWSROOM = "Newsroom Publisher"
CLIENT_DESK = "Desk Pro"
CLIENT_SCHEDULER = "QueuePilot"
CLIENT_SPAM = "AutoPoster"
CLIENT_WEB = "Web App"
CLIENT_ANDROID = "Android App"
CLIENT_IPHONE = "iPhone App"
CLIENT_IPAD = "iPad App"
#: The apps people post from, and how common each is as someone's main app.
CLIENTS_GENUINE = (CLIENT_IPHONE, CLIENT_ANDROID, CLIENT_WEB, CLIENT_IPAD)
CLIENTS_GENUINE_WEIGHTS = (0.46, 0.3, 0.2, 0.04)

#: Per population: (app, weight as an account's main app). Everyone not listed uses CLIENTS_GENUINE.
APP_MIXES = {
    # Social-media managers of small businesses and power users among ordinary people.
    "ordinary": ((CLIENT_IPHONE, 0.455), (CLIENT_ANDROID, 0.3), (CLIENT_WEB, 0.2), (CLIENT_IPAD, 0.035), (CLIENT_DESK, 0.006), (CLIENT_SCHEDULER, 0.004)),
    "news_desk": ((CLIENT_NEWSROOM, 0.55), (CLIENT_DESK, 0.25), (CLIENT_SCHEDULER, 0.1), (CLIENT_WEB, 0.1)),
    "public_figure": ((CLIENT_IPHONE, 0.45), (CLIENT_DESK, 0.3), (CLIENT_SCHEDULER, 0.15), (CLIENT_WEB, 0.1)),
    "heavy_poster": ((CLIENT_WEB, 0.5), (CLIENT_DESK, 0.3), (CLIENT_IPHONE, 0.2)),
    "partisan": ((CLIENT_IPHONE, 0.4), (CLIENT_ANDROID, 0.3), (CLIENT_WEB, 0.2), (CLIENT_DESK, 0.06), (CLIENT_SCHEDULER, 0.04)),
    "commercial_spam": ((CLIENT_SPAM, 0.7), (CLIENT_SCHEDULER, 0.2), (CLIENT_DESK, 0.1)),
    # The operations post from the same apps as the people they imitate; a few desks use a desk tool.
    "campaign_a": ((CLIENT_IPHONE, 0.25), (CLIENT_ANDROID, 0.3), (CLIENT_WEB, 0.38), (CLIENT_IPAD, 0.02), (CLIENT_DESK, 0.05)),
    "campaign_a.loudspeaker": ((CLIENT_WEB, 0.5), (CLIENT_DESK, 0.3), (CLIENT_ANDROID, 0.2)),
    # Bought accounts change app when they change hands (their earlier posts came from the Android app).
    "campaign_a.repurposed": ((CLIENT_IPHONE, 0.35), (CLIENT_WEB, 0.55), (CLIENT_DESK, 0.1)),
    "campaign_b": ((CLIENT_IPHONE, 0.44), (CLIENT_ANDROID, 0.3), (CLIENT_WEB, 0.22), (CLIENT_IPAD, 0.04)),
}
