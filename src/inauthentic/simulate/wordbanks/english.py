"""English posts, replies and bios written by genuine users.

A *family* is a tuple of slots; a post picks one phrase from each slot and
joins them. Slots carry their own spaces and punctuation.
"""

from .fiction import TEAMS

_OPENERS = (
    "Honestly ", "Today ", "Update: ", "Well, ", "So ", "Apparently ", "Can confirm ", "Fun fact: ",
    "Weekend report: ", "Quick one: ", "Small win: ", "Life update: ", "Not gonna lie, ", "PSA: ",
    "Okay so ", "Meanwhile ", "Breaking news from my house: ", "In other news, ", "Reminder: ",
    "Just saying, ", "Hot take: ", "True story: ", "Confession: ", "Random thought: ",
    "Tonight ", "This morning ", "Not to brag but ", "Friendly reminder: ", "Story time: ", "Daily report: ",
    "For the record, ", "Guess what: ", "Plot twist: ", "Unpopular opinion: ", "No joke, ", "Heads up, ",
    "Small update: ", "Morning thought: ", "Sunday report: ", "Highlight of my week: ", "Oh and ", "Welp, ",
)

_TAILS = (
    "", "", "", ".", ".", "!", "!!", " lol", " 😅", " 🙃", " honestly.", ". Anyway.", " and I'm fine with it.",
    " 10/10.", " send help.", " can't make this up.", " just me?", " 😂", " ☕", " again.", ". Classic.",
)

ERRANDS = (
    _OPENERS,
    (
        "the line at the post office ", "the grocery store on Elm ", "the DMV ", "the pharmacy drive-thru ",
        "the hardware store ", "the car wash ", "our library ", "the farmers market ", "the bank downtown ",
        "the bus on Route 9 ", "the laundromat ", "the vet's office ", "the new bakery ", "parking at the mall ",
        "the school pickup line ", "the gas station by the highway ", "the coffee place near work ",
    ),
    (
        "was out the door again", "took forty minutes", "was weirdly empty", "ran out of oat milk",
        "had a dog wearing a raincoat", "played 90s hits the whole time", "changed its hours without telling anyone",
        "gave me a free cookie", "was closed for a water leak", "had exactly one cashier", "smelled like cinnamon",
        "is somehow always under construction", "now takes phones only", "had a line of people all on their phones",
        "was the most efficient place in town", "made me wait behind a guy paying in coins",
    ),
    _TAILS,
)

PEOPLE = (
    _OPENERS,
    (
        "my neighbor ", "my sister ", "our mail carrier ", "my coworker ", "my dad ", "my mom ", "my roommate ",
        "the guy across the street ", "my kid ", "my grandma ", "my best friend ", "my boss ", "our pastor ",
        "the new intern ", "my brother-in-law ", "my landlord ",
    ),
    (
        "just taught me how to fix a leaky faucet", "brought cookies for the whole street", "started a sourdough starter named Doug",
        "is now training for a half marathon", "adopted a three-legged cat", "learned to text with emojis",
        "painted the fence bright teal", "won the church chili cook-off", "fell asleep during the movie again",
        "finally finished the puzzle from March", "built a bird feeder that squirrels love", "discovered podcasts",
        "is convinced the microwave is haunted", "drove three hours for a sandwich", "planted forty tulip bulbs",
        "signed up for pottery class",
    ),
    _TAILS,
)

HOME = (
    _OPENERS,
    (
        "the fog off the lake ", "this heat ", "the first cold morning ", "the leaves on our street ", "the storm last night ",
        "the wind ", "the sunset tonight ", "the rain ", "the frost on the windshield ", "the humidity ",
        "our old furnace ", "the garden ", "the pumpkin on our porch ", "the smoke alarm ", "the basement ",
    ),
    (
        "has me wearing two sweaters", "turned everything gold", "knocked out power for an hour", "is a whole mood",
        "made the dog refuse to go outside", "means soup season is officially here", "was better than any movie",
        "kept me up half the night", "finally broke, of course on a Sunday", "is beating the tomatoes this year",
        "got eaten by squirrels", "went off at 3am for no reason", "flooded a tiny bit", "is giving fall vibes",
        "lasted exactly one day",
    ),
    _TAILS,
)

SPORTS = (
    (
        "Can't believe ", "Still thinking about how ", "Unreal that ", "Nobody talks about how ", "Of course ",
        "Love that ", "Watching how ", "Tell me why ", "Proud of how ", "So ",
    ),
    tuple(team + " " for team in TEAMS) + ("our high school team ", "my fantasy team "),
    (
        "blew a ten-point lead in the fourth", "won on a last-second field goal", "traded their best defender",
        "played like they'd never met each other", "finally fixed the power play", "sold out the home opener",
        "came back from 17 down", "lost to a team with a losing record", "are 5-1 and nobody believes it",
        "made the playoffs in my lifetime", "benched the rookie again", "scored three goals in six minutes",
    ),
    (".", ".", ".", "!", "!!", ". 😤", "! 🙌", ". 🏈", ", ugh.", ", what a night."),
    (
        "", "", "", "", " Season is long.", " My dad is furious.", " Best night of the year.", " Tickets were worth it.",
        " Group chat is losing it.", " Radio call was perfect.", " Can't wait for Sunday.", " I need a nap.",
        " Never leaving early again.", " Coach has some explaining to do.", " Still buzzing.",
    ),
)

WORK = (
    _OPENERS,
    (
        "my 8am meeting ", "the office printer ", "our team chat ", "the new software at work ", "my commute ",
        "the break room fridge ", "Friday's deadline ", "my inbox ", "the quarterly review ", "the parking garage ",
        "my lunch break ", "the shift schedule ",
    ),
    (
        "could have been an email", "jammed on page two, as always", "hit 400 unread messages", "crashed twice before noon",
        "took an hour because of a stalled truck", "smells like someone's fish again", "moved up by two days",
        "is the only quiet part of my day", "went surprisingly well", "needs a complete reset", "is 90% acronyms now",
        "ended with cake, so no complaints",
    ),
    _TAILS,
)

FOOD = (
    _OPENERS,
    (
        "the taco truck by the park ", "my homemade lasagna ", "the new ramen place ", "grandma's pie recipe ",
        "the pizza place on Main ", "my attempt at bagels ", "the apple orchard ", "the diner on Route 12 ",
        "our slow cooker chili ", "the food hall downtown ", "the bakery's pumpkin bread ", "my cold brew ",
    ),
    (
        "is worth every penny", "was a total disaster", "deserves a national holiday", "sold out by 11",
        "came out better than expected", "has a line around the block", "is my new personality",
        "was gone in ten minutes", "tasted like childhood", "needs more salt, sorry", "is officially back for fall",
        "made me cry a little",
    ),
    _TAILS,
)

POLITICS = (
    (
        "Watched ", "Just finished watching ", "Still thinking about ", "Read up on ", "Went to ", "Talked with my family about ",
        "Trying to make sense of ", "Finally looked into ", "Listened to ", "Spent the evening on ",
    ),
    (
        "the Ashby town hall", "Marchetti's speech on the ferry tax", "tonight's debate", "both candidates' plans on housing",
        "the Redwood Party platform", "the Harbor Party ad everyone is sharing", "the county ballot measures",
        "the school board race", "the sample ballot for Lake County", "the water rights question on the ballot",
        "the candidates' forum at the library", "the debate over the Coastal Rail bill",
    ),
    (
        " and I'm still undecided", " and honestly it was more substantive than I expected", ". Lots of talking, few answers",
        ". I have questions about the numbers", ". Glad people showed up", " and now I'm reading every ballot measure twice",
        ". Whatever you think of either side, vote", ". Respect to the moderators", ". The local races matter more than people think",
        " and my group chat is on fire", ". Early voting starts soon, check your registration", ". Both sides dodged the housing question",
    ),
    (".", ".", ".", ".", "!", ". 🗳️"),
    (
        "", "", "", "", " Thoughts?", " Still thinking it over.", " My neighbors see it differently.", " Reading more tomorrow.",
        " Talk to your family about it.", " Glad the library hosted it.", " The questions were good.", " Long night.",
        " Not telling you how to vote.", " Local races matter.", " Bring snacks if you vote early.", " We need more forums like this.",
    ),
)

_EVERYDAY_TAGS = (("MondayMood",), ("fall",), ("coffee",), ("weekend",), ("FridayFeeling",), ("Rivertown",), ("LocalNews",))
_SPORTS_TAGS = (("GameDay",), ("GoOtters",), ("Comets",), ("GameDay", "GoOtters"))
_POLITICS_TAGS = (("Election2026",), ("VoteEarly",), ("Debate2026",), ("LakeCounty",), ("Election2026", "VoteEarly"), ("LocalNews",))

#: (slots, hashtag choices, share of posts with hashtags, weight of the family)
FAMILIES = (
    (ERRANDS, _EVERYDAY_TAGS, 0.08, 1.0),
    (PEOPLE, _EVERYDAY_TAGS, 0.08, 1.0),
    (HOME, _EVERYDAY_TAGS, 0.1, 1.0),
    (SPORTS, _SPORTS_TAGS, 0.35, 0.8),
    (WORK, _EVERYDAY_TAGS, 0.08, 0.8),
    (FOOD, _EVERYDAY_TAGS, 0.1, 0.8),
    (POLITICS, _POLITICS_TAGS, 0.45, 1.0),
)

#: The same families without politics: what anyone posts about their day.
EVERYDAY_FAMILIES = tuple(family for family in FAMILIES if family[0] is not POLITICS)

REPLIES = (
    (
        "Totally agree.", "Hard disagree.", "This is so true.", "Came here to say this.", "Exactly!", "Not sure about that.",
        "Say it louder!", "Source?", "Same here.", "Ha!", "Wait, really?", "Respectfully, no.", "This made my day.",
        "Big if true.", "Underrated take.", "Thank you for saying this.", "Good point.", "I needed this today.",
        "Yes!", "Hmm.", "100%.", "Oh no.", "Love this.", "Not this again.",
    ),
    (
        "", "", "", " 👏", " 😂", " lol", " Honestly.", " My town is the same.", " Glad someone said it.",
        " Been thinking the same.", " But I get why people disagree.", " Sharing with my mom.", " 🙌", " 💯",
        " We had the same thing last week.", " Can't believe it.", " Following this.", " Well said.",
    ),
)

BIOS = (
    (
        "Teacher. ", "Nurse. ", "Engineer. ", "Student. ", "Retired. ", "Small business owner. ",
        "Librarian. ", "Veteran. ", "Accountant by day. ", "Barista. ", "Grad student. ", "Electrician. ", "Social worker. ",
        "Coach. ", "Writer-ish. ", "Bookkeeper. ", "Truck driver. ", "Software dev. ",
    ),
    (
        "Coffee first. ", "Runner. ", "Dog person. ", "Cat person. ", "Amateur baker. ", "Otters fan. ", "Reads too much. ",
        "Gardener. ", "Board games. ", "Trying my best. ", "Hiking when I can. ", "Live music. ",
        "Fantasy football commissioner. ", "Birdwatcher. ", "Home cook. ",
    ),
    (
        "", "", "Views my own.", "he/him", "she/her", "they/them", "Be kind.", "Go Comets!", "🌻", "☕📚",
        "Probably outside.", "Here for the memes.", "Local politics nerd.",
    ),
)

#: Family openings of a bio, for men and for women: real people write these too.
FAMILY_BIOS = (
    ("Husband, father, son. ", "Dad of three. ", "Proud father and husband. ", "Husband and dad. ", "Grandpa. ", "Girl dad. ",
     "Proud uncle. ", "Father of two. "),
    ("Wife, mother, daughter. ", "Mom of three. ", "Proud mother and wife. ", "Wife and mom. ", "Grandma. ", "Boy mom. ",
     "Proud aunt. ", "Mother of two. "),
)

NIGHT_SHIFT_BIOS = (
    "ER nurse, night shift. ", "Warehouse nights. ", "Overnight security. ", "Night-shift paramedic. ", "Baker, 3am starts. ",
    "Hospital lab tech, nights. ", "Overnight stocker. ", "Dispatcher, graveyard shift. ",
)

FANDOM_BIOS = (
    ("Nova Reyes stan account ✨ ", "junipervale nation 💚 ", "Paper Lanterns forever ", "stan account | ", "fan acct | "),
    ("she/her", "he/him", "they/them", "18+", "dreaming of the tour", "not the artist", "fan account, not affiliated"),
)

HEAVY_POSTER_BIOS = (
    "Politics junkie. Retweets are not endorsements.", "I read the whole bill so you don't have to.",
    "Election nerd. Maps, polls, coffee.", "Local politics, state politics, all politics.",
    "Retired teacher with opinions and free time.", "Cable news on, phone in hand.",
)

NEW_ACCOUNT_BIOS = ("New here!", "Just joined.", "hi", "Figuring this out.", "Mostly lurking.")

# What a star live-posts during a debate (their fans retweet it within seconds).
STAR_DEBATE = (
    ("omg ", "ok ", "wait ", "y'all ", "", "not me watching this, ", "me at home: "),
    ("this debate is wild", "the moderator is iconic", "Ashby's face right now", "Marchetti did NOT just say that",
     "I need a snack for this", "who's watching with me", "the ferry tax again??", "fact check that please",
     "everyone go register to vote after this", "that answer was actually good", "the camera work tonight",
     "someone give the moderator a raise"),
    ("", " 😭", " 💀", "!!", " lol", " 🍿", " 👀"),
)

PUBLIC_BIOS = (
    ("Actor. ", "Author. ", "Podcaster. ", "Former pro athlete. ", "TV host. ", "Chef. ", "Comedian. ", "Musician. "),
    ("New project out now.", "Bookings via my agent.", "Opinions my own.", "Tour dates below.", "Grateful every day."),
)
