"""The web UI in headless Chromium: every page with seeded data, clicks from the list to a trace, a span and its
session, feedback stored through the REST API, filters, paging, live updates, and hostile content that must not
run."""
import json
import os
import re
import shutil
import time
import unittest
import urllib.request

from selenium import webdriver
from selenium.common.exceptions import NoAlertPresentException
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as conditions
from selenium.webdriver.support.select import Select
from selenium.webdriver.support.ui import WebDriverWait

import seed

URL = seed.URL
SCREENSHOTS = os.environ.get("WINDSOCK_UI_SCREENSHOTS")
SESSION = "conversation-42"
TRACE_A = "a1" * 16
TRACE_B = "b2" * 16
TRACE_HOSTILE = "ee" * 16


def api(path):
    with urllib.request.urlopen(URL + path) as answer:
        return json.load(answer)


def chromium_driver():
    options = webdriver.ChromeOptions()
    options.binary_location = shutil.which("chromium") or "/usr/bin/chromium"
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                     "--window-size=1440,1000"):
        options.add_argument(argument)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    service = Service(executable_path=shutil.which("chromedriver") or "/usr/bin/chromedriver")
    return webdriver.Chrome(options=options, service=service)


class WebUITests(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.fixture_count = seed.seed_fixtures()
        start = seed.now_ns() - 3_600_000_000_000
        seed.windsock_turn(0x100, TRACE_A, SESSION, "What is the capital of France?",
                           "The capital of France is **Paris**.", start)
        seed.windsock_turn(0x200, TRACE_B, SESSION, "And its population?",
                           "About *2.1 million* people live in Paris.", start + 60_000_000_000)
        seed.hostile_trace(TRACE_HOSTILE, start + 120_000_000_000)
        # Enough older traces for a second page.
        names = ["summarize_ticket", "rag_answer", "classify_intent"]
        models = [("mistral-small-latest", "mistral-small-2506"), ("mistral-large-latest", "mistral-large-2411"),
                  ("ministral-8b-latest", "ministral-8b-2410")]
        for index in range(55):
            model, answered_by = models[index % 3]
            seed.windsock_turn(0x1000 + index * 16, f"{index + 1:032x}", f"ticket-{index % 7}", f"Question {index}",
                               f"Answer {index}", start - (index + 1) * 61_000_000_000, name=names[index % 3],
                               tags=("bulk", names[index % 3].split("_")[0]), user=["ada", "grace", "linus"][index % 3],
                               scale=0.5 + (index * 37 % 23) / 10, model=model, answered_by=answered_by)
        cls.driver = chromium_driver()
        cls.wait = WebDriverWait(cls.driver, 10)

    @classmethod
    def tearDownClass(cls):
        cls.driver.quit()

    def open(self, path):
        self.driver.get(URL + path)
        return self.driver

    def assert_nothing_ran(self):
        try:
            alert = self.driver.switch_to.alert
            self.fail(f"an alert opened: {alert.text}")
        except NoAlertPresentException:
            pass
        self.assertIsNone(self.driver.execute_script("return window.__xss"))

    def screenshot(self, name):
        if SCREENSHOTS:
            os.makedirs(SCREENSHOTS, exist_ok=True)
            self.driver.save_screenshot(os.path.join(SCREENSHOTS, name))

    def rows(self):
        return self.driver.find_elements(By.CSS_SELECTOR, "table.traces tbody tr")

    def test_0_screenshot_of_the_list(self):
        self.open("/?tag=bulk")
        self.assertEqual(len(self.rows()), 50)
        self.screenshot("traces.png")

    def test_1_list_click_trace_span_session(self):
        driver = self.open("/")
        self.assertEqual(driver.title, "Traces · Windsock")
        self.assertEqual(len(self.rows()), 50)
        header = [th.text for th in driver.find_elements(By.CSS_SELECTOR, "table.traces th")]
        self.assertEqual(header[:4], ["Time (UTC)", "Name", "Status", "Duration"])
        self.assertIn("Scores", header)

        driver.find_element(By.CSS_SELECTOR, f"tr[data-trace-id='{TRACE_B}'] a.trace-link").click()
        self.wait.until(conditions.title_contains("answer_question"))
        self.assertIn(f"/traces/{TRACE_B}", driver.current_url)
        self.assertEqual(len(driver.find_elements(By.CSS_SELECTOR, ".span-row")), 3)
        totals = driver.find_element(By.CSS_SELECTOR, ".totals").text
        self.assertIn("42", totals)
        self.assertIn("17", totals)

        chat_row = driver.find_element(By.XPATH, "//a[@class='span-link' and text()='chat mistral-small-latest']")
        chat_row.click()
        self.wait.until(conditions.url_contains("span="))
        detail = driver.find_element(By.CSS_SELECTOR, ".span-detail")
        roles = [m.get_attribute("data-role") for m in detail.find_elements(By.CSS_SELECTOR, ".message")]
        self.assertEqual(roles, ["system", "user", "assistant"])
        self.assertEqual(detail.find_element(By.CSS_SELECTOR, ".message.system strong").text, "briefly")
        self.assertIn("About 2.1 million people live in Paris.", detail.text)
        self.assertIn("120 ms", detail.text)  # time to first token
        self.assertIn("mistral-small-2506", detail.text)
        self.assertEqual(len(driver.find_elements(By.CSS_SELECTOR, ".span-row.selected line.ttft")), 1)
        self.assertIn("gen_ai.usage.input_tokens", detail.find_element(By.CSS_SELECTOR, ".raw-attributes").text)
        self.screenshot("trace.png")

        driver.find_element(By.CSS_SELECTOR, "a.session-link").click()
        self.wait.until(conditions.title_contains(SESSION))
        turns = driver.find_elements(By.CSS_SELECTOR, ".turn[data-role]")
        self.assertEqual([t.get_attribute("data-role") for t in turns], ["user", "assistant"] * 2)
        self.assertIn("What is the capital of France?", turns[0].text)
        self.assertEqual(turns[1].find_element(By.TAG_NAME, "strong").text, "Paris")
        self.screenshot("session.png")

    def test_2_feedback_is_stored(self):
        driver = self.open(f"/traces/{TRACE_A}")
        form = driver.find_element(By.CSS_SELECTOR, ".trace-scores form")
        form.find_element(By.NAME, "comment").send_keys("Right answer <b>thanks</b>")
        form.find_element(By.CSS_SELECTOR, "button.vote-up").click()
        self.wait.until(conditions.presence_of_element_located((By.CSS_SELECTOR, ".trace-scores .chip.up")))
        chip = driver.find_element(By.CSS_SELECTOR, ".trace-scores .chip.up")
        self.assertIn("Right answer <b>thanks</b>", chip.get_attribute("title"))
        scores = api(f"/api/v1/scores?trace_id={TRACE_A}")["data"]
        self.assertEqual(len(scores), 1)
        self.assertEqual(scores[0]["name"], "user_feedback")
        self.assertIs(scores[0]["value"], True)
        self.assertEqual(scores[0]["comment"], "Right answer <b>thanks</b>")
        self.assertEqual(scores[0]["source"], "human")

        # Feedback on a span.
        span_link = driver.find_element(By.XPATH, "//a[@class='span-link' and text()='execute_tool get_weather']")
        span_link.click()
        self.wait.until(conditions.url_contains("span="))
        driver.find_element(By.CSS_SELECTOR, ".span-scores button.vote-down").click()
        self.wait.until(conditions.presence_of_element_located((By.CSS_SELECTOR, ".span-scores .chip.down")))
        scores = api(f"/api/v1/scores?trace_id={TRACE_A}")["data"]
        self.assertEqual(len(scores), 2)
        self.assertIsNotNone(scores[1]["span_id"])
        self.assertIs(scores[1]["value"], False)

        driver = self.open("/")
        row = driver.find_element(By.CSS_SELECTOR, f"tr[data-trace-id='{TRACE_A}']")
        self.assertEqual(len(row.find_elements(By.CSS_SELECTOR, ".chip.up")), 1)

        Select(driver.find_element(By.NAME, "feedback")).select_by_value("up")
        driver.find_element(By.CSS_SELECTOR, "form.filters button[type=submit]").click()
        self.wait.until(conditions.url_contains("feedback=up"))
        self.assertEqual([r.get_attribute("data-trace-id") for r in self.rows()], [TRACE_A])
        self.assertIn("1 trace on this page", driver.find_element(By.CSS_SELECTOR, ".toolbar").text)
        self.screenshot("traces-feedback.png")

    def test_3_filters_and_paging(self):
        driver = self.open("/")
        Select(driver.find_element(By.NAME, "status")).select_by_value("error")
        driver.find_element(By.CSS_SELECTOR, "form.filters button[type=submit]").click()
        self.wait.until(conditions.url_contains("status=error"))
        statuses = {e.text for e in driver.find_elements(By.CSS_SELECTOR, "table.traces tbody .status")}
        self.assertEqual(statuses, {"error"})
        self.assertTrue(any(r.get_attribute("data-trace-id") == TRACE_HOSTILE for r in self.rows()))

        driver = self.open(f"/?session_id={SESSION}")
        self.assertEqual({r.get_attribute("data-trace-id") for r in self.rows()}, {TRACE_A, TRACE_B})
        driver = self.open("/?q=population")
        self.assertEqual([r.get_attribute("data-trace-id") for r in self.rows()], [TRACE_B])
        driver = self.open("/?tag=bulk")
        first_page = [r.get_attribute("data-trace-id") for r in self.rows()]
        self.assertEqual(len(first_page), 50)
        driver.find_element(By.CSS_SELECTOR, "a[rel=next]").click()
        self.wait.until(conditions.url_contains("cursor="))
        second_page = [r.get_attribute("data-trace-id") for r in self.rows()]
        self.assertEqual(len(second_page), 5)
        self.assertFalse(set(first_page) & set(second_page))
        self.assertIn("tag=bulk", driver.current_url)
        driver = self.open("/?name=rag_answer&user_id=grace")
        self.assertEqual(len(self.rows()), len(range(1, 55, 3)))
        self.assertEqual({r.find_element(By.CSS_SELECTOR, "a.trace-link").text for r in self.rows()}, {"rag_answer"})
        driver = self.open("/?name=rag_answer&user_id=linus")
        self.assertIn("No trace matches these filters", driver.find_element(By.TAG_NAME, "main").text)

        driver = self.open("/?status=sometimes")
        self.assertIn("Status must be ok or error.", driver.find_element(By.CSS_SELECTOR, ".error-box").text)

    def test_4_hostile_content_is_text(self):
        driver = self.open("/")
        self.assert_nothing_ran()
        row = driver.find_element(By.CSS_SELECTOR, f"tr[data-trace-id='{TRACE_HOSTILE}']")
        self.assertIn(f"root {seed.SCRIPT}", row.text)
        driver = self.open(f"/traces/{TRACE_HOSTILE}?span=00000000000000a2")
        self.assert_nothing_ran()
        detail = driver.find_element(By.CSS_SELECTOR, ".span-detail")
        self.assertIn(f"chat {seed.IMAGE}", detail.text)
        self.assertIn(f"failed {seed.IMAGE}", detail.find_element(By.CSS_SELECTOR, ".error-box").text)
        self.assertIn(f"Tool call: tool{seed.SCRIPT}", detail.text)
        self.assertIn("<b>bold?</b>", detail.text)
        self.assertEqual(driver.find_elements(By.CSS_SELECTOR, "main img, main script"), [])
        self.assertNotIn("bold?", [e.text for e in driver.find_elements(By.CSS_SELECTOR, ".message b")])
        dropped = detail.find_element(By.CSS_SELECTOR, ".dropped-link")
        self.assertEqual(dropped.text, "click me")
        self.assertFalse(any("javascript:" in (a.get_attribute("href") or "")
                             for a in driver.find_elements(By.TAG_NAME, "a")))
        driver = self.open(f"/traces/{TRACE_HOSTILE}")
        self.assert_nothing_ran()
        self.assertIn(f"attr{seed.SCRIPT}", driver.find_element(By.CSS_SELECTOR, ".raw-attributes").text)
        driver.find_element(By.CSS_SELECTOR, "a.session-link").click()
        self.wait.until(conditions.title_contains("Session"))
        self.assert_nothing_ran()
        self.assertIn(seed.IMAGE, driver.find_element(By.CSS_SELECTOR, ".conversation").text)
        violations = [entry for entry in driver.get_log("browser") if "Content Security Policy" in entry["message"]]
        self.assertEqual(violations, [])

    def test_5_live_updates_and_pause(self):
        driver = self.open("/")
        self.wait.until(conditions.visibility_of_element_located((By.ID, "live-toggle")))
        fresh = "f1" * 16
        seed.windsock_turn(0x9000, fresh, "live", "Live?", "Yes, live.", seed.now_ns())
        self.wait.until(lambda d: d.find_elements(By.CSS_SELECTOR, f"tr[data-trace-id='{fresh}']"))
        driver.find_element(By.ID, "live-toggle").click()
        self.assertEqual(driver.find_element(By.ID, "live-toggle").text, "Resume")
        paused = "f2" * 16
        seed.windsock_turn(0x9100, paused, "live", "Paused?", "Not shown.", seed.now_ns())
        time.sleep(4.5)
        self.assertEqual(driver.find_elements(By.CSS_SELECTOR, f"tr[data-trace-id='{paused}']"), [])
        driver.find_element(By.ID, "live-toggle").click()
        self.wait.until(lambda d: d.find_elements(By.CSS_SELECTOR, f"tr[data-trace-id='{paused}']"))

    def test_6_collapse_and_copy(self):
        driver = self.open(f"/traces/{TRACE_A}")
        rows = driver.find_elements(By.CSS_SELECTOR, ".span-row")
        self.assertEqual([r.get_attribute("data-depth") for r in rows], ["0", "1", "1"])
        toggle = rows[0].find_element(By.CSS_SELECTOR, "button.toggle")
        toggle.click()
        self.assertFalse(rows[1].is_displayed())
        self.assertFalse(rows[2].is_displayed())
        toggle.click()
        self.assertTrue(rows[1].is_displayed())
        copy = driver.find_element(By.CSS_SELECTOR, "button.copy")
        self.assertTrue(copy.is_displayed())
        self.assertEqual(copy.get_attribute("data-copy"), TRACE_A)

    def test_7_sessions_and_dashboard(self):
        driver = self.open("/sessions")
        sessions = [a.text for a in driver.find_elements(By.CSS_SELECTOR, "a.session-link")]
        self.assertIn(SESSION, sessions)
        self.assertIn("ticket-0", sessions)
        self.screenshot("sessions.png")
        driver = self.open("/dashboard?range=24h")
        charts = driver.find_elements(By.CSS_SELECTOR, "svg.chart")
        self.assertEqual(len(charts), 6)
        titles = [t.get_attribute("textContent") for t in driver.find_elements(By.CSS_SELECTOR, "svg.chart circle title")]
        self.assertTrue(any(t.startswith("mistral-small-2506 · ") and t.endswith("calls") for t in titles), titles[:5])
        legend = driver.find_element(By.CSS_SELECTOR, ".legend").text
        self.assertIn("mistral-small-2506", legend)
        tops = driver.find_elements(By.CSS_SELECTOR, ".top-table")
        self.assertEqual(len(tops), 4)
        self.assertIn("chat mistral-small-latest", tops[2].text)
        self.screenshot("dashboard.png")

    def test_8_sign_in_form(self):
        driver = self.open("/login?next=/dashboard")
        self.assertEqual(driver.title, "Sign in · Windsock")
        form = driver.find_element(By.CSS_SELECTOR, ".login form")
        self.assertEqual(form.get_attribute("method"), "post")
        self.assertEqual(form.find_element(By.NAME, "next").get_attribute("value"), "/dashboard")
        self.assertEqual(form.find_element(By.NAME, "key").get_attribute("type"), "password")
        self.screenshot("sign-in.png")

    def test_9_no_javascript_still_reads(self):
        # The same pages fetched without a browser: everything that matters is in the HTML.
        with urllib.request.urlopen(f"{URL}/traces/{TRACE_B}?span=0000000000000201") as answer:
            page = answer.read().decode()
            self.assertIn("default-src 'none'", answer.headers["Content-Security-Policy"])
        self.assertIn("About <em>2.1 million</em> people live in Paris.", page)
        self.assertIsNone(re.search(r"<[^>]*\son[a-z]+\s*=", page), "an inline event handler")
        self.assertIsNone(re.search(r"<script(?![^>]*\ssrc=)", page), "an inline script")


if __name__ == "__main__":
    unittest.main()
