# r31 links (zh)：flag| 仿冒 exchange.example；ok| 不应标记。
flag|这个是真的领取页吗 https://exchange-example.claim-portal.io/airdrop
flag|有人发我 https://exchnage.example/sync 让我同步钱包
flag|短信里有个链接 http://exchange-examp1e.com/verify 是真的吗
flag|电报机器人让我去 https://claim.exchange-example.app
flag|https://exchange.example.wallet-sync.net/validate 让我填助记词
flag|跨链退款表单 https://bridge-exchange-example.com/refund
flag|www.exchange-exampIe.com/nft-claim 这个 l 好像是大写 I
flag|https://exchange.examp1e.io 是你们的吗
flag|群里有人发 https://ехchange.example/claim
flag|https://exchangeexample.org/airdrop 看着挺官方
flag|邮件里的链接 https://exchange-example.support/wrong-network
flag|https://web3-exchange-example.net/connect 要我的助记词，正常吗
flag|https://exchange.example-claim.com/token 这是啥
flag|百度广告 https://exchange-exarnple.com（rn 不是 m）
flag|這個呢 http://login-exchange.example.secure-verify.top
ok|看了 https://exchange.example/help/wrong-network-deposit 还是不会
ok|空投页面 https://exchange.example/web3/airdrops 显示不符合条件
ok|https://www.exchange.example/support/faq 是最新的吗
ok|etherscan 上的交易 https://etherscan.io/tx/<<txhash>>
ok|arbiscan 显示 https://arbiscan.io/tx/<<txhash>>
ok|solscan https://solscan.io/account/<<soladdr>>
ok|波场浏览器 https://tronscan.org/#/address/<<tron>>
ok|bscscan https://bscscan.com/address/<<addr>>
ok|按 ledger 教程 https://support.ledger.com 操作的
ok|小狐狸文档 https://support.metamask.io 说要手动添加网络
ok|https://www.coingecko.com 上的价格不一样
ok|B站视频 https://www.bilibili.com/video/BV1xx411c7mD 讲了跨链
ok|blockchair https://blockchair.com/bitcoin/address/<<btcaddr>>
ok|推文 https://x.com/exchange_example/status/1865500000000000000 说开放领取了
ok|https://exchange.example/account/security 在哪设置防钓鱼码
