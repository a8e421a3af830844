# r34 links (zh): flag = exchange.example 的仿冒域名；ok = 官方域名、无关的知名网站、区块浏览器
flag|管理员发的 https://exchange-example.com/claim 是你们的吗
flag|抽奖页面 https://exchange.example.airdrop-verify.io/wallet
flag|电报里看到的 http://exch4nge.example/hongbao
flag|https://exchangе.example/login 这个是真的吗（推特回复里复制的）
flag|https://secure-exchange.example.help/2fa 让我重新输入谷歌验证
flag|"官方"微信发的链接 exchange-support.example/giveaway
flag|机器人发了 https://login.exchange-example.net/verify
flag|https://exchange.example-rewards.com/hongbao 说我中了 88U
flag|推特上看到 exchangeexample.io/airdrop
flag|从 https://exchange.example.apk-download.top 下载了 App，有问题吗
flag|https://xn--exchnge-1ya.example/claim 看着怪怪的
flag|exchange.examp1e 是真的吗？l 是数字 1
flag|群里有人发 https://exchange.exannple/promo
flag|私信里的 https://exchange.example.com.claim-now.xyz/
flag|https://exchange-example.app/referral 这是什么
ok|官网 https://exchange.example/support/giveaway 说活动结束了？
ok|我现在在 https://www.exchange.example/account/security
ok|https://exchange.example/community 里列的电报群是哪个
ok|帮助中心 exchange.example/help/red-packets 打不开
ok|etherscan 上的交易：https://etherscan.io/tx/{txhash}
ok|https://tronscan.org/#/transaction/{btctx} 显示成功
ok|比特币交易 https://mempool.space/tx/{btctx}
ok|solscan https://solscan.io/account/{soladdr}
ok|我说的帖子是 https://x.com/ExchangeOfficial/status/1865512345678901234
ok|我加的电报 https://t.me/exchange_official
ok|知乎上看到的防骗文章 https://www.zhihu.com/question/12345678
ok|在 https://www.okx.com/help 上也看到类似的提示
ok|微信公众号文章 https://mp.weixin.qq.com/s/AbCdEfGh12345
ok|https://app.exchange.example/rewards 显示 0 积分
ok|文档 https://docs.exchange.example/api/v5 说 passphrase 是必填的吧
