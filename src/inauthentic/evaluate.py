"""Scoring a detector against the answer key.

A *detector* is anything that picks out accounts. Its output, called
``flagged`` throughout, can be given in either of two forms:

- a True/False Series indexed by ``userid`` (True = flagged), or
- any collection of flagged userids: a list, a set, an array, an Index, a
  Series of ids, or a table with a ``userid`` column (every row is flagged).

The answer key is the ``labels`` table (``userid, kind, group, role``). What
counts as a hit is set by ``positive``: by default every account whose
``kind`` is ``"campaign"``; it can also be a kind (``"spam"``), a group
(``"campaign_a"``) or a True/False Series indexed by userid.

Conventions
-----------
- Flagged userids that are not in ``labels`` are an error (:class:`KitError`
  naming a few of them), never silently dropped: they usually mean the
  detector ran on another data set, or that its index is not the userid.
- A ratio with nothing to divide by is 0, not undefined: a detector that flags
  nobody has precision 0, and F1 is 0 when precision and recall are both 0.
  This keeps tables and curves free of gaps; read precision together with
  ``flagged``.

Examples
--------
>>> import pandas as pd
>>> from inauthentic.evaluate import score
>>> labels = pd.DataFrame({
...     "userid": [1, 2, 3, 4, 5],
...     "kind": ["campaign", "campaign", "genuine", "genuine", "spam"],
...     "group": ["campaign_a", "campaign_a", "night_shift", "ordinary", "commercial_spam"],
...     "role": ["seed", "persona", "none", "none", "none"]})
>>> score([1, 3], labels)
Score(precision=0.5, recall=0.5, f1=0.5, true_positives=1, false_positives=1, false_negatives=1, true_negatives=2, flagged=2)
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass, fields

import numpy as np
import pandas as pd

from .errors import KitError, did_you_mean
from .schema import LABEL_KINDS
from .validate import require_columns

__all__ = [
    "Score",
    "score",
    "confusion_matrix",
    "threshold_sweep",
    "false_positive_rates",
    "compare_detectors",
    "compare_false_positive_rates",
    "flagged_userids",
    "describe_flagged",
    "GROUP_NOUNS",
]

#: How to speak of the members of each group, as (one, many). The order is
#: the order groups are listed in tables: genuine groups, spam, campaigns.
GROUP_NOUNS: dict[str, tuple[str, str]] = {
    "ordinary": ("ordinary user", "ordinary users"),
    "chinese_speaking_american": ("Chinese-speaking American", "Chinese-speaking Americans"),
    "diaspora_community": ("diaspora community member", "diaspora community members"),
    "spanish_speaking_american": ("Spanish-speaking American", "Spanish-speaking Americans"),
    "portuguese_speaker": ("Portuguese speaker", "Portuguese speakers"),
    "indonesian_speaker": ("Indonesian speaker", "Indonesian speakers"),
    "partisan": ("loud partisan", "loud partisans"),
    "night_shift": ("night-shift worker", "night-shift workers"),
    "fandom": ("fan", "fans"),
    "news_desk": ("news desk", "news desks"),
    "new_account": ("newcomer to the platform", "newcomers to the platform"),
    "heavy_poster": ("heavy poster", "heavy posters"),
    "public_figure": ("public figure", "public figures"),
    "commercial_spam": ("commercial spam account", "commercial spam accounts"),
    "campaign_a": ("campaign A account", "campaign A accounts"),
    "campaign_b": ("campaign B account", "campaign B accounts"),
}

_LABEL_COLUMNS = ["userid", "kind", "group"]
_KIND_ORDER = ["genuine", "spam", "campaign"]
_FLAG_COLUMNS = ["flagged", "not flagged"]
_MAX_LISTED = 5


@dataclass(frozen=True)
class Score:
    """How well one detector did, as counts and the three usual ratios.

    Attributes
    ----------
    precision : float
        Share of flagged accounts that are positives (0 if nothing is flagged).
    recall : float
        Share of positives that were flagged (0 if there are no positives).
    f1 : float
        Harmonic mean of precision and recall (0 if both are 0).
    true_positives, false_positives, false_negatives, true_negatives : int
        Positives flagged, others flagged, positives missed, others left alone.
    flagged : int
        Accounts flagged in all.

    Examples
    --------
    >>> result = Score(0.5, 1.0, 2 / 3, 1, 1, 0, 3, 2)
    >>> print(result)
    precision 0.50, recall 1.00, F1 0.67: 2 flagged (1 right, 1 wrong), 0 missed
    >>> result.to_series()["recall"]
    np.float64(1.0)
    """

    precision: float
    recall: float
    f1: float
    true_positives: int
    false_positives: int
    false_negatives: int
    true_negatives: int
    flagged: int

    def to_series(self) -> pd.Series:
        """Return the fields as a Series, e.g. to make one row of a table."""
        return pd.Series(asdict(self), name="score")

    def __repr__(self) -> str:
        parts = [f"{field.name}={_rounded(getattr(self, field.name))}" for field in fields(self)]
        return f"Score({', '.join(parts)})"

    def __str__(self) -> str:
        return (
            f"precision {self.precision:.2f}, recall {self.recall:.2f}, F1 {self.f1:.2f}: "
            f"{self.flagged:,} flagged ({self.true_positives:,} right, {self.false_positives:,} wrong), "
            f"{self.false_negatives:,} missed"
        )


def _rounded(value: float | int) -> float | int:
    return round(value, 3) if isinstance(value, float) else value


# --------------------------------------------------------------------------
# Input checks: turning what the learner passed into aligned True/False arrays
# --------------------------------------------------------------------------


def _check_labels(labels: object) -> None:
    require_columns(labels, "labels", _LABEL_COLUMNS, table="labels")
    repeated = labels["userid"].duplicated()
    if repeated.any():
        raise KitError(
            f"The argument 'labels' lists userid {labels['userid'][repeated].iloc[0]} more than once; "
            f"the answer key should have one row per account."
        )


def _is_true_false(values: pd.Series | pd.Index | np.ndarray) -> bool:
    return pd.api.types.is_bool_dtype(values.dtype)


def flagged_userids(flagged: object, argument: str = "flagged") -> pd.Index:
    """Return the distinct userids a detector flagged, whatever form it came in.

    Parameters
    ----------
    flagged : Series, DataFrame or iterable
        A True/False Series indexed by userid (missing values count as not
        flagged), a table with a ``userid`` column (every row flagged), or any
        collection of userids.
    argument : str, default ``"flagged"``
        The parameter's name, for error messages.

    Returns
    -------
    pandas.Index
        The flagged userids, each once, in the order first seen.

    Raises
    ------
    KitError
        For a single value, or for True/False values that carry no userids
        (a plain list or array of booleans).

    Examples
    --------
    >>> import pandas as pd
    >>> flagged_userids(pd.Series([True, False, True], index=[11, 12, 13])).tolist()
    [11, 13]
    >>> flagged_userids({13, 11, 11}).sort_values().tolist()
    [11, 13]
    >>> flagged_userids([True, False])
    Traceback (most recent call last):
    ...
    inauthentic.errors.KitError: The argument 'flagged' holds True/False values but no userids...
    """
    if isinstance(flagged, pd.DataFrame):
        if "userid" not in flagged.columns:
            raise KitError(
                f"The argument '{argument}' is a table without a 'userid' column. Pass the flagged rows of a "
                f"table that has one, or a True/False Series indexed by userid."
            )
        return pd.Index(flagged["userid"]).unique()
    if isinstance(flagged, pd.Series) and _is_true_false(flagged):
        chosen = flagged.fillna(False).to_numpy(dtype=bool)
        return pd.Index(flagged.index[chosen]).unique()
    if isinstance(flagged, (str, bytes)) or not isinstance(flagged, Iterable):
        raise KitError(
            f"The argument '{argument}' should be a True/False Series indexed by userid, or a collection "
            f"(list, set, Series...) of flagged userids, but it is a single {type(flagged).__name__}. "
            f"For one account, pass a list: [{flagged!r}]."
        )
    if isinstance(flagged, Mapping):
        flagged = pd.Series(flagged)
        if _is_true_false(flagged):
            return flagged_userids(flagged, argument)
    userids = pd.Index(flagged if isinstance(flagged, (pd.Series, pd.Index, np.ndarray)) else list(flagged)).dropna()
    if len(userids) and _is_true_false(userids):
        raise KitError(
            f"The argument '{argument}' holds True/False values but no userids, so the kit cannot tell which "
            f"account each one belongs to. Pass a Series indexed by userid, for example "
            f"pd.Series(values, index=accounts.userid)."
        )
    return userids.unique()


def _unknown_ids_error(unknown: pd.Index, argument: str, labels: pd.DataFrame) -> KitError:
    listed = ", ".join(map(repr, unknown[:_MAX_LISTED].tolist()))
    more = f" and {len(unknown) - _MAX_LISTED:,} more" if len(unknown) > _MAX_LISTED else ""
    message = (
        f"The argument '{argument}' names {len(unknown):,} userid(s) that are not in 'labels': {listed}{more}. "
    )
    labels_hold_numbers = pd.api.types.is_numeric_dtype(labels["userid"])
    if labels_hold_numbers and unknown.inferred_type == "string":
        message += "They are text while labels.userid holds numbers: convert them with pd.to_numeric. "
    elif set(unknown.tolist()) <= {0, 1}:
        message += "They look like 0/1 flags: make the values True/False with .astype(bool) and index them by userid. "
    elif pd.api.types.is_float_dtype(unknown.dtype):
        message += "They look like scores, not userids: flag accounts first (scores >= threshold), or use threshold_sweep. "
    message += "Check that the detector ran on the same data set as these labels and is indexed by userid."
    return KitError(message)


def _flagged_mask(flagged: object, labels: pd.DataFrame, argument: str = "flagged") -> np.ndarray:
    """Return one True/False per row of ``labels``: was that account flagged?"""
    userids = flagged_userids(flagged, argument)
    known = userids.isin(labels["userid"])
    if not known.all():
        raise _unknown_ids_error(userids[~known], argument, labels)
    return labels["userid"].isin(userids).to_numpy()


def _positive_mask(labels: pd.DataFrame, positive: object) -> tuple[np.ndarray, str]:
    """Return (one True/False per row of ``labels``, a short name for the positives)."""
    if isinstance(positive, pd.Series):
        return _flagged_mask(positive, labels, argument="positive"), "positive"
    if not isinstance(positive, str):
        raise KitError(
            f"The argument 'positive' should be a kind ('campaign'), a group ('campaign_a') or a True/False "
            f"Series indexed by userid, not a {type(positive).__name__}."
        )
    if positive in LABEL_KINDS:
        return (labels["kind"] == positive).to_numpy(), positive
    groups = labels["group"].astype(str)
    if (groups == positive).any():
        return (groups == positive).to_numpy(), positive
    choices = list(LABEL_KINDS) + sorted(groups.unique())
    raise KitError(
        f"positive='{positive}' is neither a kind nor a group in 'labels'.{did_you_mean(positive, choices)} "
        f"Use a kind ({', '.join(LABEL_KINDS)}) or one of the groups: {', '.join(sorted(groups.unique()))}."
    )


def _ratios(true_positives, flagged, positives) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Precision, recall and F1 from counts (arrays welcome); 0 where undefined."""
    true_positives, flagged, positives = (np.asarray(x, dtype=float) for x in (true_positives, flagged, positives))
    precision = np.divide(true_positives, flagged, out=np.zeros_like(true_positives), where=flagged > 0)
    recall = np.divide(true_positives, positives, out=np.zeros_like(true_positives), where=positives > 0)
    both = precision + recall
    f1 = np.divide(2 * precision * recall, both, out=np.zeros_like(both), where=both > 0)
    return precision, recall, f1


def _group_rank(groups: pd.Series) -> pd.Series:
    """Position of each group in GROUP_NOUNS order; unknown groups after, alphabetically."""
    known = list(GROUP_NOUNS)
    extra = sorted(set(groups) - set(known))
    order = {name: position for position, name in enumerate(known + extra)}
    return groups.map(order)


def describe_flagged(group: str, flagged: int, accounts: int) -> str:
    """Say how many members of a group were flagged, in words about people.

    Examples
    --------
    >>> describe_flagged("night_shift", 3, 40)
    '3 of 40 night-shift workers'
    >>> describe_flagged("public_figure", 0, 1)
    '0 of 1 public figure'
    >>> describe_flagged("book_club", 2, 9)
    '2 of 9 book club accounts'
    """
    plain = str(group).replace("_", " ")
    one, many = GROUP_NOUNS.get(str(group), (f"{plain} account", f"{plain} accounts"))
    return f"{flagged:,} of {accounts:,} {one if accounts == 1 else many}"


# --------------------------------------------------------------------------
# Public functions
# --------------------------------------------------------------------------


def score(flagged: object, labels: pd.DataFrame, positive: object = "campaign") -> Score:
    """Compare the accounts a detector flagged with the answer key.

    Parameters
    ----------
    flagged : Series of bool indexed by userid, or iterable of userids
        The detector's output (see the module notes).
    labels : DataFrame
        The answer key, with ``userid``, ``kind`` and ``group``.
    positive : str or Series of bool, default ``"campaign"``
        What a detector should find: a kind, a group, or a True/False Series
        indexed by userid.

    Returns
    -------
    Score
        ``precision, recall, f1, true_positives, false_positives,
        false_negatives, true_negatives, flagged``; ``.to_series()`` turns it
        into one row of a table. Ratios with nothing to divide by are 0.

    Raises
    ------
    KitError
        If ``labels`` lacks a column, ``flagged`` names userids that are not in
        ``labels``, or ``positive`` is not a kind or group.

    Examples
    --------
    >>> import pandas as pd
    >>> labels = pd.DataFrame({"userid": [1, 2, 3, 4], "kind": ["campaign", "campaign", "genuine", "spam"],
    ...                        "group": ["campaign_a", "campaign_b", "fandom", "commercial_spam"]})
    >>> print(score({1, 2, 3}, labels))
    precision 0.67, recall 1.00, F1 0.80: 3 flagged (2 right, 1 wrong), 0 missed
    >>> score([1, 2, 3], labels, positive="campaign_a").precision
    0.333...
    >>> score([], labels).precision  # flagging nobody scores 0, not "undefined"
    0.0
    >>> score([99], labels)
    Traceback (most recent call last):
    ...
    inauthentic.errors.KitError: The argument 'flagged' names 1 userid(s) that are not in 'labels': 99. ...
    """
    _check_labels(labels)
    is_flagged = _flagged_mask(flagged, labels)
    is_positive, _ = _positive_mask(labels, positive)
    true_positives = int(np.sum(is_flagged & is_positive))
    false_positives = int(np.sum(is_flagged & ~is_positive))
    false_negatives = int(np.sum(~is_flagged & is_positive))
    true_negatives = int(np.sum(~is_flagged & ~is_positive))
    precision, recall, f1 = _ratios(true_positives, int(is_flagged.sum()), int(is_positive.sum()))
    return Score(
        precision=float(precision),
        recall=float(recall),
        f1=float(f1),
        true_positives=true_positives,
        false_positives=false_positives,
        false_negatives=false_negatives,
        true_negatives=true_negatives,
        flagged=int(is_flagged.sum()),
    )


def confusion_matrix(
    flagged: object, labels: pd.DataFrame, positive: object = "campaign", by: str | None = None
) -> pd.DataFrame:
    """Count flagged and unflagged accounts against the truth.

    Parameters
    ----------
    flagged : Series of bool indexed by userid, or iterable of userids
        The detector's output.
    labels : DataFrame
        The answer key.
    positive : str or Series of bool, default ``"campaign"``
        What counts as a hit (ignored when ``by`` is given).
    by : {None, "kind", "group"}, default None
        None gives the classic 2×2 table; ``"kind"`` gives one row per kind
        (genuine, spam, campaign), ``"group"`` one row per group.

    Returns
    -------
    DataFrame
        Columns ``"flagged"`` and ``"not flagged"``. Without ``by`` the rows
        are ``"actually <positive>"`` and ``"actually not <positive>"``.

    Examples
    --------
    >>> import pandas as pd
    >>> labels = pd.DataFrame({"userid": [1, 2, 3, 4], "kind": ["campaign", "campaign", "genuine", "spam"],
    ...                        "group": ["campaign_a", "campaign_b", "fandom", "commercial_spam"]})
    >>> confusion_matrix([1, 3], labels)
    detector says            flagged  not flagged
    truth
    actually campaign              1            1
    actually not campaign          1            1
    >>> confusion_matrix([1, 3], labels, by="kind")
    detector says  flagged  not flagged
    kind
    genuine              1            0
    spam                 0            1
    campaign             1            1
    """
    _check_labels(labels)
    is_flagged = _flagged_mask(flagged, labels)
    if by is None:
        is_positive, name = _positive_mask(labels, positive)
        rows = pd.Series(np.where(is_positive, f"actually {name}", f"actually not {name}"), name="truth")
        row_order = [f"actually {name}", f"actually not {name}"]
    elif by in ("kind", "group"):
        rows = labels[by].astype(str).reset_index(drop=True).rename(by)
        present = pd.Series(rows.unique())
        rank = present.map({kind: i for i, kind in enumerate(_KIND_ORDER)}) if by == "kind" else _group_rank(present)
        row_order = present.iloc[np.argsort(rank.fillna(len(present)).to_numpy(), kind="stable")].tolist()
    else:
        raise KitError(f"The argument 'by' should be None, 'kind' or 'group', not {by!r}.")
    columns = pd.Series(np.where(is_flagged, "flagged", "not flagged"), name="detector says")
    table = pd.crosstab(rows, columns).reindex(index=row_order, columns=_FLAG_COLUMNS, fill_value=0)
    return table.rename_axis(columns="detector says")


def threshold_sweep(
    scores: pd.Series,
    labels: pd.DataFrame,
    thresholds: Iterable[float] | None = None,
    positive: object = "campaign",
    higher_is_suspicious: bool = True,
) -> pd.DataFrame:
    """Score a detector at many cut-offs at once.

    An account is flagged at threshold ``t`` when its score is ``>= t``
    (or ``<= t`` with ``higher_is_suspicious=False``). Accounts in ``labels``
    without a score (or with a missing one) are never flagged.

    Parameters
    ----------
    scores : Series of numbers indexed by userid
        One suspicion score per account, e.g. posts per day.
    labels : DataFrame
        The answer key.
    thresholds : iterable of float, optional
        Cut-offs to try. By default every distinct score when there are at
        most 200 of them, otherwise 201 quantiles of the scores.
    positive : str or Series of bool, default ``"campaign"``
        What counts as a hit.
    higher_is_suspicious : bool, default True
        False when a low score is the suspicious end (e.g. followers).

    Returns
    -------
    DataFrame
        One row per threshold, ascending, with columns ``threshold, flagged,
        precision, recall, f1, genuine_flagged``. ``attrs`` records
        ``higher_is_suspicious`` for :func:`inauthentic.plots.threshold_curves`.

    Notes
    -----
    The scores are sorted once; the counts at every threshold are then read
    from running totals (``np.cumsum``) with ``np.searchsorted``, instead of
    re-scoring the detector once per threshold.

    Examples
    --------
    >>> import pandas as pd
    >>> labels = pd.DataFrame({"userid": [1, 2, 3, 4], "kind": ["campaign", "campaign", "genuine", "spam"],
    ...                        "group": ["campaign_a", "campaign_b", "fandom", "commercial_spam"]})
    >>> posts_per_day = pd.Series({1: 90.0, 2: 40.0, 3: 60.0, 4: 5.0})
    >>> threshold_sweep(posts_per_day, labels, thresholds=[50, 72])
       threshold  flagged  precision  recall        f1  genuine_flagged
    0       50.0        2        0.5     0.5  0.500000                1
    1       72.0        1        1.0     0.5  0.666667                0
    """
    _check_labels(labels)
    values = _scores_for_labels(scores, labels)
    is_positive, _ = _positive_mask(labels, positive)
    is_genuine = (labels["kind"] == "genuine").to_numpy()
    scored = ~np.isnan(values)
    if not scored.any():
        raise KitError("The argument 'scores' holds no numbers for the accounts in 'labels'.")
    cutoffs = _default_thresholds(values[scored]) if thresholds is None else np.sort(np.asarray(list(thresholds), dtype=float))

    order = np.argsort(values[scored], kind="stable")
    sorted_scores = values[scored][order]
    positives_so_far = np.concatenate([[0], np.cumsum(is_positive[scored][order])])
    genuine_so_far = np.concatenate([[0], np.cumsum(is_genuine[scored][order])])
    if higher_is_suspicious:  # flagged = everything from the cut upwards
        cut = np.searchsorted(sorted_scores, cutoffs, side="left")
        flagged = len(sorted_scores) - cut
        true_positives = positives_so_far[-1] - positives_so_far[cut]
        genuine_flagged = genuine_so_far[-1] - genuine_so_far[cut]
    else:  # flagged = everything up to the cut
        cut = np.searchsorted(sorted_scores, cutoffs, side="right")
        flagged = cut
        true_positives = positives_so_far[cut]
        genuine_flagged = genuine_so_far[cut]
    precision, recall, f1 = _ratios(true_positives, flagged, is_positive.sum())
    sweep = pd.DataFrame(
        {
            "threshold": cutoffs,
            "flagged": flagged.astype("int64"),
            "precision": precision,
            "recall": recall,
            "f1": f1,
            "genuine_flagged": genuine_flagged.astype("int64"),
        }
    )
    sweep.attrs["higher_is_suspicious"] = bool(higher_is_suspicious)
    return sweep


def _scores_for_labels(scores: object, labels: pd.DataFrame) -> np.ndarray:
    """Return one float per row of ``labels`` (NaN where there is no score)."""
    if not isinstance(scores, pd.Series):
        raise KitError(
            f"The argument 'scores' should be a Series of numbers indexed by userid (one per account), "
            f"but it is a {type(scores).__name__}."
        )
    if not (pd.api.types.is_numeric_dtype(scores) or pd.api.types.is_bool_dtype(scores)):
        raise KitError(f"The argument 'scores' should hold numbers, but it holds {scores.dtype}.")
    numbers = scores.astype(float).dropna()
    if numbers.index.duplicated().any():
        raise KitError(
            f"The argument 'scores' has more than one score for userid {numbers.index[numbers.index.duplicated()][0]!r}; "
            f"give one score per account (for example with .groupby('userid').max())."
        )
    unknown = numbers.index[~numbers.index.isin(labels["userid"])]
    if len(unknown):
        raise _unknown_ids_error(unknown, "scores", labels)
    return numbers.reindex(labels["userid"]).to_numpy(dtype=float)


def _default_thresholds(values: np.ndarray, most: int = 200) -> np.ndarray:
    distinct = np.unique(values)
    if len(distinct) <= most:
        return distinct
    return np.unique(np.quantile(values, np.linspace(0, 1, most + 1)))


def _flags_by_group(flagged: object, labels: pd.DataFrame) -> pd.DataFrame:
    """Accounts and flagged accounts per non-campaign group, in the usual group order."""
    table = pd.DataFrame(
        {
            "group": labels["group"].astype(str).to_numpy(),
            "kind": labels["kind"].astype(str).to_numpy(),
            "flagged": _flagged_mask(flagged, labels),
        }
    )
    table = table[table["kind"] != "campaign"]
    counts = table.groupby(["group", "kind"]).agg(accounts=("flagged", "size"), flagged=("flagged", "sum")).reset_index()
    counts["flagged"] = counts["flagged"].astype("int64")
    counts["rate"] = counts["flagged"] / counts["accounts"]
    return counts.iloc[np.argsort(_group_rank(counts["group"]).to_numpy(), kind="stable")].reset_index(drop=True)


def false_positive_rates(flagged: object, labels: pd.DataFrame) -> pd.DataFrame:
    """Show who a detector wrongly flags: the share of each non-campaign group flagged.

    Every flagged account that is not part of a campaign is a false positive:
    a real person (or a spammer) the detector would wrongly accuse. This table
    counts them group by group.

    Parameters
    ----------
    flagged : Series of bool indexed by userid, or iterable of userids
        The detector's output.
    labels : DataFrame
        The answer key.

    Returns
    -------
    DataFrame
        One row per genuine group and spam group, with columns ``group, kind,
        accounts, flagged, rate, in_words`` (``in_words`` reads like
        "3 of 40 night-shift workers"), highest rate first.

    Examples
    --------
    >>> import pandas as pd
    >>> labels = pd.DataFrame({"userid": [1, 2, 3, 4, 5], "kind": ["campaign", "genuine", "genuine", "genuine", "spam"],
    ...                        "group": ["campaign_a", "night_shift", "night_shift", "fandom", "commercial_spam"]})
    >>> rates = false_positive_rates([1, 2, 5], labels)
    >>> rates[["group", "accounts", "flagged", "rate"]]
                 group  accounts  flagged  rate
    0  commercial_spam         1        1   1.0
    1      night_shift         2        1   0.5
    2           fandom         1        0   0.0
    >>> rates["in_words"].tolist()
    ['1 of 1 commercial spam account', '1 of 2 night-shift workers', '0 of 1 fan']
    """
    _check_labels(labels)
    rates = _flags_by_group(flagged, labels)
    rates = rates.sort_values("rate", ascending=False, kind="stable").reset_index(drop=True)
    rates["in_words"] = [
        describe_flagged(group, flagged_count, accounts)
        for group, flagged_count, accounts in zip(rates["group"], rates["flagged"], rates["accounts"])
    ]
    return rates


def _check_detectors(detectors: object) -> None:
    if not isinstance(detectors, Mapping) or not detectors:
        raise KitError(
            "The argument 'detectors' should be a dictionary from a detector's name to what it flagged, "
            "for example {'language': flagged_by_language, 'clock': flagged_by_clock}."
        )


def compare_detectors(detectors: Mapping[str, object], labels: pd.DataFrame, positive: object = "campaign") -> pd.DataFrame:
    """Score several detectors side by side.

    Parameters
    ----------
    detectors : dict of str to flagged
        Each detector's name and output.
    labels : DataFrame
        The answer key.
    positive : str or Series of bool, default ``"campaign"``
        What counts as a hit.

    Returns
    -------
    DataFrame
        One row per detector (index ``detector``), in the dictionary's order,
        with columns ``precision, recall, f1, flagged, genuine_flagged``.

    Examples
    --------
    >>> import pandas as pd
    >>> labels = pd.DataFrame({"userid": [1, 2, 3, 4], "kind": ["campaign", "campaign", "genuine", "spam"],
    ...                        "group": ["campaign_a", "campaign_b", "fandom", "commercial_spam"]})
    >>> compare_detectors({"language": [1, 3], "clock": [1, 2]}, labels)
              precision  recall   f1  flagged  genuine_flagged
    detector
    language        0.5     0.5  0.5        2                1
    clock           1.0     1.0  1.0        2                0
    """
    _check_detectors(detectors)
    _check_labels(labels)
    is_genuine = (labels["kind"] == "genuine").to_numpy()
    rows = {}
    for name, flagged in detectors.items():
        result = score(flagged, labels, positive)
        genuine_flagged = int(np.sum(_flagged_mask(flagged, labels) & is_genuine))
        rows[name] = {"precision": result.precision, "recall": result.recall, "f1": result.f1,
                      "flagged": result.flagged, "genuine_flagged": genuine_flagged}
    return pd.DataFrame.from_dict(rows, orient="index").rename_axis("detector")


def compare_false_positive_rates(detectors: Mapping[str, object], labels: pd.DataFrame) -> pd.DataFrame:
    """Show, group by group, the share of accounts each detector wrongly flags.

    Parameters
    ----------
    detectors : dict of str to flagged
        Each detector's name and output.
    labels : DataFrame
        The answer key.

    Returns
    -------
    DataFrame
        Index ``group`` (genuine groups, then spam, in the kit's usual order),
        one column per detector, values the false-positive rate (0 to 1).

    Examples
    --------
    >>> import pandas as pd
    >>> labels = pd.DataFrame({"userid": [1, 2, 3, 4, 5], "kind": ["campaign", "genuine", "genuine", "genuine", "spam"],
    ...                        "group": ["campaign_a", "night_shift", "night_shift", "fandom", "commercial_spam"]})
    >>> compare_false_positive_rates({"clock": [1, 2], "volume": [1, 4, 5]}, labels)
    detector         clock  volume
    group
    night_shift        0.5     0.0
    fandom             0.0     1.0
    commercial_spam    0.0     1.0
    """
    _check_detectors(detectors)
    _check_labels(labels)
    columns = {name: _flags_by_group(flagged, labels).set_index("group")["rate"] for name, flagged in detectors.items()}
    return pd.DataFrame(columns).rename_axis(index="group", columns="detector")
