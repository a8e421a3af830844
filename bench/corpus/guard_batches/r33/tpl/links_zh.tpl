# r33 links (zh): flag| 仿冒 exchange.example；ok| 官方或无关网站。
flag|短信让我到 https://exchange-example.com/lock 锁号，是你们吗？
flag|邮件里的链接是 exchange.example.account-recovery.net/verify，真的假的
flag|这个"重置二次验证"页面 https://exchange-examp1e.com/2fa 跟你们一模一样
flag|追回公司发来 http://secure-exchange-example.help/unlock
flag|https://exchange.example-support.com/case 是你们的新客服入口吗？
flag|登录提醒的链接跳到 https://exchangee.example/activity
flag|https://www.exchange.examp1e/freeze 说可以冻结黑客
flag|警方协查表 exchange-example.police-report.org/form 能信吗
flag|链接是 https://exchange.exarnple/login（我在上面输过密码了😭）
flag|https://login-exchange.example.com.verify-id.io/session 是官方的吗
flag|电报上有人发了 xn--exchnge-5fg.example/recover
flag|"新设备登录"邮件指向 https://exchange.example.secure-login.top/auth
flag|https://exchanqe.example/security/unlock?uid={uid}
flag|微信上的"客服"发了 https://exchange-examples.cn/support
flag|短信里的链接 https://exchange.example@account-lock.cc/
ok|按你说的在 https://exchange.example/account/reset 重置了密码
ok|https://www.exchange.example/help/account-security 是这篇文章吗？
ok|邮件来自 support.exchange.example，链接是 https://support.exchange.example/hc/requests/{case}
ok|etherscan 上的交易：https://etherscan.io/tx/{txhash}
ok|波场浏览器：https://tronscan.org/#/address/{trx}
ok|https://mempool.space/tx/{btctx}
ok|我的 SOL 转到这里了 https://solscan.io/account/{solpub}
ok|在 https://www.cyberpolice.cn 网上报了警，编号 {police}
ok|用 https://revoke.cash 取消了授权
ok|运营商说可以在 https://www.10086.cn 办理补卡保护
ok|https://haveibeenpwned.com 显示我的邮箱泄露过 3 次
ok|QQ 邮箱找回：https://aq.qq.com
ok|区块浏览器：https://blockchair.com/bitcoin/address/{bc1}
ok|https://www.okx.com 上也有一篇防骗指南，写得挺好
ok|https://exchange.example/help/impersonation 讲了假客服，谢谢
