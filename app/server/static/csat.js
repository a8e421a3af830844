/* The rating page an email's closing mail links to (docs/protocol.md "CSAT"). The link names the
 * conversation and the score (?c=&s=) and carries the token in its fragment (never in a request
 * line or a Referer). Nothing is recorded until the customer presses Send: a mail scanner that
 * follows the link rates nothing. Text is set with textContent only. */
(function () {
  "use strict";
  var STR = {
    en: {
      cTitle: "How did we do?", cLegend: "Your rating from 1 (poor) to 5 (excellent)", cPoor: "Poor",
      cGreat: "Excellent", cComment: "Anything to add? (optional)", cSend: "Send rating",
      cPick: "Choose a score from 1 to 5.", thanks: "Thank you for your feedback!",
      already: "You have already rated this conversation. Thank you!",
      unknown: "This link is not valid or the conversation can no longer be rated.",
      failed: "Something went wrong. Please try again."
    },
    "zh-CN": {
      cTitle: "您对我们的服务满意吗？", cLegend: "请从 1（很差）到 5（非常好）评分", cPoor: "很差",
      cGreat: "非常好", cComment: "还有什么想告诉我们的吗？（选填）", cSend: "提交评价",
      cPick: "请选择 1 到 5 的评分。", thanks: "感谢您的反馈！", already: "您已评价过此会话，谢谢！",
      unknown: "此链接无效，或此会话已无法评价。", failed: "出现问题，请重试。"
    }
  };
  var query = new URLSearchParams(location.search);
  var lang = String(query.get("lang") || navigator.language || "en").toLowerCase().indexOf("zh") === 0 ? "zh-CN" : "en";
  function t(k) { return STR[lang][k] || STR.en[k]; }
  document.documentElement.lang = lang;
  document.title = t("cTitle");
  var els = document.querySelectorAll("[data-i18n]");
  for (var i = 0; i < els.length; i++) els[i].textContent = t(els[i].getAttribute("data-i18n"));
  var comment = document.getElementById("csat-comment"), result = document.getElementById("csat-result");
  var form = document.getElementById("csat-form"), send = document.getElementById("csat-send");
  comment.placeholder = t("cComment");
  var token = new URLSearchParams(location.hash.replace(/^#/, "")).get("t");
  if (history.replaceState) history.replaceState(null, "", location.pathname + location.search);
  var conv = query.get("c") || "", score = Number(query.get("s")) || 0;
  var buttons = document.querySelectorAll(".csat-score");
  function pick(n) {
    score = n;
    for (var j = 0; j < buttons.length; j++) {
      buttons[j].setAttribute("aria-pressed", Number(buttons[j].getAttribute("data-score")) === n ? "true" : "false");
    }
  }
  for (var b = 0; b < buttons.length; b++) {
    buttons[b].addEventListener("click", function (e) { pick(Number(e.currentTarget.getAttribute("data-score"))); });
  }
  if (score >= 1 && score <= 5) pick(score); else score = 0;
  if (!token || !/^[0-9]+$/.test(conv)) { form.hidden = true; result.textContent = t("unknown"); return; }
  form.addEventListener("submit", function (e) {
    e.preventDefault();
    if (!score) { result.textContent = t("cPick"); return; }
    send.disabled = true;
    var url = "/csat/submit?c=" + encodeURIComponent(conv) + "&s=" + score + "&t=" + encodeURIComponent(token);
    var text = comment.value.trim().slice(0, 1000);
    if (text) url += "&m=" + encodeURIComponent(text);
    fetch(url, { headers: { "X-AgentDesk-Csat": "1" }, cache: "no-store", credentials: "omit" })
      .then(function (r) { return r.json(); })
      .then(function (body) {
        var outcome = body && body.outcome;
        result.textContent = t(outcome === "thanks" || outcome === "already" ? outcome : "unknown");
        form.hidden = true;
      })
      .catch(function () { send.disabled = false; result.textContent = t("failed"); });
  });
})();
