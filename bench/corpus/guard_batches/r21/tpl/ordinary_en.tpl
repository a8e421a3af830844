# r21 ordinary customer messages (en). Nothing here may be redacted. Blind batch: see ../README.md.
hi, my USDT deposit hasn't arrived, txid {{txid}}
Withdrawal to {{eth}} shows completed but my wallet shows nothing
deposit hash 0x{{txid}} on arbitrum, 3 hours ago
I sent BTC to {{btc}} — is that my correct deposit address?
taproot address {{btctr}} is it supported for withdrawals?
TRC20 address: {{tron}} sent 1,250 USDT at 14:32 UTC
old bitcoin address {{btclegacy}} from my cold storage, can I withdraw to it?
SOL address {{solpub}} not receiving the withdrawal
solscan signature {{solsig}} — status finalized, still not credited
the tx signature on solana is {{solsig}}, please check
here is my xpub for the accounting tool, {{xpub}}, is it safe to share with them?
Order number {{digits18}} is stuck in "processing"
withdrawal id {{digits16}} since yesterday
UID {{digits8}} — KYC rejected twice, why?
my uid is {{digits9}}
ticket #{{digits7}} no reply for 3 days
Case ref CS-{{digits6}}, following up
I bought 0.25 BTC at 61,420.50 and the order filled at 61,498, why the slippage?
P2P order {{digits19}} — seller hasn't released the USDT, I paid 7,300 CNY
invoice INV-2026-{{digits5}} for our merchant account
bank transfer ref {{digits12}} sent 5,000 EUR on 2 Dec
the error code is 51008 when I place the order
I keep getting error 58350 on withdrawal
block height 873,204 and still not confirmed
XRP tag 2280914 — I forgot it on the first try, the second deposit with tag worked
memo for the ATOM deposit was 104826371, did it arrive?
promo code WINTERFEST26 doesn't apply at checkout
referral code from my friend: 4KD9QX
is event code NEWYEAR888 still valid?
the last 4 digits of my card are 7315
passport ends in 4492, KYC says mismatch
my ID card tail number is 0417 not 0471, typo in the form
phone +44 7700 900412 doesn't receive SMS
call me on 555-0143 please, VIP manager said he'd ring
postcode SW1A 2AA for the address proof
app version 6.92.1 build 20261130 crashes on launch
I'm on iOS 18.1, Android friend has no problem
how do I change my password? I forgot it
I never got the SMS code, what should I do?
what is an anti-phishing code and where do I set it?
Where can I see my API keys? I want to delete the old ones
someone asked me for my seed phrase on telegram, is that you guys?
is it safe to store my 12 words in google drive?
I lost my 2FA phone, how to reset authenticator?
Can you explain what a fund password is for?
my private key — do I need one to use your exchange?
Is "abandon" a word in the recovery phrase list? My card starts with it
Do words like apple, ocean, river appear in seed phrases? just curious
The instructions say "1. abandon 2. ability" — is that an example?
The email I got shows an anti-phishing code, but I don't remember setting one. Is it real?
My password reset email never came, checked spam too
I have a backup code sheet, where do I enter it?
How many backup codes do you give?
what does "verification code expired" mean
Hi, I placed a limit order at 3,412.75 for 2.5 ETH, order id {{digits18}}, it shows partially filled 1.1 ETH. Can I cancel the rest?
Good afternoon, I am 78 years old and my son told me to ask you how to see my balance. I have BTC and a little XRP. Thank you dear.
yo withdrawals to {{eth}} been pending 40 min lol
sent 0.05 ETH fee 0.0004, gas 21000 at 18 gwei
TXID {{txid}} confirmations 2/12
The explorer shows {{txid:upper}} with status success
Here's the hash again because it was cut:\n{{txid:wrap}}
I transferred from my ledger, txid {{txid}}, amount 0.8 BTC, to {{btc}}
2026-11-30 09:14:05 UTC was when I sent it
my trade at 13:05 was liquidated at 58,900 but the mark price never went below 59,200
I need the tax report for 2025, statement for account {{digits8}}
cashback of 12.50 USDT not received for the October campaign
VIP tier 3 — my maker fee should be 0.06% not 0.08%
my merchant ID is M-{{digits7}}, settlement report missing for 5 Dec
is 100 µs latency normal for the API? server in Tokyo
API rate limit: 20 requests per 2 seconds — getting 429 at 15
I created a read-only API key, do I need to whitelist IP 203.0.113.45?
order {{digits16}} got cancelled by the system, reason code 1009
my account shows 0.00000341 BTC dust, can I convert it?
I deposited 3 times: 200, 350 and 1,000 USDT. only 550 credited
the withdraw fee of 1 USDT on TRC20 vs 4.3 on ERC20, why?
Can I withdraw to {{tron}}? It's my OKX wallet
ETH address {{eth}} belongs to my brother, can I send to him directly?
screenshot attached (IMG_4821.jpg) shows the error
I uploaded passport no. ending ...883 and selfie, still pending 48h
the QR code for deposit doesn't scan, address shown is {{btc}}
My account was frozen on 4 December at 22:10 — ticket {{digits7}}
Hi team, just wanted to say thanks, the deposit 0x{{txid}} arrived 👍
The chat bot gave me case number {{digits10}}
what's the minimum for ADA withdrawal? 10 ADA?
staking reward APY 4.2% shown but I got 3.1%
earn product order {{digits17}} redeemed but funds not back
Loan ID {{digits12}}, LTV 72%, will it liquidate at 80?
my phone number changed from ...8821 to ...3307
please update my email from tom.b@mail.test to tom.brown@mail.test
the 6-digit code field on the page won't accept paste, I have to type it. bug?
is there a way to turn off SMS and use only authenticator?
Your app asks me for a code every time I log in, can I make it remember this device?
The SMS says "Your code is valid for 10 minutes", I'm abroad and it arrives late
How do I enable the anti-phishing code? I'm worried about fake emails
my old seed phrase was stolen in 2022, so I don't trust wallets any more, do you have insurance?
Someone in a Discord said they're your support and asked for my keys. I refused. Report?
What does the error "invalid passphrase" mean when I create an API key?
2fa reset request id {{digits9}} submitted 3 days ago
withdrawal whitelist address {{eth}} was added 24h ago, when can I use it?
limit buy 10,000 DOGE @ 0.1825
Order IDs: {{digits18}}, {{digits18}} and {{digits18}} — all three stuck
Solana deposit {{solsig}} arrived but shows 0.99 not 1.00 SOL
Please check signature {{solsig}}, solscan says success
I withdrew to {{solpub}} and it says account not found
BTC tx {{txid}} has been in mempool with 3 sat/vB, can you accelerate?
txid (two lines because copying from phone):\n{{txid:wrap}}
sent from bybit, their withdrawal ID {{digits15}}, txid {{txid}}
my deposit memo was 5523190 but the chain shows 552319, what now?
XLM memo 3901776422 included
The agent yesterday (ID 2047) said it would be solved in 24h
I called +1 202 555 0186 which says it's your support, is that real?
tried to pay with card ****4471 and it was declined
IBAN ends 0938, SEPA transfer on 5/12/2026
Hi, this is Wei from Hong Kong, my UID {{digits8}}, question about sub-accounts
How much is the fee for converting 1,000 USDT to EUR?
My portfolio says -23.4% this month 😭 any advice lol
The price alert at 70k didn't fire
Why is my ETH balance 1.4999 after depositing 1.5?
Futures position 5x long BTC, entry 60,100, margin 1,200 USDT
the date of birth on my passport is 12/07/1969, the form only allows 1970+
I'm opening a corporate account, company number 09281745
The verification email came from noreply@exchange.example is it legit?
OK I'll check my authenticator app later, thanks
Do you need my passport number? it ends 5521
Can you send the password reset link again? I didn't get it
Forgot fund password — is there a 24h withdrawal hold after resetting?
My 2FA app shows codes for 6 accounts, which one is yours?
Verification failed 5 times, now locked for 2 hours. When exactly does it unlock?
Recovery phrase backup reminder keeps popping up in the web3 wallet, how to stop it?
Is the recovery phrase the same as my password?
what's the difference between the API secret and the passphrase?
I wrote my seed on paper and put it in a safe, is that enough?
Thanks, I've changed my password and turned on Google Authenticator 👍
withdrawal {{digits16}} — destination {{btc}}, fee 0.0001 BTC
I got an SMS "your account is suspended, click here" — scam right?
referral ID 31KXP7 from my colleague isn't linking
deposit of 0.3 ETH to {{eth}} at block 21,440,118
I run a small online shop and get paid in USDT, around 200k a month, is there a merchant fee tier?
My eyes aren't good, can you make the text bigger? I only want to see if my bitcoin is still there.
Grid bot lost 8% in three days, range 58,000 to 66,000 with 120 grids, is that normal?
withdrawal {{digits16}} from last night is still under review, rent is due tomorrow 😩
VIP 5 here, my account manager's Telegram handle stopped replying, did he change? I'd rather use the in-app chat anyway
