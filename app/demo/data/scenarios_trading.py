"""Trading, fee, promotion and VIP service cases."""

from __future__ import annotations

from app.demo.data import facts as f
from app.demo.data.facts import Scenario, Script

FUTURES_LIQUIDATION = Scenario(
    name="futures_liquidation",
    tags=("futures", "liquidation"),
    priority="high",
    channels=("chat", "chat", "email", "ticket"),
    picker=f.pick_liquidation,
    note=(
        "Checked {order_id}: mark price crossed the liquidation price; no system incident in that window. No "
        "compensation applicable."
    ),
    en=Script(
        subject="{symbol} position liquidated unfairly",
        opening=(
            "My {symbol} {position_en} was liquidated (order {order_id}), but the price on the chart never "
            "reached my liquidation price! I want my money back.",
        ),
        reply=(
            "I'm sorry about the loss. Liquidation is triggered by the mark price, not the last traded price "
            "that the chart shows by default. The mark price is derived from an index of several major "
            "exchanges, which protects positions from a spike on a single venue."
        ),
        info="Then why did your chart show something different? That's not fair.",
        ask=(
            "I'd like to check this carefully. Which chart were you looking at (last price or mark price), "
            "and on which timeframe? I'll pull the mark price history for order {order_id}."
        ),
        snooze=(
            "I've asked our derivatives team for the mark and index price data around order {order_id}. I'll "
            "share the findings here."
        ),
        resolve=(
            "I've reviewed the data: the mark price did reach your liquidation level at the time of order "
            '{order_id}, so the liquidation was executed correctly. Switch the chart to "Mark price" to '
            "see it. Lower leverage or a stop-loss can reduce the risk of liquidation."
        ),
        thanks="OK, I understand. Not happy, but thanks for checking.",
    ),
    zh=Script(
        subject="{symbol} 仓位被强平，要求核实",
        opening=(
            "我的{symbol}{position_zh}被强平了（订单号 {order_id}），可K线根本没到强平价！我要求赔偿。",
        ),
        reply=(
            "很遗憾您遭受了损失。强制平仓是按标记价格触发的，而不是K线默认显示的最新成交价。"
            "标记价格参考多家主流交易所的指数价格计算，可以避免单一平台价格异常波动导致的不合理强平。"
        ),
        info="那为什么你们K线上的价格不一样？这不公平。",
        ask=(
            "我想帮您仔细核实一下。请问您当时看的是最新价K线还是标记价格K线，时间周期是多少？我会调取订单 "
            "{order_id} 对应时段的标记价格记录。"
        ),
        snooze="我已请合约团队调取订单 {order_id} 强平前后的标记价格和指数价格数据，有结果后在这里同步给您。",
        resolve=(
            "经核查，订单 {order_id} 强平时标记价格已触及您的强平价，强平执行无误。"
            "您可以把K线切换到“标记价格”查看。"
            "建议适当降低杠杆或设置止损，以降低强平风险。"
        ),
        thanks="好吧，明白了。虽然很郁闷，还是谢谢你们核实。",
    ),
)

PARTIAL_FILL = Scenario(
    name="partial_fill",
    tags=("spot", "orders"),
    priority="low",
    channels=("chat", "chat", "email"),
    picker=f.pick_partial_fill,
    note="Order {order_id} behaving normally (price-time priority). No matching-engine incident.",
    en=Script(
        subject="Limit order {order_id} only partly filled",
        opening=(
            "My limit {side_en} order {order_id} for {amount} {base} at {price} is only partly filled "
            "({filled} {base}). Why didn't it all go through?",
        ),
        reply=(
            "A limit order only fills when there are matching orders at your price or better. Order "
            "{order_id} has filled {filled} of {amount} {base} so far; the rest stays on the order book "
            "until it's matched or you cancel it."
        ),
        info="But the price went {cross_en} {price} for a moment, so shouldn't it have filled completely?",
        ask=(
            "Brief wicks often have very little volume behind them. Roughly what time did you see the price "
            "move? I'll check the {symbol} trade history for that moment."
        ),
        snooze=(
            "I'm checking the {symbol} order book history with the trading team and will get back to you "
            "here."
        ),
        resolve=(
            "I checked the trade history: only a small volume traded at that level, and orders placed "
            "earlier "
            "at the same price were filled first (price-time priority). Your order is working correctly. "
            "If you want it filled immediately, you can cancel the remainder and place a market order."
        ),
        thanks="Makes sense, thanks.",
    ),
    zh=Script(
        subject="限价单 {order_id} 只成交了一部分",
        opening=(
            "我挂了一个 {price} 的限价{side_zh}单（订单号 {order_id}），数量 {amount} {base}，"
            "现在只成交了 {filled} {base}，为什么没有全部成交？",
        ),
        reply=(
            "限价单只有在市场上有您设定价格或更优价格的对手单时才会成交。订单 {order_id} 目前已成交 "
            "{filled}/{amount} {base}，剩余部分会继续挂在订单簿上，直到成交或您手动撤单。"
        ),
        info="可是价格明明短暂{cross_zh}过 {price}，为什么没有全部成交？",
        ask=(
            "瞬间的插针通常成交量很小。请问您大概是什么时间看到价格波动的？我帮您查一下 {symbol} "
            "当时的成交记录。"
        ),
        snooze="我正在和交易团队核对 {symbol} 的订单簿历史，有结果会在这里回复您。",
        resolve=(
            "我查看了成交记录：该价位只成交了很少的量，且同价位更早挂出的订单优先成交（价格优先、时间优先），"
            "您的订单运行正常。如需立即成交，可以撤销剩余部分后下市价单。"
        ),
        thanks="明白了，谢谢。",
    ),
)

FEES_QUESTION = Scenario(
    name="fees_question",
    tags=("fees",),
    priority="low",
    channels=("chat", "email", "email"),
    picker=f.pick_trader,
    note="Fee tier {fee_tier} is correct for 30-day volume of {volume} USD.",
    en=Script(
        subject="Question about my trading fees",
        opening=("Why are my trading fees so high? I'm paying more than I expected on my trades.",),
        reply=(
            "Your account is on fee tier {fee_tier}, based on your 30-day trading volume of about {volume} "
            "USD. Fee tiers are recalculated daily at 00:00 UTC, and limit (maker) orders pay less than "
            "market (taker) orders."
        ),
        info="What would I need to reach the next tier?",
        ask=(
            "Happy to check. Do you mainly trade spot or futures, and mostly with limit or market orders? "
            "That changes which rates apply to you."
        ),
        snooze=(
            "I'll double-check the fees charged on your last few trades with the billing team and come back "
            "to you."
        ),
        resolve=(
            "You can find the full fee schedule and the volume needed for each tier at "
            "https://www.exchange.example/fees. Using limit orders is the easiest way to lower your costs."
        ),
        thanks="Thanks, that helps.",
    ),
    zh=Script(
        subject="关于交易手续费的疑问",
        opening=("为什么我的交易手续费这么高？比我预想的多不少。",),
        reply=(
            "您目前的手续费等级为 {fee_tier}，是根据近30天约 {volume} 美元的交易量计算的。"
            "等级每天 UTC 0点（北京时间早上8点）更新一次；限价单（挂单）的费率低于市价单（吃单）。"
        ),
        info="那要达到下一个等级需要多少交易量？",
        ask="我帮您查一下。请问您主要交易现货还是合约？平时多用限价单还是市价单？适用的费率会有所不同。",
        snooze="我会和计费团队再核对一下您最近几笔交易的手续费，稍后回复您。",
        resolve=(
            "完整的费率表和各等级所需交易量请见 https://www.exchange.example/fees 。"
            "多使用限价单是降低成本最直接的方式。"
        ),
        thanks="谢谢，很有帮助。",
    ),
)

PROMOTION_REWARD = Scenario(
    name="promotion_reward",
    tags=("promotion",),
    priority="low",
    channels=("chat", "chat", "email", "ticket"),
    picker=f.pick_promotion,
    note="Eligibility check requested from the growth team for {promo_en}. Volume meets the threshold.",
    en=Script(
        subject="Reward not received - {promo_en}",
        opening=(
            "I took part in the {promo_en} and met all the requirements, but I still haven't received my "
            "{reward_en}.",
        ),
        reply=(
            "Thanks for joining the {promo_en}. Rewards are distributed within 14 working days after the "
            "campaign ends, once eligibility has been verified, so yours may still be within that window."
        ),
        info="The campaign ended over a week ago and my friend already got his.",
        ask=(
            'Let me check your eligibility. Did you tap "Join" on the event page before you started '
            "trading? Trades made before registering for the campaign don't count."
        ),
        snooze=(
            "I've sent your UID to the campaign team to verify eligibility and will update you once they "
            "reply."
        ),
        resolve=(
            "The campaign team confirmed you're eligible: your {reward_en} will be sent in the next "
            "distribution batch and you'll get an in-app notification. Full rules: "
            "https://www.exchange.example/activities"
        ),
        thanks="Great, thank you!",
    ),
    zh=Script(
        subject="活动奖励未到账：{promo_zh}",
        opening=("我参加了{promo_zh}，条件都达到了，可是{reward_zh}到现在还没发。",),
        reply=(
            "感谢您参与{promo_zh}。活动奖励会在活动结束、资格审核完成后的14个工作日内发放，"
            "目前可能仍在发放周期内。"
        ),
        info="活动都结束一个多星期了，我朋友的早就到了。",
        ask=(
            "我帮您核实一下参与资格。请问您是在交易前先在活动页点击了“立即报名”吗？"
            "报名前产生的交易不计入活动。"
        ),
        snooze="我已将您的UID提交给活动团队核实资格，有回复后会马上通知您。",
        resolve=(
            "活动团队已确认您符合条件，{reward_zh}将在下一批次发放，届时会有站内通知。"
            "完整活动规则请见 https://www.exchange.example/activities"
        ),
        thanks="太好了，谢谢！",
    ),
)

VIP_API_LIMIT = Scenario(
    name="vip_api_limit",
    tags=("api", "vip-service"),
    priority="high",
    channels=("email", "email", "chat", "callback"),
    picker=f.pick_vip_api,
    note="Rate-limit increase for {tier} client: 3x order limit on {symbol}. API team ticket raised.",
    vip_only=True,
    en=Script(
        subject="API rate limit increase for UID {uid}",
        opening=(
            "Hi {manager_first}, our market-making bot keeps hitting the API order rate limit on {symbol}. "
            "Could you raise the limit on our account (UID {uid})?",
        ),
        reply=(
            "Of course. As a {tier} client you're eligible for higher limits, and I'll submit the request to "
            "the API team today."
        ),
        info="Great. We'd need roughly 3x the current order limit, mainly on {symbol}.",
        ask=(
            "To submit it, please send me the label of the API key (not the secret) and the sub-account it "
            "runs on. Never share the API secret itself: we don't need it."
        ),
        snooze=(
            "Request submitted; the API team usually turns these around within 1 business day. I'll confirm "
            "here once it's live."
        ),
        resolve=(
            "Done: the higher order-rate limit is now active on that API key. Let me know if you still see "
            "any 429 responses."
        ),
        thanks="Working well now, thanks!",
    ),
    zh=Script(
        subject="申请提高API频率限制（UID {uid}）",
        opening=(
            "{manager_first}你好，我们的做市程序在 {symbol} 上频繁触发API下单频率限制，能否帮我们账户（UID "
            "{uid}）提高限额？",
        ),
        reply="没问题。作为{tier}客户，您可以申请更高的API限额，我今天就帮您向API团队提交申请。",
        info="好的，我们大概需要目前下单限额的3倍，主要是 {symbol}。",
        ask=(
            "提交申请需要您提供API Key的备注名称（不是密钥）以及所在的子账户。请不要发送API Secret，"
            "我们不需要它。"
        ),
        snooze="申请已提交，API团队一般在1个工作日内处理，生效后我会在这里告诉您。",
        resolve="已处理完毕：该API Key的下单频率上限已经提高。如果还出现429报错，请随时告诉我。",
        thanks="现在运行正常了，谢谢！",
    ),
)

STOP_NOT_TRIGGERED = Scenario(
    name="stop_not_triggered",
    tags=("futures", "stop-loss"),
    priority="normal",
    channels=("chat", "chat", "email"),
    picker=f.pick_stop,
    note="Stop {order_id}: trigger type = mark price; mark never crossed {price}. Working as designed.",
    en=Script(
        subject="Stop-loss did not trigger on {symbol}",
        opening=(
            "I set a stop-loss on {symbol} at {price} (order {order_id}), but it didn't trigger when the "
            "price got there.",
        ),
        reply=(
            "Let me look into order {order_id}. A common cause is the trigger price type: a stop can trigger "
            "on the last price or on the mark price, and the two can differ slightly during fast moves."
        ),
        info="I didn't change anything, it's the default setting.",
        ask=(
            "Could you share a screenshot of the order details page for {order_id}, showing the trigger "
            "type? That will let me confirm what happened."
        ),
        snooze=(
            "I've asked the derivatives team for the trigger log of order {order_id}. I'll share what they "
            "find."
        ),
        resolve=(
            "The trigger log shows order {order_id} was set to trigger on the mark price, which never "
            "reached {price}; only the last price touched it briefly. So the order behaved as configured. "
            'You can choose "Last price" as the trigger type when placing a stop.'
        ),
        thanks="Ah, I see. I'll change that, thanks.",
    ),
    zh=Script(
        subject="{symbol} 止损单未触发",
        opening=("我在 {symbol} 设了 {price} 的止损（订单号 {order_id}），价格到了却没有触发。",),
        reply=(
            "我来帮您查一下订单 {order_id}。常见原因是触发价格类型：止损可以按最新价或标记价格触发，"
            "行情剧烈波动时两者会有一定差异。"
        ),
        info="我什么都没改，用的是默认设置。",
        ask="麻烦您截图发一下订单 {order_id} 的详情页（需显示触发价格类型），方便我确认具体情况。",
        snooze="我已请合约团队调取订单 {order_id} 的触发日志，有结果后同步给您。",
        resolve=(
            "触发日志显示，订单 {order_id} 设置为按标记价格触发，而标记价格并未到达 {price}，"
            "只是最新价短暂触及，"
            "因此订单按设置正常运行。下单时可以将触发类型选择为“最新价”。"
        ),
        thanks="原来如此，我改一下设置，谢谢。",
    ),
)

TRADING_SCENARIOS: tuple[Scenario, ...] = (
    FUTURES_LIQUIDATION,
    PARTIAL_FILL,
    FEES_QUESTION,
    PROMOTION_REWARD,
    VIP_API_LIMIT,
    STOP_NOT_TRIGGERED,
)
