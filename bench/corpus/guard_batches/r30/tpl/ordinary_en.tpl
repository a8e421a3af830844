# r30 ordinary customer messages, English: nothing here is a secret
liquidated at {{PRICE}} on BTC-USDT-SWAP but the mark price never touched that, order id {{ORDER}}
why was i charged funding of {{PCT}} at 16:00 when the screen showed {{PCT}}?
my uid is {{UID}}, the copy trading leader i follow closed everything at a loss
tx hash {{TXHASH}} deposit not arrived after 40 min
deposit usdt trc20 to {{TRXADDR}} still pending, txid {{BTCTX}}
withdrawal to {{ETHADDR}} stuck "processing" since the liquidation cascade
the grid bot (algo id {{ALGOID}}) stopped at the upper limit, is that normal?
API key {{APIKEY}} is it read only? i want to be sure it cant withdraw
my api key is {{APIKEY}}, can you tell me which IPs are whitelisted
xpub for my accounting tool: {{XPUB}}
sol address {{SOLADDR}} is this correct for SOL deposits?
btc deposit address {{BTCADDR}} — the app shows a different one now, why
ticket {{TICKET}} no reply for 2 days
phone number on the account is {{PHONEUS}}, i lost that sim
i got liquidated on 20x, lost {{AMOUNT}} USDT. is there any insurance fund refund?
the email had anti-phishing code {{ANTIPHISH}} at the top, is that email legit?
i forgot my password, how do i reset it without the old phone
my 2fa code keeps saying invalid, the phone clock might be wrong
what does "ADL" mean, my short got closed by auto-deleveraging
someone on telegram says they are bot support and asked for my seed phrase. i did not send it. is that you?
how is the funding rate calculated, every 8h or every 4h now?
i didn't receive the sms code at all, tried 5 times
can i copy trade with only 50 USDT?
leader profit share 10% was taken even though my copy was in loss
order {{ORDER}} filled at {{PRICE}} but my limit was lower
the password reset email never comes, checked spam
is 2FA mandatory for API trading?
funding rate {{PCT}} for ETH perp, does that mean longs pay shorts?
I want to delete the API key {{APIKEY}}, the bot company shut down
how many api keys can i create per sub account
my grid bot made {{AMOUNT}} USDT profit but the balance doesn't show it
cross margin vs isolated, which one liquidated me lol
withdraw {{AMOUNT}} USDT to {{TRXADDR}} pls check
my fund password is locked after too many tries, how long do i wait
code expired before i could type it, can you send a new one
i set up google authenticator yesterday, how do i back it up properly?
the bot asks for "secret key" and "passphrase", where do i find them in the app? (not sending them here)
UID {{UID8}} — KYC stuck at level 1
deposited on the wrong network (BEP20 instead of ERC20), hash {{TXHASH}}
the liquidation email said "maintenance margin ratio 100%" what does that mean
my position was {{AMOUNT}} contracts, now it's 0 and i didnt close it
can followers set their own stop loss in copy trading?
API returns error 50113 invalid sign, what's wrong with my signature code?
the timestamp in my API request is in ms, is that right?
ok thanks, will try again
lol the market is insane tonight
is there a maintenance now? app shows "system busy"
why did the mark price differ from last price by {{AMOUNT}}?
hey i see two logins from an IP in another country at 03:12, was that your team?
my google authenticator app got deleted, i still have the phone number {{PHONEUS}}
can i get the liquidation price formula?
the "risk control" person in my DMs asked me to install AnyDesk, is this legit? i haven't done it
how long does unfreezing take after a security review, ticket {{TICKET}}
leader id {{UID8}} disappeared from the copy trading list
grid range {{PRICE}} - {{PRICE}}, 50 grids, arithmetic — is that too tight?
block explorer shows {{BTCTX}} with 3 confirmations
you guys sent me an email with a code I never requested. what should i do?
is your support on whatsapp? someone messaged me from +1 (415) 555-0134
my new phone number is {{PHONE}}
the app says my password must be 8-32 chars, with letters and numbers
i changed my password yesterday, now withdrawals are locked 24h, why?
sub account name "grid_bot_03", can i transfer margin to it
funding fee history csv download doesn't work
hi
the bot said "insufficient margin" at 02:41 UTC
order ids: {{ORDER}}, {{ORDER}}
please check tx {{TXHASH}}
contract address of USDT on ERC20 is 0xdac17f958d2ee523a2206206994597c13d831ec7 right?
my wallet address {{ETHADDR}}
is a 12 word seed phrase safer than 24 words?
I never share my seed phrase, don't worry
someone asked me for the code from my authenticator, i refused
what is a passphrase on the API page for? do you ever need it?
can i reset 2fa if i lost the backup key?
copy trading: leader fee is {{PCT}} of profit?
isolated margin {{AMOUNT}} USDT, leverage 25x, liq price {{PRICE}}
how do i change anti-phishing code?
"Your verification code is valid for 10 minutes" — it never came
the stop loss didn't trigger at {{PRICE}}!!!
was there a price spike on SOL-USDT-SWAP at 21:03? my TP was hit at a crazy wick
why is funding on this coin {{PCT}} every hour
bot made 312 trades in one hour, is there a rate limit?
trading fee tier VIP1, 30 day volume {{AMOUNT}}
the app logged me out, i'll log in again myself
I'll type the code into the app myself, thanks
can you confirm the official site is exchange.example?
the guy on telegram @okx_risk_help says my account is flagged, scam?
my sister's uid {{UID}} — she can't log in
hash: {{BTCTX}}
network fee was {{AMOUNT}} USDT?? too high
liquidation notice at 2026-12-07 21:04:11, position BTC 50x
position id {{ALGOID}}
I want to become a lead trader, what are the requirements?
follower count 1,204, AUM {{AMOUNT}} USDT, why is my leader status suspended
my bot key has permissions: read, trade. not withdraw. ok?
12 words? no i never made a wallet, only exchange account
password hint? there is none right
"code: 1" error in the API response, what does it mean
ip whitelist: 203.0.113.45, 198.51.100.7
I got "sCode 51008 insufficient balance" on order {{ORDER}}
the authenticator shows codes but the site says wrong. time sync fixed it, thx
margin ratio 87% now, will i get liquidated?
okay i closed the position myself. all good now
shorts paid longs or longs paid shorts last round?
what's the max leverage on ETH perps for new accounts
my referral code is ABC123 btw if you need it for the promo (that's the invite code, public)
invite code 8H2KQ9 gave my friend nothing
security center shows "withdrawal whitelist: on"
public key from my hardware wallet: 02{{HEX64}}
fingerprint 73c5da0a, derivation m/84'/0'/0'
tron address {{TRXADDR}} — is trc20 usdt fee 1 usdt?
signed message verification failed for address {{ETHADDR}}
the copy trade opened 3 positions I didn't want. how to stop copying?
how do I export my trade history for taxes
12 minutes ago a withdrawal of {{AMOUNT}} USDT went out that i didn't make!!! freeze my account
freeze the account now please, i think my api was leaked
i deleted all api keys myself, what else should i do?
do you have a bug bounty? found a weird thing in the grid bot
nope, the code hasn't arrived yet
"risk control" asked me to verify by sending 500 USDT to unlock, scam right?
the 6 digit code is in the app, I typed it, it worked
my password has a ! in it, is that allowed
reset link expired
account frozen after the 3am login, ticket {{TICKET}}
leader "MoonWhale" closed at -68%, are followers compensated?
eth gas is {{AMOUNT}} gwei right now wtf
my order book shows 0.00 asks for a second, bug?
the bot vendor wants me to pay 0.1 BTC "license" — is that a partner of yours?
ok. i will wait.
anyway thanks for the help, goodnight
