# customer messages with a link: flag| look-alike of exchange.example, ok| fine
flag|got this in telegram, is it you? https://exchange-example.verify-wallet.io/connect
flag|the airdrop link for {token}: https://airdrop-exchange.example.claims/{token}
flag|is https://exchange.examp1e.com/login the real login page?
flag|"VIP manager" sent https://vip.exchange-example.cc/otc for the block trade
flag|merchant told me to pay via https://p2p-exchange.example.pay-secure.net/order/{order}
flag|https://exchangeexample.com/support — legit?
flag|link from the sms: http://exchange.example.account-unlock.top
flag|someone posted https://exchange.exarnple/listing/{token} in the group
flag|copy trading invite https://copy-exchange-example.io/lead/{merchant}
flag|https://exchange.example-airdrop.xyz/claim?uid={uid} is this the listing bonus page
flag|the wallet "verify" site is https://web3-exchange.example.wallet-sync.app
flag|is xn--exchnge-exmple-4kb.com yours? it shows as exchänge-example in my browser
flag|bridge site https://bridge.exchange-exampIe.com (capital i?) asked me to connect wallet
flag|mail said go to https://exchange.example.security-check.online/2fa-reset
flag|www.exchangee.example/p2p/appeal?order={order} is where the merchant sent me
ok|I followed https://exchange.example/help/p2p-appeal but the button is grey
ok|the announcement https://www.exchange.example/announcements/{token}-listing says {hhmm} UTC
ok|my order page https://exchange.example/p2p/order/{order} shows "appeal"
ok|tx on etherscan: https://etherscan.io/tx/{tx}
ok|tronscan shows it https://tronscan.org/#/transaction/{txid}
ok|https://support.exchange.example/tickets/{n}{cardtail} — any update?
ok|I read https://exchange.example/help/anti-phishing-code and set mine
ok|solscan link: https://solscan.io/account/{soladdr}
ok|https://exchange.example/copy-trading/lead/{merchant} is the trader I followed
ok|the OTC page https://www.exchange.example/otc asks me to contact my manager
ok|mempool: https://mempool.space/tx/{txid}
ok|my bank's site https://www.{bank_en}.example.com/help says the card freeze takes 5 days
ok|https://exchange.example/web3/bridge shows my transfer as pending
ok|app link from the official page: https://exchange.example/download
ok|the Google Authenticator help at https://support.google.com/accounts/answer/1066447 didn't help
