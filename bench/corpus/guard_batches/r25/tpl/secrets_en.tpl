# r25 secrets_en - customer messages that contain a secret, written by hand by guardeval25 (session 12)
# victim mid-scam, told what to send
2*seed|the guy from support on the phone said to type my recovery phrase here so the sync can finish: ⟦{seed12}⟧
seed|ok he said paste it in this chat not telegram. ⟦{seed12}⟧ is that right? he is still on the line
2*seed|Your colleague Kevin told me to verify my wallet so here it is ⟦{seed12}⟧ please unfreeze my {pick:USDT|ETH|SOL} now
seed|I already gave the words to the man on whatsapp but he says you need them too for the compensation form: ⟦{seed24}⟧
code|someone called saying they are from the security team and read me my UID {uid}. they asked for the code that just came by sms, it is ⟦{code6}⟧, are they real??
code|he needs the number from my phone to cancel the withdrawal he said, ⟦{code6}⟧ — please hurry it's going out
2*password|the agent on telegram (@exchange_help_desk) said login is needed to fix the stuck deposit, my password is ⟦{password}⟧ and email is the one on this account
private_key|they asked me to export my key from metamask for the airdrop recovery. ⟦{hexkey}⟧ did i do something wrong
seed|lady from "wallet sync department" said my phrase must be re-validated before midnight: ⟦{seed12comma}⟧
# first time buyer / confused
2*seed|hi, first time buying crypto. bought with my bank card and the app showed me 12 words, I wrote them down: ⟦{seed12}⟧ do I need these to log in?
seed|my son set this up for me. he wrote on a paper "SECRET WORDS" - ⟦{seed12}⟧ - where do i put them to see my bitcoin
password|i cant log in, my password is ⟦{password}⟧ i'm sure of it, i wrote it on the fridge
password|Hello, locked out after 5 tries. Tried ⟦{password}⟧ and ⟦{password}⟧ both. Which one do you have on file?
code|It keeps asking for a code, i got ⟦{code6}⟧ by email but the box says invalid
code|the verification code is ⟦{code6}⟧ can you put it in for me, the app keeps timing out
code|code: ⟦{code6sp}⟧
code|sms code ⟦{code6dig}⟧ what do i do with it
code|Got a text: "Your verification code is ⟦{code6}⟧. Valid for 10 minutes. Do not share it with anyone." now what
code|[SMS] [Exchange] ⟦{code6}⟧ is your withdrawal verification code. If this was not you, contact support.\nI did not request this! someone is trying to withdraw
code|copied from email: Your login verification code: ⟦{code6}⟧ (expires in 10 min). I'm on a new laptop
code|google authenticator says ⟦{code6}⟧ but it doesnt work
code|authenticator: ⟦{code6}⟧ then ⟦{code6}⟧ a minute later, neither accepted. time on my phone is auto
code|the code was {pick:seven|six} digits? no it was ⟦{code6}⟧ sorry
code|email code ⟦{code6en}⟧ - reading it out for you because voice typing
# P2P merchant in dispute
password|P2P merchant here, buyer in order {p2porder} marked paid but nothing arrived. I can give you my bank app login if you need to check: user ch{uid8} pass ⟦{password}⟧
2*password|merchant account, fund password is ⟦{pin6}⟧ if you need to release the escrow manually, I can't stay online tonight
code|The buyer sent me a code saying it's from the exchange to release the order ⟦{code6}⟧ is it valid? order {p2porder}
# VIP / market maker ops
2*api_secret|MM ops here (sub-account {uid}). Our quoting bot is getting 50111 errors. Key {pick:d3a9e0c1-4f7b-4a2e-9c51-8e2b7f3a6d10|6f1e2b3c-7a8d-4e9f-a0b1-c2d3e4f5a6b7|9a7c1d2e-3b4f-4c5d-8e6f-7a8b9c0d1e2f} secret ⟦{apisecret}⟧ passphrase ⟦{passphrase}⟧ can you check on your side
api_secret|hi Lena, for the rate-limit increase you asked which key — api key is {pick:a4f3c2b1-0e9d-4c8b-a7f6-e5d4c3b2a1f0|c0ffee12-3456-4789-abcd-ef0123456789} and the secret ends up as ⟦{apisecret}⟧
2*api_secret|Sent from our desk: API_SECRET=⟦{apisecret64}⟧ (prod, read+trade, IP whitelisted {ip}). Please confirm the whitelist is applied
api_passphrase|our account manager asked for the passphrase we set on the new key, it's ⟦{passphrase}⟧
api_secret|config snippet from the bot:\napi_key = "{pick:mx0vgl7k2Qd8|ak_live_9Fq2Lm|key-47Qp}"\napi_secret = "⟦{apisecretb64}⟧"\nit worked yesterday
api_secret|secret: ⟦{apisecret}⟧ (the one created {date})
api_secret|I regenerated the key but the bot still signs with the old secret ⟦{apisecret}⟧, is it revoked?
# developer with bot
2*api_secret|python bot gives "Invalid Sign". my code: hmac.new(b"⟦{apisecret64}⟧", msg, hashlib.sha256). what is wrong
api_passphrase|Getting "Passphrase incorrect" on /api/v5/account/balance, passphrase is ⟦{passphrase}⟧ exactly as I typed when making the key
api_secret|export EX_KEY={pick:4b1d7e2a-8c3f-4a6b-9e0d-1f2a3b4c5d6e|7e6d5c4b-3a29-4817-a6f5-e4d3c2b1a090}\nexport EX_SECRET=⟦{apisecret}⟧\nexport EX_PASS=⟦{passphrase}⟧\ncurl returns 401
totp_seed|for the trading bot I need to automate 2fa, is it ok to store the setup key? it's ⟦{totp}⟧
# hardware wallet migration
2*seed|moving from my Ledger to a new one, the old one's 24 words are ⟦{seed24}⟧ can I import them in the exchange web3 wallet instead
seed|Trezor recovery sheet, I want to confirm it's the same wallet as my deposit address {btcaddr}: {seed24num}
private_key|exported from Electrum: ⟦{wif}⟧ - can you sweep it into my account?
private_key|old paper wallet from 2014, key is ⟦{wifu}⟧ address {btclegacy}. how do I import
private_key|xpub didnt work so here is the xprv ⟦{xprv}⟧ please check which addresses have coins
2*private_key|Phantom export: ⟦{solkey}⟧ - sent SOL to the wrong network, can you recover it with this
private_key|metamask private key ⟦{hexkey0x}⟧ i sent USDT on BSC to my eth address {ethaddr}, need it back
private_key|my key in pieces since the app cut it off:\n⟦{hexkeywrap}⟧
private_key|I wrote the private key on paper in groups: ⟦{hexkey8}⟧ is that the correct length?
private_key|PRIVATE KEY ⟦{hexkeyup}⟧
seed|restored with this but balance is 0?? ⟦{seed12}⟧
seed|Words (in order):\n⟦{seed12nl}⟧\nI may have swapped two, can you tell which
2*seed|Please help, my seed is: {seed12num} wallet shows empty after update {version}
seed|{seed12numnl}\nthat is the list from the backup card
seed|SEED ⟦{seed12caps}⟧ from my engraved steel plate
seed|18 words from the old Trust Wallet: ⟦{seed18}⟧
# hong kong / taiwan users in English
password|hello, i am from HK, my login password is ⟦{password}⟧ cannot login since yesterday lah
code|sorry my english not good. code is ⟦{code6}⟧. please help withdraw to my HSBC
# email channel with quoted mail
2*password|Subject: Re: Re: Case {ticket} — still unresolved\n\nThird email. As requested earlier my account password is ⟦{password}⟧ so you can check the login history.\n\n> On {date}, Support wrote:\n> Please describe the issue and attach screenshots.
code|Re: withdrawal stuck {wdid}\n\nThe email code I received was ⟦{code6}⟧ and it expired before I could use it, please extend.\n\n-----Original Message-----\nFrom: Support\nSent: {date}\nWe are looking into it.
api_secret|Fwd: API access for our fund\n\nHi team, as discussed on the call, secret key: ⟦{apisecret}⟧, passphrase: ⟦{passphrase}⟧\nRegards,\nOperations, {pick:Blue Harbor Capital|Northwind Trading|Kestrel Digital}
# app notification / screenshot text
code|[screenshot text] Security verification  Email code ⟦{code6}⟧  SMS code ⟦{code6}⟧  Authenticator ______  Confirm
code|pasting from notification: Exchange: Your code is ⟦{code6}⟧. Never share this code with anyone, including staff.
totp_seed|Screenshot of the 2FA setup page: "Setup key: ⟦{totp32}⟧" I lost my phone, can I use it on the new one
2*totp_seed|google auth backup key ⟦{totpgrp}⟧ - I saved it when I set up 2FA. new phone, what now?
code|backup codes I printed: ⟦{backup}⟧ ⟦{backup}⟧ ⟦{backup}⟧ which one do I use
code|recovery code ⟦{backupa}⟧ says already used
code|2fa backup code: ⟦{backup}⟧
# slang / short
password|pwd ⟦{password}⟧
password|pass is ⟦{password}⟧ just check it pls
password|my pw: ⟦{password}⟧ (new one since {date})
2*password|login = my email, password = ⟦{password}⟧. please just log in and cancel the order {order}, i'm driving
code|otp ⟦{code6}⟧
code|here: ⟦{code6}⟧
code|⟦{code6}⟧ is the code
password|trading pin ⟦{pin6}⟧ fund pw
password|Anti-phishing code is {antiphish} and my fund password is ⟦{pin6}⟧ please check both are right
password|I reset my password to ⟦{password}⟧ but the app still says wrong
password|old password ⟦{password}⟧ new password ⟦{password}⟧ it wont let me change
password|the password with the capital letter: ⟦{password}⟧
code|phone call code ⟦{code4}⟧, the voice said it twice
code|the voice call said your code is ⟦{code6en}⟧ please let me log in
password|email password (gmail) is ⟦{password}⟧ if you need to check the mails you sent
# angry / desperate
2*seed|I DONT CARE ABOUT SECURITY JUST GIVE ME MY MONEY. phrase: ⟦{seed12}⟧
password|for the 4th time, account email as before, password ⟦{password}⟧, 2fa off. FIX IT
code|you keep asking me to verify, FINE: ⟦{code6}⟧ ⟦{code6}⟧
seed|my husband passed away and left this note with his crypto. "⟦{seed24}⟧". Can you tell me what is on it?
seed|inheritance matter. the lawyer gave us this list of words: ⟦{seed12}⟧. Father's UID was {uid}.
# mixed with ordinary data
private_key|tx {txhash} failed, I'm giving you the sender's key to resend: ⟦{hexkey}⟧
seed|deposit {small} BTC to {btcaddr} from my own wallet, wallet words ⟦{seed12}⟧, tx still unconfirmed
code|order {order}, UID {uid}, code ⟦{code6}⟧
api_secret|IP {ip}, key created {date}, secret ⟦{apisecret64}⟧ - getting error 50102 timestamp expired
password|UID {uid} / password ⟦{password}⟧ / phone ends {tail4}
seed|I use this wallet for {pick:staking|my NFTs|DeFi} - seed ⟦{seed12}⟧ - can you tell if it's compromised? I got drained {date}
private_key|Solana wallet drained, maybe you can trace it, key: ⟦{solkey}⟧ address {soladdr}
seed|typed it from memory, one word might be wrong: ⟦{seed12}⟧
totp_seed|when enabling 2FA the QR didn't scan so I typed the key ⟦{totp}⟧ manually, codes don't match
totp_seed|otpauth://totp/Exchange:me?secret=⟦{totp32}⟧&issuer=Exchange   that's what the QR says
private_key|here's the wallet.json bit: "privateKey": "⟦{hexkey0x}⟧"
seed|I think the phrase is ⟦{seed12}⟧ but my wife also wrote one down
seed|testing if you can see this: ⟦{seed12}⟧
# more situations
password|copied my notes app for you:\nexchange login - ⟦{password}⟧\nbank - (not this)\nwifi - (not this)
password|voice to text sorry. my password is ⟦{password}⟧ full stop. capital first letter
password|password "⟦{password}⟧" (without the quotes)
2*password|bro just log in for me, email's the same, pw ⟦{password}⟧, I'm at work and the trade is running
password|our company treasury account, the withdrawal PIN is ⟦{pin6}⟧ — the CFO asked me to pass it on for the whitelist change
password|Ledger PIN is ⟦{code8}⟧ if you need to open it when I send it in for repair
password|keystore file password: ⟦{password}⟧ (the JSON file is attached)
password|I think someone changed my password. It was ⟦{password}⟧ until yesterday
password|You asked me to confirm it's me: my security question answer is "{pick:Rex|Mimi|Bao}" and the password ⟦{password}⟧
2*code|the lady on the call wanted the code but I'm giving it to you instead: ⟦{code6}⟧
code|just got ⟦{code6}⟧ by SMS and ⟦{code6}⟧ by email. enter them and approve my withdrawal of {amount} USDT please
code|Hi, withdrawal to {trxaddr}: email code ⟦{code6}⟧, SMS ⟦{code6}⟧, GA ⟦{code6}⟧. app crashes on confirm
code|unlock code from the email: ⟦{code8}⟧
code|its ⟦{code6sp}⟧ hurry
code|the app says enter the code sent to ***{tail4}: ⟦{code6}⟧
code|email recovery code for my gmail is ⟦{backupa}⟧, in case you need to get into my mailbox
2*seed|first word ⟦{seed12~S}{S.w0-1}⟧, then ⟦{S.w1-2}⟧ ⟦{S.w2-3}⟧ ⟦{S.w3-4}⟧, then ⟦{S.w4-12}⟧
seed|wallet backup "{pick:Main|Savings|Cold}": ⟦{seed12}⟧ created {date}
seed|hello support. I have two wallets. Wallet A: ⟦{seed12}⟧. Wallet B: ⟦{seed12}⟧. Which one has my deposit {txhash}?
seed|These words came with the card my friend sold me with "10,000 USDT preloaded": ⟦{seed12}⟧ can you check the balance
seed|My daughter is at uni, she told me the phrase on the phone: ⟦{seed12}⟧
seed|the check phrase from the Keystone screen ⟦{seed24}⟧
seed|Secret Recovery Phrase (MetaMask): ⟦{seed12}⟧
seed|I was told by the sync page to reveal it here too... ⟦{seed12}⟧
seed|@support ⟦{seed12}⟧
seed|"⟦{seed12}⟧" — that's what the helpdesk bot asked for, is this the right place?
private_key|exported the key of my TronLink wallet {trxaddr}: ⟦{hexkey}⟧
private_key|Bitcoin Core dumpprivkey output: ⟦{wif}⟧
private_key|my backup file says: private_key=⟦{hexkey}⟧ chain=ethereum address={ethaddr}
private_key|the key (base58, from Solflare) ⟦{solkey}⟧
private_key|hardware wallet migration: account xprv ⟦{xprv}⟧ derivation m/84'/0'/0'
api_secret|Binance-style secret from our old setup, maybe same format: ⟦{apisecret64}⟧
api_secret|we accidentally posted our secret in a public GitHub repo: ⟦{apisecret}⟧ — please disable it ASAP! key id ends in {hexshort}
2*api_passphrase|key label "{pick:mm-prod-1|hedge-bot|grid-eth}", passphrase ⟦{passphrase}⟧, please check permission
api_secret|from our ops runbook: SECRET ⟦{apisecret}⟧ / PASSPHRASE ⟦{passphrase}⟧ / IP {ip}
totp_seed|2FA secret (from Authy export): ⟦{totp32}⟧
totp_seed|the 16 letters under the QR: ⟦{totp}⟧
code|2fa backup codes:\n⟦{backup}⟧\n⟦{backup}⟧\n⟦{backup}⟧\n⟦{backup}⟧
# still more people
password|DEAR SUPPORT. MY PASSWORD IS ⟦{password}⟧. PLEASE CHECK WHY IT DOES NOT WORK. THANK YOU. MARGARET
password|(translated by app) Hello customer service, my login password is ⟦{password}⟧, please help me see the account
password|is this chat secure? ok then. password ⟦{password}⟧ user is my phone number
password|passphrase for my login is ⟦{pick:purple monkey dishwasher|blue sky over tokyo|my cat loves tuna|correct horse staple}{num}⟧ with spaces
password|I'm the accountant for Mr. {pick:Lee|Okafor|Schmidt}; he gave me his login (password ⟦{password}⟧) to download the statements
password|my trade password is ⟦{pin6}⟧ and login one is ⟦{password}⟧, I always mix them up
password|email account + exchange share the same password: ⟦{password}⟧. yes I know
password|I was told to write exactly: "I confirm my password is ⟦{password}⟧ for the security upgrade"
password|anti-fraud PIN ⟦{pin6}⟧ (the one for withdrawals)
code|Authy shows ⟦{code6}⟧
code|Microsoft Authenticator number: ⟦{code6}⟧ — it's also asking me to approve on the phone
code|yubikey output when I touched it: ⟦{yubiotp}⟧
code|new device approval code ⟦{code6}⟧, I'm logging in from my office PC
code|the number in the app is ⟦{code6}⟧ and it changes every 30s, hope you're fast
code|withdrawal address confirmation code from the email: ⟦{code6}⟧
code|login link from the email: https://exchange.example/auth/magic?token=⟦{token}⟧ it says expired
code|yo my 2fa code ⟦{code6}⟧ lmk when ur in
code|google backup codes (8 of 10 left): ⟦{code8}⟧ ⟦{code8}⟧
code|when you call me back I'll read it but anyway it's ⟦{code6}⟧
seed|backup phrase ⟦{seed12title}⟧ (capitalised like on the card)
seed|the wallet words separated with dashes because the form didn't allow spaces: ⟦{seed12dash}⟧
seed|my 12 magic words lol ⟦{seed12}⟧ my nephew says you can see my coins with these
seed|Recovery key (that's what the app called it): ⟦{seed12}⟧
seed|Fwd: my wallet backup\n\n---------- Forwarded message ---------\nFrom: me\nSubject: WALLET DO NOT DELETE\n\n⟦{seed12}⟧
seed|Here's the "secret phrase" they made me confirm in the sync app: ⟦{seed24}⟧. Did I just lose everything?
seed|I kept the mnemonic in my email drafts: ⟦{seed12}⟧ — my email got hacked yesterday. what now
seed|words for the cold wallet (bought a Tangem, moving off my old Ledger): ⟦{seed24}⟧
seed|sync bot asked "enter your 12 words separated by spaces" so: ⟦{seed12}⟧
seed|Is this a valid phrase? found it in my late brother's notebook: ⟦{seed12}⟧
private_key|recovery service "ChainRescue" said you need the key too: ⟦{hexkey}⟧
private_key|screenshot text: Private Key  ⟦{hexkey}⟧  Copy  [Do not share]
private_key|my TRON private key: ⟦{hexkeyup}⟧ address {trxaddr}
private_key|key of the deposit wallet (I own it): ⟦{hexkey0x}⟧, deposits {txhash0x} and {txhash0x}
private_key|old Electrum wallet, WIF: ⟦{wif}⟧
api_secret|ccxt config: apiKey='{pick:3f2a1b0c-d9e8-4f7a-b6c5-d4e3f2a1b0c9|90a1b2c3-d4e5-4f60-8172-839405a6b7c8}', secret='⟦{apisecret}⟧', password='⟦{passphrase}⟧' (python)
api_secret|3Commas says "invalid credentials". I put key {pick:5d6e7f80-91a2-4b3c-8d4e-5f60718293a4|e1d2c3b4-a596-4877-8695-a4b3c2d1e0f9} and secret ⟦{apisecret}⟧, passphrase ⟦{passphrase}⟧
api_secret|docker-compose.yml:\n  environment:\n    - EX_API_SECRET=⟦{apisecret64}⟧\n    - EX_API_PASSPHRASE=⟦{passphrase}⟧
api_secret|our tax tool needs read-only, the secret they show me is ⟦{apisecret}⟧, is that the right permissions?
api_passphrase|sorry the passphrase I gave Lena earlier was wrong, the right one is ⟦{passphrase}⟧
totp_seed|Authy export line: otpauth://totp/Exchange%3A{uid8}?secret=⟦{totp32}⟧&issuer=Exchange
totp_seed|the 2fa key on my sticky note: ⟦{totpgrp}⟧
totp_seed|I set up 2FA on two phones using the key ⟦{totp}⟧, is that ok?
code|recovery codes from the 2FA setup: ⟦{backupa}⟧, ⟦{backupa}⟧, ⟦{backupa}⟧
password|P2P merchant: bank token PIN ⟦{pin6}⟧, the buyer says you need it to confirm the transfer
