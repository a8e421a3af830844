# r17 盲测批次 - 带链接的客户消息（中文）。flag| = 冒充官方域名（exchange.example）的链接，ok| = 不应被标记。
flag|收到短信让我去 https://exchange-example.net/verify 验证账户，是真的吗
flag|有人发我 https://exchanqe.example/login 跟你们官网一模一样
flag|http://exchange.example.account-safe.com/ 这个是你们的吗？
flag|客服让我去 exchange-example.vip/unfreeze 解冻
flag|我在 https://exchnage.example 登录了一下，币就没了
flag|电报上的客服给了 https://exchange.exarnple/2fa 让我重置谷歌验证
flag|你们同事发的实名链接 https://kyc-exchange.example/upload
flag|他们让我从 https://exchange-example.download/app.apk 下载App
flag|https://www.exchange.example-check.com 是官方的吗
flag|邮件里的链接 https://exchangeexample.cn/airdrop 领空投
flag|https://wwwexchange.example/huodong 这个活动是真的吗
flag|https://exchange.examples/tibi 能信吗
flag|我在 https://exchange-exampIe.com 输了密码……是假的吗
flag|https://exxchange.example/gongdan/5588 让我在这登录
flag|这个网站 https://exchange.exampel/ 让我输入助记词
flag|微博上有人发 https://exchange-refund.example/peichang 说赔偿
flag|微信客服给的 https://h5-exchange.example.xyz/verify
flag|https://ехchange.example/denglu 这个字母看着有点怪
flag|https://exchange.example.com.cn/ 和官网长得一样
flag|私信里有 https://exchange.example@secure-auth.top/login
flag|扫二维码打开的是 https://exchange-examp1e.org/connect
flag|找回页面是 https://exchange-example-zhaohui.com 吧？
flag|不小心点了 http://login-exchange.example.su/ 怎么办
flag|发件人 service@exchange-example.cc，链接 https://exchange-example.cc/anquan
flag|https://exchange.exampIe/xiazai B站评论区的下载链接
flag|群里说 https://exchangge.example/c2c 汇率更好
ok|我按照 https://exchange.example/help/articles/reset-2fa 操作了还是不行
ok|https://www.exchange.example/zh-cn/fees 上写的手续费对吗
ok|support.exchange.example/hc/requests/58812034 是我的工单
ok|从 https://exchange.example/download 下的，版本6.93.0
ok|etherscan 上的记录 https://etherscan.io/tx/<<txid0x>>
ok|https://tronscan.org/#/transaction/<<txid>> 显示成功了
ok|solscan 显示已到 https://solscan.io/tx/<<sol58>>
ok|https://bscscan.com/tx/<<txid0x>>
ok|截图在这 https://imgur.com/a/Pq83LmZ
ok|流水传到百度网盘了 https://pan.baidu.com/s/1aB2cD3eF4gH5iJ6
ok|https://coinmarketcap.com/zh/currencies/bitcoin/ 上的价格和你们不一样
ok|小狐狸是在 https://metamask.io/zh-CN/download/ 下载的
ok|B站视频教程 https://www.bilibili.com/video/BV1xx411c7mD
ok|你们微博 https://weibo.com/exchangeexample 说系统维护
ok|http://EXCHANGE.EXAMPLE/zh-cn 打开是白屏
ok|https://exchange.example/help/articles/123?lang=zh-CN&from=app
ok|中国银行官网 https://www.boc.cn/sourcedb/whpj/ 的汇率
ok|https://www.xe.com/zh-CN/currencyconverter/ 查了一下欧元
ok|github上的问题 https://github.com/ccxt/ccxt/issues/20311
ok|公告 https://exchange.example/announcements/maintenance-dec-7 是真的吧
ok|看了 https://zh.wikipedia.org/wiki/网络钓鱼 才知道被骗了
ok|API文档 https://www.exchange.example/docs-v5/zh/#rest-api
ok|https://www.baidu.com/s?wd=提币+一直+处理中
ok|状态页 https://status.exchange.example 全绿但我登不上
ok|知乎上这篇 https://zhuanlan.zhihu.com/p/600112233 说防钓鱼码很重要
ok|https://www.exchangerates.org.uk/CNY-USD-exchange-rate-history.html 的汇率
