# r20 secrets (en): customer messages holding a secret, marked ⟦…⟧. Written blind (see README).
seed|hi, my trust wallet shows 0 after the update, reinstalling it now, these are the words it gave me when i made it: ⟦{{seed12}}⟧ can you see where my usdt went
seed|⟦{{seed12:title}}⟧ <- that's the backup from the little card, is that enough for you to restore it on your side?
seed|recovery phrase as requested ⟦{{seed12:numbered}}⟧
seed|Ok so I copied it off the paper, hope I got the handwriting right: ⟦{{seed12:typo}}⟧
seed|the wallet keeps saying "invalid mnemonic" when i paste ⟦{{seed12:caps}}⟧ what am I doing wrong
seed|IMPORT FAILS WITH ⟦{{seed12:upper}}⟧ PLEASE HELP URGENT
seed|my 12 words (dont judge the order i wrote them the way the app showed) ⟦{{seed12:rows3}}⟧
seed|Hello team. Long story short my laptop died, I had the exchange's web3 wallet on it. Before it died I had written the phrase in my notes app, here it is ⟦{{seed12:nbsp}}⟧. I just want to know if I can get my ETH back on the phone app, nothing else.
seed|Seed: ⟦{{seed12:comma}}⟧
seed|mnemonic ⟦{{seed12:dash}}⟧ (that's how my password manager stored it)
seed|⟦{{seed12:numparen}}⟧ — is the word order important?? i may have mixed 7 and 8
seed|hey it's me again from yesterday's chat, the agent said to try restoring, doesn't work. phrase: ⟦{{seed12:semi}}⟧
seed|pls check ⟦{{seed12:pipe}}⟧ thx
seed|I think one word is wrong, the app won't take it. ⟦{{seed12:typo}}⟧ maybe the 4th one?
seed|so the words are ⟦{{seed12:zwsp}}⟧ and the wallet says checksum error
seed|⟦{{seed12:dot}}⟧
seed|Voice message transcript: ⟦{{seed12:lowerfirstcap}}⟧ That's all twelve, please restore it.
seed|restore phrase from my ledger live backup: ⟦{{seed24}}⟧ - only the BTC account is missing
seed|24-word phrase ⟦{{seed24:numlines}}⟧
seed|here are the 24 ⟦{{seed24:rows4num}}⟧ sorry about the formatting i typed it from a photo
seed|I have 18 words not 12, is that a problem? ⟦{{seed18}}⟧
seed|15 word seed from the old electrum-style thing: ⟦{{seed15}}⟧
seed|my dad's wallet, he passed away last month and we only have this written on an envelope: ⟦{{seed12:title}}⟧ — can the exchange help the family access the funds?
seed|Secret Recovery Phrase (MetaMask) ⟦{{seed12:numcolon}}⟧
seed|⟦{{seed12:numbrack}}⟧ ← backup words, the app asks me to verify word 9 and I don't know which is 9
seed|⟦{{seed12:numhash}}⟧
seed|i copied it from a screenshot with a text tool and it came out like this ⟦{{seed12:fullwidth}}⟧
seed|what's wrong with this phrase ⟦{{seed12:cyrillic}}⟧ the wallet refuses it
seed|backup phrase = ⟦{{seed12:nospace}}⟧
seed|⟦{{seed12:upperdash}}⟧ this is how my metal plate is stamped, does it work with dashes
seed|ok the phrase is ⟦{{seed12:doublespace}}⟧ and no I didn't share it with anyone else
seed|im on phone so sorry for typos ⟦{{seed12:typo}}⟧ restore pls
seed|Words: ⟦{{seed12:zwjoin}}⟧
seed|⟦{{seed12:slash}}⟧ is what I wrote down at setup in 2021
seed|hi, I got a message my wallet will be frozen unless I verify, so verifying here instead of the link: ⟦{{seed12}}⟧
seed|bro the phrase is literally ⟦{{seed12:lines}}⟧ and it still shows a different address than before
seed|Good evening, I would like assistance with recovering a wallet. The twelve words are ⟦{{seed12:comma}}⟧. Thank you in advance for your help.
seed|tried importing ⟦{{seed15:title}}⟧ into the app, it asks for a passphrase too?? i never set one
seed|seed phrase 🙏 ⟦{{seed12}}⟧ 🙏 please find my 3.2 SOL
seed|my wife set it up, she says the words were ⟦{{seed18:numbered}}⟧ but the wallet opens empty
seed|Please restore: ⟦{{seed24:cyrillic}}⟧
seed|copied out of my notes: ⟦{{seed12:lowerfirstcap}}⟧
hexkey|private key exported from metamask: ⟦{{hex64}}⟧ can you import it and check the balance of the arbitrum side
hexkey|⟦{{hex64:0x}}⟧ this is the key for the address that got drained, can your security team trace it
hexkey|key ⟦{{hex64:g8}}⟧
hexkey|Here's my pk split so it fits the form: ⟦{{hex64:g4}}⟧
hexkey|the export showed ⟦{{hex64:wrap}}⟧ on two lines, is it one key or two?
hexkey|⟦{{hex64:0xupper}}⟧
hexkey|raw private key (hex) ⟦{{hex64:colon}}⟧ — sorry this is how my hardware tool prints it
hexkey|I was told I need the secret key to move the stuck tokens so: ⟦{{hex64:g2}}⟧
hexkey|priv: ⟦{{hex64:g32}}⟧ pub: {{eth}}
hexkey|my old MEW wallet, the key file said ⟦{{hex64:wrap3}}⟧
hexkey|{"address":"{{eth}}","privateKey":"⟦{{hex64:0x}}⟧","chain":"bsc"} ← from the wallet export
hexkey|Could you help me, I sent BNB to the wrong network. my key for that address is ⟦{{hex64:upper}}⟧
solkey|phantom export ⟦{{sol}}⟧ i need my bonk back
solkey|solflare private key: ⟦{{sol}}⟧
solkey|this is the base58 key from Backpack ⟦{{sol}}⟧, address starts with 7x
solkey|keypair.json contents ⟦{{solbytes}}⟧
solkey|The bot told me to give the key to customer service only, so here: ⟦{{sol}}⟧
wif|WIF for the paper wallet: ⟦{{wif}}⟧
wif|⟦{{wifu}}⟧ — old 2014 paper wallet, uncompressed, can you sweep it into my account
wif|bitcoin private key (starts with K) ⟦{{wif}}⟧
xprv|extended private key from sparrow: ⟦{{xprv}}⟧
xprv|⟦{{xprv}}⟧ this is the account xprv, the xpub I sent before shows nothing
api|my bot stopped. API key ⟦{{apikey}}⟧ secret ⟦{{alnum32}}⟧ passphrase ⟦Tr4d3B0t!2026⟧ — is it banned?
api|API Key: ⟦{{alnum24}}⟧\nSecret Key: ⟦{{b64secret}}⟧\nPassphrase: ⟦lemonade-kite-88⟧
api|the read-only key I gave koinly: ⟦{{apikey}}⟧ / ⟦{{hex32}}⟧, why does it say IP not allowed
api|apiKey=⟦{{alnum64}}⟧&secretKey=⟦{{alnum64}}⟧
api|secret key ⟦{{apisecret}}⟧ (the api key itself is fine, it's only the secret i'm unsure about)
api|Hi, my 3commas connection fails. key ⟦{{apikey}}⟧, secret ⟦{{b64secret}}⟧, pass phrase ⟦Sunflower#77⟧
api|api passphrase is ⟦quiet.otter.1999⟧ if that helps you debug signature error 50113
api|Key ⟦{{alnum32}}⟧ ... did I create it with withdraw permission by mistake?
api|export from my config.yaml:\n  key: "⟦{{apikey}}⟧"\n  secret: "⟦{{hex32}}⟧"\n  password: "⟦gRidb0t_pass⟧"
totp|2FA setup key: ⟦{{b32}}⟧ I need to move it to a new phone
totp|the authenticator secret was ⟦{{b32:g4}}⟧, can you reset it or just tell me the code
totp|google auth key ⟦{{b32long}}⟧
totp|⟦{{b32:lower}}⟧ that's the key under the QR code I wrote down
totp|my 2fa backup key ⟦{{b32:g4dash}}⟧
totp|hi, authy died. The manual entry key from back then: ⟦{{b32long:lowerg4}}⟧
totp|otpauth://totp/Exchange:me@mail.test?secret=⟦{{b32}}⟧&issuer=Exchange
totp|Key for the authenticator (not the QR one, the text one) ⟦{{b32}}⟧
backup|backup codes: ⟦4821-9930⟧ ⟦7702-1185⟧ ⟦3364-5019⟧
backup|one of my recovery codes ⟦k7qm-2xtp⟧, does it still work after the reset?
backup|I used ⟦93615027⟧ already, I've still got ⟦40187736⟧ left
backup|emergency code ⟦XJ4R-8WNE-2QPD⟧
backup|2FA recovery code is ⟦pw82 jn4c⟧ I think
code|the code is ⟦448217⟧
code|⟦730 915⟧ quickly before it expires
code|sms came: ⟦2-6-8-0-4-1⟧
code|my google authenticator currently says ⟦095133⟧
code|email code ⟦K4T9QX⟧
code|it's ⟦five one seven three nine two⟧
code|ok got it, ⟦six oh four, eight eight one⟧
code|code from the text message: ⟦19 47 60⟧ (it said don't share but you're support so)
code|received ⟦813402⟧ and ⟦220958⟧, the first one expired I think
code|Verification code ⟦3 8 1 9 0 7⟧
code|g auth ⟦662071⟧
code|the 6 digits for withdrawal confirmation: ⟦507·318⟧
code|Your agent Kevin asked for the code earlier, it was ⟦481006⟧, still nothing happened
code|I'm driving so voice: the code is ⟦nine nine two four zero seven⟧
code|okx code 🔢 ⟦735290⟧
code|Authenticator: ⟦118 362⟧
code|sorry wrong one, it's ⟦604815⟧ not the one before
code|The email said "Your verification code is" and then ⟦Z8M2PA⟧
code|⟦271-934⟧
code|code for unlocking ⟦483920⟧ plz unlock
code|sms ⟦0 5 8 2 7 3⟧
code|I typed ⟦356612⟧ in the app but it says wrong code
code|Here you go → ⟦887140⟧
code|cod is ⟦9147 03⟧
password|password: ⟦Lighthouse!92⟧
password|my login pass is ⟦kettle_corn_2019⟧ can you check why it's locked
password|pw ⟦Mx#4471qq⟧
password|I use ⟦BlueMoon88$⟧ for everything so maybe that's the problem lol
password|pwd= ⟦v3rY$ecure⟧
password|Just so you know the password is ⟦my dog rex 2020⟧, the account email is the gmail one
password|passwrd ⟦Qwerty!23456⟧ doesnt work anymore
password|tried ⟦Summer2024!⟧ and ⟦Summer2025!⟧, neither works
password|login: jamie.k / ⟦Hx8#pL2v⟧
password|passphrase for login (the app calls it password) ⟦correcthorse77⟧
password|The account is under my company name and I am the director. I have been trying since Monday to log in, I reset once and set the new password to ⟦Orchid-Lane-51⟧, then the app asked for the SMS which never arrived because I changed numbers. Could you please bypass the SMS step?
password|pass → ⟦ＺｅｂｒａＣｒｏｓｓ９⟧
password|psswd is ⟦angelina0912⟧
password|its ⟦Tm!2k9Lw⟧ (case sensitive)
password|my current password "⟦Rainy*Day*42⟧" is that strong enough?
password|log in pw: ⟦pancakes4breakfast⟧
password|account password ⟦Gt5^hh21Ko⟧ and email password ⟦swimmer1987⟧, both got changed by someone
password|I'll give you my password so you can check yourself: ⟦Ohio_Buckeye77⟧
password|password is ⟦7744sarah⟧ i think, or with a capital S
password|new pw ⟦Harbor&Light2026⟧ after reset, still locked
fundpw|fund password ⟦880213⟧
fundpw|my trading password is ⟦472916⟧, withdrawal still rejected
fundpw|withdrawal pin ⟦5 5 0 9 1 7⟧
fundpw|funds password: ⟦Kx771204⟧
fundpw|the 6-digit fund pass ⟦903366⟧ is it right?
fundpw|asset password ⟦214580⟧ (set in 2022)
antiphish|my anti-phishing code is ⟦TigerLily7⟧, the email I got didn't have it
antiphish|anti phishing code = ⟦blue-heron⟧
antiphish|I set ⟦MANGO2025⟧ as the anti-phishing phrase, is that visible to you?
antiphish|antiphishing: ⟦zq-owl-41⟧
antiphish|The code shown in real emails should be ⟦Pebbles&Co⟧, right? this one shows nothing
