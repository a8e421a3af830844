# r21 customer-pasted links (en): flag| a look-alike of exchange.example, ok| must not be flagged. Blind batch: see ../README.md.
flag|got an email saying my withdrawal is on hold, link is https://exchangee.example/withdraw/confirm is this you?
flag|is https://exchange.examples/login your new site?
flag|someone sent me https://exchange-example.org/support/ticket to open a case
flag|https://exchange.exarnple/account/verify — the logo looks right
flag|this page asks for my 2fa: http://exchange.examp1e/security
flag|https://excahnge.example/kyc/upload is that legit
flag|link from the SMS: exchange.ex4mple/unlock
flag|my friend says https://e-xchange.example/airdrop gives free USDT??
flag|https://exchange.example.login-verify.co/session asks me to sign in again
flag|why does https://login.exchange.example.sec-auth.com/ look exactly like your site
flag|clicked https://exchange.example@account-review.site/restore by mistake, what do i do
flag|https://exchangeexample.com/promo — christmas bonus, real?
flag|the telegram bot linked https://exchange.example.com/claim
flag|https://myexchange.example/dashboard they said it's the pro version
flag|http://exchange.example.xyz/reset-2fa
flag|is exchange-example.support/chat your live chat?
flag|https://exchange.exampel/p2p/order/5561 the buyer sent this
flag|https://exchnge.example/wallet/sync
flag|https://exchange.exmaple/en/reward-center
flag|found https://xn--exchnge-8wa.example/login in the email source
flag|https://xn--exchage-8za.example/verify?id=8812
flag|the address bar showed https://xn--change-2of2k.example/auth
flag|https://exchаnge.example/login (copied from the message)
flag|https://secure-exchange.example.net/compliance asks for my ID again
flag|https://exchange.example-support.com/refund
flag|https://www.exchange.example.verify-now.app/
flag|https://exchange.exampIe.co/signin
flag|exchange-example.vip/vip-upgrade they offered me vip 5
flag|https://exchange.example.cn.com/kyc
flag|https://exchangexample.com/security-check
flag|https://exchange.example:8443@wallet-sync.live/connect
flag|https://exchange.example.trade/futures-bonus
flag|hey is https://exchange-example.help/ticket/99321 the official help desk
flag|https://app-exchange.example.io/login?redirect=withdraw
flag|https://exchange.eaxmple/support
ok|I'm following https://www.exchange.example/help/deposit-not-credited but it doesn't cover TRC20
ok|the announcement at https://exchange.example/support/announcements says maintenance at 02:00
ok|https://help.exchange.example/articles/2fa-reset — I did all steps
ok|status page https://status.exchange.example shows everything green but I can't log in
ok|HTTPS://EXCHANGE.EXAMPLE/en/markets/btc-usdt chart not loading
ok|exchange.example/fees says 0.08% for VIP 0
ok|https://api.exchange.example/api/v5/public/time works but private endpoints 401
ok|https://etherscan.io/tx/0x{{txid}} shows success
ok|https://mempool.space/tx/{{txid}} still unconfirmed
ok|https://solscan.io/account/{{solpub}}
ok|https://tronscan.org/#/address/{{tron}}
ok|my ledger support ticket: https://support.ledger.com/article/recovery-check
ok|saw this on https://www.coindesk.com/markets/ is it affecting withdrawals?
ok|https://github.com/ccxt/ccxt/issues/18000 same error as me
ok|https://www.reddit.com/r/CryptoCurrency/ people say withdrawals are slow
