# r34 ordinary (en): nothing here is a secret; look-alikes on purpose
hi, saw the giveaway on your X account, is it real? the post says winners get DM'd
my referral code is {ref}, friend signed up but I didn't get the bonus
promo code {promo} says expired but the telegram channel said it runs till sunday
red packet code {redpacket} — claimed it but the USDT never showed
someone in the tg group is DMing everyone pretending to be admin, his handle is {tg}
is {tg} an official admin of your telegram? he says he can speed up my withdrawal
deposit tx {txhash} still not credited after 2 hours
sent from {ethaddr} to my deposit address, hash {txhash}
btc deposit txid {btctx}, 3 confirmations already
my uid is {uid}, the giveaway form asked for it, that's ok right?
order id {orderid} filled at the wrong price
I won the community quiz, UID {uid}, when is the prize sent?
the red packet in the wechat group said 8.88 USDT, I got 0.88 lol
here's my xpub for the watch-only wallet {xpub}, is that ok to share?
my API key is {apikey} (just the key, not the secret), which permissions does it have?
the email I got has anti-phishing code {antiphish} on top, is it from you?
phone number on the account is {phone}
withdrew {amount} USDT to {trxaddr} on TRC20, still pending
the giveaway post said "like, retweet, tag 3 friends" — I did, how do I know if I won?
a bot in the group asked for my seed phrase, I didn't give it, just reporting
never gave anyone my password, but I got a login alert from Vietnam??
the fake admin asked for my 2FA code, I blocked him. should I still change anything?
how do I turn on the anti-phishing code?
what's the official telegram link? there are like 5 groups with your logo
is the X account with 12k followers yours or a fake one
ticket {ticket} — no reply for 3 days
I joined from your tweet about zero fees this weekend
does the referral bonus apply if my friend uses {promo} instead of my link?
my friend's invite code is {ref}, can I add it after registering?
public key {pubkey} — is this what the staking page means by validator key?
sol address {soladdr} for the airdrop, correct network?
btc address {btcaddr} is mine, deposit didn't arrive
UID {uid} and email hidden for privacy, the red packet said "already claimed"
I got 3 DMs today from "support" accounts, none of them is you right?
12 words is what the scammer wanted. i said no lol
can you confirm the WeChat official account name? the one I followed posts weird links
the community manager on telegram said to open a ticket here, so here I am
what is the code in the group announcement for? is it a promo code or a red packet code
giveaway ended 2026-12-05, still nothing
amount was 250 USDT, the post said top 100 get 250
hash {txhash}, network ERC20, amount {amount}
TXID: {btctx}
I sent 0.05 BTC, tx {btctx}, to the address the giveaway post showed. was it your address??
red packet {redpacket} expired in 24h? it says 23:59 2026-12-08
lucky draw result says I won 66 USDT, UID {uid}
someone cloned the admin's profile pic and name, the real one is {tg} I think
my telegram is {tg} if support wants to reach me there (or is that not allowed?)
your X account tweeted a link, then deleted it. was it hacked?
I reported the fake account {tg} in the group
got a sms saying my account will be frozen unless I click a link. ignored it
promo {promo} for new users only?
rebate from referral shows 0.00 for November
invite link from my friend: code {ref}, registered 2026-11-30
deposit memo/tag 1049827 for XRP, did I need it
order {orderid} cancelled by itself
how long does the 5 USDT new user bonus take
did you guys really give away 1 BTC on X? seems too good
just want to know which channel is real. not sharing anything.
my api key {apikey} stopped working after I changed ip whitelist
when I set up 2FA I saved the backup codes offline, do I need them to change phone?
my anti phishing code isn't showing on emails anymore
admin in tg said "never DM first" then someone DMed me lol
the password reset email came, link expires in 30 min right?
the code didn't arrive by sms, can you resend
I have the verification code but the page timed out
I forgot my fund password, how do I reset it
can I change the phone number linked to 2FA without the old one?
wallet xpub {xpub} shows 0 balance, wrong derivation?
binance and coinbase have referral too, why is yours lower
ERC20 addr {ethaddr} - pls whitelist for withdrawal
contract address for the airdrop token is {ethaddr}, is that the real token?
tx {txhash} went to a contract I don't know, giveaway site made me approve
I clicked "connect wallet" on a giveaway page and signed something, tx {txhash}. revoke how?
{amount} USDT is missing from funding account
my order {orderid} and {orderid} both partially filled
KYC done on 2026-12-01, still level 1
phone {phone}, call me if needed
the red packet cover says "Happy Holidays from the team" is that yours?
got the code {redpacket} from the WeChat live stream, doesn't work
trading competition leaderboard shows my UID {uid} at #37
X post said reply with your UID to enter. i did: {uid}
promo code is case sensitive? tried {promo} and lowercase
referral {ref} not linked
my sub account uid {uid}
telegram group id is -100{uid}? weird number in the invite
the admin's name is "Exchange Official Support 24/7" with a blue diamond emoji, fake?
he said he's from the "security team" and wanted to video call. I said no
I got a airdrop NFT in my wallet called "claim 5000 USDT at the link", ignore?
no i didn't share my seed, private key or anything, just worried
a guy said if I send 100 USDT he'll send 200 back for the anniversary giveaway
the giveaway is 1:1 — send X get 2X — that's a scam right?
the QR in the tweet goes to a site that isn't yours
amount {amount} USDT, network TRC20, address {trxaddr}
txid {btctx} was on BTC mainnet
moon lambo soon 🚀🚀 sorry wrong chat
never going to join those groups again honestly what a mess
please tell the community team the pinned message has a typo in the red packet code
my friend has the same problem, his uid is {uid}
i think my email was leaked, I get 20 phishing mails a day
can the referral link be used on app and web both?
when does the 红包 rain start? the tg post says 8pm but which timezone
the telegram bot @ExchangeRedPacketBot is it yours?
"verification" form asked for wallet address only, is the address safe to give? {ethaddr}
giveaway tx hash from your team: {txhash}, but my balance didn't change
my 2fa app is authy, does that work?
I received 0.01 ETH from an unknown address {ethaddr}, is it the airdrop?
coupon {promo} gives 10 USDT trading fee voucher?
the voucher shows in my rewards center but not usable
lost my phone, can't get codes. what now?
UID {uid}, order {orderid}, amount {amount} USDT, time 2026-12-06 14:22 UTC
wallet address: {soladdr}\nnetwork: solana
I only gave my UID and my deposit address to the admin, nothing else
validator pubkey {pubkey}
the admin from the group asked me to install "AnyDesk" to help, I didn't
ok thanks, I changed my password and turned on 2FA already
can I see all my login devices somewhere
is it safe to post my referral link on twitter?
X DM from "@exchange_support" with no verified badge - fake?
promo code from the influencer's video: {promo}
the anti-phishing code in the mail was {antiphish}, but I don't remember setting that
what's the email domain you send from
I want to delete the api key {apikey}
order number {orderid} for the P2P trade, seller says paid
the p2p seller wants me to talk on WeChat instead, is that allowed
red packet amount 0.5 USDT, code {redpacket}, claimed 2026-12-04
telegram group is flooded with airdrop bots today
t h e   a d m i n   s a i d   w a i t
referral id {ref} and friend's uid {uid}
withdrawal id {orderid} status "processing" for 6h
phrase "not your keys not your coins" is in your bio lol
i have 12 tabs open and none of them is your real support page
date of the giveaway draw? post said 12/10
I'm {tg} on telegram, the one who reported the fake bot yesterday
the giveaway winner list has my handle {tg} but no prize
is "Exchange Global Community" on WeChat run by you
I saw the admin post a promo code {promo} then delete it 5 min later
who do I contact about a fake account using our company logo? we're a partner
your X account replied to me with a link, then a different account DMed me. which one is real
claimed the red packet with my UID {uid}, got "risk control" message
the bot asked me to "verify" with my deposit address {btcaddr}, that's public anyway right
referral dashboard shows 14 invites but 0 rewards
i'm in the telegram group with 80k members, is that the main one?
