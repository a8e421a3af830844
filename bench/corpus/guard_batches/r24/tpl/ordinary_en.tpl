# r24 ordinary_en: customer messages with no secret (guardeval24). Nothing here may be redacted.
@2 Hi, my deposit hasn't arrived after 2 hours. TxID {txhash}
deposit not credited!! tx hash: {txid} network TRC20, amount {amount} USDT
I sent {amount} ETH from Binance to my deposit address {eth} and it shows 0 confirmations still
Withdrawal stuck on "processing" since {date}. Order ID {order}
@2 my UID is {uid}
UID: {uid} email {email} - account frozen, why?
Hello, I am writing about ticket #{ticket}, still no answer after 3 days
why my withdrawal to {btc} is pending so long, fee was high already
I deposited USDT on ERC20 but my address was TRC20 {trx}. Can you recover?
The memo/tag I used was {memo}, I forgot to put it at first then sent again
forgot the memo for XRP deposit, tx {txid}, amount {amount} XRP, please help credit
hi can u check block {block}? my tx is in there but not in my balance
Solana deposit to {sol} not showing, signature is in explorer already
Order {order} — buyer marked paid but I never got the money in my bank
P2P: seller not releasing, I paid {amount} MYR via DuitNow at {time}, order no {order}
I got liquidated at {price} but the mark price never touched that!! {lev}x long BTCUSDT
why funding fee so high today, {pct}% on my short position
my futures position closed by ADL, is that normal? position size {amount} contracts
How do I switch from cross margin to isolated? the button greyed out
Can I get a refund on the trading fee for order {order}? it filled at a weird price
Is there a promo code for new users? my friend gave me {promo}
I entered promo code {promo} at sign up but no bonus appeared
KYC rejected 3 times, it says "document blurry" but the photo is clear. what to do
My passport expires {date}, do I need to redo KYC?
Can I do KYC with my Malaysian IC instead of passport?
uploaded proof of address (utility bill dated {date}) still pending review
Why does it say my account is restricted in my region? I am in Singapore
What is the withdrawal fee for USDT on TRC20 vs Arbitrum?
how long does a SEPA withdrawal take usually
Is the app down? it keep showing "network error" since {time}
The email I got has anti-phishing code {antiphish}, I set that myself so it's real right?
I set anti-phishing code "{antiphish}" — the email from you shows it, ok good
Got an SMS ending in {tail4} saying my account was locked, I didn't click it. Is it from you?
My phone number ends with {tail4}, I changed SIM, how to update?
I lost my phone with the authenticator, how do I reset 2FA? I still have email access
I did not receive any verification code by SMS for 30 mins
The verification email never comes, I checked spam folder too
Is it safe to share my UID with a P2P merchant? he asked for it to send payment
Someone called me saying they are from your security team and asked for my code. I hung up. Just reporting
I got a DM on Telegram from "Exchange Support" asking for my seed phrase. reporting it
i clicked a link in a text and entered my login 😭 already changed password, what else should I do
Just to be clear, you guys never ask for the password right? a guy on Instagram said he was your agent
If my password was something like "Password123" would that be too weak? asking for my mom
How often should I change my password? I use a password manager now
I forgot my password. The reset link says expired
I forgot my fund password, where do I reset it?
I have my 12 words written on paper at home, is that enough backup?
Do I need my seed phrase to use the exchange account or only for the Web3 wallet?
I lost my recovery phrase but I still have the app logged in, can I see it again?
Where do I find the API key page? I want to connect to TradingView
How do I create an API key with read-only permission for my tax software?
I deleted my old API key because I think the bot site was shady, is that enough?
Which IP should I whitelist for the API? my server is {ip}
what's the price of BTC on your platform right now, mine shows {price}
Convert {amount} USDT to ETH failed with "price changed"
My Earn subscription of {amount} USDC, when will interest come?
Staking rewards not received for {date}
When is the next listing? heard rumours about a new token
Can I withdraw to an exchange address directly or need a wallet first
Is {eth} a valid ERC20 address? it's my ledger one
please whitelist my withdrawal address {btc}, the 24h lock is annoying
Why do I need to wait 24 hours after changing my password to withdraw?
Account got frozen after I received money from a P2P buyer. Order {order}. I have the bank slip
The buyer's bank name didn't match his KYC name, I refunded him. What do I do with the order now
please cancel my withdrawal {order} I sent to wrong address
Hello, I am 68 years old and my daughter set up this account. How do I see my balance?
sorry my english is bad, i want to know how to sell my coin to get money in bank
Bro the app keep crashing when I open futures tab, iPhone 12, iOS 17
can u send me the statement for last year, need for tax {date} to {date}
Sub-account transfer of {amount} USDT not showing in the main account
I want to close my account, please guide
Are you a bot or real person
ok thank you very much
still waiting...
Hello??? anyone there
that didn't help, I want to talk to a supervisor
Thanks, problem solved!
Where can I see the deposit address for BNB on BSC?
Dear Support Team,\n\nI am writing to dispute P2P order {order} dated {date}. The counterparty has not released {amount} USDT.\n\nRegards,\nTan
RE: Your withdrawal request #{ticket}\n\n> We need additional documents.\nWhich documents exactly? I already sent my ID.
The transaction hash is\n{txhash}\nit is confirmed on etherscan
tx: {txid}\nfrom: {btc}\nto: {btc}\namount: {amount} BTC
BTC address: {btc} (this is my cold wallet, public address)
my trx addr {trx} pls check
Order number: {order}, amount {amount}, time {date} {time}
Copy trading: my lead trader closed everything at loss, can I get back the {amount} USDT
The quiz for the airdrop, answer to question 3 is "B" right?
I have error code 50113 when calling the API, what does it mean
The API says "Invalid Sign", I think my timestamp is wrong
My grid bot stopped at {price}, range was too narrow I guess
Is the "Verify" button in the security center for checking if a website is official?
I checked the URL with your official verification tool and it said not official. Good to know
Someone sent me a QR code to "verify my wallet". I did not scan it. is this scam
My friend got his wallet drained after typing his 12 words into a website. How to protect myself?
My account was logged in from {ip} which is not me! I changed my password and enabled 2FA
Can you disable my account temporarily? I think my email was hacked
I turned on the withdrawal whitelist and the anti-phishing code, anything else I should do?
The code in the email did not work, can you resend?
I typed the 6 digit code and it says invalid, maybe time on my phone is wrong?
how to sync google authenticator time on android
New phone, how do I move authenticator? I don't have the old phone anymore
I never got the SMS, my carrier is Singtel
phone verification: my number is +65 **** {tail4}
Last 4 digits of my card: {tail4}. The card payment for {amount} EUR failed
Please confirm you received my KYC video, I recorded it at {time}
The reference number on my bank transfer is {memo}
I used reference code {promo} from the campaign page
referral code of my friend is {promo}, can I still add it after registering?
Gift card code redeemed? I bought on your official store, order {order}
My trading password? no I mean my login — whatever, I just can't log in on the new laptop
How do I unlock the account after too many wrong password attempts?
Can the support see my password? just curious
wdym "verify identity"? I already did KYC level 2
I need proof of funds letter for my bank, they asked where the {amount} USDT came from
Please, the withdrawal is for my hospital bill, can you speed it up
hello po, I'm from Philippines, GCash P2P order {order} seller not responding
lah why so slow one, my deposit {txid} confirm already leh
Hallo, ich habe eine Frage zu meiner Auszahlung vom {date}
kenapa saldo saya berkurang? saya tidak melakukan transaksi
My transaction id on Tron: {txid} 😤😤
dude i've been waiting 6 HOURS for {amount} USDT
ETH gas fee was {amount} gwei, is that why it's slow?
Withdrawal address {eth} amount {amount} USDT network Arbitrum One status failed
Please check order {order} and {order}, both are stuck
My son is 17, can he open an account?
what is the minimum deposit for futures?
tell me the difference between spot and margin in simple words
I placed a stop loss at {price} but it didn't trigger
Is there a fee for internal transfer between users by UID {uid}?
I transferred to UID {uid} by mistake, can you reverse it?
Can you confirm the official support email? I got one from a different domain
The email subject was "Unusual login attempt" and it had my anti-phishing code {antiphish}. Should I worry?
I received an email without the anti-phishing code asking me to verify my wallet, deleted it
Someone on WhatsApp offered 30% monthly return if I send USDT to {trx}. is this you?
I'm not giving anyone my codes don't worry, I just want to know if the withdrawal is real
Password reset email arrived but I didn't request it. should I click?
I'm locked out. I have my email, phone, and ID ready for verification
What documents do you need for unlocking? I can send passport and selfie
Do you support withdrawals to a Ledger? my address {eth}
The explorer says "Success" for {txhash} but your site says "pending"
I withdrew {amount} SOL to {sol}, it arrived thanks
My Earn product auto-renewed and I couldn't withdraw, can I cancel?
Hello I sent {amount} BTC, tx {txid}, block {block}, confirmations 3/2
Pls help, the launchpool reward calculation seems wrong
"twelve words written on a card" — is that what the hardware wallet setup means? I haven't opened it yet
Ok I will not share my seed or code with anyone, thanks for the warning
Ok, no problem. I'll wait for the email.
did u get my screenshot?
What time is maintenance on {date}?
Deposit details copied from app:\nCoin: USDT\nNetwork: TRC20\nAddress: {trx}\nAmount: {amount}\nStatus: Pending (0/20)
Hey, the order {order} was cancelled automatically but the {amount} MYR left my bank
I got an email "Your withdrawal code is valid for 10 minutes" but I did not try to withdraw. Didn't use it.
Account name Lim Wei Jie, UID {uid}, registered {date}
yes my date of birth is {date} same as on my IC
I received {amount} USDT from an unknown address {eth}, is it dust attack?
There's a token in my wallet I never bought, website in its name says claim rewards. Ignore?
My ledger says "firmware update required", should I do it before withdrawal?
Hi, does the exchange app have a Web3 wallet? where is the backup option
invoice number {memo} for the OTC trade of {amount} USDT
how to export trade history CSV
