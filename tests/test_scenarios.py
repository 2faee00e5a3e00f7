"""Scenario files: checking, extends, scale, and the fictional content rule."""

from __future__ import annotations

import re

import pytest

from inauthentic import KitError
from inauthentic.datasets import datasets_root, shipped_names
from inauthentic.simulate import load_scenario, simulate
from inauthentic.simulate.build import read_checksums
from inauthentic.simulate.scenario import SCALED_KEYS, apply_scale, defaults, scenario_names
from inauthentic.simulate.wordbanks import all_strings

# Real politicians and officials: none may appear in the kit's fictional content.
REAL_NAMES = (
    "Biden", "Trump", "Harris", "Kamala", "Xi Jinping", "Jinping", "Putin", "Blinken", "Sullivan", "Wang Yi",
    "Obama", "Pelosi", "Vance", "Walz", "DeSantis", "Pence", "Zelensky", "Netanyahu", "McConnell", "Schumer",
    "Li Qiang", "Clinton", "Haley", "Newsom",
)
REAL_NAMES_ZH = ("习近平", "拜登", "特朗普", "川普", "哈里斯", "普京", "布林肯", "沙利文", "王毅", "奥巴马", "佩洛西")
_PATTERN = re.compile(r"\b(" + "|".join(re.escape(name) for name in REAL_NAMES) + r")\b", re.IGNORECASE)


def real_names_in(texts) -> list[str]:
    found = []
    for text in texts:
        if _PATTERN.search(text) or any(name in text for name in REAL_NAMES_ZH):
            found.append(text)
    return found


def write(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


# --- Checking ------------------------------------------------------------------------------------


def test_misspelt_key_is_refused_naming_file_and_key(tmp_path):
    path = write(tmp_path, "typo.toml", 'extends = "tiny"\n\n[campaign_a.persona]\naccount = 10\n')
    with pytest.raises(KitError) as problem:
        load_scenario(path)
    message = str(problem.value)
    assert str(path) in message
    assert "'campaign_a.persona.account' is not a scenario setting" in message
    assert "Did you mean 'accounts'?" in message


def test_misspelt_top_level_table_is_refused(tmp_path):
    path = write(tmp_path, "typo.toml", "[campaign_c]\nenabled = true\n")
    with pytest.raises(KitError, match=r"'campaign_c' is not a scenario setting\. Did you mean 'campaign_[ab]'\?"):
        load_scenario(path)


def test_misspelt_key_in_a_parent_names_the_parent(tmp_path):
    parent = write(tmp_path, "parent.toml", 'extends = "tiny"\nsead = 3\n')
    child = write(tmp_path, "child.toml", 'extends = "parent.toml"\n')
    with pytest.raises(KitError, match=re.escape(str(parent)) + r".*'sead'.*Did you mean 'seed'"):
        load_scenario(child)


def test_wrong_kind_of_value_is_refused(tmp_path):
    path = write(tmp_path, "bad.toml", '[genuine.ordinary]\naccounts = "many"\n')
    with pytest.raises(KitError, match=r"'genuine.ordinary.accounts' is 'many', but it should be a number"):
        load_scenario(path)


def test_bad_values_are_refused(tmp_path):
    cases = {
        "zone.toml": ('[campaign_a]\ntimezone = "Asia/Shangai"\n', "'campaign_a.timezone' is 'Asia/Shangai': 'Asia/Shangai' is not a time zone I know. Did you mean 'Asia/Shanghai'"),
        "rhythm.toml": ('[genuine.fandom]\nrhythm = "us_evenin"\n', "not a rhythm. Did you mean 'us_evening'"),
        "dates.toml": ('[period]\nstart = "2026-11-01"\nend = "2026-10-01"\n', "'period.end' .* is before 'period.start'"),
        "date.toml": ('[period]\nstart = "1 Sept"\n', "'period.start' is '1 Sept', but it should be a date"),
        "hours.toml": ("[rhythms.us_evening]\nweekday = [1.0, 2.0]\n", "24 weights"),
        "toml.toml": ("[period\n", "is not valid TOML"),
        "lang.toml": ('[genuine.ordinary]\nlanguage = "fr"\n', "writes posts in 'en', 'es', 'zh', 'pt' and 'id' only"),
        "old.toml": ('[campaign_a.repurposed]\nold_languages = ["pt", "ru"]\n', "old_languages' should list languages among 'pt' and 'id'"),
    }
    for name, (text, message) in cases.items():
        with pytest.raises(KitError, match=message):
            load_scenario(write(tmp_path, name, text))


def test_new_rhythms_may_be_added(tmp_path):
    flat = ", ".join(["1.0"] * 24)
    path = write(tmp_path, "r.toml", f'extends = "tiny"\n[rhythms.flat]\nweekday = [{flat}]\nweekend = [{flat}]\nshift_minutes = 0.0\n[genuine.ordinary]\nrhythm = "flat"\n')
    assert load_scenario(path)["genuine"]["ordinary"]["rhythm"] == "flat"


def test_extends_in_a_circle_is_refused(tmp_path):
    write(tmp_path, "a.toml", 'extends = "b.toml"\n')
    write(tmp_path, "b.toml", 'extends = "a.toml"\n')
    with pytest.raises(KitError, match="in a circle"):
        load_scenario(tmp_path / "a.toml")


def test_unknown_scenario_name_suggests_one():
    with pytest.raises(KitError, match=r"no scenario called 'capstnoe'\. Did you mean 'capstone'\?"):
        load_scenario("capstnoe")


# --- Extends and scale ---------------------------------------------------------------------------


def test_extends_overrides_only_what_it_says():
    classroom, capstone = load_scenario("classroom"), load_scenario("capstone")
    assert capstone["seed"] != classroom["seed"]
    assert capstone["campaign_b"]["enabled"] and not classroom["campaign_b"]["enabled"]
    assert capstone["genuine"]["ordinary"] == classroom["genuine"]["ordinary"]
    assert capstone["campaign_a"]["persona"]["accounts"] == 140
    assert capstone["campaign_a"]["persona"]["retweet_share"] == classroom["campaign_a"]["persona"]["retweet_share"]


def test_scale_multiplies_accounts_and_listed_counts():
    base = load_scenario("classroom")
    scaled = apply_scale({**base, "scale": 3.0})
    assert scaled["scale"] == 1.0
    assert scaled["genuine"]["ordinary"]["accounts"] == 3 * base["genuine"]["ordinary"]["accounts"]
    assert scaled["campaign_a"]["loudspeaker"]["accounts"] == 3 * base["campaign_a"]["loudspeaker"]["accounts"]
    for path in SCALED_KEYS:
        before, after = base, scaled
        for part in path:
            before, after = before[part], after[part]
        assert after == pytest.approx(3 * before, abs=1)
    assert scaled["genuine"]["ordinary"]["posts_per_day"] == base["genuine"]["ordinary"]["posts_per_day"]
    tiny = apply_scale({**base, "scale": 0.001})
    assert tiny["genuine"]["heavy_poster"]["accounts"] == 1        # never scaled to nothing


def test_scale_changes_the_size_of_the_simulation():
    small = simulate({"extends": "tiny", "scale": 0.05})
    large = simulate({"extends": "tiny", "scale": 0.2})
    assert 2 * len(small.accounts) < len(large.accounts)
    assert 2 * len(small.posts) < len(large.posts)


def test_million_extends_classroom_at_scale():
    million, classroom = load_scenario("million"), load_scenario("classroom")
    assert million["scale"] > 5 and million["seed"] == classroom["seed"]
    assert million["genuine"] == classroom["genuine"]


def test_every_scenario_loads_and_shipped_ones_are_complete():
    assert {"tiny", "classroom", "capstone", "million"} <= set(scenario_names())
    assert set(shipped_names()) >= {"tiny", "classroom", "capstone"}
    for name in shipped_names():
        folder = datasets_root() / name
        load_scenario(name)
        assert (folder / "DATASHEET.md").read_text(encoding="utf-8").startswith(f"# Datasheet: {name}")
        sums = read_checksums(folder / "SHA256SUMS")
        assert sorted(sums) == ["accounts.csv", "labels.csv", "posts.csv"]
        assert all(re.fullmatch(r"[0-9a-f]{64}", digest) for digest in sums.values())


def test_defaults_file_documents_every_setting():
    text = (datasets_root().parent / "src" / "inauthentic" / "simulate" / "defaults.toml").read_text(encoding="utf-8")
    for section in ("period", "us", "sharing", "engagement", "campaign_a", "campaign_b"):
        assert f"[{section}]" in text
    assert defaults()["campaign_b"]["enabled"] is False


# --- Fictional content only ----------------------------------------------------------------------


def test_word_banks_name_no_real_politician():
    assert real_names_in(all_strings()) == []
    assert real_names_in(["President Biden spoke", "王毅说"]) != []      # the scan itself works


def test_generated_text_names_no_real_politician(tiny, classroom):
    for data in (tiny, classroom):
        texts = list(data.accounts.user_display_name) + list(data.accounts.user_profile_description)
        texts += list(data.accounts.user_screen_name) + list(data.posts.tweet_text.drop_duplicates())
        assert real_names_in(texts) == []


def test_every_link_is_an_example_domain(classroom):
    domains = classroom.posts.urls.explode().dropna().str.split("/").str[2]
    assert domains.str.endswith(".example").all()
