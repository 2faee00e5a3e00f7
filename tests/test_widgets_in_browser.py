"""The widgets work for a learner: in a real JupyterLab, driven by headless Chromium.

The other widget tests set ``.value`` in Python; these check the whole path a
learner uses (browser control -> kernel -> redrawn view). They need Debian's
Chromium (``make browser``) and fail, never skip, when it is missing.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
from jupyterlab_driver import (  # noqa: F401  (fixtures)
    browser, classroom_page, close_left_sidebar, lab, open_and_run, open_file_browser, page, select_cell_by_keyboard,
    tab_to, zoomed_page,
)

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
    select_cell_by_keyboard(page, ".widget-slider")  # the keyboard alone: arrow keys to the cell, Tab to the slider
    tab_to(page, page.locator(".widget-slider .noUi-handle"))
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
    select_cell_by_keyboard(page, ".widget-toggle-buttons")  # from here on, the keyboard alone
    for index in range(3):  # one card at a time: answer it, then turn to the next
        tab_to(page, page.locator(".widget-toggle-button:visible", has_text="looks genuine").first)
        page.keyboard.press("Enter")
        page.wait_for_selector(f"text={index + 1} of 3 answered")
        tab_to(page, page.locator("button:has-text('Next')"))
        page.keyboard.press("Enter")
        if index < 2:  # wait until the next, unanswered card is the one shown
            page.wait_for_function("() => ![...document.querySelectorAll('.widget-toggle-button.mod-active')]"
                                   ".some(b => b.offsetParent !== null)")
    tab_to(page, page.locator("button:has-text('Check')"))
    page.keyboard.press("Enter")
    page.wait_for_selector("text=/\\d of 3 right/")
    page_text = page.inner_text(".jp-OutputArea")
    assert re.search(r"\d of 3 right", page_text)
    assert "Suspicious:" in page_text or "Reassuring:" in page_text


# ----------------------------------------------- layouts at 1280 px with the file browser open

_FITS = """(name) => {
  const root = document.querySelector('.' + name);
  if (!root) return {missing: true};
  const area = root.closest('.jp-OutputArea-output') || root.parentElement;
  const limit = area.getBoundingClientRect().right + 1;
  const scrolls = (el) => { for (let p = el.parentElement; p && p !== area; p = p.parentElement) {
      const o = getComputedStyle(p).overflowX; if (o === 'auto' || o === 'scroll') return true; } return false; };
  const cut = [];
  for (const el of [root, ...root.querySelectorAll('*')]) {
    const box = el.getBoundingClientRect();
    if (box.width > 0 && box.right > limit && !scrolls(el))
      cut.push(`${el.tagName}.${el.className} ends at ${Math.round(box.right)} > ${Math.round(limit)}`);
  }
  const images = [...root.querySelectorAll('img')].filter(img => img.getBoundingClientRect().width > 0).map(img => {
    const box = img.getBoundingClientRect();
    return {natural: [img.naturalWidth, img.naturalHeight], shown: [box.width, box.height]}; });
  return {cut: cut.slice(0, 5), images, areaRight: limit, windowWidth: window.innerWidth};
}"""

WIDGET_CELLS = {
    "w-card": "from inauthentic.widgets import AccountCard\ncard = AccountCard(data)\ncard.widget.add_class('w-card')\ncard",
    "w-clock": "from inauthentic.widgets import ClockExplorer\nclock = ClockExplorer(data, offset=8)\n"
               "clock.widget.add_class('w-clock')\nclock",
    "w-coordination": "from inauthentic.widgets import CoordinationExplorer\ncoordination = CoordinationExplorer(data)\n"
                      "coordination.widget.add_class('w-coordination')\ncoordination",
    "w-tuner": "from inauthentic.widgets import ThresholdTuner\ntuner = ThresholdTuner(data)\n"
               "tuner.widget.add_class('w-tuner')\ntuner",
    "w-quiz": "from inauthentic.widgets import SpotTheFakeQuiz\nquiz = SpotTheFakeQuiz(data, signals_table=tuner.signals_table)\n"
              "quiz.widget.add_class('w-quiz')\nquiz",
}


def test_every_widget_fits_a_1280px_window_with_the_file_browser_open(lab, classroom_page, tmp_path):
    page = classroom_page
    notebook = lab.write_notebook("layouts.ipynb", SETUP, *WIDGET_CELLS.values())
    open_and_run(page, lab, notebook)
    open_file_browser(page)
    for name in WIDGET_CELLS:
        if page.locator(".jp-OutputArea-output[data-mime-type='application/vnd.jupyter.stderr'], .jp-RenderedText[data-mime-type='application/vnd.jupyter.error']").count():
            pytest.fail("a cell failed: " + page.inner_text(".jp-Notebook")[-2000:])
        page.wait_for_selector(f".{name}" + (" img" if name != "w-tuner" else " table"), state="attached",
                               timeout=240_000)
    page.wait_for_timeout(1000)  # let the layout settle after the sidebar opened
    shots = os.environ.get("INAUTHENTIC_SCREENSHOTS")
    for name in WIDGET_CELLS:
        page.locator(f".{name}").scroll_into_view_if_needed()
        found = page.evaluate(_FITS, name)
        if shots:
            page.locator(f".{name}").screenshot(path=str(Path(shots) / f"browser_{name}.png"))
        assert found["windowWidth"] == 1280 and found["areaRight"] < 1280
        assert not found["cut"], f"{name} is cut off at the right: {found['cut']}"
        assert found["images"] or name == "w-tuner", f"{name} shows no picture"
        for image in found["images"]:
            (width, height), (shown_width, shown_height) = image["natural"], image["shown"]
            assert shown_width / shown_height == pytest.approx(width / height, rel=0.01), (name, image)
            assert width >= 2 * shown_width * 0.99, f"{name}: a picture is blurred on a 2x screen ({image})"
    if shots:
        page.screenshot(path=str(Path(shots) / "browser_window.png"))


def test_the_quiz_keeps_check_and_score_in_view_and_marks_the_chosen_answer(lab, classroom_page):
    page = classroom_page
    notebook = lab.write_notebook(
        "quiz_view.ipynb",
        "from inauthentic import load_dataset\nfrom inauthentic.widgets import SpotTheFakeQuiz\n"
        "quiz = SpotTheFakeQuiz(load_dataset('tiny'), n=6, seed=1)\nquiz.widget.add_class('w-quiz')\nquiz",
    )
    open_and_run(page, lab, notebook)
    open_file_browser(page)
    page.wait_for_selector(".w-quiz button:has-text('Check')")
    page.locator(".w-quiz").scroll_into_view_if_needed()
    page.evaluate("() => document.querySelector('.w-quiz').scrollIntoView()")
    check = page.locator(".w-quiz button:has-text('Check')").bounding_box()
    assert check["y"] + check["height"] <= 900, "the Check button is below the window"
    visible_answers = page.locator(".w-quiz .widget-toggle-button:visible", has_text="looks coordinated")
    assert visible_answers.count() == 1, "the quiz should show one card at a time"
    visible_answers.first.click()
    page.wait_for_selector(".w-quiz >> text=You said: looks coordinated")
    colour = page.evaluate("() => getComputedStyle(document.querySelector('.w-quiz .widget-toggle-button.mod-active')).backgroundColor")
    assert colour == "rgb(0, 114, 178)", colour
    page.click(".w-quiz button:has-text('Check')")
    page.wait_for_selector(".w-quiz >> text=/\\d of 6 right/")
    score = page.locator(".w-quiz >> text=/\\d of 6 right/").bounding_box()
    assert score["y"] + score["height"] <= 900, "the score is below the window"
    if os.environ.get("INAUTHENTIC_SCREENSHOTS"):
        page.screenshot(path=str(Path(os.environ["INAUTHENTIC_SCREENSHOTS"]) / "browser_quiz_checked.png"))


def test_every_widget_fits_at_200_percent_zoom(lab, zoomed_page):
    """A 1280-px window zoomed to 200 % (640 CSS px across), the file browser closed: nothing is cut off."""
    page = zoomed_page
    notebook = lab.write_notebook("layouts_zoomed.ipynb", SETUP, *WIDGET_CELLS.values())
    open_and_run(page, lab, notebook)
    close_left_sidebar(page)
    for name in WIDGET_CELLS:
        page.wait_for_selector(f".{name}" + (" img" if name != "w-tuner" else " table"), state="attached",
                               timeout=240_000)
    page.wait_for_timeout(1000)
    cut = {}
    for name in WIDGET_CELLS:
        page.locator(f".{name}").scroll_into_view_if_needed()
        found = page.evaluate(_FITS, name)
        assert found["windowWidth"] == 640
        if found["cut"]:
            cut[name] = found["cut"]
    page.locator(".w-clock").scroll_into_view_if_needed()
    artifacts = Path(__file__).resolve().parents[1] / "test-artifacts"
    artifacts.mkdir(exist_ok=True)
    page.screenshot(path=str(artifacts / "widgets_at_200_percent_zoom.png"))
    assert not cut, f"cut off at the right at 200 % zoom: {cut}"
