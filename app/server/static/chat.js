/* AgentDesk customer web chat: plain JS, no framework, no build step.
 * Protocol: docs/protocol.md, "Customer session (/customer)". Message text is plain text and is
 * only ever put into the page with textContent, never as markup. */
(function () {
  "use strict";

  var STR = {
    en: {
      title: "Customer support", subtitle: "Secure chat with our support team",
      skip: "Skip to the message box", conversation: "Conversation",
      empty: "No messages yet. How can we help you today?",
      typing: "Support is typing…", label: "Your message", placeholder: "Type your message…",
      send: "Send", hint: "Enter to send · Shift+Enter for a new line",
      notice: "Official support will never ask for your password, SMS or authenticator codes, " +
        "private keys or seed phrase. Never share them with anyone.",
      connecting: "Connecting…", reconnecting: "Reconnecting…", online: "Connected",
      offline: "Disconnected", you: "You", system: "System", support: "Support",
      sending: "Sending…",
      eta: "A support agent usually replies within a few minutes. We are here 24/7.",
      expired: "This chat link has expired or is not valid. Please reopen the chat from the app " +
        "or the website.",
      slow: "You are sending messages too quickly. We will retry in a moment.",
      removed: "[{kind} removed for your safety]",
      kinds: {
        seed_phrase: "seed phrase", private_key: "private key", extended_private_key: "private key",
        wif_key: "private key", password: "password", otp_code: "verification code",
        api_secret: "API key", totp_secret: "2FA key", verification_code: "verification code"
      },
      secret: "secret",
      vTitle: "Confirm your identity", vLabel: "Verification code", vSubmit: "Verify", vLater: "Later",
      vNever: "Type the code only here. Never send it in the chat or tell it to anyone, support staff included.",
      vEmail: "We sent a code to your registered email {d}. Enter it below.",
      vPhone: "We sent a code by SMS to your registered phone {d}. Enter it below.",
      vWrong: "That code is not right. {n} tries left.", vExpired: "This code has expired. Ask support for a new one.",
      vFailed: "Too many wrong codes. Ask support for a new one.", vUnknown: "This verification is no longer open.",
      vDone: "Thank you — your identity is confirmed.", vDigits: "Enter the digits of the code.",
      cTitle: "How did we do?", cLegend: "Your rating from 1 (poor) to 5 (excellent)", cPoor: "Poor",
      cGreat: "Excellent", cComment: "Anything to add? (optional)", cSend: "Send rating",
      cPick: "Choose a score from 1 to 5.", cThanks: "Thank you for your feedback!",
      cAlready: "You have already rated this conversation. Thank you!", cUnknown: "This conversation can no longer be rated."
    },
    "zh-CN": {
      title: "在线客服", subtitle: "与客服团队的安全对话",
      skip: "跳到消息输入框", conversation: "对话记录",
      empty: "暂无消息。请问有什么可以帮您？",
      typing: "客服正在输入…", label: "您的消息", placeholder: "请输入消息…",
      send: "发送", hint: "按 Enter 发送，Shift+Enter 换行",
      notice: "官方客服绝不会向您索要密码、短信或谷歌验证码、私钥或助记词，请勿向任何人透露。",
      connecting: "正在连接…", reconnecting: "正在重新连接…", online: "已连接",
      offline: "已断开", you: "我", system: "系统消息", support: "客服",
      sending: "发送中…",
      eta: "客服通常会在几分钟内回复，我们 7×24 小时在线。",
      expired: "此聊天链接已过期或无效，请从 App 或网站重新打开聊天。",
      slow: "您发送消息过于频繁，稍后将自动重试。",
      removed: "【为保护您的安全，{kind}已删除】",
      kinds: {
        seed_phrase: "助记词", private_key: "私钥", extended_private_key: "私钥", wif_key: "私钥",
        password: "密码", otp_code: "验证码", api_secret: "API密钥", totp_secret: "谷歌验证密钥",
        verification_code: "验证码"
      },
      secret: "敏感信息",
      vTitle: "确认您的身份", vLabel: "验证码", vSubmit: "验证", vLater: "稍后",
      vNever: "请只在此处输入验证码，切勿在聊天中发送，也不要告诉任何人，包括客服人员。",
      vEmail: "我们已向您的注册邮箱 {d} 发送验证码，请在下方输入。",
      vPhone: "我们已向您的注册手机 {d} 发送短信验证码，请在下方输入。",
      vWrong: "验证码不正确，还可尝试 {n} 次。", vExpired: "验证码已过期，请向客服索取新的验证码。",
      vFailed: "错误次数过多，请向客服索取新的验证码。", vUnknown: "此验证已结束。",
      vDone: "谢谢，您的身份已确认。", vDigits: "请输入数字验证码。",
      cTitle: "您对我们的服务满意吗？", cLegend: "请从 1（很差）到 5（非常好）评分", cPoor: "很差",
      cGreat: "非常好", cComment: "还有什么想告诉我们的吗？（选填）", cSend: "提交评价",
      cPick: "请选择 1 到 5 的评分。", cThanks: "感谢您的反馈！",
      cAlready: "您已评价过此会话，谢谢！", cUnknown: "此会话已无法评价。"
    }
  };
  var MAX_BACKOFF = 15000, TYPING_HIDE = 6000, TYPING_EVERY = 3000, TYPING_IDLE = 4000;
  var ACK_TIMEOUT = 10000, HISTORY_LIMIT = 100, TOKEN_KEY = "agentdesk.chat.token";

  var $ = function (id) { return document.getElementById(id); };
  var log = $("log"), input = $("input"), form = $("composer"), statusEl = $("status");
  var typingEl = $("typing"), alertEl = $("alert"), emptyEl = $("empty"), etaEl = $("eta");

  // sessionStorage may be missing or full (private modes): the chat then just forgets on reload.
  function sget(k) { try { return sessionStorage.getItem(k); } catch (e) { return null; } }
  function sset(k, v) {
    try { if (v === null) sessionStorage.removeItem(k); else sessionStorage.setItem(k, v); } catch (e) { /* */ }
  }

  // language
  function normLang(l) {
    l = String(l || "").toLowerCase();
    return l.indexOf("zh") === 0 ? "zh-CN" : l.indexOf("en") === 0 ? "en" : null;
  }
  // The language: ?lang= forces one; else the customer's (the link's #lang=, then what the last
  // welcome said, kept for this tab), so a Chinese customer never starts in the browser's English.
  var LANG_KEY = "agentdesk.chat.lang";
  var params = new URLSearchParams(location.search);
  var forcedLang = normLang(params.get("lang"));
  var linkLang = normLang(new URLSearchParams(location.hash.replace(/^#/, "")).get("lang"));
  if (linkLang) sset(LANG_KEY, linkLang);
  var lang = forcedLang || linkLang || normLang(sget(LANG_KEY)) || normLang(navigator.language) || "en";
  function t(key) { return (STR[lang] && STR[lang][key]) || STR.en[key]; }
  function applyLang(l) {
    lang = l;
    document.documentElement.lang = l;
    document.title = t("title");
    var els = document.querySelectorAll("[data-i18n]");
    for (var i = 0; i < els.length; i++) els[i].textContent = t(els[i].getAttribute("data-i18n"));
    input.placeholder = t("placeholder");
    $("csat-comment").placeholder = t("cComment");
    var items = log.children;
    for (var j = 0; j < items.length; j++) {
      fillMeta(items[j]);
      var b = items[j].querySelector(".body");
      if (b && b.hasAttribute("data-raw")) b.textContent = shown(b.getAttribute("data-raw"));
    }
    setStatus(connState);
    if (alertEl.getAttribute("data-key")) alertEl.textContent = t(alertEl.getAttribute("data-key"));
    if (files) files.relabel();
  }

  // token: from the URL fragment (never sent to the server in a request line or Referer)
  function tokenFromHash() {
    var h = location.hash.replace(/^#/, "");
    return h ? new URLSearchParams(h).get("token") : null;
  }
  var token = tokenFromHash();
  if (token) sset(TOKEN_KEY, token); else token = sget(TOKEN_KEY);
  if (location.hash && history.replaceState) {
    history.replaceState(null, "", location.pathname + location.search);  // keep it out of copies
  }
  window.addEventListener("hashchange", function () {
    var fresh = tokenFromHash();
    if (fresh) { sset(TOKEN_KEY, fresh); location.replace(location.pathname + location.search); }
  });

  // state
  var ws = null, authed = false, ready = false, haveHistory = false, stopped = false;
  var uid = null, lastSeq = 0, attempt = 0, connState = "connecting", everConnected = false;
  var byId = new Map();      // message id -> <li>
  var pending = new Map();   // client_msg_id -> {cmid, body, at, li, sentAt}
  var retryTimer = null, watchdog = null, typingHideTimer = null;

  function key(name) { return "agentdesk.chat." + name + "." + uid; }
  function saveSeq() { if (uid) sset(key("seq"), String(lastSeq)); }
  function savePending() {
    if (!uid) return;
    var list = [];
    pending.forEach(function (p) { list.push({ cmid: p.cmid, body: p.body, at: p.at, files: p.files || [] }); });
    sset(key("pending"), list.length ? JSON.stringify(list) : null);
  }
  function newId() {  // crypto.randomUUID needs a secure context (https or localhost)
    if (window.crypto && crypto.randomUUID) return crypto.randomUUID();
    var b = crypto.getRandomValues(new Uint8Array(16));
    return Array.prototype.map.call(b, function (x) { return (x + 256).toString(16).slice(1); }).join("");
  }

  // status and alerts
  function setStatus(state) {
    connState = state;
    statusEl.setAttribute("data-state", state);
    $("status-text").textContent = t(state);
  }
  function showAlert(k, sticky) {
    alertEl.setAttribute("data-key", k);
    alertEl.textContent = t(k);
    alertEl.hidden = false;
    alertEl.className = sticky ? "alert fatal" : "alert";
    if (!sticky) setTimeout(function () { if (alertEl.getAttribute("data-key") === k) hideAlert(); }, 6000);
  }
  function showText(text) {  // a warning the server wrote in the customer's language
    alertEl.removeAttribute("data-key");
    alertEl.textContent = text;
    alertEl.hidden = false;
    alertEl.className = "alert";
  }
  function hideAlert() { alertEl.hidden = true; alertEl.removeAttribute("data-key"); }
  function expired() {
    stopped = true;
    sset(TOKEN_KEY, null);
    setStatus("offline");
    showAlert("expired", true);
    input.disabled = true;
    $("send").disabled = true;
    hideTyping();
  }

  // rendering (textContent only)
  function fmtTime(iso) {
    var d = new Date(iso);
    if (isNaN(d.getTime())) return "";
    var now = new Date(), o = { hour: "numeric", minute: "2-digit" };
    if (d.toDateString() !== now.toDateString()) { o.month = "short"; o.day = "numeric"; }
    if (d.getFullYear() !== now.getFullYear()) o.year = "numeric";
    try { return d.toLocaleString(lang, o); } catch (e) { return d.toLocaleString(); }
  }
  function fillMeta(li) {
    var kind = li.getAttribute("data-kind"), who = li.querySelector(".who"), time = li.querySelector("time");
    who.textContent = kind === "customer" ? t("you") : kind === "system" ? t("system")
      : (li.getAttribute("data-author") || t("support"));
    if (li.classList.contains("pending")) {
      time.textContent = t("sending");
    } else {
      time.textContent = fmtTime(time.getAttribute("datetime"));
      try { time.title = new Date(time.getAttribute("datetime")).toLocaleString(lang); } catch (e) { /* */ }
    }
  }
  // The server stores a removed secret as a language-neutral marker, [redacted:<kind>]; the
  // customer sees what was removed, in their language (the agent desk shows the marker).
  var MARKER = /\[redacted:([a-z_]+)\]/g;
  function shown(body) {
    return String(body).replace(MARKER, function (_, kind) {
      var names = (STR[lang] && STR[lang].kinds) || STR.en.kinds;
      return t("removed").replace("{kind}", names[kind] || t("secret"));
    });
  }
  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text) e.textContent = text;  // text only, never markup
    return e;
  }
  function build(kind, author, body, at) {
    var li = el("li", "msg " + (kind === "customer" ? "mine" : kind === "system" ? "system" : "agent"));
    var meta = el("p", "meta"), time = el("time");
    li.setAttribute("data-kind", kind);
    if (author) li.setAttribute("data-author", author);
    time.setAttribute("datetime", at);
    meta.appendChild(el("span", "who"));
    meta.appendChild(time);
    li.appendChild(meta);
    var p = el("p", "body", shown(body));
    p.setAttribute("data-raw", body);  // re-rendered when the language changes
    li.appendChild(p);
    return li;
  }
  function stickToBottom() { return log.scrollHeight - log.scrollTop - log.clientHeight < 80; }
  function scrollDown() { log.scrollTop = log.scrollHeight; }
  function place(li, id) {
    // Messages in id order; own pending messages (no id yet) stay at the end.
    var before = null;
    for (var i = log.children.length - 1; i >= 0; i--) {
      var k = log.children[i], kid = k.getAttribute("data-id");
      if (k !== li && kid !== null && Number(kid) < id) break;
      if (k !== li) before = k;
    }
    log.insertBefore(li, before);
  }
  function updateEmpty() {
    emptyEl.hidden = !haveHistory || log.children.length > 0;
    updateEta();
  }
  // While the customer's message is the last word and nobody is typing: when to expect an answer.
  function updateEta() {
    var last = log.lastElementChild;
    etaEl.hidden = !(last && last.getAttribute("data-kind") === "customer" && typingEl.hidden);
  }

  function refresh(li, m) {  // the server's copy wins: time, and the text (secrets redacted)
    li.querySelector("time").setAttribute("datetime", m.created_at);
    var p = li.querySelector(".body");
    p.setAttribute("data-raw", m.body);
    p.textContent = shown(m.body);
    fillMeta(li);
    if (files) files.renderAttachments(li, m.attachments);
  }
  function confirmPending(p, id, m) {
    pending.delete(p.cmid);
    savePending();
    if (byId.has(id)) { p.li.remove(); return; }
    p.li.classList.remove("pending");
    p.li.setAttribute("data-id", String(id));
    if (m) refresh(p.li, m); else fillMeta(p.li);
    byId.set(id, p.li);
    place(p.li, id);
  }
  function addMessage(m) {
    if (m.client_msg_id && m.author_kind === "customer" && pending.has(m.client_msg_id)) {
      confirmPending(pending.get(m.client_msg_id), m.id, m);
      return;
    }
    var existing = byId.get(m.id);
    if (existing) { refresh(existing, m); return; }  // a replay, or our send acknowledged first
    var bottom = stickToBottom();
    var li = build(m.author_kind, m.author_name, m.body, m.created_at);
    li.setAttribute("data-id", String(m.id));
    fillMeta(li);
    if (files) files.renderAttachments(li, m.attachments);
    byId.set(m.id, li);
    place(li, m.id);
    if (m.author_kind !== "customer") hideTyping();
    updateEmpty();
    if (bottom) scrollDown();
  }
  function addPending(p) {
    p.li = build("customer", null, p.body, p.at);
    p.li.classList.add("pending");
    fillMeta(p.li);
    log.appendChild(p.li);
    updateEmpty();
    scrollDown();
  }

  // typing
  function hideTyping() { clearTimeout(typingHideTimer); typingEl.hidden = true; updateEta(); }
  function showTyping() {
    clearTimeout(typingHideTimer);
    typingEl.hidden = false;
    updateEta();
    typingHideTimer = setTimeout(hideTyping, TYPING_HIDE);
  }
  var typingSentAt = 0, typingActive = false, typingIdle = null;
  function sendTyping(active) {
    if (!ready) { typingActive = false; return; }
    typingActive = active;
    typingSentAt = active ? Date.now() : 0;
    send({ type: "signal", name: "typing", data: { active: active } });
  }
  function onTypingInput() {
    clearTimeout(typingIdle);
    if (!input.value.trim()) { if (typingActive) sendTyping(false); return; }
    if (!typingActive || Date.now() - typingSentAt > TYPING_EVERY) sendTyping(true);
    typingIdle = setTimeout(function () { if (typingActive) sendTyping(false); }, TYPING_IDLE);
  }

  // connection
  function send(frame) {
    if (ws && ws.readyState === 1) { ws.send(JSON.stringify(frame)); return true; }
    return false;
  }
  function sendPending(p) {
    var frame = { type: "send", body: p.body, client_msg_id: p.cmid };
    if (p.files && p.files.length) frame.attachments = p.files;
    if (ready && send(frame)) p.sentAt = Date.now();
  }
  function flushPending() { pending.forEach(sendPending); }

  function connect() {
    if (stopped) return;
    clearTimeout(retryTimer);
    retryTimer = null;
    setStatus(everConnected ? "reconnecting" : "connecting");
    authed = ready = false;
    var url = (location.protocol === "https:" ? "wss://" : "ws://") + location.host + "/customer";
    var sock;
    try { sock = new WebSocket(url, "agentdesk.v1"); } catch (e) { scheduleReconnect(); return; }
    ws = sock;
    clearTimeout(watchdog);
    watchdog = setTimeout(function () { if (ws === sock && !authed) sock.close(); }, 10000);
    sock.onopen = function () { send({ type: "auth", token: token }); };
    sock.onmessage = function (ev) {
      if (ws !== sock) return;
      var f;
      try { f = JSON.parse(ev.data); } catch (e) { return; }
      if (f && typeof f.type === "string") handle(f);
    };
    sock.onclose = function (ev) {
      if (ws !== sock) return;
      ws = null;
      authed = ready = false;
      clearTimeout(watchdog);
      hideTyping();
      typingActive = false;
      if (ev.code === 4401) { expired(); return; }
      scheduleReconnect();
    };
  }
  function scheduleReconnect() {
    if (stopped || retryTimer) return;
    setStatus(everConnected ? "reconnecting" : "connecting");
    var base = Math.min(MAX_BACKOFF, 500 * Math.pow(2, attempt));
    attempt++;
    retryTimer = setTimeout(connect, base / 2 + Math.random() * base / 2);
  }

  function startSync() {
    if (haveHistory) send({ type: "sync", since: lastSeq });
    else send({ type: "history", limit: HISTORY_LIMIT });
  }
  // Open incidents' notices (issue 23), in the customer's language as the server wrote them; plain
  // text only (textContent), one paragraph each; hidden when there is none.
  function showIncidents(notices) {
    var box = document.getElementById("incidents");
    if (!box) return;
    box.textContent = "";
    notices.forEach(function (n) {
      if (!n || typeof n.text !== "string") return;
      var p = document.createElement("p");
      p.textContent = n.text;
      box.appendChild(p);
    });
    box.hidden = !box.firstChild;
  }
  function welcome(f) {
    authed = true;
    everConnected = true;
    attempt = 0;
    clearTimeout(watchdog);
    var c = f.customer || {};
    if (STR[c.language]) sset(LANG_KEY, c.language);
    if (!forcedLang && STR[c.language]) applyLang(c.language);
    showIncidents(f.notices || []);
    if (c.uid && c.uid !== uid) {
      uid = String(c.uid);
      lastSeq = Math.max(lastSeq, Number(sget(key("seq"))) || 0);
      var saved = [];
      try { saved = JSON.parse(sget(key("pending")) || "[]"); } catch (e) { /* corrupt */ }
      saved.forEach(function (s) {
        if (s && s.cmid && (s.body || (s.files && s.files.length)) && !pending.has(s.cmid)) {
          var p = { cmid: s.cmid, body: s.body || "", at: s.at || new Date().toISOString(), sentAt: 0,
                    files: s.files || [] };
          pending.set(p.cmid, p);
          addPending(p);
        }
      });
      savePending();
    }
    startSync();
  }
  function handle(f) {
    switch (f.type) {
      case "welcome": welcome(f); break;
      case "history_result": {
        log.setAttribute("aria-busy", "true");  // announce the rebuilt log once, not each item
        byId.forEach(function (li) { li.remove(); });  // first open or after resync: rebuild
        byId.clear();
        haveHistory = true;
        (f.messages || []).forEach(addMessage);
        log.removeAttribute("aria-busy");
        lastSeq = Math.max(lastSeq, Number(f.head) || 0);
        saveSeq();
        updateEmpty();
        scrollDown();
        send({ type: "sync", since: Number(f.head) || 0 });
        break;
      }
      case "message":
        if (f.message) addMessage(f.message);
        if (f.seq > lastSeq) { lastSeq = f.seq; saveSeq(); }
        break;
      case "synced":
        if (f.head > lastSeq) { lastSeq = f.head; saveSeq(); }
        ready = true;
        setStatus("online");
        flushPending();
        if (files) files.reconnected();
        if (input.value.trim()) onTypingInput();
        break;
      case "resync":
        ready = false;
        send({ type: "history", limit: HISTORY_LIMIT });
        break;
      case "sent": {
        var p = pending.get(f.client_msg_id);
        if (p) confirmPending(p, f.message_id, null);
        break;
      }
      case "signal":
        if (f.name === "typing" && f.data) { if (f.data.active) showTyping(); else hideTyping(); }
        break;
      case "verify_prompt": showVerify(f); break;
      case "verify_result": verifyResult(f); break;
      case "csat_prompt": showCsat(f); break;
      case "csat_result": csatResult(f); break;
      case "error":
        if (files) files.onFrame(f);  // a refused chunk is sent again
        if (f.code === "unauthorized") expired();
        else if (f.code === "rate_limited") showAlert("slow");  // pending ones are re-sent later
        else if (window.console) console.warn("chat: server error", f.code);
        break;
      default: if (files) files.onFrame(f); break;  // attachments; a newer server may send more
    }
  }

  // identity verification: the code goes from this dialog to the server, never into the chat
  var vDialog = $("verify"), vForm = $("verify-form"), vCode = $("verify-code"), vError = $("verify-error");
  var vChallenge = null;
  function vText(key, vars) {
    var s = t(key);
    Object.keys(vars || {}).forEach(function (k) { s = s.replace("{" + k + "}", String(vars[k])); });
    return s;
  }
  function showVerify(f) {
    vChallenge = f.challenge_id;
    $("verify-text").textContent = vText(f.channel === "phone" ? "vPhone" : "vEmail", { d: f.destination });
    vError.textContent = "";
    vCode.value = "";
    vDialog.setAttribute("data-challenge", f.challenge_id);
    if (!vDialog.open) { if (vDialog.showModal) vDialog.showModal(); else vDialog.setAttribute("open", ""); }
    vCode.focus();
  }
  function closeVerify() { if (vDialog.open) { if (vDialog.close) vDialog.close(); else vDialog.removeAttribute("open"); } }
  function verifyResult(f) {
    if (f.challenge_id !== vChallenge) return;
    $("verify-submit").disabled = false;
    if (f.outcome === "verified") { closeVerify(); vChallenge = null; showAlert("vDone"); return; }
    if (f.outcome === "wrong_code") { vError.textContent = vText("vWrong", { n: f.attempts_left }); vCode.select(); return; }
    vError.textContent = t(f.outcome === "expired" ? "vExpired" : f.outcome === "failed" ? "vFailed" : "vUnknown");
    vChallenge = null;
  }
  vForm.addEventListener("submit", function (e) {
    e.preventDefault();
    var code = vCode.value.replace(/\s+/g, "");
    if (!/^[0-9]{4,12}$/.test(code)) { vError.textContent = t("vDigits"); return; }
    if (!vChallenge) { vError.textContent = t("vUnknown"); return; }
    if (send({ type: "verify", challenge_id: vChallenge, code: code })) $("verify-submit").disabled = true;
  });
  $("verify-cancel").addEventListener("click", closeVerify);

  // "How did we do?" after a chat is resolved: one answer, sent as its own frame (not chat text)
  var cBox = $("csat"), cForm = $("csat-form"), cResult = $("csat-result"), cConv = null, cScore = 0;
  var cButtons = cBox.querySelectorAll(".csat-score");
  function showCsat(f) {
    if (cConv === f.conversation_id && !cBox.hidden) return;
    cConv = f.conversation_id; cScore = 0;
    cForm.hidden = false; cResult.textContent = ""; $("csat-comment").value = ""; $("csat-send").disabled = false;
    for (var i = 0; i < cButtons.length; i++) cButtons[i].setAttribute("aria-pressed", "false");
    cBox.setAttribute("data-conversation", String(f.conversation_id));
    cBox.hidden = false;
    scrollDown();
  }
  function csatResult(f) {
    if (f.conversation_id !== cConv) return;
    $("csat-send").disabled = false;
    cForm.hidden = f.outcome !== "unknown" ? true : cForm.hidden;
    cResult.textContent = t(f.outcome === "thanks" ? "cThanks" : f.outcome === "already" ? "cAlready" : "cUnknown");
    cBox.setAttribute("data-outcome", f.outcome);
  }
  for (var ci = 0; ci < cButtons.length; ci++) {
    cButtons[ci].addEventListener("click", function (e) {
      cScore = Number(e.currentTarget.getAttribute("data-score"));
      for (var j = 0; j < cButtons.length; j++) {
        cButtons[j].setAttribute("aria-pressed", cButtons[j] === e.currentTarget ? "true" : "false");
      }
    });
  }
  cForm.addEventListener("submit", function (e) {
    e.preventDefault();
    if (!cScore) { cResult.textContent = t("cPick"); return; }
    var comment = $("csat-comment").value.trim().slice(0, 1000);
    var frame = { type: "csat_answer", conversation_id: cConv, score: cScore };
    if (comment) frame.comment = comment;
    if (send(frame)) $("csat-send").disabled = true;
  });

  // Re-send what the server has not acknowledged (idempotent on client_msg_id).
  setInterval(function () {
    var now = Date.now();
    pending.forEach(function (p) { if (p.sentAt && now - p.sentAt > ACK_TIMEOUT) sendPending(p); });
  }, 2500);

  // composer
  function submit() {
    var body = input.value.replace(/\s+$/, "").replace(/^\s*\n/, "");
    var attached = files && files.ready() ? files.take() : [];
    if ((!body.trim() && !attached.length) || stopped) return;
    var p = { cmid: newId(), body: body.trim() ? body : "", at: new Date().toISOString(), sentAt: 0,
              files: attached };
    pending.set(p.cmid, p);
    savePending();
    addPending(p);
    input.value = "";
    clearTimeout(typingIdle);
    if (typingActive) sendTyping(false);
    sendPending(p);
    input.focus();
  }
  form.addEventListener("submit", function (e) { e.preventDefault(); submit(); });
  input.addEventListener("keydown", function (e) {
    if (e.key === "Enter" && !e.shiftKey && !e.isComposing && e.keyCode !== 229) {
      e.preventDefault();
      submit();
    }
  });
  input.addEventListener("input", onTypingInput);
  input.addEventListener("blur", function () { clearTimeout(typingIdle); if (typingActive) sendTyping(false); });
  window.addEventListener("online", function () { if (retryTimer) { attempt = 0; connect(); } });

  var files = window.AgentDeskFiles ? window.AgentDeskFiles.create({
    send: send, lang: function () { return lang; }, newId: newId, alert: showText,
    tray: $("uploads"), picker: $("picker"), button: $("attach"), pasteTarget: input,
    dropTarget: document.body, changed: function () { /* the tray re-rendered */ }
  }) : null;
  applyLang(lang);
  if (!token) { expired(); return; }
  connect();
})();
