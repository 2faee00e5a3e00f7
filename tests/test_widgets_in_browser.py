"""The widgets work for a learner: in a real JupyterLab, driven by headless Chromium.

The other widget tests set ``.value`` in Python; these check the whole path a
learner uses (browser control -> kernel -> redrawn view). They need Debian's
Chromium (``make browser``) and fail, never skip, when it is missing.
"""

from __future__ import annotations

import re

from jupyterlab_driver import browser, lab, open_and_run, page  # noqa: F401  (fixtures)

SETUP = "from inauthentic import load_dataset\ndata = load_dataset('classroom')"


def _office_share(page) -> int:
    text = page.inner_text(".clock-summary")
    match = re.search(r"Read in UTC([+-]\d\d):00, (\d+)% of the posts", text)
    assert match, f"unexpected summary: {text!r}"
    return int(match.group(1)), int(match.group(2))


def test_moving_the_clock_slider_lines_the_campaign_up_with_a_working_day(lab, page):
    notebook = lab.write_notebook(
        "clock.ipynb",
        SETUP,
        "from inauthentic.widgets import ClockExplorer\n"
        "campaign = data.labels.userid[data.labels.group == 'campaign_a']\n"
        "explorer = ClockExplorer(data, userids=campaign, offset=5)\n"
        "explorer.summary.add_class('clock-summary')\n"
        "explorer",
    )
    open_and_run(page, lab, notebook)
    page.wait_for_selector(".clock-summary >> text=Read in UTC+05:00")
    offset, share_at_5 = _office_share(page)
    picture_before = page.get_attribute(".widget-image", "src")
    page.click(".widget-slider .noUi-handle")
    for _ in range(3):
        page.keyboard.press("ArrowRight")
    page.wait_for_selector(".clock-summary >> text=Read in UTC+08:00")
    offset, share_at_8 = _office_share(page)
    assert offset == 8
    assert share_at_8 >= 80 > share_at_5, (share_at_5, share_at_8)
    assert page.get_attribute(".widget-image", "src") != picture_before, "the heatmap was not redrawn"


def test_the_quiz_marks_answers_and_shows_the_tells(lab, page):
    notebook = lab.write_notebook(
        "quiz.ipynb",
        "from inauthentic import load_dataset\nfrom inauthentic.widgets import SpotTheFakeQuiz\n"
        "quiz = SpotTheFakeQuiz(load_dataset('tiny'), n=3, seed=1)\nquiz",
    )
    open_and_run(page, lab, notebook)
    page.wait_for_selector("button:has-text('Check')")
    toggles = page.locator(".widget-toggle-buttons")
    assert toggles.count() == 3
    for index in range(3):
        toggles.nth(index).locator("button").first.click()
    page.click("button:has-text('Check')")
    page.wait_for_selector("text=/\\d of 3 right/")
    page_text = page.inner_text(".jp-OutputArea")
    assert re.search(r"\d of 3 right", page_text)
    assert "Suspicious:" in page_text or "Reassuring:" in page_text
