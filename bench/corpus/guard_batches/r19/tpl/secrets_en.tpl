# r19 secrets (en): every line holds at least one marked secret. Labels are the author's grouping.
seed|hey so i restored on a new phone and it says invalid?? these are the words i wrote down: ⟦{{seed12}}⟧ did i get one wrong
seed|Recovery phrase from my ledger backup card (the metal one): ⟦{{seed24}}⟧ — can you tell me if the funds on it are still there
seed|im not good with this stuff my nephew set it up. he wrote ⟦{{seed12:title}}⟧ on a post it, is that the thing you need to find my coins
seed|⟦{{seed12:caps}}⟧ this is how the app showed it to me, all stuck together. is that normal?
seed|Okay reading it off the paper now: ⟦{{seed12:numbered}}⟧. Please hurry, the price is dropping.
seed|my trust wallet phrase (12): ⟦{{seed12:comma}}⟧
seed|Hi support. I was trying to import my old MetaMask into your Web3 wallet and it keeps failing. I've triple-checked. The phrase is ⟦{{seed12:upper}}⟧ and the derivation path is default. Thanks in advance, Gary
seed|words are ⟦{{seed15}}⟧ (15 of them, not 12, is that why it fails?)
seed|backup words from the wallet u guys made me create last year -> ⟦{{seed18:semi}}⟧
seed|i copy pasted from my notes app, it came out like this ⟦{{seed12:zwsp}}⟧
seed|ok here, exactly as on the card: ⟦{{seed12:numparen}}⟧
seed|The app asks me to confirm word 7 and I don't know which one is 7. Full list: ⟦{{seed12:numlines}}⟧
seed|seed phrase ⟦{{seed12:fullwidth}}⟧ typed on my chinese keyboard sorry if it looks weird
seed|please check this one too, its my second wallet: ⟦{{seed12:cyrillic}}⟧
seed|I think I misspelled one of them but here goes ⟦{{seed12:typo}}⟧
seed|mnemonic = ⟦{{seed24:dash}}⟧
seed|voice typing sorry. my secret recovery phrase is ⟦{{seed12:lowerfirstcap}}⟧ Can you move it to my exchange account please
seed|Long story short: I sent USDT to the wrong network last Tuesday, your colleague said I need to recover the wallet on the other chain, so I opened the wallet app, went to settings, backup, and it showed me ⟦{{seed12}}⟧, then asked me to verify, and now it says the wallet already exists. What do I do next? I don't want to lose 2,400 USDT.
seed|⟦{{seed12:slash}}⟧ <- phrase. Address starts 0x7f. pls help
seed|The words (my husband wrote them, his handwriting is bad): ⟦{{seed12:typo}}⟧
seed|I have the 24 words here ⟦{{seed24:numcolon}}⟧ can you restore or not
seed|phrase: ⟦{{seed12:dun}}⟧ (copied from wechat note)
seed|is this a valid phrase? ⟦{{seed12:doublespace}}⟧ my friend gave it to me as a gift with some ETH on it
seed|These are my backup words, I trust you guys more than myself lol ⟦{{seed18}}⟧
seed|Exodus gave me: ⟦{{seed12:numbrack}}⟧
seed|the twelve words in the order they appear: ⟦{{seed12:lines}}⟧
seed|mnemonic phrase for the withdrawal address (i own it): ⟦{{seed12:commazh}}⟧
seed|My phrase is ⟦{{seed24:title}}⟧. And before you ask, yes, I backed it up in two places.
seed|restore phrase ⟦{{seed12:nospace}}⟧ it wont accept it
seed|your bot told me to ask an agent. Wallet words: ⟦{{seed15:comma}}⟧. Balance shows zero but I had 0.8 ETH
seed|ok fine here are the words ⟦{{seed12}}⟧ but please dont share them with anyone
seed|Words 1 to 12: ⟦{{seed12:semi}}⟧
seed|Can you see what's wrong? ⟦{{seed12:cyrillic}}⟧ keeps saying "unknown word"
seed|seed backup (keep it for me in case i lose my phone again): ⟦{{seed12:upper}}⟧
seed|I wrote the phrase on the back of a receipt and some letters got wet: ⟦{{seed12:typo}}⟧
seed|it's ⟦{{seed12:zwjoin}}⟧ (that's how it pasted, no spaces, sorry)
seed|Here is my 12-word passphrase for the DeFi wallet, the connection keeps dropping: ⟦{{seed12:title}}⟧
seed|my seed ⟦{{seed24}}⟧ my email is the one on the account. thank u
hexkey|private key exported from metamask: ⟦{{hex64}}⟧
hexkey|Here's the key for the wallet I lost access to ⟦{{hex64:0x}}⟧ can your team sweep it to my account?
hexkey|pk ⟦{{hex64:upper}}⟧
hexkey|The private key, split the way my cold storage app shows it: ⟦{{hex64:g8}}⟧
hexkey|my wallet's secret: ⟦{{hex64:g4}}⟧ (from the paper wallet generator)
hexkey|exported this from the browser extension, is it the right thing? ⟦{{hex64:wrap}}⟧
hexkey|So the tech guy at the repair shop recovered the key file from my old laptop and gave me ⟦{{hex64:g16dash}}⟧. Does this match wallet 0x4e..c1 on your side?
hexkey|key (the long one, not the address) ⟦{{hex64:wrap3}}⟧
hexkey|raw private key just in case you need it to verify ownership: ⟦{{hex64}}⟧
hexkey|priv: ⟦{{hex64:0x}}⟧ addr: {{eth}}
solkey|Phantom → Settings → Show private key gave me this: ⟦{{sol}}⟧
solkey|my solana wallet key ⟦{{sol}}⟧ tokens stuck after the bridge
solkey|solana keypair from id.json ⟦{{solbytes}}⟧
solkey|sol pk ⟦{{sol}}⟧ pls move everything to my spot wallet
wif|BTC paper wallet, private key WIF: ⟦{{wif}}⟧
wif|Old bitcoin wallet from 2014, the key printed under the QR: ⟦{{wifu}}⟧
wif|i think this is the key? starts with K ⟦{{wif}}⟧
xprv|Extended private key from Electrum (Wallet > Information): ⟦{{xprv}}⟧
xprv|master key ⟦{{xprv}}⟧ from my hardware wallet export, balance missing
api|Setting up my trading bot and it errors. API key ⟦{{apikey}}⟧ secret ⟦{{apisecret}}⟧ passphrase ⟦Tr4d3rB0t!2026⟧
api|apikey=⟦{{alnum64}}⟧ apisecret=⟦{{alnum64}}⟧ why do I get "invalid signature"
api|For the sub-account bot: key ⟦{{alnum32}}⟧ / secret ⟦{{b64secret}}⟧
api|the api passphrase i set was ⟦moonbag_2026⟧, is that what 'passphrase incorrect' means
api|My 3commas connection failed, here are the details.\nKey: ⟦{{apikey}}⟧\nSecret: ⟦{{hex32}}⟧\nPassphrase: ⟦gr1dGr1d#⟧
api|secret key ⟦{{apisecret}}⟧ (i already revoked it i think?)
api|This is the API secret the page showed me only once, I saved it: ⟦{{b64secret}}⟧ Why doesn't the bot see my balance?
api|read-only key for the tax tool: ⟦{{alnum32}}⟧ and its secret ⟦{{alnum64}}⟧
totpkey|When I set up google authenticator it gave me this key ⟦{{b32}}⟧, I have a new phone now, can I reuse it
totpkey|2FA setup key (the text under the QR): ⟦{{b32:g4}}⟧
totpkey|authenticator secret ⟦{{b32long}}⟧ saved from 2024
totpkey|The backup key I wrote down for authy: ⟦{{b32:lowerg4}}⟧
totpkey|i saved the totp key as text just in case: ⟦{{b32:lower}}⟧. Can you just turn off 2fa
totpkey|this is the google auth key from when I enabled it ⟦{{b32long}}⟧ please confirm it's the one linked to my account
totpkey|Recovery key for my authenticator (it says keep it safe, so I'm keeping it with you lol) ⟦{{b32}}⟧
backup|2fa backup codes: ⟦83920-11475⟧ ⟦59031-68224⟧ ⟦40917-23358⟧
backup|One of my recovery codes, the rest are at home: ⟦7HKQ-2MWP-9XZD⟧
backup|the emergency codes from when I set up 2-step are ⟦a8f3 k2m9⟧ and ⟦p0q7 r5t1⟧
backup|backup code ⟦4471 9902 3318⟧ didn't work, it says already used?
code|The sms just came in: ⟦493028⟧
code|verification email says ⟦71 64 09⟧, i'm entering it but the page reloads
code|Google Authenticator is showing ⟦580316⟧ right now, and it says invalid. Is the server time wrong?
code|code is ⟦six two zero nine four one⟧
code|ok it says ⟦8-3-1-7-7-0⟧
code|You asked what number came to my phone, it's ⟦302 887⟧
code|Got the text from you guys ⟦915542⟧ it expires in 2 minutes so quick
code|Authenticator: ⟦664 109⟧ / SMS: ⟦207851⟧ — I put both and it still rejects
code|the 6 digit one? ⟦one one four, seven seven three⟧
code|Verification code ⟦OKQ-418-225⟧ was in the email subject line
code|the email with the withdrawal confirmation says ⟦G7N4QZ⟧ do I give this to you or enter it
code|this is the pin the app sent me ⟦0046 1298⟧
code|2fa now ⟦771254⟧ please log me in remotely i'm at work
code|It's ⟦nine, nought, three, three, five, eight⟧ (reading it off my watch)
code|phone got ⟦441630⟧ but the site says code expired?? im going crazy
code|code from authy app is ⟦088213⟧
code|The security code in the SMS from your number: ⟦5 2 7 9 0 6⟧. I didn't request it, is someone trying to get in?
code|Email code ⟦290463⟧ + authenticator ⟦853120⟧, is that enough to unfreeze?
code|Okay so the text message said "Your code is ⟦617004⟧, do not share it" — sharing it with support is fine right?
code|voice message transcript: my code is ⟦three eight eight one two zero⟧ thanks
password|my password is ⟦Winter!Lake2019⟧ and it says wrong password, but I'm sure
password|login: jenny.k@mailbox.example pass: ⟦jk_88fortune⟧
password|it keeps locking me out even with ⟦Sunflower_71⟧ which is definitely right
password|pw ⟦qwerty!234ASD⟧ plz check why it fails
password|I changed it yesterday to ⟦Bl@ckC0ffee99⟧ and now none of my devices log in
password|For the login, use ⟦Mariachi#1988⟧ (same as my email, I know, I know)
password|Credentials so you can check yourself: email dmitri.v@post.example / ⟦dv-Sokol-2020⟧
password|I've tried ⟦Pa55word2024!⟧ and ⟦Pa55word2025!⟧, neither works
password|passcode is ⟦tiger tiger 4477⟧ (with spaces)
password|psw: ⟦Hx9#mLq2vT⟧
password|the one I use everywhere is ⟦ilovemydog12⟧ can you reset it to that
password|My login password is ⟦ＲｏｓｅＧａｒｄｅｎ８８⟧ typed on my phone in full-width mode maybe that's the problem?
password|new password attempt: ⟦Catfish_Nov_2026⟧ still "incorrect"
password|hi!! cant log in, my password ⟦LuckyStar*777⟧ email is the usual one
password|the password my wife set is ⟦Rossi2011rossi⟧, she says she never changed it
fundpw|fund password: ⟦468213⟧
fundpw|My trading password (the 6-digit one for withdrawals) is ⟦902137⟧, it keeps saying wrong
fundpw|asset password ⟦13579a⟧ please unlock the withdrawal
fundpw|the withdraw pin i set in march was ⟦250318⟧ i think? maybe
fundpw|Funds password ⟦Safe-Box-44⟧, I'm locked out of withdrawals for 24h now
antiphish|my anti-phishing code is ⟦BLUEFALCON⟧ so you know it's me
antiphish|The anti-phishing phrase in my account is ⟦tea-with-milk-7⟧, but the email I got didn't show it
antiphish|anti phishing code set to ⟦grandma1952⟧ is that strong enough
antiphish|Anti-phishing: ⟦Kx7Pumpkin⟧. The email from "support" had no code at all, should I worry?
password|So, long version: I had the account since 2021, changed phones twice, and the password has always been the one from uni, ⟦Owl&Lantern1999⟧, never changed it, and now suddenly it's "incorrect" after your app update. Before you ask, yes, caps lock is off.
password|passwrod: ⟦rainbow-Trout-12⟧ (sorry, fat fingers)
code|your colleague earlier asked for the code and I already gave ⟦227645⟧, was that fine?
code|g-auth ⟦905 441⟧ quick pls
hexkey|this is what my wallet's export json says: {"address":"{{eth}}","privateKey":"⟦{{hex64:0x}}⟧"}
seed|found my old phrase in a notebook!! ⟦{{seed12:title}}⟧ — last time I logged in was 2019 so no idea what's there
