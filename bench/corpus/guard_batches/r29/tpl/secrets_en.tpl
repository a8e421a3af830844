# secrets_en: VIP desk customers pasting things they should not. Secrets between ⟦ ⟧.
password|Hi, this is {name} from the treasury desk, UID {uid}. Login keeps failing, I'm typing ⟦{password}⟧ exactly, can you check if it's locked?
password|my account manager {am} is off tonight so writing here. pwd is ⟦{password}⟧ — please just reset whatever is wrong, we have a {amount} USDT withdrawal queued
password|pass: ⟦{password}⟧
password|The password I set last week for the master account was ⟦{password}⟧, maybe I mistyped the capital letter? it says invalid
password|fund password ⟦{pin6}⟧ doesn't work for the whitelisted address withdrawal, it worked yesterday
password|Trading PIN is ⟦{pin4}⟧, the app on my new phone wants it again after I changed SIM in Dubai
password|I'm locked out. Old pw ⟦{password}⟧ new pw ⟦{password2}⟧ — which one does your system have?
password|my login details: {email} / ⟦{password}⟧ please hurry, the callback never came
password|For the sub-account {sub} I gave the trader the password ⟦{password}⟧ and now he can't log in, did the reset go through?
password|Password = ⟦{password}⟧ (case sensitive). Why is it rejected?
password|I'm travelling in Lisbon, number changed. Can you log in for me? credentials {email} pw ⟦{password}⟧
password|lol I literally wrote the password on a post-it: ⟦{password}⟧. does the system block logins from Portugal?
password|my 资金密码 is ⟦{pin6}⟧, the withdrawal screen says wrong fund password 3 times
password|Account: {email}\nPassword: ⟦{password}⟧\nIssue: cannot approve withdrawal to cold wallet
password|It's {name}, CFO. Our ops guy changed the login to ⟦{password}⟧ and left for holiday, nobody else has 2FA. What now?
antiphish|anti-phishing code on our account is set to ⟦{antiphish}⟧, can you confirm that's still what's on file?
antiphish|my own anti phishing phrase is ⟦{antiphish}⟧ — if your mails don't show that, they're fake right?
password|the passcode for the app lock is ⟦{pin6}⟧ and face id stopped working
password|The pw contains my daughter's name, ⟦{password}⟧, I didn't share it with anyone except the account manager on the phone
password|fullwidth because my keyboard was on Japanese input: ⟦{password_fw}⟧ is that why login fails?
password|sry typing from phone. password ⟦{password}⟧ user {email}
password|Can you confirm the withdrawal PIN is still ⟦{pin6}⟧? I don't want to get locked for 24h
password|I think someone changed my password. The one I always use is ⟦{password}⟧ and it no longer works. UID {uid}
password|Login: {uid} | pass ⟦{password}⟧ | need statement for auditors by Friday
password|New fund pwd I'm going to set: ⟦{pin6}⟧ — is 6 digits enough or do you need letters?
password|Hi, the password is ⟦{password}⟧, my assistant {name2} will call back at {time} UTC to finish the KYC update
password|This is the third time I reset it. Current one: ⟦{password}⟧. Is there a problem with special characters?
password|my 2nd account (the corporate one) password ⟦{password}⟧, the personal one ⟦{password2}⟧, keep them straight please
code|SMS code: ⟦{code6}⟧
code|the code is ⟦{code6_sp}⟧ hurry it expires
code|Got the verification code ⟦{code6}⟧ on my new UK number, but the page says the number doesn't match
code|email code ⟦{code6}⟧, phone code ⟦{code6b}⟧ — both entered, still stuck on "verifying"
code|Google Authenticator shows ⟦{code6}⟧ right now
code|2fa: ⟦{code6_dash}⟧
code|The voice call read me ⟦{code6_en}⟧, I typed it and it said expired
code|ok the code is ⟦{code6_allsp}⟧
code|authenticator ⟦{code6}⟧ plz approve the 120 BTC to our cold storage
code|I received the code {code4}? No sorry it is ⟦{code6}⟧, the 4-digit one was from my bank
code|Yubikey isn't available in the hotel, here's the OTP from the backup app: ⟦{code6}⟧
code|Backup codes from when I set up 2FA: {backup_list}
code|one of my recovery codes: ⟦{backup}⟧ — can you use it to disable 2FA for me? lost the phone in Singapore
code|2FA backup code ⟦{backup_b32}⟧ (the printed sheet in the safe)
code|Okta-style code, not sure: ⟦{code8}⟧
code|verification code for the callback: ⟦{code6}⟧. Your colleague said to give it to the desk
code|code ⟦{code6}⟧
code|Authy ⟦{code6}⟧
code|the withdrawal confirmation email had ⟦{code6}⟧, is it safe to use it if the mail looks odd?
code|My SMS OTP is ⟦{code6}⟧ and I keep getting a new one every 30s, which one do you need
code|here: ⟦{code6_fw}⟧
code|It's ⟦{code6}⟧ on the token, then ⟦{code6b}⟧ on the next refresh. Neither accepted
code|the number your system texted me to finish the phone change: ⟦{code6}⟧
code|Recovery codes (we printed them for the board): ⟦{backup}⟧ ⟦{backup}⟧ ⟦{backup}⟧
code|email verification: ⟦{code6}⟧, sms: haven't received (old number, I'm in Tokyo)
code|6-digit from the app ⟦{code6_sp}⟧, my trader needs to approve the sub-account transfer
code|the callback agent asked me to read back a code, it was ⟦{code6}⟧, was that you guys?
code|Confirm code: ⟦{code6}⟧ (sorry if I shouldn't send this)
totp_key|Setting up 2FA for our ops account on a second phone. The setup key on the screen is ⟦{totp}⟧ — can you check it's bound to {email}?
totp_key|2FA secret: ⟦{totp16}⟧
totp_key|the long key under the QR code: ⟦{totp_g4}⟧, I saved it in the team password manager, is that ok?
totp_key|Manual entry key for Google Auth ⟦{totp}⟧, the QR doesn't scan on the tablet
totp_key|We want 3 people on the trading team to share one authenticator. base32 seed is ⟦{totp}⟧
totp_key|backup key for authenticator (the 16 letters) ⟦{totp16}⟧
api_secret|API key {api_key} secret ⟦{api_secret}⟧ passphrase ⟦{passphrase}⟧ — the bot gets 50113 invalid sign, why
api_secret|secret key: ⟦{api_secret}⟧
api_secret|For the market-making sub-account {sub}: key {api_key}, secretKey ⟦{api_secret}⟧. Need IP whitelist {ip} added
api_secret|apiKey={api_key}\napiSecret=⟦{api_secret}⟧\npassphrase=⟦{passphrase}⟧
api_secret|The API passphrase we chose is ⟦{passphrase}⟧ and signatures fail since the migration
api_secret|hmac secret ⟦{api_secret_b64}⟧ — is base64 the right format for your v5 endpoint?
api_secret|Pasting our config (the dev said it's fine to send to support): {"key":"{api_key}","secret":"⟦{api_secret}⟧","pass":"⟦{passphrase}⟧"}
api_secret|API secret for read-only key used by our auditors: ⟦{api_secret}⟧
api_secret|api pass ⟦{passphrase}⟧
api_secret|I regenerated the secret, now it's ⟦{api_secret}⟧, but the old key {api_key} still shows active
seed|my seed phrase is ⟦{seed12}⟧ — did you freeze the funds?
seed|⟦{seed12}⟧
seed|Recovery words of the custody wallet: ⟦{seed24}⟧
seed|SEED: ⟦{seed12_caps}⟧
seed|wrote it from the steel plate, sorry for caps ⟦{seed12_capsjoined}⟧
seed|These are the 12 words my account manager told me to verify: ⟦{seed12_typo}⟧
seed|words are ⟦{seed12_comma}⟧
seed|⟦{seed12_dash}⟧ is the backup of our old hardware wallet, can you import it to the exchange?
seed|1 of 3 signers' phrase: ⟦{seed24_typo}⟧
seed|my mnemonic (I think one word is wrong, please check): ⟦{seed12_typo}⟧
seed|{seed12_num}
seed|phrase:\n{seed12_numlines}
seed|Here you go: {seed24_num}
seed|⟦{seed12_title}⟧
seed|backup words - ⟦{seed12_slash}⟧
seed|⟦{seed12_lines}⟧
seed|Rows from the card:\n⟦{seed12_rows}⟧
seed|copied from notes app ⟦{seed12_zwsp}⟧
seed|phrase ⟦{seed12_fw}⟧
seed|recovery: ⟦{seed12_cyr}⟧
seed|the 24 words for the multisig backup key are ⟦{seed24}⟧ — the "security team" asked me to confirm them, is that legit?
seed|I typed my seed into the "wallet sync" page from the SMS: ⟦{seed12}⟧. Did I just get scammed??
seed|To prove ownership for the large withdrawal: ⟦{seed12}⟧
seed|Wallet words (Ledger): ⟦{seed24}⟧ — the OTC guy says he needs them for escrow
seed|seed = "⟦{seed12}⟧"
seed|My late father's wallet, words from his notebook: ⟦{seed12_typo}⟧. Can the exchange recover it?
seed|secret recovery phrase ⟦{seed12}⟧ please move everything to my VIP account
seed|{seed12_num} (numbered like on the card, hope that's ok)
private_key|private key: ⟦{hex}⟧
private_key|privkey ⟦{hex_0x}⟧ of the ETH hot wallet we used for deposits
private_key|⟦{hex_upper}⟧ this is the key of the address that sent the deposit, can you confirm it's ours?
private_key|Key in groups as shown by the custody tool: ⟦{hex_g8}⟧
private_key|⟦{hex_g4}⟧
private_key|the key wrapped on our printout:\n⟦{hex_wrap}⟧
private_key|WIF ⟦{wif}⟧ from the paper wallet
private_key|old style key ⟦{wif_u}⟧, can you sweep it into my BTC account?
private_key|Exported from Electrum: ⟦{xprv}⟧
private_key|xprv for the treasury wallet (account 0): ⟦{xprv}⟧ — the xpub is {xpub} if that's what you need instead
private_key|testnet key for your sandbox ⟦{tprv}⟧
private_key|Phantom export: ⟦{sol_key}⟧
private_key|solana private key ⟦{sol_key}⟧ — the SOL deposit to my sub-account never arrived
private_key|The signer key for our 2-of-3: ⟦{hex}⟧ (the other two are with our lawyer)
private_key|pk=⟦{hex}⟧
private_key|My bitcoin private key is ⟦{wif}⟧, can you check the balance on it?
private_key|Metamask export for 0x address {eth_addr}: ⟦{hex}⟧
password|{name} here, night shift callback didn't happen. To speed things up: password ⟦{password}⟧, fund PIN ⟦{pin6}⟧, code ⟦{code6}⟧
seed|compliance asked for the seed AND the password, here: ⟦{seed12}⟧ / ⟦{password}⟧
private_key|Account for the audit: UID {uid}, key ⟦{hex}⟧, ticket {ticket}
code|ticket {ticket} — code ⟦{code6}⟧ as requested by your agent {am}
password|new number {phone}, old number gone, password still ⟦{password}⟧, can you update it without the old SMS?
password|Dear support, I am the director of a fund, please reset 2FA. Password ⟦{password}⟧. Passport attached.
code|Here's the e-mail code: ⟦{code6}⟧ and the phone one: ⟦{code6b}⟧, callback please at {time} Singapore time
password|pword ⟦{password}⟧
password|passwd: ⟦{password}⟧
password|My password is the same as the fund password: ⟦{password}⟧. I know, bad idea
code|verification: ⟦{code6}⟧
code|Code from SMS, {phone_mask} — ⟦{code6}⟧
password|login ⟦{password}⟧, PIN ⟦{pin4}⟧
seed|I'm pasting the phrase here so it's on record in the ticket: ⟦{seed12}⟧
api_secret|Sub-account API for {sub}: Access key {api_key} Secret ⟦{api_secret}⟧ (read+trade, no withdraw)
api_secret|secret ⟦{api_secret}⟧ passphrase ⟦{passphrase}⟧ — created {date}
totp_key|2FA reset: old authenticator secret was ⟦{totp}⟧, maybe you can regenerate codes from it?
private_key|the multisig cosigner xprv ⟦{xprv}⟧, the custody provider wants it "for reconciliation"
seed|My 12 words: ⟦{seed12}⟧. My 24 words (other wallet): ⟦{seed24}⟧
code|code ⟦{code6}⟧ pls approve withdrawal of {btc_amt} BTC to {btc_addr}
password|ur agent on whatsapp asked for the pw so here: ⟦{password}⟧
code|the 2fa code is ⟦{code6_en}⟧
password|Password (the one with the € sign): ⟦{password}€⟧
password|our shared desk login {email} ⟦{password}⟧ — we need sub-account permissions changed before Asia open
seed|wallet phrase ⟦{seed12_comma}⟧, please tell me if the exchange can see the balance
code|OTP ⟦{code6}⟧ is for the phone number change request, I'm in São Paulo now
password|my password got leaked? it's ⟦{password}⟧, please check haveibeenpwned for me
code|⟦{code6}⟧ ← the code
password|the answer to my security question is ⟦{password}⟧ hehe
private_key|signing key (ed25519, hex) ⟦{hex}⟧
seed|i have these words from the OTC counterparty's "escrow wallet", they said to import them: ⟦{seed12}⟧
code|the agent read me a number and asked me to read the SMS back: ⟦{code6}⟧ — was that really you
password|pin for withdrawals ⟦{pin6}⟧ and trading pin ⟦{pin4}⟧
api_secret|passphrase for the API: ⟦{passphrase}⟧, key id {api_key}
totp_key|key ⟦{totp16}⟧ — the one Google Authenticator showed when I exported accounts
seed|multisig key #2 seed: {seed12_num}
private_key|recovered key: ⟦{sol_key}⟧ from my Phantom, it's the one for {sol_addr}
seed|Ich schreibe auf Englisch: my words ⟦{seed12}⟧
seed|pls check these: ⟦{seed12_zhcomma}⟧
code|backup code ⟦{backup}⟧
code|My 2FA recovery code is ⟦{backup_b32}⟧
password|fund password was ⟦{password}⟧ before I changed it, now I forgot the new one
password|it's {name2} (EA to {name}). He asked me to pass on his login so you can fix the statement export: ⟦{password}⟧
code|6 digits: ⟦{code6}⟧. it's 3am here in Sydney so please be quick
password|tried ⟦{password}⟧ and ⟦{password2}⟧, neither works, both were mine at some point
seed|the words in order are ⟦{seed12}⟧ and I'm 100% sure about the first 11
private_key|Trust Wallet shows this as the private key: ⟦{hex}⟧ — the exchange deposit address is {eth_addr}
code|Mail said "your verification code is" ⟦{code6}⟧ - is that email from you or phishing?
password|m0st secure pass ever lol: ⟦{password}⟧
api_secret|We rotated keys after the incident. New secret ⟦{api_secret_b64}⟧, passphrase unchanged (⟦{passphrase}⟧)
seed|my seed words got wet, I can read: ⟦{seed12_typo}⟧
totp_key|the text under the QR (for the team's shared 2FA): ⟦{totp_g4}⟧
private_key|WIF (compressed): ⟦{wif}⟧ — the address was a 1... legacy one
code|SMS was ⟦{code6}⟧ and email ⟦{code6b}⟧, sorry if I'm not supposed to send these here
