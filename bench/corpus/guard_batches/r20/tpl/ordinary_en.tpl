# r20 ordinary (en): customer messages with no secret; nothing here may be redacted. Written blind.
hi, withdrew 250 USDT on TRC20 to {{tron}} about 2 hours ago, still pending. withdrawal id {{digits18}}
deposit not arrived. txid {{txid}} network ERC20 amount 0.45 ETH
My UID is {{digits9}}, can you check why my account is restricted?
order number {{digits19}} shows filled but I don't see the BTC in my spot wallet
sent from binance to my deposit address {{btc}}, 3 confirmations so far, how many do you need?
The hash is 0x{{txid}} if that helps
Can't log in, app says error 50101. Version 6.94.0 on Android 14
P2P order {{digits16}} — the seller hasn't released after 40 min, I paid 1,250.00 EUR by SEPA, reference {{digits10}}
Hello, I forgot my password. How do I reset it? I don't want to lose my 2FA
What's the withdrawal fee for SOL right now? I want to send 12.5 SOL to {{solpub}}
is there a minimum deposit for XRP? my tag is {{digits9}}, address rP... the one from the app
my phone number changed from +44 7700 900{{digits3}} to a new one, how do I update it without the old SIM
Transaction signature {{solsig}} — solscan says success but the exchange shows nothing
ticket #{{digits7}} has been open for 5 days, any update?
I received an SMS saying someone logged in from Lagos at 03:14. It wasn't me. what do i do?
Why does KYC keep failing? I uploaded my passport twice, the last 4 digits are {{digits4}}
my taproot address {{btctr}}, is it supported for withdrawals?
can i withdraw to a legacy address like {{btclegacy}}?
The block height on the explorer is {{digits8}} but your site says 0/12 confirmations
hey, the anti-phishing code in your emails, where do I set it up? I never created one
is a 12-word recovery phrase the same as a private key? trying to understand before I make a wallet
Got an email saying my withdrawal of 0.8 BTC was approved but I never requested it. Is that real?
I think my account got hacked, the email and password were changed. UID {{digits8}}
my invoice INV-2026-{{digits5}} for the VIP fee, can you send a copy?
bank transfer ref {{digits12}}, 3,000 USD, sent Friday 4 Dec
Card ending {{digits4}} was charged twice for the same buy, €89.99 each
Where do I find my API key settings? I want to delete an old one that I don't use
promo code SNOWFALL26 doesn't work at checkout
referral code 7QH3WZ — my friend signed up with it but I didn't get the bonus
The authenticator app shows a code but the site says it's wrong. Is my phone clock the problem?
Thanks, that worked! have a nice day 😊
How long does email support take? I sent something on the 2nd
My xpub is {{xpub}} — does the tax tool need anything else from me?
I want to close my account. UID {{digits9}}. Balance is 0.
Futures position got liquidated at 2:31 AM, entry 97,420 mark 95,880. Why so fast?
why is my withdrawal limit 10,000 USDT per 24h? I'm verified level 2
sent USDT to {{eth}} on Arbitrum but it arrived as bridged USDT.e?? order {{digits18}}
earn product redeemed 1,500 USDC on 01/12, still locked
Can't find the memo for my ATOM deposit. Is memo {{digits10}} right?
hi, where can I change my fund password? I forgot it
My SMS codes arrive late, sometimes 5 minutes. Carrier is Vodafone
Is it safe to give my seed phrase to a support agent? someone on telegram said i must
I got a DM from "Exchange Support" on Telegram, is that you?
the chart shows a wick to 0.0021 on PEPE/USDT at 14:05 UTC, did anyone's stop get hit?
My name on the account has a typo (Jonh instead of John), how to fix?
two-factor codes not working after I travelled to Tokyo, time zone UTC+9
the QR code for deposit won't scan, can you give the address as text
Recurring buy of 50 USDT every Monday, id {{digits16}}, didn't execute this week
just checking — your domain is exchange.example right? not some other one
Where is my 5 USDT bonus from the event EVT-WINTER-{{digits4}}?
Is there a fee for internal transfers to UID {{digits8}}?
error "insufficient balance" but I have 0.32 ETH. Screenshot attached.
I want to set up a sub-account for my bot, how many can I have?
copy trading: lead trader id {{digits8}} closed all positions and I lost 18%
Withdrawal to {{btc}} shows "completed" but the explorer hash {{txid}} is not found
Hi I'm travelling, the app asks to verify with email but my work email blocks you. Can I use phone?
hello?
anyone there
Can I deposit with Apple Pay? My card starts with 4 (Visa)
The confirmation email says order 20261206-{{digits8}} but the app shows a different id
I need a statement of my trades for 2025 for my accountant, CSV please
why is my 2fa reset taking 7 days?
Locked out after 5 wrong passwords, how long is the lock?
the 6-digit code never arrives by SMS, can I switch to email codes?
UID {{digits9}}, order {{digits19}}, txid {{txid}} — everything you asked for
I paid for a P2P order but the seller says he didn't get it. Payment ref PAY{{digits11}}
Got a weird email asking me to "re-validate wallet phrase" at some link. Reporting it.
Do you support Ledger for withdrawals?
The app crashes on launch after update 6.95.1, iPhone 12, iOS 18.2
I opened a ticket, case number CS-{{digits8}}, nobody answered
Tx {{solsig}} — SOL withdrawal shows failed but funds gone
Please whitelist this address for withdrawals: {{eth}}
Can I change the email linked to my account from a@mail.test to a new one?
my bot's API shows error 50113 invalid sign, where do I regenerate the key?
When will ETH staking rewards be paid? Last payout 2026-11-30
margin call at 108% margin ratio, I topped up 500 USDT at 09:12
Spot order {{digits18}} canceled by system, reason says "price limit"
The password reset link expired, can you send a new one?
My seed phrase is safe, I just wanted to ask how to move funds to the exchange
Is TRC20 cheaper than ERC20 for USDT? sending about 4,000
Deposited 0.015 BTC, txid {{txid}}, 1/2 confirmations for 3 hours now
VIP 2 account, I'd like a callback from my account manager tomorrow between 10 and 12 CET
Can you confirm the official Telegram handle? there are several
what does "withdrawal suspended due to security settings change" mean? I changed my password yesterday
I reset my google authenticator, the new one works now, thanks
My passport number ends in {{digits3}}X, is that enough for the form?
How do I turn off SMS login and use the authenticator only?
The NFT I bought (token id {{digits5}}) isn't showing in my wallet
hi my wallet address for USDT is {{tron}} please confirm it's correct format
Sent to wrong chain: BEP20 instead of ERC20, txid 0x{{txid}}, can you recover? amount 720 USDT
I live at 42 Rue Lafayette, 75009 Paris; the proof of address is a utility bill
Zip code 94103 isn't accepted in the address form
phone: +1 (415) 555-0{{digits3}}, call me if easier
What are your support hours on Christmas?
Can I get a refund of the 1.2% trading fee on a mistaken order 10 minutes ago? order {{digits16}}
The 'convert' tool quoted 0.0457 BTC but I got 0.0451
app version 6.93.2 (build {{digits5}}) shows blank page on Assets
My withdrawal whitelist has 3 addresses, I want to remove {{btc}}
Does the exchange ever ask for my private key? Just want to be sure.
The words "abandon ability able" appear in a wallet tutorial, what are they for?
I have the 24 words written down at home, do I need them to deposit?
Is Google Authenticator or Authy better for my account?
where do I see the anti phishing code I set? I forgot what I chose
grid bot id {{digits12}} stopped at upper limit 3.85
How much is the withdrawal fee for BTC Lightning? Invoice amount 25,000 sats
lnbc250u... invoice didn't work, says expired
I made a typo in the memo: wrote {{digits8}} instead of {{digits9}}. Help!
the tx hash is on tronscan: {{txid}}
CNY → USDT P2P order {{digits16}}, seller asks me to pay outside the platform, is that allowed?
My account shows "Unverified" again after I changed my name at the registry
Please delete my data per GDPR, account email hidden for privacy, UID {{digits9}}
Staking APR shows 4.2% but I'm getting 3.1% on 2,000 DOT
hello I cannot receive email codes to my outlook address, checked spam already
I'd like to raise my daily limit to 100k, what documents?
Could you tell me which of my devices logged in at 2026-12-05 22:41?
I'm getting "code expired" even though I type it within 10 seconds
i lost my phone with the authenticator, I still have my password and email
Withdrawal id {{digits18}} rejected: "risk control". What does that mean?
Order {{digits19}} was a limit at 0.000{{digits4}} BTC
The fee on my last 3 trades: 0.08%, 0.08%, 0.1% — why the difference?
My son made an account with my ID by mistake, UID {{digits8}}, please merge or close
The exchange's app store page shows a different developer name than before, is it legit?
OK I read your warning, I won't share my code with anyone. thanks
Is the 2FA backup key the same as the QR code?
address {{eth}} is a contract, can I withdraw to it?
got 0.0000{{digits4}} BTC dust, can I convert it?
Hi team, long one sorry. On Dec 3 I deposited 1.5 ETH (txid {{txid}}) and on Dec 4 another 0.7 ETH from the same wallet {{eth}}. Only the first arrived. The second shows 64 confirmations on etherscan, block {{digits8}}. My UID is {{digits9}}. Can you credit it?
tx:\n{{txid}}\nnetwork: Polygon\namount: 300 USDC
My 2FA is Google Authenticator, I scanned the QR 2 years ago. Do I need to redo anything after the app update?
can u check order {{digits18}} pls, sold 0.5 BTC at 98,100 but got 48,7xx USDT
the code in the email header says "Ref {{digits6}}", is that the anti-phishing thing?
Please note my new address for KYC: Flat 3, 17 Canal St, Manchester M1 3HE
Error 51008 when placing order, balance 1,204.56 USDT, order size 1,200
Reference number for the police report: 2026/{{digits6}}/CYB
I have "1. abandon" written at the top of my paper, is the numbering part of the phrase? (not sending it)
my authenticator has 6 entries and none say Exchange, did I lose it?
