# r23 secrets, English. Customer messages; every secret between ⟦ ⟧. Written by guardeval23 blind.
seed|hi my wallet shows zero now, these are my words ⟦{seed:12}⟧ can you check what happened
seed|I wrote down my recovery phrase: ⟦{seed:12:title}⟧ is that how it should look?
seed|⟦{seed:12:caps}⟧
seed|backup words are ⟦{seed:12:capsnospace}⟧ (copied from my notes app sorry no spaces)
seed|phrase -> ⟦{seed:12:nospace}⟧
seed|ok here they are in order {seed:12:num}
seed|Trust wallet asks me for 12 words and says invalid. ⟦{seed:12:typo}⟧ what did i do wrong
seed|my secret recovery phrase (metamask) is ⟦{seed:12:typo}⟧ pls help, all funds gone
seed|I think one word is wrong in my backup: ⟦{seed:12:typo2}⟧
seed|i only have 11 of them, the paper got wet ⟦{seed:12:missing}⟧ can you recover the last?
seed|{seed:12:numnl}\nthats my seed, ledger says checksum error
seed|Words:\n⟦{seed:12:nl}⟧
seed|as requested here is the mnemonic\n⟦{seed:12:rows}⟧
seed|⟦{seed:12:comma}⟧ <- the 12 words from the card that came with my wallet
seed|24 word phrase from my ledger nano: ⟦{seed:24}⟧
seed|Ledger recovery sheet: {seed:24:numparen}
seed|hello support. My 24 words: ⟦{seed:24:caps}⟧. I need to get my USDT out asap
seed|here u go ⟦{seed:24:typo}⟧
seed|18 words (exodus): ⟦{seed:18}⟧
seed|my phrase has 18 words is that normal? ⟦{seed:18:title}⟧
seed|Dear team, I am writing on behalf of my late father. Among his papers we found the following words, which I believe belong to his crypto account with you: ⟦{seed:24:rows}⟧. Could you tell us what is in the account and how we can claim it? We have the death certificate.
seed|The deposit I made on Tuesday (0.42 ETH) never showed up, I've waited 3 days, your bot keeps sending me in circles and honestly I'm about to post this everywhere. I even tried importing my wallet again with ⟦{seed:12}⟧ and it still shows nothing. Tx was sent from that wallet. Fix it.
seed|sry english not good. my word ⟦{seed:12:dash}⟧ wallet not open
seed|walletconnect says reconnect, it wants my 12 phrase: ⟦{seed:12}⟧ is this the right place?
seed|⟦{seed:12:title}⟧ 🙏🙏 please tell me my coins are safe
seed|i'll give you my seed so you can look yourself: ⟦{seed:12}⟧
seed|"⟦{seed:12}⟧" — from the Phantom backup screen
seed|Phrase: ⟦{seed:12:caps}⟧\nPassword for the app is ⟦{pw}⟧
seed|The wallet import failed with these: ⟦{seed:15}⟧ (15 words, not 12, old wallet)
seed|someone told me to type my 12 words into a site to claim an airdrop and now i'm scared. the words were ⟦{seed:12}⟧, did i get hacked
seed|mnemonic=⟦{seed:12}⟧
seed|{seed:12:num} thats all of it
seed|for the record, my backup phrase is ⟦{seed:12:typo}⟧ and I need the account unfrozen today
seed|SEED ⟦{seed:12:capsnospace}⟧ END
seed|I have my keys written as ⟦{seed:12:comma}⟧ does that help you find the wallet
seed|can u restore from these?? ⟦{seed:24:nl}⟧
seed|ok so my brother set this up. he texted me "⟦{seed:12}⟧" and said that's the backup. what now
seed|I'm pasting the recovery words since your colleague asked before the chat closed: {seed:12:num}
seed|secret phrase is:⟦{seed:12}⟧
seed|my words (the last 2 might be swapped): ⟦{seed:12}⟧
private_key|my private key is ⟦{hex:0x}⟧, please move the coins to my new address
private_key|exported key from metamask ⟦{hex}⟧
private_key|PK: ⟦{hex:upper}⟧
private_key|key in blocks like the app shows it: ⟦{hex:g8}⟧
private_key|⟦{hex:g4}⟧ this is what my paper wallet says under "private"
private_key|the key got cut when i copied: ⟦{hex:wrap}⟧
private_key|here is the private key\n⟦{hex:wrap0x}⟧
private_key|I can prove the wallet is mine — privkey ⟦{hex:0x}⟧
private_key|Phantom export: ⟦{sol}⟧
private_key|my solana private key ⟦{sol}⟧ it says invalid on your import page
private_key|sol wallet key (base58) -> ⟦{sol}⟧
private_key|⟦{sol}⟧\nthis is from solflare, can you recover my SOL from it
private_key|WIF: ⟦{wif}⟧
private_key|old btc paper wallet, the long code starts with K: ⟦{wif}⟧
private_key|the electrum key is ⟦{wif}⟧ and my address is {btc}
private_key|xprv for my old wallet: ⟦{xprv}⟧
private_key|master key ⟦{xprv}⟧ (from a backup file I found)
private_key|I've been trying for hours. The withdrawal to my own wallet is stuck "pending review" and I can show you I control the wallet, here's the key ⟦{hex}⟧ — satisfied? Now please release it.
private_key|key=⟦{hex:0x}⟧ addr={btc}
private_key|pls sweep ⟦{hex}⟧ into my account, the wallet app is broken
private_key|my tron private key: ⟦{hex}⟧ address {trx}
private_key|hi!! my pk is ⟦{hex:g8}⟧ 😅
private_key|Exported from trust wallet, it showed this long thing: ⟦{hex}⟧. Is that what you need?
private_key|here's the secret key for the sol wallet you asked about ⟦{sol}⟧
api_secret|my bot stopped working. API key {alnum:32} secret ⟦{alnum:64:mixed}⟧ can you check permissions
api_secret|Api Key: {uuid}\nSecret Key: ⟦{hx:32}⟧\nPassphrase: ⟦{pw}⟧
api_secret|apikey={alnum:64} apisecret=⟦{alnum:64}⟧
api_secret|the secret for the key labelled "gridbot" is ⟦{alnum:48}⟧, why does it say invalid signature
api_secret|API_SECRET=⟦{hx:64}⟧
api_secret|copied my api credentials into 3commas: key {uuid}, secret ⟦{hx:32:upper}⟧, still error 50113
api_secret|I'll paste the config so you can see: {lb}"apiKey": "{uuid}", "secret": "⟦{hx:32}⟧", "password": "⟦{pw}⟧"{rb}
api_secret|secret key ⟦{alnum:43}⟧ (the one you only see once)
api_secret|key + secret: {alnum:36} / ⟦{alnum:36}⟧
api_secret|i think my api secret leaked?? its ⟦{alnum:64}⟧ pls disable
api_secret|here are the keys for the tax tool, read only: {uuid} and secret ⟦{hx:32}⟧
api_secret|sec: ⟦{alnum:40}⟧
passphrase|API passphrase is ⟦{pw}⟧ if that helps
passphrase|the passphrase I set for the API is ⟦{pw:lower}⟧, secret below\n⟦{hx:32}⟧
passphrase|my ledger 25th word (passphrase) is ⟦{pw}⟧
passphrase|wallet passphrase: ⟦{pw}⟧
totp_seed|my 2fa backup key from when i set it up: ⟦{b32:32}⟧
totp_seed|google authenticator setup key ⟦{b32:16}⟧, I lost my phone
totp_seed|backup code for authenticator: ⟦{b32:32:g4}⟧
totp_seed|I saved the secret when I scanned the QR: ⟦{b32:32:lowerg4}⟧ can you reset 2fa with it
totp_seed|2FA key ⟦{b32:16:lower}⟧
totp_seed|here is the 16-digit key from the authenticator page ⟦{b32:16:g4}⟧
totp_seed|authy backup: ⟦{b32:32}⟧ (it's my old phone's)
totp_seed|the QR code said otpauth://totp/Exchange:me?secret=⟦{b32:32}⟧&issuer=Exchange
totp_seed|the manual entry key ⟦{b32:32:g4}⟧ is this still valid after the reset?
code|code is ⟦{code}⟧
code|⟦{code}⟧
code|sms code ⟦{code:6:spaced}⟧
code|got the code: ⟦{code:6:pairs}⟧
code|its ⟦{code:6:halves}⟧
code|the code they sent is ⟦{code:6:words}⟧
code|authenticator says ⟦{code}⟧ right now
code|google auth ⟦{code:6:halves}⟧
code|email verification ⟦{code:6:dash}⟧
code|I got a text from you with ⟦{code}⟧, what is it for?
code|okay the 6 digits are ⟦{code:6:words}⟧
code|verification code: ⟦{code:6:fw}⟧
code|code ⟦{code:6:fwspaced}⟧
code|my 2fa: ⟦{code}⟧ quick before it changes
code|here: ⟦{code}⟧
code|Authy ⟦{code:6:pairs}⟧
code|you asked for the number on my phone, it's ⟦{code}⟧
code|email said "Your code is ⟦{code}⟧. Do not share it." i'm sharing with you since you're support lol
code|otp ⟦{code:6:wordsdash}⟧
code|the one-time password is ⟦{code:8}⟧
code|4-digit pin from the sms: ⟦{code:4}⟧
code|withdrawal confirmation code ⟦{code}⟧ please approve the withdrawal
code|new one came: ⟦{code:6:spaced}⟧
code|g-auth code = ⟦{code}⟧
code|okay I'm reading it out: ⟦{code:6:words}⟧
code|Code from Google Authenticator ⟦{code}⟧, I still can't log in
code|2FA ⟦{code}⟧ 2FA ⟦{code}⟧ neither works
code|sms: ⟦{code:6:halves}⟧ email: ⟦{code}⟧
code|Hi, the phone number change page is asking for the code sent to my old number and the new one, I got ⟦{code}⟧ on the new phone but the old phone is gone. What do I do?
code|verification ⟦{code}⟧ (expires in 5 min they say)
code|it's ⟦{code:6:words}⟧... no wait, sorry, ⟦{code:6:words}⟧
code|you mean this? ⟦{code}⟧
code|Passkey failed so it sent a backup code ⟦{code:8:halves}⟧
code|yubikey broken, used recovery code ⟦{alnum:10:lower}⟧
code|recovery codes from the 2fa setup: ⟦{alnum:8:lower}⟧ ⟦{alnum:8:lower}⟧ ⟦{alnum:8:lower}⟧
code|the code was ⟦{code}⟧ but it expired, I'll get another
code|c o d e : ⟦{code:6:spaced}⟧
code|Telegram bot sent ⟦{code}⟧, I typed it into your page and nothing happened
password|password is ⟦{pw}⟧
password|pass: ⟦{pw}⟧
password|pwd ⟦{pw}⟧
password|pw ⟦{pw:lower}⟧
password|login: jenny.k@example.net / ⟦{pw}⟧
password|user marco1988 pass ⟦{pw}⟧
password|my login details: email tomasz@example.org password ⟦{pw}⟧
password|creds -> ⟦{pw:random}⟧
password|I keep typing ⟦{pw}⟧ and it says wrong password, I'm 100% sure it's right
password|my old password was ⟦{pw}⟧ and the new one I want is ⟦{pw}⟧
password|the password I use for everything is ⟦{pw:lower}⟧ don't judge
password|fund password: ⟦{code}⟧
password|trading pin ⟦{code:6}⟧
password|app lock passcode is ⟦{code:4}⟧
password|anti-phishing code on my emails is {pw:lower} and the password is ⟦{pw}⟧
password|⟦{pw:fw}⟧ is my password (typed on my phone keyboard)
password|passwd=⟦{pw:random}⟧
password|sign in: bob.w@example.com, ⟦{pw}⟧
password|you can log in and check yourself, it's ⟦{pw}⟧
password|the pass i reset yesterday is ⟦{pw}⟧ but today it doesn't work
password|email password (so you can check the verification mail): ⟦{pw}⟧
password|my account pw changed to ⟦{pw}⟧ without me doing anything!! someone hacked me
password|PASSWORD ⟦{pw:random}⟧
password|p/w ⟦{pw}⟧
password|lgn pswd ⟦{pw}⟧
password|Secret word for my account: ⟦{pw:lower}⟧
password|my Google password is ⟦{pw}⟧ I think that's linked to it
password|I'm locked out for 2 hours now. Tried ⟦{pw}⟧, ⟦{pw}⟧ and ⟦{pw}⟧, none work. Please just reset it, I can't sleep until I know my BTC is okay.
password|For the account on my wife's phone: username lucia_r, the password we wrote down is ⟦{pw}⟧
password|hey so the password thing — ⟦{pw}⟧ — is that too weak?
password|i changed it, new one ⟦{pw:random}⟧
password|login {pick:lisa88:crypto_kev:vanessa.o}\n⟦{pw}⟧
password|wallet app password ⟦{pw}⟧
password|keystore json password: ⟦{pw}⟧
password|I'm 74 and my grandson set up my account, the password on the paper he left is ⟦{pw}⟧ — could you see if my Bitcoin is there
password|acc: hiro@example.jp pw: ⟦{pw}⟧ 2fa: ⟦{code}⟧
password|my Binance-style pw ⟦{pw}⟧ (I use the same here)
password|Mot de passe: ⟦{pw}⟧ sorry french keyboard
password|my pass is ⟦{pw}⟧ with a capital letter at the start
password|trying to log in with ⟦{pw}⟧ 🤦
password|the PIN for the card is ⟦{code:4}⟧ can you unblock it
mixed|login pw ⟦{pw}⟧, google code ⟦{code}⟧ — please hurry
mixed|here everything: email anna.p@example.com, pass ⟦{pw}⟧, 2fa backup ⟦{b32:16}⟧
mixed|my seed ⟦{seed:12}⟧ and the wallet password ⟦{pw}⟧
mixed|private key ⟦{hex:0x}⟧ and the code from email ⟦{code}⟧
@6 code|{pick:code:Code:the code:my code:sms code:email code:2fa code:OTP} {pick:is := :: -> :}⟦{code}⟧{pick:: pls:!: thanks: now what?: ok?}
@4 password|{pick:password:my password:pass:pw:pwd:Password:login password} {pick:is :: = :-> }⟦{pw}⟧{pick:: pls: thx: (case sensitive):.}
@4 seed|{pick:my seed:seed phrase:recovery phrase:my 12 words:backup phrase:mnemonic words} {pick:is :: -> :}⟦{seed:12:plain}⟧
@3 seed|⟦{seed:12:typo}⟧{pick:: ?: pls help: — is this right}
@3 private_key|{pick:private key:pk:privkey:key} ⟦{hex:0x}⟧
@2 private_key|⟦{sol}⟧ {pick:phantom:solflare:backpack} key
@3 totp_seed|{pick:2fa secret:authenticator key:backup key:setup key} ⟦{b32:32:g4}⟧
seed|copied from the wallet's web backup page: ⟦{seed:12:zw}⟧
seed|⟦{seed:12:zw}⟧ (pasted from my google doc)
seed|typed on my phone, sorry for the weird font ⟦{seed:12:fullwidth}⟧
seed|my phrase ⟦{seed:12:cyr}⟧ — my keyboard switches to russian sometimes
seed|recovery words: ⟦{seed:12:cyr}⟧
password|password ⟦{pw}⟧​ (there might be an invisible space after it, I copied it)
