"""Canned replies: trading, promotions, platform rules."""

from __future__ import annotations

from app.demo.data.models import DemoCannedReply as R

TRADING: tuple[R, ...] = (
    R(
        key="trading.order_types",
        category="trading",
        shortcut="ordertypes",
        title_en="Limit, market and stop orders",
        title_zh="限价单、市价单与止盈止损单",
        body_en=(
            "A quick overview of order types:\n- Limit order: you set the price; it fills only at that price "
            "or better\n- Market order: fills immediately at the best available price\n- Stop order: becomes "
            "active once the trigger price is reached; useful for stop-loss and take-profit\nTrading guides: "
            "https://www.exchange.example/help/trading"
        ),
        body_zh=(
            "各类订单说明：\n- 限价单：自行设定价格，仅以该价格或更优价格成交\n- 市价单："
            "以当前市场最优价格立即成交\n- 止盈止损单：价格达到触发价后才会生效，"
            "适合设置止盈和止损\n交易指南：https://www.exchange.example/help/trading"
        ),
        variables=(),
    ),
    R(
        key="trading.partial_fill",
        category="trading",
        shortcut="partialfill",
        title_en="Why an order is partially filled",
        title_zh="订单部分成交的原因",
        body_en=(
            "A limit order fills only when there are matching orders at your price or better, and orders at "
            "the same price are filled in the order they were placed. That's why part of your order may "
            "remain open. The unfilled part stays on the order book until it's matched or you cancel it; the "
            "fills are listed under Orders > Order history."
        ),
        body_zh=(
            "限价单只有在市场上存在您设定价格或更优价格的对手单时才会成交，同一价位按挂单先后顺序成交，"
            "因此可能出现部分成交。未成交部分会继续挂在订单簿上，直到成交或您手动撤单，成交明细可在“订单 > "
            "历史委托”中查看。"
        ),
        variables=(),
    ),
    R(
        key="trading.liquidation",
        category="trading",
        shortcut="liq",
        title_en="How futures liquidation works",
        title_zh="合约强平机制说明",
        body_en=(
            "A futures position is liquidated when the mark price reaches the liquidation price, meaning the "
            "margin can no longer support the position. The mark price is based on an index of several major "
            "exchanges rather than the last traded price, which protects you from price spikes on a single "
            "venue. To reduce the risk, use lower leverage, add margin or set a stop-loss."
        ),
        body_zh=(
            "当标记价格触及强平价格，即保证金已不足以维持仓位时，合约仓位会被强制平仓。"
            "标记价格参考多家主流交易所的指数价格计算，而非最新成交价，可避免单一平台价格异常波动带来的影响。"
            "建议降低杠杆、追加保证金或设置止损，以降低强平风险。"
        ),
        variables=(),
    ),
    R(
        key="trading.tp_sl",
        category="trading",
        shortcut="tpsl",
        title_en="Setting take-profit and stop-loss",
        title_zh="设置止盈止损",
        body_en=(
            "You can set take-profit and stop-loss when opening a position, or add them later from the "
            'Positions tab. Choose the trigger type carefully: "Last price" reacts to the latest trade, '
            'while "Mark price" is smoother and less affected by brief spikes. In very fast markets, a '
            "triggered order may fill at a price different from the trigger price."
        ),
        body_zh=(
            "您可以在开仓时设置止盈止损，也可以之后在“仓位”页面添加。请注意选择触发价格类型："
            "“最新价”按最新成交价触发，“标记价格”更平滑，受瞬间插针的影响较小。行情剧烈波动时，"
            "触发后的实际成交价可能与触发价存在偏差。"
        ),
        variables=(),
    ),
    R(
        key="trading.leverage_risk",
        category="trading",
        shortcut="leverage",
        title_en="Leverage and risk reminder",
        title_zh="杠杆风险提示",
        body_en=(
            "Futures and margin trading use leverage, which magnifies both gains and losses, and you can "
            "lose your entire margin. We recommend starting with low leverage, always using a stop-loss and "
            "only trading with money you can afford to lose. You can adjust the leverage for each contract "
            "in the order panel."
        ),
        body_zh=(
            "合约和杠杆交易会放大收益，同样也会放大亏损，您可能损失全部保证金。建议从低倍杠杆开始，"
            "始终设置止损，并且只用可承受损失的资金进行交易。每个合约的杠杆倍数都可以在下单面板中调整。"
        ),
        variables=(),
    ),
    R(
        key="trading.margin_interest",
        category="trading",
        shortcut="margininterest",
        title_en="Margin borrowing and interest",
        title_zh="杠杆借币与利息",
        body_en=(
            "In margin trading, borrowed funds accrue interest every hour from the moment you borrow until "
            "you repay. Current rates are shown on the borrow page. If your margin level falls too low, the "
            "position may be liquidated, so please keep an eye on it in the Margin tab."
        ),
        body_zh=(
            "杠杆交易中，借入的资金从借款时起按小时计息，直至还款为止，当前利率可在借币页面查看。"
            "风险率过低时仓位可能会被强制平仓，请在“杠杆”页面留意您的风险率。"
        ),
        variables=(),
    ),
)

PROMOTIONS: tuple[R, ...] = (
    R(
        key="promotions.rules",
        category="promotions",
        shortcut="promorules",
        title_en="Campaign rules",
        title_zh="活动规则",
        body_en=(
            "Each campaign has its own rules, covering eligibility, the activity period, how rewards are "
            "calculated and when they're paid out. You'll find them on the event page or at "
            "https://www.exchange.example/activities. We recommend reading them before taking part, "
            "especially the section on which trades count."
        ),
        body_zh=(
            "每个活动都有独立的规则，包括参与资格、活动时间、奖励计算方式和发放时间，您可以在活动页面或 "
            "https://www.exchange.example/activities 查看。建议参与前仔细阅读，"
            "尤其是关于哪些交易计入活动的说明。"
        ),
        variables=(),
    ),
    R(
        key="promotions.join",
        category="promotions",
        shortcut="join",
        title_en="How to take part in a campaign",
        title_zh="如何参加活动",
        body_en=(
            'To take part, open the event page in the app and tap "Join" before you start trading; '
            "activity from before you joined doesn't count. Some campaigns also require a minimum "
            "verification level, and sub-accounts or accounts in restricted regions may not be eligible."
        ),
        body_zh=(
            "参加活动请先在App内打开活动页面，点击“立即报名”后再进行交易，报名前的交易不计入活动。"
            "部分活动还要求完成指定等级的身份认证，子账户及受限地区的账户可能无法参与。"
        ),
        variables=(),
    ),
    R(
        key="promotions.distribution",
        category="promotions",
        shortcut="reward",
        title_en="When rewards are distributed",
        title_zh="奖励发放时间",
        body_en=(
            "Hello {customer_name}, rewards are distributed within 14 working days after the campaign ends, "
            "once eligibility has been verified. You'll get an in-app notification when yours is credited, "
            "and you can find it under Assets > Rewards. Please note that some rewards, such as trading "
            "vouchers, expire if they're not used."
        ),
        body_zh=(
            "{customer_name}您好，活动奖励会在活动结束并完成资格审核后的14个工作日内发放，到账时会有站内通知，"
            "可在“资产 > 奖励中心”中查看。请注意，部分奖励（如交易抵扣券）有使用期限，过期将失效。"
        ),
        variables=("customer_name",),
    ),
    R(
        key="promotions.not_eligible",
        category="promotions",
        shortcut="noreward",
        title_en="Not eligible for a reward",
        title_zh="不符合奖励条件",
        body_en=(
            "I've checked with the campaign team: unfortunately the account with UID {uid} didn't meet all "
            "the requirements of this campaign, so it isn't eligible for the reward. The most common reasons "
            "are trading before registering for the event, not reaching the volume threshold, or activity "
            "identified as wash trading. Upcoming campaigns are announced at "
            "https://www.exchange.example/activities"
        ),
        body_zh=(
            "经与活动团队核实，很遗憾，UID {uid} 的账户未满足本次活动的全部条件，无法获得奖励。常见原因包括："
            "报名前进行的交易、交易量未达门槛，或存在被认定为刷量的行为。后续活动会在 "
            "https://www.exchange.example/activities 公布，欢迎关注。"
        ),
        variables=("uid",),
    ),
    R(
        key="promotions.referral",
        category="promotions",
        shortcut="invite",
        title_en="Referral programme",
        title_zh="邀请返佣",
        body_en=(
            "You'll find your personal referral link under Profile > Referral. Once a friend registers "
            "through your link and completes verification, you earn a share of their trading fees. Please "
            "note that opening several accounts to collect referral rewards violates our terms, and such "
            "rewards will be cancelled."
        ),
        body_zh=(
            "您可以在“个人中心 > 邀请返佣”中获取专属邀请链接。好友通过您的链接注册并完成身份认证后，"
            "您即可获得其交易手续费的一定比例返佣。请注意，通过注册多个账户套取返佣属于违规行为，"
            "相关奖励将被取消。"
        ),
        variables=(),
    ),
    R(
        key="promotions.fake_giveaway",
        category="promotions",
        shortcut="fakegiveaway",
        title_en="Fake giveaway warning",
        title_zh="谨防虚假活动",
        body_en=(
            "Please be careful: official campaigns are only announced at "
            "https://www.exchange.example/activities and in the app. We never run giveaways that ask you to "
            'send crypto first to have it "doubled", and claiming a reward never requires your password or '
            "verification codes. Any offer like that is a scam."
        ),
        body_zh=(
            "请注意防范诈骗：官方活动只会在 https://www.exchange.example/activities 和App内发布。"
            "我们从不举办“先转币、再翻倍返还”之类的活动，领取奖励也绝不需要提供密码或验证码，"
            "遇到此类活动一律是诈骗。"
        ),
        variables=(),
    ),
)

PLATFORM_RULES: tuple[R, ...] = (
    R(
        key="platform_rules.terms",
        category="platform_rules",
        shortcut="terms",
        title_en="Terms of Service",
        title_zh="用户服务协议",
        body_en=(
            "Using the platform means agreeing to our Terms of Service, which cover account eligibility, "
            "acceptable use, trading rules and fees. You can read the latest version at "
            "https://www.exchange.example/legal/terms. Important changes are announced in advance by email "
            "and in-app notification."
        ),
        body_zh=(
            "使用本平台即表示您同意我们的《用户服务协议》，其中包括账户资格、使用规范、交易规则和费用等内容。"
            "最新版本请见 https://www.exchange.example/legal/terms ，重要变更会提前通过邮件和站内信通知。"
        ),
        variables=(),
    ),
    R(
        key="platform_rules.restricted",
        category="platform_rules",
        shortcut="violation",
        title_en="Account restricted for a rule violation",
        title_zh="账户因违规被限制",
        body_en=(
            "Hello {customer_name}, your account (UID {uid}) has been restricted because activity on it was "
            "found to violate our Terms of Service. Depending on the case, measures range from limiting "
            "certain features to closing the account. If you believe this is a mistake, you can appeal "
            "through this ticket and attach any supporting information."
        ),
        body_zh=(
            "{customer_name}您好，您的账户（UID {uid}）因存在违反《用户服务协议》的行为，已被限制部分功能。"
            "视情节不同，处理措施从限制部分功能到关闭账户不等。如您认为存在误判，"
            "可通过本工单提交申诉并附上相关说明材料。"
        ),
        variables=("customer_name", "uid"),
    ),
    R(
        key="platform_rules.one_account",
        category="platform_rules",
        shortcut="oneaccount",
        title_en="One account per person",
        title_zh="每人限一个账户",
        body_en=(
            "Each person may hold only one verified main account. You can create sub-accounts under your "
            "main account to separate different strategies. Opening several accounts, for example to claim "
            "new-user rewards more than once, violates our terms and can lead to restrictions."
        ),
        body_zh=(
            "每人仅可持有一个已认证的主账户，如需区分不同策略，可在主账户下创建子账户。"
            "注册多个账户（例如为重复领取新用户奖励）属于违规行为，可能导致账户被限制。"
        ),
        variables=(),
    ),
    R(
        key="platform_rules.compliance_review",
        category="platform_rules",
        shortcut="review",
        title_en="Account under compliance review",
        title_zh="账户合规审查中",
        body_en=(
            "Your account is currently under a compliance review, which is why some functions are "
            "temporarily unavailable. Your funds remain safe. To complete the review we may ask for "
            "information such as the source of your funds; please upload documents only through this ticket "
            "({ticket_id}) or the official app. We'll update you as soon as the review is complete."
        ),
        body_zh=(
            "您的账户目前正在进行合规审查，因此部分功能暂不可用，账户内资金是安全的。为完成审查，"
            "我们可能需要您提供资金来源等信息，请仅通过本工单（{ticket_id}）或官方App上传资料。"
            "审查完成后我们会第一时间通知您。"
        ),
        variables=("ticket_id",),
    ),
    R(
        key="platform_rules.escalated",
        category="platform_rules",
        shortcut="escalate",
        title_en="Escalated to a specialist team",
        title_zh="已升级至专业团队",
        body_en=(
            "Thank you for your patience, {customer_name}. I've escalated your case to our specialist team "
            "under ticket {ticket_id}. They'll review it and get back to you, usually within 1-2 business "
            "days. There's no need to open a new request; you can reply here at any time to add information."
        ),
        body_zh=(
            "{customer_name}，感谢您的耐心。您的问题已升级至专业团队处理，工单号为 {ticket_id}，"
            "一般会在1-2个工作日内回复。无需重复提交，如需补充信息，直接在此回复即可。"
        ),
        variables=("customer_name", "ticket_id"),
    ),
    R(
        key="platform_rules.restricted_regions",
        category="platform_rules",
        shortcut="regions",
        title_en="Restricted jurisdictions",
        title_zh="受限国家和地区",
        body_en=(
            "Because of local regulations, we can't provide services to residents of certain jurisdictions. "
            "The current list is at https://www.exchange.example/legal/restricted-regions. Using a VPN or "
            "providing false information to get around these restrictions violates our terms."
        ),
        body_zh=(
            "受各地监管要求限制，我们无法向部分国家和地区的居民提供服务，最新名单请见 "
            "https://www.exchange.example/legal/restricted-regions 。"
            "使用VPN或提供虚假信息规避限制均违反用户服务协议。"
        ),
        variables=(),
    ),
)
