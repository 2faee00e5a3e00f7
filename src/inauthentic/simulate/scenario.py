"""Scenario files: reading, checking, ``extends`` and ``scale``.

A scenario is a TOML file that says what platform to simulate: how many
accounts of each kind, over which dates, with which tactics. Every setting
and its meaning is listed in ``defaults.toml`` next to this module; a
scenario file overrides only what it changes. A key that is not a setting
is refused, naming the file and the key, so a typo cannot pass silently.

Two keys are special:

``extends``
    The name of another scenario (or a path to its file, relative to this
    one) to start from.
``scale``
    Multiplies every ``accounts`` count, and the per-day counts listed in
    :data:`SCALED_KEYS`, so the same platform can be simulated bigger or
    smaller.

Scenarios are found by name in ``datasets/<name>/scenario.toml`` first, then
in the package's ``scenarios/<name>.toml``.

Examples
--------
>>> from inauthentic.simulate.scenario import load_scenario, apply_scale
>>> tiny = load_scenario("tiny")
>>> tiny["name"], tiny["campaign_a"]["enabled"]
('tiny', True)
>>> apply_scale(tiny)["genuine"]["ordinary"]["accounts"] < 1000
True
"""

from __future__ import annotations

import copy
import functools
import datetime as dt
import math
import tomllib
from collections.abc import Mapping
from importlib import resources
from pathlib import Path

from ..shipped import datasets_root, shipped_names
from ..errors import KitError, did_you_mean, quoted_list
from ..timezones import parse_timezone

__all__ = [
    "load_scenario", "resolve_scenario", "apply_scale", "scenario_names", "find_scenario_file", "defaults", "SCALED_KEYS",
    "expected_posts", "memory_estimate", "check_fits", "toml_value",
]

#: Settings multiplied by ``scale`` besides every ``accounts`` count.
SCALED_KEYS = (
    ("campaign_a", "scripts_per_day"),
    ("campaign_b", "articles_per_day"),
    ("genuine", "news_desk", "syndicated_per_day"),
    ("genuine", "diaspora_community", "notices_per_week"),
    ("genuine", "fandom", "stars"),
)

#: Tables whose sub-tables may have any name (each is checked like the first default one).
_OPEN_TABLES = {("rhythms",): ("rhythms", "us_evening")}

_SPECIAL_KEYS = ("extends",)

#: Languages the word banks can write genuine posts in, and repurposed accounts' earlier languages.
_LANGUAGES = ("en", "es", "zh", "pt", "id")
_OLD_LANGUAGES = ("pt", "id")


def _defaults_text() -> str:
    return resources.files("inauthentic.simulate").joinpath("defaults.toml").read_text(encoding="utf-8")


@functools.lru_cache(maxsize=1)
def _cached_defaults() -> dict:
    return tomllib.loads(_defaults_text())


def defaults() -> dict:
    """Return every scenario setting with its default value (a fresh copy).

    Examples
    --------
    >>> defaults()["period"]["start"]
    '2026-09-01'
    """
    return copy.deepcopy(_cached_defaults())


def _packaged_scenarios() -> dict[str, Path]:
    folder = Path(str(resources.files("inauthentic").joinpath("scenarios")))
    return {path.stem: path for path in sorted(folder.glob("*.toml"))}


def _shipped_scenarios() -> dict[str, Path]:
    return {name: datasets_root() / name / "scenario.toml" for name in shipped_names()}


def scenario_names() -> list[str]:
    """Return the names of the scenarios that can be used by name.

    Examples
    --------
    >>> {"tiny", "classroom", "capstone", "million"} <= set(scenario_names())
    True
    """
    return sorted(set(_shipped_scenarios()) | set(_packaged_scenarios()))


def find_scenario_file(name_or_path: str | Path, relative_to: Path | None = None) -> Path:
    """Return the TOML file for a scenario name or path.

    Parameters
    ----------
    name_or_path : str or Path
        A scenario name (``"classroom"``) or a path to a ``.toml`` file, or
        to a folder holding ``scenario.toml``.
    relative_to : Path, optional
        Folder against which a relative path is resolved first (used for
        ``extends``).

    Raises
    ------
    KitError
        If nothing matches; the message lists the known names.

    Examples
    --------
    >>> find_scenario_file("tiny").name
    'scenario.toml'
    >>> find_scenario_file("tiyn")
    Traceback (most recent call last):
    ...
    inauthentic.errors.KitError: There is no scenario called 'tiyn'. Did you mean 'tiny'? ...
    """
    text = str(name_or_path)
    by_name = {**_packaged_scenarios(), **_shipped_scenarios()}
    if text in by_name:
        return by_name[text]
    candidates = [Path(text).expanduser()]
    if relative_to is not None:
        candidates.insert(0, relative_to / text)
    for path in candidates:
        if path.is_file():
            return path
        if path.is_dir() and (path / "scenario.toml").is_file():
            return path / "scenario.toml"
    names = scenario_names()
    raise KitError(
        f"There is no scenario called '{text}'.{did_you_mean(text, names)} The scenarios are "
        f"{quoted_list(names)}; you can also give the path of a .toml scenario file."
    )


def _read_toml(path: Path) -> dict:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as problem:
        raise KitError(f"{path} is not valid TOML ({problem}). Fix the line it names.") from problem


def _plain(value):
    """TOML dates become ISO strings, so dates can be written either way."""
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, list):
        return [_plain(item) for item in value]
    if isinstance(value, dict):
        return {key: _plain(item) for key, item in value.items()}
    return value


def toml_value(value) -> str:
    """Spell a setting's value the way a scenario file writes it.

    Examples
    --------
    >>> print(toml_value(True), toml_value("UTC+3"), toml_value([1.5, "it's"]))
    true 'UTC+3' [1.5, "it's"]
    """
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        if "'" not in value and "\n" not in value:
            return f"'{value}'"  # a TOML literal string, exactly as typed
        return '"' + value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(toml_value(item) for item in value) + "]"
    if isinstance(value, Mapping):
        return "{" + ", ".join(f"{key} = {toml_value(item)}" for key, item in value.items()) + "}"
    return repr(value)


def _describe(value) -> str:
    if isinstance(value, bool):
        return "true or false"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, str):
        return "a text in quotes"
    if isinstance(value, list):
        return "a list in [brackets]"
    return "a table of settings"


def _same_type(value, default) -> bool:
    if isinstance(default, bool) or isinstance(value, bool):
        return isinstance(value, bool) and isinstance(default, bool)
    if isinstance(default, (int, float)):
        return isinstance(value, (int, float))
    if isinstance(default, list):
        return isinstance(value, list)
    return isinstance(value, type(default))


def _check_keys(table: Mapping, template: Mapping, source: str, path: tuple[str, ...] = ()) -> None:
    """Refuse keys that are not settings, and values of the wrong type."""
    for key, value in table.items():
        where = ".".join(path + (key,))
        if not path and key in _SPECIAL_KEYS:
            if not isinstance(value, str):
                raise KitError(f"In {source}, '{key}' should be a scenario name or file path in quotes.")
            continue
        if path in _OPEN_TABLES:
            reference = _cached_defaults()
            for part in _OPEN_TABLES[path]:
                reference = reference[part]
            expected = template.get(key, reference)
        elif key in template:
            expected = template[key]
        else:
            hint = did_you_mean(key, template)
            known = ", ".join(sorted(template))
            raise KitError(
                f"In {source}, '{where}' is not a scenario setting.{hint} "
                f"The settings allowed there are: {known}. See src/inauthentic/simulate/defaults.toml for each one's meaning."
            )
        if isinstance(expected, dict):
            if not isinstance(value, dict):
                raise KitError(f"In {source}, '{where}' should be a table of settings ([{where}]), not {value!r}.")
            _check_keys(value, expected, source, path + (key,))
        elif not _same_type(value, expected):
            raise KitError(
                f"In {source}, '{where}' is {toml_value(value)}, but it should be {_describe(expected)}, "
                f"like the default {toml_value(expected)}."
            )
        else:
            _check_size(value, expected, where, source)


def _check_size(value, expected, where: str, source: str) -> None:
    """Counts are whole numbers, and no number the defaults keep positive may go below zero."""
    if isinstance(expected, bool) or not isinstance(expected, (int, float)):
        return
    if isinstance(expected, int) and not isinstance(value, int):
        raise KitError(
            f"In {source}, '{where}' is {toml_value(value)}, but it should be a whole number (no decimal point), "
            f"like the default {toml_value(expected)}."
        )
    if expected >= 0 and (value < 0 or math.isnan(value) or math.isinf(value)):
        raise KitError(
            f"In {source}, '{where}' is {toml_value(value)}, but it should be zero or more, like the default {toml_value(expected)}."
        )


def _merge(base: dict, override: Mapping) -> dict:
    merged = copy.deepcopy(base)
    for key, value in override.items():
        if isinstance(value, Mapping) and isinstance(merged.get(key), dict):
            merged[key] = _merge(merged[key], value)
        else:
            merged[key] = copy.deepcopy(value)
    return merged


def _layers(path: Path, seen: tuple[Path, ...] = ()) -> list[tuple[dict, str]]:
    """Return the raw tables of a file and its ``extends`` chain, base first."""
    path = path.resolve()
    if path in seen:
        chain = " -> ".join(str(p) for p in seen + (path,))
        raise KitError(f"The scenario files extend each other in a circle ({chain}). Remove one 'extends'.")
    table = _plain(_read_toml(path))
    _check_keys(table, _cached_defaults(), str(path))
    layers = [(table, str(path))]
    parent = table.get("extends")
    if parent:
        parent_path = find_scenario_file(parent, relative_to=path.parent)
        layers = _layers(parent_path, seen + (path,)) + layers
    return layers


def _check_values(scenario: dict, source: str) -> None:
    """Check the values that must make sense together."""
    for name, rhythm in scenario["rhythms"].items():
        for day in ("weekday", "weekend"):
            weights = rhythm[day]
            if len(weights) != 24 or min(weights) < 0 or sum(weights) <= 0:
                raise KitError(f"In {source}, 'rhythms.{name}.{day}' should hold 24 weights (one per hour, none negative), not {len(weights)}.")
    for kind in ("genuine", "spam"):
        for group, settings in scenario[kind].items():
            rhythm = settings.get("rhythm")
            if rhythm is not None and rhythm not in scenario["rhythms"]:
                raise KitError(
                    f"In {source}, '{kind}.{group}.rhythm' is '{rhythm}', which is not a rhythm."
                    f"{did_you_mean(rhythm, scenario['rhythms'])} The rhythms are {quoted_list(sorted(scenario['rhythms']))}."
                )
    for group, settings in scenario["genuine"].items():
        for key in ("language", "other_language"):
            if settings[key] not in _LANGUAGES:
                raise KitError(
                    f"In {source}, 'genuine.{group}.{key}' is '{settings[key]}', but the simulator writes posts in "
                    f"{quoted_list(_LANGUAGES)} only.{did_you_mean(settings[key], _LANGUAGES)}"
                )
    repurposed = scenario["campaign_a"]["repurposed"]
    unknown = [code for code in repurposed["old_languages"] if code not in _OLD_LANGUAGES]
    if unknown or len(repurposed["old_languages"]) != len(repurposed["old_timezones"]) or not repurposed["old_languages"]:
        raise KitError(
            f"In {source}, 'campaign_a.repurposed.old_languages' should list languages among {quoted_list(_OLD_LANGUAGES)}, "
            f"with one time zone each in 'old_timezones'."
        )
    zone_lists = {
        "us.timezones": scenario["us"]["timezones"],
        "genuine.night_shift.timezones": scenario["genuine"]["night_shift"]["timezones"],
        "campaign_a.persona.scheduled_timezone": [scenario["campaign_a"]["persona"]["scheduled_timezone"]],
        "campaign_a.repurposed.old_timezones": scenario["campaign_a"]["repurposed"]["old_timezones"],
        "campaign_a.timezone": [scenario["campaign_a"]["timezone"]],
        "campaign_b.timezone": [scenario["campaign_b"]["timezone"]],
    }
    for key, zones in zone_lists.items():
        for zone in zones:
            check_timezone(zone, source, key)
    for key in ("start", "end", "election_day"):
        _check_date(scenario["period"][key], f"period.{key}", source)
    if scenario["period"]["end"] < scenario["period"]["start"]:
        raise KitError(f"In {source}, 'period.end' ({scenario['period']['end']}) is before 'period.start' ({scenario['period']['start']}).")
    if not isinstance(scenario["seed"], int) or scenario["seed"] < 0:
        raise KitError(f"In {source}, 'seed' should be a whole number of zero or more, not {toml_value(scenario['seed'])}.")
    if not scenario["scale"] > 0 or math.isinf(scenario["scale"]):
        raise KitError(f"In {source}, 'scale' should be more than 0, not {toml_value(scenario['scale'])}.")


def _check_date(text: str, where: str, source: str) -> None:
    try:
        dt.date.fromisoformat(text)
    except ValueError:
        raise KitError(f"In {source}, '{where}' is {toml_value(text)}, but it should be a date such as '2026-09-01'.") from None


def check_timezone(zone: str, source: str = "the scenario", key: str = "timezone") -> None:
    """Refuse a time zone that :func:`inauthentic.timezones.parse_timezone` does not read.

    Scenario files accept exactly the spellings the signals, plots and widgets
    accept, and refuse the rest with the same sentence, after the setting's name.

    Examples
    --------
    >>> check_timezone("America/Chicago")
    >>> check_timezone("GMT+8")
    >>> check_timezone("America/Chicgo", key="campaign_b.timezone")
    Traceback (most recent call last):
    ...
    inauthentic.errors.KitError: In the scenario, 'campaign_b.timezone' is 'America/Chicgo': 'America/Chicgo' is not a time zone I know. Did you mean 'America/Chicago'? ...
    """
    try:
        parse_timezone(zone, key)
    except KitError as problem:
        raise KitError(f"In {source}, '{key}' is {zone!r}: {problem}") from None


def resolve_scenario(scenario: str | Path | Mapping) -> dict:
    """Return a complete, checked scenario from a name, a file or a dict.

    A dict is laid over the defaults (and over its ``extends``, if any) and
    checked like a file.

    Examples
    --------
    >>> resolve_scenario({"extends": "tiny", "seed": 5})["seed"]
    5
    >>> resolve_scenario({"seeed": 5})
    Traceback (most recent call last):
    ...
    inauthentic.errors.KitError: In the scenario dict, 'seeed' is not a scenario setting. Did you mean 'seed'? ...
    """
    if isinstance(scenario, Mapping):
        table = _plain(dict(scenario))
        source = "the scenario dict"
        _check_keys(table, _cached_defaults(), source)
        layers = [(table, source)]
        if table.get("extends"):
            layers = _layers(find_scenario_file(table["extends"])) + layers
    else:
        path = find_scenario_file(scenario)
        layers = _layers(path)
        source = str(path)
    merged = defaults()
    for table, _ in layers:
        merged = _merge(merged, table)
    merged.pop("extends", None)
    if merged["name"] == "unnamed" and not isinstance(scenario, Mapping):
        merged["name"] = Path(source).parent.name if Path(source).name == "scenario.toml" else Path(source).stem
    _check_values(merged, source)
    return merged


def load_scenario(name_or_path: str | Path) -> dict:
    """Load a scenario by name or path, with its defaults and ``extends`` resolved.

    Parameters
    ----------
    name_or_path : str or Path
        ``"tiny"``, ``"classroom"``, ``"capstone"``, ``"million"``, or the
        path of a TOML file.

    Returns
    -------
    dict
        Every setting (see ``defaults.toml``); ``scale`` is not applied yet
        (see :func:`apply_scale`).

    Raises
    ------
    KitError
        For an unknown name, a setting that does not exist (with the file
        and key named) or a value of the wrong kind.

    Examples
    --------
    >>> scenario = load_scenario("million")
    >>> scenario["scale"] > 1, scenario["genuine"]["ordinary"]["accounts"] == load_scenario("classroom")["genuine"]["ordinary"]["accounts"]
    (True, True)
    """
    return resolve_scenario(name_or_path)


def _scaled(value: float, scale: float) -> int | float:
    if value <= 0:
        return value
    result = value * scale
    if isinstance(value, int):
        return max(1, int(round(result)))
    return result


def apply_scale(scenario: Mapping) -> dict:
    """Return a copy with ``scale`` applied to the counts, and ``scale`` set to 1.

    Every ``accounts`` count is multiplied and rounded (at least 1 if it was
    more than 0), as are the settings in :data:`SCALED_KEYS`.

    Examples
    --------
    >>> base = load_scenario("classroom")
    >>> doubled = apply_scale({**base, "scale": 2.0})
    >>> doubled["genuine"]["ordinary"]["accounts"] == 2 * base["genuine"]["ordinary"]["accounts"]
    True
    """
    result = copy.deepcopy(dict(scenario))
    scale = float(result.get("scale", 1.0))
    result["scale"] = 1.0
    if scale == 1.0:
        return result

    def walk(table: dict) -> None:
        for key, value in table.items():
            if isinstance(value, dict):
                walk(value)
            elif key == "accounts":
                table[key] = _scaled(value, scale)

    walk(result)
    for path in SCALED_KEYS:
        table = result
        for part in path[:-1]:
            table = table[part]
        table[path[-1]] = _scaled(table[path[-1]], scale)
    return result


#: Memory a run takes besides its posts (Python, numpy, pandas), and per expected post.
#: Measured with benchmarks/bench_simulator.py: classroom 222 MB for 146,000 posts,
#: million 1.1 GB for 1,040,000 posts (expected_posts says 174,000 and 1,193,000).
_BASE_BYTES = 100 * 2**20
_BYTES_PER_EXPECTED_POST = 900


def expected_posts(scenario: Mapping) -> float:
    """Roughly how many posts a (scaled) scenario makes, before running it.

    Each population with ``accounts`` and ``posts_per_day`` contributes
    accounts x mean daily rate (the rates are log-normal) x days; the
    simulator's floors, ceilings and working days make the real count a
    little smaller (about 85 % on the shipped scenarios).

    Examples
    --------
    >>> classroom = apply_scale(load_scenario("classroom"))
    >>> 100_000 < expected_posts(classroom) < 250_000
    True
    """
    period = scenario["period"]
    days = (dt.date.fromisoformat(period["end"]) - dt.date.fromisoformat(period["start"])).days + 1
    total = 0.0

    def walk(table: Mapping, enabled: bool) -> None:
        nonlocal total
        enabled = table.get("enabled", enabled) if isinstance(table.get("enabled"), bool) else enabled
        if enabled and "accounts" in table and "posts_per_day" in table:
            spread = table.get("posts_per_day_spread", 0.0)
            total += table["accounts"] * table["posts_per_day"] * math.exp(spread**2 / 2) * days
        for value in table.values():
            if isinstance(value, Mapping):
                walk(value, enabled)

    walk(scenario, True)
    return total


def memory_estimate(scenario: Mapping) -> int:
    """Return the bytes of memory a (scaled) scenario's run will roughly need.

    Examples
    --------
    >>> 150 * 2**20 < memory_estimate(apply_scale(load_scenario("classroom"))) < 400 * 2**20
    True
    """
    return int(_BASE_BYTES + _BYTES_PER_EXPECTED_POST * expected_posts(scenario))


def _read_number(path: str) -> int | None:
    try:
        text = Path(path).read_text().split()[0]
    except (OSError, IndexError):
        return None
    return int(text) if text.isdigit() else None


def _available_memory() -> int | None:
    """Bytes this process may still use: the container's limit or the machine's free memory, whichever is less."""
    found = []
    for limit, used in (("/sys/fs/cgroup/memory.max", "/sys/fs/cgroup/memory.current"),
                        ("/sys/fs/cgroup/memory/memory.limit_in_bytes", "/sys/fs/cgroup/memory/memory.usage_in_bytes")):
        cap, current = _read_number(limit), _read_number(used)
        if cap is not None and current is not None and cap < 2**60:
            found.append(max(cap - current, 0))
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemAvailable:"):
                found.append(int(line.split()[1]) * 1024)
    except (OSError, ValueError, IndexError):
        pass
    return min(found) if found else None


def _size(number: float) -> str:
    return f"{number / 2**30:.1f} GB" if number >= 2**30 else f"{number / 2**20:.0f} MB"


def check_fits(scenario: Mapping, source: str = "the scenario") -> None:
    """Refuse, before any work, a (scaled) scenario whose run will not fit in memory.

    Parameters
    ----------
    scenario : dict
        As :func:`apply_scale` returns it.
    source : str
        The scenario's name or file, for the message.

    Raises
    ------
    KitError
        Giving the estimate, the memory free, and how much smaller would fit.

    Examples
    --------
    >>> check_fits(apply_scale(load_scenario("tiny")))
    >>> check_fits(apply_scale({**load_scenario("classroom"), "scale": 1e6}), "classroom")
    Traceback (most recent call last):
    ...
    inauthentic.errors.KitError: The scenario classroom would make about ... million posts, which needs about ... GB of memory, ...
    """
    available = _available_memory()
    needed = memory_estimate(scenario)
    if available is None or needed <= available:
        return
    posts = expected_posts(scenario)
    count = f"{posts / 1e6:,.0f} million" if posts >= 1e6 else f"{posts:,.0f}"
    smaller = max(2, math.ceil((needed - _BASE_BYTES) / max(available - _BASE_BYTES, 1)))
    raise KitError(
        f"The scenario {source} would make about {count} posts, which needs about {_size(needed)} of memory, but "
        f"this machine has about {_size(available)} free, so it was not started. Make it about {smaller} times smaller "
        f"(a smaller 'scale', or fewer 'accounts'), or run it on a machine with more memory."
    )
