/* AgentDesk web chat: attachments (picker, paste, drag and drop, progress, clear errors; thumbnails
 * and downloads of a message's files). Protocol: docs/protocol.md, "Attachments". chat.js creates
 * it with AgentDeskFiles.create(host) and forwards the frames it does not handle itself.
 * Everything shown is set with textContent; images are shown from blob: URLs of bytes the server
 * re-encoded. */
(function () {
  "use strict";

  var CHUNK = 96 * 1024;  // app/protocol/attachments.py CHUNK_BYTES
  var RETRY = 1500;
  var STR = {
    en: {
      attach: "Attach a file", drop: "Drop files to attach them", remove: "Remove",
      uploading: "Uploading…", ready: "Ready to send", checking: "Checking…",
      withheld: "Not sent: it showed a secret",
      refused: {
        file_too_large: "This file is larger than {mb} MB.",
        message_too_large: "These files are larger than {mb} MB together.",
        too_many_files: "Too many files in one message.",
        type_not_allowed: "This type of file cannot be sent. You can send images, PDF, text or CSV files and short videos.",
        polyglot: "This file is damaged or not what its name says.",
        malformed: "This file is damaged or not what its name says.",
        image_too_many_pixels: "This image is too large. Please send a smaller screenshot.",
        empty_file: "This file is empty.",
        video_too_long: "This recording is too long.",
        other: "This file cannot be sent."
      },
      shownWithheld: "Image removed for your safety",
      notChecked: "not checked", open: "Open", file: "File"
    },
    "zh-CN": {
      attach: "添加附件", drop: "松开即可添加文件", remove: "移除",
      uploading: "上传中…", ready: "可以发送", checking: "检查中…",
      withheld: "未发送：图片中包含敏感信息",
      refused: {
        file_too_large: "文件超过 {mb} MB。",
        message_too_large: "这些文件合计超过 {mb} MB。",
        too_many_files: "一条消息中的文件过多。",
        type_not_allowed: "不支持此类文件。可以发送图片、PDF、文本或 CSV 文件以及短视频。",
        polyglot: "文件已损坏或与文件名不符。",
        malformed: "文件已损坏或与文件名不符。",
        image_too_many_pixels: "图片尺寸过大，请发送较小的截图。",
        empty_file: "文件为空。",
        video_too_long: "视频过长。",
        other: "此文件无法发送。"
      },
      shownWithheld: "为保护您的安全，图片已移除",
      notChecked: "未检查", open: "打开", file: "文件"
    }
  };

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text) e.textContent = text;
    return e;
  }
  function b64(bytes) {
    var s = "";
    for (var i = 0; i < bytes.length; i += 0x8000) {
      s += String.fromCharCode.apply(null, bytes.subarray(i, i + 0x8000));
    }
    return btoa(s);
  }
  function unb64(text) {
    var s = atob(text), out = new Uint8Array(s.length);
    for (var i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
    return out;
  }
  function sizeText(n) {
    return n >= 1048576 ? (n / 1048576).toFixed(1) + " MB" : Math.max(1, Math.round(n / 1024)) + " KB";
  }

  function create(host) {
    // host: {send(frame) -> bool, lang() -> "en"|"zh-CN", newId(), alert(text), tray, picker,
    //        button, dropTarget, changed()}
    function t(k) { var l = STR[host.lang()] || STR.en; return l[k] || STR.en[k]; }
    function refusedText(code, limit) {
      var r = (STR[host.lang()] || STR.en).refused;
      var text = r[code] || r.other;
      return text.replace("{mb}", limit ? String(Math.round(limit / 1048576)) : "10");
    }

    var uploads = [];   // {id, file, li, bar, note, state, received, attachment}
    var active = null;  // the upload waiting for the server's answer
    var retryTimer = null;

    function render(u) {
      u.li.setAttribute("data-state", u.state);
      u.bar.hidden = u.state !== "uploading" && u.state !== "checking";
      u.bar.max = u.file.size || 1;
      u.bar.value = u.received;
      var text = u.state === "uploading" ? t("uploading") : u.state === "checking" ? t("checking")
        : u.state === "ready" ? t("ready") : u.state === "withheld" ? t("withheld")
        : u.state === "refused" ? u.error : "";
      u.note.textContent = text;
      host.changed();
    }
    function add(file) {
      if (!file) return;
      var u = { id: "web-" + host.newId(), file: file, state: "uploading", received: 0, attachment: null };
      u.li = el("li", "upload");
      u.li.appendChild(el("span", "upload-name", (file.name || "image.png") + " · " + sizeText(file.size)));
      u.bar = el("progress", "upload-bar");
      u.li.appendChild(u.bar);
      u.note = el("span", "upload-note");
      u.note.setAttribute("role", "status");
      u.li.appendChild(u.note);
      var rm = el("button", "upload-remove", "×");
      rm.type = "button";
      rm.setAttribute("aria-label", t("remove"));
      rm.addEventListener("click", function () { drop(u); });
      u.li.appendChild(rm);
      host.tray.appendChild(u.li);
      host.tray.hidden = false;
      uploads.push(u);
      render(u);
      pump();
    }
    function drop(u) {
      uploads = uploads.filter(function (x) { return x !== u; });
      if (active === u) active = null;
      u.li.remove();
      host.tray.hidden = uploads.length === 0;
      host.changed();
      pump();
    }
    function pump() {  // one request in flight at a time, for the first upload that needs one
      if (active) return;
      var u = uploads.filter(function (x) { return x.state === "uploading" || x.state === "begin"; })[0];
      if (!u) return;
      active = u;
      if (u.state === "uploading" && u.begun) sendChunk(u);
      else begin(u);
    }
    function begin(u) {
      if (!host.send({ type: "upload_begin", upload_id: u.id, filename: (u.file.name || "image.png").slice(0, 255),
                       size: u.file.size })) { active = null; return; }
    }
    function sendChunk(u) {
      if (u.received >= u.file.size) {
        u.state = "checking";
        render(u);
        if (!host.send({ type: "upload_finish", upload_id: u.id })) active = null;
        return;
      }
      var end = Math.min(u.received + CHUNK, u.file.size);
      var offset = u.received;
      u.file.slice(offset, end).arrayBuffer().then(function (buf) {
        if (active !== u) return;
        if (!host.send({ type: "upload_chunk", upload_id: u.id, offset: offset, data: b64(new Uint8Array(buf)) })) {
          active = null;
        }
      });
    }
    function find(id) { return uploads.filter(function (x) { return x.id === id; })[0]; }

    function onFrame(f) {
      var u;
      if (f.type === "upload_state") {
        u = find(f.upload_id);
        if (!u) return true;
        u.begun = true;
        u.received = f.received;
        if (u.state !== "checking") u.state = "uploading";
        render(u);
        active = u;
        sendChunk(u);
        return true;
      }
      if (f.type === "upload_done") {
        u = find(f.upload_id);
        if (!u) return true;
        u.attachment = f.attachment;
        u.state = f.attachment.status === "withheld" ? "withheld" : "ready";
        if (f.warning) host.alert(f.warning);
        render(u);
        active = null;
        pump();
        return true;
      }
      if (f.type === "upload_refused") {
        u = find(f.upload_id);
        if (!u) return true;
        u.state = "refused";
        u.error = refusedText(f.code, f.limit);
        u.li.setAttribute("data-code", f.code);
        render(u);
        active = null;
        pump();
        return true;
      }
      if (f.type === "file_chunk") { fetched(f); return true; }
      if (f.type === "error" && f.code === "rate_limited" && active) {
        var again = active;
        active = null;
        clearTimeout(retryTimer);
        retryTimer = setTimeout(function () { if (!active) { active = again; sendChunk(again); } }, RETRY);
        return false;  // the page still tells the customer to slow down
      }
      return false;
    }
    function reconnected() {  // resume every unfinished upload where the server stopped
      active = null;
      uploads.forEach(function (u) {
        if (u.state === "uploading" || u.state === "checking") { u.state = "uploading"; u.begun = false; }
      });
      pump();
    }
    function busy() { return uploads.some(function (u) { return u.state === "uploading" || u.state === "checking"; }); }
    function take() {  // the ids to send with the next message; their tray rows go
      var ids = [];
      uploads.slice().forEach(function (u) {
        if (u.attachment && (u.state === "ready" || u.state === "withheld")) { ids.push(u.attachment.id); drop(u); }
      });
      return ids;
    }

    // downloads: thumbnails shown inline, files saved on click
    var fetches = {};
    function fetchFile(id, variant, done) {
      var k = id + "/" + variant;
      if (fetches[k]) { fetches[k].waiters.push(done); return; }
      fetches[k] = { parts: [], waiters: [done], type: "", name: "" };
      host.send({ type: "fetch", attachment_id: id, variant: variant, offset: 0 });
    }
    function fetched(f) {
      var k = f.attachment_id + "/" + f.variant, job = fetches[k];
      if (!job) return;
      var bytes = unb64(f.data);
      job.parts.push(bytes);
      job.type = f.content_type;
      job.name = f.filename;
      if (!f.last) {
        host.send({ type: "fetch", attachment_id: f.attachment_id, variant: f.variant, offset: f.offset + bytes.length });
        return;
      }
      delete fetches[k];
      var blob = new Blob(job.parts, { type: job.type });
      job.waiters.forEach(function (w) { w(blob, job.name); });
    }
    function renderAttachments(li, list) {
      var box = li.querySelector(".files");
      if (box) box.remove();
      if (!list || !list.length) return;
      box = el("div", "files");
      list.forEach(function (a) {
        var item = el("div", "file");
        item.setAttribute("data-attachment", String(a.id));
        item.setAttribute("data-status", a.status || "");
        if (a.status === "withheld") {
          item.appendChild(el("span", "file-withheld", t("shownWithheld")));
        } else if (a.thumbnail) {
          var img = el("img", "thumb");
          img.alt = a.filename;
          if (a.width && a.height) { img.width = Math.min(240, a.width); }
          item.appendChild(img);
          fetchFile(a.id, "thumbnail", function (blob) { img.src = URL.createObjectURL(blob); });
        } else {
          item.appendChild(el("span", "file-name", t("file") + ": " + a.filename + " · " + sizeText(a.size)));
        }
        if (a.status !== "withheld") {
          var open = el("button", "file-open", t("open"));
          open.type = "button";
          open.addEventListener("click", function () {
            fetchFile(a.id, "file", function (blob, name) {
              var link = el("a");
              link.href = URL.createObjectURL(blob);
              link.download = name || a.filename;
              document.body.appendChild(link);
              link.click();
              link.remove();
            });
          });
          item.appendChild(open);
        }
        box.appendChild(item);
      });
      li.appendChild(box);
    }

    // gestures: the picker, paste (a screenshot from the clipboard), drag and drop
    host.button.addEventListener("click", function () { host.picker.click(); });
    host.picker.addEventListener("change", function () {
      Array.prototype.forEach.call(host.picker.files || [], add);
      host.picker.value = "";
    });
    host.pasteTarget.addEventListener("paste", function (e) {
      var items = (e.clipboardData && e.clipboardData.files) || [];
      if (!items.length) return;
      e.preventDefault();
      Array.prototype.forEach.call(items, add);
    });
    var depth = 0;
    host.dropTarget.addEventListener("dragenter", function (e) {
      if (!e.dataTransfer || Array.prototype.indexOf.call(e.dataTransfer.types || [], "Files") < 0) return;
      depth++;
      host.dropTarget.classList.add("dropping");
    });
    host.dropTarget.addEventListener("dragleave", function () {
      depth = Math.max(0, depth - 1);
      if (!depth) host.dropTarget.classList.remove("dropping");
    });
    host.dropTarget.addEventListener("dragover", function (e) { e.preventDefault(); });
    host.dropTarget.addEventListener("drop", function (e) {
      e.preventDefault();
      depth = 0;
      host.dropTarget.classList.remove("dropping");
      Array.prototype.forEach.call((e.dataTransfer && e.dataTransfer.files) || [], add);
    });

    function relabel() {
      host.button.setAttribute("aria-label", t("attach"));
      host.button.title = t("attach");
      host.dropTarget.setAttribute("data-drop", t("drop"));
      uploads.forEach(render);
    }
    relabel();
    return {
      add: add, onFrame: onFrame, reconnected: reconnected, busy: busy, take: take,
      renderAttachments: renderAttachments, relabel: relabel,
      ready: function () { return uploads.some(function (u) { return u.state === "ready" || u.state === "withheld"; }); }
    };
  }

  window.AgentDeskFiles = { create: create };
})();
