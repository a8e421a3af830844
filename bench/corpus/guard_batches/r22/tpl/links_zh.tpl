# r22 customer messages with a link, Chinese. flag = look-alike of exchange.example; ok = official or unrelated.
flag|收到一个短信让我去 https://exchange-example.com/verify 验证，是官方的吗
flag|exchange-example.cn 是你们的中文站吗
flag|客服发给我的 https://exchange.example.kefu-online.com/chat 能信吗
flag|我在 http://exchanqe.example/login 登录了一下，币就没了
flag|百度搜出来的 https://www.exchange-examples.com 是官网吗
flag|群里发的空投链接 exchangeexample.top/airdrop
flag|https://exchange.exarnple/account 让我填助记词
flag|有人发我 https://exchange.example@safe-verify.cc/ 说是安全中心
flag|https://xn--exchnge-9wa.example/login 这个网址打开和官网一样
flag|抖音主播给的下载地址 https://exchange-example.app/apk
flag|微信上收到 exchange.examp1e.com/hongbao 领红包
flag|這個網址 https://exchange-example.tw/login 是官方的嗎
flag|https://secure-exchange-example.net/recover 说可以找回被盗的币
flag|邮件里的链接是 https://exchange.example.security-notice.vip/
flag|TG群管理员发的 https://exchange.example-zh.com/vip
ok|我看了 https://www.exchange.example/help/deposit-not-credited 还是不明白
ok|手续费页面 https://www.exchange.example/fees 写的是1U
ok|状态页 status.exchange.example 显示故障中
ok|按照 https://exchange.example/support/2fa-reset 上传了手持照片
ok|区块浏览器 https://etherscan.io/tx/{{txh}}
ok|波场浏览器 https://tronscan.org/#/transaction/{{btctx}}
ok|公告 https://www.exchange.example/announcements/maintenance-dec 说维护两小时
ok|截图传到了 https://imgur.com/a/Pq81LmZ
ok|https://mempool.space/tx/{{btctx}} 这里显示已确认
ok|API文档 https://www.exchange.example/docs-v5/zh 说限速每2秒20次
ok|https://solscan.io/tx/{{solsig}} 显示成功
ok|https://help.exchange.example/articles/kyc-levels 这篇看懂了 谢谢
ok|百度百科 https://baike.baidu.com 上说比特币是2009年诞生的
ok|收到 noreply@exchange.example 的邮件，点了 exchange.example/confirm 确认
ok|知乎上 https://www.zhihu.com/question/123456 有人说充值慢是正常的
