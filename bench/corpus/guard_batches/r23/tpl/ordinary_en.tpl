# r23 ordinary, English. Customer messages with NO secret; many look close to one.
order id {digits:19}, the buy never filled
my withdrawal tx hash is 0x{hx:64}, it's confirmed on etherscan but not in my wallet
txid {hx:64}
deposit hash: {hx:64} (BTC) — 3 confirmations so far
sent to {btc} yesterday at 14:02, still nothing
my TRC20 address is {trx}, is that correct for USDT?
deposit address 0x{hx:40} — can I send BNB there?
UID {digits:9}
my uid is {digits:8} and my email ends in @example.com
ticket #{digits:7} still open after 4 days
case number {digits:6}, you said 48h
the memo/tag for XRP was {digits:9}, I forgot to include it
I forgot the memo when sending XLM, the memo should have been {digits:10}
phone ends in {digits:4}
last four digits of my phone are {digits:4}
amount was 1,250.00 USDT on 2026-11-30
I withdrew 0.0842 BTC, fee 0.0002, where is it
app version 6.12.3 (build {digits:5}) on Android 14
error 50113 when placing an order
error code 58350, "insufficient balance", but I have 200 USDT
It says "Error 40001: invalid code". I haven't typed any code yet though
what is a seed phrase? the wallet guide mentions it
do I need to give my seed phrase to anyone for the airdrop? my friend says yes
someone in telegram asked for my 12 words, is that you guys?
your site says never share your code with anyone. ok, I won't. but I'm not getting the code at all
I didn't receive the SMS code, tried 5 times
the verification code email never arrives, I checked spam
my authenticator codes are always rejected, is my phone time wrong?
how do I reset my 2FA? I lost the phone
I forgot my password, the reset link expired
I changed my password yesterday and now withdrawals are locked for 24h, why?
password reset link says "expired" every time
Is "Password1!" a good password? jk I'm not using that, just asking what rules you have
my password has 16 characters with symbols, is that enough?
I want to create an API key read only for my tax software, how?
my API key label is "koinly-readonly", can you check if it's still active
API key created on 12 Nov, label gridbot2, IP whitelist 203.0.113.7 — getting error 50111
the key ending in ...{alnum:4} was deleted, did you do that?
my private key is stored safely offline, I just want to know how to withdraw to it
I don't have a private key, I only use the exchange wallet
I lost my seed phrase but the wallet is still open on my phone, should I back it up again?
what does "invalid checksum" mean when importing 12 words?
my order 2026112900{digits:9} partially filled 0.5 of 1.2 ETH
price was 3,412.55 and I got 3,398.10, that's slippage?
the P2P seller's ad id is {digits:12}, they haven't released the coins
P2P order {digits:18}, I paid 7,500 via bank transfer, reference {alnum:10:upper}
the bank reference on my transfer was {alnum:12:upper}
card ending 4421 was charged twice
invoice no. INV-2026-{digits:6}
my KYC was rejected, reason code KYC-207
passport number ending ...{digits:3}, the scan was clear
I'm on the level 2 verification page, it wants a selfie, normal?
birthday 14/03/1991, it says the date doesn't match
hey support, quick one: how long does a SEPA deposit take
why is my account restricted? I did nothing wrong
futures position {digits:10} liquidated at 61,204.3 but mark price never got there
leverage 20x, margin 150 USDT, liquidation price 58,990
the staking product id is {digits:6}, APY shown 4.2% but I got 3.1%
my referral code is {alnum:8:upper}, my friend signed up but no bonus
the promo code WINTER26 doesn't work
The announcement said the coupon code is NEWYEAR50, but checkout says invalid
voucher {alnum:10:upper} expired?
I'm getting "too many attempts, try again in 30 minutes"
IP 198.51.100.23 is not mine, someone logged in from there!
device "iPhone 15 Pro" logged in at 03:14 — wasn't me
the login notification said location: Lagos, I'm in Lisbon
block height 874,512, my tx is in it
nonce 482 stuck, gas 12 gwei
contract address 0x{hx:40} — is this the real token?
the token I got airdropped is called FREEUSDT, can I sell it?
network: BEP20, amount 300 USDT, from 0x{hx:40}
my withdrawal id {digits:16} shows "processing" for 9 hours
order {alnum:8:upper}-{digits:6} — wrong coin received
Is there a fee for internal transfer to UID {digits:8}?
i sent from binance to my {digits:8} uid via internal transfer, not showing
my sub-account name is trading_sub_03
please close account {digits:9}, I don't use it anymore
i'm 17, can I still verify?
what's the minimum withdrawal for SOL? mine is 0.05
SOL address {soladdr} — is it ok to withdraw there?
hash of the withdrawal: {hx:64}
I copied the txid wrong, the right one is {hx:64}
two hashes: {hx:64} and {hx:64}
my ledger address starts with {bech}
{bech}
the code I'm talking about is the anti-phishing code in your emails, where do I set it?
my anti-phishing code shows in the emails, so they're real, right?
the email has a code at the top, ABC-looking, but no verification code
you say "never share your 2FA code" — then why is your page asking me for it?
can I use a yubikey instead of sms codes?
I turned off 2FA by mistake, can I turn it back on?
scam alert: someone posing as you asked me to install AnyDesk. I didn't.
Someone DMed me "send your seed to verify" — reporting it
This message from "support" asked me for my password, I blocked them. screenshot attached
I got an email from exchange-example-support.com, is it real?
the words "recovery phrase" appear in your app, what is that for?
my wallet has 12 words but your exchange account doesn't?
your chatbot asked me for a verification code, I typed nothing, just asking
I typed my code on your website and it said wrong, why
the code has 6 digits right? mine shows 8
I received code but it expired before I could use it
the sms came from +44 7700 900{digits:3}, is that your number?
my phone number is +1 555 0{digits:3} {digits:4}, please update
call me back at the number ending 8812
timestamp 2026-12-06T18:42:11Z
reference: WD-{digits:10}
error: "signature mismatch (code 50113)" using python-okx 0.3.9
the request id was {uuid}
correlation id {uuid} from the error page
session expired error 401, even after login
my balance was 12,345.67 USDT and now is 11,845.67
I had 0.5 BTC, 2 ETH and 1,000 USDT
the chart shows 104300 at 09:00 but my stop loss at 104000 didn't trigger
lot size 0.001, min notional 5 USDT
my grid bot ID {digits:15} stopped
copy trading lead trader id {digits:12}
can I change my email from a.b@example.com to ab@example.net
name on account: Maria Gonzalez, name on bank: María González — is that a problem?
I moved to a new address, 12 Elm St, Springfield 01101
zip code 94103
the country list doesn't have Kosovo
my 12 words are written on paper in a safe, not sharing, just asking if you can see my wallet balance
I have the private key in a hardware wallet, nobody else
I never gave anybody my password, but my account was emptied
how do I know if a code is from you?
i don't understand: the sms says "do not share this code" and your agent just told me not to share it too, so who do I give it to? nobody?
give me a sec, I need to find the order number
ok the order number: {digits:19}
here's the screenshot text: "Withdrawal {digits:12} completed"
ETH-USDT-SWAP
BTC-USD-261226
my api key permissions show "Read" and "Trade" only
I'd like to whitelist the IP 192.0.2.44 for my API
Can I see my login history?
can u guys unfreeze my account, ticket {digits:7}
v 2 . 3 . 1 update broke the app
s o r r y my keyboard adds spaces
the QR code on the deposit page won't scan
is 0x{hx:40} your hot wallet? it sent me something
the transfer hash starts with 0x9f and ends with 21ab
fifty-two USDT missing from my balance
I was charged two hundred twelve dollars, should be two hundred
twelve dollars fee seems too high
it's been three hundred and sixty minutes
I need to confirm my identity, what do you need? (not sending my password, don't ask)
the number I have is my order: {digits:12}
code review? no I mean promo code, it's FRIEND10
I got a 2fa prompt I didn't request — what should I do?
I clicked "forgot password" but didn't get the email
reset link: https://www.exchange.example/account/reset — is that the official one?
the passkey option keeps failing on Chrome 131
my google authenticator was moved to a new phone, all codes show but yours is missing
where do I find my UID?
my deposit of 1,000 USDT via TRC20 from {trx} is missing
