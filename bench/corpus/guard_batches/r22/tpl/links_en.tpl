# r22 customer messages with a link, English. flag = look-alike of exchange.example; ok = official or unrelated.
flag|got an email to verify my account at https://exchange-example.com/verify is this legit?
flag|is exchange-example.net your new site? it looks the same
flag|someone sent me https://exchange.example.verify-login.com/auth, they said it's support
flag|logged in at http://exchanqe.example/login and now my balance is gone
flag|the google ad took me to https://www.exchange-examples.com/ is that you
flag|this link came by sms: exchange.example-security.io/2fa
flag|https://exchange.exarnple/account asked for my seed phrase
flag|is https://secure.exchange.example.account-check.top/ real?
flag|clicked https://exchange.example@login-now.xyz/ by accident, what should I do
flag|the telegram admin gave me https://exchangeexample.org/airdrop
flag|https://xn--exchnge-9wa.example/login looked normal in my browser
flag|the app download page at https://exchange-example.app/download is it official
flag|youtube video links to exchange.examp1e.com/promo for the giveaway
flag|got a DM with https://support-exchange-example.com/ticket/4411
flag|my friend sent exchange.exchange-example.net/refer?id=8812
ok|I read https://www.exchange.example/help/deposit-not-credited but it didn't help
ok|the fee page https://www.exchange.example/fees says 1 USDT
ok|status page status.exchange.example shows an incident
ok|I followed https://exchange.example/support/2fa-reset and uploaded my selfie
ok|etherscan shows it: https://etherscan.io/tx/{{txh}}
ok|here's the tronscan link https://tronscan.org/#/transaction/{{btctx}}
ok|your announcement https://www.exchange.example/announcements/maintenance-dec says 2h downtime
ok|I found the answer on https://github.com/ccxt/ccxt/issues, never mind
ok|screenshot uploaded to https://imgur.com/a/Xk29Fqa
ok|mempool link https://mempool.space/tx/{{btctx}}
ok|the API docs at https://www.exchange.example/docs-v5/en say the limit is 20 req/2s
ok|solscan https://solscan.io/tx/{{solsig}}
ok|news on https://www.coindesk.com says the network is congested
ok|https://help.exchange.example/articles/kyc-levels explains it, thanks
ok|I got your email from noreply@exchange.example with a link to exchange.example/confirm, clicked it, done
