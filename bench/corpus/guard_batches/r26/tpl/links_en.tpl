flag|got this email, is it you? https://exchange-example.com/refund
flag|they told me to login at https://exchange.example.secure-login.top/migrate
flag|is http://exchangе.example/verify legit? (from SMS)
flag|https://exchange-examp1e.com/support says I get compensation
flag|new site after the migration? https://exchangeexample.app
flag|link from telegram support: https://login.exchange-example.net/claim
flag|someone sent https://exchange.example.account-restore.xyz/login
flag|is https://www.exchange-example.org real?
flag|https://exchanqe.example/liquidation-refund this one?
flag|the ad said https://exchange.examp1e/vip
flag|whatsapp guy sent http://exchange.example-support.com/ticket
flag|https://xn--exchnge-6ya.example/refund is this yours
flag|https://exchange.exarnple/login?ref=crash
flag|pls check https://secure-exchange.example.co/verify
flag|https://exchange-example.help/migration
ok|i followed https://exchange.example/support/faq/withdrawal-delays
ok|announcement says https://www.exchange.example/announcements/market-volatility
ok|my tx on etherscan https://etherscan.io/tx/{txhash}
ok|here https://tronscan.org/#/transaction/{txid}
ok|see https://mempool.space/tx/{txid}
ok|https://help.exchange.example/hc/en-us/articles/360 says withdrawals resume
ok|screenshot: https://imgur.com/a/Xk29sLp
ok|the news https://www.coindesk.com/markets/2026/12/07/bitcoin-plunges
ok|https://exchange.example/trade/BTC-USDT chart shows the wick
ok|coinmarketcap https://coinmarketcap.com/currencies/bitcoin/
ok|https://status.exchange.example shows degraded
ok|https://solscan.io/tx/{txid} deposit
ok|https://www.exchange.example/en/fees promo page
ok|google drive with my statements https://drive.google.com/file/d/1Qx7aPz/view
ok|https://twitter.com/search?q=exchange%20down everyone complaining
