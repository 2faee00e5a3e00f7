"""Headlines for news desks: templated, as real newsroom feeds are.

Subjects and predicates are ``(text, slug)`` pairs; the slug goes into the
article's address.
"""

KICKERS = ("", "", "", "BREAKING: ", "JUST IN: ", "ICYMI: ", "UPDATE: ", "Analysis: ", "Opinion: ", "NEW: ", "WATCH: ")

SUBJECTS = (
    ("County board", "county-board"), ("City council", "city-council"), ("School district", "school-district"),
    ("State Senate", "state-senate"), ("Ashby campaign", "ashby-campaign"), ("Marchetti campaign", "marchetti-campaign"),
    ("Elections office", "elections-office"), ("Transit agency", "transit-agency"), ("Regional hospital", "hospital"),
    ("Police department", "police"), ("Water authority", "water-authority"), ("Otters front office", "otters"),
    ("Farm bureau", "farm-bureau"), ("Chamber of commerce", "chamber"), ("Tenants' union", "tenants-union"),
    ("Weather service", "weather"), ("State university", "university"), ("Fire department", "fire-department"),
)

PREDICATES = (
    ("approves $4M road repair plan", "road-repair"), ("delays vote on new budget", "budget-vote"),
    ("announces extended early-voting hours", "early-voting-hours"), ("releases sample ballots", "sample-ballots"),
    ("warns of heavy rain this weekend", "heavy-rain"), ("opens new community clinic", "new-clinic"),
    ("reports rise in rents for third year", "rents-rise"), ("unveils plan for Coastal Rail stop", "coastal-rail"),
    ("holds packed town hall on ferry tax", "ferry-tax-town-hall"), ("faces questions over overtime costs", "overtime-costs"),
    ("celebrates home-opener win", "home-opener"), ("seeks volunteers for poll worker shifts", "poll-workers"),
    ("says turnout could break records", "turnout-record"), ("responds to debate claims", "debate-claims"),
    ("gets help with brush fire near highway", "brush-fire"), ("postpones candidate forum", "candidate-forum"),
    ("publishes audit of voting machines", "voting-machine-audit"), ("cuts ribbon on new library branch", "library-branch"),
)

SECTIONS = ("news", "politics", "local", "elections", "sports", "weather")

DESK_NAMES = ("Politics", "Elections", "Metro", "Breaking", "Newsroom", "Live")

JOURNALIST_BIOS = (
    "Reporter covering county government and elections.", "Politics editor. Tips welcome, DMs open.",
    "Statehouse reporter. Retweets are not endorsements.", "Breaking news desk. Corrections linked in replies.",
)
