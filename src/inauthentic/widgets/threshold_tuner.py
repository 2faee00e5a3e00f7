"""ThresholdTuner: set a threshold per signal, combine them, and count who gets caught.

The signal values, the answer key and the group of every account are turned
into arrays once (:func:`prepare_tuning`); each slider move then compares one
small matrix with the thresholds (:func:`apply_thresholds`), which takes well
under a millisecond on the classroom data set. The score is the same as
:func:`inauthentic.evaluate.score` gives for the same flags.

Examples
--------
>>> from inauthentic import load_dataset
>>> from inauthentic.signals import signal_table
>>> data = load_dataset("tiny")
>>> tuner = ThresholdTuner(data, signals=["office_hours_share", "weekend_share"])
>>> tuner.sliders["office_hours_share"].value = 0.8
>>> tuner.use["weekend_share"].value = False
>>> 0 <= tuner.state.score.precision <= 1
True
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

import ipywidgets
import numpy as np
import pandas as pd

from ..errors import KitError, did_you_mean
from ..evaluate import GROUP_NOUNS, Score, describe_flagged
from ..groups import colour_of
from ._common import Explorer, html_escape, html_table, require_dataset, require_labels, within_range

__all__ = [
    "ThresholdTuner",
    "TuningData",
    "TunerState",
    "SUSPICIOUS_END",
    "STARTING_THRESHOLDS",
    "DEFAULT_SIGNALS",
    "choose_signals",
    "prepare_tuning",
    "apply_thresholds",
    "slider_settings",
    "signal_words",
    "SIGNAL_WORDS",
    "LEFT_OUT",
]

#: Which end of each signal of :func:`inauthentic.signals.signal_table` is the
#: suspicious one: ``"high"`` flags values at or above the threshold, ``"low"``
#: at or below. Signals not listed are taken as ``"high"``.
SUSPICIOUS_END: dict[str, str] = {
    "account_age_at_first_post_days": "low",
    "follower_count": "low",
    "follower_following_ratio": "low",
    "weekend_share": "low",
    "hour_of_day_entropy": "low",
    "retweet_delay_seconds": "low",
}

#: Where the sliders of familiar signals start; others start at the value
#: that flags the most suspicious 10% of accounts.
STARTING_THRESHOLDS: dict[str, float] = {
    "office_hours_share": 0.6,
    "lunch_dip": 0.5,
    "weekend_share": 0.05,
    "created_same_day": 5,
    "created_same_week": 10,
    "follower_count": 20,
    "posts_per_day_max": 72,
    "fast_retweet_share": 0.5,
    "copypasta_share": 0.5,
    "zh_post_share": 0.5,
    "retweet_share": 0.8,
    "shared_image_count": 1,
    "shared_bio_count": 1,
}

#: The signals a tuner offers when ``signals`` is not given (those present in the table).
DEFAULT_SIGNALS = ["office_hours_share", "weekend_share", "created_same_day", "fast_retweet_share",
                   "copypasta_share", "follower_count"]

#: Signals a tuner never offers by default, and why (said under the sliders).
LEFT_OUT: dict[str, str] = {
    "zh_post_share": "language is never evidence on its own",
    "other_language_share": "language is never evidence on its own",
    "claims_us_location": "where someone says they live is never evidence on its own",
    "us_location_writing_zh": "language and location together are still no evidence",
}

#: What each signal's slider is called, in words (the column name is shown beside it).
SIGNAL_WORDS: dict[str, str] = {
    "office_hours_share": "Posts in Beijing office hours",
    "lunch_dip": "Quiet over the Beijing lunch break",
    "weekend_share": "Posts at weekends",
    "holiday_share": "Posts in China's National Day week",
    "hour_of_day_entropy": "Spread over the hours of the day",
    "created_same_day": "Accounts created the same day",
    "created_same_week": "Accounts created the same week",
    "account_age_at_first_post_days": "Account age at first post (days)",
    "follower_count": "Followers",
    "follower_following_ratio": "Followers per account followed",
    "handle_digit_count": "Digits at the end of the handle",
    "shared_bio_count": "Other accounts with the same bio",
    "shared_image_count": "Other accounts with the same picture",
    "fast_retweet_share": "Retweets within a minute",
    "retweet_share": "Share of posts that are retweets",
    "retweet_delay_seconds": "Seconds before retweeting",
    "copypasta_share": "Posts copied from other accounts",
    "top_hashtag_share": "Uses of its favourite hashtag",
    "posts_per_day_max": "Most posts in one day",
    "posts_per_day_median": "Posts per day (median)",
    "loudspeaker_index": "Loudspeaker index",
    "zero_engagement_share": "Posts nobody engaged with",
    "engagement_received": "Engagement received",
    "n_posts": "Posts in the data",
    "zh_post_share": "Posts in Chinese",
}


def signal_words(name: str) -> str:
    """A signal's name in words, for a slider (the column name when there is none).

    Examples
    --------
    >>> signal_words("fast_retweet_share"), signal_words("my_score")
    ('Retweets within a minute', 'my score')
    """
    return SIGNAL_WORDS.get(name, name.replace("_", " "))


@dataclass
class TuningData:
    """Arrays a tuner works on, one row per account of the answer key.

    Attributes
    ----------
    userids : ndarray of int
        The answer key's accounts, in its order.
    values : ndarray, shape (accounts, signals)
        Signal values as floats (NaN where missing: never flagged).
    names : list of str
        The signals, in column order.
    high : ndarray of bool
        True where a high value is the suspicious end.
    is_positive, is_genuine : ndarray of bool
        Campaign accounts (or whatever ``positive`` was) and genuine ones.
    group_codes : ndarray of int
        Index of each account's group in ``groups``.
    groups : list of str
        Group names.
    group_kinds : list of str
        The kind of each group.

    Examples
    --------
    >>> import pandas as pd
    >>> table = pd.DataFrame({"follower_count": [3, 900]}, index=pd.Index([1, 2], name="userid"))
    >>> labels = pd.DataFrame({"userid": [1, 2], "kind": ["campaign", "genuine"], "group": ["campaign_a", "fandom"]})
    >>> prepare_tuning(table, labels, ["follower_count"]).high.tolist()  # few followers is the suspicious end
    [False]
    """

    userids: np.ndarray
    values: np.ndarray
    names: list[str]
    high: np.ndarray
    is_positive: np.ndarray
    is_genuine: np.ndarray
    group_codes: np.ndarray
    groups: list[str]
    group_kinds: list[str]


@dataclass
class TunerState:
    """The result of one setting of a :class:`ThresholdTuner`.

    Attributes
    ----------
    thresholds : dict of str to float
        The threshold of every signal in use.
    min_signals : int
        An account is flagged when at least this many signals fire.
    flagged : Series of bool
        Indexed by userid (the answer key's accounts).
    score : inauthentic.evaluate.Score
        Precision, recall, F1 and counts, as :func:`inauthentic.evaluate.score`.
    genuine_by_group : DataFrame
        ``group, accounts, flagged, in_words`` for every genuine group
        (``in_words`` reads "3 of 40 night-shift workers").
    spam_flagged : int
        Spam accounts flagged.
    per_signal : DataFrame
        For each signal in use: ``threshold``, ``suspicious_end``, ``fires_on``
        (accounts) and ``of_which_positive``.

    Examples
    --------
    >>> import pandas as pd
    >>> table = pd.DataFrame({"follower_count": [3, 900]}, index=pd.Index([1, 2], name="userid"))
    >>> labels = pd.DataFrame({"userid": [1, 2], "kind": ["campaign", "genuine"], "group": ["campaign_a", "fandom"]})
    >>> state = apply_thresholds(prepare_tuning(table, labels, ["follower_count"]), {"follower_count": 10})
    >>> state.score.precision, state.per_signal.loc["follower_count", "fires_on"]
    (1.0, np.int64(1))
    """

    thresholds: dict
    min_signals: int
    flagged: pd.Series = field(repr=False)
    score: Score
    genuine_by_group: pd.DataFrame = field(repr=False)
    spam_flagged: int
    per_signal: pd.DataFrame = field(repr=False)


def choose_signals(table: pd.DataFrame, signals: object = None) -> dict[str, str]:
    """Decide which signals to tune and which end of each is suspicious.

    Parameters
    ----------
    table : DataFrame
        A signal table (one row per account, indexed by userid).
    signals : list of str, or dict of str to "high"/"low", optional
        The columns to offer. A list takes the suspicious end from
        :data:`SUSPICIOUS_END`; a dict says it. By default
        :data:`DEFAULT_SIGNALS` (those present in ``table``).

    Returns
    -------
    dict of str to str
        ``{signal: "high" or "low"}``.

    Examples
    --------
    >>> import pandas as pd
    >>> table = pd.DataFrame({"follower_count": [1, 2], "office_hours_share": [0.1, 0.9]})
    >>> choose_signals(table)
    {'office_hours_share': 'high', 'follower_count': 'low'}
    >>> choose_signals(table, {"follower_count": "high"})
    {'follower_count': 'high'}
    >>> choose_signals(table, ["office_hour_share"])
    Traceback (most recent call last):
    ...
    inauthentic.errors.KitError: The signal table has no column 'office_hour_share'. Did you mean 'office_hours_share'? ...
    """
    if signals is None:
        chosen = {name: SUSPICIOUS_END.get(name, "high") for name in DEFAULT_SIGNALS if name in table.columns}
        if not chosen:
            chosen = {name: SUSPICIOUS_END.get(name, "high") for name in table.columns[:6]}
    elif isinstance(signals, Mapping):
        chosen = {str(name): str(end) for name, end in signals.items()}
    elif isinstance(signals, str):
        chosen = {signals: SUSPICIOUS_END.get(signals, "high")}
    else:
        chosen = {str(name): SUSPICIOUS_END.get(str(name), "high") for name in signals}
    for name, end in chosen.items():
        if name not in table.columns:
            raise KitError(
                f"The signal table has no column '{name}'.{did_you_mean(name, table.columns)} "
                f"Its columns are: {', '.join(map(str, table.columns))}."
            )
        if end not in ("high", "low"):
            raise KitError(f"Say which end of '{name}' is suspicious with 'high' or 'low', not {end!r}.")
        if not (pd.api.types.is_numeric_dtype(table[name]) or pd.api.types.is_bool_dtype(table[name])):
            raise KitError(f"The signal '{name}' holds {table[name].dtype}, not numbers, so it cannot take a threshold.")
    if not chosen:
        raise KitError("Choose at least one signal to tune, for example signals=['office_hours_share'].")
    return chosen


def prepare_tuning(table: pd.DataFrame, labels: pd.DataFrame, signals: object = None,
                   positive: str = "campaign") -> TuningData:
    """Turn a signal table and the answer key into the arrays a tuner needs.

    Accounts of the answer key missing from ``table`` get NaN (never flagged).

    Raises
    ------
    KitError
        If ``table`` is not indexed by userid, or holds accounts the answer key does not.

    Examples
    --------
    >>> import pandas as pd
    >>> table = pd.DataFrame({"office_hours_share": [0.9, 0.2]}, index=pd.Index([1, 2], name="userid"))
    >>> labels = pd.DataFrame({"userid": [1, 2], "kind": ["campaign", "genuine"],
    ...                        "group": ["campaign_a", "night_shift"], "role": ["seed", "none"]})
    >>> tuning = prepare_tuning(table, labels, ["office_hours_share"])
    >>> tuning.values.ravel().tolist(), tuning.is_positive.tolist(), tuning.groups
    ([0.9, 0.2], [True, False], ['campaign_a', 'night_shift'])
    """
    if not isinstance(table, pd.DataFrame):
        raise KitError(
            f"ThresholdTuner needs the signal table (a DataFrame indexed by userid, from signal_table(data)), "
            f"not a {type(table).__name__}."
        )
    require_labels(labels, "ThresholdTuner", "to count who the thresholds catch")
    if "userid" in table.columns:
        table = table.set_index("userid")
    unknown = table.index.difference(labels["userid"])
    if len(unknown):
        raise KitError(
            f"The signal table has {len(unknown):,} account(s) that are not in 'labels' (for example {unknown[0]!r}). "
            f"Make sure it is indexed by userid and comes from the same data set as the labels."
        )
    chosen = choose_signals(table, signals)
    userids = labels["userid"].to_numpy()
    values = table[list(chosen)].astype(float).reindex(userids).to_numpy()
    kinds = labels["kind"].astype(str).to_numpy()
    group_names = labels["group"].astype(str)
    codes, groups = pd.factorize(group_names)
    if positive in ("campaign", "genuine", "spam"):
        is_positive = kinds == positive
    else:
        is_positive = group_names.to_numpy() == positive
    group_kinds = pd.Series(kinds).groupby(codes).first().tolist()
    return TuningData(
        userids=userids, values=values, names=list(chosen), high=np.array([end == "high" for end in chosen.values()]),
        is_positive=is_positive, is_genuine=kinds == "genuine", group_codes=codes, groups=list(groups),
        group_kinds=group_kinds,
    )


def apply_thresholds(tuning: TuningData, thresholds: Mapping[str, float], min_signals: int = 1) -> TunerState:
    """Flag the accounts on which at least ``min_signals`` of the signals fire, and score that.

    Parameters
    ----------
    tuning : TuningData
        From :func:`prepare_tuning`.
    thresholds : dict of str to float
        The signals in use and their thresholds; signals left out are off.
    min_signals : int, default 1
        1 is the "any signal" rule.

    Examples
    --------
    >>> import pandas as pd
    >>> table = pd.DataFrame({"office_hours_share": [0.9, 0.7, 0.2], "weekend_share": [0.0, 0.3, 0.0]},
    ...                      index=pd.Index([1, 2, 3], name="userid"))
    >>> labels = pd.DataFrame({"userid": [1, 2, 3], "kind": ["campaign", "genuine", "genuine"],
    ...                        "group": ["campaign_a", "night_shift", "night_shift"], "role": "none"})
    >>> tuning = prepare_tuning(table, labels, ["office_hours_share", "weekend_share"])
    >>> state = apply_thresholds(tuning, {"office_hours_share": 0.6, "weekend_share": 0.05})
    >>> state.flagged.tolist(), state.genuine_by_group["in_words"].tolist()
    ([True, True, True], ['2 of 2 night-shift workers'])
    >>> apply_thresholds(tuning, {"office_hours_share": 0.6, "weekend_share": 0.05}, min_signals=2).flagged.tolist()
    [True, False, False]
    """
    columns = [tuning.names.index(name) for name in thresholds]
    cut = np.array([float(value) for value in thresholds.values()])
    values, high = tuning.values[:, columns], tuning.high[columns]
    with np.errstate(invalid="ignore"):
        fires = np.where(high, values >= cut, values <= cut)  # NaN compares False: never fires
    flagged = fires.sum(axis=1) >= max(int(min_signals), 1) if columns else np.zeros(len(tuning.userids), bool)

    positives = int(tuning.is_positive.sum())
    true_positives = int(np.sum(flagged & tuning.is_positive))
    flagged_count = int(flagged.sum())
    precision = true_positives / flagged_count if flagged_count else 0.0
    recall = true_positives / positives if positives else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    score = Score(precision, recall, f1, true_positives, flagged_count - true_positives, positives - true_positives,
                  len(flagged) - flagged_count - (positives - true_positives), flagged_count)

    group_sizes = np.bincount(tuning.group_codes, minlength=len(tuning.groups))
    group_flagged = np.bincount(tuning.group_codes, weights=flagged, minlength=len(tuning.groups)).astype(int)
    by_group = pd.DataFrame({"group": tuning.groups, "kind": tuning.group_kinds, "accounts": group_sizes,
                             "flagged": group_flagged})
    order = {name: rank for rank, name in enumerate(GROUP_NOUNS)}
    genuine = by_group[by_group["kind"] == "genuine"].drop(columns="kind")
    genuine = genuine.iloc[np.argsort([order.get(name, len(order)) for name in genuine["group"]], kind="stable")]
    genuine["in_words"] = [describe_flagged(group, flagged_count, accounts) for group, flagged_count, accounts
                           in genuine[["group", "flagged", "accounts"]].itertuples(index=False)]
    per_signal = pd.DataFrame(
        {"threshold": cut, "suspicious_end": np.where(high, "high", "low"), "fires_on": fires.sum(axis=0),
         "of_which_positive": (fires & tuning.is_positive[:, None]).sum(axis=0)},
        index=pd.Index(list(thresholds), name="signal"),
    )
    return TunerState(
        thresholds=dict(zip(thresholds, cut.tolist())), min_signals=int(min_signals),
        flagged=pd.Series(flagged, index=pd.Index(tuning.userids, name="userid"), name="flagged"),
        score=score, genuine_by_group=genuine.reset_index(drop=True),
        spam_flagged=int(by_group.loc[by_group["kind"] == "spam", "flagged"].sum()), per_signal=per_signal,
    )


def slider_settings(values: np.ndarray, name: str, high: bool = True) -> dict:
    """Choose a slider's range, step, starting value and readout for one signal.

    Shares (values between -1 and 1) get steps of 0.01; other signals run
    from their minimum to their 99th percentile, in whole steps for counts
    and in about 100 to 1,000 steps otherwise. The
    starting value is :data:`STARTING_THRESHOLDS`, or the value that flags the
    most suspicious 10%.

    Examples
    --------
    >>> import numpy as np
    >>> slider_settings(np.array([0.0, 0.5, 1.0]), "office_hours_share")
    {'min': 0.0, 'max': 1.0, 'step': 0.01, 'value': 0.6, 'readout_format': '.2f'}
    >>> slider_settings(np.arange(0, 1000.0), "follower_count", high=False)["value"]
    20.0
    """
    finite = values[np.isfinite(values)]
    if finite.size == 0:
        finite = np.array([0.0, 1.0])
    low, top = float(finite.min()), float(finite.max())
    if low >= -1 and top <= 1:
        settings = {"min": min(low, 0.0), "max": 1.0, "step": 0.01, "readout_format": ".2f"}
    else:
        top = float(np.quantile(finite, 0.99))
        whole = bool(np.all(finite == np.round(finite)))
        step = 1.0 if whole else float(10 ** np.floor(np.log10(max(top - low, 1e-9) / 100)))
        settings = {"min": np.floor(low / step) * step, "max": max(np.ceil(top / step) * step, low + step),
                    "step": step, "readout_format": ".0f" if whole else ".3g"}
    start = STARTING_THRESHOLDS.get(name, float(np.quantile(finite, 0.9 if high else 0.1)))
    settings["value"] = float(np.clip(start, settings["min"], settings["max"]))
    return {key: settings[key] for key in ("min", "max", "step", "value", "readout_format")}


class ThresholdTuner(Explorer):
    """Sliders for signal thresholds, with live precision, recall, F1 and false accusations.

    Parameters
    ----------
    data : Dataset
        From :func:`inauthentic.load_dataset`, with its answer key.
    signals : list of str, or dict of str to "high"/"low", optional
        The signals to offer (see :func:`choose_signals`); by default
        :data:`DEFAULT_SIGNALS`. Language and location signals are left out
        unless asked for (:data:`LEFT_OUT` says why).
    min_signals : int, optional
        Starting rule: flag an account when at least this many signals fire
        (1 is "any signal"). By default half of the signals, rounded up: a
        rule that needs several signals to agree, as a careful analyst would.
    positive : str, default ``"campaign"``
        What counts as a catch: a kind or a group.
    signals_table : DataFrame, optional
        A precomputed :func:`inauthentic.signals.signal_table` of ``data``
        (clock signals in UTC+8), to save recomputing it.

    Attributes
    ----------
    sliders : dict of str to ipywidgets.FloatSlider
        One threshold per signal.
    use : dict of str to ipywidgets.Checkbox
        Whether each signal takes part (labelled in words: :data:`SIGNAL_WORDS`).
    rule : ipywidgets.ToggleButtons
        ``"any"`` or ``"at least k"``.
    k : ipywidgets.IntSlider
        The k of "at least k".
    state : TunerState
        The latest result (``.score``, ``.genuine_by_group``, ``.flagged``...).
    signals_table : DataFrame
        The signal table it tunes (reuse it, e.g. for :class:`SpotTheFakeQuiz`).
    widget : ipywidgets.VBox
        What the notebook shows.

    Examples
    --------
    >>> from inauthentic import load_dataset
    >>> tuner = ThresholdTuner(load_dataset("tiny"))
    >>> tuner.state.min_signals, tuner.rule.value
    (3, 'at least k')
    >>> tuner.rule.value = "any"
    >>> tuner.state.min_signals
    1
    >>> ThresholdTuner(load_dataset("tiny").accounts)
    Traceback (most recent call last):
    ...
    inauthentic.errors.KitError: ThresholdTuner takes the data set first, like every widget: ThresholdTuner(data). ...
    """

    def __init__(self, data, signals: object = None, min_signals: int | None = None, positive: str = "campaign",
                 signals_table: pd.DataFrame | None = None):
        if isinstance(data, pd.DataFrame):
            raise KitError(
                "ThresholdTuner takes the data set first, like every widget: ThresholdTuner(data). "
                "If you already made its signal table, pass it too: ThresholdTuner(data, signals_table=table)."
            )
        require_dataset(data, "ThresholdTuner")
        require_labels(getattr(data, "labels", None), "ThresholdTuner", "to count who the thresholds catch")
        if signals_table is None:
            from ..signals import signal_table

            signals_table = signal_table(data, tz="UTC+8")
        self.signals_table = signals_table
        self.tuning = prepare_tuning(signals_table, data.labels, signals, positive)
        self.positive = positive
        count = len(self.tuning.names)
        start_k = -(-count // 2) if min_signals is None else int(min_signals)
        start_k, note = within_range(start_k, 1, count, "min_signals", "ThresholdTuner")
        self.sliders, self.use, rows = {}, {}, []
        for column, name in enumerate(self.tuning.names):
            high = bool(self.tuning.high[column])
            settings = slider_settings(self.tuning.values[:, column], name, high)
            self.use[name] = ipywidgets.Checkbox(value=True, description=signal_words(name), indent=False,
                                                 layout=ipywidgets.Layout(width="300px"))
            self.use[name].tooltip = name
            self.sliders[name] = ipywidgets.FloatSlider(
                description="flag if ≥" if high else "flag if ≤", continuous_update=True,
                style={"description_width": "70px"}, layout=ipywidgets.Layout(width="380px"), **settings,
            )
            column_name = ipywidgets.HTML(f"<code style='color:#555'>{html_escape(name)}</code>")
            rows.append(ipywidgets.HBox([self.use[name], self.sliders[name], column_name],
                                        layout=ipywidgets.Layout(flex_flow="row wrap")))
        self.rule = ipywidgets.ToggleButtons(options=["any", "at least k"], description="Flag when",
                                             value="any" if start_k <= 1 else "at least k")
        self.k = ipywidgets.IntSlider(value=max(start_k, 1), min=1, max=max(count, 1),
                                      description="k signals", disabled=start_k <= 1)
        self.report = ipywidgets.HTML()
        self.message = ipywidgets.HTML(self._intro_html(signals_table, signals, note))
        self.widget = ipywidgets.VBox([self.message, *rows,
                                       ipywidgets.HBox([self.rule, self.k], layout=ipywidgets.Layout(flex_flow="row wrap")),
                                       self.report])
        self._watch(*self.sliders.values(), *self.use.values(), self.rule, self.k)
        self.update()

    def _intro_html(self, table: pd.DataFrame, signals: object, note: str) -> str:
        """What the tuner starts from, what to try, and what it left out and why."""
        count = len(self.tuning.names)
        rule = "any one" if self.k.value <= 1 or self.rule.value == "any" else f"at least {self.k.value} of the {count}"
        text = (f"<p>It starts by flagging an account when <b>{rule}</b> signals fire. Try moving one slider at a "
                f"time and watch precision and the genuine people caught; then switch to <i>any</i> to see what a "
                f"single signal costs.</p>")
        if signals is None:
            reasons = [f"{html_escape(signal_words(name))} (<code>{name}</code>): {why}"
                       for name, why in LEFT_OUT.items() if name in table.columns]
            others = len(table.columns) - count - len(reasons)
            text += ("<p><small>Left out: " + "; ".join(reasons) + "." if reasons else "<p><small>")
            text += (f" {others} more signals of the table can be added with <code>signals=[...]</code>."
                     if others > 0 else "") + "</small></p>"
        if note:
            text += f"<p style='color:#b00'>{html_escape(note)}</p>"
        return text

    def update(self) -> None:
        """Flag and score with the current thresholds and rule, and refresh the report."""
        self.k.disabled = self.rule.value == "any"
        thresholds = {name: slider.value for name, slider in self.sliders.items() if self.use[name].value}
        self.state = apply_thresholds(self.tuning, thresholds, 1 if self.rule.value == "any" else self.k.value)
        self.report.value = self._report_html()

    def _report_html(self) -> str:
        score, state = self.state.score, self.state
        positives = score.true_positives + score.false_negatives
        headline = (
            f"<p><b>{score.flagged:,} accounts flagged.</b> Precision <b>{score.precision:.2f}</b>, "
            f"recall <b>{score.recall:.2f}</b>, F1 <b>{score.f1:.2f}</b>: {score.true_positives:,} of "
            f"{positives:,} {html_escape(self.positive)} accounts caught, {score.false_positives:,} other accounts "
            f"wrongly flagged ({state.spam_flagged:,} of them spam).</p>"
        )
        genuine = state.genuine_by_group
        rates = genuine["flagged"] / genuine["accounts"].clip(lower=1)
        bar = "<div style='background:{};height:0.8em;width:{:.0f}px'></div>"
        rows = [(html_escape(words), f"{rate:.0%}", bar.format(colour_of(group), 100 * rate))
                for words, rate, group in zip(genuine["in_words"], rates, genuine["group"])]
        people = "<p><b>Genuine people caught, group by group</b></p>"
        people += html_table(rows, ["who", "share", ""], escape=False)
        signal_rows = [
            (signal_words(name), f"{'≥' if end == 'high' else '≤'} {threshold:.3g}", f"{fires:,}", f"{hits:,}")
            for name, threshold, end, fires, hits in state.per_signal.reset_index().itertuples(index=False)
        ]
        signals = "<p><b>Each signal on its own</b></p>" + html_table(
            signal_rows, ["signal", "rule", "fires on", f"of which {self.positive}"])
        return (headline + "<div style='display:flex;flex-wrap:wrap;gap:0 2em'>"
                f"<div>{people}</div><div>{signals}</div></div>")
