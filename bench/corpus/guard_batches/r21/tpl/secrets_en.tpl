# r21 secrets (en). Blind batch: see ../README.md. One customer message per line; ⟦⟧ marks a secret.
seed|hi, my trust wallet won't open after the update, i wrote the recovery words down years ago, here: ⟦{{seed12}}⟧ can you restore it for me?
seed|Good morning. I am 71 and my grandson set this up. The paper in my drawer says: ⟦{{seed12:title}}⟧. Is that what you need to see my coins?
seed|⟦{{seed24}}⟧
seed|phrase for the ledger backup (I think): ⟦{{seed24:numbered}}⟧ — balance shows zero on your side but not on ledger live??
seed|ok so the 12 words are ⟦{{seed12:comma}}⟧ please check if the wallet is linked to my UID
seed|is this a valid mnemonic or did i copy it wrong ⟦{{seed12:typo}}⟧
seed|My secret recovery phrase (metamask): ⟦{{seed12:numparen}}⟧
seed|⟦{{seed15:upper}}⟧ THATS WHAT THE CARD SAYS
seed|copied from my notes app ⟦{{seed12:lines}}⟧
seed|words again bc the last msg got cut: ⟦{{seed12:dash}}⟧
seed|Recovery sheet, row by row:\n⟦{{seed24:rows4num}}⟧
seed|here u go ⟦{{seed12:nospace}}⟧
seed|Per your colleague on telegram, my backup words: ⟦{{seed12:caps}}⟧
seed|the app says phrase invalid, what is wrong? ⟦{{seed18:zwsp}}⟧
seed|⟦{{seed12:fullwidth}}⟧ (typed on my phone in Chinese keyboard sorry)
seed|backup phrase - ⟦{{seed12:semi}}⟧ - imported it into exodus and no funds show up
seed|I have been trying for 3 days, my wallet restore keeps failing. I bought ETH in 2021 and moved it to my own wallet, then I changed phones in March. The words I saved were ⟦{{seed12:doublespace}}⟧ and when I type them it says the checksum is wrong. Could your tech team look at it? I can wait.
seed|⟦{{seed12:lowerfirstcap}}⟧
seed|sorry voice typing. My seed is ⟦{{seed15:lowerfirstcap}}⟧ thank you
seed|Metal plate stamp: ⟦{{seed12:upperdash}}⟧
seed|seed ⟦{{seed12:slash}}⟧
seed|the words with numbers: ⟦{{seed12:numcolon}}⟧
seed|for the wallet recovery ticket: ⟦{{seed24:numbrack}}⟧
seed|⟦{{seed12:pipe}}⟧ <- from the spreadsheet my accountant made
seed|bro it's ⟦{{seed12:dot}}⟧ just fix it
seed|Phrase: ⟦{{seed12:nbsp}}⟧
seed|⟦{{seed18:rows3}}⟧
seed|mnemonic = ⟦{{seed12:numhash}}⟧
seed|can you verify these are the correct words for my web3 wallet on your app?\n⟦{{seed12:rows6}}⟧
seed|Written on the back of the card it says ⟦{{seed12:numparen2}}⟧ is it still good
seed|pasting from excel ⟦{{seed12:tabs}}⟧
seed|⟦{{seed24:upperspaced}}⟧
seed|the seed words that came with my cold wallet ⟦{{seed12:cyrillic}}⟧
seed|Restore words (I double checked): ⟦{{seed12:cyrillic2}}⟧
seed|my 12 are ⟦{{seed12:zwjoin}}⟧ i think one might be spelled wrong
seed|wallet words: ⟦{{seed15:typo}}⟧. support bot said to send them to a human
seed|I'm a merchant, our company hot wallet recovery is ⟦{{seed24:comma}}⟧, our CFO is on leave and we need the USDT today
seed|this is my phrase ⟦{{seed18:title}}⟧ and my UID is 48213907, pls look asap
seed|hey, quick one: ⟦{{seed12}}⟧ — is that the wallet that got the airdrop?
seed|secret phrase (keep it safe pls lol) ⟦{{seed12:upper}}⟧
seed|⟦{{seed12:numlines}}⟧
seed|ur agent asked for the 12 words to unlock, here ⟦{{seed12:typo}}⟧
seed|VIP client here, my assistant typed the phrase: ⟦{{seed15:comma}}⟧ please handle discreetly
seed|Words: ⟦{{seed12:zwsp}}⟧ Thanks 🙏
hexkey|private key exported from metamask: ⟦{{hex64}}⟧
hexkey|⟦{{hex64:0x}}⟧ this is the key of the wallet that sent the deposit, can you trace it
hexkey|pk = ⟦{{hex64:upper}}⟧
hexkey|my private key in groups like the app showed: ⟦{{hex64:g8}}⟧
hexkey|Key (copied from the printout, it was on two lines):\n⟦{{hex64:wrap}}⟧
hexkey|⟦{{hex64:g4}}⟧ <- privkey of my bsc wallet
hexkey|Exported key: ⟦{{hex64:g16}}⟧
hexkey|the key is ⟦{{hex64:0xg4}}⟧ does it match the address ending 9f2c?
hexkey|{"address":"0x5b1e...","privateKey":"⟦{{hex64}}⟧"}
hexkey|raw key bytes ⟦{{hex64:colon}}⟧
hexkey|Here is the secret key for the old arbitrum wallet ⟦{{hex64:wrap3}}⟧, funds stuck there since the bridge
hexkey|priv: ⟦{{hex64:0xupper}}⟧
solkey|phantom export -> ⟦{{sol}}⟧ pls help my SOL withdrawal never arrived
solkey|Solana private key: ⟦{{sol}}⟧
solkey|my solflare secret is ⟦{{sol}}⟧ can you check why the token account is empty
solkey|id.json from the CLI: ⟦{{solbytes}}⟧
solkey|⟦{{sol}}⟧ that's the backpack wallet key
wif|WIF from my old paper wallet: ⟦{{wif}}⟧ can I import it here?
wif|bitcoin private key ⟦{{wifu}}⟧ from 2014
wif|electrum gave me this when I exported: ⟦{{wif}}⟧
xprv|xprv for the company wallet: ⟦{{xprv}}⟧
xprv|Extended private key (from Sparrow): ⟦{{xprv}}⟧ — the deposits to the child addresses are missing
api|My API key ⟦{{apikey}}⟧ secret ⟦{{apisecret}}⟧ passphrase ⟦TradeBot#2025⟧ — the bot returns error 50113
api|api_key=⟦{{alnum32}}⟧&secret_key=⟦{{alnum64}}⟧ why invalid sign?
api|key: ⟦{{apikey}}⟧\nsecret: ⟦{{b64secret}}⟧\npassphrase: ⟦grid-runner-77⟧
api|For the tax software (read only): api key ⟦{{apikey}}⟧ / secret ⟦{{hex32}}⟧
api|here are my keys for the grid bot guy ⟦{{alnum24}}⟧ and ⟦{{alnum48}}⟧
api|config.yaml:\n  apiKey: ⟦{{apikey}}⟧\n  secret: ⟦{{apisecret}}⟧\n  password: ⟦Moonbag_99⟧
api|API passphrase is ⟦hunter-pass-1987⟧ and the key id ⟦{{apikey}}⟧
api|secret key ⟦{{b64secret}}⟧ — is it normal that it only shows once?
api|OK-ACCESS-KEY ⟦{{apikey}}⟧ OK-ACCESS-PASSPHRASE ⟦Sunrise!Desk4⟧ getting 401 on every call
totp|the 2fa setup key from when I enabled it: ⟦{{b32:g4}}⟧
totp|Google authenticator secret ⟦{{b32}}⟧ — new phone, can you re-add it?
totp|authenticator key ⟦{{b32:lower}}⟧
totp|backup key for 2FA: ⟦{{b32long:g4dash}}⟧
totp|otpauth://totp/Exchange:lin.w@mailbox.test?secret=⟦{{b32}}⟧&issuer=Exchange
totp|16 letter key on my screenshot: ⟦{{b32:g8}}⟧ does it still work?
totp|this is the key I typed into authy ⟦{{b32long}}⟧
totp|2FA seed: ⟦{{b32:lowerg4}}⟧
backup|my backup codes: ⟦4817-2290⟧ ⟦7753-0416⟧ ⟦9902-3381⟧ which one should I use
backup|recovery code ⟦QW7T-M2KD-8XPL⟧ from the pdf you sent
backup|one of my backup codes: ⟦53180274⟧
backup|Used ⟦k9fh2-p4x7m⟧ already, is ⟦r8t3q-w2v6n⟧ still valid?
backup|emergency code for 2fa reset: ⟦ZX41 09LM 7QRA⟧
code|code ⟦4 8 1 9 0 3⟧
code|the verification code is ⟦552091⟧ it expires in 2 mins hurry
code|SMS said ⟦38-44-17⟧
code|google auth: ⟦301 887⟧
code|sorry, it's ⟦six one four four two nine⟧
code|my email code is ⟦QX7R2P⟧ but it says wrong
code|⟦908114⟧
code|authenticator shows ⟦227·405⟧ now
code|I got two codes, ⟦119245⟧ and ⟦660318⟧, which is the right one?
code|the code your agent asked for earlier: ⟦735 026⟧
code|ok the number from the text is ⟦nine oh two, seven seven one⟧
code|2fa ⟦480 912⟧ plz fast before it changes
code|Verification: ⟦003817⟧ (Grandma here, my phone beeped)
code|i received ⟦71 20 58⟧ on telegram from you guys
code|email verification code: ⟦MK4-Z9Q⟧
code|Hi! I'm trying to withdraw 2,400 USDT to my Binance, the app asks a code and your colleague said to share it here, it's ⟦640 219⟧, please approve quickly
code|code ⟦8 2 5 5 3 0⟧
code|the six digits are ⟦one two eight, four four seven⟧
code|typo sorry, it's ⟦510774⟧ not 510747
code|Here is the OTP: ⟦927301⟧
code|👉 ⟦448 610⟧ 👈 that's what google authenticator says
code|passcode from the SMS ⟦2846⟧, the 4 digit one
code|Yubikey? no I use the app, the code ⟦318-905⟧
code|mail code ⟦R7T2KQ⟧ and sms code ⟦402 118⟧
code|They sent ⟦zero five five, one three eight⟧ to my phone
password|my password is ⟦Lotus!2019⟧ can you log in and check?
password|pwd ⟦kittycat88⟧
password|pass: ⟦Qwerty12345!⟧
password|login: lee.mart@postbox.test\npassword: ⟦M@rtinez_2024⟧
password|I tried ⟦SunnyDays#1⟧ and ⟦SunnyDays#2⟧, neither works
password|pw is ⟦my dog rex 2011⟧ with the spaces
password|my passwd = ⟦Tr0ub4dor&9⟧
password|The passcode for the app is ⟦Ｄｒａｇｏｎ７７⟧
password|psw ⟦bluefin_44⟧
password|I'm locked out. Email is grace.ho@mail.test, the password I always use is ⟦Grace0412!⟧, my phone number ends 4471, please unlock
password|login pw ⟦Pa55word!!⟧ and email pw ⟦gmailpass2020⟧ (same email)
password|pswrd ⟦chelsea_fc_1905⟧
password|my login credentials are ⟦Kirin-Tiger-33⟧ lol forgot to say
password|The password was changed, the new one is ⟦Orchid*Lake5⟧, did somebody else do this?
password|password=⟦zx9!Lm2#Pq⟧
password|Hello, since your chat said you need to verify me, the password for my account is ⟦Happy Retirement 65⟧ and my date of birth is 3 March 1955.
password|its ⟦Winter2023!⟧ i reset it yesterday
password|my acc pass ⟦qazwsx123⟧ pls check the withdrawal
password|pass word: ⟦BTCtothemoon!⟧
password|login password 👉 ⟦Sakura_0707⟧
password|I use ⟦h4ppyh0ur$⟧ for everything, is that why I got hacked?
fundpw|fund password ⟦662140⟧
fundpw|my trading password is ⟦TradePin#8⟧
fundpw|withdrawal PIN: ⟦9031⟧
fundpw|asset password ⟦ironbank2020⟧ – it keeps saying wrong
fundpw|Funding password = ⟦478205⟧, please unfreeze the withdrawals
fundpw|the 6-digit fund code I set is ⟦830661⟧
fundpw|security password (for withdrawals) ⟦Vault!99⟧
antiphish|my anti phishing code is ⟦BLUEFOX9⟧
antiphish|anti-phishing code: ⟦Mango2024⟧, the email I got didn't show it
antiphish|I set the antiphishing phrase to ⟦tea-with-nana⟧
antiphish|the anti phishing word in my emails should be ⟦KOALA⟧ right?
antiphish|Anti-Phishing Code ⟦ZQ88XW⟧
hexkey|the key, split the way the hardware tool prints it: ⟦{{hex64:g16dash}}⟧
code|the verification code is ⟦8️⃣4️⃣1️⃣2️⃣0️⃣6️⃣⟧
code|My daughter says to write it: code ⟦1 9 9 - 4 0 2⟧
password|new PW after the reset ⟦Glacier_Bay_3⟧, old one was leaked
fundpw|the payment password on my account is ⟦Nana1234⟧, I'm 80 and I don't remember if it's this one
backup|2FA recovery codes: ⟦7H2K9⟧ ⟦Q4M8P⟧
