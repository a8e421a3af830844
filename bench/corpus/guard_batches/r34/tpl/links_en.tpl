# r34 links (en): flag = look-alike of exchange.example; ok = official, unrelated well-known sites, explorers
flag|the admin sent me https://exchange-example.com/claim is it you?
flag|giveaway page: https://exchange.example.airdrop-verify.io/wallet
flag|got this in tg: http://exch4nge.example/red-packet
flag|is https://exchangе.example/login legit? (copied from the X reply)
flag|https://secure-exchange.example.help/2fa asked me to re-enter 2fa
flag|link from the "official" wechat: exchange-support.example/giveaway
flag|the bot posted https://login.exchange-example.net/verify
flag|https://exchange.example-rewards.com/hongbao says I won 88 USDT
flag|exchangeexample.io/airdrop — saw it in a tweet
flag|downloaded the apk from https://exchange.example.apk-download.top, bad?
flag|https://xn--exchnge-1ya.example/claim looks weird
flag|is exchange.examp1e real? the l is a 1
flag|someone shared https://exchange.exannple/promo in the group
flag|the DM had https://exchange.example.com.claim-now.xyz/
flag|what is https://exchange-example.app/referral
ok|the official page https://exchange.example/support/giveaway says the event ended?
ok|I'm on https://www.exchange.example/account/security right now
ok|https://exchange.example/community lists the telegram group, which one is it
ok|help center article exchange.example/help/red-packets doesn't load
ok|tx on etherscan: https://etherscan.io/tx/{txhash}
ok|https://tronscan.org/#/transaction/{btctx} shows success
ok|btc tx https://mempool.space/tx/{btctx}
ok|solscan https://solscan.io/account/{soladdr}
ok|the post I mean is https://x.com/ExchangeOfficial/status/1865512345678901234
ok|telegram link I joined: https://t.me/exchange_official
ok|i read about this scam on https://www.reddit.com/r/CryptoCurrency/
ok|google authenticator download https://play.google.com/store/apps/details?id=com.google.android.apps.authenticator2
ok|saw a warning on https://www.coindesk.com about fake airdrops
ok|https://app.exchange.example/rewards shows 0 points
ok|docs https://docs.exchange.example/api/v5 say the passphrase is required, right?
