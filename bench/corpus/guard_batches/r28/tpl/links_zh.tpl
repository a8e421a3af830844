flag|TG群里发的这个是官方吗 https://exchange-example.verify-wallet.io/connect
flag|{token}空投领取链接：https://airdrop-exchange.example.claims/{token}
flag|https://exchange.examp1e.com/login 這個是官網登入嗎
flag|“VIP经理”发我 https://vip.exchange-example.cc/otc 说大宗在这里下单
flag|商家让我在 https://p2p-exchange.example.pay-secure.net/order/{order} 付款
flag|exchangeexample.com 是你们的吗
flag|短信里的链接 http://exchange.example.account-unlock.top 说账户冻结了
flag|群里有人发 https://exchange.exarnple/listing/{token}
flag|跟单邀请 https://copy-exchange-example.io/lead/{merchant} 能点吗
flag|https://exchange.example-airdrop.xyz/claim?uid={uid} 是上币奖励页面吗
flag|钱包“验证”网站 https://web3-exchange.example.wallet-sync.app
flag|浏览器显示 exchänge-example.com，是不是你们的新域名
flag|跨链网站 https://bridge.exchange-exampIe.com 让我连接钱包
flag|邮件叫我去 https://exchange.example.security-check.online/2fa-reset 重置谷歌
flag|ｅｘｃｈａｎｇｅ－ｅｘａｍｐｌｅ．ｃｏｍ 这个全角的网址是官方吗
ok|按 https://exchange.example/help/p2p-appeal 操作，申诉按钮是灰的
ok|公告 https://www.exchange.example/announcements/{token}-listing 写的{hhmm}开盘
ok|我的订单页 https://exchange.example/p2p/order/{order} 显示申诉中
ok|以太坊浏览器 https://etherscan.io/tx/{tx}
ok|波场浏览器 https://tronscan.org/#/transaction/{txid} 显示成功
ok|https://support.exchange.example/tickets/{n}{cardtail} 有进度吗
ok|看了 https://exchange.example/help/anti-phishing-code 已经设好了
ok|solscan：https://solscan.io/account/{soladdr}
ok|我跟的带单员 https://exchange.example/copy-trading/lead/{merchant}
ok|https://www.exchange.example/otc 让我联系客户经理
ok|https://mempool.space/tx/{txid} 还没确认
ok|https://exchange.example/web3/bridge 显示跨链处理中
ok|官网下载页 https://exchange.example/download 下的APP
ok|银行官网 https://www.{bank_en}.example.com/help 说冻卡要5天
ok|微信公众号文章 https://mp.weixin.qq.com/s/AbCdEf{n} 说P2P要注意这些
