"""Canned replies: deposits & withdrawals, identity verification (KYC)."""

from __future__ import annotations

from app.demo.data.models import DemoCannedReply as R

DEPOSITS_WITHDRAWALS: tuple[R, ...] = (
    R(
        key="deposits_withdrawals.deposit_not_arrived",
        category="deposits_withdrawals",
        shortcut="depnotarrived",
        title_en="Deposit not yet credited",
        title_zh="充值未到账",
        body_en=(
            "Deposits are credited automatically once the transaction reaches the required number of network "
            "confirmations, which differs from network to network. You can follow the progress under Assets "
            "> Deposit history. If it has been a while, please send us the transaction hash (TxID), the coin "
            "and the network you used, and we'll look into it right away."
        ),
        body_zh=(
            "充值需要达到该网络规定的区块确认数后才会自动入账，不同网络所需的确认数不同。您可以在“资产 > "
            "充值记录”中查看进度。如果等待时间较长，请提供交易哈希（TxID）、币种和所用网络，"
            "我们会马上为您核查。"
        ),
        variables=(),
    ),
    R(
        key="deposits_withdrawals.wrong_network",
        category="deposits_withdrawals",
        shortcut="wrongchain",
        title_en="Deposit on the wrong network or without memo",
        title_zh="充错网络或漏填Memo",
        body_en=(
            "Thanks for the details, {customer_name}. Deposits sent on the wrong network, or without a "
            "required memo/tag, are not credited automatically. In many cases we can recover them: please "
            "submit a recovery request with your transaction hash at "
            "https://www.exchange.example/help/deposit-recovery. Recovery isn't always possible and may "
            "carry a fee; we'll confirm with you before anything is charged."
        ),
        body_zh=(
            "{customer_name}您好，感谢提供信息。通过错误网络充值，或漏填Memo/标签的充值，系统无法自动入账。"
            "多数情况下可以找回，请通过 https://www.exchange.example/help/deposit-recovery "
            "提交找回申请并附上交易哈希。并非所有情况都能找回，且可能收取一定手续费，扣费前我们会先与您确认。"
        ),
        variables=("customer_name",),
    ),
    R(
        key="deposits_withdrawals.withdrawal_review",
        category="deposits_withdrawals",
        shortcut="wdreview",
        title_en="Withdrawal under security review",
        title_zh="提币安全审核中",
        body_en=(
            "Your withdrawal is currently under a routine security review. This can happen with new "
            "addresses, large amounts or recent changes to your security settings, and most reviews finish "
            "within a few hours. We've logged your request under ticket {ticket_id} and will update you as "
            "soon as it's processed. There's no need to submit the withdrawal again."
        ),
        body_zh=(
            "您的提币目前正在进行例行安全审核。提往新地址、金额较大或近期修改过安全设置时，都可能触发审核，"
            "多数情况下几个小时内即可完成。我们已将您的问题记录在工单 {ticket_id} 中，"
            "处理完成后会第一时间通知您，无需重复提交提币申请。"
        ),
        variables=("ticket_id",),
    ),
    R(
        key="deposits_withdrawals.fees",
        category="deposits_withdrawals",
        shortcut="wdfee",
        title_en="Withdrawal fees and minimums",
        title_zh="提币手续费与最小数量",
        body_en=(
            "Withdrawal fees depend on the coin and the network and cover the on-chain transaction cost. The "
            "fee and the minimum amount are shown on the withdrawal page before you confirm. Networks such "
            "as TRC20 or Arbitrum One are often cheaper than ERC20. Full list: "
            "https://www.exchange.example/fees"
        ),
        body_zh=(
            "提币手续费因币种和网络而异，用于支付链上转账成本；确认提币前，页面会显示手续费和最小提币数量。"
            "相比ERC20，选择TRC20、Arbitrum One等网络通常更省手续费。完整费率表："
            "https://www.exchange.example/fees"
        ),
        variables=(),
    ),
    R(
        key="deposits_withdrawals.security_hold",
        category="deposits_withdrawals",
        shortcut="wdhold",
        title_en="Withdrawals paused after a security change",
        title_zh="安全设置变更后暂停提币",
        body_en=(
            "After you change your password, 2FA, email or phone number, withdrawals are paused for 24 "
            "hours. This protects your funds in case someone else made the change, and the hold lifts "
            "automatically. Deposits and trading are not affected. If you did not make this change yourself, "
            "please contact us immediately."
        ),
        body_zh=(
            "修改密码、2FA、邮箱或手机号后，提币功能会暂停24小时，以防这些修改并非您本人操作，到期后自动恢复，"
            "充值和交易不受影响。如果这些修改不是您本人所为，请立即联系我们。"
        ),
        variables=(),
    ),
    R(
        key="deposits_withdrawals.arrival_time",
        category="deposits_withdrawals",
        shortcut="arrivaltime",
        title_en="Typical arrival times",
        title_zh="到账时间说明",
        body_en=(
            "Typical arrival times once a withdrawal is sent: TRC20, BSC and Solana usually take a few "
            "minutes, ERC20 around 15-20 minutes, and Bitcoin 30-60 minutes depending on network load. You "
            "can follow the transaction with the TxID shown in your withdrawal history. If the transaction "
            "is confirmed on-chain but the receiving platform hasn't credited it, please contact them with "
            "the TxID."
        ),
        body_zh=(
            "提币发出后的大致到账时间：TRC20、BSC、Solana 通常几分钟内到账，ERC20 约15-20分钟，"
            "比特币网络视拥堵情况约30-60分钟。您可以用提币记录中的交易哈希（TxID）在区块浏览器上查询进度。"
            "如果链上已确认但接收平台仍未入账，请携带TxID联系接收方平台。"
        ),
        variables=(),
    ),
)

KYC: tuple[R, ...] = (
    R(
        key="kyc.why",
        category="kyc",
        shortcut="kycwhy",
        title_en="Why we require identity verification",
        title_zh="为什么需要身份认证",
        body_en=(
            "Identity verification (KYC) is required by the regulations we operate under. It protects your "
            "account against fraud and money laundering, and it unlocks higher deposit and withdrawal "
            "limits. Your documents are stored encrypted and used only for verification. More: "
            "https://www.exchange.example/help/kyc"
        ),
        body_zh=(
            "身份认证（KYC）是我们必须遵守的监管要求，可以防范盗号、欺诈和洗钱风险，"
            "完成认证后还能提升充提币额度。您提交的资料会加密保存，仅用于身份核验。详情请见："
            "https://www.exchange.example/help/kyc"
        ),
        variables=(),
    ),
    R(
        key="kyc.levels",
        category="kyc",
        shortcut="kyclevels",
        title_en="Verification levels and limits",
        title_zh="认证等级与额度",
        body_en=(
            "There are three verification levels:\n- Level 1: ID document; unlocks trading and standard "
            "withdrawal limits\n- Level 2: ID document plus face verification; higher limits and P2P "
            "trading\n- Level 3: proof of address; the highest limits\nThe exact limits for each level are "
            "listed at https://www.exchange.example/help/kyc-levels"
        ),
        body_zh=(
            "身份认证分为三个等级：\n- Lv.1：证件认证，开通交易及基础提币额度\n- Lv.2：证件+人脸认证，"
            "提升额度并开通P2P交易\n- Lv.3：地址证明，享有最高额度\n各等级的具体额度请见 "
            "https://www.exchange.example/help/kyc-levels"
        ),
        variables=(),
    ),
    R(
        key="kyc.documents",
        category="kyc",
        shortcut="kycphoto",
        title_en="Accepted documents and photo tips",
        title_zh="证件要求与拍摄建议",
        body_en=(
            "We accept a valid passport, national ID card or driving licence. For a smooth review:\n- "
            "Photograph the original document (no scans, photocopies or screenshots)\n- Keep all four "
            "corners in the frame, with no glare or blur\n- For the selfie, face the camera in good light "
            "without a hat, glasses or mask\n- Proof of address must be issued within the last 3 months and "
            "show your full name"
        ),
        body_zh=(
            "可用证件包括有效期内的护照、身份证或驾驶证。为顺利通过审核，请注意：\n- 拍摄证件原件，扫描件、"
            "复印件或截图均不可用\n- 证件四角完整入镜，无反光、不模糊\n- 自拍时正对镜头、光线充足，"
            "不佩戴帽子、眼镜或口罩\n- 地址证明需为近3个月内开具，并显示您的全名"
        ),
        variables=(),
    ),
    R(
        key="kyc.rejected",
        category="kyc",
        shortcut="kycretry",
        title_en="Verification rejected: how to resubmit",
        title_zh="认证未通过：重新提交",
        body_en=(
            "Hello {customer_name}, the verification for your account (UID {uid}) was not approved this "
            "time. You can see the reason under Profile > Verification. Please fix the issue mentioned and "
            "resubmit on that page; you only need to upload the affected document again. Reviews usually "
            "take 1-3 business days."
        ),
        body_zh=(
            "{customer_name}您好，您账户（UID {uid}）的身份认证本次未通过，具体原因可在“个人中心 > "
            "身份认证”中查看。请按提示调整后在该页面重新提交，只需重新上传有问题的材料即可。"
            "审核一般需要1-3个工作日。"
        ),
        variables=("customer_name", "uid"),
    ),
    R(
        key="kyc.review_time",
        category="kyc",
        shortcut="kycwait",
        title_en="Verification review time",
        title_zh="认证审核时间",
        body_en=(
            "Thank you for your patience. Verification reviews usually take 1-3 business days and can take a "
            "little longer in busy periods. You'll get an email and an in-app notification as soon as a "
            "decision is made. Please don't submit a new application in the meantime, as that would put you "
            "back at the end of the queue."
        ),
        body_zh=(
            "感谢您的耐心等待。身份认证审核一般需要1-3个工作日，高峰期可能稍有延长。审核结果出来后，"
            "我们会通过邮件和站内信通知您。审核期间请勿重复提交，否则需要重新排队。"
        ),
        variables=(),
    ),
    R(
        key="kyc.expired",
        category="kyc",
        shortcut="kycexpired",
        title_en="Document expired: update verification",
        title_zh="证件过期：更新认证",
        body_en=(
            "The ID document on file has expired, so please upload a valid one to keep your full account "
            "limits: in the app, go to Profile > Verification > Update documents. Genuine reminder emails "
            "from us always show your anti-phishing code; if in doubt, open the app directly instead of "
            "clicking a link."
        ),
        body_zh=(
            "您账户留存的证件已过有效期，请上传有效证件以保持账户的完整额度。操作路径：App内“个人中心 > "
            "身份认证 > 更新证件”。我们的官方提醒邮件都会显示您设置的防钓鱼码，如有疑虑，请直接打开App操作，"
            "不要点击邮件中的链接。"
        ),
        variables=(),
    ),
)
