seed|hello pls help, liquidation wiped me and now withdrawal stuck. my recovery phrase is ⟦{seed12}⟧ can you check if the wallet is safe
seed|URGENT the app froze while BTC dumping!!! i just need to move to my own wallet, these are the words ⟦{seed12}⟧
seed|Sir kindly do the needful, my 12 words are ⟦{seed12}⟧ please verify my wallet is not hacked
seed|ok here ⟦{seed24}⟧ thats all 24 words from metamask, the support guy on telegram said to give it to you also
seed|phrase: ⟦{seed12_comma}⟧
seed|wallet seed (wrote it from my notebook sorry for caps) ⟦{seed12_caps}⟧
seed|my seed words one per line:\n⟦{seed12_lines}⟧
seed|abeg my money don enter trust wallet but i no see am. see my phrase ⟦{seed12}⟧ biko check am
seed|po pls help me, ito po yung secret phrase ko ⟦{seed12}⟧ salamat po
seed|the words are {seed12_num}
seed|words in order:\n{seed12_numlines}
seed|i think one word maybe spelled wrong, sorry hands shaking: ⟦{seed12_typo}⟧
seed|Ledger backup phrase ⟦{seed24}⟧ — I'm a VIP client and I demand a callback within the hour
seed|mnemonic=⟦{seed12}⟧
seed|is this normal? my balance shows 0 after the crash. Secret Recovery Phrase: "⟦{seed12}⟧"
seed|Dear support team, Following the events of last night I attempted to restore my wallet but it says invalid. For your reference the phrase is ⟦{seed12}⟧. I would appreciate a prompt reply. Regards
seed|can u restore from this lah ⟦{seed12}⟧ my phone hang when i tried
seed|my wife set it up, she says backup is ⟦{seed12}⟧ — does it show the funds on your side?
seed|Trust wallet words => ⟦{seed12}⟧ <= please transfer to my exchange account
seed|lost 40% in an hour, now i cant even open my wallet. Phrase ⟦{seed12_typo}⟧ pls
seed|restore words: ⟦{seed24}⟧\nthat is everything the app showed me
seed|I already gave them to your colleague on WhatsApp but here again: ⟦{seed12}⟧
private_key|private key ⟦{hex64}⟧ please sweep it to my spot account before it gets liquidated
private_key|my metamask export gave me this ⟦{hex64_0x}⟧ is it the right one?
private_key|PK: ⟦{hex64_up}⟧
private_key|copied from the backup file: ⟦{hex_grouped}⟧
private_key|key broke into two lines when i copied from my notes:\n⟦{hex_wrapped}⟧
private_key|phantom private key ⟦{sol_key}⟧ my SOL deposit never arrived from this wallet
private_key|Solana wallet key (Phantom > Settings > Show private key) ⟦{sol_key}⟧
private_key|old paper wallet WIF ⟦{wif}⟧ can you import it for me
private_key|import this pls ⟦{wif_u}⟧ its from 2017
private_key|xprv from my electrum: ⟦{xprv}⟧
private_key|Please find extended private key below as requested by the migration team:\n⟦{xprv}⟧
private_key|bro the key is ⟦{hex64}⟧ quick quick before price drop more
private_key|my privkey = ⟦{hex64_0x}⟧ (the address is the one ending in 7f)
api_secret|My bot went crazy during the dump. API key {api_key} secret ⟦{api_secret}⟧ passphrase ⟦{passphrase}⟧ — please check why orders were sent
api_secret|api secret: ⟦{api_secret}⟧
api_secret|Secret Key ⟦{api_secret_b64}⟧ for the 3commas connection, it stopped working at 2am
api_secret|here is the secret for my grid bot ⟦{api_secret}⟧ can you see if it got revoked? key id is {api_key}
api_passphrase|API passphrase is ⟦{passphrase}⟧ i forgot if i set it for the read only key
api_secret|access key {api_key}\nsecret key ⟦{api_secret}⟧\npassphrase ⟦{passphrase}⟧
totp_seed|the 2FA setup key i saved was ⟦{b32}⟧ but google authenticator got wiped when i reset phone
totp_seed|authenticator key: ⟦{b32_grouped}⟧
totp_seed|backup key for google auth ⟦{b32_16}⟧ can u reset 2fa using this
code|sms code is ⟦{code6}⟧
code|code ⟦{code6_sp}⟧
code|the code you sent: ⟦{code6}⟧ it keeps saying expired!!
code|email verification ⟦{code6}⟧ hurry pls the market is crashing
code|ok got it, ⟦{code_words_en}⟧
code|otp ⟦{code6}⟧ do the withdrawal now
code|Google Authenticator shows ⟦{code6}⟧ right now
code|my code ⟦{code6_sp}⟧ is not working, now a new one came ⟦{code6}⟧
code|2fa backup codes: ⟦{backups3}⟧
code|recovery code ⟦{backup}⟧ from when i set up 2FA
code|verification code ⟦{code_fw}⟧
code|the 4 digit one they texted me: ⟦{code4}⟧
code|Authy says ⟦{code6}⟧, is that what you need?
password|password is ⟦{password}⟧
password|my pass ⟦{password}⟧ pls login and close my positions!!!
password|pwd: ⟦{password}⟧
password|login details: email is on file, password ⟦{password}⟧
password|fund password ⟦{pin6}⟧
password|trading pin is ⟦{pin6}⟧ i cant remember if i changed it
password|i tried ⟦{password}⟧ and also ⟦{password}⟧ neither works
password|password： ⟦{password_fw}⟧
password|my passwrd for the account is ⟦{password}⟧ abeg help me close the long
password|Sorry, my English not good. Password = ⟦{password}⟧, please help me stop the loss
password|pass - ⟦{password}⟧ (capital first letter)
password|its ⟦{password}⟧ same as my gmail lol
password|anti-phishing code is {antiphish} and my password is ⟦{password}⟧
seed|Hi, I'm writing on behalf of my father (he's 71). He was told by "support" on WhatsApp that his account is at risk. He gave them the words below and now I'm scared. ⟦{seed12}⟧ Can you freeze anything linked to it?
seed|the "migration team" asked me to confirm my words so here they are ⟦{seed12}⟧ when will my coins appear
seed|recovery phrase ⟦{seed12}⟧ / wallet name "Main"
seed|Good morning. Ticket {ticket}. As requested by your agent on Telegram, my secret phrase: ⟦{seed24}⟧. Please process the liquidation refund today.
seed|seed ⟦{seed12_caps}⟧
seed|biko, na this be my 12 words: ⟦{seed12_comma}⟧
seed|Sir I am from Chennai, my account liquidated, kindly restore using phrase ⟦{seed12}⟧ thanking you
seed|lah these are my words ⟦{seed12}⟧ can check or not
seed|wallet words (from Exodus) ⟦{seed12}⟧ my BTC is gone after I clicked the refund link
seed|Copy of backup: ⟦{seed12_typo}⟧
seed|⟦{seed12}⟧
seed|i'll type it slowly: {seed12_num}
seed|phrase is ⟦{seed12}⟧ and wallet password is ⟦{password}⟧
private_key|key = ⟦{hex64}⟧
private_key|Here is what the fake support told me to export: ⟦{hex64_0x}⟧ — I already sent it to them, is my wallet lost?
private_key|Hello, the private key to my hot wallet ⟦{hex_grouped}⟧ (I wrote it in blocks)
private_key|solana pk ⟦{sol_key}⟧
private_key|my BTC private key is ⟦{wif}⟧ sorry if this is wrong place
private_key|zpub/xprv? this one: ⟦{xprv}⟧
private_key|priv: ⟦{hex64_up}⟧ addr {eth_addr}
private_key|here's the raw key for the address {eth_addr}: ⟦{hex64}⟧
api_secret|secretKey: ⟦{api_secret}⟧ apiKey: {api_key} (it's for the read-only one, don't worry)
api_secret|Hi, my broker-connected key {api_key} with secret ⟦{api_secret_b64}⟧ stopped trading at 01:20. Please advise.
api_passphrase|i set the passphrase to ⟦{passphrase}⟧ when making the key, is that the problem
api_secret|sk=⟦{api_secret}⟧
totp_seed|Google Auth secret ⟦{b32_grouped}⟧ please reset my 2FA I have new phone
totp_seed|authenticator setup key: ⟦{b32}⟧ (I screenshotted it when I set it up)
code|just got ⟦{code6}⟧ from you guys
code|the code is ⟦{code6_sp}⟧ hurry
code|⟦{code6}⟧ this is the withdrawal code
code|SMS: "Your verification code is ⟦{code6}⟧. Do not share it." — sharing it with you since you are support
code|email code ⟦{code6}⟧ sms code ⟦{code6}⟧ google ⟦{code6}⟧
code|code is ⟦{code_words_en}⟧
code|backup code ⟦{backup_dash}⟧
code|these are my 2FA recovery codes ⟦{backups3}⟧
code|OTP ⟦{code_fw}⟧
password|password ⟦{password}⟧ email is the same as registered
password|ok my pw is ⟦{password}⟧
password|PIN ⟦{pin6}⟧
password|anti-phishing {antiphish}, fund pwd ⟦{pin6}⟧
password|its ⟦{password}⟧ with capital letter
password|Kindly login with password ⟦{password}⟧ and add margin to position {pos_id}, I'm travelling
password|passcode for the app is ⟦{pin6}⟧
password|pass: ⟦{password_fw}⟧
password|the new password I set is ⟦{password}⟧, old one was ⟦{password}⟧
seed|Good evening. My account manager {agent} is unreachable. I hold a large position and need urgent assistance. For the record, my cold wallet phrase is ⟦{seed24}⟧. Please call me.
seed|I saw a tweet saying the exchange is migrating wallets and we must submit the phrase, so: ⟦{seed12}⟧
seed|copy paste from my notes app -> ⟦{seed12}⟧
seed|words ⟦{seed12_comma}⟧ pls pls pls
seed|Here's the phrase they asked for (I think it was you?) ⟦{seed12}⟧
seed|tell me if this is correct seed, the wallet says invalid: ⟦{seed12_typo}⟧
seed|My backup is:\n⟦{seed12_lines}⟧\nThanks
seed|SEED: ⟦{seed12_caps}⟧
seed|restore pls {seed12_num}
seed|ive been up all night. ⟦{seed12}⟧ these are the words. just get my money back
seed|Madam, please, the words: ⟦{seed12}⟧ my husband doesn't know I invested
seed|po, ito na po: ⟦{seed12_comma}⟧
seed|my safepal 24 words ⟦{seed24}⟧
private_key|The recovery agent on Telegram needed this so I'm forwarding to you too: ⟦{hex64}⟧
private_key|exported key (MetaMask account 2) ⟦{hex64_0x}⟧
private_key|key in 8-char blocks: ⟦{hex_grouped}⟧
private_key|Phantom → ⟦{sol_key}⟧
private_key|WIF: ⟦{wif_u}⟧
private_key|my trezor xprv ⟦{xprv}⟧ is this what you need to see my balances
private_key|privkey pasted across two lines sorry\n⟦{hex_wrapped}⟧
api_secret|API secret ⟦{api_secret}⟧ — the key itself is {api_key}
api_secret|bot creds: key {api_key} / secret ⟦{api_secret_b64}⟧ / pass ⟦{passphrase}⟧
api_passphrase|passphrase for API: ⟦{passphrase}⟧
totp_seed|2fa secret ⟦{b32_16}⟧
totp_seed|the key under the QR was ⟦{b32_grouped}⟧
code|my code: ⟦{code6}⟧
code|here ⟦{code6}⟧
code|code ⟦{code6_sp}⟧ (sms)
code|sms says ⟦{code6}⟧ for withdrawal of {btc_amt} BTC, was that you?
code|I received ⟦{code6}⟧ but I didn't ask for it
code|code na ⟦{code6}⟧ abeg
code|verification: ⟦{code_words_en}⟧
code|2fa recovery key ⟦{backup}⟧ ⟦{backup}⟧
code|the one time password is ⟦{code6}⟧
password|my login password is ⟦{password}⟧, I'm giving you permission to close everything
password|password=⟦{password}⟧
password|pw ⟦{password}⟧ pls hurry
password|It's ⟦{password}⟧. I changed it yesterday after the email.
password|sir password is ⟦{password}⟧ only, kindly check
password|trading password ⟦{pin6}⟧
password|my fund PIN is ⟦{pin6}⟧ and login is ⟦{password}⟧
password|pass ⟦{password}⟧ (same for email, I know, I know)
password|PWD ⟦{password_fw}⟧
seed|hey its me again from yesterday, the phrase ⟦{seed12}⟧, did you find the funds?
seed|[forwarded] "Support: please send your phrase" — Me: ⟦{seed12}⟧
seed|recovery phrase (Trust Wallet, main) : ⟦{seed12_comma}⟧
private_key|here's the key of the wallet that sent the deposit, maybe it helps: ⟦{hex64}⟧
private_key|0x key ⟦{hex64_0x}⟧ from the support form
api_secret|SECRET=⟦{api_secret}⟧\nPASSPHRASE=⟦{passphrase}⟧
totp_seed|google authenticator: ⟦{b32}⟧ (secret key)
code|withdrawal code ⟦{code6}⟧
code|ok the code is ⟦{code6}⟧ now stop my liquidation
password|my pass word is ⟦{password}⟧
password|pin ⟦{pin6}⟧ for funds
password|password (for the sub-account): ⟦{password}⟧
code|2-step code ⟦{code6_sp}⟧
