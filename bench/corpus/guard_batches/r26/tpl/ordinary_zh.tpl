ordinary|提币一直显示处理中，交易哈希 {txid}
ordinary|充值 USDT 到 {trx_addr}，区块浏览器显示成功了，hash {txhash}，还没到账
ordinary|为什么我的仓位 {pos_id} 在 {price} 被强平了？强平价明明更低
ordinary|{lev} 做多 ETH，开仓价 {eth_price}，凌晨 {hhmm} 收到追加保证金通知然后就爆了
ordinary|UID {uid}，暴跌之后余额显示不对
ordinary|订单号 {order_id} 成交价 {price}，K线根本没到这个价
ordinary|提币 {btc_amt} BTC 到 {btc_addr} 从 {date} 一直卡着
ordinary|APP 一直报错 {errcode}，平不了仓
ordinary|手机尾号 {phone_tail}，收不到短信验证码
ordinary|资金密码忘了怎么重置？
ordinary|验证码一直收不到，试了五次了
ordinary|优惠码 {promo} 还能用吗
ordinary|邮件里有我的防钓鱼码 {antiphish}，说有异地登录，是真的吗
ordinary|昨天改了登录密码，是不是24小时不能提币
ordinary|工单 {ticket} 一晚上没人回，我亏了 {amount} U
ordinary|你好，关于昨晚的暴跌，我想正式投诉。{hhmm} 左右 APP 卡了四十分钟，我无法追加保证金，仓位 {pos_id} 在 {price} 被强平。请核查并给予补偿。UID {uid}。
ordinary|你们是不是要跑路了？推特上都在说
ordinary|电报上有人说是客服，问我要助记词，是你们吗？
ordinary|收到邮件说账户有风险要紧急迁移，没有防钓鱼码，是骗子吧
ordinary|ADL 是什么意思？仓位 {pos_id}
ordinary|资金费率 {pct} 太离谱了
ordinary|XRP 充值 memo {memo} 填对了吗
ordinary|我要找人工客服！！！不要机器人
ordinary|我是VIP，客户经理 {agent} 电话打不通，请马上回电
ordinary|好的，我等等，谢谢
ordinary|我的钱安全吗
ordinary|请问客服会不会问我要密码？
ordinary|谷歌验证码一直提示错误，是不是手机时间不对
ordinary|提現一直卡住，交易哈希 {txid}，唔該幫手睇下
ordinary|點解我張單 {order_id} 冇成交？價錢明明穿咗
ordinary|我個倉 {pos_id} 俾人強平咗，{lev}，好嬲
ordinary|請問補償幾時發？WhatsApp 有人話係客服叫我撳連結
ordinary|充值地址 {eth_addr} 是我的吗？我怕复制错了
ordinary|合约地址 {eth_addr} 是正确的 USDC 吗
ordinary|手续费扣了 {amount} USDT，交易 {txhash} 失败了能退吗
ordinary|UID {uid8} 子账户 {uid8} 都一样的问题
ordinary|保证金 {amount} USDT，逐仓，杠杆 {lev}
ordinary|{date} 收到一条短信带链接，说是交易所的，我没点
ordinary|安卓 6.84.1 版本登录就闪退
ordinary|限价单 {order_id} 价格穿了为什么没成交
ordinary|C2C 卖家 {uid8} 不放币，订单 {order_id}
ordinary|三年积蓄一晚上没了，我真的好崩溃
ordinary|bi jia die le 30%, wo de cang wei {pos_id} bao le, zen me ban
ordinary|提币地址白名单里的 {trx_addr} 不见了
ordinary|银行转账参考号 {ref}，法币充值没到
ordinary|密码 忘 了 怎 么 找 回
ordinary|我 的 提 币 卡 住 了 请 帮 帮 我
ordinary|備用碼我收喺夾萬度，重置2FA要唔要用？
ordinary|我怀疑密码泄露了，怎么冻结账户
ordinary|这个 {txid_short} 是我的充值，完整的是 {txid}
ordinary|API Key {api_key} 一直报 50113 签名错误，是你们改了什么吗
ordinary|价格从 {price} 跌到 {price} 就十分钟，怎么可能
ordinary|验证码六位数，过期太快了，两分钟就失效
ordinary|我設咗防釣魚碼 {antiphish}，喺邊度睇？
ordinary|客户经理 {agent} 说发邮件，发了也没人回
ordinary|台灣時間 {hhmm} 開始就提不了幣，什麼時候恢復？
ordinary|你好，跟进一下昨晚的问题。我有三个仓位：{pos_id}、{pos_id}、{pos_id}，{hhmm} 到 {hhmm} 之间全部被强平，总亏损 {amount} USDT。我多次追加保证金，APP 一直返回 {errcode}。请提供我的请求日志。
ordinary|验证码是干什么用的？APP让输验证码但我没收到
ordinary|你们发的验证码不能用
ordinary|重置谷歌验证需要密码吗
ordinary|重置密码的链接过期了
ordinary|今天刚设置了资金密码，现在可以提币吗
ordinary|助记词我抄在纸上放家里，这样安全吗
ordinary|私钥我保管好了，就想问充值为什么没到
ordinary|怎么创建只读权限的 API？
ordinary|API 的 Passphrase 忘了在哪里看
ordinary|验证码发到尾号 {phone_tail} 的手机，但我换号了
ordinary|BTC 现在 {price}，你们赶紧开放提币啊
ordinary|ETH {eth_price} 了 😭
ordinary|我的仓位是 {pos_id}，UID {uid}
ordinary|订单 {order_id} 的手续费 {amount} USDT 请退还
ordinary|强平价 {price}，标记价格 {price}，最新价 {price}，用的哪个？
ordinary|我有 {hhmm}、{hhmm} 的截图
ordinary|客服电话排队两个小时没人接
ordinary|别关对话，我在找截图
ordinary|邮件里的防钓鱼码是 {antiphish}，对吧
ordinary|收到"提币申请 {order_id}"邮件，但我没有提币！！
ordinary|谷歌验证码是6位还是8位？
ordinary|资金密码输错五次被锁了
ordinary|{date} 的强平记录在哪里看
ordinary|你们会主动在电报上私信吗？有个叫"官方客服"的找我
ordinary|有个 +852 的电话说是你们，还知道我的 UID
ordinary|我是机构客户经理，有14个子账户，UID {uid8} 到 {uid8}，需要昨晚全部对账单
ordinary|每天提币额度是 {amount} USDT 吗
ordinary|一直提示"验证码错误"，是不是服务器时间不对
ordinary|防钓鱼码能改吗？现在是 {antiphish}
ordinary|优惠码 {promo} 合约手续费没生效
ordinary|助记词没问题，是交易所提币的问题
ordinary|txid：{txid}（BTC），三个小时了0确认
ordinary|昨天态度不好不好意思，谢谢帮忙
ordinary|链：TRON，从 {trx_addr} 转到 {trx_addr}，金额 {amount}
ordinary|哋啲提款幾時先到？我要交租㗎
ordinary|屌，爆倉咗 {amount} USDT
ordinary|香港時間 {hhmm}，成個 app 冇反應
ordinary|支付宝转账单号 {ref}，C2C 买币没放
ordinary|我 的 仓 位 {pos_id} 被 强 平 了
ordinary|ni men de app tai ka le, wo de ti bi {txid} hai mei dao
ordinary|區塊高度 {memo}，仲未入帳
ordinary|充值{btc_amt}个BTC，地址 {btc_addr}，哈希 {txid}，请核实
ordinary|密码我自己保管的，不会告诉别人，就是想问怎么改
ordinary|你们的防钓鱼码功能在哪开？
ordinary|杠杆 {lev} 是不是太高了，以后不敢了
ordinary|客服你好：\n\n昨晚 {hhmm} 我的多单 {pos_id}（{lev}）被强平，止损设置在 {price} 没有触发，附截图，请复核。\n\n谢谢
ordinary|VIP4，需要回电，手机尾号 {phone_tail}，急
ordinary|好的明白了，顺便问下风险准备金现在多少？
ordinary|怎么关掉短信验证，改用谷歌验证器？
ordinary|手机被偷了，小偷可能看到验证码，请锁定我的账户
ordinary|没收到2FA备用码，是发邮件了吗
ordinary|输错三次验证码账户被冻结了
ordinary|资金密码和登录密码有什么区别
ordinary|昨天给人共享了屏幕，我的账户安全吗
ordinary|有人让我在小狐狸里签名领补偿，我没签，举报一下
ordinary|你们官方推特账号是 @ExchangeExample 吗
ordinary|你们客服说2-4小时，现在6小时了
ordinary|仓位 {pos_id} 在 {price} 被自动减仓了，利润被拿走了！
ordinary|提 {amount} USDT 到 {trx_addr}
ordinary|请把 {date} 到 {date} 的对账单发给我
ordinary|哈希 {txhash}，BSC 网络
ordinary|UID：{uid} / 订单：{order_id} / 金额：{amount}
ordinary|不好意思发这么多消息，我慌了，余额显示 {amount}，昨天是三倍
ordinary|请升级处理，我问第四遍了
ordinary|邮件标题"追加保证金提醒 - {order_id}"是真的吗？里面有我的防钓鱼码 {antiphish}
ordinary|助记词那张纸丢了，交易所账户能找回吗？（我只用交易所钱包）
ordinary|卡爆了
ordinary|还在等……txid {txid}
ordinary|听说我的 API Key 泄露到公开仓库了，怎么更换？
ordinary|每个下单都报 50001 服务暂不可用
ordinary|短信说验证码，但是英文的我看不懂
ordinary|台灣用戶，銀行轉帳末五碼 {phone_tail}1，入金還沒到
ordinary|我係香港客，轉數快參考編號 {ref}，仲未入賬
ordinary|淘宝上买的"内部补偿名额"是不是骗子？
ordinary|客服，有人冒充你们打电话给我，说我的账户涉嫌洗钱
ordinary|强平通知 {date}，仓位 {pos_id}，强平价 {price}
ordinary|USDT 余额 {amount}，冻结 {amount}，为什么冻结？
ordinary|我的邀请码是公开的 {promo}，返佣没到
ordinary|客户经理 {agent}，我的授信额度 {amount} USDT 怎么显示少了
ordinary|好的，已改密码了，也开了谷歌验证，谢谢提醒
ordinary|yin hang ka zhuan zhang {ref} hai mei dao
ordinary|区块浏览器 {txid_short} 已确认 12 次
ordinary|今晚还能提币吗？还是明天早上？
ordinary|验证码我没给任何人，就是收不到
ordinary|那个说帮我追回损失的人要我先交钱，我没理他
