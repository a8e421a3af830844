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
