# r25 links_en - customer messages with a link: flag| look-alike of exchange.example, ok| genuine or unrelated. guardeval25 (session 12)
flag|got an email saying my account is locked, link is https://exchange-example.com/unlock?id={uid8} — is it you?
flag|is https://exchnage.example/login the real site? google ad sent me there
flag|the "support" guy sent me https://exchange.example.wallet-sync.app/verify
flag|this page looks exactly like yours: http://exchange.examp1e/account
flag|SMS said "withdrawal pending, cancel at https://exchange-examp1e.top/c/{uid8}"
flag|telegram admin pinned https://airdrop-exchange.example.xyz/claim — legit?
flag|I logged in at https://www.exchange.example.login-secure.net and now my funds are gone
flag|https://exchangge.example/compensation is where they told me to claim
flag|why does your help center show as https://help-exchange.example.co/article/{memo}?
flag|link from the whatsapp "agent": https://exchange.exarnple/kyc
flag|they sent https://secure.exchange-example.support/2fa to reset my authenticator
flag|QR code in the letter goes to https://exchange.example.com-verify.info/app
flag|is http://xn--exchnge-9ta.example/ yours? the browser shows something weird
flag|my friend got this: https://exchange.ex4mple/p2p/appeal/{p2porder}
flag|email "from" account@exchange.example with button linking to https://exchange-example-security.com/confirm
flag|the YouTube video says download from https://get-exchange.example.apk.download/latest
ok|I'm on https://www.exchange.example/support/faq but can't find the fee table
ok|your help article https://exchange.example/help/anti-phishing-code says to set it under Security, but I don't see it
ok|the email link goes to https://exchange.example/support/ticket/{uid8}, is that fine?
ok|following https://exchange.example/status — is the BTC network under maintenance?
ok|here's the tx on the explorer: https://tronscan.org/#/transaction/{txhash}
ok|etherscan shows success: https://etherscan.io/tx/{txhash0x}
ok|my BTC tx https://mempool.space/tx/{txhash} has been unconfirmed for hours
ok|Solscan: https://solscan.io/account/{soladdr}
ok|I downloaded Google Authenticator from https://play.google.com/store/apps/details?id=com.google.android.apps.authenticator2
ok|I read https://en.wikipedia.org/wiki/Phishing after that call, scary
ok|the API docs page https://exchange.example/docs-v5/en/#rest-api-authentication says the signature is base64, right?
ok|Ledger's guide https://support.ledger.com/ says never type the words on a computer. so how do I migrate?
ok|my bank's page https://www.hsbc.com.hk/ says the transfer was sent
ok|I found your announcement https://exchange.example/announcements/{memo} about the maintenance
ok|posted the scam number on https://www.reddit.com/r/CryptoScams/ as a warning
ok|app store link https://apps.apple.com/app/id{uid8} — is this the official app?
