# r19 links (zh): customer messages with a link. flag| a look-alike of exchange.example; ok| must not be flagged.
flag|收到邮件说提币被暂停，链接是 https://exchange-example.com/withdraw/confirm 是你们发的吗
flag|https://exchnage.example/login 是新的登录页面吗？看起来一模一样
flag|群里有人发了周年活动链接 https://exchange.example.claim-rewards.xyz/airdrop
flag|这个网站让我输入二次验证码：https://exchangee.example/security
flag|https://www.exchange-examp1e.com/verify 我已经输了邮箱了，怎么办
flag|短信说"异常登录，请到 exchange-example-alert.com 查看"，是真的吗
flag|secure-exchange.example.net 是官方备用网址吗？主站打不开
flag|我在 http://exchange.exarnple/ 登录之后余额就没了
flag|他们发了 http://login.exchange.example.session-verify.top/ 让我刷新登录状态
flag|链接是 https://exchange.example@auth-portal.click/login ，看着像官网
flag|扫二维码打开的是 https://m.exchange-example.app/kyc
flag|https://xn--exchnge-8wa.example/wallet 浏览器显示成了 exchänge，是你们吗
flag|电报群里的链接：https://www.ехсhange.example/login 看着挺正常的
flag|exchange-examples.com 是同一家公司吗
flag|"客服"让我在 exchangeexample.support/ticket/88213 上传证件
flag|https://help-exchange.example.org/contact 上面有电话，是真的吗
flag|"安全中心"的邮件链接 https://exchange.example.security-center.cc/reset
flag|百度搜出来第一个是 https://exchange-exampie.com 我点进去了才发现不对
flag|https://exchange.examp1e/ 今天登不上了，是维护吗
flag|空投网站 https://exchange-example.io/claim 让我连接钱包
flag|推特私信说24小时内到 exchangeexample.net 验证
flag|www.exchange-example-web3.com 让我输入助记词同步，是你们的Web3钱包吗
flag|https://exchange.example.com/login 我收藏的是这个，对吗
flag|C2C卖家发来 https://exchainge.example/p2p/order/77281 让我去"放币"
flag|excange.example 是仿冒网站吗？我差点在上面输密码
flag|从邮件点了 https://www.exchange.exampie/login 然后输了验证码，怎么办
flag|"VIP升级"链接：vip-exchange-example.com/upgrade
flag|传单上的二维码打开 http://exchange-example.co/bonus
flag|https://exchange.example.verify-kyc.site/ 这个页面要我上传护照
flag|https://exchange-example.support/ 也有在线客服，是你们吗
flag|微信里收到的 https://exchange.exampel/unlock
flag|"客户经理"发的链接 https://exchange.example-vip.com/callback
flag|https://exchange-example.cn/ 是你们的中文站吗
flag|客服电话页面 https://exchange-example-help.com/phone 是真是假
flag|退款表单 https://exchange.example.refund-center.info/form 朋友发我的
flag|請問 https://exchange-example.tw/login 是台灣官方網站嗎
ok|我在 https://www.exchange.example/login 验证码图片一直加载不出来
ok|帮助文章 https://www.exchange.example/help/2fa-setup 没写YubiKey
ok|https://support.exchange.example/ticket/88213 是看工单进度的地方吗
ok|https://WWW.EXCHANGE.EXAMPLE/download iPad上打开是404
ok|我的充值：https://etherscan.io/tx/{{txid}}
ok|Solscan显示已确认：https://solscan.io/tx/{{solsig}}
ok|https://mempool.space/tx/{{txid}} 手续费太低卡住了
ok|波场浏览器：https://tronscan.org/#/transaction/{{txid}}
ok|exchange.example/announcements 说06:00维护，对吗
ok|按照 https://api.exchange.example/docs 写的签名还是401
ok|https://www.bilibili.com/video/BV1xx411c7mD 这个视频说你们送10%，是真的吗
ok|状态页 https://status.exchange.example 是官方的吗
ok|我用 https://github.com/ccxt/ccxt 写的机器人，支持你们新接口吗
ok|https://www.zhihu.com/question/5321 上说交易所客服会要助记词，我有点担心
ok|報稅軟體 https://koinly.io/ 裡有一筆充值我找不到
