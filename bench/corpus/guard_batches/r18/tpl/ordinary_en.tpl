# r18 blind batch: ordinary customer messages that must not be touched (English). Hand-written prose; addresses and hashes from make_keys.py.
hi, my USDT deposit hasn't arrived, TXID {{txid}}
deposit tx hash {{txid:0x}} on ERC20, been 2 hours
I sent 0.35 ETH to {{eth}} yesterday, is that my deposit address?
my BTC withdrawal to {{btc}} still says processing
withdrew to {{btctr}} (taproot) is that supported?
sent 1,250 USDT TRC20 to {{tron}} from binance, not credited
SOL deposit address {{solpub}} — I sent 12.5 SOL at 14:32 UTC
here is the tx signature from solscan {{solsig}} my SOL deposit still missing
order id {{digits18}} shows filled but I didn't get the coins
UID {{digits8}} — please check why my account is restricted
my uid is {{digits9}} and my email is lena.k@mailbox.example
spot order {{digits18}} partially filled at 0.4125, how do I cancel the rest
P2P order {{digits19}}, the seller hasn't released for 40 min
ticket #{{digits7}} no reply since Tuesday
the card payment reference is {{digits12}}
I called from +44 7700 900{{digits3}} yesterday about the callback
my phone number changed, old one was 138 {{digits4}} {{digits4}}, how do I update it
app version 6.104.0 on iOS 17.5.1 keeps crashing on the assets page
android app 6.98.2 build 20241107 shows a blank screen
the DHL tracking number for my hardware wallet: {{digits10}}
I didn't get the SMS code, tried 5 times
never received the email verification code, checked spam too
I forgot my password, the reset link expired
my google authenticator was on my old phone, how do I reset 2FA
how do I change my fund password?
where do I set an anti-phishing code?
someone called me saying they're from support and asked for my code, I didn't give it, is that normal?
the code expired before I could type it in
the 6 digit code keeps being rejected, is the clock on my phone wrong?
I lost the paper with my seed phrase, can you recover my Web3 wallet?
is it safe to store my recovery phrase in iCloud?
do you ever ask for private keys? a guy on telegram said you do
I think I typed my password wrong too many times and now I'm locked
what does "invalid passphrase" mean for API keys?
my API key expired after 90 days, how do I create a new one with read only permissions?
can I bind 2FA without a smartphone?
deposit of 3,000.00 USDC on 2024-11-03 at 09:15 still pending
withdrawal fee was 0.0005 BTC but I was charged 0.0008
the price was 67,412.50 when my stop loss at 67,400 should have triggered
I bought 0.1 BTC at 9:41 pm and the chart shows 68,900 then
my balance shows 1,204.337 USDT but I had 1,254.337
funding rate -0.0125% at 16:00, why so negative
leverage 20x on BTCUSDT perp, liquidation price 61,250.4
the abandoned cart on the merch store still has my order lol
I'm in a rush, can you check quickly? the coin is stuck
my brother and I share a laptop, can we both have accounts?
the horse racing ad on your app is annoying, how do I turn it off
trying to buy a ticket to the event with my rewards, where's the option
I had a wonderful experience with agent Lisa, thank you
the garden of my house shows as the address on KYC, is that ok?
the wallet says gas fee too low, should I increase it
how long does a network upgrade usually pause deposits?
you froze my account for no reason, I want an explanation
I submitted KYC with my passport 3 times, rejected each time
the selfie step says "face not clear", the lighting is fine
my ID number ends in X, the form won't accept it
proof of address: is a bank statement from October ok?
I'm a VIP 3, my manager Chen was supposed to call me back at 15:00
please call me back on the number on file, not urgent
when is the next AMA about the token listing?
what are the trading hours for the stock tokens?
convert 500 USDT to ETH is greyed out
I want to close my account, how long does it take
earn product "Simple Earn Flexible" APY dropped to 2.1%, why
staking 32 ETH, rewards not shown since 2024/10/28
the launchpool ended on 12.11.2024 but no tokens distributed
my referral link doesn't credit my friend's trades
the memo for XRP deposit: I forgot to add the tag 1029384756, can you credit it?
deposited ATOM without memo, txhash {{txid:upper}}
my LTC went to legacy address {{btclegacy}} is that mine?
this is my xpub for the tax tool, is it safe to share? {{xpub}}
is this 0x thing my address or my key? {{eth}} it's 42 characters
my wallet address ends in ...{{digits4}}, deposit not showing
the block height was 871,204 when I sent it
1 abandon 2 ability 3 able — is that what a seed phrase looks like? just asking, I haven't got one yet
the words "seed phrase" keep coming up in the app, what are they for
I'm locked out, my phone is broken and my backup is at my parents' place
tried to log in from Singapore and got blocked
the login notification says Chrome on Windows 10, IP 203.0.113.47 — not me!
I changed my password on 5 Nov, then withdrawals were locked for 24 hours, why?
password reset email arrived but the button doesn't work
the verification email has an anti-phishing code in it, but it's not the one I set
ok the code arrived now, I entered it myself, works, thanks
done, I reset my 2FA through the app, all good
can you send the code again? it never came
my code is not working
the code is 6 digits right? mine shows 8
what's the difference between the login password and the fund password?
I never shared my seed with anyone, how did they drain it?
a "support" guy wanted my screen via AnyDesk, I refused. reporting him: @fake_support_92
screenshot attached of the error: "Error 50113: insufficient balance"
error code 51008 when placing order
getting HTTP 429 from the API at 20 requests per 2 seconds
the websocket disconnects every 30s, using python-okx 0.3.1
my bot uses key rotation every 30 days, is that required?
margin ratio 118.6%, am I about to be liquidated?
the chart on 4h timeframe is missing candles from 02:00 to 06:00
I bought the dip lol, now what
where can I find my trade history for 2023 for taxes
the CSV export only has 1000 rows
ETH withdrawal to {{eth}} shows "completed" but my wallet shows nothing
Arbitrum deposit, TxID: {{txid:0x}} — 200 USDC
my kid opened an account with my ID, can you close it
I'm 17, can I use the exchange?
the promo code SPRING25 doesn't work at checkout
referral code ABC123XY isn't accepted at signup
the voucher "NEWUSER50" disappeared from my rewards hub
order 202411{{digits12}} was cancelled by the system
invoice number INV-2024-{{digits6}} for the VIP fee
account statement for Oct 2024 please, UID {{digits8}}
my post code is SW1A 1AA, the address check fails
the birthday field shows 1990-07-14 but I'm born 14 July 1991
my passport number has letters, the field says digits only
your email from noreply@exchange.example asked me to confirm a withdrawal I didn't make
support@exchange.example said 48h, it's been 72
tried resetting 2fa, the video verification keeps failing on "turn your head"
i have the recovery phrase but I don't want to type it anywhere, what should I do?
do I need the 12 words or the password to move my wallet to a new phone?
if I write my seed on paper, is that enough?
the app asked me to re-enter my password after the update, normal?
is a long passphrase of random words better than a short password with symbols?
my friend says "never share your seed" — so how does recovery work then?
the Cyrillic letters in my name don't fit in the name field (Алексей)
ｍｙ　ｋｅｙｂｏａｒｄ　ｉｓ　ｓｔｕｃｋ　ｉｎ　ｆｕｌｌ　ｗｉｄｔｈ sorry
why do I need to verify again? I did it last year
the dust conversion fee seems high, 2% on 0.00031 BTC
can you raise my withdrawal limit to 500,000 USDT per day? I'm VIP 5
the OTC desk quote was 7.245 CNY per USDT, is that right
I'd like a callback tomorrow between 9 and 11 am Beijing time
our company account needs 3 sub-accounts for the trading team
hi
thanks, that fixed it 👍
still waiting...
??
I had the same problem as yesterday, order {{digits18}}, can you look again
SWIFT transfer reference {{digits16}} from HSBC, EUR 12,000
