# r33 links (en): flag| look-alike of exchange.example; ok| official or unrelated.
flag|the sms said to lock my account at https://exchange-example.com/lock, is that you?
flag|got an email linking to exchange.example.account-recovery.net/verify, legit?
flag|this "2fa reset" page https://exchange-examp1e.com/2fa looks exactly like yours
flag|recovery guy sent http://secure-exchange-example.help/unlock
flag|is https://exchange.example-support.com/case your new support portal?
flag|the login alert link went to https://exchangee.example/activity
flag|https://www.exchange.examp1e/freeze — they said it freezes the hacker
flag|police form at exchange-example.police-report.org/form, can I trust it?
flag|the link was https://exchange.exarnple/login (I typed my password there 😩)
flag|https://login-exchange.example.com.verify-id.io/session is that official
flag|someone on telegram sent me xn--exchnge-5fg.example/recover
flag|my "new device" email pointed to https://exchange.example.secure-login.top/auth
flag|https://exchanqe.example/security/unlock?uid={uid}
flag|they DM'd me https://exchange-examples.com/support, looks fake
flag|https://exchange.example@account-lock.cc/ — the link in the SMS
ok|I reset my password on https://exchange.example/account/reset like you said
ok|is https://www.exchange.example/help/account-security the right article?
ok|the email came from support.exchange.example, links to https://support.exchange.example/hc/requests/{case}
ok|here is the tx on etherscan: https://etherscan.io/tx/{txhash}
ok|tronscan shows it: https://tronscan.org/#/address/{trx}
ok|https://mempool.space/tx/{btctx}
ok|https://solscan.io/account/{solpub} — that's where my SOL went
ok|I filed at https://www.ic3.gov, complaint number {police}
ok|used https://revoke.cash to remove approvals
ok|my carrier's page https://www.t-mobile.com/support/account/sim-protection says they can lock porting
ok|https://haveibeenpwned.com says my email was in 3 breaches
ok|https://support.google.com/accounts/answer/6294825 to recover the gmail
ok|blockchair: https://blockchair.com/bitcoin/address/{bc1}
ok|https://www.actionfraud.police.uk/ gave me a crime reference
ok|https://exchange.example/help/impersonation explains the fake agents, thanks
