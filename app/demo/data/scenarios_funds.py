"""Deposit, withdrawal and P2P support cases (the bulk of real support volume)."""

from __future__ import annotations

from app.demo.data import facts as f
from app.demo.data.facts import Scenario, Script

DEPOSIT_DELAY = Scenario(
    name="deposit_delay",
    tags=("deposit",),
    priority="normal",
    channels=("chat", "chat", "chat", "email", "email"),
    picker=f.pick_deposit_delay,
    note=(
        "On-chain {confs}/{req} confirmations for {tx_short}. Nothing wrong on our side; credit is automatic."
    ),
    en=Script(
        subject="Deposit not credited - {amount} {asset} via {chain}",
        opening=(
            "I sent {amount} {asset} to my deposit address on {chain} a while ago "
            "and it still isn't in my balance.",
            "Tx hash: {tx}",
        ),
        reply=(
            "Thanks for the tx hash. I can see the transaction on-chain: it currently has "
            "{confs} of the {req} confirmations required for {chain} deposits. Your {asset} "
            "will be credited automatically once it reaches {req} confirmations, so there's "
            "nothing else you need to do."
        ),
        info=(
            "I've been waiting quite a while though. Is something wrong with the network? "
            "I need the funds for a trade."
        ),
        ask=(
            "Could you send me a screenshot of the withdrawal record on the sending platform, "
            "showing the network and the destination address? I'd like to confirm it went to "
            "the {chain} address shown on your deposit page."
        ),
        snooze=(
            "The {chain} network is congested at the moment, which slows confirmations down. "
            "I've set a reminder and will check the transaction again in a couple of hours."
        ),
        resolve=(
            "Good news: the deposit reached {req} confirmations and {amount} {asset} has been "
            "credited to your spot account. You'll find it under Assets > Deposit history."
        ),
        thanks="Got it, I can see it now. Thanks!",
    ),
    zh=Script(
        subject="充值未到账：{amount} {asset}（{chain}）",
        opening=(
            "你好，我刚才通过{chain}网络充了{amount} {asset}，到现在还没到账。",
            "交易哈希：{tx}",
        ),
        reply=(
            "感谢提供交易哈希。我这边查到这笔交易已经上链，目前确认数为 {confs}/{req}。"
            "{chain}网络充值需要 {req} 个区块确认，达到后系统会自动入账，您无需其他操作。"
        ),
        info="等了好一会儿了，是不是网络有问题？我还等着这笔钱开仓呢。",
        ask=(
            "麻烦您提供一下转出平台的提币记录截图（需显示转账网络和收款地址），"
            "我核对一下是否转入了您充值页面显示的{chain}地址。"
        ),
        snooze=(
            "目前{chain}网络比较拥堵，确认速度会慢一些。我已设置提醒，过几个小时再帮您查看这笔交易的进度。"
        ),
        resolve=(
            "这笔充值已达到 {req} 个区块确认，{amount} {asset} 已入账到您的现货账户，可在“资产 > "
            "充值记录”中查看。"
        ),
        thanks="看到了，谢谢！",
    ),
)

DEPOSIT_FAILED = Scenario(
    name="deposit_failed",
    tags=("deposit",),
    priority="normal",
    channels=("email", "email", "ticket", "chat"),
    picker=f.pick_deposit_failed,
    note="Failed deposit {tx_short}: {failure_code}. Manual credit request raised with wallet ops.",
    en=Script(
        subject="Failed deposit - {amount} {asset} ({chain})",
        opening=(
            'My deposit of {amount} {asset} shows as "Failed" in my deposit history. '
            "Tx: {tx}. Where did my money go?",
        ),
        reply="I've checked transaction {tx_short}. {failure_en}",
        info="So is it lost? What can I do to get it back?",
        ask=(
            "The funds aren't lost. To apply for a manual credit, please reply with a screenshot "
            "of the transfer from the sending wallet or platform. Please don't send any passwords, "
            "keys or seed phrases: we never need them."
        ),
        snooze=(
            "I've submitted a manual credit request to our wallet operations team under your UID "
            "{uid}. These usually take 1-3 business days; I'll follow up here once it's processed."
        ),
        resolve=(
            "I've filed the manual credit request under your UID {uid}; you'll get an email as soon "
            "as it's processed. For future deposits, please check the minimum amount and the network "
            "on the deposit page before sending."
        ),
        thanks="Thank you for sorting this out.",
    ),
    zh=Script(
        subject="充值失败：{amount} {asset}（{chain}）",
        opening=("充值记录里显示我这笔 {amount} {asset}“充值失败”，交易哈希 {tx}。钱去哪儿了？",),
        reply="我查询了交易 {tx_short}。{failure_zh}",
        info="那这笔钱是不是丢了？怎么才能找回来？",
        ask=(
            "资金没有丢失，可以申请人工入账。请回复转出钱包或平台的转账记录截图即可。"
            "请不要发送任何密码、私钥或助记词，我们任何时候都不需要这些信息。"
        ),
        snooze=(
            "我已用您的UID {uid} 向钱包运营团队提交了人工入账申请，一般需要1-3个工作日，"
            "处理完成后会在这里通知您。"
        ),
        resolve=(
            "已用您的UID {uid} 提交人工入账申请，处理完成后会邮件通知您。"
            "以后充值前，请先在充值页面确认最低充值额和转账网络。"
        ),
        thanks="好的，麻烦了，谢谢。",
    ),
)

WITHDRAWAL_DELAY = Scenario(
    name="withdrawal_delay",
    tags=("withdrawal",),
    priority="normal",
    channels=("chat", "chat", "email", "email", "ticket"),
    picker=f.pick_withdrawal_delay,
    note=(
        "Withdrawal {transfer_id} is {status_en} in the risk queue. No red flags on the account; asked risk "
        "to prioritise."
    ),
    en=Script(
        subject="Withdrawal stuck - {amount} {asset}",
        opening=(
            "My withdrawal of {amount} {asset} to {addr_short} is still {status_en}. When will it be sent?",
        ),
        reply=(
            "I've checked your withdrawal of {amount} {asset} on {chain}. It's currently "
            "{status_en}: some withdrawals are held for a routine security review, especially to "
            "a new address. Most reviews finish within a few hours."
        ),
        info="I've withdrawn to this address before. Can you speed it up?",
        ask=(
            "To help the review along, could you tell me the purpose of this withdrawal and whether "
            "{addr_short} is your own wallet or an account on another platform?"
        ),
        snooze=(
            "I've flagged it to the risk team with your details. I'll check back in a couple of hours and "
            "update you here."
        ),
        resolve=(
            "Your withdrawal has been approved and broadcast. Tx hash: {tx}. It will arrive after "
            "{req} network confirmations on {chain}."
        ),
        thanks="Received it, thanks.",
    ),
    zh=Script(
        subject="提币迟迟未到账：{amount} {asset}",
        opening=("我提了 {amount} {asset} 到 {addr_short}，一直显示“{status_zh}”，什么时候能发出？",),
        reply=(
            "我查看了您这笔{chain}网络的 {amount} {asset} 提币，目前状态为“{status_zh}”。"
            "为保障资金安全，部分提币（尤其是提往新地址时）会进入例行安全审核，一般几个小时内完成。"
        ),
        info="这个地址我之前提过好多次了，能不能快一点？",
        ask=(
            "为加快审核，麻烦您说明一下这笔提币的用途，以及收款地址 {addr_short} "
            "是您本人的钱包还是其他平台的账户？"
        ),
        snooze="我已把您的情况反馈给风控团队，几个小时后会再跟进，有结果第一时间在这里通知您。",
        resolve="您的提币已审核通过并完成广播，交易哈希：{tx}。{chain}网络达到 {req} 个确认后即可到账。",
        thanks="收到了，谢谢。",
    ),
)

LARGE_WITHDRAWAL = Scenario(
    name="large_withdrawal",
    tags=("withdrawal", "large-amount"),
    priority="urgent",
    channels=("email", "callback", "chat"),
    picker=f.pick_large_withdrawal,
    note=(
        "Large withdrawal {amount} {asset} (~{usd} USD) {status_en}: second-level risk review. Sam, please "
        "approve once risk signs off."
    ),
    statuses=("new", "open", "pending", "snoozed"),
    vip_only=True,
    en=Script(
        subject="URGENT: large withdrawal {amount} {asset} still {status_en}",
        opening=(
            "Hi {manager_first}, my withdrawal of {amount} {asset} ({chain}) to {addr_short} is "
            "still {status_en}. It's for an OTC settlement that has to go out today. "
            "Can you push it through?",
        ),
        reply=(
            "I'm on it. Withdrawals of this size go through a mandatory second review by our risk "
            "team. It's a standard control for large amounts, not a problem with your account. "
            "I've asked them to prioritise it."
        ),
        info="Understood. My counterparty is waiting. Any ETA? Our settlement cut-off is 16:00 UTC.",
        ask=(
            "To close the review, risk needs a short note on the counterparty and the purpose of "
            "this transfer (e.g. OTC settlement with which desk). Please don't include any passwords, "
            "API secrets or verification codes: we never need them."
        ),
        snooze=(
            "Risk has confirmed it's next in their queue. I'll check again within the hour and message you "
            "the moment it's released."
        ),
        resolve="",
        thanks="",
    ),
    zh=Script(
        subject="紧急：大额提币 {amount} {asset} 仍在{status_zh}",
        opening=(
            "{manager_first}你好，我这笔 {amount} {asset}（{chain}）提到 {addr_short} "
            "的提币还在“{status_zh}”。"
            "这是今天必须完成的OTC结算，能帮忙加急处理吗？",
        ),
        reply=(
            "我正在跟进。这个金额的提币需要风控团队进行二次复核，这是大额提币的常规风控流程，"
            "并不是您的账户有问题。我已经请他们优先处理。"
        ),
        info="明白。对手方还在等，大概什么时候能好？我们的结算截止时间是北京时间今晚12点。",
        ask=(
            "为完成复核，风控需要您简单说明一下交易对手和这笔转账的用途（例如与哪家OTC机构结算）。"
            "请勿提供任何密码、API密钥或验证码，我们不会索取这些信息。"
        ),
        snooze="风控已确认这笔排在队列的下一位。我一小时内会再查一次，放行后第一时间通知您。",
        resolve="",
        thanks="",
    ),
)

WITHDRAWALS_LOCKED = Scenario(
    name="withdrawals_locked",
    tags=("withdrawal", "login"),
    priority="normal",
    channels=("chat", "chat", "email"),
    picker=f.pick_withdrawals_locked,
    note="24h withdrawal hold after password change. Login history shows the usual device and IP.",
    en=Script(
        subject="Can't withdraw after changing my password",
        opening=("I changed my password this morning and now withdrawals are disabled. Why?",),
        reply=(
            "This is a security measure: after a password change or 2FA reset, withdrawals are paused "
            "for 24 hours, in case someone else made the change. Deposits and trading are not affected."
        ),
        info="I need to withdraw today though. Can you lift it?",
        ask=(
            "I'm afraid the 24-hour hold can't be lifted early. If you did NOT make this change "
            "yourself, please tell us right away so we can secure your account. Did you change the "
            "password yourself?"
        ),
        snooze="I'll check back once the 24-hour hold expires to make sure withdrawals are enabled again.",
        resolve=(
            "The hold expires automatically 24 hours after the change; no action is needed from you. "
            "Remember: our staff will never ask for your password or verification codes."
        ),
        thanks="OK, I'll wait. Thanks for explaining.",
    ),
    zh=Script(
        subject="修改密码后无法提币",
        opening=("我今天早上改了登录密码，现在提币功能被禁用了，这是为什么？",),
        reply=(
            "这是账户安全保护措施：修改登录密码或重置2FA后，提币会暂停24小时，以防修改并非您本人操作。"
            "充值和交易不受影响。"
        ),
        info="可是我今天就要提币，能不能帮我解除？",
        ask=(
            "很抱歉，24小时的安全限制无法提前解除。如果这次修改不是您本人操作的，"
            "请立即告诉我们，以便尽快保护您的账户。请问密码是您本人修改的吗？"
        ),
        snooze="24小时限制到期后，我会再帮您确认提币功能是否已经恢复。",
        resolve=(
            "限制会在修改满24小时后自动解除，无需您做任何操作。温馨提示："
            "官方客服不会以任何理由索要您的密码或验证码。"
        ),
        thanks="好的，那我等一等，谢谢解释。",
    ),
)

P2P_DISPUTE = Scenario(
    name="p2p_dispute",
    tags=("p2p",),
    priority="high",
    channels=("ticket", "chat", "chat"),
    picker=f.pick_p2p,
    note="Appeal opened for P2P order {p2p_order}. Seller asked to move to Telegram: flagged to P2P risk.",
    en=Script(
        subject="P2P seller not releasing USDT - order {p2p_order}",
        opening=(
            "I paid {fiat} for {p2p_usdt} USDT in P2P order {p2p_order} 40 minutes ago and marked it "
            "as paid. The seller isn't responding and hasn't released the coins.",
        ),
        reply=(
            "I'm sorry for the wait. The USDT for order {p2p_order} is locked in escrow, so it's safe. "
            "I've opened an appeal so our P2P team can step in. Please keep all communication inside "
            "the order chat and don't cancel the order now that you've paid."
        ),
        info="OK. The seller just messaged me asking me to contact him on Telegram instead.",
        ask=(
            "Please don't move the conversation off-platform: that's a common scam pattern and we "
            "can't protect you outside the order chat. Could you upload your payment receipt "
            "(amount, time and the seller's account name) to the appeal?"
        ),
        snooze=(
            "The P2P team has contacted the seller with a deadline to respond. I'll update you as soon as "
            "the appeal is decided."
        ),
        resolve=(
            "The appeal was decided in your favour: {p2p_usdt} USDT has been released to your funding "
            "account. We've also reported the seller's off-platform contact request."
        ),
        thanks="Received, thank you so much!",
    ),
    zh=Script(
        subject="P2P卖家不放币，订单号 {p2p_order}",
        opening=(
            "我在P2P订单 {p2p_order} 里已经付了 {fiat} 买 {p2p_usdt} USDT，也点了“我已付款”，"
            "40分钟了卖家一直不回复，也不放币。",
        ),
        reply=(
            "抱歉让您久等了。订单 {p2p_order} 的USDT由平台托管，资金是安全的。我已为您发起申诉，"
            "P2P团队会介入处理。请在订单聊天窗口内沟通，已付款的情况下请不要取消订单。"
        ),
        info="好的。卖家刚刚发消息，让我加他Telegram私聊。",
        ask=(
            "请不要脱离平台沟通，这是常见的诈骗手法，平台之外的沟通我们无法为您提供保障。"
            "麻烦您把付款凭证（需显示金额、时间和卖家收款户名）上传到申诉中。"
        ),
        snooze="P2P团队已联系卖家并限时要求回复，申诉有结果后我会第一时间通知您。",
        resolve=(
            "申诉已处理完毕，判定结果对您有利：{p2p_usdt} USDT 已放币至您的资金账户。"
            "卖家引导站外沟通的行为我们也已上报处理。"
        ),
        thanks="收到了，太感谢了！",
    ),
)

FUNDS_SCENARIOS: tuple[Scenario, ...] = (
    DEPOSIT_DELAY,
    DEPOSIT_FAILED,
    WITHDRAWAL_DELAY,
    LARGE_WITHDRAWAL,
    WITHDRAWALS_LOCKED,
    P2P_DISPUTE,
)
