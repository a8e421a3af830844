"""Account, KYC and security support cases.

Several of these double as security-awareness moments in the demo: agents
remind customers that official support never asks for passwords or codes.
"""

from __future__ import annotations

from app.demo.data import facts as f
from app.demo.data.facts import Scenario, Script

KYC_REJECTED = Scenario(
    name="kyc_rejected",
    tags=("kyc",),
    priority="normal",
    channels=("chat", "email", "email", "ticket"),
    picker=f.pick_kyc("rejected"),
    note=(
        "KYC L{next_level} rejected: {reason_en}. Rest of the file looks fine; a clean resubmission should "
        "pass."
    ),
    en=Script(
        subject="Why was my Level {next_level} verification rejected?",
        opening=(
            "My identity verification (Level {next_level}) was rejected. The app says "
            '"{reason_en}". What do I need to do?',
        ),
        reply="Your Level {next_level} application was rejected for this reason: {reason_en}. {tip_en}",
        info="OK, I'll try again. Do I have to fill in the whole form again?",
        ask=(
            "You only need to re-upload the affected document under Profile > Verification. "
            "Could you let me know once you've resubmitted, so I can keep an eye on the review?"
        ),
        snooze="I'll check on your new submission tomorrow and let you know if anything else is needed.",
        resolve=(
            "You can resubmit at any time in the app or at https://www.exchange.example/help/kyc. "
            "Reviews usually take 1-3 business days and we'll email you the result."
        ),
        thanks="Thanks, will do.",
    ),
    zh=Script(
        subject="Lv.{next_level} 身份认证为什么被拒绝？",
        opening=("我的 Lv.{next_level} 身份认证被拒绝了，页面显示“{reason_zh}”，我该怎么办？",),
        reply="您的 Lv.{next_level} 认证申请未通过的原因是：{reason_zh}。{tip_zh}",
        info="好的，我再试一次。需要把整个表格重新填一遍吗？",
        ask=(
            "只需在“个人中心 > 身份认证”中重新上传有问题的材料即可。重新提交后麻烦告诉我一声，"
            "我帮您留意审核进度。"
        ),
        snooze="明天我会再看一下您新提交的材料，如需补充会及时告诉您。",
        resolve=(
            "您可以随时在App内或通过 https://www.exchange.example/help/kyc 重新提交，"
            "审核一般需要1-3个工作日，结果会通过邮件通知您。"
        ),
        thanks="好的，谢谢。",
    ),
)

KYC_PENDING = Scenario(
    name="kyc_pending",
    tags=("kyc",),
    priority="low",
    channels=("chat", "chat", "email"),
    picker=f.pick_kyc("pending"),
    note="KYC L{next_level} pending {days_ago} days, still within SLA. Priority flag added.",
    en=Script(
        subject="Verification still under review after {days_ago} days",
        opening=(
            "I submitted my documents for Level {next_level} verification {days_ago} days ago and it "
            'still says "Under review". Is there a problem?',
        ),
        reply=(
            "I've checked: your Level {next_level} application is in the review queue and there's no "
            "problem with it so far. Reviews normally take 1-3 business days, a little longer in busy "
            "periods."
        ),
        info="Can you speed it up? I can't withdraw more than my current limit.",
        ask=(
            "I can add a priority flag. To double-check: is the name on your ID exactly the same as your "
            "account name, {name}? Just reply yes or no, there's no need to send the document again."
        ),
        snooze="I've asked the verification team to take a look and will update you here once I hear back.",
        resolve=(
            "Your application will be processed in order and you'll get an email as soon as it's decided. "
            "Until then your current Level {level} limits continue to apply."
        ),
        thanks="Alright, thanks.",
    ),
    zh=Script(
        subject="身份认证提交 {days_ago} 天仍在审核中",
        opening=(
            "我 {days_ago} 天前提交了 Lv.{next_level} 认证材料，到现在还显示“审核中”，是有什么问题吗？",
        ),
        reply=(
            "我查看了一下，您的 Lv.{next_level} 认证申请正在审核队列中，目前没有发现问题。"
            "审核一般需要1-3个工作日，高峰期会稍慢一些。"
        ),
        info="能不能快一点？现在提币额度不够用。",
        ask=(
            "我可以帮您加急。先跟您确认一下：证件上的姓名与账户姓名“{name}”完全一致吗？回复“是”或“否”即可，"
            "不需要重新发送证件。"
        ),
        snooze="我已请认证团队帮忙查看，有消息会在这里通知您。",
        resolve=(
            "您的申请会按顺序处理，审核结果出来后会第一时间邮件通知您。在此之前，您的账户仍适用 Lv.{level} "
            "的额度。"
        ),
        thanks="好的，谢谢。",
    ),
)

KYC_EXPIRED = Scenario(
    name="kyc_expired",
    tags=("kyc", "security"),
    priority="normal",
    channels=("email", "email", "chat"),
    picker=f.pick_kyc("expired"),
    note="ID on file expired (KYC L{level}). Confirmed the reminder email is ours (template KYC-EXP-02).",
    en=Script(
        subject='Is this "verification expired" email real?',
        opening=(
            "I got an email saying my verification has expired and I need to update my documents. "
            "Is this email genuine? I want to be careful.",
        ),
        reply=(
            "You're right to check. I can confirm the ID document on file has expired, so your verification "
            "shows as expired. Genuine emails from us display the anti-phishing code you set, and every link "
            "goes to exchange.example only."
        ),
        info="OK. Where do I upload the new ID?",
        ask=(
            "Please open the app and go to Profile > Verification > Update documents, rather than using "
            "a link in an email. Could you let me know once it's uploaded?"
        ),
        snooze="I'll check tomorrow that your updated document has arrived.",
        resolve=(
            "You can update it in the app under Profile > Verification, or at "
            "https://www.exchange.example/help/kyc. Please never share your password or verification "
            "codes with anyone, including people who claim to be support."
        ),
        thanks="Thanks, that's reassuring.",
    ),
    zh=Script(
        subject="收到“身份认证已过期”的邮件，是真的吗？",
        opening=("我收到一封邮件，说我的身份认证已过期，需要更新证件。这封邮件是真的吗？我怕是钓鱼邮件。",),
        reply=(
            "您的警惕很有必要。经核实，您账户留存的证件已过有效期，所以认证状态显示为“已过期”。"
            "我们的官方邮件都会显示您设置的防钓鱼码，链接也只会指向 exchange.example。"
        ),
        info="明白了。那新证件在哪里上传？",
        ask=(
            "建议您直接打开App，进入“个人中心 > 身份认证 > 更新证件”上传，不要点击邮件里的链接。"
            "上传好后麻烦告诉我一声。"
        ),
        snooze="明天我会再帮您确认新证件是否已提交成功。",
        resolve=(
            "您可以在App的“个人中心 > 身份认证”或 https://www.exchange.example/help/kyc 更新证件。"
            "请勿向任何人（包括自称客服的人）透露您的密码或验证码。"
        ),
        thanks="谢谢，这下放心了。",
    ),
)

TWOFA_LOST = Scenario(
    name="twofa_lost",
    tags=("2fa", "login"),
    priority="high",
    channels=("chat", "chat", "email"),
    picker=f.pick_twofa,
    note="Self-service 2FA reset submitted; liveness check passed. 24h withdrawal hold will apply.",
    en=Script(
        subject="Lost my phone - can't log in without Google Authenticator",
        opening=("I lost my phone and Google Authenticator with it. Now I can't log in. Please help!",),
        reply=(
            "Sorry to hear that. You can reset the authenticator from the login page: choose "
            '"Security verification unavailable?" and follow the steps, which include a face check. '
            "Please don't share any codes with anyone: we will never ask for them."
        ),
        info="I started it, but it asks for my ID again. Is that normal?",
        ask=(
            "Yes, that's expected: the reset matches your face against your verification documents. "
            "Once you've submitted it, could you tell me roughly when, so I can follow the review?"
        ),
        snooze="2FA reset reviews usually complete within 24 hours. I'll check on yours and get back to you.",
        resolve=(
            "Your 2FA reset has been approved. Please bind a new authenticator as soon as you log in. "
            "For your protection, withdrawals stay paused for 24 hours after a 2FA reset."
        ),
        thanks="I'm back in. Thank you!",
    ),
    zh=Script(
        subject="手机丢失，无法通过谷歌验证登录",
        opening=("我手机丢了，谷歌验证器也跟着没了，现在登录不上账户，怎么办？",),
        reply=(
            "很抱歉听到这个消息。您可以在登录页点击“安全验证不可用？”，按提示申请重置谷歌验证，"
            "过程中需要进行人脸识别。请不要把任何验证码告诉他人，我们也绝不会向您索要。"
        ),
        info="我已经开始申请了，但它又让我上传身份证，这正常吗？",
        ask=(
            "是正常的，重置时系统会将您的人脸与认证证件进行比对。提交后麻烦告诉我大概的提交时间，"
            "我帮您跟进审核。"
        ),
        snooze="2FA重置审核一般在24小时内完成，我会帮您关注进度并及时回复。",
        resolve=(
            "您的2FA重置申请已通过，登录后请尽快绑定新的谷歌验证器。为保障资金安全，"
            "重置2FA后24小时内暂停提币。"
        ),
        thanks="已经登录上了，谢谢！",
    ),
)

LOGIN_LOCKED = Scenario(
    name="login_locked",
    tags=("login",),
    priority="normal",
    channels=("chat", "chat", "chat", "email"),
    picker=f.pick_any_active,
    note=(
        "6 failed logins from a known device; no suspicious IPs. Mail logs show the reset email was "
        "delivered."
    ),
    en=Script(
        subject="Account locked after failed login attempts",
        opening=(
            "It says my account is temporarily locked after too many failed login attempts. "
            "I think I forgot my password.",
        ),
        reply=(
            "For your security, the account locks for 2 hours after 5 failed attempts. You can reset your "
            'password right away with "Forgot password" on the login page, using your registered email '
            "{email_masked}."
        ),
        info="I never received the reset email.",
        ask=(
            "Please check your spam folder; the email comes from an @exchange.example address. If it still "
            "hasn't arrived after 10 minutes, can you confirm you still have access to {email_masked}?"
        ),
        snooze=(
            "I've asked our team to check email delivery on our side. I'll check back shortly to make sure "
            "you got in."
        ),
        resolve=(
            "Glad you're back in. Withdrawals are paused for 24 hours after a password reset, which is "
            "expected. Tip: turn on 2FA and set an anti-phishing code under Security."
        ),
        thanks="Thanks, all good now.",
    ),
    zh=Script(
        subject="多次输错密码，账户被锁定",
        opening=("登录时提示密码错误次数过多，账户被临时锁定了。我好像忘记密码了。",),
        reply=(
            "为保障账户安全，连续输错5次密码后账户会锁定2小时。您现在就可以在登录页点击“忘记密码”，"
            "通过注册邮箱 {email_masked} 重置密码。"
        ),
        info="我一直没收到重置邮件。",
        ask=(
            "请检查一下垃圾邮件箱，发件地址以 @exchange.example 结尾。如果10分钟后仍未收到，"
            "请确认您是否还能正常登录 {email_masked} 这个邮箱？"
        ),
        snooze="我已请同事排查邮件发送情况，稍后再跟您确认是否已经登录成功。",
        resolve=(
            "很高兴您已恢复登录。重置密码后24小时内暂停提币，属于正常的安全措施。"
            "建议您在“安全中心”开启2FA并设置防钓鱼码。"
        ),
        thanks="好了，谢谢！",
    ),
)

ACCOUNT_FROZEN = Scenario(
    name="account_frozen",
    tags=("security", "compliance"),
    priority="high",
    channels=("ticket", "ticket", "email"),
    picker=f.pick_frozen,
    note=(
        "Frozen by compliance (case {case}). Don't discuss the trigger with the customer. Source-of-funds "
        "docs requested."
    ),
    note_by_supervisor=True,
    statuses=("new", "open", "pending", "snoozed"),
    en=Script(
        subject="My account is frozen - please explain",
        opening=("My account is frozen and I can't trade or withdraw. I didn't do anything wrong. Why?",),
        reply=(
            "I understand this is stressful. Your account has been frozen as a precaution while our "
            "compliance team completes a review. I can't share internal details, but I've escalated "
            "your case so it's handled as quickly as possible. Your funds remain safe in your account."
        ),
        info="How long will this take? All my funds are in there.",
        ask=(
            "To complete the review, compliance needs proof of the source of funds for your recent "
            "deposits, for example a bank or exchange statement. Please upload it to this ticket. "
            "We will never ask for your password or verification codes."
        ),
        snooze=(
            "Your documents are with the compliance team. I'll follow up with them and update this ticket "
            "within 2 business days."
        ),
        resolve="",
        thanks="",
    ),
    zh=Script(
        subject="账户被冻结，请说明原因",
        opening=("我的账户被冻结了，不能交易也不能提币。我什么违规的事都没做，为什么？",),
        reply=(
            "理解您现在很着急。您的账户因合规团队正在进行审查而被临时冻结，这是一项保护性措施。"
            "具体的内部审查细节不便透露，我已为您升级处理，会尽快推进。您账户内的资金是安全的。"
        ),
        info="要多久才能解冻？我所有的钱都在里面。",
        ask=(
            "为完成审查，合规团队需要您提供近期充值资金的来源证明，例如银行流水或其他平台的账单，"
            "请直接上传到本工单。我们绝不会向您索要密码或验证码。"
        ),
        snooze="您的材料已转交合规团队，我会持续跟进，并在2个工作日内在本工单中向您更新进展。",
        resolve="",
        thanks="",
    ),
)

PHISHING_REPORT = Scenario(
    name="phishing_report",
    tags=("security", "phishing"),
    priority="high",
    channels=("chat", "chat", "email"),
    picker=f.pick_any_active,
    note="Impersonation report: Telegram account {handle} posing as support. Sent to security for takedown.",
    en=Script(
        subject="Someone claiming to be your support contacted me",
        opening=(
            "Someone on Telegram ({handle}) says they're from your support team. They told me my account "
            'has a problem and asked for my Google Authenticator code to "verify" it. Is this real?',
        ),
        reply=(
            "Thank you for checking with us first. That is NOT us. Official support will never ask for "
            "your password, SMS code, Google Authenticator code or private keys, and we don't contact "
            "customers through Telegram DMs. Please don't send them anything."
        ),
        info="I didn't give them anything. Should I do anything else?",
        ask=(
            "Good. As a precaution: did you click any link they sent you? If you did, please change your "
            "password in the official app straight away and let me know."
        ),
        snooze=(
            "I've passed {handle} to our security team for a takedown request. I'll let you know once it's "
            "actioned."
        ),
        resolve=(
            "Your account shows no unusual activity. We recommend setting an anti-phishing code under "
            "Security so you can recognise our genuine emails. Only trust the official website and the "
            "in-app help centre."
        ),
        thanks="Done, thanks for the help.",
    ),
    zh=Script(
        subject="有人冒充客服联系我",
        opening=(
            "Telegram上有个账号（{handle}）说是你们的客服，说我账户有异常，让我把谷歌验证码发给他"
            "“验证身份”，这是真的吗？",
        ),
        reply=(
            "感谢您先向我们核实，那不是我们的人。官方客服绝不会索要您的密码、短信验证码、谷歌验证码或私钥，"
            "也不会通过Telegram私信主动联系用户。请不要向对方发送任何信息。"
        ),
        info="我什么都没给他。还需要做些什么吗？",
        ask=(
            "那就好。保险起见想确认一下：您有没有点击过对方发来的链接？如果点过，请立即在官方App内修改密码，"
            "并告诉我一声。"
        ),
        snooze="我已将 {handle} 提交给安全团队申请封禁，处理完成后会通知您。",
        resolve=(
            "您的账户目前没有异常活动。建议在“安全中心”设置防钓鱼码，方便识别官方邮件。"
            "请只信任官方网站和App内的帮助中心。"
        ),
        thanks="已经设置好了，谢谢帮忙。",
    ),
)

ACCOUNT_COMPROMISE = Scenario(
    name="account_compromise",
    tags=("security", "login"),
    priority="urgent",
    channels=("callback", "callback", "chat"),
    picker=f.pick_compromise,
    note=(
        "Emergency: login from an unrecognised device, IP geolocates abroad. Withdrawals locked; security "
        "team paged."
    ),
    note_by_supervisor=True,
    en=Script(
        subject="Emergency callback: account may be compromised",
        opening=(
            "URGENT. I just got a login alert from a device I don't recognise and my {asset} balance looks "
            "lower. Please lock my account now!",
        ),
        reply=(
            "I've locked withdrawals on your account as a precaution, so no funds can leave it. I'm "
            "escalating this to our security team right now. Please don't share any codes with anyone."
        ),
        info="Thank you. What happens next? I'm really worried.",
        ask=(
            "From a device you trust, please reset your password and re-bind 2FA in the official app, then "
            "let me know when it's done. Never give your password or codes to anyone, including us."
        ),
        snooze=(
            "The security team is reviewing your login history and the last 24 hours of activity. I'll "
            "update you as soon as they finish."
        ),
        resolve=(
            "Security review complete: the suspicious session was terminated and your password and 2FA "
            "are reset. Withdrawals re-enable automatically 24 hours after the reset."
        ),
        thanks="Thank you for acting so fast.",
    ),
    zh=Script(
        subject="紧急回电：账户疑似被盗",
        opening=("紧急！我刚收到一个陌生设备的登录提醒，{asset}余额好像也少了，请马上帮我锁定账户！",),
        reply=(
            "我已先为您锁定账户的提币功能，资金无法转出。现在马上升级给安全团队处理。"
            "请不要把任何验证码告诉他人。"
        ),
        info="谢谢。接下来怎么办？我真的很担心。",
        ask=(
            "请用您信任的设备，在官方App内重置登录密码并重新绑定2FA，完成后告诉我。任何人（包括我们）"
            "向您索要密码或验证码都不要给。"
        ),
        snooze="安全团队正在核查您的登录记录和近24小时的账户操作，有结果后我会第一时间联系您。",
        resolve="安全核查已完成：可疑登录会话已被终止，密码和2FA均已重置。重置满24小时后提币功能将自动恢复。",
        thanks="谢谢你们这么快处理。",
    ),
)

ACCOUNT_SCENARIOS: tuple[Scenario, ...] = (
    KYC_REJECTED,
    KYC_PENDING,
    KYC_EXPIRED,
    TWOFA_LOST,
    LOGIN_LOCKED,
    ACCOUNT_FROZEN,
    PHISHING_REPORT,
    ACCOUNT_COMPROMISE,
)
