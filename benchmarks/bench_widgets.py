"""How fast do the widgets respond, and the plots draw, on the classroom data set?

Builds each widget once, then moves its controls through 20 settings (never
repeating one, so no cached result is reused) and prints the median and
maximum time per update, figure included. The target is a median of at most
150 ms. Then draws each plot of :mod:`inauthentic.plots` three times, saved
to PNG in memory as a notebook would show it, and prints the median: the
target is at most 1 s each (half that for the network and the volume plot).
Run with::

    MPLBACKEND=Agg .venv/bin/python benchmarks/bench_widgets.py [dataset]
"""

from __future__ import annotations

import io
import statistics
import sys
import time
from collections.abc import Callable, Iterable

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402

from inauthentic import evaluate, load_dataset, plots  # noqa: E402
from inauthentic.coordination import co_retweet_edges  # noqa: E402
from inauthentic.signals import signal_table  # noqa: E402
from inauthentic.widgets import AccountCard, ClockExplorer, CoordinationExplorer, SpotTheFakeQuiz, ThresholdTuner  # noqa: E402

TARGET_MS = 150
PLOT_TARGET_MS = 1000
HALF_TARGET = {"network", "volume_vs_followers (group)", "volume_vs_followers (kind)"}


def timed(action: Callable[[], object]) -> float:
    start = time.perf_counter()
    action()
    return (time.perf_counter() - start) * 1000


def report(name: str, build_ms: float, updates: Iterable[Callable[[], object]]) -> tuple[str, float, float]:
    times = [timed(update) for update in updates]
    median, worst = statistics.median(times), max(times)
    verdict = "ok" if median <= TARGET_MS else "SLOW"
    print(f"{name:<22} build {build_ms:7.0f} ms   {len(times)} updates: median {median:6.1f} ms, max {worst:6.1f} ms   {verdict}")
    return name, median, worst


def setter(control, value) -> Callable[[], None]:
    return lambda: setattr(control, "value", value)


def main(name: str = "classroom") -> None:
    data = load_dataset(name)
    print(f"{data!r}")
    started = time.perf_counter()
    table = signal_table(data)
    print(f"signal_table (once, shared by the tuner and the quiz): {(time.perf_counter() - started) * 1000:.0f} ms\n")
    rng = np.random.default_rng(0)
    results = []

    started = time.perf_counter()
    card = AccountCard(data)
    build = (time.perf_counter() - started) * 1000
    handles = data.accounts["user_screen_name"].sample(14, random_state=0).tolist()
    zones = ["UTC+8", "America/New_York", "UTC", "America/Los_Angeles", "Asia/Shanghai", "Europe/London"]
    moves = [setter(card.search, handle) for handle in handles] + [setter(card.tz, zone) for zone in zones]
    results.append(report("AccountCard", build, moves))

    started = time.perf_counter()
    clock = ClockExplorer(data)
    build = (time.perf_counter() - started) * 1000
    offsets = [offset for offset in range(-12, 15) if offset != 0][:16]
    groups = [value for _, value in clock.group.options][1:5]
    moves = [setter(clock.offset, offset) for offset in offsets] + [setter(clock.group, group) for group in groups]
    results.append(report("ClockExplorer", build, moves))

    started = time.perf_counter()
    tuner = ThresholdTuner(data, signals_table=table)
    build = (time.perf_counter() - started) * 1000
    moves = []
    for _ in range(20):
        signal = rng.choice(list(tuner.sliders))
        slider = tuner.sliders[signal]
        moves.append(setter(slider, float(rng.uniform(slider.min, slider.max))))
    results.append(report("ThresholdTuner", build, moves))

    started = time.perf_counter()
    coordination = CoordinationExplorer(data)
    build = (time.perf_counter() - started) * 1000
    # A path of single-slider moves through 20 settings never computed before (60 s, 2 is the start).
    moves = [setter(coordination.window, w) for w in (1, 2, 5, 10, 20, 30, 120, 180, 300)]
    moves += [setter(coordination.min_weight, 3)]
    moves += [setter(coordination.window, w) for w in (180, 120, 60, 30, 20, 10, 5, 2, 1)]
    moves += [setter(coordination.min_weight, 4)]
    results.append(report("CoordinationExplorer", build, moves))

    started = time.perf_counter()
    quiz = SpotTheFakeQuiz(data, signals_table=table)
    build = (time.perf_counter() - started) * 1000
    answers = [setter(toggle, "looks coordinated") for toggle in quiz.choices.values()]
    results.append(report("SpotTheFakeQuiz", build, answers + [quiz.mark] * 3))

    slow = [name for name, median, _ in results if median > TARGET_MS]
    verdict = f"Too slow: {', '.join(slow)}." if slow else "All widgets meet it."
    print(f"\nTarget: median <= {TARGET_MS} ms per update. {verdict}\n")
    plot_results = bench_plots(data, table)
    slow = [name for name, median in plot_results if median > PLOT_TARGET_MS / (2 if name in HALF_TARGET else 1)]
    verdict = f"Too slow: {', '.join(slow)}." if slow else "All plots meet it."
    print(f"\nTarget: median <= {PLOT_TARGET_MS} ms per plot ({PLOT_TARGET_MS // 2} ms for the network and volume plots). {verdict}")


def drawn(make: Callable[[], object]) -> Callable[[], None]:
    """Draw a plot and save it to PNG in memory, then close it."""
    def action() -> None:
        ax = make()
        ax.figure.savefig(io.BytesIO(), format="png")
        plt.close(ax.figure)
    return action


def bench_plots(data, table) -> list[tuple[str, float]]:
    edges = co_retweet_edges(data.posts, window_seconds=60, min_weight=2)
    flagged = table["office_hours_share"] >= 0.6
    sweep = evaluate.threshold_sweep(table["office_hours_share"], data.labels)
    rates = evaluate.false_positive_rates(flagged, data.labels)
    campaign = data.labels.userid[data.labels.kind == "campaign"]
    figures = {
        "clock_heatmap": lambda: plots.clock_heatmap(data.posts, tz="UTC+8", userids=campaign),
        "creation_timeline": lambda: plots.creation_timeline(data.accounts, data.labels),
        "volume_vs_followers (kind)": lambda: plots.volume_vs_followers(data.accounts, data.posts, data.labels),
        "volume_vs_followers (group)": lambda: plots.volume_vs_followers(data.accounts, data.posts, data.labels, hue="group"),
        "network": lambda: plots.network(edges, data.labels),
        "confusion": lambda: plots.confusion(flagged, data.labels),
        "threshold_curves": lambda: plots.threshold_curves(sweep),
        "false_positives": lambda: plots.false_positives(rates),
    }
    results = []
    for name, make in figures.items():
        median = statistics.median(timed(drawn(make)) for _ in range(3))
        target = PLOT_TARGET_MS / (2 if name in HALF_TARGET else 1)
        print(f"{name:<28} median {median:6.0f} ms   {'ok' if median <= target else 'SLOW'} (target {target:.0f} ms)")
        results.append((name, median))
    return results


if __name__ == "__main__":
    main(*sys.argv[1:])
