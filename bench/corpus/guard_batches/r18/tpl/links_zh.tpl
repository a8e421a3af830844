# r18 blind batch: customer messages with a link (Chinese). flag| = look-alike of the official domain exchange.example; ok| = must not be flagged.
flag|收到邮件说账户被锁，链接是 https://exchnage.example/unlock 是你们发的吗
flag|https://exchange-example.com/login 是你们的新网站吗？长得一模一样
flag|这个页面让我输入谷歌验证码：https://exchange.example.secure-login.io/auth
flag|电报上有人发我 exchange.example-support.net/ticket 让我提交理赔
flag|https://exhange.example/airdrop 说我中了500 USDT，是真的吗
flag|APP更新链接 https://exchange.example.app-download.cc/android.apk 安全吗
flag|短信里的链接 https://www.exchange-examp1e.com/verify?id=88213
flag|不小心点了 http://exchangee.example/reset 怎么办
flag|这是官网吗 https://xn--exhange-zjg.example/
flag|链接是 https://ехchange.example/login，看着很正常啊
flag|"安全团队"发的邮件 https://support-exchange.example.io/case/4471
flag|私信让我去 https://exchange.examples/kyc 认证，不然封号
flag|https://exchange.exampel/promo 这是你们的圣诞活动吗
flag|百度广告跳到 https://exchange-example.org/ 让我填助记词
flag|推特上看到 https://exchangeexample.com/giveaway 说BTC翻倍
flag|https://login.exchange.example.auth-check.xyz/ 是在这里登录吗？？
flag|朋友发的 https://exchange.example.com/refund 页面跟你们的一样
flag|http://xn--exchnge-8wa.example/wallet/sync 这是什么
flag|短信："您的提现待处理，取消请点 exchange-example.help/c/91x"
flag|线下活动的二维码指向 https://exchange.example.evil.io/bonus
flag|https://secure.exchanqe.example/login 这个g看着怪怪的
flag|https://exchange.exarnple/login 可以用吗
flag|有人发我 https://app-exchange.example.net/connect-wallet 领退款
flag|广告：https://exchange.example-official.com/vip 立即加入VIP
flag|谷歌搜出来 https://exchange.co/login
flag|https://exchange-examp1e.support/chat 这个网站也有在线客服
flag|B站视频说去 https://www.exchange.examp1e/launchpad 参加活动
flag|https://exchange.example.login.verify-account.top/ 是你们的域名吗
flag|收到 https://mail.exchange-examples.com/confirm 发来的邮件
flag|xn--xchange-6gg.example/reset 让我输资金密码
flag|https://exchange.exampIe/security 帮我看下
flag|钱包弹出 https://approve-exchange.example.site/permit
flag|https://www.exchange.example@login-verify.ru/session 这个是真的吗
flag|微信群里发的 exchange-example-kefu.top/ticket 说是客服通道
flag|邮件里写着 https://exchange.example.claims-desk.com/form
flag|https://exchange.examplе/login 最后一个字母好像不太对
ok|我在看 https://www.exchange.example/support/faq ，里面没有我的情况
ok|帮助中心文章 https://help.exchange.example/articles/deposit-not-credited 说24小时
ok|公告 https://exchange.example/announcements 说维护14:00结束
ok|API文档 https://api.exchange.example/docs/v5 的频率限制不一样
ok|etherscan上显示成功了 https://etherscan.io/tx/{{txid:0x}}
ok|https://tronscan.org/#/transaction/{{txid}} 已经确认了
ok|https://solscan.io/account/{{solpub}} 这是我的钱包
ok|比特币交易 https://mempool.space/tx/{{txid}}
ok|状态页 https://status.exchange.example 显示一切正常
ok|B站上的操作视频 https://www.bilibili.com/video/BV1xx411c7mD
ok|WWW.EXCHANGE.EXAMPLE/zh/fees 上的费率不一样
ok|邮件里的链接是 https://m.exchange.example/verify-email?token=abc123 ，已经验证了
ok|我在 https://www.feixiaohao.com 上看的价格
ok|SDK是从 https://github.com/example-org/exchange-python 下载的，是官方的吗
ok|知乎上这篇 https://zhuanlan.zhihu.com/p/123456789 说的对吗
