# r30 customer links, English: flag = look-alike of exchange.example, ok = official or unrelated
flag|the risk control guy sent me https://exchange-example.support/riskcheck is this real?
flag|bot support link: http://exchange.example.bot-sync.io/api — should i log in?
flag|got an sms: liquidation refund at https://exchangee.example/refund
flag|leader verification form https://exchange.examp1e.com/copytrading
flag|is https://secure-exchange.example.login-verify.net yours?
flag|they said the new domain is exchange-example.co
flag|app update from https://exchange.example.apk-download.xyz/okapp.apk ok to install?
flag|funding compensation page https://xn--exchnge-example-3kb.com/claim
flag|https://exchange.exarnple/login asked for my 2fa
flag|link in the telegram group: https://www.exchange-exampIe.com/grid
flag|https://exchangе.example/unfreeze (someone DM'd it)
flag|email said go to exchange.example.account-verify.com to avoid liquidation
flag|copy trading bonus at http://exchange-example-copytrade.com
flag|https://exchange.example@login-exchange.net/verify is that the official site?
flag|is exch4nge.example/riskcontrol legit??
ok|i'm on https://exchange.example/trade/btc-usdt-swap and the chart froze
ok|read https://exchange.example/help/funding-rate but still confused
ok|the help center page https://help.exchange.example/copy-trading says followers pay 10%
ok|tx on etherscan: https://etherscan.io/tx/{{TXHASH}}
ok|tronscan shows it https://tronscan.org/#/transaction/{{BTCTX}}
ok|solscan https://solscan.io/account/{{SOLADDR}}
ok|mempool.space says confirmed: https://mempool.space/tx/{{BTCTX}}
ok|funding chart i used: https://www.tradingview.com/symbols/BTCUSDT.P/
ok|price on https://www.coingecko.com/en/coins/bitcoin was different
ok|the bot is open source: https://github.com/hummingbot/hummingbot
ok|video i watched about grid bots https://www.youtube.com/watch?v=dQw4w9WgXcQ
ok|api docs https://exchange.example/docs-v5/en/#rest-api
ok|https://www.exchange.example/account/security is where i turned on 2fa
ok|bscscan link https://bscscan.com/tx/{{TXHASH}}
ok|checked the scam list on https://www.reddit.com/r/CryptoCurrency/ first
