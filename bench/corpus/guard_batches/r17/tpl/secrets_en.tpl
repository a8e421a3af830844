# r17 blind batch - customer messages that paste a secret (English). Secret between ⟦ ⟧.
seed|hi, my wallet in the app shows 0 after the update, these are my words: ⟦<<seed12>>⟧ can you restore it
seed|restore phrase is ⟦<<seed12|upper_nospace>>⟧ pls check what happened to my USDT
seed|ok here ⟦<<seed12|numbered>>⟧
seed|i wrote it on paper, hope i copied right: ⟦<<seed12|typo>>⟧
seed|My Web3 wallet recovery words (24): ⟦<<seed24>>⟧ — the ETH is gone, who took it??
seed|⟦<<seed12|comma>>⟧\nthat's what the card in the box says
seed|is this a valid backup?? ⟦<<seed12|zwsp>>⟧
seed|⟦<<seed12|fullwidth>>⟧ ← phrase from my notes app
seed|the 12 words r ⟦<<seed12|cyr>>⟧ and it says invalid when I import
seed|Sir please help. Mnemonic: ⟦<<seed12|title>>⟧
seed|⟦<<seed12|lines>>⟧
seed|secret recovery phrase (metamask) = ⟦<<seed12|dash>>⟧
seed|im trying to import to trust wallet, says wrong phrase. here: ⟦<<seed18>>⟧ what do i do
seed|the words: ⟦<<seed12|numbered_paren>>⟧ 🙏🙏
seed|backup words from my ledger, 24: ⟦<<seed24|lines>>⟧ please i need this urgently
seed|Forgot which one is word 7, full list ⟦<<seed12>>⟧
seed|my friend said to give u the phrase so u can see the funds ⟦<<seed15>>⟧
seed|⟦<<seed12|upper>>⟧
seed|copy paste from my screenshot: ⟦<<seed12|each_line>>⟧
seed|hey, wallet seed (dont share lol but you're support): ⟦<<seed12>>⟧
seed|phrase - ⟦<<seed24|typo>>⟧ - balance says zero on the new phone
seed|i typed the words wrong maybe? ⟦<<seed12|nospace>>⟧
seed|THE WALLET IS EMPTY. words ⟦<<seed12|upper>>⟧ FIX IT
seed|recovery: ⟦<<seed12|chinese_comma>>⟧
private_key|private key for the deposit address, maybe it helps you find it: ⟦<<hex64>>⟧
private_key|pk ⟦<<hex0x>>⟧
private_key|exported my key from metamask: ⟦<<hexgroup8>>⟧
private_key|⟦<<hexwrap>>⟧\n^ this is the key from the wallet that got drained
private_key|Phantom exported this as my private key, can u import the SOL: ⟦<<sol58>>⟧
private_key|solana priv key ⟦<<sol58>>⟧ thanks
private_key|The WIF from my old paper wallet is ⟦<<wif>>⟧, can I sweep it into my exchange account?
private_key|old bitcoin key ⟦<<wifu>>⟧
private_key|xprv from electrum: ⟦<<xprv>>⟧ do you see the missing BTC now
private_key|key (hex, uppercase like the app shows): ⟦<<hex64u>>⟧
private_key|here is the private key so you can check my tron wallet ⟦<<hex64>>⟧
private_key|⟦<<hexgroup4>>⟧ that's the key with the dashes like the export file
private_key|i think my key is ⟦<<hex0x>>⟧ or maybe it's the other one
private_key|privkey=⟦<<hex64>>⟧
password|password: ⟦Marigold_88!⟧
password|my pass is ⟦tigerlily1995⟧ and it still says wrong
password|pwd ⟦Qw3rty!!Qw3rty⟧ pls reset it
password|tried ⟦Bangkok#2023⟧ and ⟦bangkok#2023⟧, neither works
password|login pw = ⟦h0ney_badg3r⟧
password|it's ⟦LunaMoon7788⟧ I never changed it
password|fund password ⟦8830⟧ but withdraw says incorrect
password|trading password is ⟦559021⟧, locked after 3 tries
password|my email and pass: ana.k88@mailbox.example / ⟦Ana!Kosta_22⟧
password|the pwd I use everywhere ⟦Passw0rd2019⟧, yes I know 😅
password|i set ⟦correcthorsebattery⟧ yesterday and today it doesnt work
password|password = ⟦ｐａｓｓ１２３ｗｏｒｄ⟧ (typed on my chinese keyboard)
password|user: kevinx, pw: ⟦k3v1n.x.2020⟧
password|Ur app won't take ⟦!Shadow-Fax99⟧ anymore
password|new password I picked: ⟦Blue$ky$2025⟧ still not working
password|credentials: kelly.m / ⟦Kelly@@0412⟧
password|⟦rocketman12⟧ ← that's my login, why locked
code|code: ⟦482 915⟧
code|the SMS code is ⟦660134⟧
code|google authenticator shows ⟦303877⟧ right now
code|⟦seven one four four zero two⟧ is the code it gave me
code|got it, ⟦5 1 8 2 7 3⟧
code|email verification code ⟦921-406⟧
code|here's the authenticator number: ⟦11 09 58⟧
code|code from google auth ⟦774190⟧ hurry before it expires
code|my otp ⟦003215⟧
code|2fa ⟦648 552⟧
code|The 6-digit one from the text message: ⟦270813⟧
code|verification code — ⟦one nine nine four six eight⟧
code|authy says ⟦435 190⟧
code|withdrawal confirmation code ⟦88 41 26⟧ can you approve now
code|i received ⟦574310⟧ by email, is that what you need?
api_key|API key: ⟦<<uuid>>⟧
api_secret|api key ⟦<<uuid>>⟧ secret ⟦<<apihex>>⟧ the bot stopped trading
api_secret|Secret key: ⟦<<apihex>>⟧
api_secret|my api secret is ⟦<<b64>>⟧ pls check why the bot gets 401
api_secret|apiSecret=⟦<<b64s>>⟧
api_key|key=⟦<<alnum36>>⟧ secret=⟦<<apihex64>>⟧ (for the grid bot)
passphrase|api passphrase ⟦GridBot#2024⟧
passphrase|the passphrase I set for the API is ⟦moonshot-rocket-77⟧
api_secret|3commas asks me for the secret, is this right? ⟦<<b64>>⟧
api_key|Access key ⟦<<uuid>>⟧, secret key ⟦<<apihex64>>⟧, passphrase ⟦Tr@der_Joe1⟧
api_secret|hmac secret: ⟦<<apihex64>>⟧
totp_key|2FA setup key is ⟦<<b32group>>⟧ can you move it to my new phone
totp_key|the backup key for google authenticator: ⟦<<b32>>⟧
totp_key|authenticator secret ⟦<<b32l>>⟧
totp_key|i saved the 16 letters when I set up 2fa: ⟦<<b32group_u>>⟧
totp_key|backup key (from setup page) ⟦<<b32group>>⟧ lost my phone
totp_key|otpauth secret=⟦<<b32>>⟧ issuer=exchange
totp_key|Key shown under the QR: ⟦<<b32group_u>>⟧
anti_phishing|my anti-phishing code is ⟦Panda77⟧, the email I got didnt have it
anti_phishing|anti phishing code = ⟦sunnyKoala⟧ is that right?
anti_phishing|Antiphishing: ⟦M1ST-42⟧
backup_code|recovery codes for 2FA: ⟦8824-1037⟧ ⟦5518-9902⟧
backup_code|one of my backup codes ⟦kq7z-p2mx⟧ can you use it
mixed|email: jun.lee@mailbox.example password ⟦junlee!9988⟧ code ⟦447210⟧ please log in for me and check
mixed|Here are the words ⟦<<seed12>>⟧ and the wallet password ⟦walletpass01⟧
mixed|uid <<uid>>, pass ⟦Zx9!zx9!⟧
seed|Ledger words pls verify ⟦<<seed12#s1>>⟧
private_key|private key of 0x wallet: ⟦<<hex64>>⟧ address <<eth>>
code|SMS: "Your verification code is ⟦312884⟧. Do not share it." — ok here you go
code|its ⟦940011⟧
password|password hint says pet+year so ⟦Biscuit2016⟧
seed|metamask secret words:\n⟦<<seed12|lines>>⟧
private_key|Trust wallet key: ⟦<<hexgroup8>>⟧
code|the number in the app is ⟦7 7 3 0 1 5⟧
password|ok I changed it to ⟦Sunset_Blvd_44⟧ as you said, still blocked
seed|here you go: ⟦<<seed12>>⟧. now fix my withdraw
totp_key|google auth key ⟦<<b32l|spaced_digits>>⟧
api_secret|API SECRET ⟦<<apihex>>⟧
password|psw ⟦Gr8Wall!⟧
code|code sent to my mail ⟦five two zero, eight one three⟧
password|can't get in with ⟦Rex&Bella2018⟧ anymore, did you change something?
password|is ⟦m1ntchoc0late⟧ too weak? the app keeps saying so
code|yes the text one. ⟦226 019⟧
code|Code ⟦4 8 1 0 9 9⟧ (from Authenticator)
