flag|收到这个邮件是你们发的吗 https://exchange-example.com/refund
flag|他们让我在 https://exchange.example.secure-login.top/migrate 登录
flag|短信里的 http://exchangе.example/verify 是真的吗
flag|https://exchange-examp1e.com/support 说可以领补偿
flag|迁移后的新网址？https://exchangeexample.app
flag|电报客服发的 https://login.exchange-example.net/claim
flag|有人发了 https://exchange.example.account-restore.xyz/login
flag|https://www.exchange-example.org 是官网吗
flag|這個連結 https://exchanqe.example/liquidation-refund 係咪真
flag|廣告寫 https://exchange.examp1e/vip
flag|WhatsApp 上有人发 http://exchange.example-support.com/ticket
flag|https://exchange.exarnple/login?ref=crash 这个呢
flag|https://exchange-example.cn/buchang 补偿页面
flag|https://exchange.example.cn-help.com/ 客服中心？
flag|https://exchange-example.help/migration 要紧急迁移
ok|我看了 https://exchange.example/support/faq/withdrawal-delays
ok|公告 https://www.exchange.example/announcements/market-volatility
ok|我的交易 https://etherscan.io/tx/{txhash}
ok|https://tronscan.org/#/transaction/{txid} 充值记录
ok|https://mempool.space/tx/{txid} 提币
ok|https://help.exchange.example/hc/zh-cn/articles/360 说提币恢复了
ok|截图 https://imgur.com/a/Pq72mZa
ok|新闻 https://www.coindesk.com/markets/2026/12/07/bitcoin-plunges
ok|https://exchange.example/trade/BTC-USDT 插针了
ok|https://status.exchange.example 显示服务降级
ok|https://solscan.io/tx/{txid} 充值
ok|https://www.exchange.example/zh-cn/fees 优惠
ok|对账单 https://pan.baidu.com/s/1Abc9XyZ 提取码在邮件里
ok|https://weibo.com/n/exchange 大家都在骂
ok|https://www.jinse.cn/lives 快讯说跌了30%
