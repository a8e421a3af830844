/* The page an emailed verification link opens (docs/protocol.md "Identity verification").
 * The token is in the URL fragment (never sent in a request line or a Referer); it is sent to
 * the server only when the customer presses Confirm, so a mail scanner following the link
 * confirms nothing. Text is set with textContent only. */
(function () {
  "use strict";
  var STR = {
    en: {
      title: "Confirm your identity",
      intro: "Our support team asked to confirm that it is you. Press the button only if you are talking to our support right now.",
      never: "Official support will never ask you to read out this link, a code, your password or your seed phrase.",
      confirm: "Yes, it is me — confirm",
      verified: "Thank you — your identity is confirmed. You can go back to the chat.",
      expired: "This link has expired or was already used. Ask support for a new one.",
      unknown: "This link is not valid.",
      failed: "Something went wrong. Please try again."
    },
    "zh-CN": {
      title: "确认您的身份",
      intro: "客服团队请求确认是您本人。仅当您正在与我们的客服沟通时，才点击下方按钮。",
      never: "官方客服绝不会要求您读出此链接、验证码、密码或助记词。",
      confirm: "是我本人，确认",
      verified: "谢谢，您的身份已确认。您可以返回聊天窗口。",
      expired: "此链接已过期或已使用，请向客服索取新的链接。",
      unknown: "此链接无效。",
      failed: "出现问题，请重试。"
    }
  };
  var lang = String(navigator.language || "en").toLowerCase().indexOf("zh") === 0 ? "zh-CN" : "en";
  var q = new URLSearchParams(location.search).get("lang");
  if (q) lang = q.toLowerCase().indexOf("zh") === 0 ? "zh-CN" : "en";
  function t(k) { return STR[lang][k] || STR.en[k]; }
  document.documentElement.lang = lang;
  document.title = t("title");
  var els = document.querySelectorAll("[data-i18n]");
  for (var i = 0; i < els.length; i++) els[i].textContent = t(els[i].getAttribute("data-i18n"));
  var token = new URLSearchParams(location.hash.replace(/^#/, "")).get("t");
  if (history.replaceState) history.replaceState(null, "", location.pathname + location.search);
  var button = document.getElementById("confirm"), result = document.getElementById("result");
  if (!token) { button.disabled = true; result.textContent = t("unknown"); return; }
  button.addEventListener("click", function () {
    button.disabled = true;
    fetch("/verify/confirm?t=" + encodeURIComponent(token), {
      headers: { "X-AgentDesk-Verify": "1" }, cache: "no-store", credentials: "omit"
    }).then(function (r) { return r.json(); }).then(function (body) {
      var outcome = body && body.outcome;
      result.textContent = t(outcome === "verified" || outcome === "expired" ? outcome : "unknown");
    }).catch(function () { button.disabled = false; result.textContent = t("failed"); });
  });
})();
