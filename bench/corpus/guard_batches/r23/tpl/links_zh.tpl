# r23 links, 中文. 客户消息里带链接：flag| 仿冒 exchange.example，ok| 正常。
flag|这个是你们的网站吗 https://exchange-example.com/login 让我输谷歌验证码
flag|收到短信说账户异常，链接 https://exchange.example.safe-cn.net/verify
flag|群里发的 https://exchnage.example/airdrop 能领空投，真的假的
flag|我昨天在 https://exchange.examp1e/reset 改的密码
flag|电报客服给的链接 https://kefu-exchange.example.cc/
flag|APP 下载地址 https://exchange.exarnple/download 打不开
flag|在 http://exchange-examp1e.org 登录后余额没了
flag|他们说新域名是 https://exchangeexample.cn
flag|https://www.exchange.example.io/claim 说我中了 1000U
flag|百度搜到的 https://exchange.example-cn.com/zh 是官网吗
flag|https://exchange.examplee/login 和你们的一样吗
flag|朋友发我 https://exchange.exampie/c2c 说手续费更低
flag|“安全中心”邮件里的链接 https://secure.exchange-example.org/verify
flag|线下活动扫码打开的 https://exchange.example.app-xiazai.cc
flag|https://exchange.ex4mple/withdraw?id={digits:8} 这个能提现吗
flag|抖音上的客服链接 https://www.exchange.exmaple/kefu
flag|短信链接：https://ex-change.example/unlock 说不点就冻结
flag|這個網址 https://exchange-example.tw/login 是官方的嗎
flag|有人私聊发了 https://exchange.example.verify-account.xyz 让我认证
flag|微信里转发的 https://www-exchange.example.com/bonus 领补偿
ok|我在 https://www.exchange.example/account/security 找不到通行密钥
ok|帮助中心 https://www.exchange.example/help/2fa-reset 说要 48 小时？
ok|状态页 https://status.exchange.example 显示正常，但是充值很慢
ok|区块浏览器 https://etherscan.io/tx/0x{hx:64}
ok|波场浏览器 https://tronscan.org/#/transaction/{hx:64}
ok|公告 https://exchange.example/zh-hans/announcements/delisting 说下架了
ok|费率页 https://www.exchange.example/fees 写的是 0.1%
ok|我在 B 站看了教程 https://www.bilibili.com/video/BV1xx411c7mD 设置 API
ok|银行 APP 显示转出了，网银 https://www.examplebank.cn
ok|https://mempool.space/tx/{hx:64} 还没确认
ok|邮件是 support.exchange.example 发的，链接 https://support.exchange.example/tickets/{digits:7}
