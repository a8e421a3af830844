# r31 links (en): flag| a look-alike of exchange.example; ok| must not be flagged.
flag|is this the real claim page? https://exchange-example.claim-portal.io/airdrop
flag|a guy sent me https://exchnage.example/sync to sync my wallet
flag|got an sms with http://exchange-examp1e.com/verify , legit?
flag|telegram bot said go to https://claim.exchange-example.app
flag|https://exchange.example.wallet-sync.net/validate asked for my words
flag|the bridge refund form https://bridge-exchange-example.com/refund
flag|www.exchange-exampIe.com/nft-claim (capital i instead of l?)
flag|is https://exchange.examp1e.io yours
flag|someone posted https://ехchange.example/claim in the group
flag|https://exchangeexample.org/airdrop looks official
flag|the mail linked to https://exchange-example.support/wrong-network
flag|https://web3-exchange-example.net/connect wants my seed, is that normal
flag|https://exchange.example-claim.com/token what is this
flag|ad on google: https://exchange-exarnple.com (rn not m)
flag|this one? http://login-exchange.example.secure-verify.top
ok|I read https://exchange.example/help/wrong-network-deposit but still stuck
ok|the airdrop page https://exchange.example/web3/airdrops says not eligible
ok|https://www.exchange.example/support/faq is that up to date?
ok|tx on etherscan: https://etherscan.io/tx/<<txhash>>
ok|arbiscan shows it https://arbiscan.io/tx/<<txhash>>
ok|solscan https://solscan.io/account/<<soladdr>>
ok|tronscan link https://tronscan.org/#/address/<<tron>>
ok|bscscan https://bscscan.com/address/<<addr>>
ok|i followed the ledger guide https://support.ledger.com
ok|the metamask docs https://support.metamask.io said to add the network manually
ok|price on https://www.coingecko.com looks different
ok|video https://www.youtube.com/watch?v=dQw4w9WgXcQ explains the bridge
ok|blockchair https://blockchair.com/bitcoin/address/<<btcaddr>>
ok|the tweet https://x.com/exchange_example/status/1865500000000000000 announced the claim
ok|https://exchange.example/account/security where do i set anti phishing
