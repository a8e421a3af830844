# r18 blind batch: customer messages holding a secret (English). Written by hand; key material from make_keys.py.
seed|pls help my wallet wont restore, these are the words it gave me: ⟦{{seed12}}⟧
seed|ok here goes ⟦{{seed12:caps}}⟧ thats how i saved it in my notes app
seed|I copied the backup from the app: ⟦{{seed12:numbered}}⟧ can u check if its correct??
seed|recovery phrase ⟦{{seed24}}⟧ — the import screen just says invalid
seed|⟦{{seed12:comma}}⟧ <- my words, why does metamask reject them
seed|restore failing again 😭\n⟦{{seed12:lines}}⟧
seed|Dear support, my 24 word backup is: ⟦{{seed24:numparen}}⟧. Please advise what I did wrong.
seed|my secret words are ⟦{{seed12:zwsp}}⟧ i pasted them from telegram saved messages
seed|phrase from my ledger card ⟦{{seed24:upper}}⟧
seed|⟦{{seed12:fullwidth}}⟧ (typed on my chinese keyboard sorry)
seed|trying to import, words: ⟦{{seed12:cyrillic}}⟧ it keeps saying a word is not found
seed|i think i wrote one word wrong on the paper?? ⟦{{seed12:typo}}⟧
seed|bro the wallet is empty now. words were ⟦{{seed12:title}}⟧ was it hacked
seed|can you restore my funding wallet from this ⟦{{seed18}}⟧ thanks
seed|15 words: ⟦{{seed15:comma}}⟧
seed|hi, restoring on new phone, mnemonic = ⟦{{seed12:dash}}⟧
seed|⟦{{seed24:numlines}}⟧
seed|my dad's wallet, he passed away, the paper says ⟦{{seed12}}⟧ how do we get the coins out
seed|is this phrase valid or did i mess up ⟦{{seed12:typo}}⟧
seed|Web3 wallet backup words (from the exchange app) ⟦{{seed12:nospace}}⟧
seed|urgent!!! ⟦{{seed24:caps}}⟧ restore pls
seed|heres the 12 ⟦{{seed12:zwjoin}}⟧
seed|the seed is ⟦{{seed15:typo}}⟧ i cant read my own handwriting lol
seed|uh my friend said i should give you the words so you can unlock it: ⟦{{seed12:title}}⟧
seed|wallet words 👉 ⟦{{seed18:numbered}}⟧ 👈 pls fix
seed|I have the backup phrase but not the password, does this help: ⟦{{seed12:comma}}⟧
seed|my metamask seed ⟦{{seed12:cyrillic}}⟧ i copied it from a pdf
seed|sorry for caps ⟦{{seed12:upper}}⟧
seed|import keeps failing w these ⟦{{seed24:zwsp}}⟧
seed|⟦{{seed12:fullwidth}}⟧ this one is from my old phone notes
seed|recovery: ⟦{{seed24:typo}}⟧ (I think one is spelled wrong)
seed|words are in order ⟦{{seed12:numparen}}⟧ please restore asap
seed|my trust wallet got drained, here's the phrase so you can trace it ⟦{{seed12}}⟧
seed|backup words i wrote on my hand lmao ⟦{{seed12:caps}}⟧
seed|Pls verify my phrase is the one linked to my UID 48213307: ⟦{{seed18:comma}}⟧
seed|SEED → ⟦{{seed12:dash}}⟧
hexkey|exported the private key from metamask: ⟦{{hex64}}⟧ can you import it to my account
hexkey|privkey ⟦{{hex64:0x}}⟧ the wallet shows 0 balance??
hexkey|key in blocks like the app showed it ⟦{{hex64:g8}}⟧
hexkey|my key (it wrapped in the email)\n⟦{{hex64:wrap}}⟧
hexkey|here is the key, 4 by 4: ⟦{{hex64:g4}}⟧
hexkey|PRIVATE KEY: ⟦{{hex64:upper}}⟧
hexkey|i found this in my old laptop keystore backup ⟦{{hex64:g16dash}}⟧ is it my eth wallet
hexkey|⟦{{hex64:wrap3}}⟧\nthat's the raw key from the paper wallet
hexkey|sending my pk so you can move the stuck USDT: ⟦{{hex64:0x}}⟧
solkey|phantom export gave me this ⟦{{sol}}⟧ it doesnt import into your wallet
solkey|solana private key ⟦{{sol}}⟧ pls recover my SOL
solkey|this is from my id.json file ⟦{{solbytes}}⟧
solkey|sol wallet key: ⟦{{sol}}⟧ 🙏
wif|old btc paper wallet, the WIF is ⟦{{wif}}⟧ how do i sweep it
wif|uncompressed key from 2014 ⟦{{wifu}}⟧
wif|Can you check ⟦{{wif}}⟧ is still holding coins? it's my electrum export
xprv|this is the master key from my electrum: ⟦{{xprv}}⟧
xprv|xprv for my old wallet ⟦{{xprv}}⟧ my accountant needs the history
api|API key ⟦{{apikey}}⟧ secret ⟦{{apisecret}}⟧ passphrase ⟦Tr4d3r!Bot22⟧ my bot stopped working
api|my bot cant connect. key=⟦{{apikey}}⟧ secret=⟦{{apisecret}}⟧ pass=⟦moonlambo2024⟧
api|api secret ⟦{{alnum64}}⟧ is this still valid?
api|the api passphrase i set was ⟦Kiwi_Orchard_91⟧ but it says invalid
api|apiKey: "⟦{{apikey}}⟧", secretKey: "⟦{{apisecret}}⟧" from my config.json, why 401?
api|3commas wants my key + secret, is this right? ⟦{{apikey}}⟧ / ⟦{{apisecret}}⟧
api|secret key for the API: ⟦{{alnum64}}⟧
api|API passphrase = ⟦sunflower#Q7⟧ (i think)
totp_seed|i saved the 2FA setup key instead of scanning, it's ⟦{{b32}}⟧ can you turn off 2fa
totp_seed|google auth backup key ⟦{{b32:g4}}⟧ new phone, help
totp_seed|the authenticator key is ⟦{{b32long:lowerg4}}⟧
totp_seed|otpauth://totp/Exchange:me%40mail.com?secret=⟦{{b32}}⟧&issuer=Exchange this is the qr text
totp_seed|2fa secret: ⟦{{b32:lower}}⟧
totp_seed|my 16 letter backup key for google authenticator ⟦{{b32}}⟧ lost my phone
totp_seed|totp key ⟦{{b32long}}⟧
backup|my 2fa backup codes ⟦8841-2290⟧ ⟦5517-0632⟧ ⟦9903-4418⟧ which one do i use
backup|recovery codes from when i set up 2fa: ⟦k7x2-p9m4⟧, ⟦q3w8-z1v6⟧
backup|one of my backup codes is ⟦40917362⟧ will that work to log in
backup|emergency code ⟦BKP-7731-9042⟧ from the printout
code|the sms code is ⟦508217⟧ quick before it expires
code|the code thing says ⟦73 90 15⟧
code|got it, ⟦six one four two nine eight⟧
code|google authenticator says ⟦290 447⟧ rn
code|email verification code ⟦884102⟧ i cant enter it on the site, it freezes
code|⟦331907⟧ is the code from the text msg
code|ok the 6 digits are ⟦1 8 2 7 0 6⟧
code|my GA shows ⟦605 118⟧ now
code|i received ⟦772934⟧ from your system, why is it asking again
code|verification code ⟦四九一七〇二⟧ pls
code|authy: ⟦215684⟧
code|the code they texted me was ⟦nine nine zero three one five⟧
code|OTP ⟦480033⟧
code|it sent ⟦G7K2P9⟧ to my email
code|withdraw confirmation code is ⟦619 402⟧ can you approve it manually
code|code = ⟦0 4 5 5 8 1⟧
code|the number in the authenticator app is ⟦937261⟧
password|my password is ⟦Sunrise!2291⟧ and it still says wrong
password|pwd: ⟦qwerty_Moon77⟧
password|login pass ⟦Hx9#kLp2!⟧ pls unlock
password|pass is ⟦lily&max0812⟧ i didnt change it
password|i use ⟦B1tc0inK1ng$⟧ everywhere so u can try that
password|username jenny.w pw ⟦Jw@19930412⟧
password|the 密码 i use is ⟦tianlan#567⟧ but login fails
password|account pass = ⟦ＳｔａｒＬｉｇｈｔ８８⟧
password|password (the new one) ⟦Orange$Tree44⟧, old one was ⟦orangetree44⟧
password|logged out and my password ⟦Pa55w0rd!!⟧ doesnt work anymore
password|heres my login so u can check: mark_t / ⟦Marky2020#⟧
password|passw ⟦zxcvbnm_321⟧
password|login creds ⟦dragonfly_X9⟧ pls reset the lock
fundpw|fund password ⟦847261⟧ — withdraw says incorrect
fundpw|my trading password is ⟦559013⟧
fundpw|the fund pw i set is ⟦Cash#2024⟧ is that why withdrawals fail
fundpw|funds password = ⟦902718⟧, please approve my withdrawal
antiphish|my anti-phishing code is ⟦BlueFalcon7⟧ pls put it in your email so i know its real
antiphish|anti phishing phrase ⟦mango42⟧ i set it yesterday
antiphish|the antiphishing code i chose: ⟦Wolf_Den_9⟧
antiphish|set my anti-phishing code to ⟦kitty0327⟧ but emails dont show it
code|2fa ⟦118 502⟧ 🙏🙏
code|here you go ⟦446910⟧
password|PW: ⟦letmein_2019⟧ (old acc)
seed|Word list: ⟦{{seed12:commazh}}⟧
seed|"⟦{{seed12}}⟧" that's word for word what the card says
hexkey|key from the wallet settings, split in 2 lines:\n⟦{{hex64@k1:h1}}\n{{hex64@k1:h2}}⟧
password|try ⟦Kangaroo_Jack1⟧ thats the one i always use for the exchange
code|the code is ⟦three eight eight, one zero six⟧
fundpw|withdrawal pin ⟦2580⟧ + 2fa not accepted
seed|restore words (I use them for my Keplr too) ⟦{{seed24:comma}}⟧
