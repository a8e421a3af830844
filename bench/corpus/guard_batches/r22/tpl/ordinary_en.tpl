# r22 ordinary customer messages (no secret), English. Label = what makes it look close to a secret.
txid|deposit not credited, txid {{txh}} , it has 64 confirmations already
txid|here is the hash: {{txh}}
txid|btc withdrawal still not arrived, tx id {{btctx}} shows unconfirmed on mempool
txid|TXID\n{{btctx}}\nsent 0.0821 BTC at 09:14
txid|solana transfer signature {{solsig}} - funds not in my account
txid|the explorer says success {{txh}} but your page says pending
txid|I sent USDT on TRC20, hash {{btctx}}, amount 1,250.00
txid|hash of the deposit (copied twice to be sure) {{txh}}
txid|sig: {{solsig}} it was a SOL deposit of 14.2
txid|transaction {{btctx}} block 871223
address|my deposit address is {{eth}} is that correct for USDT ERC20?
address|I withdrew to {{btc}} but it never showed up
address|is this your TRON address? {{trx}} someone on telegram sent it
address|sent to {{soladdr}} (my phantom address) from your exchange
address|XRP address {{xrp}} destination tag 1048823 - I forgot the tag the first time
address|whitelist address {{eth}} still says under review
address|the address in my withdrawal history is {{btc}} and I don't recognise it!!
address|can you confirm that {{trx}} belongs to you guys? its the deposit address shown in the app
address|withdrew 500 USDC to {{soladdr}}, status completed, not received
memo|memo 104882731 — I put it in the wrong field
memo|forgot the memo for my ATOM deposit, amount 32.5 ATOM, memo should have been 2281937
memo|destination tag 3309127 was included
order|order number {{digits:18}} is stuck in "processing"
order|P2P order {{digits:19}} the seller hasn't released the coins and the timer is almost done
order|my order id {{digits:16}} filled at a wrong price
order|pls check order #{{digits:12}}
order|orders {{digits:18}} and {{digits:18}} both canceled by themselves
order|futures order {{digits:17}} liquidated at 61,204.5, the mark price was never there
ticket|ticket #{{digits:8}} no answer for 4 days
ticket|this is about case {{digits:9}}, opened last Monday
ticket|reference number from your email: {{digits:10}}
ticket|I already have ticket 88231904 and ticket 88231977, please merge them
uid|my UID is {{digits:8}}
uid|UID {{digits:10}} — account frozen without reason
uid|uid: {{digits:9}}, email ends in @mail.test, phone ending 4471
uid|sub-account uid {{digits:9}} can't transfer to main {{digits:9}}
phone|I changed my number, old one ended in 0937, new one ends 2284
phone|you can call me on +44 7700 900123 after 6pm
phone|SMS go to my number ending 558, nothing comes
amount|sent 1,000,000 SHIB but received 998,500
amount|withdraw 245.123456 USDT fee was 1.000000 why
amount|balance showed 0.00483216 BTC yesterday, today 0.00183216
amount|I bought at 0.4521 and sold at 0.4519 but the fee was 12.4
amount|123456 is the amount in PHP I paid the seller
date|it happened on 2024-11-03 at 14:22:51 UTC+8
date|deposit made 05/12/2026 around 08:45 am
date|between 20241103 and 20241105 I had 6 withdrawals
version|app version 6.92.1 (build 20261201) on android 14, crash when opening assets
version|ios 18.2, app v 6.88.0, the login screen freezes
version|web browser chrome 131.0.6778.86, page stuck on loading
error|error code 50113 when placing order
error|it says "error 51008: insufficient balance" but i have balance
error|Error: 401 Unauthorized (code 50111) from the API, what does that mean? I regenerated the key already
error|got "Request timeout -1001" from websocket
error|withdrawal failed code 58350
error|message: "Your account has been restricted (ref 7F3A-22C9)"
talk_code|the verification code never arrived, I tried 5 times
talk_code|i'm not receiving the SMS code at all, is there a problem with your sms provider?
talk_code|email code goes to spam?? nothing in spam either
talk_code|my google authenticator codes are always wrong, I think my phone time is off
talk_code|the code expired before I could type it, can you extend the time?
talk_code|Do I need to give you the code from the SMS? someone said support needs it
talk_code|got a code I didnt ask for, didnt give it to anyone, what should I do
talk_code|how many digits is the code supposed to have? mine has 6
talk_code|authenticator shows a code but login says invalid 2FA
talk_code|I lost my phone with authenticator on it, how do I reset 2fa
talk_code|is it normal that the code is only valid for 30 seconds
talk_seed|is it safe to share my seed phrase with support?
talk_seed|I lost my seed phrase, is there any way to recover the wallet?
talk_seed|someone in telegram asked for my 12 words, I didn't give them. is that you?
talk_seed|does the exchange store my recovery phrase somewhere
talk_seed|my seed phrase has 24 words not 12, is that a problem when I import?
talk_seed|Where should I keep my private key? in a notes app or on paper?
talk_seed|the app asks me to write down the secret recovery phrase, do I really need to
talk_seed|i wrote my mnemonic on paper but coffee spilled on word 7 lol, can I still restore
talk_seed|what's the difference between a private key and a seed phrase
talk_seed|my friend says never share the words, but your agent asked me for them yesterday?
talk_password|I forgot my password, how do I reset it
talk_password|my password isn't working after the update
talk_password|does the fund password have to be 6 digits?
talk_password|password reset email never came
talk_password|I changed my password yesterday and now withdrawals are locked for 24h, why
talk_password|my password has 14 characters, a capital and a symbol, but it says too weak
talk_password|can you tell me what my password is? i can't remember it
talk_api|how do I create an API key with only read permission?
talk_api|my api key got deleted automatically after 14 days, is that normal?
talk_api|what ip whitelist format do you accept for api keys, 203.0.113.7 or CIDR?
talk_api|API passphrase forgotten, do I need to make a new key
warning_quote|I got an email saying "never share your 2FA code with anyone" — is that from you?
warning_quote|the popup said "Support will never ask for your password" so why did someone call me
warning_quote|your app says "do not disclose your verification code" but the guy on phone insisted
warning_quote|someone sent me a link exchange-example-support.com/login and asked for my details, reporting it
warning_quote|I saw the banner: 'Beware of scams. Staff will never ask you to transfer funds.' thanks
anti_phishing|my anti-phishing code is showing in emails as expected, but one email didnt have it
referral|my friend's referral code 8XK2QP did not apply
referral|invite code RWB77 gave no bonus
bip39_words|things i tried: ladder, cable, update, clean, install, open, close, reset, restart, again, wait, cancel
bip39_words|keywords of my complaint: account, frozen, deposit, access, balance, wallet, problem, transfer, history, ticket, support, urgent
bip39_words|bread milk cheese coffee sugar butter apple banana orange lemon salt pepper — sorry wrong chat, that's my shopping list
bip39_words|Fix my account please! Deposit again missing. Balance zero. Urgent. Service slow. Wallet problem. Thank you.
bip39_words|Title of my issue: "Second deposit missing, balance wrong, history empty, please check again today"
spaced|m y   a c c o u n t   i s   l o c k e d
spaced|W I T H D R A W A L  N O T  R E C E I V E D
caps|WHY IS MY ACCOUNT FROZEN I DID NOTHING WRONG THIS IS THEFT
long|I have been a customer since 2019 and never had problems. Last week I deposited 3,200 USDT (txid {{txh}}) and it still isn't credited. Your bot keeps telling me to wait. I attached screenshots twice. My UID is {{digits:8}}. Please escalate this.
long|Order {{digits:18}}: bought 0.15 ETH at 3,412.20, the chart shows the price never went that high at 10:31:07. I want a refund of the difference, approx 41.50 USDT.
long|Hi! First, thanks for the help last time. Second, I want to raise my KYC to level 2 but the passport upload fails at 98%. File is 4.2MB jpg. Tried on Chrome and the app v6.91.
kyc|KYC rejected, reason code KYC-0042, my passport no. ends with 7731
kyc|my ID card number ends with 093X, is that why verification failed
kyc|which documents do I need for advanced verification? I have a utility bill from Oct
fees|whats the fee for withdrawing USDT on TRC20 vs ERC20
fees|why was I charged 0.0005 BTC fee when the page said 0.0002
p2p|seller says he sent 15,000 INR, bank reference UTR 412233905871, but nothing arrived
p2p|the buyer uploaded a fake receipt, transaction no. 2024110398812773, please help
p2p|P2P appeal #A{{digits:8}} status is still pending
hex_like|my withdrawal id is {{hex32u}}? it's the long one in the history
hex_like|the app shows device id 7f3a9c2e1b4d for my login, is that mine?
hex_like|contract address {{eth}} is that the real USDT contract
hex_like|block hash {{txh}} contains my tx but your system doesn't see it
hex_like|session id a3f9-21cc-88de on the error screen
hex_like|request id {{uuid}} in the error page
numbers|my birthday is 1987-03-12 and the KYC page says 1987-12-03
numbers|The price alert at 64250 didn't fire
numbers|lost 123456 USDT because of your outage!!!
numbers|leverage 20x, position size 13500, liq price 58,201
numbers|I have 6 digit fund password, does it expire?
numbers|tried 3 times at 10:15, 10:17 and 10:22, each time failed
link|checked the status page status.exchange.example and it says all operational
misc|can I change my email from a@mail.test to b@mail.test
misc|hello?? anyone there
misc|ok thanks, that worked. I got the deposit now 👍
misc|why do you need my passport again? I already did KYC
misc|what is the minimum deposit for DOGE
misc|can I have two accounts with the same phone number
misc|i'm in dubai, can i use the app here
misc|how long does an internal transfer take
misc|the app logs me out every 5 minutes
misc|I think someone logged into my account from a new device (Windows, IP 198.51.100.23), I didnt. I already changed my password and turned on 2fa
misc|you guys froze my withdrawal for "risk control", how long will it take
misc|is staking APR fixed or floating
misc|can you send me my transaction history for 2025 as a csv
misc|my grandson helped me set up the account, now I want to withdraw to my bank, how?
misc|please stop calling me, I get 5 calls a day from numbers claiming to be you
misc|I want to close my account
misc|what happened to my earn product, it says redeemed but no money
misc|thx mate 🙏
talk_code|i typed the code from the email and it says "code already used"
talk_password|is "remember password" on the app safe? I share the laptop with my son
txid|hashes of both deposits:\n{{txh}}\n{{txh}}
address|old address {{eth}} new address {{eth}} which one should i use
numbers|my account is 2 years old, 1.2 BTC traded, level VIP1, why the limit of 10000 USDT
