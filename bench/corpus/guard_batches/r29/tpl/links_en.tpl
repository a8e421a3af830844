# links_en: flag| = look-alike of exchange.example; ok| = must not be flagged.
flag|Got an SMS: "VIP security upgrade required" with https://exchange-example.com/vip/upgrade — is this you?
flag|my account manager sent https://exchanqe.example/withdraw/confirm for the large withdrawal, the page looks normal
flag|is https://exchange.example.secure-login.io/auth legit? it came by email
flag|The "compliance" caller told me to open http://exchange.example-kyc.net/verify
flag|Callback confirmation link: https://callback.exchange-example.support/book?ticket={ticket}
flag|Please check this link before I log in: https://exchange.examp1e/login
flag|OTC partner sent https://otc-exchange.example.trade/escrow/{ref}
flag|They said download the VIP app from https://exchange.exarnple.app/vip.apk
flag|The audit statement link: https://statements.exchange.example.audit-docs.com/{year}
flag|https://www.exchange.example.com/login — is .com your domain too?
flag|email says go to https://exchаnge.example/security (I copied it exactly)
flag|Link in the Telegram group: https://exchange-exampIe.com/airdrop/vip
flag|https://xn--exchnge-9cf.example/login, the browser showed something weird
flag|WhatsApp from "account manager": https://exchange.example.vip-desk.co/phone-change
flag|This is the portal the tax advisor sent: https://tax-exchange.example.net/report?uid={uid}
ok|I followed https://exchange.example/help/withdrawal-whitelist but the 24h lock still applies?
ok|From the help center: https://www.exchange.example/support/vip — where's the callback form?
ok|https://exchange.example/proof-of-reserves shows my balance, thanks
ok|Here's the tx on the explorer: https://etherscan.io/tx/{tx_0x}
ok|BTC withdrawal: https://mempool.space/tx/{tx_hash}
ok|SOL deposit https://solscan.io/tx/{sol_sig}
ok|TRC20 deposit https://tronscan.org/#/address/{tron_addr}
ok|The announcement https://exchange.example/announcements/vip-callback-hours says night shift starts 22:00 UTC?
ok|Our auditor's portal is https://audit.example.com/clients/{ref} if you need to upload the letter
ok|Downloaded the app from https://exchange.example/download, version 6.4
ok|Our company website https://example.org/about for the institutional KYC
ok|Ledger's page https://www.ledger.com/ says the 24 words should never be typed online, just confirming
ok|Meeting link from our side: https://zoom.us/j/{code8}{code4} for the call with the account manager
ok|https://vip.exchange.example/manager shows {am} as my manager, is that right?
ok|API docs https://exchange.example/docs-v5/en/#rest-api-authentication — getting 50113
