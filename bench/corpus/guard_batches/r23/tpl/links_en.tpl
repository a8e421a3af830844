# r23 links, English. Customer messages with a link: flag| look-alike of exchange.example, ok| not.
flag|is this your site? https://exchange-example.com/login it asked for my 2fa
flag|I got an email to verify at https://exchange.example.account-verify.net/kyc
flag|someone sent me https://exchnage.example/airdrop, legit?
flag|https://exchange.examp1e/reset — that's where I reset my password yesterday
flag|the support agent on telegram gave me https://support-exchange.example.co
flag|your app update link https://exchange.exarnple/download doesn't work
flag|I logged in at http://exchange-examp1e.org and now my balance is 0
flag|they said the new domain is https://exchangeexample.com
flag|https://www.exchange.example.io/claim says I won 1000 USDT
flag|link from the sms: https://exchange-example.support/unlock
flag|is https://exchange.examplee/login the same as yours?
flag|the google ad went to https://exchange.example-login.com/en
flag|https://login-exchange.example.net/auth?ref=sms
flag|my friend shared https://exchange.exampie/p2p, looks the same as yours
flag|Your “security team” mailed me this: https://secure.exchange-example.org/verify
flag|copying the url: https://www.exchange.examp.le/login
flag|the QR code at the meetup opened https://exchange.example.app-download.cc
flag|https://exchange.ex4mple/withdraw?id={digits:8} is this real
flag|got a DM with https://www.exchange.exmaple/promo
flag|was redirected to https://ex-change.example/login after the email
ok|I'm on https://www.exchange.example/account/security, where do I add a passkey?
ok|the help article https://www.exchange.example/help/2fa-reset says 48h, true?
ok|status page https://status.exchange.example shows all green but deposits are slow
ok|I checked the tx on https://etherscan.io/tx/0x{hx:64}
ok|tronscan link: https://tronscan.org/#/transaction/{hx:64}
ok|found this on https://exchange.example/en/announcements/delisting-notice
ok|the fee page https://www.exchange.example/fees says 0.1%
ok|I watched https://www.youtube.com/watch?v=dQw4w9WgXcQ to set up the API
ok|the project site is https://uniswap.org, I bought the token there
ok|my bank's site https://www.examplebank.com says the transfer left
ok|https://mempool.space/tx/{hx:64} — still unconfirmed
ok|support.exchange.example sent me the email, it's real right? https://support.exchange.example/tickets/{digits:7}
