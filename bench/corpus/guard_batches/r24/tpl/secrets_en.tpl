# r24 secrets_en: customers pasting secrets (guardeval24). One case per line, label|text.
@2 seed|hi my wallet is empty!! someone took everything. my recovery phrase is ⟦{seed12}⟧ pls check who did this
seed|«Hello|Hi|Good evening» support, I wrote down these words when I made the wallet: ⟦{seed12}⟧ is this correct? the app says invalid
seed|Here are my 12 words so you can restore it for me: ⟦{seed12}⟧
seed|i cant import my wallet into the app, it keep saying wrong phrase. ⟦{seed12_typo}⟧
@2 seed|The words are: {seed12_dot}
seed|my secret phrase\n{seed12_lines}\nplease help urgent
seed|{seed12_plainlines}
seed|⟦{seed12_caps}⟧ this is the backup phrase from the paper my son gave me. I am 71 and do not understand these things
seed|⟦{seed12_capsjoined}⟧
seed|phrase = ⟦{seed12_comma}⟧
seed|Copied from my notes app -> ⟦{seed12_dash}⟧
seed|Dear Sir/Madam, kindly find below my mnemonic for verification purpose: ⟦{seed12_title}⟧. Thanking you in advance.
seed|bro the support guy on telegram said paste the seed here so the agent can sync it ⟦{seed12}⟧
seed|I moved my funds to my own wallet but now the wallet shows 0. 24 words: ⟦{seed24}⟧
seed|24 word backup {seed24_dot}
seed|⟦{seed18}⟧ <- 18 word phrase from my old ledger, can exchange recover the USDT I sent there?
seed|Web3 wallet recovery phrase (from the exchange app) ⟦{seed12}⟧ - it says "phrase not valid", what wrong?
seed|ok so the phrase is ⟦{seed12}⟧ and the password i set is ⟦{pw}⟧, can u see my assets now
@2 seed|seed: ⟦{seed12}⟧
seed|Pls verify my wallet lah, the words is ⟦{seed12}⟧ thanks ah
seed|I was told to "validate" my wallet on a site and typed ⟦{seed12}⟧ — then 3.2 ETH gone. Was that a scam???
seed|restore words (1-12) {seed12_paren}
seed|my words r ⟦{seed15}⟧ i think 15 of them
seed|Mnemonic:\n⟦{seed12}⟧\nDerivation path m/44'/60'/0'/0/0
seed|sorry english not good. this my wallet word ⟦{seed12}⟧ why balance zero
seed|Is it safe to keep my phrase in email? I emailed myself: "⟦{seed12}⟧" 
seed|FYI for the ticket, backup phrase ⟦{seed12}⟧ (wallet created {date})
seed|I think i typed one word wrong when backing up. ⟦{seed12_typo}⟧ can u tell which one is wrong
private_key|private key ⟦{hex64}⟧ please import to my account the funds on this address
private_key|here: ⟦{hex64_0x}⟧ that's the key for the metamask that got drained
private_key|Exported key from MetaMask:\n⟦{hex64_wrap}⟧
private_key|pk ⟦{hex64_grp8}⟧
private_key|Phantom private key (solana) ⟦{sol_key}⟧ my SOL deposit went to this wallet instead
private_key|solana wallet key: ⟦{sol_key}⟧ can you move it back
private_key|my BTC paper wallet WIF is ⟦{wif}⟧ can exchange sweep it to my account?
private_key|old wallet from 2017 uncompressed key ⟦{wif_u}⟧ pls help import
private_key|xprv from my electrum: ⟦{xprv}⟧
private_key|I exported the master private key as u asked yesterday: ⟦{xprv}⟧
private_key|⟦{hex64_upper}⟧ this is the privkey
@2 private_key|Private Key: ⟦{hex64}⟧
private_key|Hi, deposit address wrong network. The address {eth} is mine, key ⟦{hex64}⟧ so you can refund?
private_key|TRON wallet private key ⟦{hex64}⟧ address {trx}
private_key|key for my tronlink ⟦{hex64}⟧ , the USDT is stuck there
password|My password is ⟦{pw}⟧ I cannot login for 3 days
password|pass: ⟦{pw}⟧
password|pwd ⟦{pw}⟧ email {email}
password|login pw is ⟦{pw}⟧ and still "incorrect password" WHY
@2 password|tried ⟦{pw}⟧ and ⟦{pw}⟧ both not working, which is it?
password|I changed it to ⟦{pw_strong}⟧ yesterday but app still logs me out
password|Username: {email}\nPassword: ⟦{pw}⟧
password|you can login and check yourself, pass is ⟦{pw}⟧
password|my fund password ⟦{pin6}⟧ doesn't work when withdrawing
password|Trading PIN ⟦{pin6}⟧ not accepted
password|fund pw = ⟦{pin6}⟧ pls reset
password|The password I use is ⟦{pw}⟧, maybe someone guessed it? my account got logged in from {ip}
password|p/w ⟦{pw}⟧
password|pw is ⟦{pw_fw}⟧ (typed with chinese keyboard maybe thats why?)
password|I think my password ⟦{pw}⟧ was leaked in that data breach, please lock my account
password|Password used on the fake site: ⟦{pw}⟧. I already changed it here but wanted you to know
password|it was ⟦{pw}⟧ before i reset, now i forgot new one
password|My login details {email} / ⟦{pw}⟧
password|Hello, i am old person, my grandson set password ⟦{pw}⟧ but it not work now
password|Security question answer? no idea. password tho is ⟦{pw}⟧
password|same password as my email: ⟦{pw}⟧ 😭
password|passcode for the app lock ⟦{pin6}⟧ forgot if it is this
code|The code I got is ⟦{code6}⟧
@2 code|code: ⟦{code6}⟧
code|⟦{code6}⟧ this is the sms
code|SMS code ⟦{code6_sp}⟧ expired already?
code|email verification code ⟦{code6}⟧ not working
code|google auth ⟦{code6}⟧
code|my authenticator says ⟦{code6_sp1}⟧
code|Verification code: ⟦{code6_dash}⟧
code|I received ⟦{code6_enw}⟧ on my phone, what do I do with it
code|2fa code now ⟦{code6}⟧ quick before it change
code|OTP ⟦{code6}⟧
code|it sent me ⟦{code4}⟧ for the phone verify
code|here is my 2FA backup code ⟦{backup}⟧ please disable google auth, I lost my phone
code|recovery codes: ⟦{backup}⟧ ⟦{backup}⟧ ⟦{backup}⟧
code|Backup code ⟦{backup10}⟧ from when I set up 2FA
code|[Exchange] Your verification code is ⟦{code6}⟧. Valid for 10 minutes. Do not share it with anyone.
code|Exchange: ⟦{code6}⟧ is your withdrawal confirmation code. Never share this code.
code|the agent on whatsapp asked me for the code, i gave him ⟦{code6}⟧ is he from you?
code|cant withdraw, email code ⟦{code6}⟧ + sms ⟦{code6}⟧ both entered correctly
code|Yubikey backup? no. I only have the code ⟦{code8}⟧
code|New device login code ⟦{code6}⟧ — i didn't request this!!
code|security code from email is ⟦{code6_fw}⟧
code|just type ⟦{code6}⟧ into it for me
code|Authenticator (Exchange: {email}) ⟦{code6}⟧ 14s
api_secret|API key: {api_key}\nSecret key: ⟦{api_secret}⟧\nPassphrase: ⟦{api_pass}⟧\nmy bot getting "invalid sign"
api_secret|Secret Key ⟦{api_secret}⟧ — my grid bot stopped, can you test it?
api_secret|apikey {api_key_b} secret ⟦{api_secret_b}⟧ error 50113
api_secret|I gave 3commas my api, key {api_key} / secret ⟦{api_secret}⟧, did they trade without permission?
api_secret|api secret is ⟦{api_secret_b64}⟧
api_secret|Here are my API credentials for debugging: access key {api_key}, secret ⟦{api_secret}⟧, passphrase ⟦{api_pass}⟧
api_secret|secretKey=⟦{api_secret}⟧ python ccxt says authentication error
api_secret|config.json: {"apiKey": "{api_key}", "secret": "⟦{api_secret}⟧", "password": "⟦{api_pass}⟧"}
api_passphrase|the API passphrase i set is ⟦{api_pass}⟧ but it says wrong passphrase
api_passphrase|passphrase ⟦{api_pass}⟧ for the api key {api_key}
api_secret|I deleted the key but here's the old secret ⟦{api_secret}⟧ in case you need to trace it
totp_seed|My google authenticator setup key is ⟦{totp}⟧ can u reset 2fa with this
totp_seed|2FA secret ⟦{totp16}⟧
totp_seed|I saved the 16-digit key when I set up 2FA: ⟦{totp16}⟧
totp_seed|authenticator key ⟦{totp_grp}⟧ new phone can't scan QR
totp_seed|otpauth://totp/Exchange:{email}?secret=⟦{totp}⟧&issuer=Exchange
totp_seed|manual entry key (the text under the QR) ⟦{totp}⟧
totp_seed|the 2fa key i backed up is ⟦{totp_grp}⟧ , how do i restore on new phone
seed|Wallet backup: ⟦{seed12}⟧ Password: ⟦{pw}⟧ UID {uid}
seed|Forwarded message:\n> Your recovery phrase: ⟦{seed12}⟧\n> Keep it safe.\nis this real email from you?
seed|I bought a hardware wallet on marketplace and it came with a card with words ⟦{seed24}⟧ already printed, is that normal
seed|omg did I just paste my phrase in the wrong place ⟦{seed12}⟧
password|acc {uid}, pwd ⟦{pw}⟧, pls unfreeze
password|Mật khẩu / password ⟦{pw}⟧ i'm from vietnam sorry my english
password|Kata laluan saya ⟦{pw}⟧ tak boleh login
code|kod ⟦{code6}⟧ tak sampai tepat masa
password|The pass is ⟦{pw}⟧ capital first letter
password|my old password was ⟦{pw}⟧ and new one is ⟦{pw}⟧
code|P2P order {order}: seller told me to give him the code ⟦{code6}⟧ to "release" the coins. did I mess up
private_key|support ticket #{ticket}: attaching the wallet private key as requested ⟦{hex64}⟧
seed|Ledger recovery sheet: {seed24_dot}
seed|phrase ⟦{seed12}⟧ address {eth} balance should be {amount} USDT
code|email code ⟦{code6}⟧ phone code ⟦{code6}⟧ GA ⟦{code6}⟧
password|hey it's me again, password ⟦{pw}⟧ (not the fund one)
password|fund password: ⟦{pin6}⟧. login password: ⟦{pw}⟧.
seed|Yes I am sure the words are right: ⟦{seed12}⟧
seed|its ⟦{seed12}⟧ ok now do it fast the price is dumping
password|pw ⟦{pw_strong}⟧ (generated by chrome)
private_key|My wallet got drainer approval. private key of the hacked wallet ⟦{hex64_0x}⟧ I don't use it any more
api_secret|API: {api_key} SECRET: ⟦{api_secret}⟧ PASS: ⟦{api_pass}⟧ (read only) can you check why rate limit
code|Code ⟦{code6}⟧
code|the number is ⟦{code6}⟧
code|{email} verify code ⟦{code6}⟧
password|password: ⟦{pw}⟧ 🙏🙏
password|psw ⟦{pw}⟧
seed|I'll just write my seed here so I don't lose it ⟦{seed12}⟧
seed|my wife wrote the words in a notebook: ⟦{seed12_title}⟧, last word maybe wrong
totp_seed|backup key from authenticator export ⟦{totp}⟧
private_key|keystore pw ⟦{pw}⟧ and raw key ⟦{hex64}⟧
seed|Sir my 12 word is ⟦{seed12}⟧ . Please to return my USDT i sent on wrong chain
seed|recovery phrase (screenshot text): ⟦{seed12}⟧  [Copy] [Done]
seed|Step 3 of 3 — Confirm your secret recovery phrase ⟦{seed12}⟧
seed|I only remember 11 of the words: ⟦{seed11}⟧ ... the last one is smudged, can you work it out?
seed|the seed in my trust wallet: ⟦{seed12}⟧, app wallet imported it but no tokens show up
seed|can u check if this phrase got any money? ⟦{seed12}⟧
seed|My late husband left this on a paper, "⟦{seed12}⟧". Is there crypto on it? We had an account with you too.
seed|ok ok here: ⟦{seed12}⟧
seed|phrase (lowercase, one space) ⟦{seed12}⟧
seed|Secret Recovery Phrase: ⟦{seed12}⟧ Account 1 {eth}
seed|Seed Phrase ⟦{seed24}⟧ (ledger nano x)
private_key|Sol key ⟦{sol_key}⟧ plz help the airdrop claim drained me
private_key|privatekey:⟦{hex64}⟧
private_key|this is the PK of the wallet that received the wrong deposit: ⟦{hex64_0x}⟧, it's my own wallet so you can trust me
private_key|ETH priv key (from my bot config) ⟦{hex64}⟧
private_key|bitcoin core dumpprivkey gave ⟦{wif}⟧
@2 password|password ⟦{pw}⟧
password|i put ⟦{pw}⟧ 5 times now locked
password|login: {email}\npassword: ⟦{pw_strong}⟧\n2FA: ⟦{code6}⟧
password|just tell me if ⟦{pw}⟧ is strong enough
password|PASSWORD IS ⟦{pw}⟧ WHY YOU SAY WRONG
password|Fund code / anti-fraud PIN ⟦{pin6}⟧ locked after 3 tries
password|withdrawal password ⟦{pin6}⟧
password|it's my birthday ⟦{pin6}⟧ the fund password
password|the pin is ⟦{pin4}⟧ for the app lock screen
@2 code|⟦{code6}⟧
code|code is ⟦{code6}⟧ hurry
code|the sms just came: ⟦{code6}⟧
code|verification ⟦{code6_sp1}⟧ (sorry spaces)
code|your code ⟦{code6}⟧ don't let it expire
code|Got it: ⟦{code6}⟧ from the email titled "Withdrawal confirmation"
code|G-auth: ⟦{code6}⟧ / email: ⟦{code6}⟧
code|my 2fa show ⟦{code6}⟧ now
code|the voice call said ⟦{code6_enw}⟧
code|Emergency 2FA recovery codes\n⟦{backup}⟧\n⟦{backup}⟧\n⟦{backup}⟧\n⟦{backup}⟧
code|Here's the code from my email: ⟦{code8}⟧
code|received ⟦{code6}⟧ just now, the caller said he's from your security team
api_secret|Secret: ⟦{api_secret_b}⟧
api_secret|API Key {api_key_b}\nSecret Key ⟦{api_secret_b}⟧
api_secret|I think the secret key ⟦{api_secret}⟧ leaked on github, please revoke
api_passphrase|API passphrase = ⟦{api_pass}⟧ (I forgot if I used capital)
api_secret|bot needs the secret, I put ⟦{api_secret}⟧ with passphrase ⟦{api_pass}⟧
totp_seed|TOTP secret ⟦{totp}⟧
totp_seed|google auth backup key: ⟦{totp_grp}⟧ 
totp_seed|the key the app showed under the QR code when I enabled 2FA was ⟦{totp16}⟧
totp_seed|Authy export secret: ⟦{totp}⟧
seed|ellie here again. words: ⟦{seed12}⟧
password|new pass ⟦{pw}⟧ confirm pass ⟦{pw}⟧ it say "do not match" ??
seed|haiz my phrase is ⟦{seed12}⟧ can recover or not
seed|12 words ⟦{seed12_caps}⟧ (all caps sorry)
private_key|WIF: ⟦{wif}⟧\nAddress: {btc}
