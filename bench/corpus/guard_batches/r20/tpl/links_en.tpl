# r20 links (en): customer messages with a link; flag| a look-alike of exchange.example, ok| fine.
flag|got an email saying verify here https://exchange-example.com/account/verify is this you?
flag|is https://exchangee.example/login the real site? google showed it first
flag|someone sent me https://www.exchange.examp1e.com/reward in a DM
flag|the sms said my withdrawal is on hold, link: exchange.exarnple/hold
flag|https://excahnge.example/security — is this page legit
flag|https://exchange.example.login-verify.xyz/session asked for my 2FA, did I mess up?
flag|clicked https://exchange.example-secure.net before thinking 😬
flag|https://secure-exchange.example.co/unlock came with a "case number", real?
flag|Telegram "support" gave me https://exchange.examples/claim
flag|https://exchange.exmaple/airdrop says I won 500 USDT
flag|Is https://www-exchange.example.com/ yours? looks identical
flag|received this on WhatsApp: exchange.example.cn/kyc
flag|https://exchangeexample.io/app-download — official?
flag|link from twitter reply https://exchange.ex4mple/giveaway
flag|https://xn--exchnge-5fg.example/login
flag|the url looks right but the e is weird? https://еxchange.example/wallet
flag|https://exchange.exampIe/reset-password my browser shows it in lowercase as exampie
flag|email "from you": https://exchange.example:443@verify-center.live/auth
flag|https://exchange.example.support-desk.help/ticket/88213 - they said it's the ticket portal
flag|what about http://exchange-examp1e.app/staking
flag|got redirected to https://exchange.example.co/login after searching
flag|https://login.exchange-example.org/ is asking for the seed words
flag|https://exchange.exampel/ — typo or scam?
flag|a youtube ad linked https://exchange.example.promo-event.site/bonus
flag|exchangexample.com/verify — is this real?
flag|https://exchange.examplle/download
flag|They sent a QR that opens https://xn--exchang-hya.example/app
flag|https://exchange.example.net/help — different ending, is it the same company?
flag|https://m.exchange-example.vip/ mobile site they said
flag|Suspicious: https://exchange.ex-ample.com/verify?uid=me
flag|https://wallet.exchange.example.restore-now.click/
flag|the sender was support@exchange-example.email and the link was https://exchange-example.email/confirm
flag|https://exchang.example/account — missing the e? real?
flag|https://xn--xchange-6gg.example/withdraw
flag|this one: https://exchange.example-verify.com/2fa came with a "security alert"
ok|I followed https://exchange.example/help/2fa-reset and it worked, thanks
ok|is https://www.exchange.example/download the right place for the desktop app?
ok|https://help.exchange.example/articles/withdrawal-limits says 10k, but I see 5k
ok|the announcement at exchange.example/announcements mentions maintenance at 06:00 UTC
ok|https://EXCHANGE.EXAMPLE/fees — the fee table there is different from the app
ok|tx on https://etherscan.io/tx/0x{{txid}} shows success
ok|tronscan link: https://tronscan.org/#/transaction/{{txid}}
ok|https://solscan.io/tx/{{solsig}}
ok|https://mempool.space/tx/{{txid}} still unconfirmed
ok|I read https://www.reddit.com/r/CryptoCurrency/ that there's a scam going around
ok|price on https://www.coingecko.com/en/coins/bitcoin is different from yours
ok|https://status.exchange.example shows all green but I can't withdraw
ok|https://web3.exchange.example/wallet doesn't load on Safari
ok|my ledger guide from https://support.ledger.com says to use the xpub only
ok|see https://exchange.example/support/ticket?id={{digits7}} for my ticket
