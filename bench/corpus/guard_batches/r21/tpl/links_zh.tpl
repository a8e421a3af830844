# r21 customer-pasted links (zh): flag| a look-alike of exchange.example, ok| must not be flagged. Blind batch: see ../README.md.
flag|收到邮件说提现被暂停，链接是 https://exchangee.example/withdraw/confirm 是你们发的吗
flag|https://exchange.examples/login 是新官网吗
flag|有人发我 https://exchange-example.org/support/ticket 让我提交工单
flag|https://exchange.exarnple/account/verify 图标一模一样
flag|这个页面要我输入谷歌验证码 http://exchange.examp1e/security
flag|https://excahnge.example/kyc/upload 正规吗
flag|短信里的链接 exchange.ex4mple/unlock
flag|朋友说 https://e-xchange.example/airdrop 能领免费U
flag|https://exchange.example.login-verify.co/session 让我重新登录
flag|https://login.exchange.example.sec-auth.com/ 为什么和你们官网一模一样
flag|不小心点了 https://exchange.example@account-review.site/restore 怎么办
flag|https://exchangeexample.com/promo 圣诞红包是真的吗
flag|电报机器人发的 https://exchange.example.com/claim
flag|http://exchange.example.xyz/reset-2fa
flag|exchange-example.support/chat 是你们的在线客服吗
flag|买家发的 https://exchange.exampel/p2p/order/5561
flag|https://exchnge.example/wallet/sync
flag|邮件源码里是 https://xn--exchnge-8wa.example/login
flag|https://xn--exchage-8za.example/verify?id=8812
flag|地址栏显示 https://xn--change-2of2k.example/auth
flag|https://exchаnge.example/login（从短信复制的）
flag|https://secure-exchange.example.net/compliance 又让我传身份证
flag|https://exchange.example-support.com/refund 退款链接
flag|https://www.exchange.example.verify-now.app/
flag|https://exchange.example.tw/signin 台灣站是這個嗎
flag|exchange-example.vip/vip-upgrade 说给我升VIP5
flag|https://exchange.example.cn.com/kyc
flag|https://exchangexample.com/security-check
flag|https://exchange.example:8443@wallet-sync.live/connect
flag|https://exchange.example.trade/futures-bonus 合约体验金
flag|請問 https://exchange-example.help/ticket/99321 是官方客服嗎
flag|https://app-exchange.example.io/login?redirect=withdraw
flag|https://exchange.eaxmple/support
flag|https://exchange-example.top/hongbao 抢红包
flag|https://exchange.example.cc/download 下载新版APP
ok|我按 https://www.exchange.example/help/deposit-not-credited 操作了，没写TRC20的情况
ok|公告 https://exchange.example/support/announcements 说凌晨2点维护
ok|https://help.exchange.example/articles/2fa-reset 步骤都做了
ok|状态页 https://status.exchange.example 全绿但我登不上
ok|HTTPS://EXCHANGE.EXAMPLE/zh-hans/markets/btc-usdt K线加载不出来
ok|exchange.example/fees 上写VIP0是0.08%
ok|https://api.exchange.example/api/v5/public/time 能通，私有接口401
ok|https://etherscan.io/tx/0x{{txid}} 显示成功
ok|https://mempool.space/tx/{{txid}} 还没确认
ok|https://solscan.io/account/{{solpub}}
ok|https://tronscan.org/#/address/{{tron}}
ok|知乎上看到的 https://www.zhihu.com/question/581234567 说提现慢
ok|https://weibo.com/u/5812345678 这个是你们官方微博吗
ok|https://www.bilibili.com/video/BV1xx411c7mD 教程里的步骤
ok|https://github.com/ccxt/ccxt/issues/18000 跟我报错一样
