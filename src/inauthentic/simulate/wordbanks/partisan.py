"""What loud, genuine partisans write: slogans, cheers and jeers, for one side each.

Real partisans are the false positive that matters most: they post nothing but
politics, shout ("!!"), retweet their candidate within seconds, and repeat the
same memes and smears an operation pushes. Side 0 backs the Redwood Party
(Ashby), side 1 the Harbor Party (Marchetti). Everything is fictional.
"""

from .fiction import CANDIDATE_SURNAMES, CANDIDATES, COUNTIES, PARTIES, PARTY_SHORT

_OWN = tuple((PARTY_SHORT[side], CANDIDATE_SURNAMES[side], CANDIDATES[side], PARTIES[side]) for side in (0, 1))


def _bios(side: int) -> tuple:
    short, surname, full, party = _OWN[side]
    return (
        ("", "", "", "Proud voter. ", "Precinct captain. ", "Volunteer. ", "Door knocker. ", "Union member. ", "Retired. ", "Small business owner. "),
        (f"{party} all the way!! ", f"{short} till I die!! ", f"{surname} 2026!! ", f"Team {surname}. ", f"{full} for the win!! ",
         f"{short} volunteer. ", f"#{surname}2026 ", f"Vote {short}!! "),
        ("", "", "No DMs.", "Block trolls.", "🇺🇸", "🇺🇸🇺🇸", "Facts matter.", "Not a bot lol.", "Opinions my own."),
    )


#: Bio slots per side.
BIOS = (_bios(0), _bios(1))


def _posts(side: int) -> tuple:
    short, surname, full, party = _OWN[side]
    other_short, other_surname = PARTY_SHORT[1 - side], CANDIDATE_SURNAMES[1 - side]
    return (
        (f"{surname} 2026!! ", f"{short} all the way!! ", "Let's go!! ", "Door knocking today. ", "Phone bank tonight. ",
         f"Watched {surname} at the rally. ", "Early vote done. ", f"{surname} crushed it tonight. ", "Say it louder. ", "",
         *(f"Door knocking in {county} today. " for county in COUNTIES)),
        (f"{surname} is the only one who gets it", f"{other_surname} has no plan", f"the {other_short} crowd is panicking",
         f"{surname} will win this thing", f"{other_surname} dodged every question again", f"{party} volunteers are everywhere",
         f"the {other_short} ad is pure lies", f"{surname} fights for people like us", f"{other_surname} is finished"),
        ("!!", "!!!", ".", "!", " 🇺🇸", "!! 🇺🇸", ". Vote.", "!! Retweet if you agree."),
    )


#: Post slots per side.
POSTS = (_posts(0), _posts(1))
#: Hashtags per side, and the ones both sides use.
TAGS = (
    (("Ashby2026",), ("Redwood",), ("Election2026",), ("Ashby2026", "Election2026")),
    (("Marchetti2026",), ("HarborParty",), ("Election2026",), ("Marchetti2026", "Election2026")),
)

#: What people who come across an operation's outlets and pictures say when they share them:
#: critics, journalists, researchers, and people taken in.
EXPOSURE_COMMENTS = (
    "Is this site legit? ", "Interesting read: ", "Who runs this outlet? ", "Researchers, look at this one: ", "Saw this in my group chat: ",
    "This is making the rounds: ", "Not sure about the source, but ", "Fact-check this please: ", "Wow, if true: ", "This account again. ",
    "Reading this so you don't have to: ", "Sharing for the record: ",
)
EXPOSURE_PICTURE_COMMENTS = (
    "Is this photo real? ", "This picture is everywhere today: ", "Pretty sure this is fake: ", "Can someone verify this photo? ",
    "LOL whoever made this: ", "My uncle sent me this: ",
)
#: Locals who pass on a look-alike local-news site's story.
LOCAL_SHARE_COMMENTS = (
    "Did anyone else see this? ", "Is this true? ", "Neighbors, thoughts? ", "Hmm. ", "Anyone know more? ", "Passing this on: ",
    "Not sure I trust this site but ", "Wow. ",
)
