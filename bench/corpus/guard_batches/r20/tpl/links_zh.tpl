# r20 links (zh): customer messages with a link; flag| a look-alike of exchange.example, ok| fine.
flag|收到短信让我点 https://exchange-example.com/verify 验证账户，是你们吗
flag|https://exchangee.example/login 这个是官网吗
flag|有人私信发了 https://www.exchange.examp1e.com/reward
flag|短信说提币被冻结，链接 exchange.exarnple/hold
flag|https://excahnge.example/security 这个页面是真的吗
flag|https://exchange.example.login-verify.xyz/session 让我输谷歌验证码
flag|手快点了 https://exchange.example-secure.net 😭
flag|电报上的客服给了 https://exchange.examples/claim
flag|https://exchange.exmaple/airdrop 说我中了 500U
flag|微信群里发的 exchange.example.cn/kyc
flag|https://exchangeexample.io/app-download 是官方的吗
flag|https://exchange.ex4mple/giveaway 抽奖活动
flag|https://xn--exchnge-5fg.example/login
flag|网址看着对但是 e 有点怪 https://еxchange.example/wallet
flag|邮件里的链接 https://exchange.example:443@verify-center.live/auth
flag|https://exchange.example.support-desk.help/ticket/77120 说是工单系统
flag|http://exchange-examp1e.app/staking 这个理财收益好高
flag|百度搜出来 https://exchange.example.co/login
flag|https://login.exchange-example.org/ 要我填助记词
flag|https://exchange.exampel/ 拼错了还是钓鱼？
flag|抖音广告 https://exchange.example.promo-event.site/bonus
flag|exchangexample.com/verify 是真的吗
flag|https://exchange.examplle/download 下载的 App 能用吗
flag|二维码扫出来是 https://xn--exchnge-cwa.example/app
flag|https://exchange.example.net/help 后缀不一样，是同一家吗
flag|https://m.exchange-example.vip/ 说是手机版
flag|https://exchange.example.tw/login 台灣站嗎
flag|https://exchange-example.cn/zh/kefu 客服中心
flag|https://wallet.exchange.example.restore-now.click/ 恢复钱包
flag|发件人 support@exchange-example.email 链接 https://exchange-example.email/confirm
flag|https://exchang.example/account 少了个 e？
flag|https://xn--xchange-6gg.example/withdraw
flag|https://exchange.exampIe/reset-password 這個是官方的嗎
flag|QQ 群里的 https://exchange-exarnple.top/fuli 福利
flag|https://exchange.example.kefu-online.cc/chat 在线客服
flag|https://exchange.ex-ample.com/verify?uid=我 可疑
ok|按 https://exchange.example/help/2fa-reset 操作成功了，谢谢
ok|https://www.exchange.example/download 是电脑版下载地址吗
ok|https://help.exchange.example/articles/withdrawal-limits 写的是 1 万，我这是 5 千
ok|公告 exchange.example/announcements 说 06:00 维护
ok|https://EXCHANGE.EXAMPLE/fees 的费率和 App 不一样
ok|https://etherscan.io/tx/0x{{txid}} 显示成功
ok|https://tronscan.org/#/transaction/{{txid}}
ok|https://solscan.io/tx/{{solsig}}
ok|https://mempool.space/tx/{{txid}} 还没确认
ok|https://www.zhihu.com/ 上有人说最近有诈骗
ok|https://www.coingecko.com/en/coins/bitcoin 的价格和你们不一样
ok|https://status.exchange.example 全是绿的但我提不了币
ok|https://web3.exchange.example/wallet Safari 打不开
ok|https://weibo.com/ 上看到的活动，是不是你们的
ok|工单在 https://exchange.example/support/ticket?id={{digits7}}
