# r25 ordinary_zh - 客户消息（无秘密，含难分辨的相似内容），guardeval25（session 12）
2*充值没到账，哈希 {txhash}，TRC20 转了 {amount} USDT 到 {trxaddr}
2*提币 {wdid} 显示已完成，但钱包没收到，交易哈希：{txhash0x}
2*我的BTC充值地址是 {btcaddr} 对吗
ETH 转到 {ethaddr} 已经{mins}分钟了，区块浏览器显示成功 {txhash0x}
SOL 充值没到，签名 {soltx}
2*UID {uid}，订单号 {order}，限价单成交价格不对
订单 {order} 自己撤单了？我没动过
P2P订单 {p2porder}，卖家{mins}分钟没放币，我是银行转账付的，流水号 {bankref}
工单{ticket}有进展吗，三天了
手机尾号{tail4}，换了卡收不到短信，怎么换绑
用了官网活动的邀请码 {promo} 没拿到奖励
2*你们邮件里的防钓鱼码是 {antiphish}，今天收到一封没有这个码的，是不是假的
我设置的防钓鱼码是 {antiphish}，收到一封没有它的邮件让我验证钱包，举报一下
一直收不到验证码，垃圾箱也看了
短信验证码收不到，今天试了五次了
谷歌验证码老是提示错误，手机时间是自动的
提币验证码是几位数的？我这边收到6位但框里要8位
登录密码和资金密码有什么区别？
资金密码忘了怎么重置？我不会给任何人，只是想重置
在哪里改密码？安全中心吗
有人在电报冒充客服要我助记词，我没给，举报一下 @{pick:okx_kefu_888|guanfang_kf|cs_helpdesk_cn}
有人打电话问我要短信验证码，我挂了，我的UID是 {uid}
把12个词告诉客服安全吗？群里的人说必须要
你们会主动打电话吗？有个 +86 {phonecn} 打给我
想开二次验证，用谷歌验证器还是别的？
手机丢了，谷歌验证器也没了，有身份证和UID {uid}，怎么重置2FA
API Key 在哪看？想接{pick:量化平台|TradingView|报税软件}
程序从 {zhdate} {time} 开始报 50111，key 权限读取+交易，IP {ip}
API 限频：/api/v5/trade/order 大概每2秒{num}次就 429 了，子账户 UID {uid}
我们{zhdate}换了API key，麻烦确认旧的已删除，secret 就不发了
建API的时候设了密码短语，忘了是什么，要删了重建吗
我们是做市商，{pick:BTC-USDT|ETH-USDT|SOL-USDC}永续，{zhdate}起应该是VIP{pick:5|6|7}，手续费还是按 {pct} 收的
客户经理您好，麻烦回电，注册手机尾号{tail4}，{time}到{time}都方便
数量 {amount} USDT，手续费 {small} USDT，TRC20，备注 {memo}
XRP 充值忘填标签了，哈希 {txhash}，数量 {amount}
2*标签填错成 {memo} 了，哈希 {txhash}
KYC 失败三次了，证件照很清楚，工单 {ticket}
银行卡买币扣了 {amount} 元，没收到币，卡尾号 {tail4}，流水号 {bankref}
2*硬件钱包显示的地址是 {btcaddr}，提到这个地址安全吗？不需要提供别的吧
从 Trezor 换 Ledger，是直接在新设备恢复24个词就行吗？（词不会发这里放心）
助记词抄在纸上放保险柜了，要不要再存一份电子版？
Web3钱包支持中文助记词吗？我有一份中文的12个字备份
昨天在一个叫"钱包验证"的网站输了助记词，今天币全没了，地址 {ethaddr}，还有救吗
APP提醒"新设备登录 {ip}（{pick:拉各斯|法兰克福|新加坡}）"不是我！密码已经改了
【通知】提币 {amount} USDT 至 {trxaddr} 已完成 {zhdate} {time}
【邮件】您的账户安全等级已更新，防钓鱼码：{antiphish}。如非本人操作请联系客服。
截图上写"修改密码后24小时内禁止提币"，具体几点能提？
2*主题：回复：工单{ticket}\n\n你好，充值 {txhash} 还是没到账，银行流水已附上。\n\n> {zhdate} 客服写道：\n> 请提供 TxID 和金额。
我的密码有16位，够安全吗？要不要用通行密钥
帮助中心举例说"Abc123456"这种密码不能用，那什么算强密码
密码规则是8到32位要有符号，空格算吗
邮件里的验证码10分钟有效，我超时了，能再发一个吗
短信里的码输了提示过期
半夜三点收到三条验证码短信，我没申请过，要紧吗？我一个都没给别人
提币提示"签名无效"是什么意思，我就点了个按钮
API 调用报签名错误，时间戳 {zhdate} {time}
2*邀请码 {promo} 没绑到我朋友的账户上，他的UID是 {uid}
需要 {zhdate} 到 {zhdate} 的对账单给会计
{pick:BTC|ETH|PEPE} K线 {time} 之后就不动了
资金费率显示 {pct} 对吗
强平价是 {amount}，为什么在 {amount} 就爆仓了
订单 {order} 能开发票吗，公司名深圳某某科技
我七十多了不太会用手机，周末孙子来帮我，有电话可以打吗
麻烦给我回个电话，尾号{tail4}那个
WhatsApp上的"交易所客服"是真的吗？是他们先找的我
机器人说"请勿向任何人透露密码、验证码和助记词"，好的，那怎么验证身份
你们同事打电话让我报谷歌验证码，我没报，对吧？
备用码会过期吗
硬件安全密钥丢了，UID {uid}，邮箱和手机都还在
实名认证要手持写有今天日期的纸拍照，正常吗
我是商家，订单 {p2porder} 买家发了假的付款截图，{amount} 元，银行没到账
买家说付了 {amount} 元但转账名字对不上，申诉单 {ticket}
BTC 要几个确认？我这笔 {txhash} 现在 {num}/3
Solana 地址 {soladdr} 是我的 Phantom，能加白名单吗
2*想把 {ethaddr} 和 {trxaddr} 加到提币白名单
地址簿里 {btclegacy} 显示"未验证"
注销账户，UID {uid}，余额已清零
{pick:圣诞|元旦|春节}活动的兑换码 {promo} 还能用吗
APP {version} 版本找不到防钓鱼码设置在哪
上周把防钓鱼码设成 {antiphish}，今天邮件里显示的不一样
邮件里的链接是 exchange.example/support/ticket/{uid8}，对吧
我们有{num}个子账户，能不能用一个只读的主账户 API
订单 {order} 部分成交，成交 {small} BTC，总共 0.5
第一次买币，银行卡买了 {amount} 元的 USDT，为什么在交易账户不在资金账户
银行提现要多久，流水号 {bankref}
骗子给我的地址是 {trxaddr}，能冻结吗
报警回执编号 {memo}，{zhdate}被盗
网页上谷歌验证能用，APP里不行
收不到邮箱验证码，我用的是{pick:qq邮箱|163邮箱|outlook}
客服看账户需要我的密码吗？朋友说要
# 繁体 / 粤语 / 拼音缩写
你好，我係香港用戶，入金 {amount} USDT 仲未到，哈希 {txhash}
提幣去 {trxaddr} 已經一個鐘，仲係處理中，點算
我的帳戶 UID {uid}，驗證碼一直收唔到，係咪電話號碼有問題
台灣用戶，想問新台幣入金要多久？訂單 {order}
有人喺 Telegram 扮客服問我攞助記詞，我冇畀，想報告
防釣魚碼係 {antiphish}，今日收到封電郵冇呢個碼，係咪假嘅
請問資金密碼同登入密碼有咩分別？
想開兩步驗證，有冇推薦嘅 App？
yzm一直收不到 咋回事啊 家人们
mm忘了咋整，找回密码那里点了没反应
zjmm是啥，第一次买币不懂
dd：订单{order} 还没成交 xswl 挂了一晚上
2*U 提到 {trxaddr} 了，hash {txhash}，到了吱一声
2*客服小姐姐，{p2porder} 这单卖家跑路了咋办
我不会说普通话，打字慢，請問有廣東話客服嗎？
请问官方电话多少，我要回拨确认一下刚才那个电话是不是你们
# 更多情形
2*做市团队：子账户 {uid} 在 {time} 到 {time} 之间有 {num} 笔下单被拒，错误码 51008，clOrdId 前缀 mm{hexshort}，麻烦查下撮合日志
VIP：请把 {ethaddr} 加到子账户 {uid} 的白名单，董事签字的申请见附件
我们的 API Key {pick:3e1f9a2b-7c4d-4e5f-8a6b-9c0d1e2f3a4b|5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d|6e5d4c3b-2a1f-4e0d-9c8b-7a6f5e4d3c2b} 显示过期，{zhdate}才建的，secret 故意没发
API Key 算不算秘密？文档说放在 OK-ACCESS-KEY 头里，secret 我不会发的
2*websocket 每 {num} 分钟断一次，错误码 4004，25秒 ping 一次，连接 id {hexshort}
文档签名示例里的 secret "22582BD0CFF14C41EDBF1AB98506286D" 是示例吧
我用密码管理器生成的24位随机密码，念都念不出来哈哈
{zhdate} {time} 改过密码，能确认是我的设备（{pick:iPhone 15|华为 Mate 60|Windows 电脑}）吗
验证码过了12分钟才到，已经过期了，你们短信通道是不是慢
验证码输入框只能输4位，我收到的更长（不贴出来了）
提示输入"谷歌验证器6位码"，可我绑的是短信啊，搞不懂
收到一封"您的验证码"邮件，但我没在登录，里面防钓鱼码是 {antiphish}，是我的，那是真的？
恢复Web3钱包需要助记词吗？我不想给任何人
24个词写在 Ledger 附带的卡片上了，过塑好不好
词是英文的，APP是中文界面，恢复有影响吗
Trezor 输助记词提示校验错误，是不是抄错了一个
2*ETH 转到 {ethaddr} 选成 Arbitrum 了，{small} ETH，哈希 {txhash0x}，能帮忙吗
陌生地址 {trxaddr} 给我转了 {amount} USDT，不知道是啥，是不是骗局
钱包里多了个"USDT奖励"代币带领取链接，不理它对吧
卡尾号 {tail4}，手机尾号 {tail4}，方便你们查
订单号 {order}，金额 {amount} USDT，{zhdate}付的
收到 106{memo} 短信"您的提币已提交"，我没提！已经改密码了
APP里复制的："订单 {order} | 买入 BTC | 价格 {amount} | 成交 {small} | 手续费 {small} USDT"
邮件复制："充值已确认。数量：{amount} USDT。TxID：{txhash}"
区块浏览器显示 {txhash} 失败：能量不足，手续费谁出
我的P2P商家名"{pick:阳光OTC|快U香港|狮子兑换}"，完成{num}00单，订单 {p2porder} 的买家威胁我
买家聊天记录："我已经付了，马上放币不然投诉你"，订单 {p2porder}，金额 {amount}
卖家让我场外付款到另一个账户，这样可以吗
密码输错太多次被锁了，要锁多久
忘记密码跳到 exchange.example/account/reset 这个页面，对吗
每次提币都要输资金密码正常吗
请用英文回复，我中文不好 please English
我不方便打字，能回个电话吗，{time} 以后都行
旧手机号 {phonecn} 不用了，收不到短信怎么换绑
群里有人发你们"补偿计划"的截图，是真的吗
电报上有个"Kevin客服"让我把币转到安全钱包，我没转，你们有叫 Kevin 的吗
打电话的人知道我名字和 UID {uid}，他们怎么知道的
助记词是不是就是密码？第一次用不太懂
提币白名单地址 {btcaddr} 添加后要等24小时吗
zfb付款后卖家一直不放，单号 {p2porder}，急
