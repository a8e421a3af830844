<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>About</name>
    <message>
        <source>%1 %2
The support desk of a crypto exchange.
© %3</source>
        <translation>%1 %2
加密货币交易所的客服工作台。
© %3</translation>
    </message>
    <message>
        <source>About %1</source>
        <translation>关于 %1</translation>
    </message>
</context>
<context>
    <name>AssignConfirm</name>
    <message>
        <source>Take over the conversation?</source>
        <translation>接管该会话？</translation>
    </message>
    <message>
        <source>%1 is assigned to %2. Take it over? They will see it moved to you.</source>
        <translation>%1 已分配给 %2。确定接管吗？对方会看到会话已转给您。</translation>
    </message>
    <message>
        <source>Take over</source>
        <translation>接管</translation>
    </message>
</context>
<context>
    <name>AttachmentLabels</name>
    <message>
        <source>Image withheld: it showed a recovery phrase</source>
        <translation>图片已拦截：其中显示了助记词</translation>
    </message>
    <message>
        <source>Image withheld: it showed a private key</source>
        <translation>图片已拦截：其中显示了私钥</translation>
    </message>
    <message>
        <source>Image withheld: it showed a private key&apos;s QR code</source>
        <translation>图片已拦截：其中显示了私钥二维码</translation>
    </message>
    <message>
        <source>Image withheld: it showed a 2FA secret</source>
        <translation>图片已拦截：其中显示了双重验证密钥</translation>
    </message>
    <message>
        <source>Image withheld: it showed an API secret</source>
        <translation>图片已拦截：其中显示了 API 密钥</translation>
    </message>
    <message>
        <source>Image withheld: it showed a password</source>
        <translation>图片已拦截：其中显示了密码</translation>
    </message>
    <message>
        <source>Image withheld: it showed a verification code</source>
        <translation>图片已拦截：其中显示了验证码</translation>
    </message>
    <message>
        <source>Image withheld: it showed a secret</source>
        <translation>图片已拦截：其中显示了敏感信息</translation>
    </message>
    <message>
        <source>Not checked by the guard</source>
        <translation>未经安全检查</translation>
    </message>
    <message>
        <source>%1 (%2) — not kept: refused by the file checks</source>
        <translation>%1（%2）— 未保存：未通过文件检查</translation>
    </message>
    <message>
        <source>Attachment: %1 (%2)</source>
        <translation>附件：%1（%2）</translation>
    </message>
    <message>
        <source>The file is larger than the limit.</source>
        <translation>文件超过大小限制。</translation>
    </message>
    <message>
        <source>Only images, PDF, text, CSV and short videos can be attached.</source>
        <translation>只能添加图片、PDF、文本、CSV 文件和短视频。</translation>
    </message>
    <message>
        <source>The file is damaged or not what its name says.</source>
        <translation>文件已损坏或与文件名不符。</translation>
    </message>
    <message>
        <source>The image is too large.</source>
        <translation>图片尺寸过大。</translation>
    </message>
    <message>
        <source>The PDF has scripts or embedded files.</source>
        <translation>该 PDF 含有脚本或嵌入文件。</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>文件为空。</translation>
    </message>
    <message>
        <source>The guard withheld this image: it shows a secret and cannot go with a reply.</source>
        <translation>安全检查已拦截此图片：其中含有机密信息，不能随回复发送。</translation>
    </message>
    <message>
        <source>The guard could not read this image; a canned reply&apos;s image must be read and found safe.</source>
        <translation>安全检查无法读取此图片；快捷回复中的图片必须经检查确认安全。</translation>
    </message>
    <message>
        <source>A canned reply carries at most 5 files.</source>
        <translation>每条快捷回复最多附带 5 个文件。</translation>
    </message>
    <message>
        <source>The file was refused.</source>
        <translation>文件被拒收。</translation>
    </message>
    <message>
        <source>Could not upload the file: %1</source>
        <translation>无法上传文件：%1</translation>
    </message>
    <message>
        <source>The attachment could not be opened: %1</source>
        <translation>无法打开附件：%1</translation>
    </message>
    <message>
        <source>Sends with it: %1</source>
        <translation>随回复发送：%1</translation>
    </message>
    <message>
        <source>This file was taken off the canned reply.</source>
        <translation>此文件已从快捷回复中移除。</translation>
    </message>
    <message>
        <source>Uploading %1…</source>
        <translation>正在上传 %1…</translation>
    </message>
    <message>
        <source>Added %1 to the reply.</source>
        <translation>已将 %1 添加到此回复。</translation>
    </message>
    <message>
        <source>Removed %1 from the reply.</source>
        <translation>已从此回复中移除 %1。</translation>
    </message>
</context>
<context>
    <name>AttachmentsController</name>
    <message>
        <source>Save attachment</source>
        <translation>保存附件</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>添加附件</translation>
    </message>
</context>
<context>
    <name>AttentionController</name>
    <message>
        <source>New VIP conversation</source>
        <translation>新的 VIP 会话</translation>
    </message>
    <message>
        <source>New conversation</source>
        <translation>新会话</translation>
    </message>
    <message>
        <source>VIP message from %1</source>
        <translation>VIP 客户 %1 发来消息</translation>
    </message>
    <message>
        <source>Message from %1</source>
        <translation>%1 发来消息</translation>
    </message>
</context>
<context>
    <name>AttentionService</name>
    <message>
        <source>Show AgentDesk</source>
        <translation>显示 AgentDesk</translation>
    </message>
    <message>
        <source>AgentDesk — %1 unread</source>
        <translation>AgentDesk — %1 条未读</translation>
    </message>
    <message>
        <source>Windows notifications are off for AgentDesk: new conversations do not pop up. Turn them on in Settings → System → Notifications.</source>
        <translation>Windows 已关闭 AgentDesk 的通知：新会话不会弹出提醒。请在“设置 → 系统 → 通知”中开启。</translation>
    </message>
    <message>
        <source>This desktop shows no notifications (no system tray): new conversations flash the taskbar and play a sound instead.</source>
        <translation>此桌面无法显示通知（没有系统托盘）：新会话将改为闪烁任务栏并播放提示音。</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <source>Audit log</source>
        <extracomment>the time filter&apos;s choices: label and how far back (None: all)</extracomment>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>Actor (username)</source>
        <translation>操作人（用户名）</translation>
    </message>
    <message>
        <source>Action, e.g. customer.view</source>
        <translation>操作，例如 customer.view</translation>
    </message>
    <message>
        <source>Target (UID, conversation…)</source>
        <translation>对象（UID、会话…）</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Load older</source>
        <translation>加载更早的记录</translation>
    </message>
    <message>
        <source>The chain has not been checked yet.</source>
        <translation>尚未校验哈希链。</translation>
    </message>
    <message>
        <source>Check the chain</source>
        <translation>校验哈希链</translation>
    </message>
    <message>
        <source>Walk the keyed chain and the signed checkpoints, as `audit verify` does</source>
        <translation>逐条校验带密钥的哈希链和签名检查点（与 `audit verify` 相同）</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>最近 1 小时</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>最近 24 小时</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Chain intact: %1 rows, %2 signed checkpoints.</source>
        <translation>哈希链完整：%1 条记录，%2 个签名检查点。</translation>
    </message>
    <message>
        <source>Chain BROKEN: %1</source>
        <translation>哈希链已被破坏：%1</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>Backup while I&apos;m away</source>
        <translation>我离开时的代理人</translation>
    </message>
    <message>
        <source>No backup</source>
        <translation>不设代理人</translation>
    </message>
    <message>
        <source>New conversations of your clients go to this colleague while you are away.</source>
        <translation>您离开期间，您客户的新会话将转给这位同事。</translation>
    </message>
</context>
<context>
    <name>BookModel</name>
    <message>
        <source>Client</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>UID</source>
        <translation>UID</translation>
    </message>
    <message>
        <source>30-day volume</source>
        <translation>30 天交易量</translation>
    </message>
    <message>
        <source>Fee tier</source>
        <translation>费率等级</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>处理中</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>Callbacks</source>
        <translation>回电</translation>
    </message>
    <message>
        <source>30-day trading volume in USD</source>
        <translation>30 日交易量（美元）</translation>
    </message>
    <message>
        <source>Open conversations</source>
        <translation>未结会话</translation>
    </message>
    <message>
        <source>Open tickets</source>
        <translation>未结工单</translation>
    </message>
    <message>
        <source>Pending callbacks</source>
        <translation>待回电</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>最近联系</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>提醒</translation>
    </message>
</context>
<context>
    <name>BookPane</name>
    <message>
        <source>Search by UID, name or email</source>
        <translation>按 UID、姓名或邮箱搜索</translation>
    </message>
    <message>
        <source>Start conversation…</source>
        <translation>发起会话…</translation>
    </message>
    <message>
        <source>Acknowledge alerts</source>
        <translation>确认提醒</translation>
    </message>
    <message>
        <source>Mark the selected client&apos;s alerts as seen, for everyone</source>
        <translation>将所选客户的提醒标记为已查看（对所有人生效）</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Search clients</source>
        <translation>搜索客户</translation>
    </message>
    <message>
        <source>%1 of %2 clients</source>
        <translation>%1 / %2 位客户</translation>
    </message>
</context>
<context>
    <name>CannedFilesController</name>
    <message>
        <source>Attach a file to the canned reply</source>
        <translation>为快捷回复添加文件</translation>
    </message>
</context>
<context>
    <name>CannedPicker</name>
    <message>
        <source>Canned replies</source>
        <translation>快捷回复</translation>
    </message>
    <message>
        <source>Filter by shortcut, title or text</source>
        <translation>按快捷词、标题或内容筛选</translation>
    </message>
    <message>
        <source>Filter canned replies</source>
        <translation>筛选快捷回复</translation>
    </message>
    <message>
        <source>Insert the English version</source>
        <translation>插入英文版本</translation>
    </message>
    <message>
        <source>Insert the Chinese version</source>
        <translation>插入中文版本</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>Enter inserts at the cursor · Esc closes</source>
        <translation>回车插入到光标处 · Esc 关闭</translation>
    </message>
    <message>
        <source>No canned reply matches.</source>
        <translation>没有匹配的快捷回复。</translation>
    </message>
    <message>
        <source>Attach file…</source>
        <translation>添加附件…</translation>
    </message>
    <message>
        <source>Add a file (a help-centre PDF) that goes with this reply</source>
        <translation>添加随此回复发送的文件（例如帮助中心 PDF）</translation>
    </message>
    <message>
        <source>Remove file</source>
        <translation>移除文件</translation>
    </message>
</context>
<context>
    <name>CommandPalette</name>
    <message>
        <source>Command palette</source>
        <translation>命令面板</translation>
    </message>
    <message>
        <source>Type a command…</source>
        <translation>输入命令…</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>命令</translation>
    </message>
    <message>
        <source>Commands</source>
        <translation>命令</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>Next conversation</source>
        <extracomment>Second keys everywhere but macOS (Alt+↓ is free in text fields on Windows and Linux). macOS: ⌥⌘↓/⌥⌘↑ (Qt&apos;s Ctrl is ⌘), because ⌘↓, ⌥↓ and ⌃↓ move the cursor in text fields. Where macOS puts a command (the application menu); every other command stays where it is.</extracomment>
        <translation>下一个会话</translation>
    </message>
    <message>
        <source>Previous conversation</source>
        <translation>上一个会话</translation>
    </message>
    <message>
        <source>Assign to me</source>
        <translation>分配给我</translation>
    </message>
    <message>
        <source>Resolve conversation</source>
        <translation>解决会话</translation>
    </message>
    <message>
        <source>Open conversation in new window</source>
        <translation>在新窗口中打开会话</translation>
    </message>
    <message>
        <source>Toggle internal note</source>
        <translation>切换内部备注</translation>
    </message>
    <message>
        <source>Edit ticket…</source>
        <translation>编辑工单…</translation>
    </message>
    <message>
        <source>Transfer to a team…</source>
        <translation>转给团队…</translation>
    </message>
    <message>
        <source>Escalate…</source>
        <translation>升级处理…</translation>
    </message>
    <message>
        <source>Search conversations</source>
        <translation>搜索会话</translation>
    </message>
    <message>
        <source>Focus reply box</source>
        <translation>转到回复框</translation>
    </message>
    <message>
        <source>Insert canned reply</source>
        <translation>插入快捷回复</translation>
    </message>
    <message>
        <source>Command palette…</source>
        <translation>命令面板…</translation>
    </message>
    <message>
        <source>Show my conversations</source>
        <translation>显示我的会话</translation>
    </message>
    <message>
        <source>Show unassigned conversations</source>
        <translation>显示未分配的会话</translation>
    </message>
    <message>
        <source>Show VIP conversations</source>
        <translation>显示 VIP 会话</translation>
    </message>
    <message>
        <source>Show all conversations</source>
        <translation>显示全部会话</translation>
    </message>
    <message>
        <source>Show my clients</source>
        <translation>显示我的客户</translation>
    </message>
    <message>
        <source>Client book</source>
        <translation>客户名册</translation>
    </message>
    <message>
        <source>Show my mentions</source>
        <translation>显示提到我的</translation>
    </message>
    <message>
        <source>Agents and load…</source>
        <translation>客服与工作量…</translation>
    </message>
    <message>
        <source>Live floor…</source>
        <translation>实时看板…</translation>
    </message>
    <message>
        <source>Run a macro on the selection…</source>
        <translation>对所选会话运行宏…</translation>
    </message>
    <message>
        <source>Reports…</source>
        <translation>报表…</translation>
    </message>
    <message>
        <source>Macros…</source>
        <translation>宏…</translation>
    </message>
    <message>
        <source>Set me busy (no new conversations)</source>
        <translation>设为忙碌（不接新会话）</translation>
    </message>
    <message>
        <source>Backup while I&apos;m away…</source>
        <translation>我离开时的代理人…</translation>
    </message>
    <message>
        <source>Set me available</source>
        <translation>设为在线</translation>
    </message>
    <message>
        <source>Set me away</source>
        <translation>设为离开</translation>
    </message>
    <message>
        <source>Audit log…</source>
        <translation>审计日志…</translation>
    </message>
    <message>
        <source>Declare an incident…</source>
        <translation>宣布事件…</translation>
    </message>
    <message>
        <source>Request account freeze…</source>
        <translation>申请冻结账户…</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>设置…</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>About AgentDesk</source>
        <translation>关于 AgentDesk</translation>
    </message>
    <message>
        <source>Play this customer in the web chat (demo)</source>
        <translation>以此客户身份打开网页聊天（演示）</translation>
    </message>
    <message>
        <source>&amp;Desk</source>
        <translation>工作台(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Conversation</source>
        <translation>会话(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Internal note</source>
        <translation>内部备注</translation>
    </message>
    <message>
        <source>Reply</source>
        <extracomment>the official domains the server named (links are checked against them, as it will) the block explorers the server named (None: the guard&apos;s defaults), the same way</extracomment>
        <translation>回复</translation>
    </message>
    <message>
        <source>Write a note only agents can see (%1)</source>
        <translation>写一条仅客服可见的备注（%1）</translation>
    </message>
    <message>
        <source>Attach file…</source>
        <translation>添加附件…</translation>
    </message>
    <message>
        <source>Attach a screenshot, PDF or text file to the reply or note</source>
        <translation>为回复或内部备注添加截图、PDF 或文本文件</translation>
    </message>
    <message>
        <source>Canned replies</source>
        <translation>快捷回复</translation>
    </message>
    <message>
        <source>Insert a vetted answer (type / in the reply)</source>
        <translation>插入经审核的标准回复（在回复框输入 /）</translation>
    </message>
    <message>
        <source>Enter to send · Shift+Enter for a new line · / for canned replies</source>
        <translation>回车发送 · Shift+回车换行 · / 快捷回复</translation>
    </message>
    <message>
        <source>Send anyway</source>
        <translation>仍然发送</translation>
    </message>
    <message>
        <source>Send this held reply anyway</source>
        <translation>仍然发送这条被暂扣的回复</translation>
    </message>
    <message>
        <source>I have read why the guard held this reply and send it as written (%1)</source>
        <translation>我已阅读安全防护暂扣这条回复的原因，按原文发送（%1）</translation>
    </message>
    <message>
        <source>Send anyway sends exactly this text once; the server records that you confirmed it. Any other reply is checked again.</source>
        <translation>“仍然发送”只会按原文发送这一次；服务器会记录是您确认发送的。其他回复仍会重新检查。</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <source>The safety guard will not send this reply:</source>
        <translation>安全防护不会发送这条回复：</translation>
    </message>
    <message>
        <source>The safety guard holds this reply for your review:</source>
        <translation>安全防护暂扣了这条回复，请您复核：</translation>
    </message>
    <message>
        <source>Internal note — only agents see this</source>
        <translation>内部备注 — 仅客服可见</translation>
    </message>
    <message>
        <source>Reply to the customer…</source>
        <translation>回复客户…</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>添加备注</translation>
    </message>
</context>
<context>
    <name>ConnectionBanner</name>
    <message>
        <source>Reconnect now</source>
        <translation>立即重连</translation>
    </message>
    <message>
        <source>the server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>Signed out of %1.</source>
        <translation>已从 %1 退出登录。</translation>
    </message>
    <message>
        <source>Sign in again</source>
        <translation>重新登录</translation>
    </message>
    <message>
        <source>Not connected to %1.</source>
        <translation>未连接到 %1。</translation>
    </message>
    <message>
        <source>Trying again in %1 s.</source>
        <translation>%1 秒后重试。</translation>
    </message>
    <message>
        <source>The inbox shows what was known before; SLA timers are stopped until the connection is back.</source>
        <translation>收件箱显示的是断线前的信息；恢复连接前 SLA 计时已停止。</translation>
    </message>
    <message>
        <source>%1 replies will be sent when it is back.</source>
        <translation>恢复连接后将发出 %1 条回复。</translation>
    </message>
</context>
<context>
    <name>ConnectionIndicator</name>
    <message>
        <source>1 reply queued</source>
        <translation>1 条回复待发送</translation>
    </message>
    <message>
        <source>%1 replies queued</source>
        <translation>%1 条回复待发送</translation>
    </message>
    <message>
        <source>● Online</source>
        <translation>● 在线</translation>
    </message>
    <message>
        <source>sending %1 queued</source>
        <translation>正在发送 %1 条待发回复</translation>
    </message>
    <message>
        <source>● Connecting…</source>
        <translation>● 正在连接…</translation>
    </message>
    <message>
        <source>● Reconnecting in %1 s</source>
        <translation>● %1 秒后重新连接</translation>
    </message>
    <message>
        <source>● Reconnecting…</source>
        <translation>● 正在重新连接…</translation>
    </message>
    <message>
        <source>● Signed out — click to sign in again</source>
        <translation>● 已退出登录 — 点击重新登录</translation>
    </message>
    <message>
        <source>● Offline</source>
        <translation>● 离线</translation>
    </message>
</context>
<context>
    <name>ConversationHeader</name>
    <message>
        <source>Assign to me</source>
        <translation>分配给我</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>转接</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>Tags…</source>
        <translation>标签…</translation>
    </message>
    <message>
        <source>Edit ticket…</source>
        <translation>编辑工单…</translation>
    </message>
    <message>
        <source>Change the ticket&apos;s category, due date and subject</source>
        <translation>修改工单的类别、截止时间和主题</translation>
    </message>
    <message>
        <source>Open in its own window</source>
        <translation>在独立窗口中打开</translation>
    </message>
    <message>
        <source>Snooze until</source>
        <translation>稍后处理至</translation>
    </message>
    <message>
        <source>In 1 hour</source>
        <translation>1 小时后</translation>
    </message>
    <message>
        <source>In 4 hours</source>
        <translation>4 小时后</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>明天</translation>
    </message>
    <message>
        <source>Pick a time…</source>
        <translation>选择时间…</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Tags, separated by commas:</source>
        <translation>标签（用逗号分隔）：</translation>
    </message>
    <message>
        <source>No other agents</source>
        <translation>没有其他客服</translation>
    </message>
    <message>
        <source>Unassign</source>
        <translation>取消分配</translation>
    </message>
    <message>
        <source>Assigned to %1</source>
        <translation>已分配给 %1</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>未分配</translation>
    </message>
    <message>
        <source>Escalated from %1</source>
        <translation>由 %1 升级</translation>
    </message>
    <message>
        <source>Snoozed until %1</source>
        <translation>稍后处理至 %1</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>截止 %1</translation>
    </message>
</context>
<context>
    <name>ConversationPane</name>
    <message>
        <source>Conversation</source>
        <translation>会话</translation>
    </message>
    <message>
        <source>Select a conversation from the inbox.</source>
        <translation>请从收件箱中选择一个会话。</translation>
    </message>
    <message>
        <source>%1 is typing a reply</source>
        <translation>%1 正在输入回复</translation>
    </message>
    <message>
        <source>%1 are typing replies</source>
        <translation>%1 正在输入回复</translation>
    </message>
    <message>
        <source>%1 is viewing</source>
        <translation>%1 正在查看</translation>
    </message>
    <message>
        <source>%1 are viewing</source>
        <translation>%1 正在查看</translation>
    </message>
    <message>
        <source>check before you answer</source>
        <translation>回复前请先确认</translation>
    </message>
</context>
<context>
    <name>CoverReportDialog</name>
    <message>
        <source>While you were away</source>
        <translation>您离开期间</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>会话</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Routed to</source>
        <translation>转给</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Unassigned (VIP queue)</source>
        <translation>未分配（VIP 队列）</translation>
    </message>
    <message>
        <source>New conversations of your clients while you were away:</source>
        <translation>您离开期间您客户的新会话：</translation>
    </message>
</context>
<context>
    <name>CsatController</name>
    <message>
        <source>Low satisfaction score: %1/5</source>
        <translation>满意度低分：%1/5</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>无人</translation>
    </message>
    <message>
        <source>%1 · handled by %2</source>
        <translation>%1 · 处理人 %2</translation>
    </message>
</context>
<context>
    <name>CustomerActivity</name>
    <message>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Deposits</source>
        <translation>充值</translation>
    </message>
    <message>
        <source>Withdrawals</source>
        <translation>提币</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史会话</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>账户动态</translation>
    </message>
    <message>
        <source>%1 of %2 filled (%3) at %4 · %5</source>
        <translation>已成交 %1 / %2（%3），价格 %4 · %5</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Orders %1</source>
        <translation>订单 %1</translation>
    </message>
    <message>
        <source>%1/%2 confirmations</source>
        <translation>%1/%2 个确认</translation>
    </message>
    <message>
        <source>Network %1</source>
        <translation>网络 %1</translation>
    </message>
    <message>
        <source>To</source>
        <translation>提往</translation>
    </message>
    <message>
        <source>From</source>
        <translation>来自</translation>
    </message>
    <message>
        <source>Tx</source>
        <translation>交易哈希</translation>
    </message>
    <message>
        <source>Deposits %1</source>
        <translation>充值 %1</translation>
    </message>
    <message>
        <source>Withdrawals %1</source>
        <translation>提币 %1</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Open conversation #%1</source>
        <translation>打开会话 #%1</translation>
    </message>
    <message>
        <source>History %1</source>
        <translation>历史会话 %1</translation>
    </message>
    <message>
        <source>Buy</source>
        <translation>买入</translation>
    </message>
    <message>
        <source>No recent orders.</source>
        <translation>近期没有订单。</translation>
    </message>
    <message>
        <source>No recent deposits.</source>
        <translation>近期没有充值。</translation>
    </message>
    <message>
        <source>No recent withdrawals.</source>
        <translation>近期没有提币。</translation>
    </message>
    <message>
        <source>No earlier conversations.</source>
        <translation>没有更早的会话。</translation>
    </message>
    <message>
        <source>Sell</source>
        <translation>卖出</translation>
    </message>
</context>
<context>
    <name>CustomerNotes</name>
    <message>
        <source>No notes yet.</source>
        <translation>暂无备注。</translation>
    </message>
    <message>
        <source>Add a note for colleagues (never sent to the client)</source>
        <translation>为同事添加备注（绝不会发送给客户）</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>新备注</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>添加备注</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>CustomerPane</name>
    <message>
        <source>Open a conversation to see the customer.</source>
        <translation>打开一个会话以查看客户信息。</translation>
    </message>
    <message>
        <source>Loading customer…</source>
        <translation>正在加载客户信息…</translation>
    </message>
    <message>
        <source>Copy UID</source>
        <translation>复制 UID</translation>
    </message>
    <message>
        <source>Reveal…</source>
        <translation>查看完整信息…</translation>
    </message>
    <message>
        <source>Show the full email and phone (asks for a reason; audited)</source>
        <translation>显示完整邮箱和电话（需填写原因，并记入审计日志）</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>隐藏</translation>
    </message>
    <message>
        <source>Mask the email and phone again (before sharing your screen)</source>
        <translation>重新隐藏邮箱和电话（共享屏幕前使用）</translation>
    </message>
    <message>
        <source>Start conversation…</source>
        <translation>发起会话…</translation>
    </message>
    <message>
        <source>UID</source>
        <translation>UID</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>注册时间</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>KYC</source>
        <translation>身份认证</translation>
    </message>
    <message>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>客户经理</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>费率</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>安全</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>账户动态</translation>
    </message>
    <message>
        <source>Telegram: not linked</source>
        <translation>Telegram：未关联账户</translation>
    </message>
    <message>
        <source>Unverified contact</source>
        <translation>未验证的联系人</translation>
    </message>
    <message>
        <source>Level %1</source>
        <translation>Lv.%1</translation>
    </message>
    <message>
        <source>Regular</source>
        <translation>普通用户</translation>
    </message>
    <message>
        <source>30-day volume $%1</source>
        <translation>30 日交易量 $%1</translation>
    </message>
    <message>
        <source>As of %1 · source unavailable</source>
        <translation>数据截至 %1 · 数据源不可用</translation>
    </message>
    <message>
        <source>Source unavailable: showing the desk&apos;s own record, without orders or transfers</source>
        <translation>数据源不可用：显示工作台自有记录，不含订单和充提记录</translation>
    </message>
    <message>
        <source>2FA on</source>
        <translation>已开启 2FA</translation>
    </message>
    <message>
        <source>2FA off</source>
        <translation>未开启 2FA</translation>
    </message>
    <message>
        <source>Anti-phishing code</source>
        <translation>已设防钓鱼码</translation>
    </message>
    <message>
        <source>No anti-phishing code</source>
        <translation>未设防钓鱼码</translation>
    </message>
    <message>
        <source>Withdrawals locked</source>
        <translation>提币已锁定</translation>
    </message>
    <message>
        <source>Account frozen</source>
        <translation>账户已冻结</translation>
    </message>
    <message>
        <source>Revealed · hides in %1</source>
        <translation>已显示 · %1 后自动隐藏</translation>
    </message>
</context>
<context>
    <name>FloorDialog</name>
    <message>
        <source>Live floor</source>
        <translation>实时看板</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>处理中</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>未分配</translation>
    </message>
    <message>
        <source>Oldest wait</source>
        <translation>最长等待</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>即将超时</translation>
    </message>
    <message>
        <source>Breached</source>
        <translation>已超时</translation>
    </message>
    <message>
        <source>Breached today</source>
        <translation>今日超时</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>客服</translation>
    </message>
    <message>
        <source>Presence</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>会话</translation>
    </message>
    <message>
        <source>Since last reply</source>
        <translation>距上次回复</translation>
    </message>
    <message>
        <source>Click a queue or an agent to list its conversations.</source>
        <translation>点击队列或客服以列出其会话。</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>处理人</translation>
    </message>
    <message>
        <source>Open conversation</source>
        <translation>打开会话</translation>
    </message>
    <message>
        <source>Reassign</source>
        <translation>重新分配</translation>
    </message>
    <message>
        <source>Reassign to</source>
        <translation>重新分配给</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>更新于 %1</translation>
    </message>
    <message>
        <source>No team</source>
        <translation>无团队</translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation>%1（%3 个中的 %2 个）</translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <source>Escalate conversation</source>
        <translation>升级会话</translation>
    </message>
    <message>
        <source>Transfer to a team</source>
        <translation>转给团队</translation>
    </message>
    <message>
        <source>Why it needs them: what happened, what was checked</source>
        <translation>为何需要他们处理：发生了什么，已核查了什么</translation>
    </message>
    <message>
        <source>What the next agent needs to know</source>
        <translation>接手的客服需要知道的情况</translation>
    </message>
    <message>
        <source>Escalate</source>
        <translation>升级</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>转接</translation>
    </message>
    <message>
        <source>&amp;Team</source>
        <translation>团队(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>原因(&amp;R)</translation>
    </message>
    <message>
        <source>Handover &amp;note</source>
        <translation>交接备注(&amp;N)</translation>
    </message>
    <message>
        <source>There is no team to choose.</source>
        <translation>没有可选的团队。</translation>
    </message>
    <message>
        <source>Write a reason.</source>
        <translation>请填写原因。</translation>
    </message>
    <message>
        <source>Write a handover note.</source>
        <translation>请填写交接备注。</translation>
    </message>
    <message>
        <source>The reason is too short.</source>
        <translation>原因太短。</translation>
    </message>
    <message>
        <source>This is too long.</source>
        <translation>内容太长。</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>命令</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <source>In the composer: Enter sends, Shift+Enter starts a new line, / opens canned replies.</source>
        <translation>在回复框中：回车发送，Shift+回车换行，/ 打开快捷回复。</translation>
    </message>
    <message>
        <source>AgentDesk %1</source>
        <translation>AgentDesk %1</translation>
    </message>
</context>
<context>
    <name>IdentityController</name>
    <message>
        <source>%1 filed as ticket #%2.</source>
        <translation>%1 已提交为工单 #%2。</translation>
    </message>
</context>
<context>
    <name>IdentityPanel</name>
    <message>
        <source>Sender not proven</source>
        <translation>发件人未经验证</translation>
    </message>
    <message>
        <source>This email did not pass SPF, DKIM or DMARC: it may be forged. Do not act on it; verify the customer through the registered email or phone.</source>
        <translation>此邮件未通过 SPF、DKIM 或 DMARC 验证，可能是伪造的。请勿据此操作；请通过注册邮箱或手机验证客户身份。</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Copy the anti-phishing code, to quote it in your reply</source>
        <translation>复制防钓鱼码，以便在回复中引用</translation>
    </message>
    <message>
        <source>Verify identity</source>
        <translation>验证身份</translation>
    </message>
    <message>
        <source>Send a code to the registered email</source>
        <translation>向注册邮箱发送验证码</translation>
    </message>
    <message>
        <source>Send a code by SMS to the registered phone</source>
        <translation>向注册手机发送短信验证码</translation>
    </message>
    <message>
        <source>The customer enters the code in the chat&apos;s own box or confirms the emailed link; you never see it</source>
        <translation>客户在聊天窗口的专用输入框中输入验证码，或点击邮件中的链接确认；您不会看到验证码</translation>
    </message>
    <message>
        <source>Security request</source>
        <translation>安全申请</translation>
    </message>
    <message>
        <source>Reset 2FA…</source>
        <translation>重置双重验证…</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>验证</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>申请</translation>
    </message>
    <message>
        <source>Unlock withdrawals…</source>
        <translation>解除提币锁定…</translation>
    </message>
    <message>
        <source>Whitelist a withdrawal address…</source>
        <translation>添加提币地址白名单…</translation>
    </message>
    <message>
        <source>Needs a fresh verification or a supervisor&apos;s override</source>
        <translation>需要最近完成的身份验证或主管特批</translation>
    </message>
    <message>
        <source>Vouch…</source>
        <translation>担保…</translation>
    </message>
    <message>
        <source>Vouch for the customer…</source>
        <translation>为客户担保…</translation>
    </message>
    <message>
        <source>Supervisors: vouch instead of a code, for a while (audited)</source>
        <translation>主管：在一段时间内以担保代替验证码（记入审计）</translation>
    </message>
    <message>
        <source>Not verified</source>
        <translation>未验证</translation>
    </message>
    <message>
        <source>Verification expired</source>
        <translation>验证已过期</translation>
    </message>
    <message>
        <source>Verification failed</source>
        <translation>验证失败</translation>
    </message>
    <message>
        <source>Waiting for the customer&apos;s code</source>
        <translation>等待客户输入验证码</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>已验证</translation>
    </message>
    <message>
        <source>Vouched for</source>
        <translation>已由主管担保</translation>
    </message>
    <message>
        <source>via registered %1, %2, valid %3 min</source>
        <translation>通过注册%1，%2，%3 分钟内有效</translation>
    </message>
    <message>
        <source>by %1, %2, valid %3 min</source>
        <translation>担保人 %1，%2，%3 分钟内有效</translation>
    </message>
    <message>
        <source>code sent to the registered %1 %2; expires in %3 min, %4 tries left</source>
        <translation>验证码已发送至注册%1 %2；%3 分钟后过期，还可尝试 %4 次</translation>
    </message>
    <message>
        <source>Anti-phishing code: %1</source>
        <translation>防钓鱼码：%1</translation>
    </message>
    <message>
        <source>A note for the security team (optional):</source>
        <translation>给安全团队的备注（可选）：</translation>
    </message>
    <message>
        <source>Withdrawal address</source>
        <translation>提币地址</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>备注（可选）</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Vouch for the customer</source>
        <translation>为客户担保</translation>
    </message>
    <message>
        <source>How do you know it is them? (audited)</source>
        <translation>您如何确认是客户本人？（记入审计）</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Valid for</source>
        <translation>有效期</translation>
    </message>
</context>
<context>
    <name>ImageViewer</name>
    <message>
        <source>Image</source>
        <translation>图片</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>加载中…</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>适合窗口</translation>
    </message>
    <message>
        <source>Actual size</source>
        <translation>实际大小</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>保存…</translation>
    </message>
    <message>
        <source>This image could not be decoded.</source>
        <translation>无法解码此图片。</translation>
    </message>
    <message>
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 像素</translation>
    </message>
</context>
<context>
    <name>InboxDelegate</name>
    <message>
        <source>Unassigned</source>
        <translation>未分配</translation>
    </message>
    <message>
        <source>@ %1 new mentions</source>
        <translation>@ %1 条新提及</translation>
    </message>
    <message>
        <source>@ you were mentioned</source>
        <translation>@ 有人提到你</translation>
    </message>
</context>
<context>
    <name>InboxPane</name>
    <message>
        <source>Inbox</source>
        <translation>收件箱</translation>
    </message>
    <message>
        <source>Search name, UID, email or text (%1)</source>
        <translation>搜索姓名、UID、邮箱或内容（%1）</translation>
    </message>
    <message>
        <source>Search conversations</source>
        <translation>搜索会话</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>视图</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>全部渠道</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Not resolved</source>
        <translation>未解决</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>会话</translation>
    </message>
    <message>
        <source>No conversations here.</source>
        <translation>这里没有会话。</translation>
    </message>
    <message>
        <source>1 conversation</source>
        <translation>1 个会话</translation>
    </message>
    <message>
        <source>%1 conversations</source>
        <translation>%1 个会话</translation>
    </message>
</context>
<context>
    <name>IncidentBar</name>
    <message>
        <source>Security incident</source>
        <translation>安全事件</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>%1 #%2 · %3 · %4 linked, %5 open</source>
        <translation>%1 #%2 · %3 · 已关联 %4 个，未解决 %5 个</translation>
    </message>
    <message>
        <source>Update or resolve…</source>
        <translation>更新或解决…</translation>
    </message>
</context>
<context>
    <name>IncidentDialog</name>
    <message>
        <source>Declare an incident</source>
        <translation>宣布事件</translation>
    </message>
    <message>
        <source>Update incident</source>
        <translation>更新事件</translation>
    </message>
    <message>
        <source>Outage</source>
        <translation>服务故障</translation>
    </message>
    <message>
        <source>Security incident</source>
        <translation>安全事件</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Deposits</source>
        <translation>充值</translation>
    </message>
    <message>
        <source>Withdrawals</source>
        <translation>提币</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Trading</source>
        <translation>交易</translation>
    </message>
    <message>
        <source>Account security</source>
        <translation>账户安全</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>Comma-separated, e.g. TRC20, 提币失败</source>
        <translation>用逗号分隔，例如 TRC20, 提币失败</translation>
    </message>
    <message>
        <source>Comma-separated symbols, e.g. USDT, BTC</source>
        <translation>用逗号分隔的币种代码，例如 USDT, BTC</translation>
    </message>
    <message>
        <source>What customers are told now (English)</source>
        <translation>现在告知客户的内容（英文）</translation>
    </message>
    <message>
        <source>What customers are told now (Chinese)</source>
        <translation>现在告知客户的内容（中文）</translation>
    </message>
    <message>
        <source>Resolve the incident and all its open conversations</source>
        <translation>解决该事件及其所有未解决的会话</translation>
    </message>
    <message>
        <source>Declare</source>
        <translation>宣布</translation>
    </message>
    <message>
        <source>Send to all</source>
        <translation>发送给全部</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>标题(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>类型(&amp;K)</translation>
    </message>
    <message>
        <source>T&amp;opic</source>
        <translation>主题(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Keywords</source>
        <translation>关键词(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Assets</source>
        <translation>币种(&amp;A)</translation>
    </message>
    <message>
        <source>#%1 %2: %3 open conversations get this message in their customer&apos;s language.</source>
        <translation>#%1 %2：%3 个未解决的会话将以各自客户的语言收到此消息。</translation>
    </message>
    <message>
        <source>Message (&amp;English)</source>
        <translation>消息（英文）(&amp;E)</translation>
    </message>
    <message>
        <source>Message (&amp;Chinese)</source>
        <translation>消息（中文）(&amp;C)</translation>
    </message>
    <message>
        <source>Give the incident a title.</source>
        <translation>请为事件填写标题。</translation>
    </message>
    <message>
        <source>Choose a topic, keywords or assets: they decide which chats are linked.</source>
        <translation>请选择主题，或填写关键词或币种：它们决定哪些会话会被关联。</translation>
    </message>
    <message>
        <source>At most 20 keywords and 20 assets.</source>
        <translation>关键词和币种各最多 20 个。</translation>
    </message>
    <message>
        <source>A keyword needs at least 2 characters.</source>
        <translation>关键词至少需要 2 个字符。</translation>
    </message>
    <message>
        <source>An asset is a symbol of 2 to 12 letters or digits.</source>
        <translation>币种代码为 2 到 12 个字母或数字。</translation>
    </message>
    <message>
        <source>Write the English message.</source>
        <translation>请填写英文消息。</translation>
    </message>
    <message>
        <source>Write the Chinese message.</source>
        <translation>请填写中文消息。</translation>
    </message>
</context>
<context>
    <name>IncidentsController</name>
    <message>
        <source>Request account freeze…</source>
        <translation>申请冻结账户…</translation>
    </message>
    <message>
        <source>Request account freeze</source>
        <translation>申请冻结账户</translation>
    </message>
    <message>
        <source>The risk team decides on the freeze. Why is it needed?</source>
        <translation>是否冻结由风控团队决定。为什么需要冻结？</translation>
    </message>
    <message>
        <source>Send to the risk team</source>
        <translation>发送给风控团队</translation>
    </message>
    <message>
        <source>Freeze request sent to the risk team.</source>
        <translation>冻结申请已发送给风控团队。</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Chat</source>
        <translation>在线聊天</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>邮件</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>Callback</source>
        <translation>回电</translation>
    </message>
    <message>
        <source>Telegram</source>
        <translation>Telegram</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>处理中</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>等待回复</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>稍后处理</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>普通</translation>
    </message>
    <message>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>紧急</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>客服</translation>
    </message>
    <message>
        <source>VIP manager</source>
        <translation>VIP 客户经理</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>主管</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>在线</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>忙碌</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>离开</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>未开始</translation>
    </message>
    <message>
        <source>Under review</source>
        <translation>审核中</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已通过</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>未通过</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <source>ID document blurry</source>
        <translation>证件照片模糊</translation>
    </message>
    <message>
        <source>Edges of the ID document are cut off</source>
        <translation>证件边缘未完整拍摄</translation>
    </message>
    <message>
        <source>ID document expired</source>
        <translation>证件已过有效期</translation>
    </message>
    <message>
        <source>Name on document does not match account name</source>
        <translation>证件姓名与账户姓名不一致</translation>
    </message>
    <message>
        <source>Screenshot or photocopy submitted instead of original document</source>
        <translation>上传的是截图或复印件，而非证件原件照片</translation>
    </message>
    <message>
        <source>Selfie does not match document</source>
        <translation>自拍照与证件照片不符</translation>
    </message>
    <message>
        <source>Liveness check failed</source>
        <translation>活体检测未通过</translation>
    </message>
    <message>
        <source>Address proof older than 3 months</source>
        <translation>地址证明超过 3 个月</translation>
    </message>
    <message>
        <source>Address on proof does not match the address entered</source>
        <translation>地址证明与填写的地址不一致</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英语</translation>
    </message>
    <message>
        <source>Simplified Chinese</source>
        <translation>简体中文</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>我的</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>未分配</translation>
    </message>
    <message>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>My clients</source>
        <translation>我的客户</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>提到我的</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>客服组</translation>
    </message>
    <message>
        <source>English desk</source>
        <translation>英文组</translation>
    </message>
    <message>
        <source>Chinese desk</source>
        <translation>中文组</translation>
    </message>
    <message>
        <source>VIP desk</source>
        <translation>VIP 组</translation>
    </message>
    <message>
        <source>Risk &amp; compliance</source>
        <translation>风控与合规</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>安全</translation>
    </message>
    <message>
        <source>new</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>open</source>
        <translation>挂单中</translation>
    </message>
    <message>
        <source>partially filled</source>
        <translation>部分成交</translation>
    </message>
    <message>
        <source>filled</source>
        <translation>已成交</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <source>liquidated</source>
        <translation>已强平</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>待处理</translation>
    </message>
    <message>
        <source>confirming</source>
        <translation>确认中</translation>
    </message>
    <message>
        <source>under review</source>
        <translation>审核中</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>spot</source>
        <translation>现货</translation>
    </message>
    <message>
        <source>futures</source>
        <translation>合约</translation>
    </message>
    <message>
        <source>margin</source>
        <translation>杠杆</translation>
    </message>
    <message>
        <source>limit</source>
        <translation>限价</translation>
    </message>
    <message>
        <source>market</source>
        <translation>市价</translation>
    </message>
    <message>
        <source>stop</source>
        <translation>止损</translation>
    </message>
    <message>
        <source>Your session has ended. Please sign in again.</source>
        <translation>登录已失效，请重新登录。</translation>
    </message>
    <message>
        <source>Wrong username or password.</source>
        <translation>用户名或密码错误。</translation>
    </message>
    <message>
        <source>You are not allowed to do that.</source>
        <translation>您没有执行此操作的权限。</translation>
    </message>
    <message>
        <source>The server did not accept the request.</source>
        <translation>服务器未接受该请求。</translation>
    </message>
    <message>
        <source>It no longer exists.</source>
        <translation>该内容已不存在。</translation>
    </message>
    <message>
        <source>Someone else changed it first.</source>
        <translation>已被其他人先行修改。</translation>
    </message>
    <message>
        <source>Too many requests; slow down a little.</source>
        <translation>请求过于频繁，请稍后再试。</translation>
    </message>
    <message>
        <source>The safety guard blocked this message.</source>
        <translation>安全防护已拦截这条消息。</translation>
    </message>
    <message>
        <source>The safety guard held this message for your review: it was not sent.</source>
        <translation>安全防护暂扣了这条消息，请您复核：消息尚未发出。</translation>
    </message>
    <message>
        <source>This needs a fresh identity verification of the customer, or a supervisor&apos;s override.</source>
        <translation>此操作需要客户最近完成的身份验证，或主管特批。</translation>
    </message>
    <message>
        <source>The server had a problem.</source>
        <translation>服务器出现问题。</translation>
    </message>
    <message>
        <source>Not connected to the server.</source>
        <translation>未连接到服务器。</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>服务器响应超时。</translation>
    </message>
    <message>
        <source>Cannot reach the server.</source>
        <translation>无法连接到服务器。</translation>
    </message>
    <message>
        <source>Only wss:// is allowed to a server that is not on this computer.</source>
        <translation>连接非本机服务器时只允许使用 wss://。</translation>
    </message>
    <message>
        <source>The server&apos;s certificate could not be verified; check the address or the CA file.</source>
        <translation>无法验证服务器证书，请检查地址或 CA 文件。</translation>
    </message>
    <message>
        <source>The CA file in Settings cannot be read.</source>
        <translation>无法读取设置中的 CA 文件。</translation>
    </message>
    <message>
        <source>The connection to the server was lost.</source>
        <translation>与服务器的连接已断开。</translation>
    </message>
    <message>
        <source>You signed in somewhere else; this desk was signed out.</source>
        <translation>您已在其他地方登录，此工作台已退出登录。</translation>
    </message>
    <message>
        <source>The server sent something this version does not understand.</source>
        <translation>服务器发送了当前版本无法识别的内容。</translation>
    </message>
    <message>
        <source>Loading the inbox from the server failed.</source>
        <translation>从服务器加载收件箱失败。</translation>
    </message>
    <message>
        <source>No system keyring is available to remember you.</source>
        <translation>系统钥匙串不可用，无法记住登录状态。</translation>
    </message>
    <message>
        <source>The system keyring is locked; unlock it to be remembered.</source>
        <translation>系统钥匙串已锁定，解锁后才能记住登录状态。</translation>
    </message>
    <message>
        <source>The system keyring failed; you will not be remembered.</source>
        <translation>系统钥匙串出错，本次不会记住登录状态。</translation>
    </message>
    <message>
        <source>Install GNOME Keyring or KWallet (or KeePassXC) and unlock it when you log in.</source>
        <translation>请安装 GNOME Keyring 或 KWallet（或 KeePassXC），并在登录系统时解锁。</translation>
    </message>
    <message>
        <source>Unlock your login keychain in Keychain Access.</source>
        <translation>请在“钥匙串访问”中解锁登录钥匙串。</translation>
    </message>
    <message>
        <source>Check that Windows Credential Manager is available for your account.</source>
        <translation>请确认您的帐户可以使用 Windows 凭据管理器。</translation>
    </message>
    <message>
        <source>Set up a system keyring for your account.</source>
        <translation>请为您的帐户设置系统密钥环。</translation>
    </message>
    <message>
        <source>Support never asks for a password.</source>
        <translation>客服绝不会索要密码。</translation>
    </message>
    <message>
        <source>Support never asks for SMS, email or authenticator codes.</source>
        <translation>客服绝不会索要短信、邮箱或身份验证器验证码。</translation>
    </message>
    <message>
        <source>Support never asks customers to install remote-access or screen-sharing apps.</source>
        <translation>客服绝不会要求客户安装远程控制或屏幕共享软件。</translation>
    </message>
    <message>
        <source>Support never asks customers to transfer funds to an address.</source>
        <translation>客服绝不会要求客户向任何地址转账。</translation>
    </message>
    <message>
        <source>Only links to the official domains may be sent: %1</source>
        <translation>只能发送官方域名的链接：%1</translation>
    </message>
    <message>
        <source>This link imitates an official domain: %1</source>
        <translation>该链接仿冒官方域名：%1</translation>
    </message>
    <message>
        <source>This reply reads like the scam messages the guard learned from. Check it before sending.</source>
        <translation>这条回复读起来像防护模型学过的诈骗消息，发送前请检查。</translation>
    </message>
    <message>
        <source>VIP mailbox</source>
        <translation>VIP 邮箱</translation>
    </message>
    <message>
        <source>VIP mailbox: not a VIP client</source>
        <translation>VIP 邮箱：非 VIP 客户</translation>
    </message>
    <message>
        <source>VIP outreach</source>
        <translation>VIP 主动联系</translation>
    </message>
    <message>
        <source>Freeze requested</source>
        <translation>已申请冻结</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>已升级</translation>
    </message>
    <message>
        <source>Linked to incident #%1 (%2): the customer was sent its notice.</source>
        <translation>已关联到事件 #%1（%2）：已向客户发送事件公告。</translation>
    </message>
    <message>
        <source>Sent to the VIP mailbox %1 by a customer who is not a VIP client: the regular team answers.</source>
        <translation>非 VIP 客户发送至 VIP 邮箱 %1：由常规团队回复。</translation>
    </message>
    <message>
        <source>The customer sent a file on Telegram (%1, %2, %3); it was not imported.</source>
        <translation>客户在 Telegram 上发送了文件（%1，%2，%3）；该文件未导入。</translation>
    </message>
    <message>
        <source>This Telegram chat is now linked to account %1 (verified by a code sent to its %2).</source>
        <translation>此 Telegram 会话已关联到账户 %1（已通过发送至其%2的验证码验证）。</translation>
    </message>
    <message>
        <source>Telegram did not confirm reply #%1: it may or may not have reached the customer. Not resent.</source>
        <translation>Telegram 未确认回复 #%1：客户可能已收到，也可能未收到。系统未自动重发。</translation>
    </message>
    <message>
        <source>Reply #%1 sent again on Telegram by %2.</source>
        <translation>回复 #%1 已由 %2 在 Telegram 上重新发送。</translation>
    </message>
    <message>
        <source>The customer rated this conversation %1/5.</source>
        <translation>客户对此会话的评分：%1/5。</translation>
    </message>
    <message>
        <source>Closing mail with the rating link sent.</source>
        <translation>已发送附评价链接的结案邮件。</translation>
    </message>
    <message>
        <source>Incident #%1</source>
        <translation>事件 #%1</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>剩余 %1</translation>
    </message>
    <message>
        <source>paused, %1 left</source>
        <translation>已暂停，剩余 %1</translation>
    </message>
    <message>
        <source>waited %1</source>
        <translation>已等待 %1</translation>
    </message>
    <message>
        <source>needs connection</source>
        <translation>需要连接</translation>
    </message>
    <message>
        <source>Support never asks for a seed phrase.</source>
        <translation>客服绝不会索要助记词。</translation>
    </message>
    <message>
        <source>Support never asks for a private key.</source>
        <translation>客服绝不会索要私钥。</translation>
    </message>
    <message>
        <source>Support never moves customers off the platform: no messengers, no payments outside the order.</source>
        <translation>客服绝不会把客户引到平台之外：不加私人联系方式，不在订单外付款。</translation>
    </message>
    <message>
        <source>Account and login</source>
        <translation>账户与登录</translation>
    </message>
    <message>
        <source>Trading</source>
        <translation>交易</translation>
    </message>
    <message>
        <source>Deposits and withdrawals</source>
        <translation>充值与提现</translation>
    </message>
    <message>
        <source>Identity verification (KYC)</source>
        <translation>身份认证（KYC）</translation>
    </message>
    <message>
        <source>Security and 2FA</source>
        <translation>安全与 2FA</translation>
    </message>
    <message>
        <source>Promotions</source>
        <translation>活动与优惠</translation>
    </message>
    <message>
        <source>Platform rules</source>
        <translation>平台规则</translation>
    </message>
    <message>
        <source>Choose a category.</source>
        <translation>请选择类别。</translation>
    </message>
    <message>
        <source>The due date must be in the future.</source>
        <translation>截止时间必须晚于当前时间。</translation>
    </message>
    <message>
        <source>The due date must be within a year.</source>
        <translation>截止时间必须在一年以内。</translation>
    </message>
    <message>
        <source>The subject cannot be empty.</source>
        <translation>主题不能为空。</translation>
    </message>
    <message>
        <source>The subject can have at most 200 characters.</source>
        <translation>主题最多 200 个字符。</translation>
    </message>
    <message>
        <source>Large withdrawal pending: %1 %2</source>
        <translation>大额提现待处理：%1 %2</translation>
    </message>
    <message>
        <source>Withdrawals locked</source>
        <translation>提币已锁定</translation>
    </message>
    <message>
        <source>KYC changed</source>
        <translation>KYC 已变更</translation>
    </message>
    <message>
        <source>Security setting changed</source>
        <translation>安全设置已变更</translation>
    </message>
    <message>
        <source>VIP tier changed</source>
        <translation>VIP 等级已变更</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>已接通</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>无人接听</translation>
    </message>
    <message>
        <source>Voicemail</source>
        <translation>转入语音信箱</translation>
    </message>
    <message>
        <source>Wrong number</source>
        <translation>号码错误</translation>
    </message>
    <message>
        <source>Rescheduled</source>
        <translation>已改期</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Ticket opened from conversation #%1.</source>
        <translation>已从会话 #%1 创建工单。</translation>
    </message>
    <message>
        <source>Ticket #%1 opened by %3. Category: %2.</source>
        <translation>%3 创建了工单 #%1。类别：%2。</translation>
    </message>
    <message>
        <source>Callback requested from conversation #%1 for %2 – %3.</source>
        <translation>已从会话 #%1 申请回电，时间段：%2 – %3。</translation>
    </message>
    <message>
        <source>Callback #%1 requested by %2 for %3 – %4.</source>
        <translation>%2 申请了回电 #%1，时间段：%3 – %4。</translation>
    </message>
    <message>
        <source>Callback requested by %1 for %2 – %3.</source>
        <translation>%1 申请了回电，时间段：%2 – %3。</translation>
    </message>
    <message>
        <source>Callback requested from the app; phone on file %1.</source>
        <translation>客户在 App 中申请回电；预留电话：%1。</translation>
    </message>
    <message>
        <source>Callback outcome: %1 (logged by %2).</source>
        <translation>回电结果：%1（由 %2 记录）。</translation>
    </message>
    <message>
        <source>Callback rescheduled by %1. New window %2 – %3.</source>
        <translation>%1 已将回电改期。新时间段：%2 – %3。</translation>
    </message>
    <message>
        <source>Assigned to agent %1.</source>
        <translation>已分配给客服 %1。</translation>
    </message>
    <message>
        <source>Assigned to VIP manager %1.</source>
        <translation>已分配给 VIP 客户经理 %1。</translation>
    </message>
    <message>
        <source>Marked as resolved by %1.</source>
        <translation>%1 已将会话标记为已解决。</translation>
    </message>
    <message>
        <source>The customer&apos;s message has a link that imitates %2: %1. Do not open it.</source>
        <translation>客户消息中的链接仿冒 %2：%1。请勿打开。</translation>
    </message>
    <message>
        <source>Transferred to %1 by %2.</source>
        <translation>由 %2 转给 %1。</translation>
    </message>
    <message>
        <source>Escalated to %1 by %2.</source>
        <translation>由 %2 升级至 %1。</translation>
    </message>
    <message>
        <source>Identity verification code sent to the registered %1 %2; it expires %3.</source>
        <translation>身份验证码已发送至注册%1 %2，过期时间 %3。</translation>
    </message>
    <message>
        <source>Identity verified via the registered %1 (%2) at %3, valid until %4.</source>
        <translation>已于 %3 通过注册%1（%2）验证身份，有效期至 %4。</translation>
    </message>
    <message>
        <source>Identity verification via the registered %1 failed: %2.</source>
        <translation>通过注册%1进行的身份验证失败：%2。</translation>
    </message>
    <message>
        <source>email</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>code in the chat</source>
        <translation>聊天中输入验证码</translation>
    </message>
    <message>
        <source>emailed link</source>
        <translation>邮件链接</translation>
    </message>
    <message>
        <source>too many wrong codes</source>
        <translation>验证码错误次数过多</translation>
    </message>
    <message>
        <source>the code expired</source>
        <translation>验证码已过期</translation>
    </message>
    <message>
        <source>the code could not be delivered</source>
        <translation>验证码无法送达</translation>
    </message>
    <message>
        <source>2FA reset request</source>
        <translation>双重验证重置申请</translation>
    </message>
    <message>
        <source>Withdrawal unlock request</source>
        <translation>解除提币锁定申请</translation>
    </message>
    <message>
        <source>Withdrawal address whitelist request</source>
        <translation>提币地址白名单申请</translation>
    </message>
    <message>
        <source>seed phrase</source>
        <translation>助记词</translation>
    </message>
    <message>
        <source>private key</source>
        <translation>私钥</translation>
    </message>
    <message>
        <source>password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>verification code</source>
        <translation>验证码</translation>
    </message>
    <message>
        <source>Funds at risk now: this customer exposed their %1 in this chat %2.</source>
        <translation>资金面临风险：该客户%2在本会话中泄露了%1。</translation>
    </message>
    <message>
        <source>Account at risk: this customer exposed their %1 in this chat %2.</source>
        <translation>账户面临风险：该客户%2在本会话中泄露了%1。</translation>
    </message>
    <message>
        <source>Sign-in or withdrawal at risk: this customer exposed a %1 in this chat %2.</source>
        <translation>登录或提币面临风险：该客户%2在本会话中泄露了%1。</translation>
    </message>
    <message>
        <source>Tell them to create a new wallet now and move all funds from the old one: an exposed seed phrase or key can never be made safe again.</source>
        <translation>请客户立即创建新钱包，并把旧钱包中的全部资产转入新钱包：已泄露的助记词或私钥无法再变得安全。</translation>
    </message>
    <message>
        <source>Remind them that support never asks for it, and anyone who does is a scammer.</source>
        <translation>提醒客户：官方客服绝不会索要这些信息，任何索要者都是骗子。</translation>
    </message>
    <message>
        <source>Ask them to check for unknown devices and API keys, and to enable the withdrawal lock.</source>
        <translation>请客户检查是否有陌生设备和 API 密钥，并开启提币锁定。</translation>
    </message>
    <message>
        <source>Tell them to change their password right away.</source>
        <translation>请客户立即修改密码。</translation>
    </message>
    <message>
        <source>Make sure two-factor authentication is on.</source>
        <translation>确认客户已开启双重验证（2FA）。</translation>
    </message>
    <message>
        <source>Ask them to review recent sign-ins and withdrawals and report anything they did not do.</source>
        <translation>请客户检查近期的登录和提币记录，如有非本人操作请立即告知。</translation>
    </message>
    <message>
        <source>System</source>
        <translation>系统</translation>
    </message>
    <message>
        <source>Guard removed: %1</source>
        <translation>安全防护已删除：%1</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>刚刚</translation>
    </message>
    <message>
        <source>%1 min ago</source>
        <translation>%1 分钟前</translation>
    </message>
    <message>
        <source>%1 h ago</source>
        <translation>%1 小时前</translation>
    </message>
    <message>
        <source>VIP%1</source>
        <translation>VIP%1</translation>
    </message>
    <message>
        <source>Something went wrong (%1).</source>
        <translation>出现错误（%1）。</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>地址：%1</translation>
    </message>
    <message>
        <source>You sign in at every start, and replies not yet delivered are lost if you quit.</source>
        <translation>每次启动都需要重新登录；尚未送达的回复会在退出时丢失。</translation>
    </message>
    <message>
        <source>%1 unsent replies and %2 drafts here are sealed with a key in the keyring. Unlock it and sign in again.</source>
        <translation>本机有 %1 条未发送的回复和 %2 份草稿，由密钥环中的密钥加密保存。请解锁密钥环后重新登录。</translation>
    </message>
    <message>
        <source>%1d %2h</source>
        <translation>%1天%2时</translation>
    </message>
    <message>
        <source>%1h %2m</source>
        <translation>%1时%2分</translation>
    </message>
    <message>
        <source>%1m</source>
        <translation>%1分</translation>
    </message>
    <message>
        <source>%1s</source>
        <translation>%1秒</translation>
    </message>
    <message>
        <source>overdue %1</source>
        <translation>已超时 %1</translation>
    </message>
    <message>
        <source>due in %1</source>
        <translation>剩余 %1</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Sign in to AgentDesk</source>
        <translation>登录 AgentDesk</translation>
    </message>
    <message>
        <source>Sign in with your support desk account.</source>
        <translation>请使用客服工作台账号登录。</translation>
    </message>
    <message>
        <source>Remember me on this computer</source>
        <translation>在此电脑上记住我</translation>
    </message>
    <message>
        <source>The password is kept in the system keyring, never in a file.</source>
        <translation>登录凭证保存在系统钥匙串中，绝不写入文件。</translation>
    </message>
    <message>
        <source>Cannot remember you here: %1</source>
        <translation>此电脑无法记住您的登录：%1</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Enter the server, your username and your password.</source>
        <translation>请输入服务器地址、用户名和密码。</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>正在登录…</translation>
    </message>
    <message>
        <source>Discard the %1 unsent items and continue</source>
        <translation>丢弃 %1 项未发送内容并继续</translation>
    </message>
    <message>
        <source>The unsent items were discarded. Sign in to continue.</source>
        <translation>未发送的内容已丢弃。请登录以继续。</translation>
    </message>
</context>
<context>
    <name>MacroDialog</name>
    <message>
        <source>Reply with “%1”</source>
        <translation>以“%1”回复</translation>
    </message>
    <message>
        <source>Set status: %1</source>
        <translation>设置状态：%1</translation>
    </message>
    <message>
        <source>Set priority: %1</source>
        <translation>设置优先级：%1</translation>
    </message>
    <message>
        <source>Tags: +%1 −%2</source>
        <translation>标签：+%1 −%2</translation>
    </message>
    <message>
        <source>Assign to %1</source>
        <translation>分配给 %1</translation>
    </message>
    <message>
        <source>Transfer to %1</source>
        <translation>转给 %1</translation>
    </message>
    <message>
        <source>Run a macro</source>
        <translation>运行宏</translation>
    </message>
    <message>
        <source>%1 conversations selected</source>
        <translation>已选 %1 个会话</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>No macros yet: a supervisor makes them.</source>
        <translation>暂无宏：由主管创建。</translation>
    </message>
    <message>
        <source>%1 of %2 done · %3 failed · %4 replies held · %5 sent</source>
        <translation>已完成 %1/%2 · 失败 %3 · 暂存回复 %4 · 已发送 %5</translation>
    </message>
    <message>
        <source>Replies go out at %1; undo until then.</source>
        <translation>回复将于 %1 发出，在此之前可撤销。</translation>
    </message>
    <message>
        <source>Undone: nothing was sent.</source>
        <translation>已撤销：未发送任何内容。</translation>
    </message>
    <message>
        <source>Done: the replies were sent.</source>
        <translation>完成：回复已发送。</translation>
    </message>
    <message>
        <source>#%1: %2</source>
        <translation>#%1：%2</translation>
    </message>
</context>
<context>
    <name>MacroEditor</name>
    <message>
        <source>Macros</source>
        <translation>宏</translation>
    </message>
    <message>
        <source>(leave as it is)</source>
        <translation>（保持不变）</translation>
    </message>
    <message>
        <source>(no reply)</source>
        <translation>（不回复）</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>（无人）</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>回复</translation>
    </message>
    <message>
        <source>Add tags</source>
        <translation>添加标签</translation>
    </message>
    <message>
        <source>Remove tags</source>
        <translation>移除标签</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Assign to</source>
        <translation>分配给</translation>
    </message>
    <message>
        <source>Transfer to team</source>
        <translation>转给团队</translation>
    </message>
    <message>
        <source>Handover note</source>
        <translation>交接说明</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Give the macro a name.</source>
        <translation>请为宏命名。</translation>
    </message>
    <message>
        <source>A transfer needs a handover note.</source>
        <translation>转交需要填写交接说明。</translation>
    </message>
    <message>
        <source>Assign or transfer, not both.</source>
        <translation>分配或转交只能二选一。</translation>
    </message>
    <message>
        <source>At most 20 tags.</source>
        <translation>最多 20 个标签。</translation>
    </message>
    <message>
        <source>Choose at least one step.</source>
        <translation>请至少选择一个步骤。</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Sign out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <source>VIP %1</source>
        <translation>VIP %1</translation>
    </message>
    <message>
        <source>%1 unread</source>
        <translation>%1 条未读</translation>
    </message>
    <message>
        <source>Something went wrong: %1</source>
        <translation>出现错误：%1</translation>
    </message>
    <message>
        <source>Not remembered</source>
        <translation>未保存登录</translation>
    </message>
</context>
<context>
    <name>MentionsController</name>
    <message>
        <source>%1 escalated a conversation</source>
        <translation>%1 升级了一个会话</translation>
    </message>
    <message>
        <source>%1 mentioned you</source>
        <translation>%1 提到了你</translation>
    </message>
</context>
<context>
    <name>OutreachDialog</name>
    <message>
        <source>Start conversation with %1</source>
        <translation>与 %1 发起会话</translation>
    </message>
    <message>
        <source>Subject</source>
        <extracomment>the official domains the server named (links are checked against them, as it will) the block explorers the server named (None: the guard&apos;s defaults), the same way</extracomment>
        <translation>主题</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息内容</translation>
    </message>
    <message>
        <source>Canned reply…</source>
        <translation>快捷回复…</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>The safety guard will not send this message:</source>
        <translation>安全防护不会发送这条消息：</translation>
    </message>
</context>
<context>
    <name>PopOutWindow</name>
    <message>
        <source>%1 — AgentDesk</source>
        <translation>%1 — AgentDesk</translation>
    </message>
</context>
<context>
    <name>QuitConfirmDialog</name>
    <message>
        <source>Quit AgentDesk?</source>
        <translation>退出 AgentDesk？</translation>
    </message>
    <message>
        <source>%1 replies have not reached the server yet.</source>
        <translation>有 %1 条回复尚未送达服务器。</translation>
    </message>
    <message>
        <source>Without a working system keyring they cannot be kept after you quit. Stay until they are delivered, or quit and lose them.</source>
        <translation>没有可用的系统密钥环，退出后无法保留这些回复。请留下等待送达，或退出并放弃它们。</translation>
    </message>
    <message>
        <source>Quit and lose them</source>
        <translation>退出并放弃</translation>
    </message>
    <message>
        <source>Stay</source>
        <translation>留下</translation>
    </message>
</context>
<context>
    <name>ReminderBanner</name>
    <message>
        <source>Open</source>
        <translation>处理中</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>ReminderController</name>
    <message>
        <source>Callback due: %1</source>
        <translation>该回电了：%1</translation>
    </message>
    <message>
        <source>Callback missed: %1</source>
        <translation>错过回电：%1</translation>
    </message>
</context>
<context>
    <name>ReportsDialog</name>
    <message>
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <source>Run report</source>
        <translation>生成报表</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>会话</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>To</source>
        <translation>至</translation>
    </message>
    <message>
        <source>By</source>
        <translation>按</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>客服</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>VIP tier</source>
        <translation>VIP 等级</translation>
    </message>
    <message>
        <source>FAQ topic</source>
        <translation>常见问题主题</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>分组</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <source>First response (median)</source>
        <translation>首次响应（中位数）</translation>
    </message>
    <message>
        <source>First response (p90)</source>
        <translation>首次响应（P90）</translation>
    </message>
    <message>
        <source>Resolution (median)</source>
        <translation>解决时长（中位数）</translation>
    </message>
    <message>
        <source>Resolution (p90)</source>
        <translation>解决时长（P90）</translation>
    </message>
    <message>
        <source>First response SLA met</source>
        <translation>首次响应 SLA 达成率</translation>
    </message>
    <message>
        <source>Resolution SLA met</source>
        <translation>解决 SLA 达成率</translation>
    </message>
    <message>
        <source>Reopen rate</source>
        <translation>重开率</translation>
    </message>
    <message>
        <source>CSAT (average)</source>
        <translation>满意度（平均）</translation>
    </message>
    <message>
        <source>CSAT satisfied</source>
        <translation>满意率</translation>
    </message>
    <message>
        <source>CSAT answers</source>
        <translation>满意度答复数</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>正在生成…</translation>
    </message>
    <message>
        <source>%1 conversations · generated %2</source>
        <translation>%1 个会话 · 生成于 %2</translation>
    </message>
</context>
<context>
    <name>RevealDialog</name>
    <message>
        <source>Reveal personal data</source>
        <translation>查看个人信息</translation>
    </message>
    <message>
        <source>Why do you need the full email and phone number of customer %1?</source>
        <translation>为什么需要查看客户 %1 的完整邮箱和电话？</translation>
    </message>
    <message>
        <source>Your name, the customer and this reason are written to the audit log.</source>
        <translation>您的姓名、客户和此原因都会记入审计日志。</translation>
    </message>
    <message>
        <source>Choose a reason…</source>
        <translation>选择原因…</translation>
    </message>
    <message>
        <source>Identity check requested by the customer</source>
        <translation>客户要求进行身份核验</translation>
    </message>
    <message>
        <source>Account recovery</source>
        <translation>账户找回</translation>
    </message>
    <message>
        <source>Callback to the customer</source>
        <translation>回电给客户</translation>
    </message>
    <message>
        <source>Compliance or law-enforcement request</source>
        <translation>合规或执法部门要求</translation>
    </message>
    <message>
        <source>Reason (at least 3 characters)</source>
        <translation>原因（至少 3 个字符）</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Common reasons</source>
        <translation>常见原因</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>查看</translation>
    </message>
</context>
<context>
    <name>RoutingController</name>
    <message>
        <source>To a team…</source>
        <translation>转给团队…</translation>
    </message>
    <message>
        <source>Escalate…</source>
        <translation>升级处理…</translation>
    </message>
</context>
<context>
    <name>SearchHit</name>
    <message>
        <source>UID</source>
        <translation>UID</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>Real name</source>
        <translation>真实姓名</translation>
    </message>
    <message>
        <source>Order id</source>
        <translation>订单号</translation>
    </message>
    <message>
        <source>Tx hash</source>
        <translation>交易哈希</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Matched their real name (the search is audited)</source>
        <translation>匹配到其真实姓名（此次搜索已记入审计）</translation>
    </message>
    <message>
        <source>Matched their email address (the search is audited)</source>
        <translation>匹配到其邮箱地址（此次搜索已记入审计）</translation>
    </message>
    <message>
        <source>Matched their %1</source>
        <translation>匹配到其%1</translation>
    </message>
    <message>
        <source>in your list</source>
        <translation>已在列表中</translation>
    </message>
</context>
<context>
    <name>ServerSearchPane</name>
    <message>
        <source>From the server</source>
        <translation>来自服务器</translation>
    </message>
    <message>
        <source>All the history you may see, also conversations this desk never opened</source>
        <translation>你有权查看的全部历史记录，包括本工作台从未打开过的会话</translation>
    </message>
    <message>
        <source>Search results from the server</source>
        <translation>来自服务器的搜索结果</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>正在搜索…</translation>
    </message>
    <message>
        <source>Nothing found</source>
        <translation>未找到结果</translation>
    </message>
    <message>
        <source>%1+ results</source>
        <translation>%1+ 条结果</translation>
    </message>
    <message>
        <source>1 result</source>
        <translation>1 条结果</translation>
    </message>
    <message>
        <source>%1 results</source>
        <translation>%1 条结果</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>从不</translation>
    </message>
    <message>
        <source>Show desktop notifications</source>
        <translation>显示桌面通知</translation>
    </message>
    <message>
        <source>Play a sound for new messages</source>
        <translation>新消息时播放提示音</translation>
    </message>
    <message>
        <source>Distinct alert for VIP messages, also while away</source>
        <translation>VIP 消息使用专属提醒（离开时也提醒）</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Set me away after</source>
        <translation>无操作多久后设为离开</translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <source>This build has no demo server: run agentdesk-server --demo and agentdesk --demo-server URL.</source>
        <translation>此版本不含演示服务器：请先运行 agentdesk-server --demo，再运行 agentdesk --demo-server URL。</translation>
    </message>
    <message>
        <source>Play the customer {name} (UID {uid}) in a browser: {url}</source>
        <translation>在浏览器中扮演客户 {name}（UID {uid}）：{url}</translation>
    </message>
    <message>
        <source>AgentDesk is already running; it was asked to show its window.</source>
        <translation>AgentDesk 已在运行，已请求其显示窗口。</translation>
    </message>
</context>
<context>
    <name>SignOutDialog</name>
    <message>
        <source>Sign out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <source>Also remove this desk&apos;s data from this computer</source>
        <translation>同时从这台电脑删除本工作台的数据</translation>
    </message>
    <message>
        <source>Conversations, drafts and the cache key; the server keeps everything.</source>
        <translation>包括会话、草稿和缓存密钥；服务器上的数据不受影响。</translation>
    </message>
    <message>
        <source>%1 replies have not been sent yet; removing the data discards them.</source>
        <translation>还有 %1 条回复尚未发出；删除数据会将其丢弃。</translation>
    </message>
    <message>
        <source>Sign out of AgentDesk?</source>
        <translation>退出 AgentDesk 登录？</translation>
    </message>
</context>
<context>
    <name>SsoButton</name>
    <message>
        <source>Waiting for the browser…</source>
        <translation>正在等待浏览器…</translation>
    </message>
    <message>
        <source>Sign in with %1</source>
        <translation>使用 %1 登录</translation>
    </message>
</context>
<context>
    <name>SsoController</name>
    <message>
        <source>Signed in. You can close this window and return to AgentDesk.</source>
        <translation>已登录。可以关闭此窗口并返回 AgentDesk。</translation>
    </message>
    <message>
        <source>The identity provider did not sign you in.</source>
        <translation>身份提供方未完成登录。</translation>
    </message>
    <message>
        <source>The sign-in in the browser was not finished in time.</source>
        <translation>未在规定时间内完成浏览器中的登录。</translation>
    </message>
    <message>
        <source>The browser returned from another sign-in. Try again.</source>
        <translation>浏览器返回的是另一次登录，请重试。</translation>
    </message>
    <message>
        <source>The identity provider&apos;s answer could not be used. Try again.</source>
        <translation>无法使用身份提供方的响应，请重试。</translation>
    </message>
    <message>
        <source>This server does not offer sign-in with an identity provider.</source>
        <translation>此服务器未提供身份提供方登录。</translation>
    </message>
    <message>
        <source>The identity provider cannot be reached.</source>
        <translation>无法连接身份提供方。</translation>
    </message>
</context>
<context>
    <name>SupervisorController</name>
    <message>
        <source>Export report</source>
        <translation>导出报表</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>Could not save the file: %1</source>
        <translation>无法保存文件：%1</translation>
    </message>
</context>
<context>
    <name>TabCounts</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>TeamLoadDialog</name>
    <message>
        <source>Agents and load</source>
        <translation>客服与工作量</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>客服</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>Presence</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>At capacity: routing gives them nothing new on this channel</source>
        <translation>已满额：该渠道不再为其分配新会话</translation>
    </message>
</context>
<context>
    <name>ThreadDelegate</name>
    <message>
        <source>Sending…</source>
        <translation>发送中…</translation>
    </message>
    <message>
        <source>Queued — sends when back online</source>
        <translation>已排队 — 恢复在线后发送</translation>
    </message>
    <message>
        <source>Failed: %1 — click to retry</source>
        <translation>发送失败：%1 — 点击重试</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>内部备注</translation>
    </message>
</context>
<context>
    <name>ThreadHistoryBar</name>
    <message>
        <source>Load earlier messages</source>
        <translation>加载更早的消息</translation>
    </message>
    <message>
        <source>Beginning of the conversation</source>
        <translation>已到会话开头</translation>
    </message>
    <message>
        <source>Older messages need a connection</source>
        <translation>更早的消息需要联网后才能加载</translation>
    </message>
    <message>
        <source>Loading earlier messages…</source>
        <translation>正在加载更早的消息…</translation>
    </message>
</context>
<context>
    <name>ThreadView</name>
    <message>
        <source>Messages</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Copy text</source>
        <translation>复制文本</translation>
    </message>
    <message>
        <source>Open attachment</source>
        <translation>打开附件</translation>
    </message>
    <message>
        <source>Save attachment as…</source>
        <translation>附件另存为…</translation>
    </message>
    <message>
        <source>Retry sending</source>
        <translation>重新发送</translation>
    </message>
    <message>
        <source>Rewrite in the reply box</source>
        <translation>在回复框中改写</translation>
    </message>
    <message>
        <source>Send this reply again on Telegram</source>
        <translation>在 Telegram 上重新发送此回复</translation>
    </message>
</context>
<context>
    <name>TicketDialog</name>
    <message>
        <source>Edit ticket</source>
        <translation>编辑工单</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>类别(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Due</source>
        <translation>截止时间(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Subject</source>
        <translation>主题(&amp;S)</translation>
    </message>
</context>
<context>
    <name>Upload</name>
    <message>
        <source>Uploading…</source>
        <translation>上传中…</translation>
    </message>
    <message>
        <source>Remove attachment</source>
        <translation>移除附件</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>检查中…</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>可以发送</translation>
    </message>
</context>
<context>
    <name>VideoPlayer</name>
    <message>
        <source>Loading…</source>
        <translation>加载中…</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <source>Position in the recording</source>
        <translation>录屏播放位置</translation>
    </message>
    <message>
        <source>Open in the system player</source>
        <translation>用系统播放器打开</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>保存…</translation>
    </message>
    <message>
        <source>This desk cannot play recordings: its media support is not installed.</source>
        <translation>此工作台无法播放录屏：未安装媒体播放组件。</translation>
    </message>
    <message>
        <source>Screen recording</source>
        <translation>录屏</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>This recording cannot be played here (its format or codec is not supported, or the file is damaged).</source>
        <translation>无法在此播放该录屏（格式或编码不受支持，或文件已损坏）。</translation>
    </message>
</context>
<context>
    <name>VipDesk</name>
    <message>
        <source>Client book</source>
        <translation>客户名册</translation>
    </message>
</context>
<context>
    <name>Widgets</name>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
</context>
</TS>
