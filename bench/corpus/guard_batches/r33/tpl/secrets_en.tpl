# r33 secrets (en): account takeover night. Secrets between ⟦ ⟧; made-up values from expand.py.
seed|someone emptied my account tonight, my wallet words are ⟦{seed12}⟧ pls check if they got in through this
seed|Is my seed compromised?? ⟦{seed12}⟧ — I typed it into a "wallet sync" site yesterday
seed|recovery phrase (the 24 words from the backup card): ⟦{seed24}⟧
seed|hacker changed my email. proof the account is mine: ⟦{seed12|upper}⟧
seed|I wrote the words down like this {seed12|num} is that enough to prove ownership
seed|my mnemonic ⟦{seed12|comma}⟧ please freeze whatever wallet uses it
seed|⟦{seed12|caps}⟧ <- thats my backup, the scammer has it too I think
seed|copy pasted from my notes app: ⟦{seed12|lines4}⟧
seed|the guy on telegram made me "verify" these: ⟦{seed12}⟧ and then my funds were gone. what do i do
seed|12 words: ⟦{seed12|typo}⟧ (might have spelled one wrong, my handwriting is bad)
seed|seed was {seed12|numparen} , my ledger got drained right after the sim swap
seed|words ⟦{seed18}⟧ — 18 of them, from the old Trezor
seed|phrase: ⟦{seed12|dash}⟧
seed|ok here is the phrase in full width because my phone keyboard did that: ⟦{seed12|fw}⟧
seed|backup words (copied from pdf, might have weird spaces) ⟦{seed12|zw}⟧
seed|Secret Recovery Phrase ⟦{seed12|cyr}⟧ metamask says its invalid now??
seed|is this the phrase they stole? ⟦{seed24|upper}⟧
seed|My brother set it up, the paper says: ⟦{seed12}⟧. Account got hacked at 3am.
seed|pls dont share this but ⟦{seed12}⟧ is what i restored with after the breach
seed|restore words -> ⟦{seed12|lower}⟧ <- did the attacker use these to log in?
seed|you need my key words to lock it? fine: ⟦{seed12}⟧
seed|wallet phrase {seed12|num}
seed|seed phrase for the funding wallet that got swept: ⟦{seed24|comma}⟧
seed|i think he also got the seed because it was in my gmail drafts: ⟦{seed12}⟧
seed|SEED ⟦{seed12|caps}⟧
seed|"⟦{seed12}⟧" that's what I saved in icloud, and my icloud was hijacked
seed|The recovery agent asked me to confirm my words, I sent him ⟦{seed12}⟧. Was he from you?
seed|mnemonic (24): ⟦{seed24|lines4}⟧
seed|words r ⟦{seed12}⟧ lock everything plz
seed|18 words, backup sheet #2 — ⟦{seed18|comma}⟧
seed|my phrase — ⟦{seed12|dash}⟧ — can u trace where the money went
seed|Restored on a new phone using ⟦{seed12}⟧ but the balance is zero
seed|the sticky note under my keyboard had ⟦{seed12|upper}⟧ and my roommate moved out today
seed|is it safe if I tell you only the words? {seed12|num}
seed|help hacked. seed ⟦{seed12|typo}⟧
seed|here, from the photo in my gallery (they had my google photos): ⟦{seed24}⟧
seed|For the police report they want the wallet phrase, is this the right one: ⟦{seed12}⟧
seed|recovery words in capitals ⟦{seed12|upper}⟧ sorry caps lock
password|my password was ⟦{pw}⟧ and someone logged in from Lagos
password|pwd ⟦{pw}⟧ — changed it now but they already withdrew
password|login pass: ⟦{pw}⟧ pls reset
password|the hacker changed my password from ⟦{pw}⟧ to something else, cant get in
password|new password ⟦{pw}⟧ old one ⟦{pw}⟧, both for the same acct
password|fund password is ⟦{pin}⟧ did they need it to withdraw?
password|my trading pin ⟦{pin|spaced}⟧
password|pass = ⟦{pw}⟧
password|email password (the hijacked outlook one): ⟦{pw}⟧
password|I reused ⟦{pw}⟧ everywhere, that's probably how they got in lol
password|passwd ⟦{pw}⟧ acct locked now?
password|anti-lock: my login pw is ⟦{pw}⟧, please just unlock me
password|Password: ⟦{pw|fw}⟧
password|the password i use: ⟦{pw}⟧ (same as gmail, i know i know)
password|my 6 digit fund pin is ⟦{pin|en}⟧
password|pw is ⟦{pw}⟧. i can log in on web but the app says device not trusted
password|security password — ⟦{pin}⟧
password|old pass was ⟦{pw}⟧ new one is ⟦{pw}⟧ is it strong enough now
password|they know my password ⟦{pw}⟧ because it was in some leak. change it for me?
password|Here's my login ⟦{pw}⟧, you can go in and check the devices yourself
password|creds: mike.t@mailbox.example / ⟦{pw}⟧
password|psw: ⟦{pw}⟧
password|my gmail pass ⟦{pw}⟧ — they changed recovery phone so i can't reset
password|the password for the encrypted backup file is ⟦{pw}⟧
password|fund pwd ⟦{pin}⟧ changed it but withdrawal still pending
password|p/w ⟦{pw}⟧ just so u can verify it's me
password|I set the withdrawal PIN to ⟦{pin}⟧ yesterday, before the hack
password|password (case sensitive!!) ⟦{pw}⟧
password|if it helps, my passcode is ⟦{pin|half3}⟧
code|sms code ⟦{code6}⟧ just came in but i didn't request it???
code|code: ⟦{code6|pairs}⟧
code|Google Authenticator shows ⟦{code6}⟧ right now
code|the email code they want is ⟦{code6|half3}⟧
code|verification code ⟦{code6|en}⟧
code|Got a text "your code is ⟦{code6}⟧, do not share" — someone trying to reset my pw?
code|2FA: ⟦{code6}⟧
code|authy ⟦{code6}⟧
code|here's the otp ⟦{code6}⟧ quick before it expires
code|backup codes from when I set up 2fa: ⟦{backup}⟧ ⟦{backup}⟧ ⟦{backup}⟧
code|one of my backup codes ⟦{backup}⟧, can you use it to disable the attacker's authenticator
code|recovery code ⟦{code8}⟧
code|you asked for the code? ⟦{code6}⟧
code|email verification ⟦{code6|spaced}⟧
code|code is ⟦{code6|fw}⟧
code|the 8-digit reset code ⟦{code8|g4}⟧
code|GA code ⟦{code6}⟧ and sms ⟦{code6}⟧
code|OTP → ⟦{code6}⟧
code|i keep getting codes like ⟦{code6}⟧ every 5 min, what is happening
code|my 2fa backup key code is ⟦{backup}⟧ (printed one)
code|the code the "support" guy asked for was ⟦{code6}⟧ — I gave it to him, was that bad?
code|Yubi won't work, here's the sms one instead ⟦{code6}⟧
code|number that came by text: ⟦{code6|en}⟧
code|code ⟦{code6}⟧ for the unlock
code|the withdrawal confirmation code is ⟦{code6}⟧ but i did NOT initiate a withdrawal
private_key|private key of the hot wallet that got drained: ⟦{hex64}⟧
private_key|privkey 0x⟦{hex64}⟧
private_key|key (wif) ⟦{wif}⟧
private_key|old paper wallet ⟦{wifu}⟧ — moved coins out just now, hope nobody saw
private_key|xprv from my electrum: ⟦{xprv}⟧
private_key|phantom export: ⟦{sol}⟧ the sol is gone
private_key|pk in groups because i read it off the screen: ⟦{hex64|g8}⟧
private_key|private key ⟦{hex64|wrap}⟧
private_key|here is the key, the recovery service said you can freeze it: ⟦{hex64}⟧
private_key|Exported from metamask > account details > show private key: ⟦{hex64|upper}⟧
private_key|WIF: ⟦{wif}⟧ is this compromised
private_key|master private key ⟦{xprv}⟧
private_key|solana keypair ⟦{sol}⟧ (from phantom "export private key")
private_key|priv ⟦{hex64}⟧ pls check for drainer approvals
private_key|my key starts with K... full thing ⟦{wif}⟧
private_key|the private key the hacker used is the same as mine: ⟦{hex64}⟧
private_key|sol wallet key (copied in 2 parts): ⟦{sol|wrap}⟧
private_key|0x⟦{hex64|g4}⟧ that's the private key, sorry for the spacing
private_key|electrum wallet master xprv: ⟦{xprv|wrap}⟧
api_secret|api key {apikey} secret ⟦{apisecret}⟧ passphrase ⟦{passphrase}⟧ — the bot was doing trades I didn't make
api_secret|API secret: ⟦{apisecret}⟧
api_secret|my api passphrase is ⟦{passphrase}⟧, delete the key please
api_secret|secretKey=⟦{apisecret}⟧
api_secret|apiKey {apikey} / secret ⟦{apisecret}⟧ / pass ⟦{passphrase}⟧
api_secret|the 3commas connection used secret ⟦{apisecret|lower}⟧, i think it leaked
api_secret|passphrase for the API: ⟦{passphrase}⟧
api_secret|API SECRET ⟦{apisecret|g8}⟧
api_secret|secret key (not the api key) ⟦{apisecret}⟧ revoke it
api_secret|key={apikey}\nsecret=⟦{apisecret}⟧\npassphrase=⟦{passphrase}⟧
totp_key|the 2fa setup key: ⟦{totp}⟧
totp_key|authenticator secret ⟦{totp|g4}⟧ — attacker may have it, it was in my gmail
totp_key|GA backup key ⟦{totp}⟧ I wrote on the card when I enabled it
totp_key|2FA key (the long one under the QR) ⟦{totp|lower}⟧
totp_key|google auth recovery key: ⟦{totp|g4}⟧
totp_key|otpauth secret=⟦{totp}⟧
totp_key|my authenticator key ⟦{totp}⟧ so you can check if the code matches
totp_key|backup key for 2fa is ⟦{totp|g4}⟧
antiphish|my anti-phishing code is ⟦{antiphish}⟧ — the email I got had a different one
antiphish|I set my anti phishing code to ⟦{antiphish}⟧ last month
antiphish|anti-phishing: ⟦{antiphish}⟧ (mine), the mail said something else
antiphish|the antiphish code on my acct is ⟦{antiphish}⟧, the hacker might've changed it
mixed|login ⟦{pw}⟧ + sms ⟦{code6}⟧ — I gave both to the fake agent, now all gone
mixed|pass ⟦{pw}⟧ and GA ⟦{code6}⟧ please lock it
mixed|email pw ⟦{pw}⟧, fund pin ⟦{pin}⟧, anti-phishing ⟦{antiphish}⟧, everything they might have
mixed|seed ⟦{seed12}⟧ and my password ⟦{pw}⟧, do whatever you need
mixed|the email they sent had code ⟦{code6}⟧ and asked for my 2fa key ⟦{totp}⟧, I gave both
mixed|pwd ⟦{pw}⟧ / pin ⟦{pin}⟧ / uid {uid}
mixed|UID {uid}, password ⟦{pw}⟧, please freeze withdrawals now
mixed|private key ⟦{hex64}⟧ and seed ⟦{seed12}⟧ both from the same wallet
mixed|GA secret ⟦{totp}⟧ plus current code ⟦{code6}⟧
seed|so when he said "security check" I typed ⟦{seed12}⟧ into the form at the link
seed|seed (mine, not the scammer's): ⟦{seed12}⟧
seed|words in order: ⟦{seed12}⟧ — i'm shaking, it was all my savings
seed|just in case you need it for the investigation ⟦{seed24}⟧
password|i never gave anyone my password ⟦{pw}⟧ so how did they log in
password|my passwrd ⟦{pw}⟧
code|the code that came after the SIM swap (on my new sim) is ⟦{code6}⟧
code|text msg code: ⟦{code6|en}⟧, thats the one they kept asking for
private_key|key: ⟦{wif}⟧ (bitcoin core dumpprivkey)
api_secret|Secret ⟦{apisecret}⟧ for the read-only key that somehow withdrew
totp_key|seed for google authenticator ⟦{totp}⟧
password|the password is ⟦{pw}⟧, email is mine, phone number was ported out
code|verify code pls → ⟦{code6|half3}⟧
seed|i only remember first 6 words: ⟦{seed12|h1}⟧
password|for the locked account: pass ⟦{pw}⟧
code|code from authenticator app ⟦{code6}⟧ does it match the attacker login?
seed|last 6 words were ⟦{seed12|h2}⟧, the first half is on the other card
password|Password for the account: ⟦{pw}⟧ — pls check login history from IP {ip}
code|6 digits: ⟦{code6|en}⟧ from google auth
private_key|the drained address {eth} — its key is ⟦{hex64}⟧
seed|here's the whole thing, numbered: {seed24|num}
password|my pin (fund password) ⟦{pin}⟧ and they still withdrew without it?!
api_secret|api pass phrase ⟦{passphrase}⟧ and secret ⟦{apisecret}⟧, key id {apikey}
code|backup code (one of ten) ⟦{backup}⟧
totp_key|2fa secret key: ⟦{totp|g4}⟧
antiphish|My anti-phishing phrase is set as ⟦{antiphish}⟧
code|the code in the sms from 'Exchange': ⟦{code6}⟧
