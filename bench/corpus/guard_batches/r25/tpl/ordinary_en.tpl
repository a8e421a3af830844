# r25 ordinary_en - customer messages with NO secret (hard look-alikes included), guardeval25 (session 12)
2*deposit not arrived. txid {txhash} , sent {amount} USDT on TRC20 to {trxaddr}
2*Hi, withdrawal {wdid} shows completed but my wallet doesn't have it. hash: {txhash0x}
2*my BTC address is {btcaddr}, is that the right one for deposits?
sent ETH to {ethaddr} about {mins} minutes ago, etherscan says success, tx {txhash0x}
SOL deposit missing, signature {soltx}
2*UID {uid}, order {order} — the limit order filled at the wrong price
order id {order} was cancelled by itself?? I didn't touch it
2*P2P order {p2porder}: seller hasn't released for {mins} minutes, I paid via bank transfer ref {bankref}
Ticket {ticket} — any update? It's been 3 days
my phone number ends in {tail4}, I changed SIM and no longer get SMS. how do I change it
I used promo code {promo} from your newsletter but didn't get the bonus
2*the emails from you show the anti-phishing code {antiphish}, but this one I got today doesn't have it. is it fake?
2*my anti-phishing code is {antiphish}, I got an email without it asking me to verify wallet, reporting it
I didn't get any verification code. checked spam. email is the one on the account
the SMS code never arrives, I tried 5 times today
the 6-digit code from google authenticator is always rejected, my phone time is set automatically
can you tell me how many digits the withdrawal code has? mine shows 6 but the box wants 8?
what's the difference between the login password and the fund password?
I forgot my fund password, how do I reset it? I don't want to give it to anyone I just need to reset
how do i change my password? is it under Security?
someone asked me for my seed phrase in telegram, they said they're support. I didn't send anything. reporting @{pick:ex_support_247|official_helpdesk_cs|exchange_care_team}
a guy on the phone asked me for my SMS code. I hung up. Just letting you know, my UID is {uid}
is it safe to tell support my 12 words? the person in the group chat said it's required
Do you ever call customers? Someone called from +852 {tail4} {tail4}
I want to enable 2FA. Which app do you recommend, Google Authenticator or Authy?
I lost my phone with the authenticator. I have my ID and my UID {uid}, how do I reset 2FA?
Where do I find my API key? I want to connect {pick:3Commas|TradingView|a tax tool}
2*Our bot gets error code 50111 "Invalid OK-ACCESS-KEY" since {date} {time} UTC, key permissions read+trade, IP {ip}
API rate limit: we hit 429 at about {num} requests per 2s on /api/v5/trade/order. Sub-account UID {uid}
We rotated our API key on {date}; please confirm the old one is deleted on your side. Not sending the secret obviously
I created a new API key with passphrase but forgot what passphrase I used. Do I need to delete the key and make a new one?
We're a market maker on {pick:BTC-USDT|ETH-USDT|SOL-USDC} perp, our fee tier should be VIP{pick:5|6|7} from {date}, still charged {pct}
2*account manager, please call me back on my registered number (ending {tail4}) between {time} and {time} HKT
amount {amount} USDT, fee {small} USDT, network TRC20, memo {memo}
I forgot the memo/tag when depositing XRP. tx {txhash}, amount {amount} XRP, to your address rEb8TK3gBgk5auZkwc6sHnwrGVJH8DuaLh
deposit to tag {memo} instead of my tag, hash {txhash}
my KYC failed 3 times. passport photo is clear. case {ticket}
2*bank card purchase {amount} EUR charged but no crypto. card ending {tail4}, bank ref {bankref}
the card payment was declined, code 05, card ends {tail4}
2*hardware wallet question: my Ledger shows address {btcaddr}, is it safe to withdraw to it? I don't need to give anything else right?
I'm migrating from a Trezor to a Ledger, do I need to move coins or can I just restore the 24 words on the new device? (not sending them here don't worry)
my seed phrase is written on paper in my safe. Should I also keep a digital copy?
which wordlist does your web3 wallet use, english only? I have a chinese 12 word backup
I typed my recovery words into a website called "wallet validate" yesterday. Now my wallet is empty. what can I do? address {ethaddr}
the app notification said "New login from {ip} ({pick:Lagos|Frankfurt|Singapore})" that was not me! I changed my password already
2*[notification] Withdrawal of {amount} USDT to {trxaddr} completed. {date} {time}
[email] Your account security level was updated. Anti-phishing code: {antiphish}. If this wasn't you, contact support.
screenshot text: "Withdrawal suspended. Reason: security lock 24h after password change." how long exactly?
2*Subject: Re: Case {ticket}\n\nHello again, the deposit {txhash} still doesn't show. I attached the bank statement.\n\n> On {date}, Support wrote:\n> Please provide the TxID and the amount.
Hi, my password is strong, like 16 characters, is that enough or should I use a passkey?
example from your help page "Password123!" - is that literally forbidden? lol
your password rules say 8-32 characters with one symbol, does a space count?
the code from the email was only valid for 10 minutes, I took longer. can you send another?
i typed the code from the SMS but it said expired
I got 3 SMS codes at 3am I didn't ask for. Should I be worried? I didn't share any of them
what does "invalid signature" mean on withdrawal? I just pressed the button
the error says signature mismatch for the API call, timestamp {date}T{time}:00.000Z
my UID is {uid8}? or is that the short ID
2*referral code {promo} not applied to my friend's account UID {uid}
2*I need a statement for {date} to {date} for my tax advisor
the chart for {pick:BTC|ETH|PEPE} stopped updating at {time}
funding rate shows {pct} on my position, is that right?
my liquidation price is {amount}, why was I liquidated at {amount}?
2*can I have the invoice for order {order}? company name Kestrel Digital Ltd
I'm 72 years old and not good with apps. My grandson will help me on Sunday. Can I call a phone number?
please call me back, I prefer to talk. my number is the one ending {tail4}
Is "Exchange Support" on WhatsApp real? they messaged me first
the chat bot says "please do not share your password, codes or recovery phrase". ok I won't, but how do I verify then?
Your colleague asked me to confirm my 2FA code on a call, I refused. Was that right?
I have backup codes saved, do they expire?
security key (yubikey) lost, UID {uid}, I still have access to email and phone
the verification process asked for a selfie with today's date written, is that normal?
merchant here: buyer sent a fake payment screenshot for {p2porder}, amount {amount} CNY, the bank shows nothing
the buyer says he paid {amount} but the name on the transfer is different. appeal opened {ticket}
2*how many confirmations for BTC? I'm at {num}/3 for tx {txhash}
The Solana address {soladdr} is my Phantom, can I whitelist it?
I want to add {ethaddr} and {trxaddr} to my withdrawal whitelist
why does my address book say "unverified" for {btclegacy}
2*Please close my account. UID {uid}. No remaining balance.
is the {pick:Christmas|New Year|Lunar New Year} event code {promo} still valid?
I can't find the "anti-phishing code" setting, where is it in the app version {version}?
I set my anti-phishing code to {antiphish} last week and today's email shows something else
2*the link in your email goes to exchange.example/support/ticket/{uid8} - is that right?
we have {num} sub-accounts and want one master API key with read only, is that possible?
hello. 0x{hexshort} is the start of the contract I'm trading, is it listed?
my order {order} got partially filled: {small} BTC of 0.5
2*Hi! first time here. I bought {amount} EUR of BTC with my card and I can't see it in "Funding", only in "Trading"?
how long does a bank withdrawal take? ref {bankref}
the person who scammed me sent me this address: {trxaddr}. please freeze it
police report number 2026/{memo} attached for the theft on {date}
2FA code works on web but not in the app, weird
Can't receive the email code, my email provider is {pick:qq.com|163.com|outlook.com|proton.me}
does support need my password to look at my account? a friend said so
# more situations
2*MM ops: we see {num} rejected orders with code 51008 on sub-account {uid} between {time} and {time}. clOrdId prefix mm{hexshort}. Can you check the matching engine logs?
VIP desk: please add {ethaddr} to the whitelist for sub-account {uid}, signed request from our director attached (PDF)
2*our API key {pick:2b7f1c9e-6a3d-4f8e-b1c0-5d9a7e3f2c16|8d4e2a1f-9c7b-4e3d-a5f6-1b0c9d8e7f2a|d3a9e0c1-4f7b-4a2e-9c51-8e2b7f3a6d10} shows "expired" although we created it on {date}. Secret not included on purpose
Is my API key public? the docs say send it in the OK-ACCESS-KEY header, so it's not secret right? I'm not sending the secret
2*websocket drops every {num} minutes with code 4004, we ping every 25s. Connection id {hexshort}
the HMAC signature example in the docs uses the secret "22582BD0CFF14C41EDBF1AB98506286D", is that a dummy?
I use a password manager so my password is random 24 chars, can't read it out anyway lol
I changed my password on {date} at {time}, can you confirm that was from my device ({pick:iPhone 15|Pixel 8|Windows PC})?
the code arrived after 12 minutes, too late. is your SMS provider slow in {pick:Vietnam|Turkey|Nigeria|Brazil}?
the code field only lets me type 4 digits, but the code I got is longer (I'm not pasting it here)
Hi, it asks for "the 6 digit code from Authenticator" but I set up 2FA with SMS. confused
Got an email with "your verification code" but I wasn't logging in. Anti-phishing code in it was {antiphish}, which is mine. So it's real?
Do you need the seed phrase to recover the web3 wallet? I'd rather not give it to anybody
I wrote my 24 words on the card that came with the Ledger. Is laminating it a good idea?
the words are in english, but my app is in chinese, does that matter for restoring?
Trezor says "checksum error" when I enter my words. Did I write one wrong?
I have BIP39 passphrase (25th word) on my Ledger, do I need to set it up again on the new device?
2*sent {small} ETH to {ethaddr} on Arbitrum instead of Ethereum, tx {txhash0x}. can you help?
received {amount} USDT from an unknown address {trxaddr}, I didn't expect it. is it dust / a scam?
there's a token called "USDT-Reward" in my wallet with a link to claim. ignoring it right?
2*last 4 of my card: {tail4}, last 4 of my phone: {tail4}. just so you can find me
my order number is {order} and the amount was {amount} USDT, paid {date}
SMS from 106{memo}: "Your withdrawal was submitted". I did not submit anything!! Changed password now
copied from the app: "Order {order} | Buy BTC | Price {amount} | Filled {small} | Fee {small} USDT"
2*copied from email: "Deposit confirmed. Amount: {amount} USDT. TxID: {txhash}"
Block explorer says "Fail: OUT OF ENERGY" for {txhash}, who pays the fee?
Hash of my withdrawal: {txhash}. Address on my side: {btcaddr}. It says 0 confirmations after 2 hours
our fund's LEI is 5493{memo}0000 and registration no. {uid8}, for the institutional onboarding
2*I'm the P2P merchant "{pick:SunnyOTC|FastUSDT_HK|LionExchange}", completed {num}00 orders, and the buyer of {p2porder} is threatening me
the buyer's chat: "I paid already, release now or I report you". order {p2porder}, amount {amount}
the seller asked me to pay outside the platform to a different account, is that allowed?
I got locked after typing the wrong password too many times. how long is the lock?
forgot password flow sends me to a page exchange.example/account/reset — fine?
is it normal that the app asks for my fund password every time I withdraw?
Hello, I'm in Hong Kong. Do you have Cantonese support? 我講廣東話
please reply in English, my Chinese is not good
Can I have a callback? I'm not comfortable typing. Best time {time} UTC
my old phone number ({phonecn}) is no longer mine, how do I update without SMS?
I saw a screenshot in a group that shows your "compensation program", is that real?
Your agent "Kevin" told me on Telegram to move my coins to a secure wallet. I didn't. Is there a Kevin?
the caller knew my name and UID {uid}. how did they get it?
