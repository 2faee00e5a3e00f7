"""The kit's visual language: one colour, marker and readable name per group and kind.

Every figure and widget takes its colours from here, so a learner sees the
same thing everywhere:

- **operations** (kind ``campaign``) in warm colours, the vermillion family;
- **genuine people** in distinct cool and neutral colours (blues, purples,
  teals, greys, black) that never come near an operation's colour, even for
  readers with a colour-vision deficiency (see :func:`palette_distances`);
- **spam** in a teal of its own, with square markers.

A group the table does not know (a new decoy group, say) gets a neutral grey,
never an operation's colour; an unknown group whose kind is ``campaign`` gets
the operations' fallback, a deep red. Names for people come from
:data:`inauthentic.evaluate.GROUP_NOUNS`.

``docs/visual-language.md`` explains the choices.

Examples
--------
>>> from inauthentic import groups
>>> groups.colour_of("campaign_a"), groups.colour_of("chinese_speaking_american")
('#D55E00', '#56B4E9')
>>> groups.colour_of("book_club")  # unknown: neutral, never warm
'#8C8C8C'
>>> groups.readable_label("chinese_speaking_american", 319)
'Chinese-speaking Americans (319)'
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .evaluate import GROUP_NOUNS

__all__ = [
    "GroupStyle",
    "GROUP_STYLES",
    "KIND_STYLES",
    "ROLE_STYLES",
    "UNKNOWN_GENUINE",
    "UNKNOWN_CAMPAIGN",
    "style_of",
    "colour_of",
    "readable_name",
    "readable_label",
    "drawing_order",
    "palette_distances",
    "DEFICIENCIES",
]


@dataclass(frozen=True)
class GroupStyle:
    """How one group (or kind) is drawn.

    Attributes
    ----------
    kind : str
        ``"campaign"``, ``"genuine"`` or ``"spam"`` (``"unlabelled"`` for the fallback).
    colour : str
        A hex colour.
    marker : str
        A matplotlib marker, so figures also survive black-and-white printing.

    Examples
    --------
    >>> GroupStyle("genuine", "#000000", "o").marker
    'o'
    """

    kind: str
    colour: str
    marker: str


#: One style per group, in drawing order: the genuine crowd first (underneath),
#: then the decoys, spam, and the operations last (on top).
GROUP_STYLES: dict[str, GroupStyle] = {
    "ordinary": GroupStyle("genuine", "#BBBBBB", "o"),
    "chinese_speaking_american": GroupStyle("genuine", "#56B4E9", "o"),
    "diaspora_community": GroupStyle("genuine", "#A6CEE3", "D"),
    "spanish_speaking_american": GroupStyle("genuine", "#332288", "o"),
    "night_shift": GroupStyle("genuine", "#000000", "v"),
    "fandom": GroupStyle("genuine", "#9970AB", "o"),
    "news_desk": GroupStyle("genuine", "#01665E", "P"),
    "new_account": GroupStyle("genuine", "#6A3D9A", "X"),
    "heavy_poster": GroupStyle("genuine", "#737373", "h"),
    "public_figure": GroupStyle("genuine", "#40004B", "*"),
    "partisan": GroupStyle("genuine", "#0072B2", "p"),
    "portuguese_speaker": GroupStyle("genuine", "#B2ABD2", "d"),
    "indonesian_speaker": GroupStyle("genuine", "#003C30", "d"),
    "commercial_spam": GroupStyle("spam", "#35978F", "s"),
    "campaign_a": GroupStyle("campaign", "#D55E00", "^"),
    "campaign_b": GroupStyle("campaign", "#E69F00", "<"),
}

#: A group the table does not know: neutral grey (never an operation's colour).
UNKNOWN_GENUINE = GroupStyle("unlabelled", "#8C8C8C", "o")
#: An unknown group whose kind is ``campaign``: still warm, a deep red.
UNKNOWN_CAMPAIGN = GroupStyle("campaign", "#A50F15", ">")

#: One style per kind of account, for figures coloured by kind.
KIND_STYLES: dict[str, GroupStyle] = {
    "genuine": GroupStyle("genuine", "#0072B2", "o"),
    "spam": GROUP_STYLES["commercial_spam"],
    "campaign": GROUP_STYLES["campaign_a"],
    "unlabelled": GroupStyle("unlabelled", "#999999", "o"),
}

#: One style per campaign role (warm: they are all the operation's), for ``hue="role"``.
ROLE_STYLES: dict[str, GroupStyle] = {
    "none": GroupStyle("genuine", "#BBBBBB", "o"),
    "repurposed": GroupStyle("campaign", "#F4A582", "D"),
    "persona": GroupStyle("campaign", "#D55E00", "^"),
    "loudspeaker": GroupStyle("campaign", "#E69F00", "v"),
    "seed": GroupStyle("campaign", "#7F2704", "*"),
}

_ROLE_NAMES = {"none": "no campaign role", "repurposed": "repurposed accounts", "persona": "personas",
               "loudspeaker": "loudspeakers", "seed": "seeds"}

#: The colour-vision deficiencies :func:`palette_distances` simulates.
DEFICIENCIES = ("deuteranomaly", "protanomaly", "tritanomaly")


def style_of(name: object, kind: object = None) -> GroupStyle:
    """Return the style of a group, or of a kind, with a neutral fallback.

    Parameters
    ----------
    name : str
        A group (``"night_shift"``) or a kind (``"campaign"``).
    kind : str, optional
        The kind of an unknown group; an unknown ``campaign`` group stays warm.

    Examples
    --------
    >>> style_of("spam").colour == style_of("commercial_spam").colour
    True
    >>> style_of("campaign_z", kind="campaign").colour, style_of("campaign_z").colour
    ('#A50F15', '#8C8C8C')
    """
    text = str(name)
    if text in GROUP_STYLES:
        return GROUP_STYLES[text]
    if text in KIND_STYLES:
        return KIND_STYLES[text]
    if text in ROLE_STYLES:
        return ROLE_STYLES[text]
    return UNKNOWN_CAMPAIGN if str(kind) == "campaign" else UNKNOWN_GENUINE


def colour_of(name: object, kind: object = None) -> str:
    """Return the hex colour of a group or kind (see :func:`style_of`).

    Examples
    --------
    >>> colour_of("genuine")
    '#0072B2'
    """
    return style_of(name, kind).colour


def readable_name(name: object) -> str:
    """Name a group (or kind) for a legend: capitalised, about people.

    Examples
    --------
    >>> readable_name("night_shift"), readable_name("campaign_a"), readable_name("book_club")
    ('Night-shift workers', 'Campaign A accounts', 'Book club accounts')
    >>> readable_name("genuine"), readable_name("unlabelled")
    ('Genuine accounts', 'Accounts without a label')
    """
    text = str(name)
    kinds = {"genuine": "genuine accounts", "spam": "spam accounts", "campaign": "campaign accounts",
             "unlabelled": "accounts without a label", "all accounts": "all accounts"}
    many = kinds.get(text) or _ROLE_NAMES.get(text) or GROUP_NOUNS.get(text, ("", f"{text.replace('_', ' ')} accounts"))[1]
    return many[:1].upper() + many[1:]


def readable_label(name: object, count: int | None = None) -> str:
    """A legend entry: the readable name and, when given, how many accounts.

    Examples
    --------
    >>> readable_label("fandom", 1240)
    'Fans (1,240)'
    """
    return readable_name(name) + ("" if count is None else f" ({int(count):,})")


def drawing_order(names) -> list[str]:
    """Order groups or kinds for drawing: genuine first, spam, operations last (on top).

    Unknown names come after the genuine groups they resemble, alphabetically;
    unknown names of campaign kind are not guessed here (pass the kind to
    :func:`style_of` for their colour).

    Examples
    --------
    >>> drawing_order(["campaign_a", "book_club", "ordinary", "commercial_spam"])
    ['ordinary', 'book_club', 'commercial_spam', 'campaign_a']
    >>> drawing_order(["campaign", "genuine", "unlabelled", "spam"])
    ['unlabelled', 'genuine', 'spam', 'campaign']
    """
    present = [str(name) for name in dict.fromkeys(names)]
    rank = {"genuine": 1, "spam": 2, "campaign": 3}
    known = [*KIND_STYLES, *ROLE_STYLES, *GROUP_STYLES]

    def key(name: str) -> tuple:
        position = known.index(name) if name in known else len(known)
        return (0 if name == "unlabelled" else rank.get(style_of(name).kind, 1), name not in known, position, name)

    return sorted(present, key=key)


def palette_distances(colours, deficiency: str | None = None, severity: float = 100) -> np.ndarray:
    """Perceptual distances between colours, as seen with a colour-vision deficiency.

    Each colour is passed through the Machado-Oliveira-Fernandes (2009)
    simulation of ``deficiency`` (``None`` for typical vision), then measured
    in CAM02-UCS, where a distance of about 1 is just noticeable and 20 or
    more is an obvious difference (both from the ``colorspacious`` library).

    Parameters
    ----------
    colours : list of str
        Hex colours.
    deficiency : {None, "deuteranomaly", "protanomaly", "tritanomaly"}
        The deficiency to simulate.
    severity : float, default 100
        0 to 100; 100 is the full deficiency (deuteranopia, protanopia, tritanopia).

    Returns
    -------
    ndarray of shape (n, n)
        Symmetric, zero on the diagonal.

    Examples
    --------
    >>> distances = palette_distances(["#D55E00", "#56B4E9"], "deuteranomaly")
    >>> bool(distances[0, 1] > 20)
    True
    """
    from colorspacious import cspace_convert
    from matplotlib.colors import to_rgb

    rgb = np.array([to_rgb(colour) for colour in colours])
    if deficiency is not None:
        simulated = {"name": "sRGB1+CVD", "cvd_type": deficiency, "severity": severity}
        rgb = np.clip(cspace_convert(rgb, simulated, "sRGB1"), 0, 1)
    uniform = cspace_convert(rgb, "sRGB1", "CAM02-UCS")
    return np.linalg.norm(uniform[:, None, :] - uniform[None, :, :], axis=-1)
