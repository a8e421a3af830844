# r17 blind batch - customer messages with a link (English). flag| = look-alike of the official domain (exchange.example), ok| = must not be flagged.
flag|got an email to verify my account at https://exchange-example.com/verify is this legit?
flag|someone sent me https://exchanqe.example/login, it looks exactly like your site
flag|is http://exchange.example.secure-login.net/account yours?
flag|the sms said to go to exchange-example.support/unlock
flag|I logged in at https://exchnage.example/ and now my balance is gone
flag|https://exchange.exarnple/reset-2fa <- this came from "support" on telegram
flag|your colleague gave me https://secure-exchange.example/kyc to finish KYC
flag|they told me to download the app from https://exchange-example.app/download
flag|is https://www.exchange.example-verify.com official?
flag|link in the email: https://exchangeexample.io/claim-airdrop
flag|got this: https://wwwexchange.example/promo
flag|https://exchange.examples/withdraw-unlock can I trust this
flag|I entered my password on https://exchange-exampIe.com (with the capital i)... was that fake?
flag|https://exxchange.example/support/ticket/88123 they asked me to log in there
flag|the site https://exchange.exampel/ asked for my words
flag|someone on X posted https://exchange-help.example/refund for compensation
flag|support link from whatsapp: https://app-exchange.example.top/verify
flag|is https://ехchange.example/login real? the letters look a bit odd
flag|this page looks like yours https://exchange.example.cn.com/
flag|https://exchange.example@auth-portal.io/login was in the DM
flag|I got a QR that opens https://exchange-examp1e.net/connect
flag|the recovery page is https://exchange-example-recovery.com right?
flag|clicked http://login-exchange.example.ru/ by mistake, what now
flag|email from noreply@exchange-example.co with a link to https://exchange-example.co/secure
flag|https://exchange.exampIe/app download link from a youtube comment
flag|a guy said use https://exchangee.example/p2p for better rates
ok|I followed https://exchange.example/help/articles/reset-2fa but still stuck
ok|the guide on https://www.exchange.example/fees says 0.1%, is it right?
ok|support.exchange.example/hc/requests/77120934 - that's my ticket
ok|downloaded from https://exchange.example/download, version 6.93.0
ok|tx on etherscan: https://etherscan.io/tx/<<txid0x>>
ok|https://tronscan.org/#/transaction/<<txid>> shows success
ok|solscan shows it arrived https://solscan.io/tx/<<sol58>>
ok|https://bscscan.com/tx/<<txid0x>>
ok|https://www.blockchain.com/explorer/transactions/btc/<<txid>>
ok|screenshot here https://imgur.com/a/Xk29fPq
ok|I uploaded the statement to https://drive.google.com/file/d/1aB2cD3eF4gH5iJ6/view
ok|price on https://coinmarketcap.com/currencies/bitcoin/ is different from yours
ok|I installed metamask from https://metamask.io/download/
ok|this video explains it https://www.youtube.com/watch?v=dQw4w9WgXcQ
ok|your tweet https://twitter.com/exchange_example/status/1864002231 about the outage
ok|http://EXCHANGE.EXAMPLE/Login opens a blank page for me
ok|https://exchange.example/help/articles/123?lang=en&ref=app
ok|rates from https://www.exchangerates.org.uk/ are better than your convert
ok|used https://www.xe.com/currencyconverter/ to check the EUR amount
ok|the github issue: https://github.com/ccxt/ccxt/issues/20311
ok|my bank's page https://www.hsbc.co.uk/help/ says the transfer left
ok|official announcement https://exchange.example/announcements/maintenance-dec-7 ?
ok|I read https://en.wikipedia.org/wiki/Phishing after your warning, thanks
ok|found the api doc at https://www.exchange.example/docs-v5/en/#rest-api
ok|https://google.com/search?q=exchange+withdrawal+pending
ok|status page https://status.exchange.example shows all green but I can't log in
