# r17 blind batch - ordinary customer messages (English): nothing here may be redacted.
hi, my USDT deposit hasn't arrived, TXID <<txid>>
deposit was sent 2 hours ago, hash <<txid0x>>, network ERC20
withdrawal to <<eth>> still pending since yesterday
my BTC address on your site is <<btc>>, is that the right one for native segwit?
sent TRX to <<trx>> but it's not showing
order id <<order>> was filled at the wrong price??
UID <<uid>>, please check my KYC status
I forgot my password, how do I reset it?
where do I change my login password in the app
the 2FA code never arrives by SMS, what can I do
how long is the verification code valid for?
is it safe to store my seed phrase in a password manager?
what is an anti-phishing code and where do I set it
I lost my phone with google authenticator on it, how do I reset 2FA
my ticket number is 88123406, any update?
call me back on +44 7700 900123 please, it's urgent
phone: 138 0013 8000 (china mobile)
can you confirm the withdrawal fee for USDT on TRC20
hello?
anyone there
ok thanks
👍
thank you so much!! solved
why is my account frozen, I did nothing wrong
i want to close my account
how do i enable withdrawal whitelist
the API key page says my key expires in 90 days, how do I renew it
do you support Solana deposits via the SPL network
My deposit of 1,250.00 USDT on 2026-11-30 at 14:02 is missing
what is the minimum withdrawal for ETH
p2p seller hasn't released my coins, order <<order>>
I got an email asking me to verify my account, is it from you?
someone called me saying they are support and asked for my code, I didn't give it
A person on telegram said they can unlock my funds for a fee. Scam right?
the KYC page keeps rejecting my passport photo
I cannot upload my proof of address, file is 6 MB pdf
what documents do you need for KYC level 2
please help me find my lost bitcoin deposit from last week
is there a maker fee discount for VIP 2
my VIP manager is Anna, can she call me tomorrow at 10am?
convert history shows 0.0451 BTC but my balance is 0.0400
Futures position got liquidated at 63,210 even though mark price never reached it
need the statement for tax, Jan to Dec 2025
The app crashes on version 6.93.0 when I open the wallet tab
the QR code for deposit won't scan
I sent to the wrong network, BSC instead of ETH. can it be recovered? tx <<txid0x>>
memo/tag was missing on my XRP deposit, tag should be 104729
wallet address <<sol_addr>> for my SOL withdrawal, is it valid?
How do I export my API trade history as CSV
is 2fa mandatory for withdrawals?
I changed my phone number, how do I update it
can I have two accounts with one email
the referral code my friend gave me is FRIEND2025, does it still work?
promo code SUMMER50 doesn't apply
what does "password strength: weak" mean, I used 12 characters
my account was logged in from Vietnam, not me!! I already changed the password in the app
I just reset my 2FA in the app, do I have to wait 24h to withdraw?
why does it say withdrawals suspended for 24 hours after security change
earn product: when is the interest paid
staking ETH shows 3.2% but last month was 3.8%
margin call at 110% but I had funds in spot
how to transfer from funding to trading account
Hi team, I'm a VIP 5 client, please have my account manager ping me
email support said 24-48h, it's been 3 days
Can I get the invoice for my fees
did you receive my ticket #558812
I made a mistake in the amount: sent 500 instead of 50
balance: 12 345.67 USDT, 0.5 ETH, 1200 TRX
the word "seed" in your FAQ confuses me, is it the same as private key?
what happens if someone gets my private key?
how many words is the recovery phrase for your web3 wallet, 12 or 24?
My grandma wants to buy bitcoin, is there a simple guide?
Is the exchange.example app on the Play Store the official one?
bank transfer ref: INV-2026-004471
reference number 20261204-88-0031
card ending 4417 was charged twice
invoice total 1,999.00 EUR
deposit address tag 884201 or 884210? I think I typed it wrong
please unlock my account, locked for too many login attempts
I think I typed the wrong password 5 times lol
how do I change the email on my account
the verification email goes to spam
do you have a phone number I can call?
live chat keeps disconnecting
I'd like to report a scam account on P2P, user name CryptoKing_88
my order 2026120433810 got cancelled automatically
limit order at 0.000123 not filling
the chart for PEPE/USDT is frozen
it says "network congestion" for withdrawal, how long
what's the daily withdrawal limit without KYC
I sent a screenshot in the ticket
Screenshot attached (image: withdrawal_pending.png)
the copy-trading leader closed everything, I lost 30%
grid bot stopped at 18:45 UTC
How can I get my API key permissions changed to read only?
where can I see my API keys, I want to delete the old ones
is there a testnet for the API
subaccount transfer failed with error 58350
error code 51008 when placing order
login fails with "error 1013", what is that
My wallet app version is 2.14.7 build 3301
I'm travelling to Japan, will login from there be blocked?
ok the deposit arrived now, thanks!!
nvm found it
wait
one sec
I have the receipt from the bank: 0049 2231 8890 1177
TX hash: <<txid>>
txid <<txid>> confirmations 3/12
pls check address <<eth>> belongs to your hot wallet?
I sent from <<trx>> to my deposit address, 300 USDT
sorry my english bad, money not come
hey can i buy with apple pay
what time is it there lol, 3am here and still waiting
Can you tell me the steps to set a fund password
what is the difference between login password and fund password
my 12 word phrase is written down safe at home, do I need it to log into the exchange?
I will never share my seed phrase, just asking where the web3 wallet backup is in settings
support told me never to give my code to anyone, good to know
I keep getting SMS codes I didn't request, is someone trying to log in?
apple watch shows a code from the authenticator, can I turn that off
verification failed: face doesn't match. it's me though, just with glasses
can my son use my account? he's 16
Dear support, I would like to request the deletion of my personal data per GDPR.
Kindly note my new address: 221B Baker Street, London NW1 6XE
my birthday on the KYC is wrong, 1990-07-14 should be 1990-04-17
where's my airdrop for the campaign in November
tried three times, still "system busy"
please escalate, ticket 77120934, 5 days no answer
app shows error code: 500123 when I withdraw
the verification code field is greyed out, can't type anything
my KYC reference is KYC-7HQ2-M4XD if that helps
my wife and I both have an account, can we link them together for family use?
I want to buy more coin today but the market is crazy
the code you mentioned, where do I enter it? in the app?
password reset link expired, can you resend?
I got 3 codes in a row: is that normal?
