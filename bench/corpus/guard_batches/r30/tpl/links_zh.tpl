# r30 customer links, Chinese: flag = look-alike of exchange.example, ok = official or unrelated
flag|风控发给我 https://exchange-example.support/riskcheck 是真的吗？
flag|机器人客服的链接：http://exchange.example.bot-sync.io/api 要登录吗
flag|短信说爆仓退款在 https://exchangee.example/refund
flag|带单员验证 https://exchange.examp1e.com/copytrading
flag|https://secure-exchange.example.login-verify.net 是你们的吗
flag|他们说新域名是 exchange-example.co
flag|从 https://exchange.example.apk-download.xyz/okapp.apk 更新APP可以吗
flag|资金费补偿页面 https://xn--exchnge-example-3kb.com/claim
flag|https://exchange.exarnple/login 要我输谷歌码
flag|电报群里的链接 https://www.exchange-exampIe.com/grid
flag|有人私信我 https://exchangе.example/unfreeze
flag|邮件让我去 exchange.example.account-verify.com 避免强平
flag|跟单奖励 http://exchange-example-copytrade.com
flag|https://exchange.example@login-exchange.net/verify 是官网吗
flag|exch4nge.example/riskcontrol 靠谱吗？？
flag|ｈｔｔｐｓ：／／ｅｘｃｈａｎｇｅ－ｅｘａｍｐｌｅ．ｃｏｍ／ｖｅｒｉｆｙ 這個網址是官方的嗎
ok|我在 https://exchange.example/trade/btc-usdt-swap K线卡住了
ok|看了 https://exchange.example/help/funding-rate 还是不懂
ok|帮助中心 https://help.exchange.example/copy-trading 说分润10%
ok|etherscan 上的交易：https://etherscan.io/tx/{{TXHASH}}
ok|波场浏览器 https://tronscan.org/#/transaction/{{BTCTX}}
ok|solscan https://solscan.io/account/{{SOLADDR}}
ok|mempool.space 显示已确认 https://mempool.space/tx/{{BTCTX}}
ok|我看的资金费图 https://www.tradingview.com/symbols/BTCUSDT.P/
ok|https://www.coingecko.com/en/coins/bitcoin 上的价格不一样
ok|机器人是开源的 https://github.com/hummingbot/hummingbot
ok|网格教程视频 https://www.bilibili.com/video/BV1xx411c7mD
ok|API文档 https://exchange.example/docs-v5/zh/#rest-api
ok|https://www.exchange.example/account/security 我在这开的二次验证
ok|bscscan https://bscscan.com/tx/{{TXHASH}}
