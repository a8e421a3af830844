# links_zh：flag| 仿冒 exchange.example；ok| 正常链接，不应标记。
flag|收到短信“VIP安全升级”，链接 https://exchange-example.com/vip/upgrade 是你们的吗
flag|客户经理发了 https://exchanqe.example/withdraw/confirm 让我确认大额提币，页面看着挺正常
flag|邮件里的 https://exchange.example.secure-login.io/auth 靠谱吗
flag|自称合规部的人让我打开 http://exchange.example-kyc.net/verify
flag|回电预约链接：https://callback.exchange-example.support/book?ticket={ticket}
flag|登录前帮我看看这个 https://exchange.examp1e/login
flag|OTC对手方发的担保链接 https://otc-exchange.example.trade/escrow/{ref}
flag|说让我从 https://exchange.exarnple.app/vip.apk 下载VIP版
flag|审计对账单链接：https://statements.exchange.example.audit-docs.com/{year}
flag|https://www.exchange.example.com/login，.com也是你们的吗
flag|邮件让我去 https://exchаnge.example/security（原样复制的）
flag|电报群里的链接 https://exchange-exampIe.com/airdrop/vip
flag|微信上“客户经理”发的 https://exchange.example.vip-desk.co/phone-change
flag|税务顾问发的入口 https://tax-exchange.example.net/report?uid={uid}
flag|這個連結 https://exchange-example.hk/login 是官方的嗎
ok|按 https://exchange.example/help/withdrawal-whitelist 操作了，还是要锁24小时？
ok|帮助中心 https://www.exchange.example/support/vip 里回电表单在哪
ok|https://exchange.example/proof-of-reserves 看到余额了，谢谢
ok|浏览器上的交易：https://etherscan.io/tx/{tx_0x}
ok|BTC提币 https://mempool.space/tx/{tx_hash}
ok|SOL充值 https://solscan.io/tx/{sol_sig}
ok|波场充值 https://tronscan.org/#/address/{tron_addr}
ok|公告 https://exchange.example/announcements/vip-callback-hours 说夜班UTC 22点开始？
ok|审计师的上传入口 https://audit.example.com/clients/{ref}
ok|从 https://exchange.example/download 下的App，6.4版
ok|公司官网 https://example.org/about ，机构KYC用
ok|Ledger官网 https://www.ledger.com/ 说助记词不能在线输入，确认一下
ok|https://vip.exchange.example/manager 显示我的经理是{am_zh}，对吗
ok|API文档 https://exchange.example/docs-v5/en/#rest-api-authentication 还是报50113
ok|腾讯会议链接 https://meeting.tencent.com/dm/{ref} 跟客户经理开会用
