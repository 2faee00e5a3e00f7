"""One time-zone parser for the whole kit: every spelling, fed to every entry point.

Scenario files, the simulator's clocks, the signals, the plots and the widgets
all read a zone through :func:`inauthentic.timezones.parse_timezone`. Each
spelling below must give the same answer at every entry point (the same UTC
offset, so the same local hours), or be refused everywhere with the same
sentence.
"""

from __future__ import annotations

import datetime as dt

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402
import pytest  # noqa: E402

from inauthentic import KitError  # noqa: E402
from inauthentic.plots import clock_heatmap  # noqa: E402
from inauthentic.signals import office_hours_share  # noqa: E402
from inauthentic.simulate.clock import Period, ZoneClock  # noqa: E402
from inauthentic.simulate.scenario import resolve_scenario  # noqa: E402
from inauthentic.timezones import parse_timezone  # noqa: E402
from inauthentic.widgets import AccountCard  # noqa: E402

#: (spelling, hours east of UTC on 2026-09-07, or None if it must be refused)
SPELLINGS = [
    ("UTC", 0.0),
    ("gmt", 0.0),
    ("UTC+8", 8.0),
    ("GMT+8", 8.0),
    ("utc+08:00", 8.0),
    ("+8", 8.0),
    ("UTC+0800", 8.0),
    ("UTC+3:30", 3.5),
    ("UTC-3:30", -3.5),
    ("UTC+5.5", 5.5),
    ("UTC+14", 14.0),
    ("UTC-12", -12.0),
    ("Asia/Shanghai", 8.0),
    ("America/New_York", -4.0),  # daylight time in early September
    ("UTC+99", None),
    ("UTC-13", None),
    ("UTC+5:75", None),
    ("Beijing", None),
    ("Asia/Shangai", None),
    ("", None),
]

MONDAY = dt.datetime(2026, 9, 7, 12, tzinfo=dt.timezone.utc)


def expected_sentence(spelling: str) -> str:
    with pytest.raises(KitError) as refused:
        parse_timezone(spelling)
    return str(refused.value)


@pytest.fixture(scope="module")
def week_of_posts() -> pd.DataFrame:
    """Two accounts posting every 37 minutes for a week (every local hour is hit)."""
    times = pd.date_range("2026-09-07", "2026-09-14", freq="37min", tz="UTC")
    return pd.DataFrame({"userid": np.arange(len(times)) % 2 + 1, "tweet_time": times})


@pytest.mark.parametrize(("spelling", "hours"), SPELLINGS)
def test_the_parser_reads_each_spelling(spelling, hours):
    if hours is None:
        with pytest.raises(KitError, match=r"time zone|outside the world"):
            parse_timezone(spelling)
    else:
        assert parse_timezone(spelling).utcoffset(MONDAY) == dt.timedelta(hours=hours)


@pytest.mark.parametrize(("spelling", "hours"), SPELLINGS)
def test_scenario_files_and_the_simulator_agree(spelling, hours):
    settings = {"extends": "tiny", "campaign_b": {"timezone": spelling}}
    if hours is None:
        with pytest.raises(KitError) as refused:
            resolve_scenario(settings)
        assert expected_sentence(spelling) in str(refused.value)
        return
    assert resolve_scenario(settings)["campaign_b"]["timezone"] == spelling
    clock = ZoneClock([spelling], Period.from_dates("2026-09-07", "2026-09-07"))
    local_noon = np.array([Period.from_dates("2026-09-07", "2026-09-07").day_start(np.array([0]))[0] + 12 * 3600])
    offset_seconds = local_noon - clock.to_utc(local_noon, np.array([0]))
    assert int(offset_seconds[0]) == int(hours * 3600)


@pytest.mark.parametrize(("spelling", "hours"), SPELLINGS)
def test_signals_agree(spelling, hours, week_of_posts):
    if hours is None:
        with pytest.raises(KitError) as refused:
            office_hours_share(week_of_posts, tz=spelling)
        assert expected_sentence(spelling) in str(refused.value)
        return
    fixed = dt.timezone(dt.timedelta(hours=hours))
    pd.testing.assert_series_equal(office_hours_share(week_of_posts, tz=spelling), office_hours_share(week_of_posts, tz=fixed))


@pytest.mark.parametrize(("spelling", "hours"), SPELLINGS)
def test_plots_agree(spelling, hours, week_of_posts):
    if hours is None:
        with pytest.raises(KitError) as refused:
            clock_heatmap(week_of_posts, tz=spelling)
        assert expected_sentence(spelling) in str(refused.value)
        return
    drawn = clock_heatmap(week_of_posts, tz=spelling)
    reference = clock_heatmap(week_of_posts, tz=dt.timezone(dt.timedelta(hours=hours)))
    try:
        np.testing.assert_array_equal(drawn.collections[0].get_array(), reference.collections[0].get_array())
    finally:
        plt.close("all")


@pytest.mark.parametrize(("spelling", "hours"), SPELLINGS)
def test_widgets_agree(spelling, hours, tiny):
    userid = int(tiny.posts["userid"].value_counts().index[0])
    if hours is None:
        with pytest.raises(KitError) as refused:
            AccountCard(tiny, userid=userid, tz=spelling)
        assert expected_sentence(spelling) in str(refused.value)
        card = AccountCard(tiny, userid=userid)
        card.tz.value = spelling  # typed into the control later: shown under it, same sentence
        assert expected_sentence(spelling) in card.state.error
        return
    card = AccountCard(tiny, userid=userid, tz=spelling)
    reference = AccountCard(tiny, userid=userid, tz=dt.timezone(dt.timedelta(hours=hours)))
    assert card.state.error == ""
    np.testing.assert_array_equal(card.state.clock, reference.state.clock)
