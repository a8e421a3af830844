## r27 secrets, English: weekend account-recovery / KYC queue. Markers ⟦ ⟧ around every secret.
# r27 (guardeval27) - customer messages with made-up secrets, weekend recovery/KYC queue
*2 password|locked out since {hhmm}, {tried|used|typed} my password ⟦{pw}⟧ like 5 times and now it says account frozen??
*2 password|hi my login is {email} and pass is ⟦{pw}⟧ pls just unlock it i have bills to pay
*2 password|pwd ⟦{pw}⟧ , worked yesterday on my old phone, not on the new one
password|my password is ⟦{pw_lower}⟧ ok? i know its weak, i'll change it after, just get me in
password|Password: ⟦{pw}⟧ Email: {email} UID {uid} - please reset the 2FA, I lost my phone in a taxi
*2 password|fund password ⟦{pin6}⟧ doesn't work for the withdrawal of {amt} {coin}, is it locked for 24h after changing SIM?
*2 password|trading PIN is ⟦{pin6}⟧ if you need it to check the sub account
password|{My|my} fund pwd = ⟦{pin6}⟧ and login pwd = ⟦{pw}⟧. just tell me which one is wrong
password|the pass i set when i opened the acct in 2021 was ⟦{pw}⟧ maybe thats the one ur system has
password|ok so pass ⟦{pw_fw}⟧ (typed it on my chinese keyboard, maybe thats why it fails?)
password|login details: {email} / ⟦{pw}⟧
password|pw is ⟦{pw}⟧ no wait, ⟦{pw}⟧ - the second one, capital first letter
password|my dad's account, his password was written in his notebook: ⟦{pw}⟧. he passed away in {date}, I'm his son
password|for the estate: the executor found the login {email} and the password ⟦{pw}⟧ in the will folder, do you need anything else?
password|send ur pass they said so here: ⟦{pw}⟧ is that right? the telegram guy said you need it
password|current password ⟦{pw}⟧ new password i want ⟦{pw}⟧ can you change it from your side
*2 code|SMS code {just came|arrived|came in}: ⟦{code6}⟧ but the page already timed out
*2 code|the code is ⟦{code6sp}⟧
code|code: ⟦{code6}⟧
code|authenticator says ⟦{code6}⟧ right now
code|google auth ⟦{code6}⟧ - doesnt work, phone clock maybe?
code|got the email code ⟦{code6}⟧, where do I put it? the box is grey
code|verification code is ⟦{code_words}⟧
code|its ⟦{code6sp}⟧ from the text msg, new SIM so maybe wrong number??
*2 code|here are my 2FA backup codes ⟦{backup}⟧ ⟦{backup}⟧ ⟦{backup}⟧ one of them should still work
code|recovery code ⟦{backup}⟧ says invalid
code|I printed the backup codes when I set up 2FA, first unused one is ⟦{backup}⟧
code|the 8 digit email code ⟦{code8}⟧ expired before I could paste it, send another?
code|Authy: ⟦{code6}⟧ (it changes every 30 sec right? so be quick)
code|yubikey fell in the sink lol, backup code ⟦{backup}⟧
code|new phone, SIM swapped at the carrier this morning, the sms said ⟦{code6}⟧ and "do not share" but you're support so its fine
code|Code ⟦{code4}⟧ from the voice call
*2 totp_seed|when I set up 2FA I saved the setup key ⟦{b32}⟧ - can you use it to turn 2FA back on for the new phone?
*2 totp_seed|the secret under the QR code was ⟦{b32g}⟧, I wrote it down in a notebook
totp_seed|2fa key: ⟦{b32}⟧
totp_seed|I moved phones and the authenticator is empty. I still have the manual entry key ⟦{b32}⟧ from the screenshot
*2 api_secret|my grid bot stopped. API key {apikey} (public one), secret ⟦{apisecret}⟧, passphrase ⟦{passphrase}⟧ - is it revoked?
*2 api_secret|the bot vendor asks for secret key ⟦{apisecret}⟧ again, did you reset it when the account got locked?
api_secret|API secret: ⟦{apisecret}⟧
api_secret|key {apikey}\nsecret ⟦{apisecret}⟧\npass ⟦{passphrase}⟧\nsub-account "bot2" - getting 50111 invalid sign
api_secret|the api passphrase is ⟦{passphrase}⟧ (not my login password) and it still says wrong passphrase
api_secret|I think someone used my API. secret was ⟦{apisecret}⟧, key {apikey}. please disable everything for sub account {uid}
*2 seed|my wallet recovery phrase is ⟦{seed12}⟧ can you restore my funds
*2 seed|seed: ⟦{seed12}⟧
seed|the recovery agent on telegram said to paste it here to verify: ⟦{seed12}⟧
seed|these are my 24 words ⟦{seed24}⟧ please check if they are valid, the app says invalid
seed|⟦{seed12_caps}⟧ <- thats what is on the card in my safe
seed|i typed it without spaces in my notes ⟦{seed12_nosp}⟧
*2 seed|phrase (I think one word is spelled wrong) ⟦{seed12_typo}⟧
seed|⟦{seed24_typo}⟧ my handwriting is bad sorry
*2 seed|{Words|words} are ⟦{seed12_comma}⟧
seed|backup phrase ⟦{seed12_dash}⟧
seed|⟦{seed12_slash}⟧ that's my mom's wallet phrase, she died last month and we need the funds for the funeral
seed|⟦{seed12_title}⟧
*2 seed|here are the words in order {seed12_num}
seed|numbered like the card: {seed24_num}
seed|from my notes app:\n{seed12_numlines}
seed|my 12 words:\n⟦{seed12_lines}⟧
seed|copy paste from my notes ⟦{seed12_zw}⟧
seed|the phrase the ledger showed me: ⟦{seed12_cyr}⟧
seed|phone keyboard was in full width mode: ⟦{seed12_fw}⟧
seed|secret recovery phrase = ⟦{seed12}⟧ (metamask, not your exchange, but same email)
*2 private_key|my private key is ⟦{hexkey}⟧ can you move the funds to the exchange for me
private_key|privkey 0x: ⟦{hexkey_0x}⟧
private_key|key in 8 blocks like the paper wallet: ⟦{hexkey_g8}⟧
private_key|it wrapped on my paper: ⟦{hexkey_wrap}⟧
private_key|exported key ⟦{hexkey_up}⟧ from my old wallet app, is it the same as my deposit address?
*2 private_key|WIF from the paper wallet: ⟦{wif}⟧
private_key|my xprv ⟦{xprv}⟧ - I need the deposits from the old addresses derived from it
private_key|master key (xprv) exported from the bot server ⟦{xprv}⟧
*2 private_key|phantom private key ⟦{solkey}⟧ pls import it, the SOL withdrawal went there
private_key|sol wallet key: ⟦{solkey}⟧
anti_phishing|my anti-phishing code is ⟦{aph}⟧ so you know its me
anti_phishing|I set the anti phishing phrase to ⟦{aph}⟧ last week, but I got an email without it
mixed|ok everything: email {email}, pass ⟦{pw}⟧, fund PIN ⟦{pin6}⟧, 2fa backup ⟦{backup}⟧. I need the {amt} {coin} out today
mixed|UID {uid}, password ⟦{pw}⟧, the google code right now is ⟦{code6}⟧
mixed|I lost everything. phone, authenticator. Only thing I have is the seed ⟦{seed12}⟧ and the old password ⟦{pw}⟧
mixed|sub-account bot3 api secret ⟦{apisecret}⟧ and my master account pass ⟦{pw}⟧ - which one did the hacker get??
mixed|withdrawal of {amt} {coin} held for review. code from email ⟦{code6}⟧, fund password ⟦{pin6}⟧, to {eth}
## --- second pass: more wordings
*2 password|Hello, I am {name}. Password {is|was} ⟦{pw}⟧. Phone was stolen at the station, please freeze withdrawals but let me log in
*2 password|my password: ⟦{pw_lower}⟧
password|p/w ⟦{pw}⟧ u/n {email}
password|Passcode for the app lock is ⟦{pin6}⟧, and the face id stopped working after the update
password|i reset it to ⟦{pw}⟧ an hour ago and already locked again?!
password|her password (my late wife) should be ⟦{pw}⟧ or ⟦{pw_lower}⟧, she used those everywhere
password|security PIN ⟦{pin6}⟧ - the one for withdrawals. correct?
password|the recovery agent said give the password to support so: ⟦{pw}⟧
password|"⟦{pw#p}⟧" didnt work so I tried ⟦{pw}⟧ too... wait the first was ⟦{#p}⟧ no quotes
password|pass: ⟦{pw}⟧\nfund pass: ⟦{pin6}⟧
password|MY PASSWORD IS ⟦{pw}⟧ WHY DOESNT IT WORK
*2 code|{code|Code|CODE} ⟦{code6}⟧ pls hurry
*2 code|the six digits: ⟦{code6sp}⟧
code|email verification ⟦{code6}⟧ and sms ⟦{code6}⟧ both here
code|{App says|Authenticator shows|google auth app:} ⟦{code6}⟧
code|number in the text was ⟦{code_words}⟧ I think
code|backup code #3: ⟦{backup}⟧
code|these 2FA recovery codes from my printout: ⟦{backup}⟧, ⟦{backup}⟧, ⟦{backup}⟧, ⟦{backup}⟧
code|the verification for the new device says ⟦{code6}⟧, my son set it up for me
totp_seed|2FA secret key from my backup notes: ⟦{b32}⟧
totp_seed|setup code for authenticator ⟦{b32g}⟧ (the one you scan or type)
totp_seed|QR code text was otpauth://totp/Exchange:{email}?secret=⟦{b32_32}⟧&issuer=Exchange
api_secret|secretKey=⟦{apisecret}⟧ apiKey={apikey} passphrase=⟦{passphrase}⟧
api_secret|API passphrase ⟦{passphrase}⟧ - it's different from my login password right?
api_secret|the trading bot config has "secret": "⟦{apisecret}⟧" - do I paste it here to verify?
*2 seed|{seed|recovery phrase|mnemonic|12 words}: ⟦{seed12}⟧
seed|Recovery phrase ⟦{seed12_title}⟧ (capitals like on the card)
seed|⟦{seed24}⟧
seed|words ⟦{seed12_comma}⟧ pls help
*2 seed|my phrase but I'm not sure about one word: ⟦{seed12_typo}⟧
seed|⟦{seed12_caps}⟧
seed|numbered list from the card:\n{seed12_numlines}
seed|1-12: {seed12_num}
seed|the old wallet words ⟦{seed12_zw}⟧
*2 private_key|{private key|privkey|PK}: ⟦{hexkey}⟧
private_key|key ⟦{hexkey_g8}⟧ from the steel plate
private_key|⟦{wif}⟧ <- old bitcoin paper wallet key, can you sweep it?
private_key|extended private key ⟦{xprv}⟧
private_key|Solana secret key (base58 export from Phantom): ⟦{solkey}⟧
private_key|secret key 0x ⟦{hexkey}⟧ metamask export
anti_phishing|anti-phishing code: ⟦{aph}⟧ (mine, I set it in security settings)
anti_phishing|to prove it's me: my antiphishing phrase is ⟦{aph}⟧
mixed|new phone, pass ⟦{pw}⟧, sms code ⟦{code6}⟧, KYC was approved on {date}
mixed|everything I have: seed ⟦{seed12}⟧ wallet password ⟦{pw}⟧
mixed|api secret ⟦{apisecret}⟧ and the google code ⟦{code6}⟧ - the bot asks for both?
## --- third pass
password|Dear support, the password for UID {uid} is ⟦{pw}⟧. I kindly request unlocking as I am 74 and do not understand the new app.
password|pw ⟦{pw_lower}⟧ (lowercase) email {email}
password|passwd=⟦{pw}⟧
password|I think my password is either ⟦{pw}⟧ or ⟦{pw}⟧, can you see which one I set?
password|login: {phone} password: ⟦{pw}⟧
password|the sub-account login password is ⟦{pw}⟧ - my bot guy set it, I never changed it
code|I've got ⟦{code6}⟧ on the screen from sms now
code|ok ⟦{code6}⟧
code|It's ⟦{code_words}⟧ - reading it off my watch
code|email code ⟦{code8}⟧ (8 digits this time?)
code|"Your verification code is ⟦{code6}⟧. Do not share it." - that's what the SMS says
code|the backup key list: ⟦{backup}⟧ ⟦{backup}⟧
totp_seed|authenticator secret ⟦{b32g}⟧
api_secret|API: key {apikey} / secret ⟦{apisecret}⟧
api_secret|passphrase for the api is ⟦{passphrase}⟧, secret ⟦{apisecret}⟧
seed|⟦{seed12_dash}⟧ (dashes because the form didn't take spaces)
seed|my late brother's wallet, the words on the paper: ⟦{seed12}⟧
seed|Seed Phrase - ⟦{seed12_slash}⟧
private_key|WIF ⟦{wif}⟧
private_key|hex privkey wrapped in the email: ⟦{hexkey_wrap}⟧
