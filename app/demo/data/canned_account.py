"""Canned replies: account & login, security & 2FA.

Every reply was written to be safe to send as-is: none asks for a secret, and
the security ones repeat that official support never asks for codes.
"""

from __future__ import annotations

from app.demo.data.models import DemoCannedReply as R

ACCOUNT_LOGIN: tuple[R, ...] = (
    R(
        key="account_login.greeting",
        category="account_login",
        shortcut="hi",
        title_en="Greeting",
        title_zh="开场问候",
        body_en=(
            "Hello {customer_name}, thank you for contacting customer support. My name is {agent_name} and "
            "I'll be looking after your request today. How can I help you?"
        ),
        body_zh="{customer_name}您好，感谢您联系客服，我是{agent_name}，很高兴为您服务。请问有什么可以帮您？",
        variables=("customer_name", "agent_name"),
    ),
    R(
        key="account_login.closing",
        category="account_login",
        shortcut="bye",
        title_en="Closing with security reminder",
        title_zh="结束语（含安全提示）",
        body_en=(
            "Is there anything else I can help you with today, {customer_name}? If not, thank you for "
            "contacting us and have a great day.\n\nA quick reminder: official support will never ask for "
            "your password, SMS code or Google Authenticator code."
        ),
        body_zh=(
            "{customer_name}，请问还有其他可以帮您的吗？如果没有，感谢您的耐心，祝您生活愉快！\n\n温馨提示："
            "官方客服绝不会向您索要密码、短信验证码或谷歌验证码。"
        ),
        variables=("customer_name",),
    ),
    R(
        key="account_login.vip_intro",
        category="account_login",
        shortcut="vipintro",
        title_en="VIP: introduce the dedicated account manager",
        title_zh="VIP：专属客户经理介绍",
        body_en=(
            "Hello {customer_name}, I'm {agent_name}, your dedicated account manager. As a VIP client you "
            "get priority handling and faster responses, and you can reach me directly in the VIP channel. "
            "For your security, I will never ask for your password, verification codes or API secret keys."
        ),
        body_zh=(
            "{customer_name}您好，我是您的专属客户经理{agent_name}。作为VIP客户，"
            "您的问题将获得优先处理和更快响应，之后可以直接通过VIP专属通道联系我。为保障账户安全，"
            "我不会以任何理由向您索要密码、验证码或API密钥。"
        ),
        variables=("customer_name", "agent_name"),
    ),
    R(
        key="account_login.password_reset",
        category="account_login",
        shortcut="pwreset",
        title_en="Reset a forgotten password",
        title_zh="忘记密码：重置方法",
        body_en=(
            'To reset your password, tap "Forgot password" on the login page and follow the instructions '
            "sent to your registered email or phone. For your security, withdrawals are paused for 24 hours "
            "after a password change. Official support will never ask for your password or verification "
            "codes. Step-by-step guide: https://www.exchange.example/help/reset-password"
        ),
        body_zh=(
            "如需重置密码，请在登录页点击“忘记密码”，按照发送至您注册邮箱或手机的指引操作。为保障资金安全，"
            "修改密码后24小时内将暂停提币。官方客服绝不会向您索要密码或验证码。操作指南："
            "https://www.exchange.example/help/reset-password"
        ),
        variables=(),
    ),
    R(
        key="account_login.account_locked",
        category="account_login",
        shortcut="acctlocked",
        title_en="Account temporarily locked",
        title_zh="账户临时锁定",
        body_en=(
            "For your security, the account is temporarily locked after several incorrect password attempts. "
            "The lock is lifted automatically after 2 hours. If you've forgotten your password, you can "
            'reset it right away with "Forgot password" on the login page. If you did not try to log in '
            "yourself, please tell us immediately so we can help secure your account."
        ),
        body_zh=(
            "为保障账户安全，多次输错密码后账户会被临时锁定，2小时后自动解锁。如果您忘记了密码，"
            "可以直接在登录页点击“忘记密码”进行重置。如果这些登录尝试并非您本人操作，请立即告诉我们，"
            "我们会协助您保护账户。"
        ),
        variables=(),
    ),
    R(
        key="account_login.troubleshooting",
        category="account_login",
        shortcut="loginhelp",
        title_en="Login troubleshooting",
        title_zh="登录问题排查",
        body_en=(
            "Sorry you're having trouble logging in. Please try the following:\n1. Make sure you're using "
            "the official app or https://www.exchange.example\n2. Update the app to the latest version and "
            "check your network connection\n3. If Google Authenticator codes are rejected, turn on automatic "
            "date and time on your phone\n4. Clear the browser cache or try another browser\nIf it still "
            "doesn't work, send us a screenshot of the error message (please cover any codes)."
        ),
        body_zh=(
            "很抱歉给您带来不便，请按以下步骤尝试：\n1. 确认使用的是官方App或官网 "
            "https://www.exchange.example\n2. 将App更新到最新版本，并检查网络连接\n3. "
            "如果提示谷歌验证码错误，"
            "请在手机上开启“自动设置日期和时间”\n4. 清除浏览器缓存或更换浏览器\n如仍无法登录，"
            "请发送报错页面截图给我们（请遮挡截图中的任何验证码）。"
        ),
        variables=(),
    ),
    R(
        key="account_login.registration",
        category="account_login",
        shortcut="signup",
        title_en="Registration help",
        title_zh="注册指引",
        body_en=(
            "You can register with your email address or mobile number on the official website or app. Each "
            "person may hold one account, and verification must be done in your own legal name. If the "
            "verification email doesn't arrive, check your spam folder and make sure it comes from an "
            "@exchange.example address. Registration guide: https://www.exchange.example/help/register"
        ),
        body_zh=(
            "您可以在官网或官方App使用邮箱或手机号注册。每人仅限注册一个账户，身份认证需使用本人真实姓名。"
            "如果收不到验证邮件，请检查垃圾邮件箱，并确认发件地址以 @exchange.example 结尾。注册指南："
            "https://www.exchange.example/help/register"
        ),
        variables=(),
    ),
    R(
        key="account_login.change_contact",
        category="account_login",
        shortcut="changeemail",
        title_en="Change registered email or phone",
        title_zh="更换注册邮箱或手机号",
        body_en=(
            "You can change your registered email or phone number under Profile > Security. You'll need to "
            "verify both the old and the new contact details. If you no longer have access to the old one, "
            'choose "Can\'t receive the code?" and complete the identity check. For your protection, '
            "withdrawals are paused for 24 hours after the change."
        ),
        body_zh=(
            "您可以在“个人中心 > 安全设置”中更换注册邮箱或手机号，需要同时验证新旧联系方式。"
            "如果原邮箱或手机号已无法使用，请选择“无法接收验证码？”，按提示完成身份核验。为保障资金安全，"
            "更换后24小时内将暂停提币。"
        ),
        variables=(),
    ),
)

SECURITY_2FA: tuple[R, ...] = (
    R(
        key="security_2fa.never_ask",
        category="security_2fa",
        shortcut="neverask",
        title_en="Security reminder: we never ask for codes",
        title_zh="安全提示：官方绝不索要验证码",
        body_en=(
            "For your security: official support will never ask for your password, SMS code, Google "
            "Authenticator code, private key or seed phrase, and will never ask you to transfer funds to any "
            "address. Anyone who asks for these, even if they claim to be from our team, is a scammer. "
            "Please only trust the official website and the in-app help centre."
        ),
        body_zh=(
            "温馨提示：官方客服绝不会向您索要密码、短信验证码、谷歌验证码、私钥或助记词，"
            "也不会要求您向任何地址转账。任何人以任何理由（包括自称官方人员）索要这些信息，都是诈骗。"
            "请只信任官方网站和App内的帮助中心。"
        ),
        variables=(),
    ),
    R(
        key="security_2fa.enable_2fa",
        category="security_2fa",
        shortcut="2fa",
        title_en="How to enable 2FA",
        title_zh="如何开启双重验证",
        body_en=(
            "We strongly recommend enabling two-factor authentication. Go to Profile > Security > Google "
            "Authenticator, scan the QR code with your authenticator app and enter the code it shows on the "
            "page to confirm. Write the backup key down and keep it offline in a safe place. Never share the "
            "backup key or any code with anyone."
        ),
        body_zh=(
            "强烈建议您开启双重验证。进入“个人中心 > 安全设置 > 谷歌验证”，用验证器App扫描二维码，"
            "并在页面中输入App显示的验证码完成绑定。请将备份密钥抄写下来离线妥善保存，"
            "备份密钥和验证码都不要告诉任何人。"
        ),
        variables=(),
    ),
    R(
        key="security_2fa.reset_2fa",
        category="security_2fa",
        shortcut="2fareset",
        title_en="Lost authenticator: reset 2FA",
        title_zh="验证器丢失：重置2FA",
        body_en=(
            "If you've lost access to your authenticator, you can reset it yourself: on the login page "
            'choose "Security verification unavailable?" and follow the steps, which include a face '
            "verification. Reviews usually complete within 24 hours, and withdrawals are paused for 24 hours "
            "after the reset. We will never ask you to send us your codes or passwords."
        ),
        body_zh=(
            "如果您无法使用原来的验证器，可以自助重置：在登录页点击“安全验证不可用？”，"
            "按提示完成包括人脸识别在内的验证步骤。审核一般在24小时内完成，重置后24小时内暂停提币。"
            "我们绝不会要求您发送验证码或密码。"
        ),
        variables=(),
    ),
    R(
        key="security_2fa.anti_phishing",
        category="security_2fa",
        shortcut="antiphish",
        title_en="Set an anti-phishing code",
        title_zh="设置防钓鱼码",
        body_en=(
            "An anti-phishing code helps you recognise genuine messages from us. Set it under Profile > "
            "Security > Anti-phishing code, and it will appear in every official email we send you. If an "
            "email claims to be from us but doesn't show your code, don't click any links in it and forward "
            "it to our support team."
        ),
        body_zh=(
            "防钓鱼码可以帮助您识别官方邮件。在“个人中心 > 安全设置 > 防钓鱼码”中设置后，"
            "我们发送的每一封官方邮件都会显示该码。如果收到自称官方却没有防钓鱼码的邮件，"
            "请不要点击其中的任何链接，并转发给客服核实。"
        ),
        variables=(),
    ),
    R(
        key="security_2fa.fund_password",
        category="security_2fa",
        shortcut="fundpw",
        title_en="Fund password",
        title_zh="资金密码",
        body_en=(
            "The fund password is a separate password used to confirm withdrawals and P2P transactions. "
            "Please make it different from your login password and never share it with anyone. If you forget "
            "it, you can reset it under Profile > Security > Fund password; withdrawals are paused for 24 "
            "hours after the reset."
        ),
        body_zh=(
            "资金密码是独立于登录密码的一组密码，用于确认提币和P2P交易。请设置与登录密码不同的资金密码，"
            "且不要透露给任何人。如忘记资金密码，可在“个人中心 > 安全设置 > 资金密码”中重置，"
            "重置后24小时内暂停提币。"
        ),
        variables=(),
    ),
    R(
        key="security_2fa.compromised",
        category="security_2fa",
        shortcut="hacked",
        title_en="Suspected account compromise (emergency)",
        title_zh="疑似账户被盗（紧急）",
        body_en=(
            "I understand this is urgent, {customer_name}. We have temporarily locked withdrawals on your "
            "account (UID {uid}) to protect your funds. Please do the following from a device you trust:\n1. "
            "Change your login password and fund password in the official app\n2. Reset your 2FA and review "
            "the device management list\n3. If anyone asked you to install remote-access software such as "
            "AnyDesk or TeamViewer, uninstall it now and do not give anyone control of your device\nOur "
            "security team is reviewing your account. Never share your password or verification codes with "
            "anyone, including people claiming to be support."
        ),
        body_zh=(
            "{customer_name}您好，理解您的焦急。为保护您的资金，我们已临时锁定您账户（UID {uid}）的提币功能。"
            "请使用您信任的设备完成以下操作：\n1. 在官方App内修改登录密码和资金密码\n2. 重置2FA，"
            "并检查“设备管理”中的登录设备\n3. 切勿按任何人的要求安装 AnyDesk、TeamViewer 等远程控制软件；"
            "如已安装，请立即卸载\n安全团队正在核查您的账户。请勿向任何人（包括自称客服的人）"
            "透露密码或验证码。"
        ),
        variables=("customer_name", "uid"),
    ),
    R(
        key="security_2fa.fake_support",
        category="security_2fa",
        shortcut="scam",
        title_en="Impersonation / fake support report",
        title_zh="冒充客服举报",
        body_en=(
            "Thank you for reporting this, {customer_name}. That account has nothing to do with us. Our "
            "staff will never contact you first through social media DMs, never ask for your password or "
            'verification codes, and never ask you to move funds to a "safe" address. Please block the '
            "account and don't click any links it sent. You can check our official channels at "
            "https://www.exchange.example/verify"
        ),
        body_zh=(
            "{customer_name}，感谢您的举报，该账号与我们无关。官方人员不会通过社交媒体私信主动联系您，"
            "不会索要您的密码或验证码，也不会要求您把资金转到所谓的“安全账户”。请拉黑该账号，"
            "不要点击其发送的任何链接。您可以通过 https://www.exchange.example/verify 查验官方渠道。"
        ),
        variables=("customer_name",),
    ),
)
