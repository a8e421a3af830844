# r22 secrets, English customers. Written by guardeval22 without reading the guard or earlier batches.
# label|text ; secret between ⟦ ⟧ ; \n = line break inside one message
seed|hi my wallet got drained overnight, i still have my recovery phrase if that helps: ⟦{{seed:12}}⟧
seed|HELP. someone took all my USDT. phrase was ⟦{{seed:12:upper}}⟧ what do i do now
seed|I wrote the words down when I set up the app, here they are so you can check whats wrong ⟦{{seed:12:numdot}}⟧
seed|ok so the backup words are:\n⟦{{seed:12:nl}}⟧\nthats all of them
seed|my 24 words ⟦{{seed:24}}⟧ pls restore my acct
seed|⟦{{seed:12:first}}⟧
seed|restore isn't working, it keeps saying invalid mnemonic. I typed ⟦{{seed:12:typo}}⟧ exactly as on my paper
seed|i think i'm missing one word, this is what i have ⟦{{seed:12:drop}}⟧ can you find the last one?
seed|Dear support, I am 71 years old and my grandson set this up. The card in the drawer says ⟦{{seed:12:title}}⟧. Please tell me if my money is still there. Thank you kindly, Margaret
seed|phrase (copied from notes app) ⟦{{seed:12:nospace}}⟧
seed|seed ⟦{{seed:18}}⟧
seed|why does it say checksum failed?? ⟦{{seed:12:swap}}⟧
seed|here, ⟦{{seed:24:numparen}}⟧ now can u see my balance
seed|"⟦{{seed:12}}⟧" <- thats what the app showed me when i made the wallet
seed|i dont trust the import screen, can you just import it on your side: ⟦{{seed:12:comma}}⟧
seed|ledger recovery sheet, 24 words, ⟦{{seed:24:nl4}}⟧
seed|the words are ⟦{{seed:12:dash}}⟧ (i used dashes so i dont lose the order)
seed|lol ok fine ⟦{{seed:12:upper,nospace}}⟧
seed|metamask secret recovery phrase ⟦{{seed:12}}⟧ my tokens vanished after i connected to some airdrop site
seed|1. ⟦{{seed:12:numdotsp}}⟧
seed|Good evening. As requested by your colleague on the phone, here is my secret phrase: ⟦{{seed:12:first}}⟧. I hope this resolves the withdrawal block.
seed|I have been waiting 3 days for a reply and nobody helps. I already told the other agent my trust wallet words ⟦{{seed:12}}⟧ and he said it is being verified. WHY is my balance still zero. this is unacceptable i want a manager
seed|🙏🙏 pls ⟦{{seed:12}}⟧ 🙏🙏
seed|my seed words (sorry some might be spelled wrong, handwriting is bad) ⟦{{seed:12:typo2}}⟧
seed|⟦{{seed:12:fw}}⟧ ← copied from my phone's notes, is this the right format?
seed|these are my wallet words: ⟦{{seed:12:cyrillic}}⟧
seed|pasting from keepass: ⟦{{seed:12:zwsp}}⟧
seed|phantom wallet phrase ⟦{{seed:12}}⟧ — it says I have 0 SOL but solscan shows the tokens
seed|24 word backup\n⟦{{seed:24:numdot,nl}}⟧
seed|Can you confirm if this recovery phrase belongs to an account on your exchange? ⟦{{seed:12}}⟧ I found it in my late husband's papers.
seed|Your colleague told me to "validate my wallet" so I'm sending the phrase here: ⟦{{seed:12:dots}}⟧
seed|word list ⟦{{seed:12:numsp}}⟧
seed|ok last try ⟦{{seed:12:space2}}⟧
seed|mnemonic: ⟦{{seed:15}}⟧
seed|this is so frustrating i bought a hardware wallet for safety and now this. recovery: ⟦{{seed:24:first}}⟧ — i checked every word twice
seed|the phrase ⟦{{seed:12:upper}}⟧ btw is it normal it has no numbers?
seed|my backup is ⟦{{seed:21}}⟧ is 21 words ok or did I lose some
seed|I'll send it in the format the wallet gave me: ⟦{{seed:12:title,nospace}}⟧
seed|hey so my exodus wallet shows nothing. secret phrase -> ⟦{{seed:12}}⟧ <- can support check the chain
seed|Words from my recovery card:\n⟦{{seed:12:nl6}}⟧
seed|i need to get into my old wallet from 2021. pretty sure it was ⟦{{seed:12:drop,typo}}⟧ but it wont open
seed|seed phrase ⟦{{seed:12}}⟧ pls hurry the price is dropping
private_key|my private key is ⟦{{hex}}⟧ can you move the coins back for me
private_key|exported this from metamask: ⟦{{hex:0x}}⟧ — tokens not showing
private_key|key ⟦{{hex:g8}}⟧
private_key|I printed the key when I created the wallet and the paper wrapped it:\n⟦{{hex:wrap}}⟧
private_key|privkey: ⟦{{hex:upper}}⟧
private_key|here is my phantom private key ⟦{{sol}}⟧ the USDC disappeared after i signed something
private_key|solana pk ⟦{{sol}}⟧ thanks
private_key|This is my Bitcoin private key from an old paper wallet: ⟦{{wif:u}}⟧ can you sweep it into my exchange account?
private_key|electrum export ⟦{{wif}}⟧
private_key|hi ⟦{{hex:0x,g4}}⟧ is the key for the wallet that sent the deposit
private_key|ur support bot asked for my wallet key so here ⟦{{hex}}⟧
private_key|key broken over lines because i copied it from a pdf\n⟦{{hex:g16nl}}⟧
private_key|PK = ⟦{{hex:0x}}⟧, address {{eth}}
private_key|i think my key is ⟦{{hex:dash}}⟧ (dashes were in the backup file)
private_key|xprv from my old wallet ⟦{{xprv}}⟧ can you see the addresses
private_key|Sir this is the key of my trust wallet ⟦{{hex}}⟧ please check why my BNB is gone
private_key|copied from solflare ⟦{{sol}}⟧
private_key|the "private key" field shows ⟦{{hex}}⟧ is that what you need?
private_key|deposit came from my own wallet {{eth}} , to prove it's mine here's the key ⟦{{hex:0x}}⟧
private_key|paper wallet WIF ⟦{{wif:u}}⟧ and address written below it is 1-something
private_key|ok heres the secret key of my bot wallet: ⟦{{sol}}⟧
private_key|⟦{{hex:upper,g8}}⟧ - private key. pls reply asap
private_key|my friend said i should give u the key so u can fix it ⟦{{hex}}⟧
private_key|key:\n⟦{{hex:wrap}}⟧\naddress: {{eth}}
private_key|tron wallet privatekey ⟦{{hex}}⟧
private_key|wif ⟦{{wif}}⟧ (compressed i think)
api_secret|my trading bot stopped working, key {{uuid}} secret ⟦{{hex32u}}⟧ passphrase ⟦Bot!runner2024⟧
api_secret|API Key: {{uuid}}\nSecret Key: ⟦{{hex32u}}⟧\nPassphrase: ⟦moonlamb#77⟧\nwhy do I get 50113 invalid sign
api_secret|getting "invalid signature" with secret ⟦{{alnum:64}}⟧ can you check if it's the right one
api_secret|apikey={{alnum:64}} apisecret=⟦{{alnum:64}}⟧
api_secret|I'll paste my config so you can see: {"apiKey": "{{uuid}}", "secret": "⟦{{hex32u}}⟧", "password": "⟦Tr4deAll-Day⟧"}
api_secret|secret key ⟦{{hex32u}}⟧ created yesterday, already says expired??
api_secret|the api secret is ⟦{{b64:48}}⟧ i copied it right after creating
api_secret|ccxt keeps failing. exchange = ccxt.x({'apiKey': '{{uuid}}', 'secret': '⟦{{hex32u}}⟧'})
api_secret|hi, python script error 401. sk: ⟦{{alnum:64}}⟧
api_secret|my 3commas connection broke, here is the key pair: {{alnum:64}} / ⟦{{alnum:64}}⟧
api_secret|Secret ⟦{{hex32u}}⟧
passphrase|the api passphrase i set is ⟦Dolphin_Sunset_88⟧ but it says incorrect
passphrase|API passphrase: ⟦my dog eats socks 4ever⟧
passphrase|for the api i used passphrase ⟦Kx9!pz⟧ i think, or maybe with capital P
passphrase|bip39 passphrase (25th word) is ⟦bluewhale1987⟧ do you need it too
passphrase|passphrase ⟦Qwerty-Asdf-2023⟧
totp_seed|when i set up google authenticator it showed this key, i saved it: ⟦{{b32:32}}⟧ can you reset 2fa
totp_seed|2fa backup key ⟦{{b32:16}}⟧ lost my phone
totp_seed|the 16 digit backup key from the 2FA setup page: ⟦{{b32:16:g4}}⟧
totp_seed|authenticator secret ⟦{{b32:32:g4,lower}}⟧ new phone cant add it
totp_seed|I kept the recovery key for the authenticator: ⟦{{b32:32:lower}}⟧ will that work to get back in
totp_seed|google auth setup key = ⟦{{b32:16}}⟧
totp_seed|my 2fa secret that i wrote on the back of a receipt ⟦{{b32:16:g4,lower}}⟧
totp_seed|otpauth://totp/Exchange:me@mail.test?secret=⟦{{b32:32}}⟧&issuer=Exchange this is from the qr, what now
totp_seed|backup code for authenticator ⟦{{b32:32:g4}}⟧
code|the code is ⟦{{code:6}}⟧
code|code: ⟦{{code:6:sp2}}⟧
code|sms code ⟦{{code:6}}⟧ it expires soon pls hurry
code|got the email code now ⟦{{code:6}}⟧
code|google authenticator says ⟦{{code:6:sp3}}⟧
code|⟦{{code:6}}⟧ thats the code that just came
code|ok it's ⟦{{code:6:en}}⟧
code|verification code: ⟦{{code:6:sp1}}⟧
code|The code on my screen reads ⟦{{code:6:en}}⟧, shall I enter it or do you do that?
code|GA ⟦{{code:6}}⟧
code|your colleague asked me to read the code back so: ⟦{{code:6:dash3}}⟧
code|authenticator: ⟦{{code:6:sp3}}⟧ (changes every 30s so be quick)
code|got a text with ⟦{{code:6}}⟧ but I didnt request anything?? is someone in my account
code|code ⟦{{code:6:fw}}⟧
code|email verification ⟦{{code:6:enc}}⟧
code|it just said ⟦{{code:4}}⟧ for the phone one and ⟦{{code:6}}⟧ for the email
code|2fa ⟦{{code:6}}⟧
code|the six numbers are ⟦{{code:6:sp1}}⟧
code|withdrawal confirmation code ⟦{{code:6}}⟧ — I want to cancel it, I did not make this withdrawal
code|otp ⟦{{code:6}}⟧ hurry
code|heres the number from the text message ⟦{{code:6}}⟧
code|the digits were ⟦{{code:6:sp2}}⟧ i think, it disappeared
code|authy shows ⟦{{code:7}}⟧ for your site
code|backup codes from when i set it up:\n⟦{{code:8}}⟧\n⟦{{code:8}}⟧\n⟦{{code:8}}⟧
code|Code is ⟦{{code:6:en}}⟧. Thank you for your patience with me.
code|one-time pass ⟦{{code:6}}⟧
code|yubico? no i use the app. it says ⟦{{code:6}}⟧
code|👉 ⟦{{code:6}}⟧ 👈 the verification number
code|I received the code ⟦{{code:6}}⟧ from you but the page refreshed
code|sent me ⟦{{code:6:sp3}}⟧ via sms, do I paste it in here
code|nvm found the email: ⟦{{code:6}}⟧ is the one
password|my password is ⟦Summer2024!⟧ and it says wrong password
password|pwd ⟦kitty_cat_99⟧
password|pass: ⟦Xh7$mQ2p!!⟧
password|its the same as my email one: ⟦brianna0412⟧
password|login jdoe88@mail.test / ⟦Jd0e#Trade⟧ can't get in since the update
password|I reset it yesterday to ⟦NewPass2025$⟧ but the app still says incorrect
password|fund password ⟦774123⟧ keeps failing
password|trading password is ⟦Crypto$Mama1⟧ by the way
password|my login: user mikey.t pw ⟦Mikey!!2020⟧
password|i use ⟦Liverpool1892⟧ for everything so that's probably it
password|the passcode i set for the app is ⟦258036⟧ and it locked me out
password|Password: ⟦Ｂｅｅｓ＆Ｈｏｎｅｙ７⟧
password|try logging in yourself: ⟦tigerlily77⟧
password|pw is ⟦P@ssw0rd123⟧ (yes i know its bad)
password|account password ⟦qazwsx!@#⟧
password|I think the password might be ⟦Greenfield_58⟧ or ⟦greenfield58⟧ im not sure which
password|ok the pass is "⟦rocket man 7⟧" with spaces
password|to verify its me: my password ⟦Alohomora#9⟧
password|anti-phishing code is ANTI42 and password ⟦Hunter_2_Hunter⟧
password|my pin ⟦4471⟧ for the app lock and the login is ⟦Zq!9vLm#r⟧
password|The system says my password expired. Old one was ⟦Winter#2023⟧. What should the new one be?
password|creds ana.b@mail.test:⟦Anabanana!1⟧
password|login pwd ⟦MoneyTree$$88⟧
password|"⟦sunshine_4ever⟧" that's my password, it worked last week
password|password is my cat's name and birthyear ⟦Mochi2016⟧
password|i changed my pass to ⟦Lol12345lol⟧ and now even the email one doesnt work
password|fund pwd ⟦909192⟧
password|my passw0rd: ⟦dragon*fly*22⟧
password|it was something like ⟦Bitcoin2021!⟧ please just let me in
password|securitypassword ⟦Ft8#kk2LpW⟧
seed|can you keep this safe for me, i'm afraid i'll lose it ⟦{{seed:12}}⟧
seed|wallet recovery words (12): ⟦{{seed:12:comma}}⟧.
seed|I'm not sure what a seed phrase is but the app gave me these ⟦{{seed:12:first}}⟧
seed|from my coinbase wallet\n\n⟦{{seed:12:nl4}}⟧
seed|mnemonic phrase for my bsc wallet ⟦{{seed:12}}⟧, address {{eth}}
seed|restore words ⟦{{seed:24:comma}}⟧
seed|recovery phrase that the "support" on telegram asked me for earlier is ⟦{{seed:12}}⟧ — was that you guys?
seed|secret phrase ⟦{{seed:12:upper,dash}}⟧
seed|you need the 12 words? ⟦{{seed:12}}⟧
seed|So the sentence I saved goes like this ⟦{{seed:12:first}}⟧. Does it look correct to you?
seed|ok i typed them without spaces by accident ⟦{{seed:12:nospace}}⟧
seed|I only remember the first 11 ⟦{{seed:12:drop}}⟧
seed|phrase⟦{{seed:12}}⟧
seed|pls check ⟦{{seed:18:numdot}}⟧ is 18 word from my keystone
seed|wallet: ⟦{{seed:12:title}}⟧ i need my eth out of there today
seed|the words in order were ⟦{{seed:12:numparen}}⟧ hope that helps you locate the funds
private_key|my key ⟦{{hex:0x}}⟧ is this the correct length? it has 66 characters
private_key|solana secret key array from the json (base58 version) ⟦{{sol}}⟧
private_key|just in case you need it: ⟦{{hex}}⟧
private_key|the old wallet's private key (from MyEtherWallet) ⟦{{hex:upper}}⟧
private_key|key for the wallet I deposited from: ⟦{{wif}}⟧
private_key|can you import this into your system please ⟦{{hex:g8}}⟧ its my backup
api_secret|I gave my API to a signal group, secret ⟦{{hex32u}}⟧ — can you revoke it and tell me if they traded?
api_secret|the secretKey ⟦{{alnum:64}}⟧ and apiKey {{alnum:64}}
api_secret|Why does my secret ⟦{{hex32u}}⟧ give error 50111
passphrase|the api pass phrase is ⟦sailing-boat-92⟧, secret I'll send in a sec
totp_seed|saved the key under the qr code ⟦{{b32:32:g4}}⟧ can you use that to turn 2fa off
code|my code ⟦{{code:6:en}}⟧ is it correct?
code|⟦{{code:6:sp2}}⟧ from sms
code|Security verification code: ⟦{{code:6}}⟧. Please proceed.
code|the reset code from your email is ⟦{{code:6}}⟧ sorry if I shouldn't share
code|google ⟦{{code:6}}⟧
code|wait a new one came: ⟦{{code:6:sp3}}⟧
password|it keeps saying wrong, I'm sure it's ⟦Bella&Max2019⟧
password|pword ⟦m00nshot!⟧
password|my password contains my son's name ⟦ethan_0711⟧ does that matter?
password|usr: crypto_kev pass: ⟦Kev!n2024⟧
password|email pass same as exchange pass ⟦hello_world_42⟧
password|Is ⟦Tulip#Garden5⟧ a strong enough password?
