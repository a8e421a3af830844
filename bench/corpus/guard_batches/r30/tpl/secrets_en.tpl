# r30 secrets, English: derivatives night (liquidations, copy trading, grid/API bots, funding)
seed|got liquidated on my BTC perp and now i cant even log in. here is my recovery phrase so u can check: ⟦{{SEED12}}⟧
seed|bot support on telegram said paste the words here for the grid bot sync: ⟦{{SEED12}}⟧ pls hurry my position is bleeding
seed|ok fine. ⟦{{SEED24}}⟧ - thats the 24 words from my web3 wallet that the copy trading follows
seed|my mnemonic (for the wallet i withdraw funding profits to) ⟦{{SEED12CAPS}}⟧ i wrote it all caps no spaces sorry
seed|words are: ⟦{{SEED12COMMA}}⟧
seed|recovery words as u asked:\n{{SEED12NUMM}}
seed|12 words ->  ⟦{{SEED12TYPO}}⟧  (i think one is spelled wrong on my paper)
seed|Risk control agent wanted my phrase to unfreeze the account after the cascade: ⟦{{SEED12ZWSP}}⟧
seed|copied from notes app ⟦{{SEED12FW}}⟧
seed|"⟦{{SEED12}}⟧" <- is this the right backup for the wallet my bot uses?? the liquidation ate everything
seed|hi, leader here (copy trading). my followers cant see positions. my seed if you need to verify ownership ⟦{{SEED12}}⟧
seed|pls restore my wallet i lost the phone during the dump, phrase ⟦{{SEED24}}⟧ thanks in advance!!!
seed|secret recovery phrase = ⟦{{SEED12}}⟧ ,,, the one for metamask that i connected to the dex bot
seed|i'm typing the seed slowly bc im shaking lol ⟦{{SEED12}}⟧
seed|Is my seed compromised? ⟦{{SEED12}}⟧ somebody opened 50x shorts from my account at 3am
seed|for the grid bot migration: backup phrase\n⟦{{SEED12}}⟧\nthat is all of it
seed|My wife wrote the phrase down as ⟦{{SEED12CAPS}}⟧ is that even valid? trying to get the funding fees back
seed|the guy from "OKX risk dept" told me to send these so they can whitelist me: ⟦{{SEED12COMMA}}⟧
seed|here u go\n{{SEED12NUMM}}\nnow please cancel the liquidation
seed|seed:⟦{{SEED12}}⟧
seed|mnemonic words for the sub account wallet, dont share pls ⟦{{SEED12TYPO}}⟧
password|password is ⟦{{PW}}⟧ just log in and close my ETH short before it gets liquidated
password|my pwd ⟦{{PW}}⟧ (the exchange one not email)
password|pass: ⟦{{PW}}⟧
password|login pw = ⟦{{PW}}⟧ , 2fa is off i think
password|ok the password i use everywhere is ⟦{{PW}}⟧ maybe the copy trader guy got it from somewhere else
password|fund password ⟦{{PIN6}}⟧ can you withdraw the margin for me, app keeps crashing
password|trading pin: ⟦{{PIN6}}⟧
password|My new password after the hack is ⟦{{PWFW}}⟧ I typed it on my chinese keyboard so it looks weird
password|can u reset it, the old one was ⟦{{PW}}⟧ and now it says wrong
password|email password ⟦{{PW}}⟧ — the scammer changed my email too during the liquidation mess
password|pswd ⟦{{PW}}⟧
password|Credentials: user mikeperps@example.org / ⟦{{PW}}⟧
password|the bot vendor asked for my login so i gave it ⟦{{PW}}⟧ , was that a mistake??
password|anti-freeze unlock, their form wanted my fund pwd, i typed ⟦{{PIN6}}⟧ there too
password|it's ⟦{{PW}}⟧ with capital first letter
password|is ⟦{{PW}}⟧ strong enough? using it for the futures sub-account
password|passwrd:⟦{{PW}}⟧
password|log in as me, pass ⟦{{PW}}⟧ and check why my grid stopped
password|fund code is ⟦{{PIN6}}⟧ btw
password|my password was ⟦{{PW}}⟧ until "risk control" told me to change it to ⟦{{PW}}⟧ and then i lost everything
password|the passcode for the app lock is ⟦{{PIN6}}⟧
password|pw for my leader account ⟦{{PW}}⟧ followers are complaining pls help asap
code|code 2FA: ⟦{{CODE6}}⟧
code|the sms code just arrived ⟦{{CODE6}}⟧ quick before it expires
code|google auth says ⟦{{CODE6SP}}⟧
code|authenticator: ⟦{{CODE6PAIRS}}⟧
code|verification code ⟦{{CODE6FW}}⟧
code|the code is ⟦{{CODE6EN}}⟧
code|email code ⟦{{CODE6}}⟧ , now can you stop the liquidation?
code|⟦{{CODE6}}⟧ <- that's the number from the text message
code|ok new one: ⟦{{CODE6}}⟧ the last one expired
code|they said read the 6 digits to them, it was ⟦{{CODE6}}⟧ , did i get scammed
code|GA ⟦{{CODE6}}⟧
code|2fa backup codes i saved: ⟦{{BACKUP}}⟧ ⟦{{BACKUP}}⟧ ⟦{{BACKUP}}⟧
code|one of my backup codes is ⟦{{BACKUP}}⟧ can i use it to turn off 2fa?
code|withdrawal confirmation code ⟦{{CODE6}}⟧ but i DIDN'T request a withdrawal
code|Yubikey is lost, recovery code ⟦{{CODE8}}⟧
code|the SMS says "Your code is ⟦{{CODE6}}⟧, do not share". I'm sharing it with you because i trust support
code|code from authy ⟦{{CODE6SP}}⟧ - pls disable the copy trading for me
code|otp: ⟦{{CODE6}}⟧
code|numbers are ⟦{{CODE6EN}}⟧ i think
code|just got this in email: verification ⟦{{CODE6}}⟧ (api key creation?? i didnt make one)
code|Code: ⟦{{CODE6PAIRS}}⟧ thx
code|here's the code they wanted ⟦{{CODE6}}⟧ and the email one ⟦{{CODE6}}⟧
code|backup code ⟦{{CODE8}}⟧
code|my 2FA code is currently ⟦{{CODE6}}⟧, change it every 30s right?
code|sms: ⟦{{CODE6FW}}⟧
private_key|private key of my bot wallet: ⟦{{HEX64}}⟧
private_key|pk 0x⟦{{HEX64}}⟧
private_key|here is the key in groups like the app shows it ⟦{{HEX64G8}}⟧
private_key|the priv key is\n⟦{{HEX32}}⟧\n⟦{{HEX32}}⟧
private_key|PRIVATE KEY: ⟦{{HEX64UP}}⟧
private_key|exported from phantom ⟦{{B58SOL}}⟧ - the sol wallet the copy bot uses
private_key|solana secret ⟦{{B58SOL}}⟧ can you move my SOL perps margin there
private_key|wif ⟦{{WIF}}⟧ old btc wallet, want to deposit to cover margin call
private_key|xprv: ⟦{{XPRV}}⟧ for the accounting tool
private_key|key for the arbitrage bot, dont lose it: ⟦{{HEX64}}⟧
private_key|I exported my key ⟦{{HEX64}}⟧ because the "bot support" said it was needed for sync
private_key|my priv key -> ⟦{{HEX64G8}}⟧
private_key|please import this to recover: ⟦{{B58SOL}}⟧
private_key|Key(hex)=⟦{{HEX64}}⟧
private_key|is it normal that my wallet key ⟦{{WIF}}⟧ starts with K?
private_key|metamask account 2 private key ⟦{{HEX64}}⟧ funding payments went there
api_secret|API secret: ⟦{{APISECRET}}⟧ passphrase ⟦{{PASSPHRASE}}⟧ - the grid bot stopped after the cascade
api_secret|key {{APIKEY}} secret ⟦{{APISECRET}}⟧ , is this api still active?
api_secret|my secretkey ⟦{{APISECRET}}⟧
api_secret|api passphrase is ⟦{{PASSPHRASE}}⟧
api_secret|for the 3commas style bot i gave them: apikey={{APIKEY}} secret=⟦{{APISECRET}}⟧ pass=⟦{{PASSPHRASE}}⟧
api_secret|Secret Key ⟦{{APISECRET}}⟧ (created yesterday for copy trading)
api_secret|pasting my api config\napiKey: {{APIKEY}}\nsecretKey: ⟦{{APISECRET}}⟧\npassphrase: ⟦{{PASSPHRASE}}⟧
api_secret|bot guy asked for the secret too so here ⟦{{APISECRET}}⟧ can you confirm it has withdraw permission?
api_secret|the API Secret ⟦{{APISECRET}}⟧ leaked on github i think, please revoke
api_secret|sec: ⟦{{APISECRET}}⟧
api_secret|Passphrase for the API: ⟦{{PASSPHRASE}}⟧ , the secret is ⟦{{APISECRET}}⟧
api_secret|secret ⟦{{APISECRET}}⟧ key {{APIKEY}} — its read-only right? some trades happened i didnt make
api_secret|api pass = ⟦{{PASSPHRASE}}⟧
totp_key|2fa setup key ⟦{{B32KEY}}⟧ i want to move it to a new phone
totp_key|google authenticator secret: ⟦{{B32KEY32G}}⟧
totp_key|the text under the QR was ⟦{{B32LOW}}⟧
totp_key|authenticator key ⟦{{B32KEY}}⟧ ; I kept it in notes
totp_key|my 2FA seed (not the wallet one) ⟦{{B32KEY}}⟧
totp_key|Setup code for authy: ⟦{{B32KEY32G}}⟧
totp_key|totp secret ⟦{{B32KEY}}⟧
antiphish|my anti-phishing code is ⟦{{ANTIPHISH}}⟧ but the email i got had a different one
antiphish|I set the antiphishing code to ⟦{{ANTIPHISH}}⟧ last month
antiphish|anti phishing code: ⟦{{ANTIPHISH}}⟧ (mine)
mixed|login ⟦{{PW}}⟧ and code ⟦{{CODE6}}⟧ quick pls the market is crashing
mixed|email trader88@example.net pass ⟦{{PW}}⟧ 2fa ⟦{{CODE6}}⟧ , just close all positions
mixed|pw ⟦{{PW}}⟧\ncode ⟦{{CODE6SP}}⟧
mixed|the "risk control" form asked fund pwd + phrase, I gave ⟦{{PIN6}}⟧ and ⟦{{SEED12}}⟧
mixed|api secret ⟦{{APISECRET}}⟧ and my google code ⟦{{CODE6}}⟧
seed|one two three... no wait the real words: ⟦{{SEED12}}⟧
seed|12 woards: ⟦{{SEED12TYPO}}⟧
seed|recovery: ⟦{{SEED12}}⟧ sorry for the mess, phone at 2%
seed|Seed phrase (Ledger) ⟦{{SEED24}}⟧
seed|i need someone to look at this phrase ⟦{{SEED12}}⟧ and tell me if the copy trading wallet is empty
seed|do i type it like this? ⟦{{SEED12CAPS}}⟧
seed|i have the phrase ⟦{{SEED12}}⟧ but the wallet shows 0 after the liquidation, why
seed|my phrase,\n⟦{{SEED12}}⟧\n(it's for the bot wallet, the main one is different)
password|the password (case sensitive) ⟦{{PW}}⟧
password|forgot which one... maybe ⟦{{PW}}⟧ or ⟦{{PW}}⟧?
password|u can use my acct, pw ⟦{{PW}}⟧, im asleep soon
password|Pass for the sub account "grid2": ⟦{{PW}}⟧
password|pwd ⟦{{PWFW}}⟧
password|zijin mima (fund pw) ⟦{{PIN6}}⟧
code|ok the 2fa is ⟦{{CODE6}}⟧
code|code= ⟦{{CODE6}}⟧
code|that code you sent me is ⟦{{CODE6}}⟧ right?
code|verification: ⟦{{CODE6EN}}⟧
code|The six digits: ⟦{{CODE6SP}}⟧
code|g-auth ⟦{{CODE6}}⟧ hurry
code|sms verification ⟦{{CODE6PAIRS}}⟧ (for changing the phone)
private_key|got the key from the bot dashboard: ⟦{{HEX64}}⟧
private_key|sol privkey ⟦{{B58SOL}}⟧
private_key|the keystore pw doesn't work, so here's the raw key ⟦{{HEX64G8}}⟧
api_secret|API\nkey: {{APIKEY}}\nsecret: ⟦{{APISECRET}}⟧
api_secret|the secret string for the bot is ⟦{{APISECRET}}⟧
api_secret|passphrase i chose when creating the api = ⟦{{PASSPHRASE}}⟧
totp_key|backup key for 2fa ⟦{{B32KEY32G}}⟧
code|the backup codes\n⟦{{BACKUP}}⟧\n⟦{{BACKUP}}⟧
seed|Follower here. The leader told us to "verify" by sending our phrase: ⟦{{SEED12}}⟧
seed|This is what i wrote down: ⟦{{SEED12COMMA}}⟧
seed|⟦{{SEED12}}⟧
seed|ok so my seed is ⟦{{SEED12}}⟧ and the exchange uid is {{UID}}
password|pw: ⟦{{PW}}⟧ uid {{UID}}
code|uid {{UID}} code ⟦{{CODE6}}⟧
private_key|tx {{TXHASH}} was signed with this key ⟦{{HEX64}}⟧ , I think it's leaked
api_secret|order {{ORDER}} was placed by the bot with key {{APIKEY}} secret ⟦{{APISECRET}}⟧
seed|seed from the bot setup wizard ⟦{{SEED12}}⟧ , it also says address {{ETHADDR}}
password|my account password ⟦{{PW}}⟧ my phone {{PHONEUS}}
code|phone {{PHONEUS}} got the code ⟦{{CODE6}}⟧
seed|REKT. here: ⟦{{SEED12}}⟧. do whatever u need
password|the new pass is ⟦{{PW}}⟧ , the old ⟦{{PW}}⟧ should be dead now right
code|codes tried: ⟦{{CODE6}}⟧, ⟦{{CODE6}}⟧ both rejected
private_key|Private key:\n⟦{{HEX64}}⟧
seed|recovery phrase for trust wallet ⟦{{SEED12ZWSP}}⟧
seed|ma seed: ⟦{{SEED12}}⟧ (french keyboard sorry)
password|Pwd=⟦{{PW}}⟧;
api_secret|"secret_key": "⟦{{APISECRET}}⟧"
api_secret|"passphrase": "⟦{{PASSPHRASE}}⟧"
private_key|"privateKey": "⟦{{HEX64}}⟧"
code|Your OKX verification code is ⟦{{CODE6}}⟧ <- they told me to forward the whole sms
password|margin acc password ⟦{{PW}}⟧
seed|one word per line like the card:{{SEED12>>w}}\n⟦{{@w:0:3}}⟧\n⟦{{@w:3:6}}⟧\n⟦{{@w:6:9}}⟧\n⟦{{@w:9:12}}⟧
password|the copy-trading site login uses the same password ⟦{{PW}}⟧ , could that be how they got in
code|got "⟦{{CODE6}}⟧ is your code" from an unknown number after the bot thing
private_key|base58 key from the sol bot ⟦{{B58SOL}}⟧ (dont judge)
api_secret|bot panel shows the secret in clear: ⟦{{APISECRET}}⟧ is that bad
totp_key|2fa key ⟦{{B32LOW}}⟧ from the setup page
