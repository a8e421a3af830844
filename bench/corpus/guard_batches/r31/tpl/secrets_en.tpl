# r31 secrets (en): Web3 wallet / airdrop season. Secrets between ⟦ ⟧; labels group the misses.
seed|hi, sent USDT on the wrong network to my own metamask, here is the phrase so you can check: ⟦<<seed12>>⟧
seed|the claim page said to verify wallet so i typed ⟦<<seed12>>⟧ was that ok??
seed|my ledger backup card says ⟦<<seed24>>⟧ pls help me get the airdrop back
seed|recovery words (trust wallet): ⟦<<seed12>>⟧
seed|Phrase = ⟦<<seed12>>⟧ , the bridge took my ETH and never delivered on arbitrum
seed|I wrote it down like this ⟦<<seed12caps>>⟧ no spaces bc the paper was small
seed|SEED IN CAPS FROM MY NOTEBOOK ⟦<<seed12upper>>⟧
seed|words are ⟦<<seed12comma>>⟧
seed|ok the 12: ⟦<<seed12dash>>⟧ (dashes bc copy paste from notes app)
seed|here, 3 rows from the card\n⟦<<seed12lines>>⟧
seed|i might have one word wrong, my handwriting sucks: ⟦<<seed12typo>>⟧
seed|copied from the sync page ⟦<<seed12zw>>⟧
seed|phone keyboard went wide lol ⟦<<seed12fw>>⟧
seed|secret recovery phrase ⟦<<seed12cyr>>⟧ tokens still missing from the claim
seed|<<seed12num>>
seed|backup list from phantom:\n<<seed12numl>>
seed|the 24 words of my keystone: <<seed24num>>
seed|mnemonic for the wallet that got the wrong chain deposit: ⟦<<seed18>>⟧
seed|bro i already gave it to the "validator" bot, so whatever, ⟦<<seed12>>⟧, can u freeze the airdrop
seed|Dear support, for the NFT mint refund my wallet words are ⟦<<seed12>>⟧. Kind regards
seed|is this the right format? ⟦<<seed12>>⟧ the dapp keeps saying invalid
seed|wallet recovery: ⟦<<seed12>>⟧ ... i need the BONK from the claim
seed|the site asked me to "import wallet" with ⟦<<seed12>>⟧ and now everything is gone
seed|⟦<<seed12>>⟧ <- thats my secret phrase, sorry if i shouldnt send
seed|uhh im typing the words from my cold wallet ⟦<<seed24>>⟧ tell me if the usdc is there
seed|first 4: ⟦<<seed4>>⟧ next 4: ⟦<<seed4>>⟧ last 4: ⟦<<seed4>>⟧
seed|recovery seed for rabby - ⟦<<seed12>>⟧ - bridge tx stuck 2 days
seed|12 words for my okx web3 wallet: ⟦<<seed12>>⟧
seed|your form wanted my phrase for the "wallet sync" so here ⟦<<seed12>>⟧
seed|pls restore my wallet using ⟦<<seed12>>⟧ i lost the phone
seed|i think the scam site got it anyway: ⟦<<seed12>>⟧ , can you blacklist the address
seed|mnemonic:\n⟦<<seed12>>⟧\nthx
seed|Words (new wallet, made yesterday for the airdrop farming) ⟦<<seed12>>⟧
private_key|metamask export private key gave me ⟦<<hex64>>⟧ is it safe to import into the exchange wallet?
private_key|pk: 0x⟦<<hex64>>⟧
private_key|PRIVATE KEY ⟦<<hex64up>>⟧ (from my old mew wallet)
private_key|key in groups like on my paper: ⟦<<hex64g8>>⟧
private_key|it wrapped when i copied it\n⟦<<hex64wrap>>⟧
private_key|phantom shows this under "show private key": ⟦<<sol>>⟧ , the jup airdrop didnt arrive
private_key|solana pk ⟦<<sol>>⟧
private_key|my sol wallet secret is ⟦<<sol>>⟧ help me claim pls
private_key|WIF from my old electrum ⟦<<wif>>⟧ can I sweep it into my deposit address?
private_key|btc paper wallet private: ⟦<<wif>>⟧
private_key|account extended private key (xprv) ⟦<<xprv>>⟧
private_key|i exported the master key for the bridge support guy: ⟦<<xprv>>⟧
private_key|raw key: ⟦<<hex64>>⟧ --- the tokens went to this wallet on BSC instead of ETH
private_key|priv key for the hot wallet where airdrop landed = ⟦<<hex64>>⟧
private_key|Here is the key you asked for ⟦<<hex64>>⟧ (the one from the sync page)
private_key|prvkey 0x⟦<<hex64>>⟧ , address is 0x... the one that got the wrong network deposit
private_key|the key is ⟦<<hex64g8>>⟧ i split it so its easier to read
private_key|keypair array from solana-keygen was too long so base58: ⟦<<sol>>⟧
private_key|my TRON private key ⟦<<hex64>>⟧ usdt trc20 stuck
private_key|here's the secret key of the wallet: ⟦<<hex64>>⟧ pls move the NFT back
api_secret|bot stopped after the listing. api key <<apikey>> secret ⟦<<apisec>>⟧ passphrase ⟦<<pp>>⟧
api_secret|API secret: ⟦<<apisec>>⟧
api_secret|SecretKey=⟦<<apisec>>⟧ (key is <<apikey>>)
api_secret|api sec ⟦<<apisec>>⟧ my grid bot lost all orders
api_secret|the api secret i put in 3commas: ⟦<<apisec>>⟧
api_secret|apikey <<apikey>> / apisecret ⟦<<apisecb64>>⟧
api_secret|Secret Key ⟦<<apisec>>⟧ , Passphrase ⟦<<pp>>⟧ - i think the airdrop bot leaked it
api_secret|for the sub-account API: secret=⟦<<apisec>>⟧
passphrase|API passphrase is ⟦<<pp>>⟧ , i forgot if thats right
passphrase|passphrase for my api: ⟦<<pp>>⟧
passphrase|the 25th word / passphrase on my ledger is ⟦<<pw>>⟧
passphrase|ledger passphrase ⟦<<pw>>⟧ (the hidden wallet where the airdrop went)
totp_key|when i set up google auth the key was ⟦<<b32>>⟧ can u reset it
totp_key|2fa setup key ⟦<<b32g>>⟧
totp_key|authenticator secret: ⟦<<b32s>>⟧ , new phone, lost the app
totp_key|the text under the QR code said ⟦<<b32>>⟧
totp_key|google authenticator key (16 chars) ⟦<<b32s>>⟧
totp_key|my 2FA key backup ⟦<<b32g>>⟧ i wrote it in groups
code|code: ⟦<<code6s>>⟧
code|the sms code is ⟦<<code6>>⟧ but it says expired
code|email verification code ⟦<<code6>>⟧ for withdrawal to my ledger
code|got ⟦<<code6en>>⟧ from the text
code|google auth shows ⟦<<code6>>⟧ rn
code|GA ⟦<<code6s>>⟧
code|my authenticator: ⟦<<code6>>⟧ quick before it changes
code|verification ⟦<<code6fw>>⟧
code|the 6 digits they sent me are ⟦<<code6en>>⟧
code|2fa backup code ⟦<<bk>>⟧
code|backup codes i saved: ⟦<<bk>>⟧ ⟦<<bk>>⟧ ⟦<<bk>>⟧
code|recovery code for 2FA ⟦<<bkal>>⟧
code|otp ⟦<<code6>>⟧
code|the code from authy is ⟦<<code6s>>⟧ can you log me in
code|pls use this code ⟦<<code6>>⟧ to confirm the withdrawal to arbitrum
code|SMS: your verification code is ⟦<<code6>>⟧. the agent said to forward it
code|yubikey otp? i dunno, it typed ⟦<<bkal>>⟧
code|email code - ⟦<<code6>>⟧
code|code ⟦<<code4>>⟧ from the phone call
code|mfa: ⟦<<code6s>>⟧
code|ok i got a new one: ⟦<<code6>>⟧
code|one-time code ⟦<<code8>>⟧ from the reset email
code|its ⟦<<code6en>>⟧ i think, the sms reads it out
code|2FA = ⟦<<code6>>⟧
password|my pw is ⟦<<pw>>⟧
password|pass: ⟦<<pw>>⟧
password|login password ⟦<<pw>>⟧ , username is my email
password|pwd ⟦<<pw>>⟧ cant login after the sync
password|fund password ⟦<<pin6>>⟧
password|trading pin is ⟦<<pin6>>⟧
password|the password i used on the claim site was the same as here: ⟦<<pw>>⟧ should i change it?
password|new password ⟦<<pw>>⟧ old password ⟦<<pw>>⟧
password|my password for okx is ⟦<<pwfw>>⟧
password|Password: ⟦<<pw>>⟧\nEmail: the usual one
password|ledger pin ⟦<<code4>>⟧ hmm maybe i shouldnt
password|metamask unlock password ⟦<<pw>>⟧ ,extension wont open
password|the keystore json password is ⟦<<pw>>⟧ , file attached
password|log in as me and check, creds: my email + ⟦<<pw>>⟧
password|withdrawal pin ⟦<<pin6>>⟧ why is it locked
password|passwd ⟦<<pw>>⟧
password|p/w = ⟦<<pw>>⟧
password|it's ⟦<<pw>>⟧ (capital first letter)
password|my wallet password, the one for the web3 wallet in app: ⟦<<pw>>⟧
password|security password ⟦<<pin6>>⟧ for the funding account
antiphish|my anti-phishing code is ⟦<<ap>>⟧ but the mail i got didnt have it
antiphish|I set the antiphishing code to ⟦<<ap>>⟧ last week
antiphish|anti phishing code (mine): ⟦<<ap>>⟧
antiphish|my anti-phish phrase ⟦<<ap>>⟧ is that shown in sms too?
mixed|airdrop claim wanted wallet + code: ⟦<<seed12>>⟧ and ⟦<<code6>>⟧
mixed|login ⟦<<pw>>⟧ 2fa ⟦<<code6>>⟧ , pls check my missing ARB
mixed|pass ⟦<<pw>>⟧ / fund pin ⟦<<pin6>>⟧ / ga ⟦<<code6>>⟧
mixed|the hardware wallet app: pin ⟦<<code4>>⟧ and words ⟦<<seed24>>⟧
mixed|key ⟦<<hex64>>⟧ pass ⟦<<pw>>⟧
seed|my nano x words (ledger live said sync needed): ⟦<<seed24>>⟧
seed|Sir. 12 word. ⟦<<seed12>>⟧. Token not come.
seed|I'm 70 and my grandson set this up. The words on the card are ⟦<<seed12>>⟧. Where is my money.
seed|new token claim page asked for "wallet words" → ⟦<<seed12>>⟧
seed|can u check this phrase has the STRK ⟦<<seed12>>⟧
seed|dont laugh i keep it in my notes as ⟦<<seed12caps>>⟧
seed|here is the mnemonic for the DEX wallet: ⟦<<seed12>>⟧ swap never executed
seed|bridge support said paste it here: ⟦<<seed12>>⟧
seed|seed words ⟦<<seed12>>⟧ thanks in advance!!
seed|the "wallet validation" form → ⟦<<seed12>>⟧ → then my NFTs vanished
private_key|private: ⟦<<hex64>>⟧
private_key|pls import this key ⟦<<hex64>>⟧ into my account so you can see the wrong-network USDT
private_key|sk=⟦<<sol>>⟧
private_key|here is the wallet key, in 2 parts:\n⟦<<hex64wrap>>⟧
code|code is ⟦<<code6s>>⟧ (spaces are from the app)
code|the sms says: ⟦<<code6>>⟧ is your code, do not share. oops
code|auth code ⟦<<code6>>⟧ , hurry
password|passcode for the app ⟦<<pin6>>⟧
password|password → ⟦<<pw>>⟧
seed|okay so after "connect wallet" it popped up a box "enter recovery phrase to validate eligibility" and i put ⟦<<seed12>>⟧ .. now my ETH balance is 0
seed|trust wallet > settings > wallets > show phrase gives: ⟦<<seed12comma>>⟧
seed|my wife has the other half, my half is ⟦<<seed6>>⟧
seed|NFT gone. Secret Recovery Phrase ⟦<<seed12>>⟧. Please act fast
seed|words ⟦<<seed12>>⟧ (dont worry its an old wallet, only has the airdrop)
seed|can the exchange import ⟦<<seed24>>⟧ as a sub account?
seed|restore phrase:\n⟦<<seed12>>⟧
seed|here it is again, you said you didnt get it: ⟦<<seed12>>⟧
seed|keplr mnemonic ⟦<<seed24>>⟧ the ATOM airdrop went there
seed|the twelve words ⟦<<seed12upper>>⟧ plz
private_key|exported from rabby: ⟦<<hex64>>⟧ — I need the ZRO that landed there
private_key|hex key: ⟦<<hex64g8>>⟧ (spaces mine)
private_key|this is the "private key" from the paper wallet generator: ⟦<<wif>>⟧
private_key|secret key (base58) from solflare ⟦<<sol>>⟧
private_key|PrivateKey: ⟦<<hex64up>>⟧
private_key|the bridge guy got my key ⟦<<hex64>>⟧ too, i'm screwed
api_secret|secret key for api: ⟦<<apisec>>⟧ pls check why orders failed
api_secret|I regenerated, the new secret is ⟦<<apisec>>⟧ and passphrase ⟦<<pp>>⟧
totp_key|backup key for authenticator (the one you write down): ⟦<<b32g>>⟧
totp_key|my GA secret ⟦<<b32>>⟧ so u can verify its me
code|backup codes from when i set up 2fa: ⟦<<bkal>>⟧, ⟦<<bkal>>⟧
code|the code they texted is ⟦<<code6en>>⟧, does that help
code|verification code: ⟦<<code6fw>>⟧ (my keyboard is in chinese mode)
code|Google code ⟦<<code6s>>⟧, withdraw pls
password|i use ⟦<<pw>>⟧ for everything incl the claim site, am i hacked
password|pw for login: ⟦<<pw>>⟧ and the anti-phish is on
password|my funds pwd ⟦<<pin6>>⟧
password|app lock pin ⟦<<pin6>>⟧ and login pass ⟦<<pw>>⟧
antiphish|btw my antiphishing code ⟦<<ap>>⟧, if a mail lacks it its fake right
