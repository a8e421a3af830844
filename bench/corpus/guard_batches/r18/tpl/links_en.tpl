# r18 blind batch: customer messages with a link (English). flag| = look-alike of the official domain exchange.example; ok| = must not be flagged.
flag|got an email saying my account is locked, link goes to https://exchnage.example/unlock is that you?
flag|is https://exchange-example.com/login your new site? it looks the same
flag|this page asked for my 2fa: https://exchange.example.secure-login.io/auth
flag|someone on telegram sent me exchange.example-support.net/ticket to file a claim
flag|https://exhange.example/airdrop says I won 500 USDT, legit?
flag|the app update link https://exchange.example.app-download.cc/android.apk — is it safe?
flag|https://www.exchange-examp1e.com/verify?id=88213 came by sms
flag|clicked http://exchangee.example/reset by accident, what now
flag|is this the real site https://xn--exhange-zjg.example/ ?
flag|the link was https://ехchange.example/login, looked normal to me
flag|email from "security team" with https://support-exchange.example.io/case/4471
flag|got a DM: verify at https://exchange.examples/kyc or lose access
flag|https://exchange.exampel/promo is this your christmas promo?
flag|a google ad sent me to https://exchange-example.org/ and it asked for my seed
flag|found this on twitter: https://exchangeexample.com/giveaway double your BTC
flag|https://login.exchange.example.auth-check.xyz/ is this where I should log in??
flag|my friend sent https://exchange.example.com/refund, the page looks just like yours
flag|http://xn--exchnge-8wa.example/wallet/sync — what is this?
flag|sms: "your withdrawal is pending, cancel here: exchange-example.help/c/91x"
flag|the QR code at the meetup pointed to https://exchange.example.evil.io/bonus
flag|https://secure.exchanqe.example/login — the g looks weird?
flag|is https://exchange.exarnple/login ok? (that's r n not m I think)
flag|I was sent https://app-exchange.example.net/connect-wallet to claim a refund
flag|ad: https://exchange.example-official.com/vip join VIP now
flag|https://exchange.co/login redirected me from google
flag|this one https://exchange-examp1e.support/chat has a live chat with "support"
flag|the youtube video says go to https://www.exchange.examp1e/launchpad
flag|is https://exchange.example.login.verify-account.top/ your domain?
flag|got an email from https://mail.exchange-examples.com/confirm
flag|xn--xchange-6gg.example/reset asked me for my fund password
flag|https://exchange.exampIe/security (capital i?) pls check
flag|my wallet popped up https://approve-exchange.example.site/permit
flag|https://www.exchange.example@login-verify.ru/session is this real
flag|a telegram bot sent me exchange-example-support.top/ticket to open a case
flag|https://exchange.example.claims-desk.com/form that's what the email said
ok|I'm reading https://www.exchange.example/support/faq — it doesn't mention my case
ok|the article https://help.exchange.example/articles/deposit-not-credited says 24h
ok|according to https://exchange.example/announcements the maintenance ends at 14:00
ok|API docs https://api.exchange.example/docs/v5 show the rate limit differently
ok|my deposit on https://etherscan.io/tx/{{txid:0x}} shows success
ok|check https://tronscan.org/#/transaction/{{txid}} it's confirmed
ok|https://solscan.io/account/{{solpub}} that's my wallet
ok|btc tx: https://mempool.space/tx/{{txid}}
ok|the status page https://status.exchange.example says all systems normal
ok|I found the answer on https://crypto.stackexchange.com/questions/1234 thanks anyway
ok|here's the video of the bug https://www.youtube.com/watch?v=dQw4w9WgXcQ
ok|WWW.EXCHANGE.EXAMPLE/en/fees shows a different fee
ok|the link in your email was https://m.exchange.example/verify-email?token=abc123, it worked
ok|I used the calculator on https://www.coingecko.com/en/coins/bitcoin
ok|my python sdk is from https://github.com/example-org/exchange-python, is it official?
