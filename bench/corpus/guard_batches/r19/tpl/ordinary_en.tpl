# r19 ordinary (en): customer messages that must not be touched (no secret in any of them).
hi, my deposit hasn't arrived. TXID {{txid}} — it shows 40 confirmations on etherscan
Withdrawal to {{eth}} still pending after 3 hours, order {{digits19}}
i sent btc to {{btc}} from another exchange yesterday around 14:20 UTC, where is it
Deposit address you gave me: {{btctr}} is this taproot? my old wallet doesn't support it
USDT TRC20 deposit to {{tron}}, amount 1,250.00, txid {{txid}}
my uid is {{digits9}}, please check why withdrawals are disabled
UID {{digits8}} — KYC rejected twice, the photo was clear
Order ID {{digits18}}: the limit sell at 0.0619 filled only partially
Ticket #{{digits7}} was closed without an answer, can you reopen
legacy address {{btclegacy}} is it still supported for withdrawals?
I got 1,000,000 SHIB as a reward but the event page says 2,000,000?
Can you explain the fee? I withdrew 0.015 BTC and only 0.0143 arrived
Solana deposit, the tx signature on solscan is {{solsig}} and it's finalized
my SOL address is {{solpub}} for the withdrawal whitelist
the xpub for my tax software is {{xpub}}, is it safe to give it to koinly? it's public right?
Phone number on the account is +44 7700 900417, I no longer have that SIM
call me back at 415-555-0193 if easier, I'm in California (PST)
The app version is 6.82.1 on iOS 18.2 and it crashes when I open Earn
error code 50113 when placing a futures order
It says "Error 40031: withdrawal amount below minimum", minimum is what?
My tracking number for the hardware wallet you sent as a prize: 1Z 999 AA1 01 2345 6784
Date of birth on my ID is 1987-03-14 but KYC read it as 1987-14-03
I was charged 23.47 USDT funding at 16:00, is that normal for a 5x long?
received 0.482 ETH instead of 0.5, where did 0.018 go
Postcode on my proof of address is 94107, the form won't accept it
The last 4 digits of my card are 7731, the P2P seller hasn't released the coins
order number {{digits16}} — buyer paid but says I didn't confirm
Is 2FA mandatory for withdrawals? I'd rather use a passkey
how do I change my password? the reset link in the email expired
I forgot my password, what's the fastest way to reset it without losing my open orders?
Do you ever need my seed phrase? Someone on Telegram said support asks for it
a guy claiming to be from your support asked for my verification code, I didn't give it. reporting him: @exch_help_desk_247
I wrote my recovery phrase on paper and put it in a safe, is that good enough?
what's the difference between the login password and the fund password
The SMS code never arrives, my carrier is Vodafone UK
I didn't receive the email code, checked spam too. email is on the account already
Google Authenticator codes are always rejected, I think my phone clock is wrong
I lost my phone with the authenticator app, how do I reset 2FA?
My anti-phishing code doesn't show in your emails, is that a bug or a scam email?
Can I set an anti-phishing code in the app or only on the website?
Is it safe to import my wallet into your web3 wallet or should I keep it separate?
Do you support 24-word seeds in the Web3 wallet or only 12?
My kid's spelling homework has the words abandon, ability and able in it lol, anyway: how do I add a beneficiary account?
The "apple orange banana" example on your help page confused me: is that a real phrase or just an example?
I'd like to close my account. UID {{digits9}}. Balance is zero.
when will the ETH staking rewards be credited? it's been 48 hours
P2P appeal for order {{digits18}}, seller sent a fake payment screenshot
my bank reference number is RF18 5390 0754 7034, the deposit was SEPA
Please check invoice INV-2026-004417 for the VIP fee rebate
I'm a VIP 3 user, my account manager Lena hasn't replied in 2 days
Deposited 3,000 EUR on 2026-12-01, reference {{digits10}}, still not credited
Withdrawal ID {{digits19}} shows 'completed' but my Ledger shows nothing
what's the network for USDC? I sent on Arbitrum to an ERC20 address {{eth}}
the block explorer says block 21458302 included it
Is your API rate limit 20 requests per 2 seconds? I keep getting 429
I'm getting HTTP 401 on the private endpoints since the update, do I need a new key?
how do I create an API key with read-only permissions for a tax tool?
where do I find my API key? I want to delete the old ones
I think someone got my password because I got a login alert from Lagos, I already changed it
Got an email saying new device login from IP 203.0.113.57 at 03:12, that wasn't me!!
My account is frozen, case number CS-558201
I have a question about the referral code, mine is not showing the 20% kickback
promo code WINTER25 doesn't apply to futures fees?
what is the code for the new year event? the banner says "enter the event code" but there is no code
The verification code field has 6 boxes but your email sent a link instead of a code
my postal code is 10115 Berlin, needed for the address proof
I need a statement for my accountant covering 2025-01-01 to 2025-12-31
i cant find the tx hash. how do i look it up from the app?
Converted 250 USDT to BTC at 97,412.30, the app showed 97,380 before I clicked
the chart on BTC/USDT 15m froze at 21:45 for about 10 minutes
Please confirm: my withdrawal address ends in ...{{digits4}}? I only have the last digits written down
I have 12 words written down but no idea which wallet they belong to. I won't post them here, just tell me what to try
My seed phrase is safe, I only want to know why the balance in the web3 tab shows $0
the password reset email came from noreply@exchange.example, is that legit?
I never shared my 2FA code with anyone, still someone withdrew 600 USDT. Withdrawal id {{digits19}}
KYC level 2 asks for a selfie with the ID, my camera is broken, any other way?
my passport number changed after renewal, the old one ends 4471 — do I redo KYC?
I'm on the waitlist for the card, reference 2026-WL-88213
Can you confirm the maintenance window? The notice said 06:00–08:00 UTC
What time is the next listing? The announcement says 2026-12-09 10:00 (UTC+8)
I sent 20,000 TRX to the wrong address {{tron}}, is there anything you can do
Got "code 3" error on login, screen just says "Something went wrong (3)"
My phone number is 0049 151 23456789, the sms code never reaches Germany
Hello, I want to verify this email I received: it says my account will be suspended within 24h unless I verify. Is it from you?
Is it true that you'll never call me first?
I saw an ad "exchange support: call 1-888-555-0142" is that your number?
where can i see my login history?
I locked my account myself after a phishing attempt, how do I unlock it?
my session keeps expiring every 5 minutes, browser is Firefox 133
the 2fa prompt asks for "authenticator code" but I only set up SMS
Wallet birthday / creation date is 12 Aug 2021 if that helps restoring
my friend says the 12 words are "the password to your wallet", is that true? I don't want to mess up
ok I'll reset it myself, thanks. just to confirm: I never need to tell you my new password?
Which coins have the memo/tag? I sent XRP without a tag, destination tag should have been 104725
sent XRP with the wrong tag 3391, amount 480 XRP, hash {{txid}}
how much is the withdrawal fee for ETH right now? it shows 0.0012
Please cancel order {{digits18}}, it's been stuck in "processing"
The futures liquidation at 61,230.5 looks wrong, mark price never got there
My Earn subscription of 5,000 USDT at 4.1% APR matured on 30 Nov
I want to report a fake app on the Play Store called "Exchange Pro Wallet 2026"
I can't scan the QR code for the authenticator, the camera won't focus
received a letter with code 882 on it from my bank about crypto transactions, unrelated but do you report to banks?
the email said "your one-time code is below" but it was blank
The deposit memo for the ATOM deposit is 104729658, I entered 10472965, what now?
My address changed, new one is 221B Baker Street, London NW1 6XE
there is a pending withdrawal I didn't make! amount 1,840 USDT to {{eth}}
Can I pay the P2P seller from a joint account? order {{digits18}}
for source of funds, my payslip reference is PS-550-12-9981, do you need the whole payslip?
ive been waiting 45 min in the chat queue, position 12
Do you have a bug bounty? I found that the password field shows the last character for 1 second
is 'Password1' really rejected? what are the rules for a strong password?
how long is a 2FA reset? mine was submitted 2026-11-28, reference 7735120
is it normal that the withdrawal whitelist takes 24 hours to activate?
I pasted my address {{btc}} and the app says "invalid address format"
The Solana withdrawal went to {{solpub}}, Phantom doesn't show it yet
my ledger firmware is 2.2.3, the btc app 2.1.0, should I update before withdrawing?
asking for a friend: can support see my private keys? he thinks you can
rate for 1 BTC → EUR was 89,412 when I checked, is there a spread?
i got 3 margin calls tonight at 01:10, 02:45 and 04:30, can you explain
Sorry for my english. I want know why my money 560 USDT not come. Send from Binance 2 hour ago.
yo my withdrawal has been 'under review' since monday, order {{digits19}}, whats up
My account email is t.nakamura@mailbox.example, could you resend the KYC link there?
Is the security key (YubiKey) supported as 2FA? model 5C NFC
can i use the same seed phrase for two wallets? just asking, not sharing it
I received 0.00000546 BTC dust from an unknown address, should I worry?
The words 'seed', 'key', 'phrase' are all over your FAQ, I'm confused which one I need for the web3 wallet backup
I want to dispute transaction {{txid}}, the merchant never delivered
hi there, quick q: when I set a fund password does it have to be 6 digits or can it have letters?
my verification keeps failing at the face scan step, app version 6.83.0, Pixel 8
the withdrawal confirmation email has a 'cancel' button, should I press it if I didn't make the withdrawal?? didn't make it!!
