#! repeat 2
p2p|P2P订单{order}，我{pay_zh}付了{cny}元，商家{merchant_zh}四十分钟了还不放币
p2p|买家点了已付款 订单号{order} 但我{bank_zh}没到账 先别放对吧
p2p|卖U之后{bank_zh}卡被冻了，尾号{cardtail}，银行说来款可疑，你们能开证明吗
p2p|申诉了，订单{order}，转账流水号{bankref}，时间{hhmm}，截图已上传
p2p|商家让我转到另一个账户，跟订单里不一样，我没转。订单{order}
p2p|卖家说取消订单，加微信私下交易，这样可以吗
p2p|订单号：{order} 单价{price} 数量{amount} USDT 状态“申诉中”
p2p|P2P申诉一般多久？工单{ticket}
p2p|打款人名字和订单实名不一样，我要退款吗？
p2p|没到账我就手滑放币了 订单{order} 买家uid {uid} 救命
p2p|想做P2P商家，保证金要多少？我有{big} U
p2p|買家打電話到我{phone}讓我放幣，怪怪的
p2p|承兑商说卡被冻结让我先放币他再打款，不对劲吧
otc|大宗OTC 想买{big} USDT，用美元电汇，汇款编号{bankref}
otc|我是VIP5，专属客户经理怎么在APP里联系？
otc|Telegram上有人自称VIP经理 @okx_vip_{n}，是你们的人吗
otc|大宗报价三十秒就过期了 能不能延长一点
otc|机构账户UID {uid}，子账户UID {uid2}，要三月份的OTC对账单
otc|电汇{big}美元 {bank_zh}说已经汇出，参考号{bankref}，还没到
listing|{token}几点开盘？公告写的{hhmm}
listing|上币空投充了{amount}个{token}，哈希{tx}，没到账
listing|群里有人发{token}空投领取链接，是真的吗？
listing|{token}的官方合约是哪个？公告里写的{evm}
listing|新币{token}挂单没成交 价格明明穿过去了
listing|Launchpool快照时间{hhmm}，USDT放资金账户还是交易账户？
copy|跟单的带单员{merchant}全平了，我亏了{amount}U，能看历史吗
copy|怎么停止跟单但不平仓？
copy|跟单分润扣了两次 订单{orderid}和{orderid2}
web3|从以太坊跨链{amount} USDC到{chain}，哈希{tx}，那边没收到
web3|充错网络了，我的地址{evm}，交易哈希{tx}
web3|提币到{btc}一上午还在处理中，txid {txid}
web3|波场地址{trx}，哈希{txid}，确认数够了余额没变
web3|Solana充值地址{soladdr}，我转了{token}，是不是错了
web3|这是我{wallet}的地址 {soladdr} 帮我加提币白名单
web3|Web3钱包要我授权合约{evm}，能授权吗
api|建了只读API key {apikey}，把key（不是secret）给会计看可以吧
api|API key {apikey} 换了IP就报50110
security|收到邮件，开头防钓鱼码是“{antiphish}”，让我验证钱包，是真的吗？
security|邮件里的防钓鱼码写着{antiphish}，叫我重置谷歌验证，我没申请过
security|微信上有人要我的助记词说是核验账户，我没给，怎么举报
security|资金密码在哪里改？我不告诉你密码，只问设置在哪
security|手机丢了谷歌验证器也没了，重置2FA要什么材料
security|收到短信说账户冻结，号码106{n}{cardtail}，假的吧
security|TG上“客服”要六位验证码，我没给，帮我举报
security|任何人要验证码都别给对吧？我妈老是问
spaces|我 的 订 单 号 是 {order} 麻 烦 查 一 下
spaces|你 好 请 问 一 下 我 的 币 什 么 时 候 到 账 啊
spaces|上 币 那 天 的 空 投 什 么 时 候 发 放 谢 谢
spaces|商 家 不 放 币 怎 么 办 我 已 经 付 款 了
spaces|請 問 一 下 大 宗 交 易 最 低 多 少 U 起
words|单号{orderid} 价格{price} 数量{amount} 手续费0.1% 合计{cny} 手续费怎么算的
words|备用联系电话{phone}，现在只绑了邮箱
words|银行回单上有{bankref}和{bankref2}还有{cardtail}，要哪个
words|KYC二级卡住了 护照尾号{cardtail} {hhmm}提交的
words|我UID {uid} 订单号{orderid} 还需要别的吗
words|工单{ticket} 有进展吗 48小时了
words|时间{hhmm} 金额{amount} 网络{chain} 地址{evm}
words|昨天改了密码，是不是所以提币锁24小时？
words|助记词是什么？交易所账户需要吗？
words|验证码过期了，能不能重新发一个到我手机
words|我钱包的12个单词抄在纸上了，放保险箱行吗
words|私钥我放家里纸上了，只想问{coin}充值要不要填memo
words|API的secret丢了，删了重建就行吗？
words|哈希{txid} 区块高度{n}{cardtail} 浏览器显示成功
words|mima wang le zenme zhaohui a
words|yanzhengma yizhi shou bu dao，shouji hao {phone}
words|abandon ability able 这几个英文单词是什么意思？空投页面上看到的
p2p|[[你好~您好~在吗]]，商家{merchant_zh}[[一直~老是]]让我先放币，订单{order}
p2p|[[帮我~麻烦]]查下订单{order}，买家说从{bank_zh}尾号{cardtail}[[转了~打了]]{cny}
p2p|订单{order}已经原路退回，流水{bankref}，[[申诉可以关了吧~麻烦结案]]
otc|客户经理{zhname}经理[[休假了~不回消息]]，OTC结算[[这周~今天]]找谁？UID {uid}
otc|[[要~需要]]大宗交易{big} USDT的[[发票~结算单]]，单号{orderid}
listing|{token}[[支持~能不能]]{chain}充值吗？[[我的币在~地址]]{evm}
listing|{token}[[空投~奖励]][[没到~没收到]]，UID {uid}，快照的时候我有{amount} U
copy|带单员{merchant}的[[分润~手续费]][[不对~太高了]]，单号{orderid}
web3|跨链{amount} {coin}[[卡住了~一直pending]]，源链哈希{tx}，目标地址{evm}
web3|[[昨天~今天早上]]转到{trx}，[[不用填memo吧~要备注吗]]？txid {txid}
security|有人发我 exchange-example-support[.]com 说是[[VIP~上币]]专页，[[钓鱼吧~是假的吗]]
security|防钓鱼码[[怎么设置~在哪设置]]？[[我还没设过~之前没弄]]
security|谷歌验证器里[[有两个~出现两条]]交易所的，[[用哪个~哪个是对的]]？
words|[[重置密码~找回密码]]的邮件[[一直没收到~收不到]]，邮箱{zhname}{n}@mail.example
words|汇款[[参考号~回单号]]：{bankref}｜金额：{big}｜日期：12月{n}日[[还没到~查不到]]
words|[[哥~亲]]，[[我就问一下~问下]]，P2P[[收款~付款]]方式能绑{pay_zh}吗
